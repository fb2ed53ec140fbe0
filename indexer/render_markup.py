"""Markdown as other tools write it, rewritten line by line into the Markdown `render` reads.

Pure: no I/O. Static-site generators, note editors and Pandoc write beyond CommonMark; their
readers see the page those tools build, so what the tools' markup means is written out before
markdown-it reads the text (`render.render` runs these in turn):

- template tags of Hexo, GitBook, Jekyll / Liquid and Hugo go, what they hold stays: callouts
  (Hugo's hint, notice, alert) are admonitions, Hugo Book's details and expand collapsibles, tabs
  content tabs, columns their content in order, buttons nothing (`template_tags`);
- Docsify's tab sets are content tabs (`docsify_tabs`);
- a SiYuan note's kramdown is what SiYuan shows: no attribute lists, super-block markers or filing
  tags, references their anchors (`siyuan_note`, run first);
- an Obsidian note's own marks: block ids go, a task's box is its state (`obsidian_note`, only in a
  note `is_obsidian` says Obsidian wrote);
- note editors' callouts, wikilinks and markers (`note_markup`: Obsidian, Typora, GitHub, PyMdown);
- a callout tag around Markdown is an admonition (`callout_tags`: Feishu / Lark, Notion);
- Mintlify's components are what they stand for: callouts, collapsibles, tabs, steps of a
  procedure; cards linking other pages nothing (`mdx_components`);
- Pandoc's grid tables are pipe tables (`grid_tables`).

Fenced code keeps its text as written throughout.
"""
from __future__ import annotations

import bisect
import html
import re
import textwrap

from indexer.render_logseq import tags


def fence_after(fence: str | None, opener: re.Match[str] | None) -> str | None:
    """The code fence open after a line: a fence line opens one, or closes the open one (the
    same character, at least as many)."""
    if fence is None:
        return opener.group(1) if opener else None
    if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
        return None
    return fence


def unfenced(lines: list[str]):
    """The lines outside fenced code, with their numbers: what a line-by-line reader looks at."""
    fence: str | None = None
    for i, line in enumerate(lines):
        opener = _ANY_FENCE.match(line)
        if fence is not None or opener:
            fence = fence_after(fence, opener)
        else:
            yield i, line


# A template tag of a static-site generator alone on its line: Liquid / Nunjucks (Hexo, GitBook,
# Jekyll: `{% hint style="info" %}`, `{%- endhint -%}`) or a Hugo shortcode (`{{< hint >}}`, `{{% /tab %}}`).
_TEMPLATE_TAG = re.compile(r"\{%-?\s*(?P<liquid>[\w-]+)(?P<largs>(?:[^%]|%(?!\}))*?)\s*-?%\}"
                           r"|\{\{[<%]\s*(?P<close>/)?\s*(?P<hugo>[\w-]+)(?P<hargs>(?:[^>%]|[>%](?!\}\}))*?)\s*/?[>%]\}\}")
_TAG_LINE = re.compile(rf"^[ \t]*(?:(?>{_TEMPLATE_TAG.pattern})[ \t]*)+$")    # atomic: no backtracking
_TAG_QUOTED = re.compile(r'"([^"]+)"|\'([^\']+)\'')
_TAG_ARGUMENT = re.compile(r"""(?:(?P<key>[\w-]+)[ \t]*=[ \t]*)?(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s"'=]+))""")
_ANY_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# tags whose content is no text of the page: GitBook's card linking another page, Liquid comments
_DROPPED_WITH_CONTENT = frozenset({"content-ref", "comment"})
_CODE_TAGS = frozenset({"highlight", "codeblock"})       # their content is code without a fence
# callouts: Hugo Book's hint, Learn / Relearn's notice, Docsy's alert, Hextra's callout, LoveIt's admonition,
# Kubernetes' note / warning; GitBook's hint, Hexo's note
_CALLOUT_TAGS = frozenset({"hint", "notice", "alert", "callout", "admonition", "note", "tip", "info", "warning",
                           "caution", "important", "danger"})
_COLLAPSIBLE_TAGS = frozenset({"details", "expand", "collapse", "spoiler"})    # Hugo Book, Relearn, Hextra
_TAB_SETS = frozenset({"tabs", "tabpane"})          # around tabs (Hugo Book, Hextra, Docsy; GitBook)
# a kind a callout may name, or a title that only repeats one (「Warning」 says nothing a reader looks for)
_CALLOUT_KINDS = frozenset({"note", "info", "tip", "hint", "warning", "caution", "danger", "important", "success", "error",
                            "primary", "secondary", "abstract", "question", "faq", "example", "quote", "bug", "failure",
                            "attention", "notice", "expand", "details"})
_COLUMN_BREAK = re.compile(r"^[ \t]*<--->[ \t]*$")          # between Hugo Book's columns
# a column's first line naming it: all bold, or a heading
_COLUMN_TITLE = re.compile(r"^[ \t]*(?:(?:\*\*|__)(?P<bold>[^*_\n]+?)(?:\*\*|__)|#{1,6}[ \t]+(?P<heading>[^\n]+?)[ \t#]*)[ \t]*$")
COLUMN_TITLE_MAX = 40
# a button (Hugo Book, Hextra) links another page from this one: navigation, no text of it
_BUTTON = re.compile(r"\{\{[<%]\s*button\b(?:[^>%]|[>%](?!\}\}))*[>%]\}\}.*?\{\{[<%]\s*/\s*button\s*[>%]\}\}")
TEMPLATE_DEPTH = 8      # containers in containers read as such; deeper ones only lose their tags (no runaway indentation)


def _tag(match: re.Match[str]) -> tuple[str, bool, str]:
    """The name of a template tag, whether it closes a pair, and its arguments."""
    if match.group("liquid"):
        name = match.group("liquid")
        return name.removeprefix("end"), name.startswith("end") and name != "end", match.group("largs").strip()
    return match.group("hugo"), bool(match.group("close")), match.group("hargs").strip()


def _tab_label(args: str) -> str:
    """A tab's label: its first quoted value (`title="Android"`, Hugo's `"Android"`), else its words.

    >>> _tab_label('title="Android" icon="x"'), _tab_label("iPhone 15"), _tab_label("name=iOS")
    ('Android', 'iPhone 15', 'iOS')
    """
    quoted = _TAG_QUOTED.search(args)
    if quoted:
        return (quoted.group(1) or quoted.group(2)).strip()
    return re.sub(r"^[\w-]+=", "", args).strip()


def _arguments(args: str) -> tuple[list[tuple[str, bool]], dict[str, str]]:
    """A tag's positional arguments (each with whether it was quoted) and its named ones."""
    positional: list[tuple[str, bool]] = []
    named: dict[str, str] = {}
    for match in _TAG_ARGUMENT.finditer(args):
        value = next((v for v in match.group("double", "single") if v is not None), None)
        quoted = value is not None
        value = " ".join((value if quoted else match.group("bare")).split())
        if match.group("key"):
            named[match.group("key").lower()] = value
        else:
            positional.append((value, quoted))
    return positional, named


