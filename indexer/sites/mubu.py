"""An outline exported from 幕布 (Mubu) as HTML, read as Mubu shows it.

Pure: no I/O. Mubu exports a document as its outline: the document's name in a div.title, then
one `ul.node-list` of `li.node`s, each node's text in a `div.content.mm-editor` (its bold,
colours and code as spans: `span.bold`, `span.codespan`, `span.text-color-red`), its note under
it in a `div.note.mm-editor`, and its children in a `div.children > ul` nested as deep as the
writer went; a 「本文档由 幕布文档 导出 · mubu.com」 line (div.publish) closes the page. There is not
one heading: the writer's sections are the nodes at the top of the tree. Read as a page, every
fragment was titled by the document's name, a section's name was only its first line, fragments
were cut by size across branches (「风险 3：…」 ended one, its children opened the next), numbered
nodes were no steps and a FAQ's questions with their answers in notes were one passage.

`mubu_outline` puts the outline in the page's place as an `<article>` under the document's name,
read as the Logseq reader reads a Logseq page (`render_logseq._section`), with the nesting in
place of Logseq's heading marks:

- a node with children heads a part one level under its parent's (a top node an H2), its note
  the part's first paragraph, its leaf children the part's paragraphs — unless it only leads a
  list: a node under the top whose children are all leaves and which ends on a colon
  (「推广员分两种：」) or whose children are a list of words (「护照」「签证」) is a paragraph over the
  list of its children, as Mubu draws it;
- a leaf is a paragraph (in a list, an item), its note the paragraph's next line — except a
  leaf that asks (「…吗？」) and has a note: the note answers it, and the node heads its answer;
- a run of nodes numbered 1, 2, 3 (「1. …」, 「2、…」) is an ordered list, each node a step with
  its children the step's details (a numbered node holding parts of its own still heads one);
- a node after a part's sub-parts is the part's again, so its heading is repeated over it (as
  `render_logseq` repeats it): the re-registration branch's last two nodes are no part of
  「情况 B」;
- the export's footer is no text.

Only a page Mubu wrote is read so: `ul.node-list` whose items hold Mubu's `div.content.mm-editor`
(mm-editor is Mubu's editor: no other page writes it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import site_reader

OUTLINE_DEPTH = 40          # nodes nested deeper are read at this depth, beside each other (no runaway recursion)
SHORT_LEAF = 12             # a leaf this short (characters), without a sentence's punctuation, is a word of a list
# 「1. 」「2、」「3）」 leading a node: its number in a numbered run (not 「1.5 GB」)
_NUMBER = re.compile(r"^\s*(\d{1,3})\s*(?:[.．](?!\d)|[、)）])\s*")
_ASKS = re.compile(r"[？?]\s*$")
_LEADS_LIST = re.compile(r"[：:]\s*$")
_SENTENCE = re.compile(r"[，。；！？,;!?]")
# Mubu's inline styles, as the walker reads them
_INLINE = {"bold": "b", "italic": "em", "codespan": "code", "strikethrough": "s", "underline": "u"}


@dataclass
class _Node:
    """One outline node: its text (div.content), its note (div.note) and the nodes under it;
    `label` is its text as written (read once: the rules below ask it again and again)."""
    content: Tag | None
    note: Tag | None
    children: list[_Node] = field(default_factory=list)
    label: str = ""

    def text(self) -> str:
        return self.label


def _node(item: Tag) -> _Node:
    content = _own(item, "content")
    return _Node(content, _own(item, "note"), label=content.get_text(" ", strip=True) if content is not None else "")


@site_reader({"mm-editor", "node-list"}, gather_marks=True)
def mubu_outline(soup: BeautifulSoup) -> None:
    """Put a Mubu export's outline in its page's place as an `<article>` under its title (see the
    module's docstring). `marks` are the page's (html_text.page_marks): a page without Mubu's
    mm-editor and node-list is no export."""
    outline = next((ul for ul in soup.find_all("ul", class_="node-list") if _is_outline(ul)), None)
    if outline is None:
        return
    nodes = _nodes(outline, 0)
    article = soup.new_tag("article")
    title = soup.find("div", class_="title")
    if title is not None and title.get_text(strip=True) and outline in title.find_all_next("ul"):
        heading = soup.new_tag("h1")
        heading.extend(list(title.contents))
        article.append(heading)
        title.decompose()
    article.extend(_section(soup, nodes, 0, None))
    for footer in soup.find_all("div", class_="publish"):
        if _is_export_mark(footer):
            footer.decompose()
    outline.replace_with(article)


def _is_outline(ul: Tag) -> bool:
    """Mubu's outline: its items hold Mubu's node text (div.content.mm-editor)."""
    items = ul.find_all("li", recursive=False)
    return bool(items) and all(_own(item, "content") is not None for item in items) \
        and any("mm-editor" in (_own(item, "content").get("class") or ()) for item in items)


def _is_export_mark(footer: Tag) -> bool:
    """「本文档由 幕布文档 导出 · mubu.com」: the export's mark, no text of the document."""
    return "幕布" in footer.get_text() or any("mubu.com" in str(a.get("href", "")) for a in footer.find_all("a"))


def _own(item: Tag, name: str) -> Tag | None:
    """The item's own div of a class (content, note, children), not a nested node's."""
    return next((child for child in item.find_all(True, recursive=False) if name in (child.get("class") or ())), None)


def _nodes(ul: Tag, depth: int) -> list[_Node]:
    """The nodes of a list, nested (read flat below `OUTLINE_DEPTH`)."""
    nodes: list[_Node] = []
    for item in ul.find_all("li", recursive=False):
        node = _node(item)
        nodes.append(node)
        holder = _own(item, "children")
        lists = [] if holder is None else [holder] if holder.name in ("ul", "ol") \
            else holder.find_all(["ul", "ol"], recursive=False)
        for sub in lists:
            if depth + 1 < OUTLINE_DEPTH:
                node.children += _nodes(sub, depth + 1)
            else:
                node.children += [_node(li) for li in sub.find_all("li")]
    return nodes


def _heads(node: _Node, depth: int) -> bool:
    """Whether a node heads a part: it has children (but only leads a list, see the module's
    docstring), or it asks and its note answers it."""
    if not node.text():
        return False            # nothing to title a part with: its children are read where it stands
    if not node.children:
        return node.note is not None and bool(_ASKS.search(node.text())) and bool(_note_text(node))
    if depth == 0 or any(child.children for child in node.children):
        return True
    return not (_LEADS_LIST.search(node.text()) or _words(node.children))


def _words(nodes: list[_Node]) -> bool:
    """A list of words (「护照」「签证」「入境卡」): two leaves at least, each short and no sentence."""
    return len(nodes) >= 2 and all(len(text := node.text()) <= SHORT_LEAF and not _SENTENCE.search(text)
                                   and node.note is None for node in nodes)


def _note_text(node: _Node) -> str:
    return node.note.get_text(strip=True) if node.note is not None else ""


def _number(node: _Node) -> int:
    match = _NUMBER.match(node.text())
    return int(match.group(1)) if match else 0


def _numbered_run(nodes: list[_Node], start: int) -> int:
    """The end of a run of nodes numbered one after the other from `start` (two at least), else
    `start`. A numbered node holding parts of its own heads a part and ends the run."""
    end = start
    while end < len(nodes) and _number(nodes[end]) and not any(child.children for child in nodes[end].children) \
            and (end == start or _number(nodes[end]) == _number(nodes[end - 1]) + 1):
        end += 1
    return end if end - start >= 2 else start


def _section(soup: BeautifulSoup, nodes: list[_Node], depth: int, heading: Tag | None) -> list[Tag]:
    """Nodes as a part shows them: a node heading a part titles it and its children are the part;
    a numbered run is an ordered list; any other node is a paragraph over its children's list.
    After a sub-part, the part's `heading` is repeated over the nodes that are its own again."""
    out: list[Tag] = []
    under = False           # the last node headed a sub-part: what follows is in it unless headed again
    i = 0
    while i < len(nodes):
        end = _numbered_run(nodes, i)
        node = nodes[i]
        if end == i and _heads(node, depth):
            title = soup.new_tag(f"h{min(depth + 2, 6)}")
            title.extend(_inline(soup, node.content))
            out.append(title)
            if _note_text(node):
                out.append(_paragraph(soup, None, node.note))
            out += _section(soup, node.children, depth + 1, title)
            under = True
            i += 1
            continue
        if under and heading is not None:
            out.append(_copy(soup, heading))
            under = False
        if end > i:
            out.append(_list(soup, nodes[i:end]))
            i = end
            continue
        out.append(_paragraph(soup, node.content, node.note))
        if node.children:
            out.append(_list(soup, node.children))
        i += 1
    return out


def _list(soup: BeautifulSoup, nodes: list[_Node]) -> Tag:
    """Nodes as the items of a list, nested under their nodes: a numbered run an ordered list
    without the typed numbers (a list of bullets before or after it holds the others)."""
    runs: list[tuple[str, list[_Node]]] = []
    i = 0
    while i < len(nodes):
        end = _numbered_run(nodes, i)
        if end > i:
            runs.append(("ol", nodes[i:end]))
            i = end
        else:
            if not runs or runs[-1][0] != "ul":
                runs.append(("ul", []))
            runs[-1][1].append(nodes[i])
            i += 1
    lists: list[Tag] = []
    for kind, run in runs:
        tag = soup.new_tag(kind)
        if kind == "ol" and _number(run[0]) != 1:
            tag["start"] = str(_number(run[0]))
        for node in run:
            item = soup.new_tag("li")
            item.extend(_inline(soup, node.content, numbered=kind == "ol"))
            _add_note(soup, item, node.note)
            if node.children:
                item.append(_list(soup, node.children))
            tag.append(item)
        lists.append(tag)
    if len(lists) == 1:
        return lists[0]
    holder = soup.new_tag("div")
    holder.extend(lists)
    return holder


def _paragraph(soup: BeautifulSoup, content: Tag | None, note: Tag | None) -> Tag:
    """A node's paragraph: its text, its note the next line."""
    paragraph = soup.new_tag("p")
    paragraph.extend(_inline(soup, content))
    _add_note(soup, paragraph, note)
    return paragraph


def _add_note(soup: BeautifulSoup, tag: Tag, note: Tag | None) -> None:
    """A node's note is the node's own: its lines follow the node's text in the same block."""
    if note is None or not note.get_text(strip=True):
        return
    if tag.get_text(strip=True):
        tag.append(soup.new_tag("br"))
    tag.extend(_inline(soup, note))


def _inline(soup: BeautifulSoup, content: Tag | None, numbered: bool = False) -> list:
    """A node's text as its inline nodes, Mubu's styles as the walker reads them (span.bold a
    <b>, span.codespan a <code>), a note's lines broken where Mubu breaks them (pre-wrap), and
    a step's typed number gone when it is an ordered list's item."""
    if content is None:
        return []
    for span in content.find_all("span"):
        tag = next((_INLINE[c] for c in span.get("class") or () if c in _INLINE), None)
        if tag is not None:
            span.name = tag
    for string in list(content.find_all(string=True)):
        if "\n" in string.strip() and string.find_parent("code") is None:
            lines = string.strip().split("\n")
            pieces: list = []
            for k, line in enumerate(lines):
                pieces += [soup.new_tag("br")] if k else []
                pieces.append(NavigableString(line))
            string.replace_with(*pieces)
    if numbered:
        _strip_number(content)
    return list(content.contents)


def _strip_number(content: Tag) -> None:
    """Remove a step's typed number (「1. 」) from the start of its text, whatever spans it runs over."""
    match = _NUMBER.match(content.get_text())
    left = match.end() if match else 0
    for string in list(content.find_all(string=True)):
        if left <= 0:
            break
        cut = min(left, len(string))
        left -= cut
        string.replace_with(NavigableString(string[cut:]))


def _copy(soup: BeautifulSoup, heading: Tag) -> Tag:
    copy = soup.new_tag(heading.name)
    copy.append(heading.get_text())
    return copy
