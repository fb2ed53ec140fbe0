"""An AFFiNE page shared publicly: what a reader gets from its BlockSuite blocks, fragment by fragment."""
from __future__ import annotations

import itertools

from fragments import cut, texts

_IDS = itertools.count(1)


def rich(body: str) -> str:
    """A block's inline editor holding its text."""
    return (f'<rich-text class="inline-editor"><div class="inline-editor" contenteditable="false"><v-line><div>'
            f'<v-text><span data-v-text="true">{body}</span></v-text></div></v-line></div></rich-text>')


def paragraph(body: str, kind: str = "text") -> str:
    return (f'<affine-paragraph data-block-id="p{next(_IDS)}" class="affine-paragraph-block-container">'
            f'<div class="affine-paragraph-rich-text-wrapper {kind}">{rich(body)}</div></affine-paragraph>')


def item(body: str, kind: str = "numbered", prefix: str = "") -> str:
    return (f'<affine-list data-block-id="l{next(_IDS)}" class="affine-list-block-container">'
            f'<div class="affine-list-rich-text-wrapper" data-list-type="{kind}">'
            f'<div class="affine-list-block__prefix">{prefix}</div>{rich(body)}</div></affine-list>')


def callout(*blocks: str) -> str:
    return (f'<affine-callout data-block-id="c{next(_IDS)}" class="affine-callout-block-container">'
            f'<div class="affine-callout-emoji">💡</div><div class="affine-callout-children">{"".join(blocks)}</div>'
            '</affine-callout>')


def database(title: str, header: list[str], rows: list[list[str]]) -> str:
    def cells(values: list[str]) -> str:
        return "".join(f'<div class="database-cell affine-database-block-cell"><affine-database-rich-text-cell>'
                       f'<div class="inline-editor"><v-line><div><v-text><span data-v-text="true">{value}</span>'
                       f'</v-text></div></v-line></div></affine-database-rich-text-cell></div>' for value in values)
    heads = "".join(f'<div class="affine-database-column-header"><div class="affine-database-column-text-content">'
                    f'{name}</div></div>' for name in header)
    lines = "".join(f'<div class="database-row affine-database-block-row">{cells(row)}</div>' for row in rows)
    return (f'<affine-database data-block-id="d{next(_IDS)}" class="affine-database-block-container">'
            f'<div class="affine-database-title"><span>{title}</span></div><div class="affine-database-table">'
            f'<div class="affine-database-column-header-row">{heads}</div>'
            f'<div class="affine-database-block-rows">{lines}</div></div></affine-database>')


def page(title: str, *blocks: str) -> str:
    """The share page: its header, the doc title block, one note of blocks, the footer."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} · AFFiNE</title></head><body>'
            f'<div id="app"><div class="share-header"><div class="share-header-title">{title}</div>'
            '<button class="mode-switch">Page</button><a class="sign-in-button" href="/sign-in">Sign in</a></div>'
            '<main class="share-page-container"><div class="affine-page-viewport">'
            '<affine-page-root data-block-id="root" class="affine-page-root-block-container">'
            '<doc-title><div class="doc-title-container" data-block-is-title="true"><rich-text class="inline-editor">'
            f'<v-line><div><v-text><span data-v-text="true">{title}</span></v-text></div></v-line></rich-text></div>'
            '</doc-title><affine-note data-block-id="note" class="affine-note-block-container">'
            + "".join(blocks) + '</affine-note></affine-page-root></div></main>'
            '<div class="share-footer"><span>Created with</span> <a href="https://affine.pro">AFFiNE</a></div>'
            '</div></body></html>')


def test_headings_are_sections_and_numbered_blocks_are_steps() -> None:
    # read as it stood, every fragment was titled by the <title> with 「 · AFFiNE」 (the doc title a line of
    # the first), an h2 paragraph was a line of the text, each 「1.」 a line of its own before an item that was
    # no step, the list cut between fragments
    frags = cut(page("值班手册", paragraph("所有口译员用同一个值班号码。"), paragraph("换班步骤", "h2"),
                     item("拨 ##21# 取消前一天的转移。", prefix="1."), item("拨 **21*号码# 转到当班口译员。", prefix="2."),
                     paragraph("三方通话", "h2"), paragraph("接通护士后按「添加通话」。"),
                     callout(paragraph("三方通话严禁录音。"))))
    assert texts(frags) == [
        ("section", "值班手册", "所有口译员用同一个值班号码。"),
        ("step", "拨 ##21# 取消前一天的转移", "拨 ##21# 取消前一天的转移。"),
        ("step", "拨 **21*号码# 转到当班口译员", "拨 **21*号码# 转到当班口译员。"),
        ("section", "三方通话", "接通护士后按「添加通话」。\n三方通话严禁录音。")]
    assert [f.procedure.title for f in frags if f.procedure] == ["换班步骤", "换班步骤"]


def test_a_database_is_a_table_of_rows() -> None:
    # every header and cell was a line of its own, the rows lost
    frags = cut(page("值班手册", paragraph("费用", "h2"),
                     database("费用表", ["项目", "价格"], [["转移到同网号码", "0 ₸/分钟"], ["三方通话", "250 ₸/月"]])))
    assert texts(frags) == [("section", "费用", "费用表\n项目 | 价格\n转移到同网号码 | 0 ₸/分钟\n三方通话 | 250 ₸/月")]


def test_h3_questions_answer_under_an_h2_faq() -> None:
    frags = cut(page("值班手册", paragraph("说明。"), paragraph("常见问题", "h2"), paragraph("问：卡欠费了怎么办？", "h3"),
                     paragraph("答：拨 *112# 先借 1 000 ₸。")))
    assert texts(frags)[-1] == ("qa", "卡欠费了怎么办？", "拨 *112# 先借 1 000 ₸。")
    assert "常见问题" not in frags[0].text


def test_a_page_without_blocksuites_marks_is_left_alone() -> None:
    # custom elements alone do not make an AFFiNE page: without the page root's and note's classes the
    # paragraph stays as it is, its text read as text
    html = ('<html><body><main><h1>手册</h1><affine-paragraph data-block-id="p"><div class="h2">不是标题</div>'
            '</affine-paragraph><p>正文。</p></main></body></html>')
    assert [f.title for f in cut(html)] == ["手册"]