def _admonition(name: str, args: str) -> str:
    """The MkDocs admonition line a callout or collapsible tag stands for: its kind and its title.

    A callout's kind is its first bare word or its style (`{{< hint warning >}}`, `style="info"`),
    its title a quoted word or `title=` (Relearn's `{{% notice tip "改之前" %}}`, Docsy's
    `title=`); a collapsible's title is its label (`{{< details "问题？" >}}`), and a callout that
    opens closed (LoveIt's `open=false`) is collapsible too. A title that only names a kind says
    nothing; a collapsible without a title is a callout (nothing to click shows a title).

    >>> _admonition("hint", "warning"), _admonition("notice", 'tip "改之前"'), _admonition("details", '"能改吗？" open')
    ('!!! warning', '!!! tip "改之前"', '??? details "能改吗？"')
    """
    positional, named = _arguments(args)
    bare = [value for value, quoted in positional if not quoted and value.lower() not in ("true", "false", "open")]
    kind = next((named[key] for key in ("style", "type", "color", "theme", "class") if named.get(key)), "") \
        or (bare[0] if bare and name not in _COLLAPSIBLE_TAGS else "") or name
    title = next((named[key] for key in ("title", "summary", "label", "header") if named.get(key)), "") \
        or next((value for value, quoted in positional if quoted), "") \
        or (" ".join(bare) if name in _COLLAPSIBLE_TAGS else "")
    if title.lower() in _CALLOUT_KINDS or title.lower() == kind.lower():
        title = ""
    collapsible = name in _COLLAPSIBLE_TAGS or named.get("open") == "false" or named.get("closed") == "true" \
        or any(value == "false" and not quoted for value, quoted in positional)
    kind = re.sub(r"[^\w-]", "", kind.lower()) or "note"
    if not title:
        return f"!!! {kind}"
    return f'{"???" if collapsible else "!!!"} {kind} "{title.replace(chr(34), "”")}"'


def _pair_on_a_line(line: str) -> list[str]:
    """A tag, its content and its closing tag on one line (Hextra's 「{{< tab >}}…{{< /tab >}}」) as
    three lines, so the content is read as the tags' own is; any other line as it is.

    >>> _pair_on_a_line("  {{< tab >}}拨 *100#{{< /tab >}}")
    ['  {{< tab >}}', '  拨 *100#', '  {{< /tab >}}']
    """
    if "{" not in line or line.lstrip()[:2] not in ("{{", "{%"):
        return [line]
    tags = list(_TEMPLATE_TAG.finditer(line))
    if len(tags) < 2 or line[:tags[0].start()].strip() or line[tags[-1].end():].strip():
        return [line]
    (name, closes, _), (last, closed, _) = _tag(tags[0]), _tag(tags[-1])
    inner = line[tags[0].end():tags[-1].start()]
    if closes or not closed or name != last or not inner.strip() or _TAG_LINE.match(inner):
        return [line]
    margin = line[:tags[0].start()]
    return [margin + tags[0].group(0), margin + inner.strip(), margin + tags[-1].group(0)]


def _tag_lines(lines: list[str]) -> list[str]:
    """Lines without buttons, and with a tag holding text on the same line split (`_pair_on_a_line`);
    fenced code as it is."""
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        opener = _ANY_FENCE.match(line)
        if fence is not None or opener:
            fence = fence_after(fence, opener)
            out.append(line)
        elif "{" not in line:
            out.append(line)
        else:
            out += _pair_on_a_line(_BUTTON.sub("", line) if "button" in line else line)
    return out


def _paired(lines: list[str]) -> dict[tuple[int, int], tuple[int, int]]:
    """The opening tag each closing tag closes, each tag as its line and its place on the line: a
    closing tag closes the latest tag of its name still open (tags in fenced code are code)."""
    paired: dict[tuple[int, int], tuple[int, int]] = {}
    opened: dict[str, list[tuple[int, int]]] = {}
    for i, line in unfenced(lines):
        if "{" in line and _TAG_LINE.match(line):
            for k, (name, closes, _) in enumerate(map(_tag, _TEMPLATE_TAG.finditer(line))):
                if not closes:
                    opened.setdefault(name, []).append((i, k))
                elif opened.get(name):
                    paired[(i, k)] = opened[name].pop()
    return paired


