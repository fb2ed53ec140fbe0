"""A Feishu (飞书) cloud document published to the web, as the browser saves it: every block a
div.block docx-<kind>-block with its id and kind, text in ace-line leaves, list markers divs of their
own, comments in a panel beside the document. What a reader gets from it, fragment by fragment."""
from __future__ import annotations

import itertools

from bs4 import BeautifulSoup

from indexer.sites.blogs import COMMENTS_TITLE
from indexer.sites.feishu_doc import feishu_blocks

from fragments import cut, texts

_IDS = itertools.count(1)


def line(body: str, bold: bool = False) -> str:
    """An ace-line as Feishu writes it: its leaves, then the zero-width enter leaf closing it."""
    leaf = "<span class='text-bold' data-string='true' data-leaf='true' style='font-weight:bold;'>" if bold \
        else "<span data-string='true' data-leaf='true'>"
    return (f"<div class='zone-container text-editor' data-zone-id='0'><div class='ace-line' data-node='true'>"
            f"{leaf}{body}</span><span data-string='true' data-enter='true' data-leaf='true'>&#8203;</span></div></div>")


def block(kind: str, inner: str) -> str:
    return (f"<div class='block docx-{kind}-block' data-block-type='{kind}' data-block-id='doxcn{next(_IDS)}'>"
            f"{inner}</div>")


def text(body: str, bold: bool = False) -> str:
    return block("text", f"<div class='text-block'>{line(body, bold)}</div>")


def heading(level: int, body: str) -> str:
    return block(f"heading{level}", f"<div class='heading-content heading-h{level}'><span class='heading-order'>"
                                    f"</span>{line(body)}</div>")


def bullet(body: str) -> str:
    return block("bullet", "<div class='list-wrapper bullet-list'><div class='list'><div class='bullet-dot-style' "
                           f"data-list='bullet'>•</div><div class='list-content'>{line(body)}</div></div></div>")


def ordered(number: int, body: str) -> str:
    return block("ordered", "<div class='list-wrapper ordered-list'><div class='list'><div class='order' "
                            f"data-list='ordered'>{number}.</div><div class='list-content'>{line(body)}</div></div></div>")


def callout(icon: str, *blocks: str) -> str:
    return block("callout", f"<div class='callout-block'><div class='callout-emoji'><span class='callout-emoji-icon'>"
                            f"{icon}</span></div><div class='callout-children'>{''.join(blocks)}</div></div>")


def table(*rows: tuple[str, ...]) -> str:
    cells = "".join("<tr>" + "".join(f"<td class='table-cell-block'>{block('table_cell', text(cell))}</td>"
                                     for cell in row) + "</tr>" for row in rows)
    return block("table", f"<div class='table-block-scroll'><table class='table'><tbody>{cells}</tbody></table></div>")


def comment(name: str, body: str) -> str:
    return (f"<div class='comment-item'><div class='comment-item__header'><span class='comment-user-name'>{name}</span>"
            f"<span class='comment-time'>10月21日 19:03</span></div><div class='comment-content'>{body}</div></div>")


def page(title: str, *blocks: str, comments: str = "") -> str:
    panel = (f"<div class='comment-panel docx-comment-panel'><div class='comment-panel__header'>评论（3）</div>"
             f"{comments}</div>") if comments else ""
    return (f"<html><head><title>{title} - 飞书云文档</title></head><body><div id='mainContainer' class='suite-body'>"
            f"<div class='suite-header'><div class='note-title'>{title}</div><a class='suite-header__login'>登录</a></div>"
            "<div class='docx-layout'><div class='docx-container' id='docx'><div class='editor-kit-container'>"
            f"<div class='page-block-header'><div class='page-block-title'><h1 class='page-block-title__text' "
            f"style='display:none'>{title}</h1></div><div class='doc-info-wrapper'><div class='doc-info'>"
            "<span class='doc-info-owner'>王珂</span><span class='doc-info-divider'>·</span>"
            "<span class='doc-info-time'>最后修改：10月28日 22:14</span></div></div></div>"
            "<div class='page-block root-block' data-block-type='page' data-block-id='Gk2b'>"
            f"<div class='page-block-children'>{''.join(blocks)}</div></div></div></div>{panel}</div>"
            "<div class='suite-footer-bar'><span class='word-count'>字数：3,412</span></div></div></body></html>")


def test_ordered_blocks_are_steps_and_bullets_a_list_without_their_markers() -> None:
    # holdout54: every 「•」 and 「1.」 was a line of its own, the ordered blocks no steps, and the
    # doc info line 「王珂 · 最后修改：…」 opened the introduction
    frags = cut(page("融合套餐", text("整理人：王珂。"), heading(2, "二、谁能办"), bullet("年满 18 岁；"),
                     bullet("地址在光纤覆盖范围内。"), heading(2, "三、怎么办理"), ordered(1, "在官网输入地址；"),
                     ordered(2, "约上门时间。")))
    assert texts(frags) == [
        ("section", "融合套餐", "整理人：王珂。"),
        ("section", "谁能办", "年满 18 岁；\n地址在光纤覆盖范围内。"),
        ("step", "在官网输入地址", "在官网输入地址；"),
        ("step", "约上门时间", "约上门时间。")]


def test_heading3_blocks_head_their_parts_and_callouts_keep_their_text_without_the_icon() -> None:
    frags = cut(page("融合套餐", heading(2, "六、搬家与解约"), heading(3, "搬家"), ordered(1, "提交「Переезд」申请；"),
                     ordered(2, "重新上门安装。"), heading(3, "提前解约"), callout("❗", text("12 个月内解约要补差价。"))))
    assert [(f.type, f.title, f.path[-1]) for f in frags] == [
        ("step", "提交「Переезд」申请", "搬家"), ("step", "重新上门安装", "搬家"), ("section", "提前解约", "提前解约")]
    assert frags[-1].text == "12 个月内解约要补差价。"


def test_a_table_blocks_cells_and_bold_question_blocks_are_read() -> None:
    frags = cut(page("路由器", heading(2, "租还是买"), table(("运营商", "租用"), ("Beeline", "690 ₸ / 月")),
                     heading(2, "常见问题"), text("问：能单独提速吗？", bold=True), text("答：可以，下个结算日生效。")))
    assert texts(frags) == [
        ("section", "租还是买", "运营商 | 租用\nBeeline | 690 ₸ / 月"),
        ("qa", "能单独提速吗？", "可以，下个结算日生效。")]


def test_the_comments_panel_is_the_documents_last_part() -> None:
    frags = cut(page("融合套餐", text("一般签 12 个月。"),
                     comments=comment("刘思雨", "我的是 24 个月合同吗？") + comment("王珂", "老合同按原来的。")
                     + comment("阿杰", "卡拉干达晚上只有 12 兆。")))
    assert texts(frags) == [
        ("section", "融合套餐", "一般签 12 个月。"),
        ("section", COMMENTS_TITLE, "卡拉干达晚上只有 12 兆。"),
        ("qa", "我的是 24 个月合同吗？", "老合同按原来的。")]


def test_a_page_without_feishus_block_classes_is_unchanged() -> None:
    html = ("<html><body><div class='block' data-block-type='text' data-block-id='x'><p>普通页面。</p></div>"
            "<div class='doc-info-wrapper'>王珂</div></body></html>")
    soup = BeautifulSoup(html, "html.parser")
    before = str(soup)
    feishu_blocks(soup)
    assert str(soup) == before
