"""A Logseq page as Logseq writes it (a graph's `pages/*.md`), rewritten into the ordinary
Markdown `render` reads.

Pure: no I/O. Logseq writes a whole page as an outline: every block a `- ` bullet nested with
tabs (or spaces), its further lines indented two spaces under it, page properties
(`title:: …`, `alias:: …`, `tags:: …`) on the page's first lines and block properties
(`collapsed:: true`, `id:: …`, `logseq.order-list-type:: number`) under a block's text. Read as
Markdown, the page was one nested list: its `- ## …` headings were list items (text, never a
section's title), its `- 1. …` bullets lists markdown-it dropped, its properties text glued to
the line above, its tables cells a line each; the `title::` it is shown under was lost. Logseq
shows the page otherwise, and so it is written out as Logseq shows it (`logseq_page`):

- `title::` titles the page; the other page properties are the graph's filing and go
  (`page_properties`);
- a `- ## …` bullet (or one with `heading:: …`) is a heading, the blocks under it its section's
  paragraphs, their children lists; numbered bullets (`- 1. …`) and blocks marked
  `logseq.order-list-type:: number` are an ordered list;
- block properties go; a block reference `((uuid))` shows the referenced block's text, as Logseq
  shows it inline; task markers (TODO, DONE, …) and their priority, schedules and logbooks go,
  the task's text stays; macros (`{{query …}}`, `{{embed …}}`) show nothing of the page
  itself, a cloze its text;
- tags that file a block, leading or closing it (「#提示 …」, a line of tags), go; a tag inside a
  sentence reads as its word (`tags`); `[[page links]]` are left for `render_markup.note_markup`,
  which reads them as links showing their text, as Obsidian's are.

No library reads Logseq's Markdown (its own parser, mldoc, is OCaml compiled to JavaScript; the
few Python packages for it are single-author tools for its HTTP API or graph folders), and the
outline is Markdown lists, so markdown-it still reads what is written here.

Only a page Logseq wrote is read so (`is_logseq`): an outline of bullets from its first block
to its last, with page properties on top or block properties under a block; an ordinary
Markdown list has neither, and any other page is left as it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# 「key:: value」: a page's or a block's property (an empty value too: 「tags::」)
_PROPERTY = re.compile(r"^(?P<key>[A-Za-z][\w.-]*)::(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_BULLET = re.compile(r"^(?P<margin>[ \t]*)-(?:[ \t]+(?P<content>.*?)|)[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<text>.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)][ \t]+")
# task markers and a priority leading a block: 「TODO 核对…」, 「DONE [#A] …」
_MARKER = re.compile(r"^(?:(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)[ \t]+)?"
                     r"(?:\[#[A-C]\][ \t]+)?")
_SCHEDULE = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE):[ \t]*<[^>\n]*>[ \t]*$")
_DRAWER_OPEN = re.compile(r"^[ \t]*:(?:LOGBOOK|PROPERTIES):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$")
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_BLOCK_REF = re.compile(rf"\(\(({_UUID})\)\)")
_LABELLED_REF = re.compile(rf"\[([^\]\n]+)\]\(\(\(({_UUID})\)\)\)")            # [文字](((uuid)))
_LABELLED_PAGE = re.compile(r"\[([^\]\n]+)\]\(\[\[([^\]\n]+)\]\]\)")             # [文字]([[page]])
_MACRO = re.compile(r"\{\{[ \t]*(?P<name>[\w-]+)(?P<args>[^{}\n]*)\}\}")
_HIGHLIGHT = re.compile(r"\^\^(?=\S)([^^\n]+?)(?<=\S)\^\^")
# a tag: 「#提示」, 「#[[SIM 卡]]」; after a space or the line's start, never inside a code (「*114#」,
# 「#21#」: a tag ends at a space or punctuation, not at another #)
_TAG = re.compile(r"(?<!\S)#(?:\[\[(?P<page>[^\]\n]+)\]\]"
                  r"|(?P<word>[^\s#\[\](){}（），。、；：！？,.;:!?\"'“”「」]+)(?![#\w]))")
_CODE_SPAN = re.compile(r"(`+).*?\1")
ORDER_LIST = "logseq.order-list-type"
OUTLINE_DEPTH = 40      # blocks nested deeper are read at this depth, beside each other (no runaway recursion)
# the block properties Logseq itself writes (the writer's own keys say nothing of who wrote the page)
_LOGSEQ_KEYS = frozenset({"id", "collapsed", "heading", "background-color", "template", "template-including-parent",
                          "query-table", "query-properties", "query-sort-by", "query-sort-desc", "ls-type", "hl-type",
                          "hl-page", "hl-color", "created-at", "updated-at"})


@dataclass
class _Block:
    """One bullet: its lines (the first after `- `, the others without the indentation Logseq
    adds), its properties and the blocks nested under it."""
    width: int
    lines: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    children: list[_Block] = field(default_factory=list)


def _width(margin: str) -> int:
    return sum(4 if c == "\t" else 1 for c in margin)


def page_properties(lines: list[str]) -> tuple[dict[str, str], int]:
    """The page properties on a page's first lines and where its outline starts.

    >>> page_properties(["title:: 换卡", "tags:: [[SIM 卡]]", "", "- 正文"])
    ({'title': '换卡', 'tags': '[[SIM 卡]]'}, 3)
    """
    properties: dict[str, str] = {}
    i = 0
    while i < len(lines) and (not lines[i].strip() or (match := _PROPERTY.match(lines[i]))):
        if lines[i].strip():
            properties[match.group("key").lower()] = (match.group("value") or "").strip()
        i += 1
    return properties, i


def _outline(lines: list[str]) -> list[_Block] | None:
    """The blocks of an outline, nested; None when a line is neither a bullet nor indented under
    one (an ordinary page: a paragraph, a heading, a list's lazy line)."""
    root = _Block(-1)
    stack = [root]
    fence: str | None = None
    drawer = False
    for line in lines:
        last = stack[-1]
        bullet = None if fence else _BULLET.match(line)
        if bullet:
            width = _width(bullet.group("margin"))
            while stack[-1].width >= width or len(stack) > OUTLINE_DEPTH:
                stack.pop()
            block = _Block(width)
            stack[-1].children.append(block)
            stack.append(block)
            content = bullet.group("content") or ""
            property_line = _PROPERTY.match(content)
            if property_line:       # a block holding only properties (「- collapsed:: true」)
                block.properties[property_line.group("key").lower()] = (property_line.group("value") or "").strip()
            else:
                block.lines.append(content)
            opener = _FENCE.match(content)
            fence = opener.group(1) if opener else None
            continue
        if not line.strip():
            if last is not root:
                last.lines.append("")
            continue
        if last is root or not line[:1].isspace():
            return None             # a line of its own: no outline
        text = _dedent(line, last.width)
        opener = _FENCE.match(text)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            last.lines.append(text)
            continue
        if opener:
            fence = opener.group(1)
            last.lines.append(text)
        elif drawer or _DRAWER_OPEN.match(text):
            drawer = not _DRAWER_END.match(text)
        elif (property_line := _PROPERTY.match(text.strip())) is not None:
            last.properties[property_line.group("key").lower()] = (property_line.group("value") or "").strip()
        elif not _SCHEDULE.match(text):
            last.lines.append(text)
    return root.children


def _dedent(line: str, width: int) -> str:
    """A block's further line without the indentation Logseq puts before it: its bullet's margin
    and two spaces."""
    i = 0
    while i < len(line) and line[i] in " \t" and _width(line[:i + 1]) <= width + 2:
        i += 1
    return line[i:]


def _all_blocks(blocks: list[_Block]):
    for block in blocks:
        yield block
        yield from _all_blocks(block.children)


def is_logseq(markdown: str) -> bool:
    """Whether a page is one Logseq wrote (see `logseq_page`)."""
    return logseq_page(markdown) is not None


def logseq_page(markdown: str) -> tuple[str, str] | None:
    """The Markdown a Logseq page shows, and its title (its `title::`, else ""); None for a page
    Logseq did not write.

    A page is Logseq's when it is an outline of bullets from its first block to its last and
    carries Logseq's properties: page properties on its first lines, or a block property Logseq
    writes (`collapsed::`, `id::`, `heading::`, `logseq.order-list-type::`). An ordinary
    Markdown list has neither.

    >>> block = "64f1c2a0-5b7e-4d21-9a3c-1e0f2b7d8a11"
    >>> text, title = logseq_page(f"title:: 换卡\\n\\n- ## 费用\\n\\t- 免费。\\n\\t  id:: {block}\\n- 见 (({block})) #提示")
    >>> title, text
    ('换卡', '## 费用\\n\\n免费。\\n\\n见 免费。\\n')
    >>> logseq_page("- 一\\n- 二\\n\\t- 三\\n"), logseq_page("正文\\n\\n- a\\n  collapsed:: true\\n")
    (None, None)
    """
    if "- " not in markdown and "-\t" not in markdown:
        return None
    lines = markdown.split("\n")
    properties, start = page_properties(lines)
    if not any(line.strip() for line in lines[start:]):
        return None
    blocks = _outline(lines[start:])
    if not blocks:
        return None
    if not properties and blocks[0].properties and not any(line.strip() for line in blocks[0].lines) \
            and not blocks[0].children and "title" in blocks[0].properties:
        properties = blocks.pop(0).properties
    if not properties and not any(key in _LOGSEQ_KEYS or key.startswith("logseq.")
                                  for block in _all_blocks(blocks) for key in block.properties):
        return None
    references = {block.properties["id"].lower(): _reference_text(block)
                  for block in _all_blocks(blocks) if block.properties.get("id")}
    out = _section(blocks, references)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return text + "\n", " ".join(properties.get("title", "").split())


def _reference_text(block: _Block) -> str:
    """What a reference to a block shows: the block's first line, as Logseq shows it inline."""
    first = next((line for line in block.lines if line.strip()), "")
    heading = _HEADING.match(first)
    return _inline(heading.group("text") if heading else first, {}, first=True, last=True)


def tags(text: str, first: bool, last: bool, pattern: re.Pattern[str] = _TAG) -> str:
    """A block's text without the tags that file it and with the words of those in its sentences.

    Tags leading a block's first line (「#提示 …」, 「#注意 …」: a label Logseq draws as a link
    to the tag's page) or closing its last one (a line of tags at the end of a page) file the
    block: they say what it is about, as a page's `tags::` do, and match questions without
    answering any. A tag inside a sentence (「在 #Kcell 营业厅」) is a word of it.

    `pattern` finds the tags (its group `word`, or `page` for 「#[[…]]」): Logseq's by default;
    SiYuan closes its tags (「#私人DNS#」) and files notes with them the same way.

    >>> tags("#提示 在 #Kcell 或 #[[Tele2 Altel]] 营业厅，拨 *114# 或 #21# #卡套 #剪卡", True, True)
    '在 Kcell 或 Tele2 Altel 营业厅，拨 *114# 或 #21#'
    """
    if "#" not in text:
        return text
    found = [m for m in pattern.finditer(text) if not (m.group("word") or "x").isdigit()]
    if not found:
        return text
    drop: set[int] = set()
    if first:
        end = len(text) - len(text.lstrip())
        for match in found:
            if match.start() != end:
                break
            drop.add(match.start())
            end = match.end() + len(text[match.end():]) - len(text[match.end():].lstrip())
    if last:
        start = len(text.rstrip())
        for match in reversed(found):
            if match.end() != start:
                break
            drop.add(match.start())
            start = len(text[:match.start()].rstrip())
    pieces, position = [], 0
    for match in found:
        pieces.append(text[position:match.start()])
        if match.start() not in drop:
            pieces.append(match.groupdict().get("page") or match.group("word"))
        position = match.end()
    pieces.append(text[position:])
    return re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip()


def _macro(match: re.Match[str]) -> str:
    """A macro shows nothing of the page (a query's results, an embedded page or block, a video),
    except a cloze, which shows its text."""
    return match.group("args").strip() if match.group("name").lower() == "cloze" else ""


def _inline(text: str, references: dict[str, str], first: bool, last: bool) -> str:
    """One line of a block as Logseq shows it, outside code spans: references as their block's
    text, no macros, no task marker, tags read (`tags`), highlights as their text."""
    if first:
        text = _MARKER.sub("", text, count=1)
    pieces, position = [], 0
    spans = list(_CODE_SPAN.finditer(text)) if "`" in text else []
    for span in [*spans, None]:
        end = span.start() if span else len(text)
        piece = text[position:end]
        piece = _LABELLED_REF.sub(r"\1", piece)
        piece = _LABELLED_PAGE.sub(lambda m: f"[[{m.group(2)}|{m.group(1)}]]", piece)
        piece = _BLOCK_REF.sub(lambda m: references.get(m.group(1).lower(), ""), piece)
        piece = _HIGHLIGHT.sub(r"\1", _MACRO.sub(_macro, piece))
        pieces.append(piece)
        if span:
            pieces.append(span.group(0))
            position = span.end()
    joined = "".join(pieces)
    return tags(joined, first, last).rstrip() if "#" in joined else joined.rstrip()


def _content(block: _Block, references: dict[str, str]) -> list[str]:
    """A block's lines as Logseq shows them (see `_inline`); code keeps its text as written."""
    out: list[str] = []
    fence: str | None = None
    lines = block.lines
    for i, line in enumerate(lines):
        opener = _FENCE.match(line)
        if fence is not None or opener:
            if fence is None:
                fence = opener.group(1)
            elif opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            out.append(line)
            continue
        out.append(_inline(line, references, first=i == 0, last=i == len(lines) - 1))
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return out


def _heading_level(block: _Block) -> int:
    """The level of a heading block: 「- ## …」, or the `heading::` property (`true`: a section)."""
    first = block.lines[0] if block.lines else ""
    match = _HEADING.match(first)
    if match:
        return len(match.group("marks"))
    level = block.properties.get("heading", "")
    return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2 if level == "true" else 0


def _numbered(block: _Block) -> bool:
    return block.properties.get(ORDER_LIST) == "number" or bool(block.lines and _NUMBERED.match(block.lines[0]))


def _without_number(lines: list[str]) -> list[str]:
    return [_NUMBERED.sub("", lines[0], count=1), *lines[1:]] if lines else lines


def _section(blocks: list[_Block], references: dict[str, str], heading: str = "") -> list[str]:
    """Blocks as a section shows them: a heading block titles the section its children are, a
    numbered run is an ordered list, any other block is a paragraph over its children's list.

    A block after a sub-heading's children is the section's again, as Logseq shows it (a note
    under 「## 换卡」 after 「### 办理步骤」): its `heading` is repeated over it, as the heading over
    content tabs is, so it is no part of the last sub-section.
    """
    out: list[str] = []
    under = False                   # the last block was a sub-heading: what follows is in its section
    i = 0
    while i < len(blocks):
        block = blocks[i]
        level = _heading_level(block)
        if level:
            lines = _content(block, references)
            title = " ".join(_HEADING.sub(r"\g<text>", lines[0]).split()) if lines else ""
            line = f"{'#' * level} {title}" if title else ""
            if line:
                out += [line, ""]
            if lines[1:]:
                out += [*lines[1:], ""]
            out += _section(block.children, references, line)
            under = under or bool(line)
            i += 1
            continue
        if under and heading:
            out += [heading, ""]
            under = False
        if _numbered(block):
            run = i
            while i < len(blocks) and _numbered(blocks[i]) and not _heading_level(blocks[i]):
                i += 1
            out += _list(blocks[run:i], "", references) + [""]
            continue
        out += [*_content(block, references), ""]
        if any(_heading_level(child) for child in block.children):
            out += _section(block.children, references, heading)
        elif block.children:
            out += _list(block.children, "", references) + [""]
        i += 1
    return out


def _list(blocks: list[_Block], margin: str, references: dict[str, str]) -> list[str]:
    """Blocks as the items of a list nested `margin` deep: numbered runs numbered 1, 2, 3 (an
    ordered list markdown-it starts wherever it stands), the others bullets."""
    out: list[str] = []
    number = 0
    for block in blocks:
        number = number + 1 if _numbered(block) else 0
        marker = f"{number}. " if number else "- "
        lines = _content(block, references)
        if _heading_level(block) and lines:
            lines[0] = _HEADING.sub(r"\g<text>", lines[0])
        if number:
            lines = _without_number(lines)
        if not lines and not block.children:
            number -= 1 if number else 0
            continue
        inner = margin + " " * len(marker)
        out.append(margin + marker + (lines[0] if lines else ""))
        out += [inner + line if line.strip() else "" for line in lines[1:]]
        out += _list(block.children, inner, references)
    return out