def template_tags(markdown: str) -> str:
    r"""Read the template tags a static-site generator leaves in Markdown as its readers see the page.

    Hexo, GitBook, Jekyll and Hugo mark notes, steppers and code titles with tags on lines of their
    own (`{% hint style="info" %}` … `{% endhint %}`); the site shows only what they hold, so the
    tags go and their content stays. A callout (`{{< hint info >}}`, `{{% notice warning %}}`,
    GitBook's hint) is a MkDocs admonition, text of its section led by its title if it has one; a
    collapsible (Hugo Book's `{{< details "标题" >}}` and `{{< expand "标题" >}}`) is a `???` one, a
    question with its answer when its title asks. A tab (`{% tab title="Android" %}`, Hugo's
    `{{< tab "Android" >}}`, Hextra's tab named by its set's `items=`) becomes a content tab
    (`=== "Android"`, its content indented), so it is named as MkDocs tabs are; Hugo Book's
    columns show their content in order without the `<--->` between them, a column led by a bold
    line or a heading being named by it as a tab is, so what follows the columns is the heading's
    again; a button (a link to another page) shows nothing. `{% highlight %}` holds code and
    becomes a fence; a link card to another page (`{% content-ref %}`) and a comment go with what
    they hold. A tag holds only what comes before its closing tag (one never closed holds nothing:
    it would fold the rest of the page into its answer), `TEMPLATE_DEPTH` deep at most; tags inside
    fenced code are code, kept as written.

    >>> template_tags('{% tabs %}\n{% tab title="iOS" %}\n1. 打开设置\n{% endtab %}\n{% endtabs %}\n')
    '\n=== "iOS"\n    1. 打开设置\n\n\n'
    >>> template_tags('{{< details "能改吗？" >}}\n不能。\n{{< /details >}}\n{{< button href="/x" >}}更多{{< /button >}}')
    '??? details "能改吗？"\n    不能。\n\n'
    """
    lines = _tag_lines(markdown.split("\n")) if "{" in markdown else markdown.split("\n")
    paired = _paired(lines) if "{" in markdown else {}
    pairs = set(paired.values())    # the opening tags closed later: only they hold anything
    out: list[str] = []
    opened: list[tuple[str, bool, list[str], tuple[int, int]]] = []    # containers around the line: name,
    # whether it indents, its tabs' labels, its opening tag
    fence: str | None = None        # the fence being read ("tag" inside a code tag)
    dropped: str | None = None      # the tag whose content is being dropped
    column_start = False            # a column begins: its first line may name it

    def prefix() -> str:        # a blank line inside a container is its indentation: two empty lines end an admonition
        return "    " * sum(indents for _, indents, _, _ in opened)

    def close(tag: tuple[int, int] | None) -> None:
        while any(opening == tag for _, _, _, opening in opened):
            if opened.pop()[3] == tag:
                break

    for i, line in enumerate(lines):
        tags = [_tag(m) for m in _TEMPLATE_TAG.finditer(line)] if "{" in line and _TAG_LINE.match(line) else []
        if dropped is not None:
            dropped = None if (dropped, True) in ((name, closes) for name, closes, _ in tags) else dropped
            continue
        if fence == "tag" and not any(closes and name in _CODE_TAGS for name, closes, _ in tags):
            out.append(prefix() + line)
            continue
        opener = _ANY_FENCE.match(line) if fence != "tag" else None
        if fence not in (None, "tag") or opener:
            fence = fence_after(fence, opener)
            out.append(prefix() + line if line.strip() else prefix())
            continue
        columns = next(((name, opening) for name, _, _, opening in reversed(opened) if name in ("columns", "column")), None)
        if columns and _COLUMN_BREAK.match(line):
            close(columns[1] if columns[0] == "column" else None)     # the column named by its first line ends
            column_start = True
            out.append(prefix())
            continue
        if column_start and line.strip():
            column_start = False
            title = _COLUMN_TITLE.match(line)
            label = title and (title.group("bold") or title.group("heading")).strip().rstrip("：:")
            if label and len(label) <= COLUMN_TITLE_MAX and len(opened) < TEMPLATE_DEPTH:
                out.append(f'{prefix()}{line[:len(line) - len(line.lstrip())]}=== "{label.replace(chr(34), "”")}"')
                opened.append(("column", True, [], (i, -1)))
                continue
        if not tags:
            out.append(prefix() + line if line.strip() else prefix())
            continue
        margin = line[:len(line) - len(line.lstrip())]
        for k, (name, closes, args) in enumerate(tags):
            holds = (i, k) in pairs and len(opened) < TEMPLATE_DEPTH
            if fence == "tag":
                out.append(prefix() + "```")
                fence = None
            elif name in _DROPPED_WITH_CONTENT and not closes:
                dropped = name if (i, k) in pairs else None
            elif name == "tab" and holds:
                labels = next((labels for n, _, labels, _ in reversed(opened) if n in _TAB_SETS), [])
                label = _tab_label(args) or (labels.pop(0) if labels else "…")
                out.append(f'{prefix()}{margin}=== "{label.replace(chr(34), "”")}"')
                opened.append((name, True, [], (i, k)))
            elif name in _TAB_SETS and holds:
                items = _arguments(args)[1].get("items", "")
                opened.append((name, False, [item.strip() for item in items.split(",") if item.strip()], (i, k)))
                out.append(prefix())
            elif name == "columns" and holds:
                opened.append((name, False, [], (i, k)))
                column_start = True
                out.append(prefix())
            elif name in _CALLOUT_TAGS | _COLLAPSIBLE_TAGS and holds:
                out.append(f"{prefix()}{margin}{_admonition(name, args)}")
                opened.append((name, True, [], (i, k)))
            elif name in _CODE_TAGS and not closes:
                out.append(prefix() + "```")
                fence = "tag"
            else:
                if closes:
                    close(paired.get((i, k)))
                    column_start = column_start and name != "columns"
                out.append(prefix())
    return "\n".join(out)


# Docsify's tabs plugin: a tab set between 「<!-- tabs:start -->」 and 「<!-- tabs:end -->」, each tab opened
# by a heading all in bold (「#### **Kcell**」) or by a comment (「<!-- tab:Kcell -->」)
_TABS_EDGE = re.compile(r"^[ \t]*<!--+[ \t]*tabs:[ \t]*(start|end)[ \t]*-+->[ \t]*$")
TABS_DEPTH = 8          # tab sets in tab sets read as such; deeper ones are lines (no runaway indentation)
_DOCSIFY_TAB = re.compile(r"^ {0,3}(?:#{1,6}[ \t]*(?:\*\*|__)[ \t]*(?P<heading>[^\n]*?\S)[ \t]*(?:\*\*|__)[ \t]*"
                          r"|<!--+[ \t]*tab:[ \t]*(?P<comment>[^\n]*?\S)[ \t]*-+->[ \t]*)$")


def docsify_tabs(markdown: str) -> str:
    r"""Read the tab sets of Docsify's tabs plugin as content tabs (`=== "Kcell"`, their content
    indented), so a tab is named as MkDocs' are (「资费套餐（Kcell）」) and what follows
    「<!-- tabs:end -->」 is its section's text again: the page shows it under the tab set, whichever
    tab is open, not in the last tab. A set without its end is no tab set (the plugin leaves it as
    it is), nor one nested deeper than `TABS_DEPTH`; lines in fenced code are code.

    >>> docsify_tabs("<!-- tabs:start -->\n#### **Kcell**\n\n拨 *100#\n<!-- tab:Tele2 -->\n拨 *111#\n<!-- tabs:end -->\n之后")
    '\n=== "Kcell"\n\n    拨 *100#\n=== "Tele2"\n    拨 *111#\n\n之后'
    """
    if "tabs:" not in markdown:
        return markdown
    lines = markdown.split("\n")
    ends = [i for i, line in enumerate(lines) if (edge := _TABS_EDGE.match(line)) and edge.group(1) == "end"]
    out: list[str] = []
    sets: list[bool] = []       # the tab sets open around the line: whether each has a tab open
    deeper = 0                  # sets open inside them, too deep to read as tabs
    fence: str | None = None
    for i, line in enumerate(lines):
        opener = _ANY_FENCE.match(line)
        margin = "    " * sum(sets)
        if fence is not None or opener:
            fence = fence_after(fence, opener)
            out.append(margin + line if line.strip() else line)
            continue
        edge = _TABS_EDGE.match(line)
        if edge and edge.group(1) == "start" and len(ends) - bisect.bisect_right(ends, i) > len(sets) + deeper:
            if len(sets) < TABS_DEPTH:
                sets.append(False)
                out.append("")
                continue
            deeper += 1
        elif edge and edge.group(1) == "end" and deeper:
            deeper -= 1
        elif edge and edge.group(1) == "end" and sets:
            sets.pop()
            out.append("")
            continue
        tab = _DOCSIFY_TAB.match(line) if sets and not deeper else None
        if tab:
            sets[-1] = True
            label = (tab.group("heading") or tab.group("comment")).replace('"', "”")
            out.append(f'{"    " * sum(sets[:-1])}=== "{label}"')
            continue
        out.append(margin + line if line.strip() else line)
    return "\n".join(out)


