"""A Notion page published to the web (notion.site), as the browser saves it.

Notion's HTML export writes real headings, lists and <details> (the walker reads it as it is);
the live page does not. Every block is a <div> carrying Notion's block id (「data-block-id」) and
its kind as a class (「notion-header-block」, 「notion-numbered_list-block」, 「notion-toggle-block」…),
its text in a div Notion marks as an editable leaf, the blocks nested under it (a toggle's answer,
an item's sub-items) in a div after that leaf, and a numbered item's number only in a CSS variable.
Read as it stands, a page had no heading but its title, no list, no question and no step: one run
of lines the fragmenter cut by length across sections. `notion_blocks` rewrites the blocks into the
HTML they show, so every rule that reads HTML reads them too.

A page saved otherwise (holdout270's, a student society's guide) writes a block's text in a 「div.notranslate」
with no leaf mark, the blocks under a toggle without their id, and a callout's icon as an emoji in a
「div.notion-record-icon」: read as it stood, each callout's 「💡」 / 「⚠️」 was a line of text, and the three FAQ
toggles one section, each question glued to its answer. Such a nested block is a block too (its page holds
blocks with ids), its 「notranslate」 text (not the icon's) its leaf, and the icon goes as a picture does.

Detected strictly by those block classes together with the block id, which no other page writes.
"""
from __future__ import annotations

import copy
import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import blocks_under, enclosing_block, show_block_runs

_BLOCK_CLASS = re.compile(r"^notion-([a-z_]+)-block$")
_HEADINGS = {"header": "h1", "sub_header": "h2", "sub_sub_header": "h3"}
_ITEMS = {"bulleted_list": "ul", "to_do": "ul", "numbered_list": "ol"}
# what the reader of the page is shown nothing of, or only the page's own outline again
_NOTHING = frozenset({"table_of_contents", "breadcrumb", "video", "audio", "file", "pdf", "embed",
                      "bookmark", "figma", "drive", "tweet", "codepen", "maps", "miro"})
_UNWRAPPED = frozenset({"column_list", "column", "transclusion_container", "transclusion_reference"})
_READ = frozenset({"text", "toggle", "callout", "quote", "code", "divider", "table", "image", *_NOTHING, *_UNWRAPPED})
_NUMBER = re.compile(r"--pseudoBefore--content\s*:\s*[\"'](\d{1,4})[.)]?[\"']")


def notion_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a notion.site page's blocks into the HTML they show: header blocks h1/h2/h3 (the page
    title stays the notion-page-block's <h1>), text blocks <p>, a run of list blocks one <ul>/<ol>
    (blocks nested under an item inside it, an ordered list's first number its start), toggles
    <details> asked by their summary, callouts a box of the text (their icon goes, as a picture),
    quotes <blockquote>, code <pre>, table blocks their <table>, dividers <hr>, a picture its
    caption; the page's outline (a table_of_contents block) and embedded media go. A page of any other kind is unchanged."""
    # every page passes here: one walk testing each element in Python is cheaper than an attribute search
    blocks = [tag for tag in soup.descendants if type(tag) is Tag and "data-block-id" in tag.attrs
              and _kind(tag) is not None]
    if not any(_kind(tag) != "page" for tag in blocks):
        return
    # a block nested under another, saved without its id (a toggle's answer), is a block all the same
    for outer in blocks:
        for tag in outer.find_all(class_=_BLOCK_CLASS):
            if "data-block-id" not in tag.attrs:
                tag["data-block-id"] = ""
                blocks.append(tag)
    # a block's icon (a callout's 「💡」, drawn as an emoji) is a picture, no text of the page
    for outer in blocks:
        for icon in outer.find_all(class_="notion-record-icon"):
            icon.decompose()
    blocks = [tag for tag in soup.descendants if type(tag) is Tag and "data-block-id" in tag.attrs
              and _kind(tag) is not None]
    show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))


def _kind(tag: Tag) -> str | None:
    """A block's kind, from Notion's class, when the tag is one of its blocks (it has a block id)."""
    if not tag.has_attr("data-block-id"):
        return None
    for name in tag.get("class", []):
        if (match := _BLOCK_CLASS.match(name)) is not None:
            return match.group(1)
    return None


def _is_block(tag: Tag) -> bool:
    return _kind(tag) is not None


def _parent_block(tag: Tag) -> Tag | None:
    return enclosing_block(tag, _is_block)


def _inside(tag: Tag) -> list[Tag]:
    """The blocks nested right under this element, in order (not those nested under them)."""
    return blocks_under(tag, _is_block)


