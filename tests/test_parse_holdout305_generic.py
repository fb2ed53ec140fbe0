"""holdout305's generic rules: an Intercom article's description in its title's meta box stays under the title, and
the closing words after its last 问：/答： heading pair are the page's, not that answer (US Mobile); a page count under
a one-page article is chrome (太平洋电脑网); a row of classless labelled spans is one line of fields, and a bold
「方案一：…」 line titles its steps though longer than a heading (联想知识库)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def intercom(closing: str = "<p>还有问题？发邮件到 help@example.com，客服时间 9:00–21:00。</p>") -> str:
    """An Intercom Articles page: the h1, its description and author in div.article__meta beside the <article>, an
    intro, and an h2 FAQ of three h3 问：/答： pairs, then `closing`."""
    pairs = "".join(f"<h3>问：{q}</h3><p>答：{a}</p>" for q, a in
                    [("能换网络吗？", "能，免费。"), ("号码能保留吗？", "能，每月 $5。"), ("删除了 eSIM 怎么办？", "重新生成，免费。")])
    return ("<html><body><main><div class='article'><div class='article__meta'><h1>多网络切换与 eSIM 激活</h1>"
            "<div class='article__desc'>在三张网络之间搬家，以及第一次激活 eSIM</div><div class='avatar'>"
            "<div class='avatar__info'>Written by Kevin</div></div></div><article><p>US Mobile 是一家虚拟运营商，"
            "同一个号码可以在三张网络之间切换。</p><h2>常见问题</h2>" + pairs + closing
            + "</article></div></main></body></html>")


def test_an_intercom_description_stays_under_its_title() -> None:
    # holdout305: the description went with the meta box (the author's by-line does still)
    frags = texts(cut(intercom()))
    assert frags[0] == ("section", "多网络切换与 eSIM 激活",
                        "在三张网络之间搬家，以及第一次激活 eSIM\nUS Mobile 是一家虚拟运营商，同一个号码可以在三张网络之间切换。")
    assert "Written by" not in all_text(cut(intercom()))


def test_closing_words_after_the_last_heading_pair_are_the_pages() -> None:
    # holdout305: 「还有问题？…」 was glued into the answer of 「删除了 eSIM 怎么办？」
    frags = texts(cut(intercom()))
    assert ("qa", "删除了 eSIM 怎么办？", "重新生成，免费。") in frags
    assert frags[-1] == ("section", "多网络切换与 eSIM 激活", "还有问题？发邮件到 help@example.com，客服时间 9:00–21:00。")
    # … not when an answer runs on in more than one block (the writer's pairs are not one block each)
    spread = intercom("<p>另外，删除前先截图保存。</p>").replace("<p>答：能，免费。</p>", "<p>答：能，免费。</p><p>在 App 里点 Teleport。</p>")
    assert ("qa", "删除了 eSIM 怎么办？", "重新生成，免费。\n另外，删除前先截图保存。") in texts(cut(spread))


def pconline(pager: str) -> str:
    return ("<html><body><div class='art-hd'><h1>副卡省流量技巧</h1></div><div id='artText'><p>副卡也会偷跑流量。</p>"
            f"<p>总结：关掉智能切换数据最关键。</p>{pager}</div></body></html>")


def test_a_page_count_under_the_article_is_chrome() -> None:
    # holdout305: 「本文共1页」 was glued after the closing 「总结：…」 paragraph
    assert "本文共" not in all_text(cut(pconline("<div class='pageViewGuidedd'><span>本文共1页</span></div>")))
    assert "总结：关掉智能切换数据最关键。" in all_text(cut(pconline("")))


def lenovo() -> str:
    steps = "".join(f"<p>{n}. {s}</p>" for n, s in enumerate(["打开电脑管家，点击工具箱。", "进入电源管理。", "选择养护模式。"], 1))
    vantage = "".join(f"<p>{n}. {s}</p>" for n, s in enumerate(["安装 Lenovo Vantage。", "开启充电阈值。"], 1))
    return ("<html><body><div class='knowledge-title'><h1>笔记本电池保养</h1></div><div class='knowledge-info'>"
            "<span>知识编号：<em>dc_205318</em></span><span>分类：电池/电源</span><span>浏览量：<em>18632</em></span></div>"
            "<div class='knowledge-content'><div class='section'><p class='section-title'><strong>问题描述</strong></p>"
            "<p>担心电池老化。</p></div><div class='section'><p class='section-title'><strong>解决方案</strong></p>"
            "<p><strong>方案一：联想电脑管家开启“养护模式”（小新、YOGA、拯救者、ThinkBook）</strong></p>" + steps
            + "<p><strong>方案二：Lenovo Vantage 自定义充电阈值（ThinkPad）</strong></p>" + vantage
            + "</div></div></body></html>")


def test_classless_labelled_spans_are_one_line_of_fields() -> None:
    # holdout305: 「知识编号：dc_205318分类：电池/电源浏览量：18632」
    assert "知识编号：dc_205318 · 分类：电池/电源" in all_text(cut(lenovo()))


def test_a_bold_option_line_titles_its_steps() -> None:
    # holdout305: 41 characters, 「方案一：…」 was a body-only part titled 「解决方案」 and its steps 「step n/3 of 解决方案」
    frags = cut(lenovo())
    owners = [(f.procedure.title, f.procedure.index) for f in frags if f.procedure is not None]
    assert owners == [("方案一：联想电脑管家开启“养护模式”（小新、YOGA、拯救者、ThinkBook）", 1),
                      ("方案一：联想电脑管家开启“养护模式”（小新、YOGA、拯救者、ThinkBook）", 2),
                      ("方案一：联想电脑管家开启“养护模式”（小新、YOGA、拯救者、ThinkBook）", 3),
                      ("方案二：Lenovo Vantage 自定义充电阈值（ThinkPad）", 1), ("方案二：Lenovo Vantage 自定义充电阈值（ThinkPad）", 2)]
