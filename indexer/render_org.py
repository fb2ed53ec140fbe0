"""Read a `.txt` that is an Emacs Org-mode file (Org's own `.org`, saved as text) into the Markdown
`render` renders, as Org's HTML export shows it.

Read as plain text, nothing of Org was read: `#+TITLE` titled nothing, its keyword lines were one
line of text, 「* 」 lines were no headings (glued to their text, 「** 」 keeping their stars), drawers,
TODO keywords, tags and CLOSED: lines were text, block markers stayed and a code block's lines ran
into one, a table was raw pipes and 「[[url][text]]」 links and 「[fn:1]」 showed as typed.

orgparse reads the outline: each heading's level and title without its TODO keyword, priority and
tags, its planning line and property drawer apart from its body, the file's keywords (`#+TITLE`, the
TODO keywords `#+TODO` declares). The body orgparse leaves as typed; `_Body` turns it into Markdown:
lists (checkboxes as items), tables (a rule under the first row makes it the header), quote, example
and source blocks (Org's 「,*」 escapes undone), drawers, planning, comment and keyword lines dropped,
footnote definitions gathered as Markdown footnotes (render's 注释 part). Inline markup
(`*bold*`, `/italic/`, `=code=`, `~verbatim~`, links, footnote references) is read by Org's rules
for where a marker may open and close, widened to Chinese text (Org wants a space or ASCII
punctuation there, which Chinese does not put); text between is escaped, so nothing of the writer's
is read as Markdown.

Detected strictly (`is_org`): plain text never starts with Org's keyword lines, nor holds its blocks
or drawers under 「* 」 lines.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

# keywords Org files open with (org-mode's export and buffer settings)
_HEADER_KEYWORD = re.compile(
    r"#\+(?:TITLE|SUBTITLE|AUTHOR|EMAIL|DATE|LANGUAGE|OPTIONS|STARTUP|TODO|SEQ_TODO|TYP_TODO|FILETAGS|TAGS"
    r"|KEYWORDS|DESCRIPTION|SETUPFILE|PROPERTY|CATEGORY|CREATOR|PRIORITIES|COLUMNS|LINK|MACRO|ARCHIVE"
    r"|EXCLUDE_TAGS|SELECT_TAGS|EXPORT_FILE_NAME|INFOJS_OPT|HTML_[A-Z_]+|LATEX_[A-Z_]+):", re.IGNORECASE)
_MODE_LINE = re.compile(r"-\*-.*\bmode:[ \t]*org\b.*-\*-|-\*-[ \t]*org[ \t]*-\*-", re.IGNORECASE)
_HEADING = re.compile(r"^\*+[ \t]+\S", re.MULTILINE)
_BLOCK_BEGIN = re.compile(r"^[ \t]*#\+begin_(?:src|example|quote|verse|center|comment|export)\b", re.IGNORECASE | re.MULTILINE)
_BLOCK_CLOSE = re.compile(r"^[ \t]*#\+end_(?:src|example|quote|verse|center|comment|export)\b", re.IGNORECASE | re.MULTILINE)
_DRAWER_OPEN = re.compile(r"^[ \t]*:(?:PROPERTIES|LOGBOOK):[ \t]*$", re.MULTILINE)
_DRAWER_CLOSE = re.compile(r"^[ \t]*:END:[ \t]*$", re.MULTILINE)

ORG_MAX_CHARS = 500_000         # longer files are read as plain text
LIST_DEPTH = 8                  # lists in lists read as such; deeper items are the deepest's siblings (markdown-it
                                # drops what lies past its nesting limit, and takes long on each level)


def is_org(text: str) -> bool:
    """Tell whether a plain-text article is an Org file: it opens with Org's keyword lines (two, or one
    over 「* 」 headings) or Emacs's 「-*- mode: org -*-」 line, or its 「* 」 headings hold Org's blocks
    (「#+BEGIN_SRC … #+END_SRC」) or drawers (「:PROPERTIES: … :END:」).

    A 「* 」 or 「** 」 line alone is plain text's too (a bullet, a mailing list's heading).

    >>> is_org("#+TITLE: 邀请好友\\n\\n* 活动是什么\\n老用户…\\n")
    True
    >>> is_org("* 只离开 3 个月：什么都不用做\\n** 本期目录\\n")
    False
    >>> is_org("* 开通\\n#+BEGIN_SRC text\\n,*167#\\n#+END_SRC\\n")
    True
    """
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()[:200]]
    opening = [line for line in lines if line and not (line.startswith("#") and not line.startswith("#+"))]
    header = 0
    for line in opening:
        if not _HEADER_KEYWORD.match(line):
            break
        header += 1
    headed = _HEADING.search(text) is not None
    if header >= 2 or header and headed or any(_MODE_LINE.search(line) for line in lines[:2] if line):
        return True
    return headed and any(begin.search(text) and end.search(text)
                          for begin, end in ((_BLOCK_BEGIN, _BLOCK_CLOSE), (_DRAWER_OPEN, _DRAWER_CLOSE)))


def org_markdown(text: str) -> tuple[str, str] | None:
    """Return an Org file as Markdown and its #+TITLE ("" without one), or None to leave it to the
    plain-text reading (orgparse failing on it, or a file too long)."""
    if len(text) > ORG_MAX_CHARS:
        return None
    try:
        import orgparse         # only the indexer reads Org files

        root = orgparse.loads(text.lstrip("\ufeff"))
        return _document(root)
    except Exception:           # orgparse on hostile input: plain text
        log.debug("Org file read as plain text: orgparse failed", exc_info=True)
        return None


# Org's default name of the section holding footnote definitions (org-footnote-section)
FOOTNOTE_SECTION = "Footnotes"
_REFERENCE = re.compile(r"(?<!\\)\[\^(fn\d+)\]")      # a reference `_markup` wrote (the writer's brackets are escaped)
_COOKIE = re.compile(r"[ \t]*\[(?:\d*/\d*|\d*%)\][ \t]*")       # a statistics cookie 「[1/3]」「[33%]」


def _document(root: Any) -> tuple[str, str]:
    """The Markdown of the whole outline: the text before the first heading, then each heading one level
    below the title (「* 」 an H2) over its body, then the footnotes."""
    body = _Body()
    out = [body.convert(root.get_body(format="raw"))]
    skipped: int | None = None          # the level of a subtree Org does not export
    for node in root[1:]:
        if skipped is not None and node.level > skipped:
            continue
        skipped = None
        heading = node.heading
        if heading.startswith("COMMENT") and heading[7:8] in ("", " ") or "noexport" in node.shallow_tags:
            skipped = node.level
            continue
        text = body.convert(node.get_body(format="raw"))
        if heading == FOOTNOTE_SECTION and not text.strip() and not node.children:
            continue                    # its definitions are gathered with the others
        title = body.inline(_COOKIE.sub(" ", heading).strip())
        if title:
            out.append(f"{'#' * min(node.level + 1, 6)} {title}")
        out.append(text)
    out.append(body.footnotes())
    defined = {mark for mark, _ in body.definitions}
    markdown = _REFERENCE.sub(lambda m: m.group(0) if m.group(1) in defined else "", "\n\n".join(p for p in out if p.strip()))
    title = " ".join(_plain(t) for t in root.get_file_property_list("TITLE") if t)
    return markdown + "\n", " ".join(title.split())


# --- the body: blocks -------------------------------------------------------------------------------

_BLANK = re.compile(r"^[ \t]*$")
_BEGIN = re.compile(r"^[ \t]*#\+begin_(\w+)\b(.*)$", re.IGNORECASE)
_END = re.compile(r"^[ \t]*#\+end_(\w+)\b", re.IGNORECASE)
_DYNAMIC_BEGIN = re.compile(r"^[ \t]*#\+begin:", re.IGNORECASE)
_DYNAMIC_END = re.compile(r"^[ \t]*#\+end:", re.IGNORECASE)
_CAPTION = re.compile(r"^[ \t]*#\+caption:[ \t]*(.*)$", re.IGNORECASE)
_KEYWORD = re.compile(r"^[ \t]*#\+\S*")               # any other keyword line: settings, names, attributes
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_DRAWER = re.compile(r"^[ \t]*:([\w-]+):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.IGNORECASE)
_PLANNING = re.compile(r"^[ \t]*(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[<\[][^>\]]*[>\]][ \t]*)+$")
_CLOCK = re.compile(r"^[ \t]*CLOCK:[ \t]*\[")
_FIXED = re.compile(r"^[ \t]*:(?:[ \t](.*))?$")          # a fixed-width line 「: 输出」
_RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
_TABLE = re.compile(r"^[ \t]*\|")
_TABLE_RULE = re.compile(r"^[ \t]*\|-")
_FOOTNOTE_DEF = re.compile(r"^\[fn:([^\]\s:]+)\][ \t]*(.*)$")
# a list item: its indentation, its bullet (「-」「+」, 「*」 only indented, 「1.」「1)」), a counter 「[@3]」, a checkbox
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-+]|(?<=[ \t])\*|\d+[.)])(?:[ \t]+|$)"
                   r"(?:\[@\d+\][ \t]*)?(?:\[[ Xx-]\](?:[ \t]+|$))?(?P<text>.*)$")
_DESCRIPTION = re.compile(r"^(?P<term>.*?\S)[ \t]+::(?:[ \t]+(?P<text>.*)|[ \t]*)$")
_COMMA = re.compile(r"^([ \t]*),(?=,*(?:\*|#\+))")        # Org's escape of a code line that looks like Org


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


@dataclass
class _Item:
    org: int            # the column of its bullet in the Org text
    content: str        # the indentation of its content in the Markdown


class _Ends:
    """Where the blocks, drawers and dynamic blocks of a body end, found in one pass: looking for
    the end of each opening line anew would take time quadratic in unclosed ones."""

    def __init__(self, lines: list[str]) -> None:
        self.ends: dict[str, list[int]] = {}
        for j, line in enumerate(lines):
            if end := _END.match(line):
                self.ends.setdefault(end.group(1).lower(), []).append(j)
            elif _DRAWER_END.match(line):
                self.ends.setdefault("drawer", []).append(j)
            elif _DYNAMIC_END.match(line):
                self.ends.setdefault("dynamic", []).append(j)

    def next(self, kind: str, start: int) -> int | None:
        found = self.ends.get(kind, [])
        k = bisect_left(found, start)
        return found[k] if k < len(found) else None

    def block(self, name: str, start: int) -> int | None:
        return self.next(name.lower(), start) if name.lower() not in ("drawer", "dynamic") else None


@dataclass
class _Body:
    """Turns an Org body into Markdown, gathering its footnote definitions for the end of the page."""
    notes: dict[str, str] = field(default_factory=dict)        # label: its Markdown label
    definitions: list[tuple[str, str]] = field(default_factory=list)

    def convert(self, text: str) -> str:
        return "\n".join(self._blocks(text.split("\n")))

    def _blocks(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        items: list[_Item] = []
        paragraph: list[str] = []
        lead = rest = ""            # the Markdown before a paragraph's first line and its other lines
        blanks = 0

        def flush() -> None:
            nonlocal paragraph
            if paragraph:
                converted = self.inline("\n".join(paragraph)).split("\n")
                out.append(lead + converted[0])
                out.extend(rest + line for line in converted[1:])
            paragraph = []

        def gap() -> None:
            if out and out[-1] != "":
                out.append("")

        def inside(column: int) -> str:
            """The Markdown indentation of what stands at a column: inside the last item whose bullet
            is left of it, or after the list (a blank line ends it, so it runs into no item)."""
            while items and items[-1].org >= column:
                items.pop()
                if not items:
                    out.append("")
            return items[-1].content if items else ""

        ends = _Ends(lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            if _BLANK.match(line):
                flush()
                blanks += 1
                if blanks == 2 and items:           # two blank lines end a list
                    items.clear()
                gap()
                continue
            blanks = 0
            column = _indent(line)
            if (begin := _BEGIN.match(line)) and (end := ends.block(begin.group(1), i)) is not None:
                flush()
                prefix = inside(column)
                gap()
                out.extend(prefix + row if row else "" for row in self._block(begin.group(1).lower(), lines[i:end]))
                out.append("")
                i = end + 1
                continue
            if _DYNAMIC_BEGIN.match(line):          # a clock table, a column view: generated, not written
                flush()
                end = ends.next("dynamic", i)
                i = i if end is None else end + 1
                continue
            if _DRAWER.match(line) and not _DRAWER_END.match(line):
                end = ends.next("drawer", i)
                if end is not None:                 # a property drawer, a logbook: data, not text
                    flush()
                    i = end + 1
                    continue
            if caption := _CAPTION.match(line):
                flush()
                lead = rest = inside(column)
                paragraph = [caption.group(1)]
                flush()
                out.append("")
                continue
            if _KEYWORD.match(line) or _COMMENT.match(line) or _PLANNING.match(line) or _CLOCK.match(line) \
                    or _DRAWER_END.match(line):
                flush()
                continue
            if column == 0 and (note := _FOOTNOTE_DEF.match(line)):
                flush()
                items.clear()
                end = i
                while end < len(lines) and not _FOOTNOTE_DEF.match(lines[end]) \
                        and not (_BLANK.match(lines[end]) and end + 1 < len(lines) and _BLANK.match(lines[end + 1])):
                    end += 1
                self._define(note.group(1), [note.group(2), *lines[i:end]])
                i = end
                continue
            if _TABLE.match(line):
                flush()
                end = i
                while end < len(lines) and _TABLE.match(lines[end]):
                    end += 1
                prefix = inside(column)
                gap()
                out.extend(prefix + row for row in self._table(lines[i - 1:end]))
                out.append("")
                i = end
                continue
            if _FIXED.match(line):
                flush()
                end = i
                while end < len(lines) and _FIXED.match(lines[end]):
                    end += 1
                prefix = inside(column)
                gap()
                code = [(m.group(1) or "") for m in map(_FIXED.match, lines[i - 1:end]) if m]
                out.extend(prefix + row for row in _fence(code))
                out.append("")
                i = end
                continue
            if _RULE.match(line):
                flush()
                inside(column)
                out += ["", "---", ""]
                continue
            if item := _ITEM.match(line):
                flush()
                column = _indent(item.group("indent"))
                if not items:
                    gap()                           # a list is no part of the paragraph above it
                while items and items[-1].org > column:
                    items.pop()
                if items and items[-1].org == column or len(items) >= LIST_DEPTH:
                    items.pop()                     # its sibling
                base = items[-1].content if items else ""
                bullet = item.group("bullet")
                marker = bullet if bullet[0].isdigit() else "-"
                items.append(_Item(column, base + " " * (len(marker) + 1)))
                text = item.group("text")
                if description := _DESCRIPTION.match(text):
                    text = f"{description.group('term')}：{description.group('text') or ''}".rstrip()
                lead, rest = f"{base}{marker} ", items[-1].content
                paragraph = [text] if text.strip() else []
                if not paragraph:
                    out.append(f"{base}{marker}")
                continue
            if paragraph and not (items and column <= items[-1].org):
                paragraph.append(line.strip())      # (a line left of its item's text ends that item)
                continue
            flush()
            lead = rest = inside(column)
            paragraph = [line.strip()]
        flush()
        return out

    def _block(self, kind: str, lines: list[str]) -> list[str]:
        """A block as Org's export shows it: a quote (its text read as Org) a blockquote, source code and
        examples code as typed, without Org's commas escaping lines that would read as Org; a comment or an
        export for another backend (raw HTML, LaTeX) nothing; any other block (center, verse, a special
        block such as 「#+BEGIN_NOTE」) its text, read as Org."""
        if kind in ("src", "example"):
            return _fence(_dedent([_COMMA.sub(r"\1", line) for line in lines]))
        if kind in ("comment", "export"):
            return []
        inner = self._blocks(_dedent(lines))
        if kind == "quote":
            return [f"> {row}".rstrip() for row in inner]
        return inner

    def _table(self, lines: list[str]) -> list[str]:
        """An Org table as a pipe table: the rows above its first rule are its header (Org's export makes
        them <th>), the other rules go; a table without a rule has its first row as the header."""
        rows: list[list[str]] = []
        header = 0
        for line in lines:
            if _TABLE_RULE.match(line):
                if rows and not header:
                    header = len(rows)
                continue
            cells = line.strip().strip("|").split("|")
            if all(re.fullmatch(r"[ \t]*<[lrc]?\d*>[ \t]*", c) for c in cells if c.strip()) and any(c.strip() for c in cells):
                continue                    # a row of column widths 「| <10> |」: layout
            rows.append([self.inline(c.strip()) for c in cells])      # (its pipes are escaped as text)
        if not rows:
            return []
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        head = [" ".join(c for c in column if c) for column in zip(*rows[:max(header, 1)])] if header > 1 else rows[0]
        body = rows[max(header, 1):]
        return [f"| {' | '.join(head)} |", f"|{'---|' * width}", *(f"| {' | '.join(r)} |" for r in body)]

    def _define(self, label: str, lines: list[str]) -> None:
        """Keep a footnote's definition for the notes at the end (see `footnotes`)."""
        mark = self.notes.setdefault(label, f"fn{len(self.notes) + 1}")
        paragraphs = "\n".join(_dedent(lines)).strip()
        text = "\n\n".join(self.inline(p.strip()) for p in re.split(r"\n[ \t]*\n", paragraphs) if p.strip())
        self.definitions.append((mark, text))

    def footnotes(self) -> str:
        """The footnote definitions as Markdown's: `render` shows them as a part of their own, 注释."""
        return "\n\n".join(f"[^{mark}]: " + text.replace("\n", "\n    ") for mark, text in self.definitions)

    def inline(self, text: str) -> str:
        return "".join(self._inline(text, plain=False))

    def _inline(self, text: str, plain: bool) -> list[str]:
        """Org's inline markup as Markdown (`plain`: as text): what lies between its markup is escaped."""
        out: list[str] = []
        last = pos = 0
        while (match := _INLINE.search(text, pos)) is not None:
            shown = self._markup(match, plain)
            if shown is None:                       # no markup after all (a code's stars): read on past its first mark
                pos = match.start() + 1
                continue
            out.append(_text(text[last:match.start()], plain))
            out.append(shown)
            last = pos = match.end()
        out.append(_text(text[last:], plain))
        return out

    def _markup(self, match: re.Match[str], plain: bool) -> str | None:
        kind = match.lastgroup
        if kind == "link":
            target, description = match.group("target"), match.group("description")
            shown = "".join(self._inline(description, plain)) if description else _text(_link_text(target), plain)
            if plain or not _URL.match(target):
                return shown
            href = target[5:] if target.lower().startswith("file:") else target     # (markdown-it refuses file:)
            return f"[{shown}](<{href.replace('<', '%3C').replace('>', '%3E')}>)"
        if kind == "angle":
            return _text(match.group("url"), plain)
        if kind == "footnote":
            label, inline = match.group("label"), match.group("inline")
            if plain:
                return ""
            if inline is not None:
                return f"^[{self.inline(inline.strip())}]" if inline.strip() else ""
            mark = self.notes.setdefault(label, f"fn{len(self.notes) + 1}")
            return f"[^{mark}]"
        if kind == "anchor":
            return _text(match.group("radio") or "", plain)
        if kind == "snippet":
            return ""
        if kind == "linebreak":
            return "" if plain else "\\"
        mark, body = match.group("mark"), match.group("body")
        if mark in "=~":
            return body if plain else _code_span(body)
        if mark == "*" and re.fullmatch(r"[\d*#\s]+", body):
            return None                             # 「*100*」 of a code like *100*1#
        if mark == "+" and not re.search(r"[^\W\d_]", body):
            return None                             # 「+7 701 +」: signs, not a strike-through
        inner = "".join(self._inline(body, plain))
        if plain or mark == "_":
            return inner
        tag = {"*": "strong", "/": "em", "+": "del"}[mark]
        return f"<{tag}>{inner}</{tag}>"


# --- inline -----------------------------------------------------------------------------------------

# where an emphasis marker may open and close: Org's characters (org-emphasis-regexp-components), and
# Chinese text and punctuation, which takes no space around bold
_CJK = "\u2000-\u206f\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
_PRE = rf"(?<![^\s\-('\"{{{_CJK}])"
_POST = rf"(?![^\s\-.,:;!?'\")}}\[{_CJK}])"
_INLINE = re.compile(
    r"(?P<link>\[\[(?P<target>(?:[^\[\]\\]|\\.)+)\](?:\[(?P<description>[^\n]{1,500}?)\])?\])"
    r"|(?P<angle><(?P<url>(?:https?|mailto|ftp|file):[^<>\s]+)>)"
    r"|(?P<footnote>\[fn:(?P<label>[^\]:\s]*)(?::(?P<inline>[^\]]*))?\])"
    r"|(?P<anchor><<<(?P<radio>[^<>\n]+)>>>|<<[^<>\n]+>>)"
    r"|(?P<snippet>@@[\w-]+:.*?@@)"
    r"|(?P<linebreak>\\\\[ \t]*$)"
    rf"|(?P<emphasis>{_PRE}(?P<mark>[*/_+=~])(?P<body>\S(?:[^\n]{{0,150}}?(?:\n[^\n]{{0,150}}?)?\S)?)(?P=mark){_POST})",
    re.MULTILINE)
_URL = re.compile(r"(?:https?|mailto|ftp|file|news):", re.IGNORECASE)
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def _text(text: str, plain: bool) -> str:
    """Text between markup, every ASCII punctuation mark escaped: nothing a writer typed in Org is
    Markdown (「#」「>」「1.」 opening a line, 「**」, 「[x]」, 「{.class}」)."""
    return text if plain else _ASCII_PUNCTUATION.sub(r"\\\1", text)


def _link_text(target: str) -> str:
    """What a link without a description shows: a heading's or target's name, else the target."""
    target = target.replace("\\[", "[").replace("\\]", "]")
    if target.startswith(("*", "#")):
        return target[1:]
    return target.split(":", 1)[1] if target.lower().startswith("file:") else target


def _code_span(code: str) -> str:
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", code)), default=0) + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{ticks}{pad}{code}{pad}{ticks}"


def _fence(lines: list[str]) -> list[str]:
    fence = "`" * max(3, max((len(run) + 1 for line in lines for run in re.findall(r"^[ \t]*(`+)", line)), default=3))
    return [fence, *lines, fence]


def _dedent(lines: list[str]) -> list[str]:
    depth = min((_indent(line) for line in lines if line.strip()), default=0)
    return [line.expandtabs(8)[depth:] if line.strip() else "" for line in lines]


def _plain(text: str) -> str:
    """A title's text without its markup (links their descriptions, footnotes nothing)."""
    return "".join(_Body()._inline(text, plain=True))
