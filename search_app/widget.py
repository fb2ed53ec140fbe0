"""The embeddable search widget script, served cross-origin at /widget.js."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, request

bp = Blueprint("widget", __name__)

WIDGET_FILE = Path(__file__).parent / "static" / "widget.js"
MAX_AGE_SECONDS = 300   # short: a redeploy reaches embedding sites within minutes


@lru_cache(maxsize=4)
def _load(mtime_ns: int) -> tuple[bytes, str]:
    data = WIDGET_FILE.read_bytes()
    return data, hashlib.sha256(data).hexdigest()[:32]


@bp.route("/widget.js")
def widget_js():
    """Serve the <kb-search> custom element with an ETag and CORS for any origin."""
    data, etag = _load(WIDGET_FILE.stat().st_mtime_ns)
    response = Response(data, content_type="application/javascript; charset=utf-8")
    response.set_etag(etag)
    response.cache_control.public = True
    response.cache_control.max_age = MAX_AGE_SECONDS
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response.make_conditional(request)
