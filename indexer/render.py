"""Render a `Source` to HTML: Markdown (and `.txt`) become the HTML that `parse` walks, so one
walker serves every format; an HTML page passes as it is.

Pure: no I/O. What each format's writers type instead of markup is read as their readers see
it, before markdown-it renders the text:

- a `.txt` article is plain text's layout, read into Markdown by `indexer.render_text`: rule
  lines, 【】 parts, step lines, an e-mail's headers and footer, an e-mail thread's mails, a PDF's
  pages, canned replies' templates; a chat exported as text (WhatsApp, Telegram, LINE, QQ,
  KakaoTalk) is its questions and answers, read by `indexer.render_chat`;
- Markdown as other tools write it is rewritten line by line first (`indexer.render_markup`):
  static-site template tags (Hugo's hints and notices are callouts, its details and expand
  collapsibles, its tabs and columns named parts, its buttons nothing), Mintlify's components
  (callouts, accordions, tabs, titled code blocks, steps as a procedure; cards linking other pages
  nothing), an Obsidian note's block ids (gone) and task boxes (their state), note editors' callouts and
  wikilinks, callout tags, Pandoc's grid tables, Docsify's
  tab sets; Pandoc's title block titles the document;
- markdown-it with front matter (its `title:`), footnotes, MkDocs admonitions and content tabs,
  Pandoc's attributes; containers (`:::warning` … `:::` of Outline, Yuque, Docusaurus, VuePress)
  are admonitions (`_containers`), a diagram's (Azure DevOps's `::: mermaid`) nothing; Outline's lone `\\` lines show nothing and a bold line over
  its text (`**主要公路**\\`) is a paragraph of its own (`_line_breaks`); Docsify's heading
  attributes go and its `?>` / `!>` paragraphs are notes (`_docsify_blocks`); in inline text,
  codes like *111# are escaped so they are not emphasis, the bold around one kept (`escape_codes`),
  CJK bold closing on punctuation is mended (`cjk_strong`), and emoji shortcodes and Docsify's
  embeds show nothing (`_icons_and_embeds`).

A SiYuan note (its kramdown attribute lists naming SiYuan's block ids: `render_markup.siyuan_note`)
is first written out as the note SiYuan shows, without attribute lists, super-block markers and
filing tags, its references their anchors, its document `title=` its title.

A Logseq page (an outline of bullets carrying Logseq's page or block properties:
`render_logseq.is_logseq`) is first written out as the page Logseq shows: its `title::` its
title, its `- ## …` bullets headings, numbered bullets an ordered list, properties, task markers,
macros and filing tags gone, block references their block's text (`indexer.render_logseq`).

A `.txt` that is a Sphinx page's reStructuredText source (a title underlined as docutils asks,
and directives, targets or roles: `render_rst.is_rst`) is read by docutils instead, as the
published page shows it (`indexer.render_rst`); one that is an Emacs Org file (its `#+TITLE:`
keyword lines, or its blocks and drawers under 「* 」 headings: `render_org.is_org`) is read by
orgparse into Markdown (`indexer.render_org`); one that is a video's subtitles, all SubRip or WebVTT cues, is its
speech in paragraphs, titled by its file name (`indexer.render_subtitles`). One that is an e-mail's raw source (an .eml: RFC 822
headers with MIME ones, `render_eml.is_raw_mail`) is first read by the `email` package into the mail it
shows, then as a mail saved as text (`indexer.render_eml`).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import PurePosixPath

import yaml
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from indexer.model import Source
from indexer.render_markup import (callout_tags, docsify_tabs, fence_after, grid_tables, mdx_components, note_markup,
                                    obsidian_note, siyuan_note, template_tags)
from indexer.render_logseq import logseq_page
from indexer.render_org import is_org, org_markdown
from indexer.render_rst import is_rst, rst_html
from indexer.render_chat import chat_markup
from indexer.render_subtitles import subtitles_page
from indexer.render_eml import raw_mail
from indexer.render_text import cut_mail_footer, mail_thread, pdf_text, plain_text_markup, strip_mail_headers

# A USSD-like code: a run of digits, * and # holding at least one digit and one * (a star its
# writer escaped, 「\*444\*0#」, is a part of it too).
_CODE_RUN = re.compile(r"(?<![\\\w])(?:\\\*|[*#0-9])*\*(?:\\\*|[*#0-9])*")
_BARE_STAR = re.compile(r"(?<!\\)\*")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).*?\1")

_DEEP_QUOTE = re.compile(r"^((?:[ \t]*>){40})(?:[ \t]*>)+", re.MULTILINE)    # see _markdown


def escape_codes(markdown: str) -> str:
    """Backslash-escape the asterisks of codes like *111* or *#06# outside code spans and fences."""
    out: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines(keepends=True):
        opener = _FENCE.match(line)
        if fence is not None or opener:
            fence = fence_after(fence, opener)
            out.append(line)
            continue
        pieces, last = [], 0
        for span in _CODE_SPAN.finditer(line):
            pieces.append(_escape_runs(line[last:span.start()]))
            pieces.append(span.group(0))
            last = span.end()
        pieces.append(_escape_runs(line[last:]))
        out.append("".join(pieces))
    return "".join(out)


