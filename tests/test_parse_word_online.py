"""A Word for the web (Word Online) document as the browser saves its editor page: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def para(text: str, heading: str = "") -> str:
    role = f" role='heading' aria-level='{heading}'" if heading else ""
    return (f"<div class='OutlineElement Ltr'><p class='Paragraph'{role}><span class='TextRun'>"
            f"<span class='NormalTextRun'>{text}</span></span></p></div>")


def item(text: str, leveltext: str) -> str:
    return (f"<li class='OutlineElement' data-leveltext='{leveltext}' role='listitem'><p class='Paragraph'>"
            f"<span class='NormalTextRun'>{text}</span></p></li>")


def document(leveltext: str = "%1.", run: str = "NormalTextRun") -> str:
    body = (para("采访组通讯安排", "1") + para("编写：赵薇。") + para("一、每人一张本地卡", "2")
            + para("统一在机场办本地卡，主卡用 Beeline。") + "<ul class='BulletListStyle1' role='list'>"
            + item("到 Beeline 柜台出示护照。", leveltext) + item("拨 *102# 确认套餐已生效。", leveltext)
            + "</ul>" + para("二、直播背包", "2") + para("直播背包有 4 个 SIM 卡槽。"))
    return ("<html><head><title>通讯安排.docx - Microsoft Word Online</title></head><body class='WACBody'>"
            "<div id='WACViewPanel' class='WACViewPanel' role='main'><div class='PageContent'>"
            + body.replace("NormalTextRun", run) + "</div></div></body></html>")


def test_word_for_the_webs_heading_paragraphs_are_headings_and_a_numbered_list_steps() -> None:
    # holdout194: every part titled by the document's title and cut by length across the headings, the
    # numbered list (ul.BulletListStyle1, data-leveltext 「%1.」) lines and not steps
    assert texts(cut(document())) == [
        ("section", "采访组通讯安排", "编写：赵薇。"),
        ("section", "每人一张本地卡", "统一在机场办本地卡，主卡用 Beeline。"),
        ("step", "到 Beeline 柜台出示护照", "到 Beeline 柜台出示护照。"),
        ("step", "拨 *102# 确认套餐已生效", "拨 *102# 确认套餐已生效。"),
        ("section", "直播背包", "直播背包有 4 个 SIM 卡槽。")]


def test_a_bulleted_list_of_word_for_the_web_is_no_steps() -> None:
    assert [kind for kind, _, _ in texts(cut(document(leveltext="\uf0b7")))] == ["section", "section", "section"]


def test_a_page_without_word_for_the_webs_runs_is_left_alone() -> None:
    assert "step" not in [kind for kind, _, _ in texts(cut(document(run="Run")))]
