"""An AFFiNE page shared publicly (「Share → Publish to web」), as the browser saves it.

The share page draws BlockSuite's blocks, not HTML of the page: the document's title is a
`<doc-title>` block, and inside `affine-page-root` / `affine-note` every block is a custom element with
its id (「data-block-id」): `affine-paragraph` with its type as a class of its
`div.affine-paragraph-rich-text-wrapper` (「text」, 「quote」, 「h1」-「h6」), `affine-list` with its kind in
「data-list-type」 (「numbered」, 「bulleted」, 「todo」, 「toggle」) and its drawn marker in
`div.affine-list-block__prefix` (「1.」), `affine-callout` with its emoji in `div.affine-callout-emoji`
and its blocks in `div.affine-callout-children`, `affine-database` with its title in
`div.affine-database-title` and its columns and rows as divs, `affine-divider`, `affine-code`…; the blocks
nested under a block are in its `div.affine-block-children-container`. Read as it stood, the headings
were plain lines (only a 「问：」 line was taken as a question; a section's heading was glued to the
fragment before it), every fragment was titled by the <title> with its 「 · AFFiNE」, the numbers 「1.」
were lines of their own before items that were no steps (a list cut between fragments), and a
database was a column of cells, its rows lost. `affine_blocks` rewrites the blocks into the HTML they
show, as `wolai_page` does for Wolai's, so every rule that reads HTML reads them too.

Detected strictly by BlockSuite's marks (html_text.page_marks): the page root's
「affine-page-root-block-container」 and the note's 「affine-note-block-container」 with blocks'
「data-block-id」.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import (FlatItem, blocks_under, callout_box, drawn_number, nest_flat_lists, own_text,
                               show_block_runs, site_reader, toggle_details)

MARKS = ("affine-page-root-block-container", "affine-note-block-container", "@data-block-id")
# blocks that only hold others: the page, its notes (Page mode's columns) and Edgeless' surface and frames
_HOLDERS = frozenset({"affine-page-root", "affine-note", "affine-surface", "affine-frame"})
_LISTS = {"numbered": "ol", "bulleted": "ul", "todo": "ul", "toggle": "ul"}
_PARAGRAPHS = {"text": "p", "quote": "blockquote", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h5",
               "h6": "h6"}
# what the editor draws around a block's text: list markers and checkboxes, toggle arrows
_DRAWN = ("affine-list-block__prefix", "affine-list-block__todo-prefix", "affine-list-block__toggle")
_CHECKED = re.compile(r"(?:^|[-_])checked$")     # a done to-do's class (「affine-list--checked」), not 「unchecked」
_CHILDREN = ("affine-block-children-container", "affine-callout-children")


@site_reader(MARKS, gather_marks=True)
def affine_blocks(soup: BeautifulSoup) -> None:
    """Rewrite an AFFiNE share page's blocks into the HTML they show: the doc title <h1>, paragraphs
    <p>, headings h1-h6 by their type, quotes <blockquote>, a run of list blocks one <ul>/<ol>
    (html_text.nest_flat_lists; a numbered list starts at its first number, a to-do leads with
    「[x] 」 or 「[ ] 」, the blocks nested under an item inside it), a toggle item with blocks under it a
    <details> asked by its text, callouts a box of their text (their emoji goes), a database a <table>
    captioned by its title, dividers <hr>, code <pre>. A page of any other kind is unchanged. `marks`
    are the page's."""
    for title in soup.find_all("doc-title"):
        heading = soup.new_tag("h1")
        heading.string = title.get_text(" ", strip=True)
        title.replace_with(heading)
    blocks = soup.find_all(_is_block)
    if blocks:
        show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))


def _is_block(tag: Tag) -> bool:
    return tag.name.startswith("affine-") and tag.name not in _HOLDERS and tag.has_attr("data-block-id")


def _own(block: Tag) -> Tag | None:
    """The block's own content: its rich-text wrapper (a callout, a database has none)."""
    return next((child for child in block.children if isinstance(child, Tag)
                 and any(name.endswith("-rich-text-wrapper") for name in child.get("class", ()))), None)


def _inside(block: Tag) -> list[Tag]:
    """The blocks nested under the block (in its children container), in order."""
    return [nested for holder in block.find_all(class_=_CHILDREN) if _owner(holder) is block
            for nested in blocks_under(holder, _is_block)]