# GitHub's and Obsidian's callouts: 「> [!note] 标题」, foldable 「> [!faq]- 问题？」
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[!(?P<kind>[\w-]+)\](?P<fold>[+-]?)[ \t]*(?P<title>.*)$")
_QUOTED = re.compile(r"^[ \t]*>[ \t]?(.*)$")
_TOC_MARKER = re.compile(r"^[ \t]*(?:\[TOC\]|\[\[_?TOC_?\]\]|\{:toc\}|\$\{toc\}|\[\[toc\]\])[ \t]*$", re.IGNORECASE)
_TAG_LINE_ONLY = re.compile(r"^[ \t]*#[^\s#]+(?:[ \t]+#[^\s#]+)*[ \t]*$")     # 「#流量 #限速」 (a heading has a space)
_TASK_BOX = re.compile(r"^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)\[[ xX]\][ \t]+", re.MULTILINE)
_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")                                   # ![[image.png|300]]
_WIKILINK = re.compile(r"\[\[([^\]|\n]*)(?:\|([^\]\n]*))?\]\]")             # [[page]], [[page|alias]]
# a Markdown link whose text its writer bracketed as a wiki page's name (Azure DevOps wiki's
# 「[[客服知识库首页]](/客服知识库)」): a link to its target, never a wikilink leaving 「(/客服知识库)」 as text
_BRACKETED_LINK_TEXT = re.compile(r"\[\[([^\[\]|\n]+)\]\](?=\()")
# Azure DevOps's mention 「@<王晓雯>」, which its wiki shows as 「@王晓雯」
_MENTION = re.compile(r"(?<![\w@])@<([^<>@\s][^<>@\n]{0,39})>")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_EDITOR_COMMENT = re.compile(r"%%.*?%%", re.DOTALL)                               # Obsidian's hidden notes
_ABBREVIATION = re.compile(r"^[ \t]*\*\[[^\]\n]+\]:")        # 「*[ИИН]: 个人识别号」: a tooltip's definition
_KEYS = re.compile(r"\+\+([a-z0-9][a-z0-9-]*(?:\+[a-z0-9][a-z0-9-]*)*)\+\+", re.IGNORECASE)   # 「++ctrl+c++」
# Bear's 「::完全不需要流量::」 (its mark): never 「:::tip」, Logseq's 「key:: value」 nor C++'s 「std::string::npos」
_BEAR_MARK = re.compile(r"(?<![:A-Za-z0-9_])::(?=[^\s:])([^:\n]*?[^\s:])::(?![:A-Za-z0-9_])")
# one tilde each side (Bear's and GitHub's 「~以前是 180 天~」): only between spaces or punctuation and never
# opening on a digit, so a range (「1~3 天」, 「周一~周五，周六~周日」) and a path (「~/.ssh」) stay as typed
_TILDES = re.compile(r"(?<![~\w])~(?=[^\s~\d/])([^~\n]*?[^\s~])~(?![~\w])")


def _marks(text: str) -> str:
    """Bear's marks as their text: 「::x::」 (a mark, the writer's emphasis) and 「~x~」 (underlined in
    Bear, struck out on GitHub). Struck-out text stays: it is what the writer wrote and the reader
    sees (「~以前是 180 天~，2025 年起改成了 90 天」 says itself that it is past), as Org's `+x+` does.

    >>> _marks("::不需要流量::；~以前是 180 天~，1~3 天、周一~周五，周六~周日；std::vector::x，a:: b")
    '不需要流量；以前是 180 天，1~3 天、周一~周五，周六~周日；std::vector::x，a:: b'
    """
    text = _BEAR_MARK.sub(r"\1", text) if "::" in text else text
    return _TILDES.sub(r"\1", text) if "~" in text else text


def note_markup(markdown: str) -> str:
    r"""Read what note-taking editors (Obsidian, Typora, GitHub) and Markdown's extensions
    (PyMdown's, in MkDocs) write beyond Markdown as their readers see it: a callout
    (`> [!faq]- 问题？`) is an admonition — a question titles a Q&A, another title leads its text;
    `[[page|alias]]` links its alias, `==mark==` shows its text, and so do Bear's `::mark::` and
    `~underline~` (`_marks`), `++ctrl+c++` its keys, Azure DevOps's mention `@<name>` its `@name`
    and a link's bracketed text `[[page]](/path)` its page; an embed, a
    hidden comment, a line of #tags, a `[TOC]` marker, a task's box and an abbreviation's
    definition (`*[ИИН]: …`, a tooltip) show nothing. Fenced code keeps its text.

    >>> note_markup("> [!faq]- 能关掉限速吗？\n> 不能。\n\n- [x] 见 [[套餐|更换套餐]] ==马上==\n[TOC]\n#流量 #限速")
    '??? faq "能关掉限速吗？"\n    不能。\n\n- 见 [更换套餐](<套餐>) 马上\n\n'
    >>> note_markup("按 ++ctrl+c++ 复制 ИИН\n\n*[ИИН]: 个人识别号")
    '按 ctrl+c 复制 ИИН\n\n'
    >>> note_markup("由 @<王晓雯> 维护，`a@<b>`；上级：[[首页]](/客服知识库)")
    '由 @王晓雯 维护，`a@<b>`；上级：[首页](/客服知识库)'
    """
    out: list[str] = []
    fence: str | None = None
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        opener = _ANY_FENCE.match(line)
        if fence is not None or opener:
            fence = fence_after(fence, opener)
            out.append(line)
            i += 1
            continue
        callout = _CALLOUT.match(line)
        if callout:
            title = callout.group("title").strip().replace('"', "”")
            asks = title.endswith(("？", "?")) or callout.group("kind").lower() in ("faq", "question")
            out.append(f'{"???" if asks else "!!!"} {callout.group("kind").lower()}'
                       + (f' "{title}"' if title else ""))
            i += 1
            while i < len(lines) and (quoted := _QUOTED.match(lines[i])):
                out.append("    " + quoted.group(1) if quoted.group(1).strip() else "")
                i += 1
            continue
        if _TOC_MARKER.match(line) or _TAG_LINE_ONLY.match(line) or _ABBREVIATION.match(line):
            line = ""
        elif "::" in line or "~" in line:
            line = _outside_code(line, _marks)
        if "@<" in line:
            line = _outside_code(line, lambda part: _MENTION.sub(r"@\1", part))
        out.append(line)
        i += 1
    text = _EDITOR_COMMENT.sub("", "\n".join(out)) if "%%" in markdown else "\n".join(out)
    text = _TASK_BOX.sub(r"\1", text)
    if "[[" in text:
        text = _BRACKETED_LINK_TEXT.sub(r"[\1]", text)
        text = _WIKILINK.sub(lambda m: f"[{(m.group(2) or m.group(1)).strip()}](<{m.group(1).strip()}>)", _EMBED.sub("", text))
    text = _KEYS.sub(r"\1", text) if "++" in text else text
    return _HIGHLIGHT.sub(r"\1", text) if "==" in text else text