def _leaf(block: Tag) -> Tag | None:
    """The element holding the block's own text: Notion marks it an editable leaf."""
    for child in block.children:
        if not isinstance(child, Tag) or _kind(child) is not None:
            continue
        if child.has_attr("data-content-editable-leaf") or child.name in ("h1", "h2", "h3") \
                or ("notranslate" in child.get("class", []) and child.find(("div", "p")) is None):
            return child        # (its text in a 「div.notranslate」 when saved without the leaf mark)
        if (inner := _leaf(child)) is not None:
            return inner
    return None


def _text(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's text; Notion shows the text pre-wrapped, so a line break
    typed in it (Shift+Enter, a 「\\n」 in the saved text) is a line break."""
    tag = soup.new_tag(name)
    leaf = _leaf(block)
    if leaf is None:            # drawn otherwise than Notion draws it today: its text, without its nested blocks'
        own = copy.copy(block)
        for nested in _inside(own):
            nested.decompose()
        tag.string = own.get_text().strip()
        return tag
    for child in list(leaf.children):
        tag.append(child.extract())
    for string in list(tag.find_all(string=lambda s: "\n" in s)):
        if isinstance(string, NavigableString) and type(string) is NavigableString:
            lines = str(string).split("\n")
            parts: list[NavigableString | Tag] = []
            for k, line in enumerate(lines):
                if k:
                    parts.append(soup.new_tag("br"))
                if line:
                    parts.append(NavigableString(line))
            if parts:
                string.replace_with(*parts)
            else:
                string.extract()
    return tag


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML: consecutive list blocks of one kind make one
    list (Notion numbers a numbered run afresh after any other block)."""
    shown: list[Tag] = []
    listing, holder = None, None        # the kind of list blocks the last list was made of, and it
    for block in run:
        kind = _kind(block)
        if kind not in _ITEMS:
            shown.extend(_block(soup, block, kind))
            listing = None
            continue
        if kind != listing:
            holder = soup.new_tag(_ITEMS[kind])
            start = _number(block)
            if kind == "numbered_list" and start is not None and start != 1:
                holder["start"] = str(start)
            shown.append(holder)
            listing = kind
        item = _text(soup, block, "li")
        for node in _shown(soup, _inside(block)):
            item.append(node)
        holder.append(item)
    return shown


def _block(soup: BeautifulSoup, block: Tag, kind: str | None) -> list[Tag]:
    """One block (not a list item) as the tags it shows."""
    if kind not in _HEADINGS and kind not in _READ:
        return [block]      # the page's title (its <h1>), a link to a sub-page, a kind not read here
    nested = _shown(soup, _inside(block)) if kind != "table" else []
    if kind in _HEADINGS:
        return [_text(soup, block, _HEADINGS[kind]), *nested]   # (a toggle heading's content under it)
    if kind == "text":
        paragraph = _text(soup, block, "p")
        return ([paragraph] if paragraph.get_text(strip=True) else []) + nested
    if kind == "toggle":
        details = soup.new_tag("details", attrs={"open": ""})
        details.append(_text(soup, block, "summary"))
        for node in nested:
            details.append(node)
        return [details]
    if kind in ("callout", "quote"):
        box = soup.new_tag("div" if kind == "callout" else "blockquote")
        paragraph = _text(soup, block, "p")
        if paragraph.get_text(strip=True):
            box.append(paragraph)
        for node in nested:
            box.append(node)
        return [box]
    if kind == "code":
        pre = soup.new_tag("pre")
        leaf = _leaf(block)
        pre.string = leaf.get_text() if leaf is not None else ""
        return [pre]
    if kind == "divider":
        return [soup.new_tag("hr")]
    if kind == "image":         # the picture shows no words; its caption, when it has one, does
        caption = _text(soup, block, "figcaption")
        if not caption.get_text(strip=True):
            return []
        figure = soup.new_tag("figure")
        figure.append(caption)
        return [figure]
    if kind == "table":
        table = block.find("table")
        return [table.extract()] if table is not None else []
    if kind in _UNWRAPPED:
        return nested
    return []               # (`_NOTHING`)


def _number(block: Tag) -> int | None:
    """The number Notion draws before a numbered item (only in a CSS variable of its marker)."""
    for marker in block.find_all(class_="pseudoBefore"):
        if _parent_block(marker) is block and (match := _NUMBER.search(str(marker.get("style", "")))):
            return int(match.group(1))
    return None
