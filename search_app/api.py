"""The JSON API of the contract (search, suggest, articles, health, reindex) and the near misses a page
offers when a question gets no answer (related)."""
from __future__ import annotations

import hmac
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

from flask import Blueprint, abort, current_app, jsonify, request

from .engine import RELATED_LIMIT, BadQuery
from .errors import error_response
from .index import get_engine, holder

bp = Blueprint("api", __name__)


def _int_arg(name: str, default: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise BadQuery(f"{name} 必须是整数 / {name} must be an integer") from None


@bp.get("/api/search")
def search():
    """Answer a reader's question with ranked fragments."""
    body = get_engine().search_json(
        request.args.get("q", ""),
        limit=_int_arg("limit", 10),
        type=request.args.get("type") or None,
        article=request.args.get("article") or None,
    )
    return current_app.response_class(body, mimetype="application/json")


@bp.get("/api/related")
def related():
    """Offer passages near a question that got no answer (「可能相关」), apart from answers."""
    started = time.perf_counter()
    body = get_engine().related(request.args.get("q", ""), limit=_int_arg("limit", RELATED_LIMIT))
    body["took_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return jsonify(body)


@bp.get("/api/suggest")
def suggest():
    """Complete what the reader is typing with titles and questions."""
    started = time.perf_counter()
    body = get_engine().suggest(request.args.get("q", ""), limit=_int_arg("limit", 8))
    body["took_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return jsonify(body)


@bp.get("/api/articles/<article_id>")
def article(article_id: str):
    """Return one article with its ordered fragments."""
    found = get_engine().article(article_id)
    if found is None:
        return error_response(404, "not_found", f"没有这篇文章 / no article {article_id!r}")
    return jsonify(found)


@bp.get("/healthz")
def healthz():
    """Report that the service answers, and which index version it serves."""
    return jsonify({"status": "ok", "index": get_engine().health()})


def _update_in_child(corpus_dir, index_dir):
    """Run `indexer.build.update_index` in a child process and return its summary.

    In this process the update would share the GIL with the threads answering searches:
    each of its many short I/O calls releases the GIL and waits up to a switch interval to
    get it back (a convoy), so under load a 0.1 s update took 40 s.  A child costs ~0.5 s
    of start-up and runs at full speed; its errors (IndexProblem, ArticleError) come back
    as themselves.
    """
    from indexer.build import update_index     # the parser is loaded only when an admin rebuilds

    context = multiprocessing.get_context("spawn")      # no copy of this process's threads and locks
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(update_index, corpus_dir, index_dir).result()


@bp.post("/api/reindex")
def reindex():
    """Rebuild incrementally from the corpus and switch to the new version."""
    token = current_app.config.get("ADMIN_TOKEN")
    if not token:
        return error_response(403, "reindex_disabled", "未设置 KB_ADMIN_TOKEN，重建已禁用 / reindex is disabled")
    # WSGI header values are latin-1 strings of the bytes sent: compare bytes with bytes,
    # so that a non-ASCII token sent as UTF-8 matches
    given = request.headers.get("Authorization", "").encode("latin-1", "replace")
    expected = f"Bearer {token}".encode("utf-8")
    if not hmac.compare_digest(given, expected):
        abort(401)
    summary = _update_in_child(current_app.config["CORPUS_DIR"], current_app.config["INDEX_DIR"])
    engine = holder().refresh()
    return jsonify({"status": "ok", "summary": summary.line(), "index": engine.health(),
                    "added": summary.added, "changed": summary.changed, "removed": summary.removed})
