"""Read a `.txt` that is the reStructuredText source of a Sphinx page (what Sphinx publishes as
`_sources/<page>.rst.txt`) with docutils, into the HTML a reader of the published page sees.

Read as plain text, its underlined headings were no headings, its directives, targets, comments,
roles and field lists showed as typed and its `#.` steps ran into one line. Docutils reads it;
what only Sphinx knows is registered here, once (docutils' registries are global):

- Sphinx's roles (`:ref:`, `:doc:`, `:kbd:`, `:menuselection:` …) show their text, as a reference
  shows its title (`:ref:`text <label>`` → text; without one, the label); a role neither knows shows
  its text the same way;
- Sphinx's directives: `code-block` is a literal block, `seealso` and the version notes callouts,
  `only` its content; tables of contents, `index`, `highlight` and `todo` (hidden by Sphinx's default)
  show nothing; a directive neither knows (an extension's tabs, dropdowns, cards) shows its argument
  in bold over its content, never dropping its text;
- docutils' HTML is given the shape `indexer.parse` reads elsewhere: a callout is a `<div>` whose
  kind titles nothing and whose own title leads its text (a question titles a `<details>` Q&A),
  a field list opening the page (its by-line, 「:作者: …」) is no text, and sections keep their
  headings (`doctitle_xform` off, as in Sphinx: docutils would make a lone section a subtitle).

Untrusted input: no file insertion, no raw HTML, no system messages in the output, and any
failure (docutils' recursion on deep nesting, its refusal of over-long lines) or a page too long
to read quickly leaves the article to the plain-text reading (`rst_html` returns None).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

RST_MAX_CHARS = 100_000     # docutils reads ~140 000 characters a second: longer pages are plain text
FALLBACK_MAX = 200          # unknown directives read as text per page; beyond, their body stays as typed

# a title's underline (or overline): one of docutils' adornment characters, repeated
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1{2,}")
# explicit markup only reStructuredText writes: a directive 「.. note::」, a target 「.. _label:」,
# a substitution 「.. |name| replace::」
_EXPLICIT = re.compile(r"^[ \t]*\.\.[ \t]+(?:[A-Za-z][\w.:+-]*::(?=\s|$)|_[^\n]*?[^\s\\]:(?=\s|$)"
                       r"|\|[^|\n]+\|[ \t]+[A-Za-z][\w.:+-]*::)", re.MULTILINE)
_ROLE = re.compile(r"(?<![\w`\\]):[A-Za-z][\w.:+-]*:`[^`\n]+`")


def column_width(text: str) -> int:
    """Return the columns a text takes in a fixed-width font, as docutils counts them.

    East Asian wide characters take two (docutils warns 「Title underline too short」 under a
    Chinese title underlined one mark a character), combining marks none.

    >>> column_width("哪些运营商支持"), column_width("Kcell 455"), column_width("e\\u0301")
    (14, 9, 1)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1
               for c in text)


def _titled(lines: list[str], i: int) -> bool:
    """Line i is a section title: underlined (after a blank line) or over- and underlined by a
    run of one adornment character at least as wide as the title."""
    if i + 1 >= len(lines) or not re.search(r"\w", lines[i]):
        return False
    under = lines[i + 1].rstrip()
    if _ADORNMENT.fullmatch(under) is None:
        return False
    above = lines[i - 1].rstrip() if i else ""
    if above == under:
        return column_width(lines[i].strip()) <= len(under)
    return not above and not lines[i][:1].isspace() and column_width(lines[i].rstrip()) <= len(under)


def is_rst(text: str) -> bool:
    """Tell whether a plain-text article is reStructuredText: a section title underlined as docutils
    asks, and explicit markup (a directive, a target or a role).

    Either alone is plain text's too: a line over 「=====」 in a canned reply or an e-mail, 「..」
    in a sentence.

    >>> is_rst("开通代扣\\n========\\n\\n.. note::\\n\\n   先关掉 Wi-Fi。\\n")
    True
    >>> is_rst("开通代扣\\n====\\n\\n.. note::\\n\\n   先关掉 Wi-Fi。\\n")     # too short for a Chinese title
    False
    >>> is_rst("客服话术\\n\\n==========\\n\\n请稍等.. 我查一下。\\n")
    False
    """
    if _EXPLICIT.search(text) is None and _ROLE.search(text) is None:
        return False
    lines = text.splitlines()
    return any(_titled(lines, i) for i, line in enumerate(lines) if line.strip())


