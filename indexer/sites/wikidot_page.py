"""A Wikidot wiki page as the browser saves it.

Pure: no I/O. Wikidot draws the page's name in `div#page-title` over the wiki text in
`div#page-content`; after the text come the page's tags (`div.page-tags`), its information line
`div#page-info` (「page revision: 14, last edited: 08 Oct 2026 09:12」), the button row
`#page-options-bottom`, then the footer and `div#license-area` (「Unless otherwise stated, the content
of this page is licensed under …」). The text's `[[collapsible]]` blocks are drawn twice: a
`div.collapsible-block-folded` holding the link 「+ 问题？」 and a hidden
`div.collapsible-block-unfolded` holding the link 「- 问题？」 over the `div.collapsible-block-content`;
a `[[div style="float:right"]]` box is a side note beside the text that follows it.

Read as it stood (holdout102), the collapsible FAQ blocks were one fragment in which each question
came twice (「+ …」, 「- …」), the information line was glued to its end, the licence line was a
fragment of its own under the last heading, and the floated note box (「速查 排队短号：…」) opened the
first fragment before the page's introduction.

`wikidot_page` makes each collapsible block a <details> whose <summary> is the link's text without
its 「+」/「-」 sign, so a question pairs with its answer; it drops the information line, the button row and the
licence line; and it moves a floated box at the head of the text after the paragraphs it floats beside (up to
the first heading), so the page's own words open the page. Detected strictly by Wikidot's marks:
`#page-title`, `#page-content` and `#page-info` (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"#page-title", "#page-content", "#page-info"})
_SIGN = re.compile(r"^[+\-−]\s*")       # the folded 「+ 」 and unfolded 「- 」 of a block's link
_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@site_reader(MARKS, gather_marks=True)
def wikidot_page(soup: BeautifulSoup) -> None:
    """Make a Wikidot page's collapsible blocks <details>, drop its information line, buttons and licence and
    move its floated head box after the text beside it (see the module's docstring). A page of any
    other kind is unchanged."""
    content = soup.find("div", id="page-content")
    if not isinstance(content, Tag):
        return
    for line in soup.select("#page-info, #page-options-bottom, #license-area"):
        line.decompose()
    for block in content.select("div.collapsible-block"):
        _details(soup, block)
    _float_after_lead(content)


def _details(soup: BeautifulSoup, block: Tag) -> None:
    """One collapsible block as <details>: the unfolded link's text (the folded one's when the
    block has no unfolded link) is the summary, the block's content the body."""
    link = block.select_one(".collapsible-block-unfolded-link a") or block.select_one(".collapsible-block-folded a")
    body = block.select_one(".collapsible-block-content")
    if link is None or body is None:
        return
    question = _SIGN.sub("", one_line(link)).strip()
    if not question:
        return
    details = soup.new_tag("details")
    summary = soup.new_tag("summary")
    summary.string = question
    details.append(summary)
    for child in list(body.children):
        details.append(child.extract())
    block.replace_with(details)


def _float_after_lead(content: Tag) -> None:
    """A box floated beside the page's opening paragraphs (the first element of the text) reads
    after them, before the first heading: in the page it stands at their side, not above them."""
    first = next((c for c in content.children if isinstance(c, Tag)), None)
    if first is None or first.name != "div" or not _FLOAT.search(str(first.get("style", ""))):
        return
    last = None
    for sibling in first.find_next_siblings():
        if sibling.name in _HEADINGS:
            break
        last = sibling
    if last is not None:
        last.insert_after(first.extract())
