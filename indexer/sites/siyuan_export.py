"""A SiYuan (思源笔记) note exported as HTML (导出 → HTML), as the export writes it.

The export is the editor's own DOM (`div#preview.protyle-wysiwyg`), not HTML of the note: every block
is a <div> with SiYuan's node id and its kind (「data-node-id」, 「data-type="NodeHeading"」 with
「data-subtype="h2"」, 「NodeParagraph」, 「NodeList」 of subtype u / o / t of 「NodeListItem」s,
「NodeTable」, 「NodeBlockquote」, 「NodeSuperBlock」 with 「data-sb-layout」, 「NodeCodeBlock」…), its text
in a contenteditable <div> of inline spans (「span[data-type=strong / em / code / a / tag]」), a
zero-width 「div.protyle-attr」 after it, and a list item's marker a 「div.protyle-action」 of its own
(an icon, the number 「5.」, a checkbox whose state is the item's 「protyle-task--done」 class). Read as
it stood, no heading but the title was one (the note one section cut by length, headings lines in
it), every number a line of its own over its step, a checklist without what was done, the tag line
a line of text and a two-column block's columns run together. `siyuan_blocks` rewrites the blocks
into the HTML they show, so every rule that reads HTML reads them too.

Detected strictly by SiYuan's marks (html_text.page_marks): the editor's 「protyle-wysiwyg」 and
「protyle-attr」 classes together with the node id and kind attributes.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import blocks_under, code_text, one_line, show_block_runs, site_reader

MARKS = ("protyle-wysiwyg", "protyle-attr", "@data-node-id", "@data-type")
_HEADING = re.compile(r"^h([1-6])$")
_LISTS = {"u": "ul", "t": "ul", "o": "ol"}
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")
_INLINE = {"strong": "strong", "em": "em", "code": "code", "kbd": "kbd", "mark": "mark", "s": "s",
           "u": "u", "sup": "sup", "sub": "sub"}     # a span's kind → the tag it is shown as


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def siyuan_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a SiYuan HTML export's blocks into the HTML they show: heading blocks h1-h6, paragraph
    blocks <p> (one of tags only, the note's 「#標籤」 line, goes), list blocks <ul>/<ol> of their items
    without the drawn markers (an ordered list starts at its first number, a task item leads with
    「[x] 」 or 「[ ] 」), tables their <table>, quotes <blockquote>, code <pre>, thematic breaks <hr>; a
    super block shows its blocks in order, a row of columns each led by a bold line as tabs named by
    it. Inline spans become the tags they show (strong, em, code, links). A page of any other kind
    is unchanged. `marks` are the page's."""
    blocks = [tag for tag in soup.find_all("div", attrs={"data-node-id": True}) if _is_block(tag)]
    if not blocks:
        return
    for span in soup.find_all("span", attrs={"data-type": True}):
        _inline(soup, span)
    show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))


def _is_block(tag: Tag) -> bool:
    return tag.has_attr("data-node-id") and str(tag.get("data-type", "")).startswith("Node")


def _kinds(span: Tag) -> set[str]:
    return set(str(span.get("data-type", "")).split())


def _inline(soup: BeautifulSoup, span: Tag) -> None:
    """Show an inline span as what it draws: bold, italics, code, a link; a tag or a reference as its text."""
    kinds = _kinds(span)
    if "a" in kinds and span.get("data-href"):
        span.name = "a"
        span.attrs = {"href": str(span["data-href"])}
        return
    if "inline-math" in kinds and span.get("data-content"):
        span.string = str(span["data-content"])
    shown = next((_INLINE[kind] for kind in kinds if kind in _INLINE), None)
    if shown is None:
        if "tag" not in kinds:
            span.unwrap()
        return                  # (a tag stays marked: a paragraph of tags only goes)
    span.name = shown
    span.attrs = {}


