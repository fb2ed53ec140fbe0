"""An Anytype page exported as HTML (the desktop app's 「Export → HTML」).

The export draws the editor's blocks, not HTML of the page: inside `body.anytype-export` every
block is a `div.block` with its kind in its classes (`blockText` with its style 「textTitle」,
「textParagraph」, 「textHeader1」-「textHeader3」, 「textBulleted」, 「textNumbered」, 「textCheckbox」,
「textToggle」, 「textCallout」, 「textQuote」, 「textCode」; `blockTable`, `blockDiv`, `blockFeatured`…),
its own content in a `div.wrapContent` (the text in `div.text`, beside what the editor draws: a list
item's `markerInner` 「1.」, a toggle's `marker`, a callout's `iconObject` emoji) and the blocks nested
under it (a toggle's content) in a `div.children` after it. Read as it stood, the headings were
plain lines (every fragment titled by the page's title, the text cut by length, not by section),
the numbers 「1.」 「2.」 were lines of their own before items that were no steps, a toggle's title
was glued to the text before it instead of asking its content, and a callout was glued into the
list above it. `anytype_blocks` rewrites the blocks into the HTML they show, as `wolai_page` does
for Wolai's, so every rule that reads HTML reads them too.

Detected strictly by the export's marks (html_text.page_marks): the body's 「anytype-export」 with
its 「blockText」 / 「wrapContent」 blocks.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import (FlatItem, blocks_under, callout_box, child_classed, drawn_number, nest_flat_lists,
                               own_text, show_block_runs, site_reader, toggle_details)

MARKS = ("anytype-export", "block", "blockText", "wrapContent")
_LISTS = {"textBulleted": "ul", "textCheckbox": "ul", "textNumbered": "ol"}
_HEADINGS = {"textTitle": "h1", "textHeader1": "h2", "textHeader2": "h3", "textHeader3": "h4"}
# what the editor draws around a block's text: list markers, toggle arrows, callout icons
_DRAWN = ("markerInner", "marker", "iconObject")


@site_reader(MARKS, gather_marks=True)
def anytype_blocks(soup: BeautifulSoup) -> None:
    """Rewrite an Anytype HTML export's blocks into the HTML they show: the title <h1>, headers
    h2-h4 one level below it, paragraphs <p>, a run of list blocks one <ul>/<ol>
    (html_text.nest_flat_lists; a numbered list starts at its first number), toggles <details> asked
    by their title (one with nothing under it a paragraph), callouts a box of their text (their icon
    goes), quotes <blockquote>, code <pre>, tables their <table>, dividers <hr>. A page of any other
    kind is unchanged. `marks` are the page's."""
    body = soup.find("body", class_="anytype-export")
    if not isinstance(body, Tag):
        return
    blocks = [tag for tag in body.find_all("div", class_="block") if _is_block(tag)]
    if blocks:
        show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))


def _is_block(tag: Tag) -> bool:
    return tag.name == "div" and "block" in tag.get("class", ())


def _kind(block: Tag) -> str:
    """The block's kind: a text block's style (「textNumbered」), else its block class (「blockTable」)."""
    classes = block.get("class", ())
    if "blockText" in classes:
        return next((name for name in classes if name.startswith("text")), "textParagraph")
    return next((name for name in classes if name.startswith("block")), "")


def _own(block: Tag) -> Tag | None:
    """The block's own content: its `div.wrapContent`."""
    return child_classed(block, "wrapContent")


def _inside(block: Tag) -> list[Tag]:
    """The blocks nested under the block (in its `div.children`), in order."""
    return [nested for child in block.children if isinstance(child, Tag) and "children" in child.get("class", ())
            for nested in blocks_under(child, _is_block)]


def _text(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's own text, without what the editor draws around it."""
    return own_text(soup, _own(block), name, _DRAWN, "text", "div")


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML (html_text.nest_flat_lists)."""
    return nest_flat_lists(soup, run, lambda block: _item(soup, block), lambda block: _block(soup, block))


def _item(soup: BeautifulSoup, block: Tag) -> FlatItem | None:
    """A list block as the item it shows, with the blocks nested under it."""
    kind = _kind(block)
    if kind not in _LISTS:
        return None
    own = _own(block)
    number = drawn_number(own.find(class_="markerInner") if own is not None else None)
    item = _text(soup, block, "li")
    for node in _shown(soup, _inside(block)):
        item.append(node)
    return FlatItem(0, kind, _LISTS[kind] == "ol", number, item)


def _block(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """One block (not a list item) as the tag it shows, None for one that shows nothing."""
    kind = _kind(block)
    nested = _shown(soup, _inside(block)) if kind != "blockTable" else []
    if kind in _HEADINGS:
        return _text(soup, block, _HEADINGS[kind])
    if kind in ("textParagraph", "textQuote", "textCode"):
        tag = _text(soup, block, {"textParagraph": "p", "textQuote": "blockquote", "textCode": "pre"}[kind])
        if not tag.get_text(strip=True) and not nested:
            return None
        if not nested:
            return tag
        box = soup.new_tag("div")
        box.append(tag)
        for node in nested:
            box.append(node)
        return box
    if kind == "textToggle":
        if not nested:      # nothing under it: its title a line of its own
            return _text(soup, block, "p")
        return toggle_details(soup, _text(soup, block, "summary"), nested)
    if kind == "textCallout":
        return callout_box(soup, _text(soup, block, "p"), nested)
    if kind == "blockTable":
        table = block.find("table")
        return table.extract() if isinstance(table, Tag) else None
    if kind == "blockDiv":
        return soup.new_tag("hr")
    return block            # the featured relations, a picture, a kind not read here stays as it is
