"""Flask application factory: config, the index, and one blueprint per surface."""
from __future__ import annotations

import logging
import os
import re

from flask import Flask
from flask_cors import CORS


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _percent_encode_query(wsgi_app):
    """Percent-encode raw non-ASCII bytes of the query string before Werkzeug decodes it.

    Werkzeug decodes QUERY_STRING as strict UTF-8 and raises on an invalid byte (a 500);
    encoded, raw UTF-8 still reads as itself and invalid bytes become U+FFFD.
    """
    def app(environ, start_response):
        query = environ.get("QUERY_STRING", "")
        if not query.isascii():
            # WSGI strings are latin-1: one char per byte
            environ["QUERY_STRING"] = _NON_ASCII.sub(lambda m: f"%{ord(m.group()):02X}", query)
        return wsgi_app(environ, start_response)

    return app


def create_app(test_config: dict | None = None) -> Flask:
    """Create the search service: defaults → instance config → KB_* environment → test_config."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        INDEX_DIR=os.path.abspath("var/index"),
        CORPUS_DIR=os.path.abspath("corpus"),
        ADMIN_TOKEN=None,              # POST /api/reindex is disabled (403) while unset
        ALLOWED_ORIGINS="",            # comma-separated; "*" allows any origin on read-only endpoints
        SYNONYMS_FILE=None,            # default: <corpus of the index>/_kb/synonyms.txt
        MAX_CONTENT_LENGTH=64 * 1024,
        JSON_AS_ASCII=False,
    )
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("KB")
    # KB_INDEX_DIR / KB_CORPUS_DIR are the documented names of the two paths
    if test_config:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.url_map.merge_slashes = False     # /api/articles//x is an unknown article (404), not a redirect

    from . import api, errors, index, pages, widget

    index.init_app(app)
    errors.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(widget.bp)

    origins = [o.strip() for o in str(app.config["ALLOWED_ORIGINS"]).split(",") if o.strip()]
    if origins:
        # read-only endpoints only: reindex is never reachable cross-origin
        CORS(app, resources={r"/api/(search|related|suggest|articles/.*)": {"origins": origins},
                             r"/healthz": {"origins": origins}},
             methods=["GET"], max_age=600)
    app.wsgi_app = _percent_encode_query(app.wsgi_app)
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    return app
