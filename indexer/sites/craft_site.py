"""A Craft document shared as a public page (a craft.me / docs.craft.do share link), as the browser saves it.

Craft draws every block as a <div class="craft-block"> with its id (「data-block-id」) and kind
(「data-block-type」: text, code, table, line, page…); a text block's style, list style and depth
are attributes too (「data-text-style="subtitle"」, 「data-list-style="numbered"」,
「data-indentation-level="1"」). A list item is no <li>: its number or bullet is a
「span.craft-list-decoration」 before the text, its depth only the attribute, so sub-items follow their
item as siblings; a toggle holds its blocks in a 「div.craft-block-children」. Read as it stands, the
page had no list and no step (「1.」 went as a decoration, the brands' bullets ran into the numbered
procedure), its 'strong' titles were lines, its code blocks' language labels (「Shell」) lines of
text, and its toggle FAQ one passage cut by length mid-answer. `craft_blocks` rewrites the blocks into
the HTML they show, so every rule that reads HTML reads them too.

Detected strictly by Craft's marks (html_text.page_marks): the class 「craft-block」 together with
the block id and kind attributes, which no other page writes together.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import blocks_under, code_text, enclosing_block, show_block_runs, site_reader

MARKS = ("craft-block", "@data-block-id", "@data-block-type")
# Craft's text styles, largest first; the document's own title is the page block's <h1>
_HEADINGS = {"title": "h1", "subtitle": "h2", "heading": "h3", "strong": "h4"}
_LISTS = {"bullet": "ul", "dash": "ul", "todo": "ul", "task": "ul", "numbered": "ol"}
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")
_HEAD_CELL = frozenset({"columnheader", "rowheader"})


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def craft_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a Craft share page's blocks into the HTML they show: heading styles h1-h4 (the page
    title stays the page block's <h1>), body text <p>, a run of list blocks one <ul>/<ol> nested by
    indentation level (an ordered list's first drawn number its start; blocks between two numbered
    items whose numbers go on counting belong to the item above them), toggles <details> asked by
    their text, focus blocks a box of the text, code blocks a <pre> without their language label
    and copy button, table blocks a <table>, line blocks <hr>. A page of any other kind is unchanged.
    `marks` are the page's (html_text.page_marks)."""
    blocks = [tag for tag in soup.find_all("div", class_="craft-block") if _is_block(tag)]
    if not any(_type(block) != "page" for block in blocks):
        return
    show_block_runs(blocks, _is_block, lambda run: _shown(soup, _forest(run)))


def _is_block(tag: Tag) -> bool:
    return "craft-block" in tag.get("class", []) and tag.has_attr("data-block-id") and tag.has_attr("data-block-type")


def _type(block: Tag) -> str:
    return str(block.get("data-block-type", "")).lower()


def _parent_block(tag: Tag) -> Tag | None:
    return enclosing_block(tag, _is_block)


def _inside(tag: Tag) -> list[Tag]:
    """The blocks nested right under this element, in order (not those nested under them)."""
    return blocks_under(tag, _is_block)


def _level(block: Tag) -> int:
    try:
        return int(str(block.get("data-indentation-level", "0")))
    except ValueError:
        return 0


Node = tuple[Tag, list["Node"]]


def _forest(run: list[Tag]) -> list[Node]:
    """Sibling blocks nested by their indentation: Craft writes a sub-item as the next sibling of its
    item, one level deeper, so each block holds the deeper blocks after it."""
    roots: list[Node] = []
    stack: list[tuple[int, Node]] = []
    for block in run:
        node: Node = (block, [])
        level = _level(block)
        while stack and stack[-1][0] >= level:
            stack.pop()
        (stack[-1][1][1] if stack else roots).append(node)
        stack.append((level, node))
    return roots


def _style(block: Tag, attribute: str, prefix: str) -> str:
    """A text block's style, from its attribute or, failing that, from the class Craft draws it with."""
    if block.has_attr(attribute):
        return str(block[attribute]).lower()
    for name in block.get("class", []):
        if name.startswith(prefix):
            return name[len(prefix):].lower()
    return ""


def _list_style(block: Tag) -> str:
    return _style(block, "data-list-style", "list-style-") if _type(block) == "text" else ""


def _own(block: Tag) -> list[Tag]:
    """The block's own elements, without the blocks nested in it."""
    return [child for child in block.children if isinstance(child, Tag) and not _is_block(child)
            and "craft-block-children" not in child.get("class", [])]