def _text(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's own text: its contenteditable <div>'s content."""
    tag = soup.new_tag(name)
    leaf = next((child for child in block.children if isinstance(child, Tag) and child.has_attr("contenteditable")
                 and "protyle-attr" not in child.get("class", [])), None)
    if leaf is None:
        return tag
    for node in list(leaf.children):
        tag.append(node.extract())
    for span in tag.find_all("span", attrs={"data-type": True}):
        span.unwrap()           # a tag's text in a line of other words
    return tag


def _only_tags(block: Tag) -> bool:
    """The paragraph is the note's tag line: tags and spaces, nothing else."""
    leaf = next((child for child in block.children if isinstance(child, Tag) and child.has_attr("contenteditable")), None)
    if leaf is None or not leaf.find("span", attrs={"data-type": True}):
        return False
    return all(isinstance(node, Tag) and node.name == "span" and "tag" in _kinds(node)
               or isinstance(node, NavigableString) and not node.strip() for node in leaf.children)


def _type(block: Tag) -> str:
    return str(block.get("data-type", ""))


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML."""
    shown: list[Tag] = []
    for block in run:
        shown.extend(_block(soup, block))
    return shown


def _block(soup: BeautifulSoup, block: Tag) -> list[Tag]:
    """One block as the tags it shows, with the blocks nested in it."""
    kind, subtype = _type(block), str(block.get("data-subtype", ""))
    heading = _HEADING.match(subtype)
    if kind == "NodeHeading" and heading:
        return [_text(soup, block, f"h{heading.group(1)}")]
    if kind == "NodeParagraph":
        if _only_tags(block):
            return []
        paragraph = _text(soup, block, "p")
        return [paragraph] if paragraph.get_text(strip=True) else []     # (an empty one is spacing)
    if kind == "NodeList":
        return [_list(soup, block)]
    if kind == "NodeBlockquote":
        quote = soup.new_tag("blockquote")
        for node in _shown(soup, blocks_under(block, _is_block)):
            quote.append(node)
        return [quote]
    if kind == "NodeSuperBlock":
        return _super_block(soup, block)
    if kind == "NodeTable":
        table = block.find("table")
        return [table.extract()] if isinstance(table, Tag) else []
    if kind == "NodeCodeBlock":
        source = block.find(class_="hljs") or block
        leaf = source.find(attrs={"contenteditable": True}) or source
        pre = soup.new_tag("pre")
        pre.append(NavigableString(code_text(leaf).strip("\n")))
        return [pre]
    if kind == "NodeThematicBreak":
        return [soup.new_tag("hr")]
    return [block]      # a picture, a video, a formula, an embed: a kind not read here stays as it is


def _list(soup: BeautifulSoup, block: Tag) -> Tag:
    """A list block as a <ul>/<ol> of its items, without their drawn markers (a task item's state led
    by 「[x] 」 or 「[ ] 」, an ordered list starting at its first item's number)."""
    subtype = str(block.get("data-subtype", "u"))
    holder = soup.new_tag(_LISTS.get(subtype, "ul"))
    items = [item for item in blocks_under(block, _is_block) if _type(item) == "NodeListItem"]
    for k, item in enumerate(items):
        number = _NUMBER.match(str(item.get("data-marker", "")))
        if not k and subtype == "o" and number and number.group(1) != "1":
            holder["start"] = number.group(1)
        li = soup.new_tag("li")
        nested = blocks_under(item, _is_block)
        if nested and _type(nested[0]) == "NodeParagraph":       # the item's own line, as a tight list shows it
            li.extend(list(_text(soup, nested[0], "p").contents))
            nested = nested[1:]
        if str(item.get("data-subtype", "")) == "t" or subtype == "t":
            li.insert(0, "[x] " if "protyle-task--done" in item.get("class", []) else "[ ] ")
        for node in _shown(soup, nested):
            li.append(node)
        holder.append(li)
    return holder


def _super_block(soup: BeautifulSoup, block: Tag) -> list[Tag]:
    """A super block shows its blocks in order; one laid out as columns (「data-sb-layout="col"」) whose
    every column opens with a line all in bold names each column by it, as tabs are (clean's tab
    panels: 「heading（label）」), so what follows the columns is the heading's part again."""
    inner = blocks_under(block, _is_block)
    columns = [_column(column) for column in inner] if block.get("data-sb-layout") == "col" else []
    if len(columns) < 2 or any(label is None for label in columns):
        return _shown(soup, inner)
    tabs = soup.new_tag("div", attrs={"role": "tablist"})
    panels: list[Tag] = []
    for column, label in zip(inner, columns):
        tab = soup.new_tag("div", attrs={"role": "tab"})
        tab.string = label or ""
        tabs.append(tab)
        panel = soup.new_tag("div", attrs={"role": "tabpanel"})
        for node in _shown(soup, blocks_under(column, _is_block)[1:]):
            panel.append(node)
        panels.append(panel)
    return [tabs, *panels]


def _column(column: Tag) -> str | None:
    """The bold line a column opens with (its name), None when it opens otherwise."""
    inner = blocks_under(column, _is_block) if _type(column) == "NodeSuperBlock" else []
    if len(inner) < 2 or _type(inner[0]) != "NodeParagraph":
        return None
    leaf = next((child for child in inner[0].children if isinstance(child, Tag) and child.has_attr("contenteditable")), None)
    if leaf is None:
        return None
    text = one_line(leaf)
    bold = "".join(one_line(strong) for strong in leaf.find_all("strong"))
    return text.rstrip("：:") if text and "".join(text.split()) == "".join(bold.split()) else None