def _escape_runs(text: str) -> str:
    r"""Escape the stars of the codes in a text, not those of a bold run the code opens or closes.

    Bold opened before a code and closed right after it (「**拨 *111#**」, 「**\*444\*0#**」, its stars
    escaped by the writer), or a bold number (「**3 天**」, 「**版本 3.2**」), keeps its `**`; the code's
    own stars show as typed.

    >>> _escape_runs(r"撥 **\*444\*0#**，**拨 *111#**，拨 *100#，**3 天**")
    '撥 **\\*444\\*0#**，**拨 \\*111#**，拨 \\*100#，**3 天**'
    """
    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        if not any(c.isdigit() for c in run):
            return run
        lead = "**" if run.startswith("**") and (run.endswith("**") and len(run) > 4 or "**" in text[match.end():]) else ""
        body = run[len(lead):]
        trail = "**" if len(body) > 2 and body.endswith("**") and (lead or "**" in text[:match.start()]) else ""
        body = body[:len(body) - len(trail)]
        return lead + _BARE_STAR.sub(r"\\*", body) + trail

    return _CODE_RUN.sub(fix, text)


def _inline_text(state: StateCore) -> None:
    """Escape codes and mend CJK bold only in the text markdown-it reads inline (paragraphs,
    headings, cells).

    Raw HTML blocks and code blocks keep their text as written: a backslash added there
    would reach the reader (「\\*119\\*2#」 in an HTML table typed into Markdown).
    """
    for token in state.tokens:
        if token.type == "inline":
            token.content = cjk_strong(escape_codes(token.content))


_STRONG = re.compile(r"(?<![\\*])(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1(?!\*)")


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def cjk_strong(text: str) -> str:
    """Move punctuation out of a bold run where CommonMark would leave its stars as text.

    A closing `**` after punctuation must be followed by a space or punctuation, an opening
    one before punctuation preceded by them: Chinese puts neither (「**说明：**最近」,
    「点**「设置」**进入」), so the stars would show. The text reads the same; only the bold
    run is shorter.

    >>> cjk_strong("**说明：**最近更新") + " " + cjk_strong("点**「设置」**进入") + " " + cjk_strong("**问：可以吗？**")
    '**说明**：最近更新 点「**设置**」进入 **问：可以吗？**'
    """
    if "**" not in text and "__" not in text:
        return text

    def mend(match: re.Match[str]) -> str:
        mark, inner = match.group(1), match.group(2)
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        lead = trail = ""
        if not before.isspace() and not _punctuation(before):
            while inner and _punctuation(inner[0]):
                lead, inner = lead + inner[0], inner[1:]
        if not after.isspace() and not _punctuation(after):
            while inner and _punctuation(inner[-1]):
                inner, trail = inner[:-1], inner[-1] + trail
        if not inner.strip():
            return match.group(0)
        return f"{lead}{mark}{inner}{mark}{trail}"

    if "`" not in text:
        return _STRONG.sub(mend, text)
    pieces, last = [], 0                 # code spans keep their text as written
    for span in _CODE_SPAN.finditer(text):
        pieces += [cjk_strong(text[last:span.start()]), span.group(0)]
        last = span.end()
    return "".join(pieces) + cjk_strong(text[last:])