def rst_html(text: str) -> str | None:
    """Return the HTML of a reStructuredText page, or None to leave it to the plain-text reading."""
    if len(text) > RST_MAX_CHARS:
        return None
    publish = _docutils()
    try:
        return publish(text)
    except Exception:           # docutils on hostile input (RecursionError, an assertion): plain text
        log.debug("reStructuredText read as plain text: docutils failed", exc_info=True)
        return None


@cache
def _docutils() -> Callable[[str], str]:
    """Import docutils (only the indexer renders: the search server never pays for it), register
    Sphinx's roles and directives, and return the function turning a page into HTML."""
    from docutils import nodes
    from docutils.core import publish_parts
    from docutils.parsers.rst import Directive, directives, roles
    from docutils.transforms import Transform
    from docutils.utils import unescape
    from docutils.writers import html5_polyglot

    from indexer.render import FOOTNOTES_TITLE     # (render imports this module)

    class AnyOptions(dict[str, Any]):
        """Every option is accepted (and unused): an option docutils does not know (Sphinx's
        `:linenos:`, `:caption:`) would otherwise drop the whole directive with its text."""

        def __missing__(self, key: str) -> Any:
            return directives.unchanged

    def any_options() -> AnyOptions:
        return AnyOptions(name=directives.unchanged, **{"class": directives.unchanged})

    def text_role(name: str, rawtext: str, text: str, lineno: int, inliner: Any,
                  options: Any = None, content: Any = None) -> tuple[list[Any], list[Any]]:
        shown = nodes.inline(rawtext, role_text(name, text))
        if name.lower() == "ref" and not _EXPLICIT_TITLE.match(text):
            shown[LABEL] = unescape(text)       # titled by its section, if on this page (see AsShown)
        return [shown], []

    class Nothing(Directive):
        """What Sphinx turns into navigation or nothing at all (a table of contents, index entries)."""
        optional_arguments, final_argument_whitespace, has_content = 1, True, True
        option_spec = any_options()

        def run(self) -> list[Any]:
            return []

    class CodeBlock(Directive):
        """Sphinx's `code-block`: its lines as typed (a USSD code's stars are no emphasis), under
        its caption; the language only colours it."""
        optional_arguments, final_argument_whitespace, has_content = 1, True, True
        option_spec = any_options()

        def run(self) -> list[Any]:
            code = "\n".join(self.content)
            block = nodes.literal_block(code, code)
            self.add_name(block)
            caption = str(self.options.get("caption") or "").strip()
            return [nodes.paragraph(caption, caption), block] if caption else [block]

    class SeeAlso(Directive):
        """Sphinx's `seealso`: a callout of its section."""
        has_content, option_spec = True, any_options()

        def run(self) -> list[Any]:
            callout = nodes.admonition("\n".join(self.content), classes=["seealso"])
            self.state.nested_parse(self.content, self.content_offset, callout)
            return [callout] if len(callout) else []

    class VersionNote(Directive):
        """A version note: a callout of its section led by what Sphinx shows (「在 3.1 版本加入：」)."""
        required_arguments, optional_arguments, final_argument_whitespace, has_content = 1, 1, True, True
        option_spec = any_options()
        leads = {"versionadded": "在 {} 版本加入", "versionchanged": "在 {} 版本发生变更",
                 "deprecated": "自 {} 版本弃用", "versionremoved": "在 {} 版本移除"}

        def run(self) -> list[Any]:
            kind = self.name.lower()
            callout = nodes.admonition("\n".join(self.content), classes=[kind])
            said, messages = self.state.inline_text(self.arguments[1] if len(self.arguments) > 1 else "", self.lineno)
            callout += nodes.paragraph("", "", nodes.Text(f"{self.leads[kind].format(self.arguments[0])}："),
                                       *said, *messages)
            self.state.nested_parse(self.content, self.content_offset, callout)
            return [callout]

    class Only(Directive):
        """Sphinx's `only`: its content, unless it names other builders than HTML's alone."""
        required_arguments, final_argument_whitespace, has_content = 1, True, True
        option_spec = any_options()

        def run(self) -> list[Any]:
            words = set(re.findall(r"\w+", self.arguments[0].lower()))
            if "html" not in words and words & {"latex", "epub", "man", "texinfo", "text", "pdf", "singlehtml"}:
                return []
            holder = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, holder)
            return list(holder.children)

    for name in SPHINX_ROLES:
        roles.register_local_role(name, text_role)
    for name in ("code-block", "sourcecode", "code"):      # docutils' `code` refuses Sphinx's options
        directives.register_directive(name, CodeBlock)
    directives.register_directive("seealso", SeeAlso)
    for name in VersionNote.leads:
        directives.register_directive(name, VersionNote)
    directives.register_directive("only", Only)
    for name in HIDDEN_DIRECTIVES:
        directives.register_directive(name, Nothing)

    class Unread(Transform):
        """Keep what docutils could not read, which it leaves only in an error message (the output
        drops them, and the text with them).

        A directive neither docutils nor Sphinx knows (an extension's tabs, cards, dropdowns), or
        one docutils refused (a malformed list-table, an option it lacks), is its content read
        where it stood, under its argument in bold; a question (「.. dropdown:: 如何关闭？」) with its
        content is a Q&A. Raw HTML and included files stay out. A malformed table is its text as
        typed, a title out of place a bold line. A line too long for docutils leaves the page to
        the plain-text reading.
        """
        default_priority = 100      # first: the transforms after it see the content read

        def apply(self, **kwargs: Any) -> None:
            from docutils.parsers.rst import Parser

            document, read = self.document, 0
            waiting = [m for m in document.findall(nodes.system_message) if _unread(m)]
            while waiting:
                message = waiting.pop()
                typed = next(c for c in message.children if isinstance(c, nodes.literal_block)).astext()
                directive = _DIRECTIVE.match(typed)
                if directive is None:
                    said = [line.strip() for line in typed.splitlines()
                            if line.strip() and not _ADORNMENT.fullmatch(line.strip())]
                    shown = ([] if not said or typed.lstrip().startswith("..")      # a rule, a substitution's definition
                             else [nodes.paragraph("", "", nodes.strong(said[0], said[0]))] if len(said) == 1
                             else [nodes.literal_block(typed, typed)])
                    message.parent.replace(message, shown)
                    continue
                if directive["name"].lower() in _NEVER_READ:
                    message.parent.remove(message)
                    continue
                argument, body = _directive_parts(typed)
                content: list[Any] = []
                if read < FALLBACK_MAX:
                    start = len(document)
                    Parser().parse(body, document)      # into this document: its targets and references count
                    content = document[start:]
                    del document[start:]
                    waiting += [m for node in content for m in node.findall(nodes.system_message) if _unread(m)]
                elif body.strip():
                    content = [nodes.paragraph(body, body)]
                read += 1
                if argument.endswith(("？", "?")):       # a callout titled by it (see AsShown)
                    shown = [nodes.admonition("", nodes.title(argument, argument), *content)]
                else:
                    shown = [nodes.paragraph("", "", nodes.strong(argument, argument)), *content] if argument else content
                message.parent.replace(message, shown)

    def _unread(message: Any) -> bool:
        if "line-length-limit" in message.astext():
            raise ValueError("a line longer than docutils reads")
        return message["level"] >= 3 and any(isinstance(c, nodes.literal_block) for c in message.children)

    class AsShown(Transform):
        """Give docutils' tree the shape a reader of the Sphinx page sees and `parse` reads."""
        default_priority = 850      # after the references are resolved, before callouts get their kind's title

        def apply(self, **kwargs: Any) -> None:
            document = self.document
            opening = _first_body(document)
            if isinstance(opening, nodes.field_list):       # Sphinx's file metadata (「:orphan:」)
                document.remove(opening)
                opening = _first_body(document)
            if isinstance(opening, nodes.section) and isinstance(byline := _first_body(opening), nodes.field_list):
                opening.remove(byline)                      # the page's by-line (「:作者: …」)
            found = list(document.findall(nodes.Element))
            for node in found:
                if isinstance(node, nodes.Admonition):
                    _callout(node)
                elif isinstance(node, nodes.inline) and (section := _labelled(document, node.get(LABEL))) is not None:
                    node[:] = [nodes.Text(section[0].astext())]     # as Sphinx titles a reference to a section
                elif isinstance(node, nodes.table) and len(node) and isinstance(node[0], nodes.title):
                    node.parent.insert(node.parent.index(node), nodes.paragraph("", "", *node.pop(0).children))
                elif isinstance(node, nodes.problematic):       # markup docutils could not read: as typed
                    role = _ROLE_USE.fullmatch(node.astext())   # (a role neither knows: its text)
                    node.parent.replace(node, nodes.inline(node.astext(), role_text(role["name"], role["text"]))
                                        if role else nodes.Text(node.astext()))
            # none is shown (report_level 5): all go at once, as docutils' own filter would one by one
            # (its time is quadratic in their number: 14 000 errors took 1.4 s)
            messages = [node for node in found if isinstance(node, nodes.system_message)]
            for parent in {id(m.parent): m.parent for m in messages if m.parent is not None}.values():
                parent[:] = [child for child in parent.children if not isinstance(child, nodes.system_message)]
            for message in messages:
                for message_id in message["ids"]:
                    document.ids.pop(message_id, None)

    def _labelled(document: Any, label: str | None) -> Any:
        ref = document.nameids.get(" ".join(label.lower().split())) if label else None
        section = document.ids.get(ref) if ref else None
        return section if isinstance(section, nodes.section) and len(section) else None

    def _first_body(node: Any) -> Any:
        return next((child for child in node.children
                     if not isinstance(child, (nodes.title, nodes.comment, nodes.target, nodes.substitution_definition,
                                               nodes.system_message, nodes.decoration))), None)

    def _callout(node: Any) -> None:
        """A callout's kind (Note, Warning) says nothing a reader looks for: it goes. A title of
        its writer's leads its text, or asks the question its text answers."""
        title = node[0] if len(node) and isinstance(node[0], nodes.title) else None
        kind = [] if isinstance(node, nodes.admonition) else [node.__class__.__name__]
        callout = nodes.admonition(node.rawsource, *node.children, ids=node["ids"],
                                   classes=[*kind, *(c for c in node["classes"] if c in KINDS)])
        node.parent.replace(node, callout)      # (replace_self would give it the kind's class back)
        if title is None:
            return
        said = title.astext().strip()
        if said.endswith(("？", "?")):
            callout["classes"].append(QUESTION)
            return
        callout.remove(title)
        lead = title.children if re.search(r"[。！？!?：:；;，,]$", said) else [*title.children, nodes.Text("：")]
        first = callout[0] if len(callout) else None
        if isinstance(first, nodes.paragraph):
            first[0:0] = list(lead)
        else:
            callout.insert(0, nodes.paragraph("", "", *lead))

    class Translator(html5_polyglot.HTMLTranslator):
        """docutils' HTML5, a callout a `<div>` (a question's a `<details>`) rather than an `<aside>`,
        footnotes under 注释 without their numbers, as Markdown's are (`render._footnotes_heading`)."""

        def visit_admonition(self, node: Any) -> None:
            tag = "details" if QUESTION in node["classes"] else "div"
            self.body.append(self.starttag(node, tag))
            self.context.append(f"</{tag}>\n")

        def depart_admonition(self, node: Any = None) -> None:
            self.body.append(self.context.pop())

        def visit_footnote(self, node: Any) -> None:
            if not isinstance(node.previous_sibling(), type(node)):     # footnotes: a part of their own
                level = min(max(2, self.section_level), 6)
                self.body.append(f"<h{level}>{FOOTNOTES_TITLE}</h{level}>\n")
            super().visit_footnote(node)

        def visit_footnote_reference(self, node: Any) -> None:
            raise nodes.SkipNode        # 「[1]」 in a sentence: a number out of place

        def visit_label(self, node: Any) -> None:
            raise nodes.SkipNode        # a footnote's or citation's number before its text

        def visit_title(self, node: Any) -> None:
            if isinstance(node.parent, nodes.admonition):   # only a question's is left (see _callout)
                self.body.append(self.starttag(node, "summary", ""))
                self.context.append("</summary>\n")
            else:
                super().visit_title(node)

    class Writer(html5_polyglot.Writer):
        def __init__(self) -> None:
            super().__init__()
            self.translator_class = Translator

        def get_transforms(self) -> list[Any]:
            return [*super().get_transforms(), Unread, AsShown]

    settings = {
        "report_level": 5, "halt_level": 5,             # no system message in the text, none stops it
        "file_insertion_enabled": False, "raw_enabled": False,     # untrusted: no files, no raw HTML
        "input_encoding": "unicode", "_disable_config": True,      # no docutils.conf read from anywhere
        "traceback": True,          # an error is raised (and caught), not printed before sys.exit
        "doctitle_xform": False, "initial_header_level": 1,       # the title an H1 over its sections
        "docinfo_xform": False,     # a field list opening the page stays one (see AsShown)
        "toc_backlinks": "none", "syntax_highlight": "none", "warning_stream": False,
        "embed_stylesheet": False, "stylesheet_path": "",       # no style sheet read from disk
    }

    def publish(text: str) -> str:
        return str(publish_parts(text, writer=Writer(), settings_overrides=settings)["html_body"])

    return publish


