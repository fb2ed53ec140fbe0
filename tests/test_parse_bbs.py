"""A BBS post's web view (PTT's www.ptt.cc and the mirrors copying its markup): what a reader gets
from it, fragment by fragment."""
from __future__ import annotations

import html

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

AUTHOR = "writer"
SITE_LINES = ("--\n※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 2.134.171.88 (哈薩克)\n"
              "※ 文章網址: <a href=\"https://www.ptt.cc/bbs/MobileComm/M.1.A.1.html\">"
              "https://www.ptt.cc/bbs/MobileComm/M.1.A.1.html</a>\n"
              "※ 編輯: writer (2.134.171.88 哈薩克), 11/11/2026 21:36:52\n")


def push(tag: str, user: str, text: str) -> str:
    return (f'<div class="push"><span class="hl push-tag">{tag} </span><span class="f3 hl push-userid">{user}</span>'
            f'<span class="f3 push-content">: {html.escape(text)}</span>'
            f'<span class="push-ipdatetime"> 95.56.233.14 11/11 21:52\n</span></div>')


def ptt(body: str, title: str = "Re: [問題] 門號可以過戶給家人嗎？", pushes: tuple[str, ...] = ()) -> str:
    """A post page as www.ptt.cc serves it: topbar, buttons, fields, body, the site's lines, pushes."""
    return ("<html><head><title>" + html.escape(title) + " - 看板 MobileComm - 批踢踢實業坊</title></head><body>"
            '<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a>'
            '<span>&rsaquo;</span><a class="board" href="/bbs/MobileComm/index.html"><span class="board-label">看板 </span>'
            'MobileComm</a></div></div><div id="navigation-container"><div id="navigation" class="bbs-content">'
            '<a class="board" href="/bbs/MobileComm/index.html">返回看板</a><div class="share"><span>分享</span></div>'
            '</div></div><div id="main-container"><div id="main-content" class="bbs-screen bbs-content">'
            f'<div class="article-metaline"><span class="article-meta-tag">作者</span>'
            f'<span class="article-meta-value">{AUTHOR} (寫手)</span></div>'
            '<div class="article-metaline-right"><span class="article-meta-tag">看板</span>'
            '<span class="article-meta-value">MobileComm</span></div>'
            '<div class="article-metaline"><span class="article-meta-tag">標題</span>'
            f'<span class="article-meta-value">{html.escape(title)}</span></div>'
            '<div class="article-metaline"><span class="article-meta-tag">時間</span>'
            '<span class="article-meta-value">Tue Nov 11 21:14:01 2026</span></div>\n'
            + html.escape(body.rstrip("\n") + "\n\n") + SITE_LINES + "".join(pushes) +
            '</div><div id="article-polling" data-offset="9842"></div></div></body></html>')


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("post.html", "post", page, "html", "0"))[1]


def words(frags: list[Fragment]) -> str:
    return "\n".join(" ".join(f.path) + f.title + f.text for f in frags)


@pytest.mark.parametrize(("title", "shown"), [
    ("Re: [問題] 門號可以過戶給家人嗎？", "門號可以過戶給家人嗎？（回覆）"),      # a reply, as a forum's replies are titled
    ("[心得] 門號過戶給家人", "門號過戶給家人"),
    ("Fw: [情報] 過戶規定", "過戶規定"),
])
def test_the_subject_field_titles_the_post_without_its_category_tag(title: str, shown: str) -> None:
    article, frags = parse_source(Source("post.html", "post", ptt("可以，帶雙方證件去門市。", title), "html", "0"))
    assert article.title == shown
    assert [(f.title, f.text) for f in frags] == [(shown, "可以，帶雙方證件去門市。")]


def test_fields_topbar_buttons_signature_and_site_lines_are_no_text() -> None:
    body = "可以，帶雙方證件去門市。\n\n--\n我們不生產訊號，我們只是訊號的搬運工\n"
    text = words(cut(ptt(body)))
    assert "可以，帶雙方證件去門市。" in text
    for gone in ("批踢踢實業坊", "看板", "MobileComm", "返回看板", "分享", "作者", AUTHOR, "Nov 11", "搬運工",
                 "發信站", "文章網址", "2.134.171.88", "編輯", "※"):
        assert gone not in text


def test_a_double_dash_far_from_the_end_is_the_writers_rule_not_a_signature() -> None:
    body = "".join(f"第{n}段說明。\n\n" for n in range(1, 4)) + "--\n" + "".join(f"後面第{n}段。\n\n" for n in range(1, 9))
    text = words(cut(ptt(body)))
    assert "第1段說明" in text and "後面第8段" in text


