"""The reader-facing HTML pages: search, article, embed demo (Chinese UI)."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from flask import Blueprint, render_template, request
from markupsafe import Markup, escape

from search_app import present
from search_app.engine import BadQuery
from search_app.index import get_engine

bp = Blueprint("pages", __name__)

MAX_QUERY_CHARS = 500
RESULTS_PER_PAGE = 10
EXAMPLE_QUERIES = ("充值后多久到账", "Kcell 充值代码", "充值失败怎么办", "在线充值")

# Scripts and styles come from our own origin only: no inline <script>, no
# on* handlers, no style="" attributes anywhere in the templates.
SECURITY_HEADERS = {
    "Content-Security-Policy": "; ".join((
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}

_MARK_SPLIT = re.compile(r"(</?mark>)")


def snippet_markup(snippet: str | None) -> Markup:
    """Rebuild an engine snippet as safe HTML whose only tag is <mark>."""
    out: list[str] = []
    open_mark = False
    for part in _MARK_SPLIT.split(snippet or ""):
        if part == "<mark>":
            if not open_mark:
                out.append("<mark>")
                open_mark = True
        elif part == "</mark>":
            if open_mark:
                out.append("</mark>")
                open_mark = False
        elif part:
            # The engine escaped the text; unescape then re-escape so that
            # nothing but our own <mark> can ever reach the page as markup.
            out.append(str(escape(html.unescape(part))))
    if open_mark:
        out.append("</mark>")
    return Markup("".join(out))


def marked_terms(snippet: str | None) -> list[str]:
    """Return the words a snippet marked, unescaped, longest first."""
    terms = {html.unescape(t).strip() for t in re.findall(r"<mark>(.*?)</mark>", snippet or "")}
    return sorted((t for t in terms if t), key=len, reverse=True)


def highlight(text: str, snippet: str | None) -> Markup:
    """Escape plain text and mark the words its snippet marked (whole answers on cards)."""
    terms = marked_terms(snippet)
    if not terms:
        return escape(text)
    pattern = re.compile("(" + "|".join(map(re.escape, terms)) + ")", re.IGNORECASE)
    return Markup("").join(
        Markup("<mark>%s</mark>") % part if i % 2 else escape(part)
        for i, part in enumerate(pattern.split(text)) if part
    )


def paragraphs(text: str | None) -> list[str]:
    """Split a fragment's plain text into its non-empty lines (one per block)."""
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


@dataclass
class ArticleBlock:
    """One unit of the article page: a heading, a fragment, or a procedure's steps."""

    kind: str                        # "heading" | "qa" | "section" | "procedure"
    level: int                       # heading level, 2..6
    title: str = ""                  # heading text / procedure title
    fragment: dict | None = None     # qa / section
    start: int = 1                   # procedure: number of its first step
    steps: list[dict] = field(default_factory=list)


def _level(depth: int) -> int:
    return max(2, min(6, depth))


def article_blocks(fragments: list[dict]) -> list[ArticleBlock]:
    """Lay out an article's ordered fragments for reading.

    Headings that own no text of their own (so no fragment) come back from the
    fragments' heading trails; consecutive steps of one procedure form one block.
    """
    blocks: list[ArticleBlock] = []
    shown: set[tuple[str, ...]] = set()   # heading trails already on the page
    for frag in fragments:
        path = tuple(frag.get("path") or ())
        for depth in range(2, len(path)):
            if path[:depth] not in shown:
                shown.add(path[:depth])
                blocks.append(ArticleBlock(kind="heading", level=_level(depth), title=path[depth - 1]))
        proc = frag.get("procedure")
        if frag.get("type") == "step" and proc:
            shown.add(path)
            last = blocks[-1] if blocks else None
            if last and last.kind == "procedure" and last.title == proc.get("title"):
                last.steps.append(frag)
                continue
            blocks.append(ArticleBlock(
                kind="procedure", level=_level(len(path)), title=proc.get("title", ""),
                start=int(proc.get("index") or 1), steps=[frag],
            ))
            continue
        # The fragment's own heading: shown once (a long section may span fragments),
        # never for the intro, whose trail is the article title alone.
        title = ""
        if len(path) > 1 and path not in shown:
            title = frag.get("title", "") if frag.get("type") == "qa" else path[-1]
        shown.add(path)
        kind = "qa" if frag.get("type") == "qa" else "section"
        blocks.append(ArticleBlock(kind=kind, level=_level(len(path)), title=title, fragment=frag))
    return blocks


@bp.app_template_filter("snippet")
def _snippet_filter(snippet: str | None) -> Markup:
    return snippet_markup(snippet)


@bp.app_template_filter("highlight")
def _highlight_filter(text: str | None, snippet: str | None) -> Markup:
    return highlight(text or "", snippet)


@bp.app_template_filter("paragraphs")
def _paragraphs_filter(text: str | None) -> list[str]:
    return paragraphs(text)


@bp.after_request
def _security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


@bp.route("/")
def search():
    """Show the search form and, for ?q=, the server-rendered answers."""
    query = request.args.get("q", "").strip()
    error = None
    data = None
    if len(query) > MAX_QUERY_CHARS:
        error = f"问题太长了，请精简到 {MAX_QUERY_CHARS} 字以内。"
    elif query:
        try:
            engine = get_engine()
            data = engine.search(query, limit=RESULTS_PER_PAGE)
            data["results"] = present.distinct_cards(data["results"])
            # no answer: offer the passages nearest the question, apart (Engine.related)
            data["related"] = [] if data["results"] else engine.related(query)["related"]
        except BadQuery as exc:
            error = str(exc)
    return render_template(
        "search.html", query=query[:MAX_QUERY_CHARS], data=data, error=error,
        examples=EXAMPLE_QUERIES, max_chars=MAX_QUERY_CHARS,
    )


@bp.route("/articles/<article_id>")
def article(article_id: str):
    """Render one article with every fragment anchored by its id."""
    found = get_engine().article(article_id)
    if found is None:
        return render_template("not_found.html", article_id=article_id), 404
    return render_template("article.html", article=found, blocks=article_blocks(found["fragments"]))


@bp.route("/embed-demo")
def embed_demo():
    """Show the two-line embed snippet for this host and a live widget."""
    host = request.url_root.rstrip("/")
    snippet = (
        f'<script src="{host}/widget.js" defer></script>\n'
        f'<kb-search endpoint="{host}"></kb-search>'
    )
    return render_template("embed_demo.html", host=host, snippet=snippet)