_LEAD_END = re.compile(r"[。！？!?：:；;，,]$")


def _admonitions(state: StateCore) -> None:
    """Read MkDocs admonitions (`!!! note "标题"`, `??? question "…？"`) as a reader sees them.

    A collapsible one (`???`, pymdownx.details: MkDocs shows it as <details>) and one titled
    by a question become <details><summary>, read as a question and its answer like an HTML
    accordion. Any other is a callout: its body is text of the section it stands in, led by
    its title (「销号前先解绑：…」). A title MkDocs makes from the type alone (Note, Info)
    says nothing a reader looks for and is dropped.
    """
    tokens, out, opened = state.tokens, [], []       # opened: the tags of the admonitions being read
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type != "admonition_open":
            if token.type == "admonition_close":
                token.tag, token.attrs = opened.pop(), {}
            out.append(token)
            i += 1
            continue
        titled = tokens[i + 1].type == "admonition_title_open"
        title = token.content.strip() if titled and " " in token.info.strip() else ""
        following = i + 4 if titled else i + 1
        token.attrs = {}
        if token.markup.startswith("?") or title.endswith(("？", "?")):
            token.tag = "details"
            out.append(token)
            if title:
                tokens[i + 1].tag = tokens[i + 3].tag = "summary"
                tokens[i + 1].attrs = {}
                out.extend(tokens[i + 1:i + 4])
        else:
            token.tag = "div"
            out.append(token)
            if title:
                lead = title if _LEAD_END.search(title) else f"{title}："
                if tokens[following].type == "paragraph_open":
                    tokens[following + 1].content = lead + tokens[following + 1].content
                else:
                    tokens[i + 1].attrs = {}
                    tokens[i + 2].content = lead
                    out.extend(tokens[i + 1:i + 4])
        opened.append(token.tag)
        i = following
    state.tokens = out


# What follows the colons of a container: its kind and its title, as Outline and Yuque (「:::info」),
# Docusaurus (「:::note 标题」, 「:::tip[标题]」), VuePress / VitePress (「::: details 标题」), Pandoc's and
# MyST's fenced divs (「::: {.warning}」, 「:::{note} 标题」) write them
_CONTAINER = re.compile(r"[ \t]*(?P<kind>[A-Za-z][\w-]*)?[ \t]*(?:\[(?P<bracketed>[^\]\n]*)\])?"
                        r"[ \t]*(?:\{(?P<attrs>[^{}\n]*)\})?[ \t]*(?P<title>.*?)(?:[ \t]+:{3,})?[ \t]*")
_ATTR_TITLE = re.compile(r"""\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))""")
_ATTR_KIND = re.compile(r"^[ \t]*\.?([A-Za-z][\w-]*)")


def _container_opens(params: str, markup: str) -> bool:
    """A line of colons opens a container when a kind or attributes follow them (a bare line
    of colons only closes one)."""
    match = _CONTAINER.fullmatch(params)
    return match is not None and bool(match.group("kind") or match.group("attrs"))


def container_kind(params: str) -> tuple[str, str]:
    """The kind of a container and its title ("" when it has none) from what follows its colons.

    >>> container_kind("tip[改语言前]"), container_kind(" details 点开看"), container_kind(' {.callout-tip title="注意"}')
    (('tip', '改语言前'), ('details', '点开看'), ('callout-tip', '注意'))
    """
    match = _CONTAINER.fullmatch(params)
    if match is None:
        return "note", ""
    attrs = match.group("attrs") or ""
    named = _ATTR_TITLE.search(attrs)
    title = match.group("bracketed") or (next(g for g in named.groups() if g is not None) if named else "") \
        or match.group("title")
    kind = match.group("kind") or ((m := _ATTR_KIND.match(attrs)) and m.group(1)) or "note"
    return kind.lower(), " ".join(title.split())