# Obsidian's own marks, which no other Markdown writer types: an embed (「![[地图.png]]」), a hidden comment
# (「%%…%%」), a callout with a title or a fold (GitHub's and GitLab's alerts have neither: 「> [!note]」 alone), a block
# id closing a block (「… ^loc-price」), and its properties in front matter (「cssclasses:」, 「aliases:」 as a list)
_BLOCK_ID = re.compile(r"(?:(?<=\S)[ \t]+|^(?=[ \t>]*\^))\^[A-Za-z0-9-]+[ \t]*$")
_OBSIDIAN_SIGNS = (
    re.compile(r"!\[\[[^\]\n]+\]\]"),
    re.compile(r"%%[^\n]*?%%|^[ \t]*%%[ \t]*$", re.MULTILINE),
    re.compile(r"^[ \t]*>[ \t]*\[![\w-]+\](?:[+-]|[ \t]*[^\s>])", re.MULTILINE),
    re.compile(r"\S[ \t]+\^[A-Za-z0-9-]+[ \t]*$", re.MULTILINE),
    re.compile(r"\A---[ \t]*\n(?:(?!---)[^\n]*\n)*?(?:cssclass(?:es)?:|aliases:[ \t]*\n[ \t]*-)"),
)
OBSIDIAN_SIGNS_MIN = 2      # two of them: one alone may be another tool's (Hugo's aliases, a wiki's embed)
_OBSIDIAN_TASK = re.compile(r"^([ \t>]*(?:[-*+]|\d+[.)])[ \t]+)\[([ xX])\](?=[ \t])")
_TASK_STATES = {" ": "☐", "x": "☑", "X": "☑"}


def is_obsidian(markdown: str) -> bool:
    r"""A note Obsidian wrote: two of the marks only Obsidian types (`_OBSIDIAN_SIGNS`).

    >>> is_obsidian("> [!tip] 经验\n> 老人机只能用基站定位。 ^tip1\n"), is_obsidian("> [!NOTE]\n> 见 [[套餐]]\n- [x] 好")
    (True, False)
    """
    return sum(sign.search(markdown) is not None for sign in _OBSIDIAN_SIGNS) >= OBSIDIAN_SIGNS_MIN


def obsidian_note(markdown: str) -> str:
    r"""An Obsidian note's own marks read as Obsidian shows them, before `note_markup` reads what it
    shares with other editors (callouts, wikilinks, highlights); any other Markdown as it is.

    A block id (「费用都从…扣。 ^loc-price」, or a line of its own under a table) is the target of a link
    to the block, shown nowhere: read as text, it stood in the passage. A task's box shows whether it
    is done: Obsidian ticks a done task's box, and a note's list of what is done and what is still
    to do (「- [x] 自己的号码开通」「- [ ] 教妈妈怎么回复」) lost the difference when every box went, so
    each box is its state's mark (☑ done, ☐ to do). Fenced code keeps its text.

    >>> print(obsidian_note("> [!note]- 说明\n> 不扣钱。 ^a1b2c3\n\n- [x] 开通\n- [ ] 教妈妈\n\n| a |\n^tbl\n"))
    > [!note]- 说明
    > 不扣钱。
    <BLANKLINE>
    - ☑ 开通
    - ☐ 教妈妈
    <BLANKLINE>
    | a |
    <BLANKLINE>
    <BLANKLINE>
    """
    if not is_obsidian(markdown):
        return markdown
    lines = markdown.split("\n")
    for i, line in unfenced(lines):
        if "^" in line:
            line = _BLOCK_ID.sub("", line)
        if "[" in line:
            line = _OBSIDIAN_TASK.sub(lambda m: f"{m.group(1)}{_TASK_STATES[m.group(2)]}", line)
        lines[i] = line
    return "\n".join(lines)


# SiYuan 思源笔记's Markdown export (kramdown): an inline attribute list after every block and at the start of
# every list item (「{: id="20260302211410-ryhs45s" updated="…"}」, the id a timestamp and seven letters),
# super-blocks between 「{{{row」 / 「{{{col」 and 「}}}」, block references 「((id 'anchor'))」, tags 「#标签#」
_SIYUAN_ID = re.compile(r'^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?\{:[^{}\n]*\bid="\d{14}-[0-9a-z]{7}"', re.MULTILINE)
_IAL = re.compile(r'\{:[ \t]*(?:[\w-]+[ \t]*=[ \t]*"[^"\n]*"[ \t]*)+\}')
_IAL_LINE = re.compile(rf"^[ \t>]*(?:{_IAL.pattern}[ \t]*)+$")
_SUPER_BLOCK = re.compile(r"^[ \t>]*(?:\{\{\{(?:row|col)|\}\}\})[ \t]*$")
_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
_BLOCK_REF = re.compile(r"""\(\((?P<id>\d{14}-[0-9a-z]{7})(?:[ \t]+(?:'(?P<single>[^'\n]*)'|"(?P<double>[^"\n]*)"))?\)\)""")
# a tag closed by 「#」 holding a letter: never a code (「#21#」, 「*#06#」) nor a heading (「# 标题」)
_SIYUAN_TAG = re.compile(r"(?<![\w*#])#(?P<word>[^\s#]*[^\W\d_][^\s#]*)#(?![\w#*])")
_BLOCK_PREFIX = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:#{1,6}[ \t]+)?")
_INLINE_CODE = re.compile(r"(`+).*?\1")
# SiYuan pads a mark with spaces (「在 ==24 小时内== 执行」): between Chinese characters the space is no text
_MARK_PADDING = re.compile(r"(?<=[\u3400-\u9fff])[ \t]+(?===[\u3400-\u9fff])|(?<=[\u3400-\u9fff]==)[ \t]+(?=[\u3400-\u9fff])")


def _ial_attribute(ial: str, key: str) -> str:
    """An attribute's value in an inline attribute list, SiYuan's entities read (「&quot;」)."""
    found = re.search(rf'\b{key}="([^"\n]*)"', ial)
    return html.unescape(found.group(1)) if found else ""


def _outside_code(line: str, rewrite) -> str:
    """A line rewritten outside its code spans, which keep their text as written."""
    if "`" not in line:
        return rewrite(line)
    pieces, last = [], 0
    for span in _INLINE_CODE.finditer(line):
        pieces += [rewrite(line[last:span.start()]), span.group(0)]
        last = span.end()
    return "".join(pieces) + rewrite(line[last:])


def _filing_tags(text: str) -> str:
    """A line's text without the SiYuan tags leading or closing it, those inside it their words
    (`render_logseq.tags`); code spans keep their text."""
    spans: list[str] = []

    def hold(span: re.Match[str]) -> str:
        spans.append(span.group(0))
        return f"\x00{len(spans) - 1}\x00"

    text = tags(_INLINE_CODE.sub(hold, text) if "`" in text else text, True, True, _SIYUAN_TAG)
    return re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text) if spans else text


