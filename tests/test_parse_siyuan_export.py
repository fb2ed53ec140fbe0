"""A SiYuan (思源笔记) note exported as HTML: the editor's DOM, every block a div with its node id and
kind (data-type NodeHeading / NodeParagraph / NodeList…), text in a contenteditable div of inline
spans, list markers divs of their own. What a reader gets from it, fragment by fragment."""
from __future__ import annotations

import itertools

from bs4 import BeautifulSoup

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.sites.siyuan_export import siyuan_blocks

from fragments import texts

_IDS = itertools.count(1)
_ATTR = "<div class='protyle-attr' contenteditable='false'>&#8203;</div>"


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("note.html", "note", html, "html", "0"))[1]


def node(kind: str, inner: str, subtype: str = "", cls: str = "", **attrs: str) -> str:
    extra = (f" data-subtype='{subtype}'" if subtype else "") + "".join(f" {k.replace('_', '-')}='{v}'"
                                                                        for k, v in attrs.items())
    return (f"<div{extra} data-node-id='20261103214{next(_IDS):03d}-abcdefg' data-type='{kind}' class='{cls}' "
            f"updated='20261107164144'>{inner}{_ATTR}</div>")


def leaf(body: str) -> str:
    return f"<div contenteditable='false' spellcheck='false'>{body}</div>"


def heading(level: int, body: str) -> str:
    return node("NodeHeading", leaf(body), f"h{level}", f"h{level}")


def para(body: str) -> str:
    return node("NodeParagraph", leaf(body), cls="p")


def strong(body: str) -> str:
    return f"<span data-type='strong'>{body}</span>"


def items(subtype: str, *bodies: str, done: tuple[int, ...] = ()) -> str:
    out = []
    for k, body in enumerate(bodies, start=1):
        if subtype == "o":
            marker, action = f"{k}.", f"<div class='protyle-action protyle-action--order' draggable='true'>{k}.</div>"
        elif subtype == "t":
            marker = "*"
            action = ("<div class='protyle-action protyle-action--task' draggable='true'><svg><use xlink:href='"
                      f"#icon{'Check' if k in done else 'Uncheck'}'></use></svg></div>")
        else:
            marker, action = "*", "<div class='protyle-action' draggable='true'><svg><use xlink:href='#iconDot'></use></svg></div>"
        out.append(node("NodeListItem", action + para(body), subtype, "li protyle-task--done" if k in done else "li",
                        data_marker=marker))
    return node("NodeList", "".join(out), subtype, "list")


def page(title: str, *blocks: str) -> str:
    return (f"<!DOCTYPE html><html lang='zh_CHT'><head><title>{title}</title>"
            "<link rel='stylesheet' href='stage/build/export/base.css?v=3.1.12'/></head><body>"
            "<div class='protyle-wysiwyg protyle-wysiwyg--attr' style='max-width: 800px;margin: 0 auto;' id='preview'>"
            f"{heading(1, title)}{''.join(blocks)}</div>"
            "<script src='stage/protyle/js/lute/lute.min.js?v=3.1.12'></script>"
            "<script>Protyle.highlightRender(document.getElementById('preview'), 'stage/protyle')</script></body></html>")


def test_heading_blocks_head_their_parts_and_ordered_items_are_steps_without_their_numbers() -> None:
    # holdout59: the note was one section cut by length with the headings as lines in it, every
    # 「1.」 a line of its own over its step, a cut between 「5.」 and its text; the tag line a line
    frags = cut(page("防盜器張卡", para("<span data-type='tag'>架車</span> <span data-type='tag'>電話卡/IoT</span>"),
                     para("前車主裝咗 StarLine。"), heading(2, "防盜器點樣用張卡"),
                     items("u", f"{strong('報警')}：打電話畀主人號碼。", f"{strong('App')}：用流動數據。"),
                     heading(2, "換卡步驟"), items("o", "熄匙，鎖車再解鎖。", "換入新 SIM 卡。",
                                                  "App 填返 USSD：Beeline 填 <span data-type='code'>*102#</span>。")))
    assert texts(frags) == [
        ("section", "防盜器張卡", "前車主裝咗 StarLine。"),
        ("section", "防盜器點樣用張卡", "報警：打電話畀主人號碼。\nApp：用流動數據。"),
        ("step", "熄匙，鎖車再解鎖", "熄匙，鎖車再解鎖。"),
        ("step", "換入新 SIM 卡", "換入新 SIM 卡。"),
        ("step", "App 填返 USSD：Beeline 填 *102#", "App 填返 USSD：Beeline 填 *102#。")]


def test_a_task_list_keeps_what_was_done() -> None:
    frags = cut(page("筆記", heading(2, "我嘅換卡清單"), items("t", "關咗 PIN 碼", "開自動增值", "設定餘額提醒", done=(1, 2))))
    assert texts(frags) == [("section", "我嘅換卡清單", "[x] 關咗 PIN 碼\n[x] 開自動增值\n[ ] 設定餘額提醒")]


def test_columns_led_by_a_bold_line_are_named_by_it_and_a_quote_and_table_are_read() -> None:
    column = lambda lead, *lines: node("NodeSuperBlock", para(strong(lead)) + items("u", *lines), cls="sb",
                                       data_sb_layout="row")
    table = node("NodeTable", "<div><table><thead><tr><th>選擇</th><th>每月</th></tr></thead><tbody><tr><td>"
                              "Kcell Оңай</td><td>約 600 ₸</td></tr></tbody></table></div>", cls="table")
    frags = cut(page("筆記", heading(2, "揀邊張卡"), table, node("NodeBlockquote", para("師傅話：先查卡，再查模組。"), cls="bq"),
                     heading(2, "冬天"), para("開節能模式。"),
                     node("NodeSuperBlock", column("而家用緊：Kcell 卡", "計劃：Оңай") + column("已停用：", "前車主名下"),
                          cls="sb", data_sb_layout="col"),
                     heading(2, "問題記錄"), para(f"{strong('問：StarLine 有冇賣卡？')}<br />答：喺哈薩克用唔到。")))
    assert texts(frags) == [
        ("section", "揀邊張卡", "選擇 | 每月\nKcell Оңай | 約 600 ₸\n師傅話：先查卡，再查模組。"),
        ("section", "冬天", "開節能模式。"),
        ("section", "冬天（而家用緊：Kcell 卡）", "計劃：Оңай"),
        ("section", "冬天（已停用）", "前車主名下"),
        ("qa", "StarLine 有冇賣卡？", "喺哈薩克用唔到。")]


def test_a_page_without_siyuans_editor_marks_is_unchanged() -> None:
    html = ("<html><body><div data-node-id='1' data-type='NodeHeading' data-subtype='h2'><div>標題</div></div>"
            "<div data-node-id='2' data-type='NodeParagraph'><div>普通頁面。</div></div></body></html>")
    soup = BeautifulSoup(html, "html.parser")
    before = str(soup)
    siyuan_blocks(soup)
    assert str(soup) == before