# Roles only Sphinx knows, read as their text: cross-references, GUI labels, keys, file names.
SPHINX_ROLES = ("ref", "doc", "term", "numref", "any", "download", "keyword", "option", "envvar", "token",
                "kbd", "menuselection", "guilabel", "abbr", "samp", "file", "command", "program", "dfn",
                "mimetype", "manpage", "makevar", "regexp", "newsgroup")
_TITLED_ROLES = frozenset({"ref", "doc", "term", "numref", "any", "download", "keyword", "option", "envvar", "token"})
# Directives whose output is navigation or nothing: tables of contents (links to headings and pages),
# index entries, highlighting defaults, authors, `todo` (Sphinx hides it unless told), included files.
HIDDEN_DIRECTIVES = ("toctree", "contents", "index", "highlight", "tabularcolumns", "sectionauthor", "moduleauthor",
                     "codeauthor", "todo", "todolist", "literalinclude", "currentmodule", "default-domain")
KINDS = frozenset({"seealso", "versionadded", "versionchanged", "deprecated", "versionremoved"})
QUESTION = "question"       # a callout titled by a question: a <details> Q&A
LABEL = "label"             # a reference's label, on the text shown for it
_EXPLICIT_TITLE = re.compile(r"^(.+?)\s*(?<!\x00)<([^<]*?)>$", re.DOTALL)    # Sphinx's 「text <target>」
_ROLE_USE = re.compile(r":(?P<name>[A-Za-z][\w.:+-]*):`(?P<text>.+)`", re.DOTALL)