def _owner(tag: Tag) -> Tag | None:
    return next((parent for parent in tag.parents if isinstance(parent, Tag) and _is_block(parent)), None)


def _type(block: Tag) -> str:
    """A paragraph's type (「h2」, 「text」), a list's kind (「numbered」), else the block's element name."""
    own = _own(block)
    if own is None:
        return block.name
    if block.name == "affine-list":
        return str(own.get("data-list-type", "bulleted"))
    return next((name for name in own.get("class", ()) if name in _PARAGRAPHS), "text")


def _text(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's own text, without what the editor draws around it."""
    own = _own(block)
    if own is not None:
        for holder in own.find_all(class_=_CHILDREN):
            holder.extract()        # (read apart by `_inside`, before the text is moved)
    return own_text(soup, own, name, _DRAWN, "inline-editor", "rich-text")


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML (html_text.nest_flat_lists)."""
    return nest_flat_lists(soup, run, lambda block: _item(soup, block), lambda block: _block(soup, block))


def _item(soup: BeautifulSoup, block: Tag) -> FlatItem | None:
    """A list block as the item it shows, with the blocks nested under it."""
    if block.name != "affine-list":
        return None
    kind = _type(block)
    own = _own(block)
    number = drawn_number(own.find(class_="affine-list-block__prefix") if own is not None else None)
    checked = own is not None and any(_CHECKED.search(name) for tag in (own, *own.find_all(True))
                                      for name in tag.get("class", ()))
    nested = _shown(soup, _inside(block))
    if kind == "toggle" and nested:
        item = soup.new_tag("li")
        item.append(toggle_details(soup, _text(soup, block, "summary"), nested))
        return FlatItem(0, kind, False, None, item)
    item = _text(soup, block, "li")
    if kind == "todo":
        item.insert(0, "[x] " if checked else "[ ] ")
    for node in nested:
        item.append(node)
    return FlatItem(0, kind, _LISTS.get(kind) == "ol", number, item)


def _block(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """One block (not a list item) as the tag it shows, None for one that shows nothing."""
    if block.name == "affine-paragraph":
        nested = _shown(soup, _inside(block))
        tag = _text(soup, block, _PARAGRAPHS[_type(block)])
        if not nested:
            return tag if tag.get_text(strip=True) else None
        box = soup.new_tag("div")
        box.append(tag)
        for node in nested:
            box.append(node)
        return box
    if block.name == "affine-callout":
        # its blocks only: the emoji drawn beside them (div.affine-callout-emoji) is no word of the text
        return callout_box(soup, soup.new_tag("p"), _shown(soup, _inside(block)))
    if block.name == "affine-database":
        return _table(soup, block)
    if block.name == "affine-divider":
        return soup.new_tag("hr")
    if block.name == "affine-code":
        code = soup.new_tag("pre")
        code.string = "\n".join(line.get_text() for line in block.find_all("v-line")) or block.get_text()
        return code
    return block            # a picture, a bookmark, a kind not read here stays as it is


def _table(soup: BeautifulSoup, block: Tag) -> Tag:
    """A database's table view as a <table>: its title the caption, its column headers the head row."""
    table = soup.new_tag("table")
    title = block.find(class_="affine-database-title")
    if isinstance(title, Tag) and title.get_text(strip=True):
        caption = soup.new_tag("caption")
        caption.string = title.get_text(" ", strip=True)
        table.append(caption)
    header = block.find(class_="affine-database-column-header-row")
    if isinstance(header, Tag):
        table.append(_row(soup, header.find_all(class_="affine-database-column-header"), "th"))
    for line in block.find_all(class_="affine-database-block-row"):
        table.append(_row(soup, line.find_all(class_="affine-database-block-cell"), "td"))
    return table


def _row(soup: BeautifulSoup, cells: list[Tag], kind: str) -> Tag:
    """A <tr> of the cells' texts, each in a `kind` cell (th for the column headers)."""
    row = soup.new_tag("tr")
    for column in cells:
        cell = soup.new_tag(kind)
        cell.string = column.get_text(" ", strip=True)
        row.append(cell)
    return row
