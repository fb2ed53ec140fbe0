"""A Wolai (我来) page shared publicly, saved by the browser: what a reader gets from its blocks, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import all_text, texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("wolai.html", "wolai", html, "html", "0"))[1]


def block(kind: str, own: str, children: str = "", **attrs: str) -> str:
    """One editor block: div.block-container with its kind, its content-wrapper, its nested blocks."""
    extra = "".join(f' {name.replace("_", "-")}="{value}"' for name, value in attrs.items())
    nested = f'<div class="block-children">{children}</div>' if children else ""
    return (f'<div class="block-container" data-block-id="b{abs(hash(own)) % 10000}" data-block-type="{kind}">'
            f'<div class="content-wrapper _9xQ2a" data-block-type="{kind}"{extra}>{own}</div>{nested}</div>')


def rich(text: str) -> str:
    return f'<div class="rich-text">{text}</div>'


def heading(level: int, text: str) -> str:
    return block("heading", f'<h{level} class="rich-text">{text}</h{level}>', data_heading_level=str(level))


def bullet(text: str) -> str:
    return block("bull_list", '<span class="list-marker">•</span>' + rich(text))


def number(n: int, text: str) -> str:
    return block("enum_list", f'<span class="list-marker">{n}.</span>' + rich(text))


def todo(text: str, done: bool) -> str:
    box = ('<div class="todo-checkbox checked" role="checkbox" aria-checked="true">✓</div>' if done
           else '<div class="todo-checkbox" role="checkbox" aria-checked="false"></div>')
    return block("todo_list", box + rich(text), data_checked="true" if done else "false")


def toggle(title: str, children: str = "") -> str:
    arrow = ('<div class="toggle-arrow expanded" role="button" aria-expanded="true">▾</div>' if children
             else '<div class="toggle-arrow" role="button" aria-expanded="false">▸</div>')
    return block("toggle_list", arrow + rich(title), children, data_collapsed="false" if children else "true")


def text(body: str) -> str:
    return block("text", rich(body))


def page(*blocks: str) -> str:
    """The share page: top bar, page header with its title and meta, the editor, backlinks, TOC, footer."""
    return ('<html><head><title>运营商代理入门</title></head><body><div id="root"><div class="_3S0Sh app-shell share-mode">'
            '<header class="_2mK1p share-top-bar"><a class="wolai-logo" href="https://www.wolai.com/">wolai</a>'
            '<nav class="breadcrumb"><a href="https://www.wolai.com/x">店务资料</a></nav>'
            '<button class="btn-ghost" type="button">📋 复制到我的空间</button></header>'
            '<div class="page-body"><div class="page-header" data-block-type="page">'
            '<div class="page-title content-wrapper" data-block-type="page"><h1 class="rich-text">运营商代理入门</h1></div>'
            '<div class="page-meta"><span class="updated">最后编辑于 2025年10月12日 18:40</span></div></div>'
            '<div class="wolai-editor _2VNwp" data-root-id="kP3v9">' + "".join(blocks) + '</div>'
            '<div class="page-backlinks _3kQ0e"><span>被 1 个页面引用：</span><a href="https://www.wolai.com/x">店务资料</a></div>'
            '</div><aside class="page-toc" aria-label="目录"><div class="toc-title">目录</div>'
            '<a class="md-toc-item toc-h2" href="#a">一、签约前要准备的东西</a></aside>'
            '<footer class="share-footer"><span>本页面由 </span><a href="https://www.wolai.com/">wolai 我来</a><span> 提供支持</span>'
            '</footer></div></div></body></html>')


def test_lists_todos_and_numbered_blocks_show_without_their_drawn_markers() -> None:
    # read as it stood, 「•」, 「✓」 and 「1.」 were lines of their own, the open to-dos lost their state
    # and the numbered blocks were no steps; now they are the lists they show
    frags = cut(page(heading(2, "一、签约前要准备的东西"), todo("注册个体户（ИП）。", True), todo("通过代理商的考试。", False),
                     bullet("代充话费：门槛最低。"), bullet("卖新卡：佣金最高。"),
                     heading(2, "二、卖一张新卡的流程"), number(1, "核对顾客的证件原件。"), number(2, "让顾客做人脸识别。"),
                     number(3, "收钱，开小票给顾客。")))
    assert texts(frags) == [
        ("section", "签约前要准备的东西", "[x] 注册个体户（ИП）。\n[ ] 通过代理商的考试。\n代充话费：门槛最低。\n卖新卡：佣金最高。"),
        ("step", "核对顾客的证件原件", "核对顾客的证件原件。"),
        ("step", "让顾客做人脸识别", "让顾客做人脸识别。"),
        ("step", "收钱，开小票给顾客", "收钱，开小票给顾客。")]
    assert {f.procedure.count for f in frags if f.procedure} == {3}


def test_toggles_are_questions_and_a_collapsed_one_is_not_glued_to_the_answer_before_it() -> None:
    # a toggle's 「▾」 ended the fragment before it, and the collapsed toggle's title (its content not in
    # the page) was glued to the last answer; the backlinks line was text
    frags = cut(page(heading(2, "七、常见问题"),
                     toggle("问：人脸识别一直不通过怎么办？", text("答：先看光线，别让顾客背对窗户。")),
                     toggle("问：不想做了，怎么解约？", text("答：提前 30 天书面通知代理商。")),
                     toggle("店员排班和交班对账（内部，不公开）")))
    assert texts(frags)[:2] == [("qa", "人脸识别一直不通过怎么办？", "先看光线，别让顾客背对窗户。"),
                                ("qa", "不想做了，怎么解约？", "提前 30 天书面通知代理商。")]
    assert "店员排班" not in frags[1].text
    joined = all_text(frags)
    for gone in ("▾", "▸", "被 1 个页面引用", "复制到我的空间", "wolai 我来", "目录", "最后编辑于"):
        assert gone not in joined


def test_a_page_without_wolais_editor_is_unchanged() -> None:
    # the same class names outside Wolai's editor are read as a page, as before
    html = ('<html><head><title>清单</title></head><body><article><h1>清单</h1><div class="block-container" '
            'data-block-type="bull_list"><div class="content-wrapper"><span class="list-marker">•</span>'
            '<div class="rich-text">带护照。</div></div></div></article></body></html>')
    assert texts(cut(html)) == [("section", "清单", "•\n带护照。")]