def role_text(name: str, text: str) -> str:
    r"""Return what a Sphinx page shows for a role: a reference's title, else its target (a `~` shortens
    a dotted name to its last part); a menu path's arrows, a GUI label without its accelerator
    marks, an abbreviation without its explanation, a sample without its braces.

    >>> role_text("ref", "退款步骤 <cb-kids>"), role_text("ref", "cb-kids"), role_text("py:func", "~sms.send")
    ('退款步骤', 'cb-kids', 'send')
    >>> role_text("menuselection", "设置 --> &网络"), role_text("abbr", "USSD (非结构化补充数据业务)")
    ('设置 ‣ 网络', 'USSD')
    """
    name = name.lower()
    if name in _TITLED_ROLES or name not in SPHINX_ROLES:
        titled = _EXPLICIT_TITLE.match(text)
        text = titled.group(1) if titled else text.lstrip("!")
        if not titled and text.startswith("~"):
            text = text[1:].rsplit(".", 1)[-1]
    if name in ("menuselection", "guilabel"):
        text = re.sub(r"&(&?)", r"\1", text)
        if name == "menuselection":
            text = text.replace("-->", "‣")
    elif name == "abbr":
        text = re.sub(r"\s*\([^()]*\)\s*$", "", text, flags=re.DOTALL)
    elif name == "samp":
        text = re.sub(r"(?<!\\)[{}]", "", text).replace("\\{", "{").replace("\\}", "}")
    return _unescape(text)


