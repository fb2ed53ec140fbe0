"""A Wikidot wiki page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Article, Fragment, Source

from fragments import texts


def read(html: str) -> tuple[Article, list[Fragment]]:
    return parse_source(Source("wikidot.html", "wikidot", html, "html", "0"))


def _block(question: str, answer: str) -> str:
    return ("<div class='collapsible-block'><div class='collapsible-block-folded'>"
            f"<a class='collapsible-block-link' href='javascript:;'>+ {question}</a></div>"
            "<div class='collapsible-block-unfolded' style='display:none'><div class='collapsible-block-unfolded-link'>"
            f"<a class='collapsible-block-link' href='javascript:;'>- {question}</a></div>"
            f"<div class='collapsible-block-content'><p>{answer}</p></div></div></div>")


# Wikidot's base theme: the page's name in div#page-title, a floated [[div]] note box opening div#page-content,
# two [[collapsible]] blocks, then the page's information line, the buttons, the footer and the licence line
PAGE = (
    "<html><head><title>农场wiki - 工人门号</title></head><body><div id='container'><div id='header'><h1><a href='/'>"
    "<span>农场wiki</span></a></h1></div><div id='content-wrap'><div id='main-content'>"
    "<div id='page-title'>工人门号</div><div id='page-content'>"
    "<div style='float:right; width:200px;' class='wiki-note'><p><strong>速查</strong><br/>短号：7788</p></div>"
    "<p>每个季节工都要一个本地号码，到岗前一周办好。</p>"
    "<h2><span>常见问题</span></h2>"
    + _block("卡丢了怎么办？", "带护照去营业厅补卡，当天可取。")
    + _block("能用外国号码吗？", "外国号码收不到工头的集合短信。")
    + "</div><div id='page-info'>page revision: 3, last edited: <span class='odate'>08 Oct 2026 09:12</span></div>"
    "<div id='page-options-bottom'><a href='javascript:;' id='edit-button'>Edit</a></div></div></div>"
    "<div id='footer'>Powered by <a href='http://www.wikidot.com'>Wikidot.com</a></div>"
    "<div id='license-area' class='license-area'>Unless otherwise stated, the content of this page is licensed under "
    "<a rel='license' href='http://creativecommons.org/licenses/by-sa/3.0/'>Creative Commons Attribution-ShareAlike 3.0 "
    "License</a></div></div></body></html>")


def test_a_wikidot_pages_collapsible_blocks_are_qa_pairs_without_its_info_and_licence_lines() -> None:
    # holdout102: the blocks were one fragment with each question twice (「+ …」, 「- …」) and the information line
    # glued to its end, the licence line a fragment of its own, and the floated box opened the first fragment
    _, frags = read(PAGE)
    assert texts(frags) == [("section", "工人门号", "每个季节工都要一个本地号码，到岗前一周办好。\n速查\n短号：7788"),
                            ("qa", "卡丢了怎么办？", "带护照去营业厅补卡，当天可取。"),
                            ("qa", "能用外国号码吗？", "外国号码收不到工头的集合短信。")]


def test_a_page_without_wikidots_marks_keeps_its_floated_box_first() -> None:
    page = PAGE.replace("id='page-info'", "id='page-meta'")
    _, frags = read(page)
    assert frags[0].text.startswith("速查")