def _text(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's text (its 「.craft-text」, without the list's decoration)."""
    tag = soup.new_tag(name)
    for part in _own(block):
        if "craft-list-decoration" in part.get("class", []):
            continue
        holder = part if "craft-text" in part.get("class", []) else part.find(class_="craft-text")
        if holder is None:
            continue
        for child in list(holder.children):
            tag.append(child.extract())
        break
    return tag


def _number(block: Tag) -> int | None:
    """The number Craft draws before a numbered item (「1.」 in its list decoration)."""
    for part in _own(block):
        if "craft-list-decoration" in part.get("class", []):
            match = _NUMBER.match(part.get_text())
            return int(match.group(1)) if match else None
    return None


def _shown(soup: BeautifulSoup, nodes: list[Node]) -> list[Tag]:
    """What a run of sibling blocks (each with the deeper blocks under it) shows, as HTML:
    consecutive list blocks of one kind make one list, a numbered one broken where its drawn
    numbers start again."""
    shown: list[Tag] = []
    holder: Tag | None = None       # the list being filled, its style and the last number drawn in it
    listing, last = "", 0
    k = 0
    while k < len(nodes):
        block, under = nodes[k]
        style = _list_style(block)
        if style not in _LISTS:
            tags = _block(soup, block, under)
            # 「5. …」, a code block, 「6. …」: Craft goes on counting, the block is a part of step 5
            end = k
            while end < len(nodes) and _list_style(nodes[end][0]) not in _LISTS and not _titles(nodes[end][0]):
                end += 1
            if holder is not None and listing == "numbered" and end < len(nodes) \
                    and _list_style(nodes[end][0]) == "numbered" and _number(nodes[end][0]) == last + 1:
                item = holder.find_all("li", recursive=False)[-1]
                for node in [*tags, *(t for b, u in nodes[k + 1:end] for t in _block(soup, b, u))]:
                    item.append(node)
                k = end
                continue
            shown.extend(tags)
            holder, listing = None, ""
            k += 1
            continue
        number = _number(block) if style == "numbered" else None
        if holder is None or style != listing or (number is not None and number != last + 1):
            holder = soup.new_tag(_LISTS[style])
            if style == "numbered" and number is not None and number != 1:
                holder["start"] = str(number)
            shown.append(holder)
            listing, last = style, (number or 1) - 1
        last = number if number is not None else last + 1
        item = _text(soup, block, "li")
        for node in _shown(soup, _forest(_inside(block))) + _shown(soup, under):
            item.append(node)
        holder.append(item)
        k += 1
    return shown


def _titles(block: Tag) -> bool:
    return _type(block) == "text" and _style(block, "data-text-style", "text-style-") in _HEADINGS


def _block(soup: BeautifulSoup, block: Tag, under: list[Node]) -> list[Tag]:
    """One block (not a list item) with the blocks indented under it, as the tags it shows."""
    kind = _type(block)
    nested = _shown(soup, _forest(_inside(block))) + _shown(soup, under)
    if kind == "text":
        if _list_style(block) == "toggle":
            details = soup.new_tag("details", attrs={"open": ""})
            details.append(_text(soup, block, "summary"))
            for node in nested:
                details.append(node)
            return [details]
        style = _style(block, "data-text-style", "text-style-")
        if style in _HEADINGS:
            return [_text(soup, block, _HEADINGS[style]), *nested]
        paragraph = _text(soup, block, "p")
        decoration = str(block.get("data-decoration", "")).lower()
        if decoration in ("focus", "block", "quote"):
            box = soup.new_tag("blockquote" if decoration == "quote" else "div")
            if paragraph.get_text(strip=True):
                box.append(paragraph)
            return [box, *nested]
        return ([paragraph] if paragraph.get_text(strip=True) else []) + nested     # (an empty one is spacing)
    if kind == "code":      # (the header over it, 「Shell」 and 「Copy」, is Craft's, not the writer's)
        source = block.find("pre") or block.find("code")
        pre = soup.new_tag("pre")
        # its lines apart by <br>: a code block under a numbered item (「5. 依次运行下面的命令」) is
        # read as a part of the item's text, where a newline is a space
        for k, line in enumerate((code_text(source) if source is not None else "").strip("\n").split("\n")):
            if k:
                pre.append(soup.new_tag("br"))
            pre.append(NavigableString(line))
        return [pre, *nested]
    if kind == "line":
        return [soup.new_tag("hr"), *nested]
    if kind == "table":
        table = _table(soup, block)
        return ([table] if table is not None else [block]) + nested
    return [block, *nested]     # the page's title (its <h1>), a card linking a sub-page, a kind not read here


def _table(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """A table block's rows (role="row") and cells as a <table>, header cells <th>."""
    rows = [row for row in block.find_all(attrs={"role": "row"}) if _parent_block(row) is block]
    if not rows:
        return None
    table = soup.new_tag("table")
    for row in rows:
        tr = soup.new_tag("tr")
        for cell in row.find_all(attrs={"role": True}, recursive=False):
            role = str(cell.get("role", "")).lower()
            td = soup.new_tag("th" if role in _HEAD_CELL else "td")
            for child in list(cell.children):
                td.append(child.extract())
            tr.append(td)
        table.append(tr)
    return table