def _unescape(text: str) -> str:
    """Drop the null bytes docutils puts for backslash escapes (what `docutils.utils.unescape` does,
    without importing docutils for a doctest)."""
    return re.sub("\x00[ \n]?", "", text)


_DIRECTIVE = re.compile(r"\.\.[ \t]+(?:\|[^|\n]+\|[ \t]+)?(?P<name>[A-Za-z][\w.:+-]*)[ \t]*::")
_NEVER_READ = frozenset({"raw", "include"})     # raw HTML, files: disabled (untrusted input), not text
_OPTION_LINE = re.compile(r"^[ \t]*:[^:\n]+:(?:[ \t]|$)")


def _directive_parts(source: str) -> tuple[str, str]:
    """Split an unknown directive as typed (「.. tab:: Kcell⏎   :sync: k⏎⏎   正文」) into its argument,
    on its line and the lines below it up to a blank line or the options, and its content.

    >>> _directive_parts(".. tab:: Kcell\\n   移动\\n   :sync: k\\n\\n   正文\\n\\n   * 一")
    ('Kcell 移动', '正文\\n\\n* 一')
    """
    lines = source.split("\n")
    argument = [lines[0].split("::", 1)[1].strip()] if "::" in lines[0] else []
    i = 1
    while i < len(lines) and lines[i].strip() and not _OPTION_LINE.match(lines[i]):
        argument.append(lines[i].strip())
        i += 1
    while i < len(lines) and lines[i].strip():
        i += 1                                  # options: how it shows, not what
    body = lines[i:]
    indent = min((len(line) - len(line.lstrip()) for line in body if line.strip()), default=0)
    return " ".join(a for a in argument if a), "\n".join(line[indent:] for line in body).strip("\n")
