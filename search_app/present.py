"""Presentation: ranked fragments → the JSON results of the contract, with snippets.

Snippets are character windows (not word counts: Chinese has no spaces) around the
densest matches, HTML-escaped, with `<mark>` as the only tag.
"""
from __future__ import annotations

import html
import re

from indexer.analysis import normalize

SNIPPET_CHARS = 120
_SENTENCE_END = "。！？!?；;\n"


def article_url(article_id: str, anchor: str | None = None) -> str:
    return f"/articles/{article_id}" + (f"#{anchor}" if anchor else "")


def match_spans(text: str, terms) -> list[tuple[int, int]]:
    """Return merged (start, end) spans of `terms` in `text`, matched on normalized text."""
    folded = normalize(text)
    spans = []
    for term in terms:
        if not term:
            continue
        latin = term.isascii() and term[0].isalnum()
        pattern = re.escape(term)
        if latin:
            pattern = rf"(?<![0-9a-z]){pattern}(?![0-9a-z])"
        spans.extend(m.span() for m in re.finditer(pattern, folded))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, terms, size: int = SNIPPET_CHARS) -> str:
    """Return an escaped window of `text` around its densest matches, terms in <mark>.

    >>> snippet("一般情况下，充值后几分钟内就能到账。", ["到账"])
    '一般情况下，充值后几分钟内就能<mark>到账</mark>。'
    >>> snippet("<b>x</b> 充值", ["充值"])
    '&lt;b&gt;x&lt;/b&gt; <mark>充值</mark>'
    """
    spans = match_spans(text, terms)
    if len(text) <= size:
        start, end = 0, len(text)
    elif spans:
        # the window start that covers the most matched characters
        best, start = -1, 0
        for s, _ in spans:
            lo = max(0, min(s - size // 4, len(text) - size))
            covered = sum(min(e, lo + size) - max(b, lo) for b, e in spans if e > lo and b < lo + size)
            if covered > best:
                best, start = covered, lo
        # begin at a sentence start when one is near
        for k in range(start, max(-1, start - 20), -1):
            if k == 0 or text[k - 1] in _SENTENCE_END:
                start = k
                break
        end = min(len(text), start + size)
    else:
        start, end = 0, size
    out = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[pos:s], quote=False))
        out.append("<mark>" + html.escape(text[s:e], quote=False) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:end], quote=False))
    out.append("…" if end < len(text) else "")
    return "".join(out).replace("\n", " ")


def result(data: dict, score: float, terms, steps: list[dict] | None = None) -> dict:
    """Return one API result for a stored fragment."""
    out = {
        "id": data["id"],
        "type": data["type"],
        "title": data["title"],
        "text": data["text"],
        "snippet": snippet(data["text"], terms),
        "path": list(data["path"]),
        "article": {
            "id": data["article_id"],
            "title": data["article_title"],
            "url": article_url(data["article_id"], data["anchor"]),
        },
        "score": round(score, 4),
    }
    if data.get("procedure"):
        out["procedure"] = dict(data["procedure"])
        if steps is not None:
            out["steps"] = steps
    return out


def fragment_summary(data: dict) -> dict:
    """Return a fragment as listed in an article (GET /api/articles/ID)."""
    return {
        "id": data["id"], "anchor": data["anchor"], "type": data["type"], "title": data["title"],
        "text": data["text"], "path": list(data["path"]), "order": data["order"],
        "procedure": dict(data["procedure"]) if data.get("procedure") else None,
    }


def distinct_cards(results: list[dict]) -> list[dict]:
    """The results a page shows as cards: a step's card lists its whole procedure, so later
    steps of the same procedure would repeat it.  The API keeps every step (fragments are
    its unit); the search page, search.js and the widget show each procedure once, at the
    rank of its best step.

    >>> step = lambda i: {"type": "step", "article": {"id": "a"}, "procedure": {"title": "开热点", "index": i, "count": 3}}
    >>> [r.get("procedure", {}).get("index") for r in distinct_cards([step(2), {"type": "qa"}, step(1)])]
    [2, None]
    """
    seen: set[tuple] = set()
    out = []
    for r in results:
        procedure = r.get("procedure") if r.get("type") == "step" else None
        if procedure:
            key = ((r.get("article") or {}).get("id"), procedure.get("title"), procedure.get("count"))
            if key in seen:
                continue
            seen.add(key)
        out.append(r)
    return out
