"""A Coda doc page published to the web, as the browser saves it.

The published page draws the doc's canvas, not HTML of it: inside `main.kr-canvas` every line is a
`div.kr-line` of its kind (「kr-paragraph」, 「kr-heading2」, 「kr-bulleted-list」, 「kr-numbered-list」,
「kr-checklist-item」 with 「kr-checked」 when done, its tick an empty `span.kr-checkbox` whose state is its
「aria-checked」), a callout a `div.kr-callout` of its emoji `span.kr-callout-icon` and its lines, a
table view a `div.kr-table-container` of its title `div.kr-table-title`, the ARIA grid of its rows
and its footer 「4 rows · 区域 ▾」, and under the page the previous / next page links
(`div.kr-page-nav`) and the doc's buttons. Read as it stood, the numbered and bulleted lines were
plain lines (no list, no steps), a checklist's done / not done was lost, the table view's title was
a line of text over its rows and the next page's link 「照片整理与物种标注 →」 closed the last answer.
`coda_blocks` rewrites the canvas into the HTML it shows, so every rule that reads HTML reads it too.

Detected strictly by Coda's marks (html_text.page_marks): the canvas 「kr-canvas」, its 「kr-line」
lines and Coda's 「data-coda-ui-id」.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import FlatItem, enclosing_block, nest_flat_lists, show_block_runs, site_reader

MARKS = ("kr-canvas", "kr-line", "@data-coda-ui-id")
_LISTS = {"kr-bulleted-list": "ul", "kr-numbered-list": "ol", "kr-checklist-item": "ul"}
# a canvas block: a line, a callout, a checklist, a collapsible question, a table view, the page links
_BLOCKS = ("kr-line", "kr-callout", "kr-checklist", "kr-collapsible", "kr-table-container", "kr-page-nav")
_HEAD_CELLS = ["columnheader", "rowheader"]
_CELLS = [*_HEAD_CELLS, "gridcell", "cell"]


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def coda_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a published Coda page's canvas into the HTML it shows: paragraph lines <p>, a run of
    list lines one <ul>/<ol> (html_text.nest_flat_lists; a checklist item leads with 「[x] 」 or
    「[ ] 」), callouts a box of their lines (their icon goes), a table view its <table> captioned by
    its title (its footer goes), the previous / next page links nothing; heading lines and the
    collapsible questions stay as they are. A page of any other kind is unchanged. `marks` are
    the page's."""
    canvas = soup.find(class_="kr-canvas")
    if not isinstance(canvas, Tag):
        return
    blocks = [tag for tag in canvas.find_all(True) if _is_block(tag)]
    show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))


def _classes(tag: Tag) -> list[str]:
    return list(tag.get("class", ()))


def _is_block(tag: Tag) -> bool:
    """A canvas block, or anything else standing between the page's blocks (its cover, header,
    footer), which stays in its place."""
    return any(name in _BLOCKS for name in _classes(tag)) or (
        isinstance(tag.parent, Tag) and "kr-page" in _classes(tag.parent))


def _inside(soup: BeautifulSoup, holder: Tag) -> None:
    """Rewrite the blocks right inside a callout, checklist or collapsible into what they show, in place."""
    inner = [tag for tag in holder.find_all(True) if _is_block(tag) and enclosing_block(tag, _is_block) is holder]
    runs: dict[int, list[Tag]] = {}
    for block in inner:
        runs.setdefault(id(block.parent), []).append(block)
    for run in runs.values():
        mark = NavigableString("")
        run[0].insert_before(mark)
        nodes = _shown(soup, run)
        for block in run:
            block.extract()         # (a block shown as it is comes back in `nodes`)
        for node in nodes:
            mark.insert_before(node)
        mark.extract()


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML (html_text.nest_flat_lists)."""
    return nest_flat_lists(soup, run, lambda block: _item(soup, block), lambda block: _block(soup, block))


def _item(soup: BeautifulSoup, block: Tag) -> FlatItem | None:
    """A list line as the item it shows."""
    kind = next((name for name in _classes(block) if name in _LISTS), None)
    if kind is None or block.name != "div" or "kr-line" not in _classes(block):
        return None         # (a line that is HTML already, 「<ul class="kr-line kr-bulleted-list">」, stays as it is)
    item = soup.new_tag("li")
    if kind == "kr-checklist-item":
        box = block.find("span", class_="kr-checkbox")
        done = "kr-checked" in _classes(block) or (
            isinstance(box, Tag) and str(box.get("aria-checked", "")).lower() == "true")
        if isinstance(box, Tag):
            box.decompose()
        item.append("[x] " if done else "[ ] ")
    for child in list(block.children):
        item.append(child.extract())
    return FlatItem(0, kind, _LISTS[kind] == "ol", None, item)


def _block(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """One block (not a list line) as the tag it shows, None for one that shows nothing."""
    classes = _classes(block)
    if "kr-page-nav" in classes:        # the previous / next page: links to other pages, no text of this one
        return None
    if "kr-callout" in classes or "kr-checklist" in classes:
        for icon in block.find_all(class_="kr-callout-icon"):
            icon.decompose()
        _inside(soup, block)
        box = soup.new_tag("div")
        box.extend([child.extract() for child in list(block.find(class_="kr-callout-content") or block)])
        return box
    if "kr-collapsible" in classes:     # a question over its answer: its lines read, read as it stands
        _inside(soup, block)
        return block
    if "kr-table-container" in classes:
        return _table(soup, block)
    if "kr-paragraph" in classes and block.name == "div":
        paragraph = soup.new_tag("p")
        for child in list(block.children):
            paragraph.append(child.extract())
        return paragraph if paragraph.get_text(strip=True) else None
    return block            # a heading line, a line of a kind not read here, stays as it is


def _table(soup: BeautifulSoup, view: Tag) -> Tag:
    """A table view as the <table> it shows, its title the caption; the view as it is when its grid
    holds no rows of cells (clean._aria_tables reads what ARIA roles say)."""
    rows = [[cell for cell in row.find_all(attrs={"role": _CELLS})] for row in view.find_all(attrs={"role": "row"})]
    if not rows or not all(rows):
        return view
    table = soup.new_tag("table")
    title = view.find(class_="kr-table-title")
    if isinstance(title, Tag) and title.get_text(strip=True):
        caption = soup.new_tag("caption")
        caption.extend([child.extract() for child in list(title.contents)])
        table.append(caption)
    for cells in rows:
        row = soup.new_tag("tr")
        table.append(row)
        for cell in cells:
            out = soup.new_tag("th" if cell.get("role") in _HEAD_CELLS else "td")
            out.extend([child.extract() for child in list(cell.contents)])
            row.append(out)
    return table