# the languages a wiki draws a diagram from (Azure DevOps's 「::: mermaid」): a reader sees the drawing
DIAGRAM_KINDS = frozenset({"mermaid", "plantuml", "puml", "graphviz", "dot"})
CONTAINER_DEPTH = 8      # containers in containers read as such; deeper ones are lines of text (no runaway nesting)


def _depth_limited(rule: Callable[[StateBlock, int, int, bool], bool]) -> Callable[[StateBlock, int, int, bool], bool]:
    """The container rule, reading containers `CONTAINER_DEPTH` deep at most: markdown-it drops
    everything past its nesting limit, and each open container searches the rest of the page for
    its end, so a page of unclosed 「:::info」 lines would lose its text and take long."""
    def limited(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        depth = state.env.get("container_depth", 0)
        if depth >= CONTAINER_DEPTH:
            return False
        state.env["container_depth"] = depth + 1
        try:
            return rule(state, start, end, silent)
        finally:
            state.env["container_depth"] = depth
    return limited


def _containers(state: StateCore) -> None:
    """Read a container (`:::warning` … `:::`, see `container_kind`) as the MkDocs admonition it
    stands for, so `_admonitions` reads both alike: Outline, Yuque, Docusaurus and VuePress show it
    as a callout, titled when a title follows its kind (a kind alone is a type name, no title);
    VuePress's `::: details` is collapsible, a <details>. Without this the colons show as text.
    A diagram's container (Azure DevOps wiki's `::: mermaid` … `:::`) shows the drawing, never its
    source: it goes, as a fenced 「```mermaid」 block does (`clean`'s 「language-mermaid」).
    """
    tokens, out = state.tokens, []
    skip_to = -1        # the level of the diagram container being skipped (-1: none)
    for token in tokens:
        if skip_to >= 0:
            if token.type == "container_callout_close" and token.level == skip_to:
                skip_to = -1
            continue
        if token.type == "container_callout_open":
            kind, title = container_kind(token.info)
            if kind in DIAGRAM_KINDS:
                skip_to = token.level
                continue
            token.type, token.markup = "admonition_open", "???" if kind == "details" else "!!!"
            token.info, token.content = f"{kind} {title}" if title else kind, title
            out.append(token)
            if title:
                out.extend(_block_tokens("admonition_title", "p", title, token.map))
                for part in out[-3:]:
                    part.level = token.level + 1
        elif token.type == "container_callout_close":
            token.type, token.markup = "admonition_close", "!!!"
            out.append(token)
        else:
            out.append(token)
    state.tokens = out


# Docsify's attributes of a heading: its anchor (「:id=move」), and 「:docsify-ignore(-all)」 or
# 「{docsify-ignore}」 keeping it out of the sidebar
_HEADING_ATTRIBUTE = re.compile(r"(?<!\S)(?::id=[\w%-]+|:docsify-ignore(?:-all)?|\{docsify-ignore(?:-all)?\})(?!\S)")
_DOCSIFY_NOTE = re.compile(r"^([?!])>[ \t]*")       # 「?> 提示」, 「!> 重要」


def heading_attributes(text: str) -> str:
    """A heading's text without Docsify's attributes: they name its anchor and keep it out of
    the sidebar, and Docsify shows none of them.

    >>> heading_attributes("搬家移机 :id=move"), heading_attributes("相关页面 :docsify-ignore"), heading_attributes("10:30 :id")
    ('搬家移机', '相关页面', '10:30 :id')
    """
    return _HEADING_ATTRIBUTE.sub("", text).strip() if ":" in text or "{" in text else text


def _docsify_blocks(state: StateCore) -> None:
    """Read Docsify's headings and notes as Docsify shows them, before the admonitions are read.

    A heading loses its attributes (`heading_attributes`); a paragraph opened by `?>` (a tip)
    or `!>` (important) is a note, read as an untitled MkDocs admonition is (`_admonitions`):
    text of its section, without the marker.
    """
    tokens, out = state.tokens, []
    note = False                    # a note's paragraph is open: close the note after it
    for i, token in enumerate(tokens):
        if token.type == "inline" and i and tokens[i - 1].type == "heading_open":
            token.content = heading_attributes(token.content)
        elif token.type == "paragraph_open" and (marker := _DOCSIFY_NOTE.match(tokens[i + 1].content)):
            tokens[i + 1].content = tokens[i + 1].content[marker.end():]
            out.append(Token("admonition_open", "div", 1, block=True, map=token.map, level=token.level,
                             markup="!!!", info="tip" if marker.group(1) == "?" else "important"))
            note = True
        out.append(token)
        if token.type == "paragraph_close" and note:
            out.append(Token("admonition_close", "div", -1, block=True, level=token.level, markup="!!!"))
            note = False
    state.tokens = out


# An emoji or icon shortcode (「:bulb:」, 「:+1:」, MkDocs' 「:material-phone:」): ASCII between colons,
# not touching a word, a number or a path (「10:30:00」, 「a:b:c」, a URL keep theirs)
_SHORTCODE = re.compile(r"(?<![A-Za-z0-9_:/.])(?P<before>[ \t]?):(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1):"
                        r"(?![A-Za-z0-9_:])(?P<after>[ \t]?)")
_INCLUDE = re.compile(r"(?<!\S):include(?!\S)")     # a Docsify embed: [text](page.md ':include')


def emoji_codes(text: str) -> str:
    """Text without emoji shortcodes: the page shows a picture there, never its name, and no
    emoji library is at hand to draw it. Times, ratios and URLs keep their colons.

    >>> emoji_codes(":bulb: 安装费 10:30:00，见 https://x.kz/a:b:c :warning: 或:+1:吧")
    '安装费 10:30:00，见 https://x.kz/a:b:c 或吧'
    """
    if ":" not in text:
        return text
    return _SHORTCODE.sub(lambda m: " " if m.group("before") and m.group("after") else "", text)


_BREAKS = frozenset({"softbreak", "hardbreak"})


def _empty(child: Token) -> bool:
    return child.type == "text" and not child.content.strip()


def _without_backslash_lines(children: list[Token]) -> list[Token]:
    """A paragraph's inline tokens without its lines holding only a backslash, a backslash
    closing it after markup (「**村子**\\」: a hard break with no line after it), nor the line
    breaks before its first line and after its last."""
    kept = [child for i, child in enumerate(children)
            if not (child.type == "text" and child.content.strip() == "\\"
                    and (i == 0 or children[i - 1].type in _BREAKS or i + 1 == len(children))
                    and (i + 1 == len(children) or children[i + 1].type in _BREAKS))]
    while kept and (kept[0].type in _BREAKS or _empty(kept[0])):
        kept.pop(0)
    while kept and (kept[-1].type in _BREAKS or _empty(kept[-1])):
        kept.pop()
    return kept


def _bold_line_end(children: list[Token]) -> int:
    """Where a paragraph's first line ends (its hard break) when the line is all bold and text
    follows it (「**主要公路**\\⏎阿拉木图—…」); 0 otherwise."""
    first = next((i for i, child in enumerate(children) if not _empty(child)), None)
    if first is None or children[first].type != "strong_open":
        return 0
    depth = 0
    for i in range(first, len(children)):
        depth += {"strong_open": 1, "strong_close": -1}.get(children[i].type, 0)
        if children[i].type in _BREAKS:
            return 0                                # the bold run goes on past the line
        if depth == 0:
            end = next((j for j in range(i + 1, len(children)) if not _empty(children[j])), len(children))
            rest = children[end + 1:]
            return end if end < len(children) and children[end].type == "hardbreak" \
                and any(not _empty(c) and c.type not in _BREAKS for c in rest) else 0
    return 0


def _line_breaks(state: StateCore) -> None:
    """Read hard line breaks as Outline's Markdown export means them.

    Outline writes an empty paragraph as a line holding only a backslash, which CommonMark
    shows as such: it shows nothing. A line all in bold ending with a hard break over its text
    (「**主要公路**\\」, a writer's pseudo-heading) is a paragraph of its own, as the bold line
    the parser reads as a sub-heading or a question is; inside it, it led the text as its first
    sentence. A tight list's paragraphs are never split: they show no paragraph of their own.
    """
    tokens, out = state.tokens, []
    i = 0
    while i < len(tokens):
        if tokens[i].type != "paragraph_open" or not tokens[i + 1].children:
            out.append(tokens[i])
            i += 1
            continue
        opening, inline, closing = tokens[i:i + 3]
        i += 3
        children = _without_backslash_lines(inline.children)
        if not children:
            continue                    # nothing of the paragraph shows
        end = 0 if opening.hidden else _bold_line_end(children)
        out.append(opening)
        if end:
            out += [Token("inline", "", 0, children=children[:end], map=inline.map, level=inline.level),
                    Token("paragraph_close", "p", -1, block=True, level=opening.level),
                    Token("paragraph_open", "p", 1, block=True, map=opening.map, level=opening.level)]
            children = children[end + 1:]
        inline.children = children
        out += [inline, closing]
    state.tokens = out


def _icons_and_embeds(state: StateCore) -> None:
    """Inline, what the page shows instead of its markup: no emoji shortcode (`emoji_codes`), and
    nothing for a Docsify embed (`[页脚](footer.md ':include')`), which the page replaces by the
    file it names, a file no article of the corpus is; its link text is never shown."""
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        kept, embed = [], False
        for child in token.children:
            if child.type == "link_open" and _INCLUDE.search(str(child.attrs.get("title", ""))):
                embed = True
            elif embed:
                embed = child.type != "link_close"
            else:
                if child.type == "text":
                    child.content = emoji_codes(child.content)
                kept.append(child)
        token.children = kept


_TAB_LABEL = re.compile(r'^===[!+]{0,2}[ \t]+"(.+)"[ \t]*$')


def _content_tab(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Read a content tab (pymdownx.tabbed: `=== "Kcell"` over lines indented by four spaces)
    into `tab_open` (its label), its content read as Markdown, `tab_close`; `_content_tabs` says
    what a reader sees. Without this the label is a literal line and the content a code block."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    match = _TAB_LABEL.match(state.src[state.bMarks[start] + state.tShift[start]:state.eMarks[start]])
    if match is None:
        return False
    if silent:
        return True
    indent, line = state.sCount[start] + 4, start + 1
    while line < end and (state.isEmpty(line) or state.sCount[line] >= indent):
        line += 1
    saved = state.blkIndent, state.lineMax, state.parentType
    state.blkIndent, state.lineMax = indent, line
    token = state.push("tab_open", "", 1)
    token.content, token.map = match.group(1).strip(), [start, line]
    state.md.block.tokenize(state, start + 1, line)
    state.push("tab_close", "", -1)
    state.blkIndent, state.lineMax, state.parentType = saved
    state.line = line
    return True


def _content_tabs(state: StateCore) -> None:
    """Make each content tab's label lead its content, as a reader of the page sees it.

    At the top level a tab is a sub-heading one level below the heading it stands under, so
    「=== "Kcell"」 over a numbered list is a procedure 「销号流程（Kcell）」 under 「## 销号流程」; text
    after the tabs belongs to that heading again (it is repeated). Inside a list or a note a
    tab's label is a paragraph 「Kcell：」 before its content.
    """
    tokens, out = state.tokens, []
    parent: list[Token] = []        # open, inline, close of the last heading outside any tab
    depth = level = 0               # tabs being read; the level of their headings
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and depth == 0:
            parent = tokens[i:i + 3]
        if token.type == "tab_open":
            depth += 1
            if token.level == 0:
                level = min(int(parent[0].tag[1]) + 1, 6) if parent else 2
                # named as tab panels of HTML pages are (「销号流程（Kcell）」): a procedure
                # under it says what it does, not only whose it is
                label = f"{parent[1].content}（{token.content}）" if parent else token.content
                out.extend(_block_tokens("heading", f"h{level}", label, token.map))
            else:
                out.extend(_block_tokens("paragraph", "p", f"{token.content}：", token.map))
        elif token.type == "tab_close":
            depth -= 1
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if token.level == 0 and parent and after is not None and after.type != "tab_open" \
                    and not (after.type == "heading_open" and int(after.tag[1]) <= level):
                out.extend(_block_tokens("heading", parent[0].tag, parent[1].content, parent[1].map))
        else:
            out.append(token)
    state.tokens = out


def _block_tokens(kind: str, tag: str, text: str, lines: list[int] | None) -> list[Token]:
    """The open, inline and close tokens of a block holding `text`, as markdown-it's block parser makes them."""
    opening = Token(f"{kind}_open", tag, 1, block=True, map=lines)
    inline = Token("inline", "", 0, content=text, map=lines, children=[])
    return [opening, inline, Token(f"{kind}_close", tag, -1, block=True)]


FOOTNOTES_TITLE = "注释"


def _footnotes_heading(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict,
                       env: EnvType) -> str:
    """Open the footnotes (markdown-it gathers them at the end) as a part of their own, 注释,
    at the level of the article's sections (after a rule when it has none).

    A help article's footnotes carry facts (a limit, an exception) a reader searches for, so
    they are kept; but they are no part of the last section, often a FAQ answer. Their
    markers (「500 KB[^1]」) and back-links are dropped: a number out of place in the text.
    """
    levels = [int(t.tag[1:]) for t in tokens if t.type == "heading_open" and t.tag != "h1"]
    return f"<h{min(levels)}>{FOOTNOTES_TITLE}</h{min(levels)}>\n" if levels else "<hr>\n"


def _nothing(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    return ""


def _markdown() -> MarkdownIt:
    """The Markdown reader: CommonMark with tables, front matter, footnotes, MkDocs admonitions
    and content tabs, `:::` containers, Pandoc's attributes and `[spans]{.mark}`; codes escaped
    before inline parsing."""
    # markdown-it silently drops everything after its nesting limit, and recurses once per
    # level below it: allow deep lists, and cut runs of quote markers to a depth it can take.
    md = (MarkdownIt("commonmark", {"maxNesting": 200}).enable(["table", "strikethrough"])
          .use(front_matter_plugin).use(admon_plugin).use(footnote_plugin)
          .use(attrs_plugin, spans=True).use(attrs_block_plugin)      # Pandoc's {#id .class width=…}
          .use(container_plugin, name="callout", validate=_container_opens))     # 「:::tip」 … 「:::」
    md.add_render_rule("footnote_block_open", _footnotes_heading)
    for kind in ("footnote_ref", "footnote_anchor", "footnote_open", "footnote_close", "footnote_block_close"):
        md.add_render_rule(kind, _nothing)
    rule = dict(zip(md.block.ruler.get_active_rules(), md.block.ruler.getRules("")))["container_callout"]
    md.block.ruler.at("container_callout", _depth_limited(rule), {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.block.ruler.before("fence", "content_tab", _content_tab,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.core.ruler.before("inline", "docsify_blocks", _docsify_blocks)
    md.core.ruler.before("inline", "containers", _containers)
    md.core.ruler.before("inline", "admonitions", _admonitions)
    md.core.ruler.before("inline", "content_tabs", _content_tabs)
    md.core.ruler.before("inline", "escape_codes", _inline_text)
    md.core.ruler.push("icons_and_embeds", _icons_and_embeds)      # after text_join: whole runs of text
    md.core.ruler.push("line_breaks", _line_breaks)
    return md


_md = _markdown()


def is_plain_text(source: Source) -> bool:
    """A `.txt` article: read as Markdown, but its layout is plain text's (`plain_text_markup`)."""
    return PurePosixPath(source.path).suffix.lower() == ".txt"


_PANDOC_TITLE = re.compile(r"\A% ([^\n]+)\n(?:%[^\n]*\n){0,2}")


BRACKETS_MAX = 100     # 「[」 in one paragraph before they are read as text, not as links to be


def defuse_brackets(text: str) -> str:
    r"""Escape the 「[」 of a paragraph that holds more than BRACKETS_MAX of them.

    markdown-it looks for a link's or a span's closing bracket from every 「[」 to the end of
    the paragraph: a paragraph of thousands of brackets (「[[a][」 × 4,000) took 14 s to read,
    for links no page writes that densely.

    >>> defuse_brackets("[a](x) " * 2) == "[a](x) " * 2
    True
    >>> defuse_brackets("[" * 101)[:4]
    '\\[\\['
    """
    if text.count("[") <= BRACKETS_MAX:
        return text
    blocks = re.split(r"(\n[ \t]*\n)", text)
    return "".join(re.sub(r"(?<!\\)\[", r"\\[", b) if b.count("[") > BRACKETS_MAX else b for b in blocks)


def render(source: Source) -> tuple[str, str]:
    """Return the HTML of a source (Markdown rendered, HTML as is) and its own title, if any.

    A Markdown file's title may live in YAML front matter (`title:` between `---` lines, as
    static-site generators and Obsidian write it), a plain-text e-mail's in its Subject line;
    an HTML page's in `<title>`, read later.
    """
    if source.format != "markdown":
        return source.text, ""
    plain = is_plain_text(source)
    mail = raw_mail(source.text, source.encoding) if plain else None    # an e-mail's raw source (.eml)
    if mail is not None and mail.page is not None:
        return mail.page, mail.title    # its HTML body Word wrote: read as Outlook's page (indexer.sites.outlook)
    other = plain and mail is None      # a .txt that may be another tool's file
    if other and is_rst(source.text) and (page := rst_html(source.text)) is not None:
        return page, ""                 # a Sphinx page's source: its first heading, an H1, titles it
    text, title = _DEEP_QUOTE.sub(r"\1", (source.text if mail is None else mail.text).replace("\r\n", "\n")), ""
    if other and (subtitles := subtitles_page(text, PurePosixPath(source.path).stem)) is not None:
        return subtitles                # a video's subtitles (SubRip, WebVTT): its speech in paragraphs, its file name the title
    if other and is_org(text) and (org := org_markdown(text)) is not None:
        text, title = org               # an Org file: its outline's headings, its #+TITLE the title
    elif other and (chat := chat_markup(text)) is not None:
        text = chat                     # a chat exported as text: its messages, questions with their answers
    elif plain and (thread := mail_thread(text)) is not None:
        text, title = thread            # an e-mail thread: each mail a part, the top mail's subject its title
        text = plain_text_markup(text)
    elif plain:                         # plain text's layout: an e-mail, a PDF's pages, rules and 【】 parts
        text, title = strip_mail_headers(text)      # an e-mail's subject names it, as `title:` does
        text = plain_text_markup(cut_mail_footer(pdf_text(text) if "\f" in text else text))
    else:                               # what site generators, note editors and Pandoc write beyond Markdown
        if (siyuan := siyuan_note(text)) is not None:
            text, title = siyuan        # a SiYuan note: no attribute lists, super-blocks or tags; its doc title= its title
        elif (logseq := logseq_page(text)) is not None:
            text, title = logseq        # a Logseq page: its outline as the page Logseq shows, its title:: its title
        text = docsify_tabs(grid_tables(callout_tags(note_markup(obsidian_note(mdx_components(template_tags(text)))))))
        pandoc = _PANDOC_TITLE.match(text)
        if pandoc:      # Pandoc's 「% title ⏎ % author ⏎ % date」: the title over the H1 parts, as Word's is
            text = f"# {' '.join(pandoc.group(1).split())}\n\n{text[pandoc.end():]}"
    tokens = _md.parse(defuse_brackets(text))
    if tokens and tokens[0].type == "front_matter":
        title = _front_matter_title(tokens[0].content)
    return _md.renderer.render(tokens, _md.options, {}), title


def _front_matter_title(content: str) -> str:
    try:
        meta = yaml.safe_load(content)
    except yaml.YAMLError:
        return ""                   # not YAML after all: no title from it, the text is still read
    title = meta.get("title") if isinstance(meta, dict) else None
    return " ".join(str(title).split()) if isinstance(title, (str, int, float)) else ""