def test_a_part_between_rule_lines_is_a_section_titled_by_its_line() -> None:
    body = ("先說結論：可以辦。\n\n==========\n一、要帶的東西\n==========\n\n雙方的身分證件和原機主的帳單。\n\n"
            "==========\n二、怎麼辦理？\n==========\n\n門市和官網都可以辦。\n")
    frags = cut(ptt(body))
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "門號可以過戶給家人嗎？（回覆）", "先說結論：可以辦。"),
        ("section", "要帶的東西", "雙方的身分證件和原機主的帳單。"),
        ("qa", "怎麼辦理？", "門市和官網都可以辦。")]       # a part titled by a question answers it
    assert frags[1].path[-1] == "一、要帶的東西"


def test_indented_numbered_lines_under_a_how_to_part_are_steps_and_dashed_lines_a_list() -> None:
    body = ("=====\n三、辦理流程\n=====\n\n到門市後：\n\n  1. 抽號碼牌，說要辦過戶，\n     櫃台會給你申請書；\n"
            "  2. 雙方在申請書上簽名。\n  3. 等簡訊通知完成。\n\n要帶的：\n  - 雙方證件\n  - 原機主帳單\n")
    frags = cut(ptt(body))
    steps = [f for f in frags if f.type == "step"]
    assert [f.title for f in steps] == ["抽號碼牌，說要辦過戶，櫃台會給你申請書", "雙方在申請書上簽名", "等簡訊通知完成"]
    assert steps[0].text == "抽號碼牌，說要辦過戶，櫃台會給你申請書；"
    assert [f.text for f in frags if f.type == "section"][-1] == "要帶的：\n雙方證件\n原機主帳單"


def test_the_quoted_question_is_not_glued_to_the_reply() -> None:
    body = ("※ 引述《asker (問問)》之銘言：\n: 我想把門號過戶給我媽，\n: 需要本人到場嗎？\n\n"
            "我在電信業做了十年。\n\n需要，雙方都要到場。\n")
    frags = cut(ptt(body))
    assert [f.text for f in frags] == ["我在電信業做了十年。\n需要，雙方都要到場。"]


def test_a_reply_quoting_piece_by_piece_keeps_each_quotation_over_its_answer() -> None:
    body = ("※ 引述《asker (問問)》之銘言：\n: 需要本人到場嗎？\n: : 更早的引文\n需要，雙方都要到場。\n\n"
            ": 要錢嗎？\n免費。\n")
    text = words(cut(ptt(body)))
    assert text.index("需要本人到場嗎？") < text.index("需要，雙方都要到場。") < text.index("要錢嗎？") < text.index("免費。")
    assert "更早的引文" not in text and "引述" not in text and "asker" not in text


def test_pushes_lose_tags_ids_ips_and_times_and_the_authors_answers_pair_with_questions() -> None:
    pushes = (push("推", "fan01", "專業推"),
              push("推", "asker", "想再問，量測要本人在家"), push("→", "asker", "嗎？"),     # one comment over two lines
              push("→", AUTHOR, "要，室內的點"), push("→", AUTHOR, "一定要有人開門"),
              push("噓", "critic", "誰會信"), push("→", AUTHOR, "所以建議向衛生局陳情"))
    frags = cut(ptt("可以，帶雙方證件去門市。", pushes=pushes))
    assert [(f.type, f.title, f.text) for f in frags][1:] == [
        ("section", "推文", "專業推\n誰會信\n所以建議向衛生局陳情"),
        ("qa", "想再問，量測要本人在家嗎？", "要，室內的點一定要有人開門")]
    text = words(frags)
    for gone in ("fan01", "asker", "critic", AUTHOR, "95.56.233.14", "11/11", "21:52", "→", "噓", ": "):
        assert gone not in text


def test_class_names_alone_make_no_bbs_post() -> None:
    # a page's own 「push」 box and a meta line without the BBS fields: read as any page
    page = ("<html><body><article><h1>推播通知設定</h1><div class='push'><p>打開 App 的通知開關。</p></div>"
            "<div class='article-metaline'><span class='article-meta-tag'>分類</span>"
            "<span class='article-meta-value'>設定</span></div>"
            "<p>--</p><p>關閉後不再收到促銷訊息。</p></article></body></html>")
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("section", "推播通知設定", "打開 App 的通知開關。\n--\n關閉後不再收到促銷訊息。")]
