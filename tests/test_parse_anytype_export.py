"""An Anytype page exported as HTML: what a reader gets from its blocks, fragment by fragment."""
from __future__ import annotations

import itertools

from fragments import cut, texts

_IDS = itertools.count(1)


def block(style: str, own: str, children: str = "") -> str:
    """One text block: div.block with its style, its wrapContent, the blocks nested under it."""
    nested = f'<div class="children">{children}</div>' if children else ""
    return (f'<div class="block blockText {style} align0" id="b{next(_IDS)}"><div class="wrapContent">'
            f'<div class="flex">{own}</div></div>{nested}</div>')


def text(body: str) -> str:
    return f'<div class="text">{body}</div>'


def heading(level: int, body: str) -> str:
    return block(f"textHeader{level}", text(body))


def paragraph(body: str) -> str:
    return block("textParagraph", text(body))


def number(n: int, body: str) -> str:
    return block("textNumbered", f'<div class="markerInner">{n}.</div>' + text(body))


def bullet(body: str) -> str:
    return block("textBulleted", '<div class="markerInner"></div>' + text(body))


def toggle(title: str, answer: str) -> str:
    return block("textToggle", '<div class="marker"></div>' + text(title), paragraph(answer))


def callout(body: str) -> str:
    return block("textCallout", '<div class="iconObject">💡</div>' + text(body))


def page(*blocks: str) -> str:
    """The export: its header (icon, title block, featured relations), then the page's blocks."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>电话测试须知</title>'
            '<link rel="stylesheet" type="text/css" href="export.css"></head><body class="anytype-export">'
            '<div class="blocks"><div class="header"><div class="headerIcon">📞</div>'
            + block("textTitle", text("电话测试须知")).replace('id="b', 'id="t', 1) +
            '<div class="block blockFeatured"><div class="featured"><span class="cell c-type">Page</span>'
            '<span class="cell c-tag">招生</span></div></div></div>' + "".join(blocks) + '</div></body></html>')


def test_headers_are_sections_and_numbered_blocks_are_steps() -> None:
    # read as it stood, every fragment was titled by the page's title, 「如何预约」 was a line of the
    # text, each 「1.」 a line of its own before an item that was no step
    frags = cut(page(paragraph("所有新学员都要做一次电话测试。"), heading(2, "如何预约"),
                     number(1, "在 WhatsApp 发消息「ТЕСТ」。"), number(2, "回复时段号码确认。"),
                     heading(2, "测试前的准备"), bullet("确认手机有信号。"), bullet("准备纸笔。"),
                     callout("提示：听不懂可以请老师重复。")))
    assert texts(frags) == [
        ("section", "电话测试须知", "所有新学员都要做一次电话测试。"),
        ("step", "在 WhatsApp 发消息「ТЕСТ」", "在 WhatsApp 发消息「ТЕСТ」。"),
        ("step", "回复时段号码确认", "回复时段号码确认。"),
        ("section", "测试前的准备", "确认手机有信号。\n准备纸笔。\n提示：听不懂可以请老师重复。")]
    assert [f.procedure.title for f in frags if f.procedure] == ["如何预约", "如何预约"]


def test_toggles_are_questions_and_answers() -> None:
    # a toggle's title was glued to the text before it and its answer ran on into the next toggle
    frags = cut(page(paragraph("结果三天内发短信。"), heading(2, "FAQ"),
                     toggle("错过了老师的电话怎么办？", "老师会隔 5 分钟再打一次。"),
                     toggle("孩子能做电话测试吗？", "12 岁以下到学校做面对面测试。")))
    assert texts(frags)[-2:] == [("qa", "错过了老师的电话怎么办？", "老师会隔 5 分钟再打一次。"),
                                 ("qa", "孩子能做电话测试吗？", "12 岁以下到学校做面对面测试。")]
    assert "错过了" not in frags[0].text


def test_a_page_without_the_export_body_is_unchanged() -> None:
    # the same class names outside an Anytype export are read as a page, as before: its number badges, each alone in
    # its block's wrappers, a generic list (`clean._numbered_blocks`, holdout294), not the reader's steps
    html = ('<html><head><title>清单</title></head><body><article><h1>清单</h1>'
            + number(1, "带护照。") + number(2, "带照片。") + '</article></body></html>')
    assert texts(cut(html)) == [("section", "清单", "带护照。\n带照片。")]