def siyuan_note(markdown: str) -> tuple[str, str] | None:
    r"""A note SiYuan 思源笔记 exported as Markdown written out as SiYuan shows it, and its title (the
    document's `title=`, else ""); None for a page SiYuan did not export.

    SiYuan writes kramdown: an inline attribute list (IAL) under every block and at the start of
    every list item, a document IAL at the end. Read as Markdown, they showed in nearly every
    fragment, titled every step 「{」 and made a row of every table; super-block markers
    (「{{{row」 … 「}}}」: a layout, no text) were glued to the text; block references showed
    their ids; and tags (「#网络#」) were words. The note shows none of this: IALs and super-block
    markers go (what a super-block holds stays), a reference shows its anchor (without one, the
    first line of the block it names), tags leading or closing a line file the note and go, one
    inside a sentence is its word (as Logseq's, `render_logseq.tags`), and the spaces SiYuan pads a
    mark with between Chinese characters go. A page is SiYuan's when it carries an IAL naming a
    SiYuan block id (a timestamp and seven letters: 「20260302211410-ryhs45s」), which no other
    Markdown writes. Fenced code and code spans keep their text.

    >>> text, title = siyuan_note('## 关掉\n{: id="20260302211410-ryhs45s"}\n\n#网络#\n\n{{{row\n**Android**\n\n'
    ...     '1. {: id="20260302211536-1s3kru2"}在 ==设置== 里关掉 #私人DNS# 。\n   {: id="20260302211540-0ewqjnu"}\n'
    ...     '{: id="20260302211602-321u9dj"}\n}}}\n\n见 ((20260302211410-ryhs45s))\n\n'
    ...     '{: id="20260302211407-abc1234" title="流量笔记" type="doc"}')
    >>> print(title); print(text.strip())
    流量笔记
    ## 关掉
    <BLANKLINE>
    **Android**
    <BLANKLINE>
    1. 在==设置==里关掉 私人DNS 。
    <BLANKLINE>
    ## 关掉
    <BLANKLINE>
    见 关掉
    >>> siyuan_note("{: .note}\n拨 #21# 查询")
    """
    if "{:" not in markdown or not _SIYUAN_ID.search(markdown):
        return None
    lines = markdown.split("\n")
    title = ""
    blocks: dict[str, str] = {}     # a block's id: the block's first line, what a bare reference shows
    last = ""
    for _, line in unfenced(lines):
        if _IAL_LINE.match(line):
            for ial in _IAL.findall(line):
                if 'type="doc"' in ial:
                    title = title or " ".join(_ial_attribute(ial, "title").split())
                elif (block := _ial_attribute(ial, "id")) and last:
                    blocks.setdefault(block, last)
        elif line.strip() and not _SUPER_BLOCK.match(line):
            lead = _IAL.match(line[_BLOCK_PREFIX.match(line).end():])
            text = _IAL.sub("", line[_BLOCK_PREFIX.match(line).end():]).strip()
            if lead and (block := _ial_attribute(lead.group(0), "id")):
                blocks.setdefault(block, text)
            last = text if not _IAL_LINE.match(line) else last
        else:
            last = ""

    def reference(match: re.Match[str]) -> str:
        anchor = match.group("single") if match.group("single") is not None else match.group("double")
        return anchor if anchor is not None else blocks.get(match.group("id"), "")

    def rewrite(text: str) -> str:
        text = _BLOCK_REF.sub(reference, _IAL.sub("", text)) if "{:" in text or "((" in text else text
        return _MARK_PADDING.sub("", text) if "==" in text else text

    out: list[str] = []
    fence: str | None = None
    depth, titled = 0, False        # super-blocks open around the line; whether one holds a title line
    heading, again = "", ""         # the heading over the line; the heading to repeat after a super-block
    for line in lines:
        opener = _ANY_FENCE.match(line)
        if fence is not None or opener:
            fence = fence_after(fence, opener)
            out.append(line)
            continue
        if _IAL_LINE.match(line):
            continue                # the block above is its own, without a line between them
        if super_block := _SUPER_BLOCK.match(line):
            depth = depth + 1 if "{" in super_block.group(0) else max(depth - 1, 0)
            again = heading if not depth and titled else again
            titled = titled and depth > 0
            out += [""] if out and out[-1] else []
            continue
        prefix = _BLOCK_PREFIX.match(line).end()
        text = _outside_code(line[prefix:], rewrite)
        if "#" in text:
            text = _filing_tags(text)
        line = line[:prefix] + text if text.strip() else ""
        if line and again:          # the text after a super-block titled inside is its heading's again
            out += [again, ""] if not _HEADING_LINE.match(line) else []
            again = ""
        if _HEADING_LINE.match(line) and not depth:
            heading = line.strip()
        titled = titled or bool(depth and _COLUMN_TITLE.match(line))
        out += [line] if line or (out and out[-1]) else []
    return "\n".join(out), title


# An editor's callout as a tag around Markdown: Feishu / Lark's export and Notion's enhanced Markdown
# write 「<callout emoji="💡" background-color="light-yellow">」 … 「</callout>」, Notion's Markdown export
# 「<aside>」 … 「</aside>」
_CALLOUT_OPEN = re.compile(r"^(?P<margin>[ \t]*)<(?:callout|aside)(?:[ \t][^>]*)?>(?P<rest>.*)$", re.IGNORECASE)
_CALLOUT_CLOSE = re.compile(r"</(?:callout|aside)>[ \t]*$", re.IGNORECASE)
CALLOUT_DEPTH = 8       # callouts in callouts read as such; deeper ones stay raw HTML (no runaway recursion)


def _callout_pairs(lines: list[str]) -> dict[int, int]:
    """The line closing each callout tag, by the line opening it (callouts inside one close
    first; a tag in fenced code is code; a tag never closed is in none)."""
    pairs: dict[int, int] = {}
    opened: list[int] = []
    for i, line in unfenced(lines):
        tag = _CALLOUT_OPEN.match(line)
        if tag:
            opened.append(i)
        if opened and _CALLOUT_CLOSE.search(tag.group("rest") if tag else line):
            pairs[opened.pop()] = i
    return pairs


def callout_tags(markdown: str) -> str:
    r"""Read an editor's callout tag (Feishu / Lark and Notion write `<callout emoji="💡">` …
    `</callout>`, Notion's Markdown export `<aside>`) as an admonition. CommonMark reads the tag
    and the lines under it as one raw HTML block, so the Markdown it holds would show as typed
    (「[登记表](https://…)」, 「**注意**」); as an untitled admonition, its content is read as
    Markdown and is text of its section, as a callout's is. The emoji attribute is the callout's
    icon, no text (Notion's aside types its emoji as text, which stays). Fenced code keeps its text.

    >>> callout_tags('<callout emoji="📌" background-color="light-blue">\n登记：[登记表](https://x.cn/s)\n</callout>')
    '!!! note\n    登记：[登记表](https://x.cn/s)\n'
    """
    if "<callout" not in markdown.lower() and "<aside" not in markdown.lower():
        return markdown
    return _callouts(markdown, CALLOUT_DEPTH)


