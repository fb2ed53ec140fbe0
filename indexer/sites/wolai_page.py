"""A Wolai (我来) page shared publicly, as the browser saves it.

The share page draws the editor's blocks, not HTML of the page: inside `div.wolai-editor` every
block is a `div.block-container` with its id and kind (「data-block-type="heading"」, 「text」,
「bull_list」, 「enum_list」, 「todo_list」, 「toggle_list」, 「callout」, 「simple_table」, 「divider」…), its
own content in a `div.content-wrapper` (hashed CSS-module classes besides) — a heading's <h2>, a
text's `div.rich-text`, a list item's drawn marker (`span.list-marker` 「•」 / 「1.」), a to-do's
checkbox (「✓」 when done, its state in 「data-checked」), a toggle's arrow 「▾」 / 「▸」, a callout's emoji
icon — and the blocks nested under it in a `div.block-children` after it. Read as it stood, every
marker, tick and arrow was a line of its own (a to-do's state lost with the open ones' empty boxes),
the numbered blocks were no steps, a toggle's arrow ended the fragment before it, a collapsed
toggle's title was glued to the answer before it, and the backlinks line 「被 1 个页面引用：…」 was
text. `wolai_blocks` rewrites the blocks into the HTML they show, so every rule that reads HTML
reads them too.

Detected strictly by Wolai's marks (html_text.page_marks): the editor's 「wolai-editor」 with its
「block-container」 / 「content-wrapper」 blocks and their 「data-block-type」.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import (FlatItem, blocks_under, callout_box, child_classed, drawn_number, nest_flat_lists,
                               own_text, show_block_runs, site_reader, toggle_details)

MARKS = ("wolai-editor", "block-container", "content-wrapper", "@data-block-type")
_LISTS = {"bull_list": "ul", "todo_list": "ul", "enum_list": "ol"}
# what the editor draws around a block's text: list markers, checkboxes, toggle arrows, callout icons
_DRAWN = ("list-marker", "todo-checkbox", "toggle-arrow", "callout-icon")


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def wolai_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a Wolai share page's blocks into the HTML they show: headings h1-h6 by their level,
    text blocks <p>, a run of list blocks one <ul>/<ol> (html_text.nest_flat_lists; an ordered list
    starts at its first number, a to-do leads with 「[x] 」 or 「[ ] 」, the blocks nested under an item
    inside it), toggles <details> asked by their title (a collapsed one, its content not in the
    page, its title a paragraph), callouts a box of their text (their icon goes), simple tables their
    <table>, dividers <hr>; the page's backlinks line goes. A page of any other kind is unchanged.
    `marks` are the page's."""
    editor = soup.find("div", class_="wolai-editor")
    if not isinstance(editor, Tag):
        return
    blocks = [tag for tag in editor.find_all("div", class_="block-container") if _is_block(tag)]
    if not blocks:
        return
    for backlinks in soup.find_all("div", class_="page-backlinks"):
        backlinks.decompose()
    show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))


def _is_block(tag: Tag) -> bool:
    return tag.name == "div" and "block-container" in tag.get("class", ()) and tag.has_attr("data-block-type")


def _kind(block: Tag) -> str:
    return str(block["data-block-type"])


def _own(block: Tag) -> Tag | None:
    """The block's own content: its `div.content-wrapper`."""
    return child_classed(block, "content-wrapper")


def _inside(block: Tag) -> list[Tag]:
    """The blocks nested under the block (in its `div.block-children`), in order."""
    return [nested for child in block.children if isinstance(child, Tag) and child is not _own(block)
            for nested in blocks_under(child, _is_block)] if _own(block) is not None else blocks_under(block, _is_block)


def _text(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's own text, without what the editor draws around it."""
    return own_text(soup, _own(block), name, _DRAWN, "rich-text")


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML (html_text.nest_flat_lists)."""
    return nest_flat_lists(soup, run, lambda block: _item(soup, block), lambda block: _block(soup, block))


def _item(soup: BeautifulSoup, block: Tag) -> FlatItem | None:
    """A list block as the item it shows, with the blocks nested under it."""
    kind = _kind(block)
    if kind not in _LISTS:
        return None
    own = _own(block)
    number = drawn_number(own.find("span", class_="list-marker") if own is not None else None)
    checked = own is not None and str(own.get("data-checked", "")) == "true"
    item = _text(soup, block, "li")
    if kind == "todo_list":
        item.insert(0, "[x] " if checked else "[ ] ")
    for node in _shown(soup, _inside(block)):
        item.append(node)
    return FlatItem(0, kind, _LISTS[kind] == "ol", number, item)


def _block(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """One block (not a list item) as the tag it shows, None for one that shows nothing."""
    kind = _kind(block)
    own = _own(block)
    nested = _shown(soup, _inside(block)) if kind != "simple_table" else []
    if kind == "heading":
        level = str(own.get("data-heading-level", "2")) if own is not None else "2"
        return _text(soup, block, f"h{level if level in '123456' and len(level) == 1 else '2'}")
    if kind == "text":
        paragraph = _text(soup, block, "p")
        return paragraph if paragraph.get_text(strip=True) else None
    if kind == "toggle_list":
        if not nested:      # collapsed: its content is not in the page, its title a line of its own
            return _text(soup, block, "p")
        return toggle_details(soup, _text(soup, block, "summary"), nested)
    if kind == "callout":
        return callout_box(soup, _text(soup, block, "p"), nested)
    if kind == "simple_table":
        table = block.find("table")
        return table.extract() if isinstance(table, Tag) else None
    if kind == "divider":
        return soup.new_tag("hr")
    return block            # a picture, an embed, a kind not read here stays as it is