def _callouts(markdown: str, depth: int) -> str:
    """`callout_tags`, callouts inside callouts `depth` deep at most."""
    lines = markdown.split("\n")
    pairs = _callout_pairs(lines) if depth > 0 else {}
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in pairs:
            out.append(lines[i])
            i += 1
            continue
        end, tag = pairs[i], _CALLOUT_OPEN.match(lines[i])
        assert tag is not None
        body = [tag.group("rest"), *lines[i + 1:end + 1]]
        body[-1] = _CALLOUT_CLOSE.sub("", body[-1])
        content = _callouts(textwrap.dedent("\n".join(body)).strip("\n"), depth - 1)
        margin = tag.group("margin")
        out.append(f"{margin}!!! note")
        out += [f"{margin}    {part}" if part.strip() else "" for part in content.split("\n")]
        out.append("")
        i = end + 1
    return "\n".join(out)


# Mintlify's components (MDX, written into a .md page): each tag alone on its line, what it holds
# indented under it (Mintlify, and Docusaurus's <Tabs> / <TabItem> and <Admonition>)
_COMPONENT_KINDS = {"Note": "note", "Tip": "tip", "Warning": "warning", "Info": "info", "Check": "success",
                    "Danger": "danger", "Admonition": "note"}
_COMPONENT_WRAPPERS = frozenset({"AccordionGroup", "CardGroup", "Columns", "Tabs", "Frame"})
_COMPONENTS = frozenset({*_COMPONENT_KINDS, *_COMPONENT_WRAPPERS, "Steps", "Step", "Tab", "TabItem", "Accordion",
                         "Expandable", "Card", "CodeGroup"})
_COMPONENT_NAMES = "|".join(sorted(_COMPONENTS, key=len, reverse=True))
_COMPONENT_OPEN = re.compile(rf"^(?P<margin>[ \t]*)<(?P<name>{_COMPONENT_NAMES})(?P<attrs>(?:\s[^<>]*?)?)[ \t]*(?P<closed>/?)>[ \t]*$")
_COMPONENT_CLOSE = re.compile(rf"^[ \t]*</(?P<name>{_COMPONENT_NAMES})>[ \t]*$")
_COMPONENT_UNFINISHED = re.compile(rf"^[ \t]*<(?:{_COMPONENT_NAMES})(?:\s[^<>]*)?$")     # its attributes go on below
_COMPONENT_ONE_LINE = re.compile(rf"^(?P<margin>[ \t]*)(?P<open><(?P<name>{_COMPONENT_NAMES})(?:\s[^<>]*?)?>)"
                                 r"(?P<inner>.*\S.*?)(?P<close></(?P=name)>)[ \t]*$")
_JSX_ATTRIBUTE = re.compile(r"""(?P<key>[\w-]+)(?:[ \t]*=[ \t]*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|\{(?P<expression>[^{}]*)\}))?""")
_JSX_COMMENT = re.compile(r"^[ \t]*\{/\*.*\*/\}[ \t]*$")          # 「{/* 內部備註 */}」 shows nothing
_FENCE_TITLE = re.compile(r"^(?P<fence>[ \t]*(?:`{3,}|~{3,}))[ \t]*(?P<language>[^\s`{]*)[ \t]*(?P<title>.*?)[ \t]*$")
COMPONENT_DEPTH = 8     # components in components read as such; deeper ones keep their tags (no runaway indentation)


def _jsx_attributes(attrs: str) -> dict[str, str]:
    """A component's attributes: `title="…"`, `cols={2}`, a bare `defaultOpen` (true)."""
    found: dict[str, str] = {}
    for match in _JSX_ATTRIBUTE.finditer(attrs):
        value = next((v for v in match.group("double", "single", "expression") if v is not None), "true")
        found[match.group("key")] = " ".join(value.split())
    return found


def _component_lines(lines: list[str]) -> list[str]:
    """Lines with a component's opening tag whole on one line (its attributes may go on over
    several), a component opened and closed on one line split in three, and without JSX
    comments; fenced code as it is."""
    out: list[str] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        opener = _ANY_FENCE.match(line)
        i += 1
        if fence is not None or opener:
            fence = fence_after(fence, opener)
            out.append(line)
            continue
        if "<" not in line and "{/*" not in line:
            out.append(line)
            continue
        if _COMPONENT_UNFINISHED.match(line):
            end = next((j for j in range(i, min(i + 20, len(lines))) if ">" in lines[j]), None)
            joined = " ".join([line.rstrip(), *(part.strip() for part in lines[i:end + 1])]) if end is not None else ""
            if end is not None and (_COMPONENT_OPEN.match(joined) or _COMPONENT_ONE_LINE.match(joined)):
                line, i = joined, end + 1
        one = _COMPONENT_ONE_LINE.match(line)
        if one:
            margin = one.group("margin")
            out += [margin + one.group("open"), margin + one.group("inner").strip(), margin + one.group("close")]
        elif not _JSX_COMMENT.match(line):
            out.append(line)
    return out


def _component_pairs(lines: list[str]) -> dict[int, int]:
    """The line closing each component, by the line opening it: a closing tag closes the latest
    component of its name still open (tags in fenced code are code)."""
    pairs: dict[int, int] = {}
    opened: dict[str, list[int]] = {}
    for i, line in unfenced(lines):
        if (tag := _COMPONENT_OPEN.match(line)) and not tag.group("closed"):
            opened.setdefault(tag.group("name"), []).append(i)
        elif (tag := _COMPONENT_CLOSE.match(line)) and opened.get(tag.group("name")):
            pairs[opened[tag.group("name")].pop()] = i
    return pairs


def _indented(lines: list[str], margin: str) -> list[str]:
    """Lines indented under a block opened at `margin`; a blank line too (two empty lines end an admonition)."""
    return [f"{margin}    {line}" if line.strip() else f"{margin}    " for line in lines]


def _code_tabs(lines: list[str]) -> list[str]:
    """A code group's blocks, each titled by the title its fence gives (「```text Kcell / Activ」) as
    a content tab over it: Mintlify shows the group as tabs named so."""
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        opener = _ANY_FENCE.match(line)
        if fence is None and opener and (info := _FENCE_TITLE.match(line)):
            title = info.group("title")
            named = re.search(r"""\btitle=(?:"([^"]*)"|'([^']*)')""", title)
            title = (named.group(1) or named.group(2) or "") if named else title
            if title:
                out.append(f'=== "{title.replace(chr(34), "”")}"')
                line = f"    {info.group('fence').strip()}{info.group('language')}"
        elif fence is not None and out and out[-1].startswith("    "):
            line = "    " + line if line.strip() else "    "
        fence = fence_after(fence, opener)
        out.append(line)
    return out


def mdx_components(markdown: str) -> str:
    r"""Read Mintlify's components (MDX tags a `.md` page holds) as the built page shows them.

    CommonMark reads a component's tag and the lines under it as raw HTML, so the Markdown it
    holds showed as typed (「**Twin SIM**」, links) and its titles were lost. Each is what it stands
    for: a callout (`<Note>`, `<Tip>`, `<Warning>`, `<Info>`, `<Check>`, `<Danger>`, Docusaurus's
    `<Admonition>`) an admonition, text of its section; an `<Accordion title>` (`<Expandable>`) a
    collapsible, a Q&A when its title asks; a `<Tab title>` (Docusaurus's `<TabItem label>`) a content
    tab; a `<CodeGroup>`'s code blocks content tabs named by their titles; `<Steps>` a procedure, an
    ordered list whose items' first lines are their `<Step title>`s (the fragmenter's steps, titled
    so, whatever the part's heading says: a list whose items all lead in bold would be steps only
    under a heading naming them). A
    `<Card>` linking another page (`href`) is navigation and goes with its text; one linking
    nowhere is content, a callout led by its title. Wrappers (`<AccordionGroup>`, `<CardGroup>`,
    `<Tabs>`, `<Frame>`) show what they hold; JSX comments nothing. A component never closed stays
    as written, and only `COMPONENT_DEPTH` deep; fenced code keeps its text.

    >>> print(mdx_components('<Note>\n  **免費**，見 [說明](/x)。\n</Note>\n<AccordionGroup>\n'
    ...                      '  <Accordion title="能改嗎？">\n    不能。\n  </Accordion>\n</AccordionGroup>'))
    !!! note
        **免費**，見 [說明](/x)。
    <BLANKLINE>
    <BLANKLINE>
    ??? note "能改嗎？"
        不能。
    <BLANKLINE>
    <BLANKLINE>
    """
    if "</" not in markdown or not any(f"</{name}>" in markdown for name in _COMPONENTS):
        return markdown
    lines = _component_lines(markdown.split("\n"))
    return "\n".join(_components(lines, 0, len(lines), _component_pairs(lines), COMPONENT_DEPTH))


def _components(lines: list[str], start: int, end: int, pairs: dict[int, int], depth: int) -> list[str]:
    """`mdx_components` over lines[start:end]."""
    out: list[str] = []
    fence: str | None = None
    i = start
    while i < end:
        line = lines[i]
        opener = _ANY_FENCE.match(line)
        tag = _COMPONENT_OPEN.match(line) if fence is None and not opener else None
        if tag and tag.group("closed"):
            i += 1              # a component holding nothing: a card or a snippet linking elsewhere
            continue
        if tag is None or i not in pairs or depth <= 0:
            fence = fence_after(fence, opener) if fence is not None or opener else None
            out.append(line)
            i += 1
            continue
        close = pairs[i]
        name, margin, attrs = tag.group("name"), tag.group("margin"), _jsx_attributes(tag.group("attrs"))
        inner = textwrap.dedent("\n".join(_components(lines, i + 1, close, pairs, depth - 1))).split("\n")
        title = (attrs.get("title") or attrs.get("label") or "").replace('"', "”")
        if name == "Steps":
            out += _steps(lines, i + 1, close, pairs, depth - 1, margin)
        elif name == "Card" and attrs.get("href"):
            pass                # a link to another page: navigation, and its text describes that page
        elif name in _COMPONENT_WRAPPERS:
            out += ["", *(f"{margin}{part}" if part.strip() else "" for part in inner), ""]
        elif name in ("Tab", "TabItem"):
            out += [f'{margin}=== "{title or attrs.get("value") or "…"}"', *_indented(inner, margin), ""]
        elif name == "CodeGroup":
            out += ["", *(f"{margin}{part}" if part.strip() else "" for part in _code_tabs(inner)), ""]
        else:                   # callouts, accordions, a card that links nowhere
            kind = _COMPONENT_KINDS.get(name) or re.sub(r"[^\w-]", "", attrs.get("type", "")) or "note"
            marker = "???" if name in ("Accordion", "Expandable") and title else "!!!"
            out += [f'{margin}{marker} {kind}' + (f' "{title}"' if title else ""), *_indented(inner, margin), ""]
        i = close + 1
    return out


def _steps(lines: list[str], start: int, end: int, pairs: dict[int, int], depth: int, margin: str) -> list[str]:
    """A `<Steps>` component as an ordered list, each `<Step>` an item whose first line is its
    title and whose later paragraphs are what it holds."""
    steps: list[tuple[str, list[str]]] = []
    i = start
    while i < end:
        tag = _COMPONENT_OPEN.match(lines[i])
        if tag and tag.group("name") == "Step" and i in pairs:
            inner = textwrap.dedent("\n".join(_components(lines, i + 1, pairs[i], pairs, depth - 1)))
            steps.append((_jsx_attributes(tag.group("attrs")).get("title", ""), inner.strip("\n").split("\n")))
            i = pairs[i] + 1
        else:
            if lines[i].strip():
                steps.append(("", [lines[i].strip()]))
            i += 1
    out = [""]
    for n, (title, body) in enumerate(steps, start=1):
        first = title or (body.pop(0) if body else "")
        out += [f"{margin}{n}. {first}", margin, *_indented(body, margin)]
    return out + [""]


_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_CJK_EDGE = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


def _join_wrapped(a: str, b: str) -> str:
    """Two lines of one wrapped cell: Chinese joins without a space, other text with one."""
    if not a or not b:
        return a or b
    return a + b if _CJK_EDGE.match(a[-1]) or _CJK_EDGE.match(b[0]) else f"{a} {b}"


def grid_tables(markdown: str) -> str:
    r"""Pandoc's grid tables (`+----+` rules around `| cell |` lines, a cell's text wrapped over
    several lines) as pipe tables, one line a row, which markdown-it reads.

    >>> grid_tables("+----+------+\n| 业者 | 方案 |\n+====+======+\n| Kcell | Plus（5 990 |\n|  | ₸／月） |\n+----+------+")
    '| 业者 | 方案 |\n| --- | --- |\n| Kcell | Plus（5 990 ₸／月） |'
    """
    if "+-" not in markdown:
        return markdown
    lines, out, i = markdown.split("\n"), [], 0
    while i < len(lines):
        end = i
        while end < len(lines) and (_GRID_RULE.match(lines[end]) or _GRID_ROW.match(lines[end])):
            end += 1
        if not _GRID_RULE.match(lines[i]) or end - i < 3:
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        current: list[str] | None = None
        for line in lines[i:end]:
            if _GRID_RULE.match(line):
                if current is not None:
                    rows.append(current)
                current = None
                continue
            cells = [cell.strip() for cell in line.strip()[1:-1].split("|")]
            current = cells if current is None else [_join_wrapped(a, b) for a, b in zip(current, cells)]
        if current is not None:
            rows.append(current)
        if rows:
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("| " + " | ".join("---" for _ in rows[0]) + " |")
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        i = end
    return "\n".join(out)
