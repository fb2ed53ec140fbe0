"""JSON errors for the API: `{"error": {"code", "message"}}`, never a traceback."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from indexer.store import IndexProblem
from indexer.model import ArticleError

from .engine import BadQuery

log = logging.getLogger(__name__)

MESSAGES = {
    400: "请求参数有误 / bad request",
    401: "需要有效的令牌 / a valid token is required",
    403: "禁止访问 / forbidden",
    404: "未找到 / not found",
    405: "不支持该请求方法 / method not allowed",
    413: "请求体太大 / request body too large",
    422: "文章有问题 / an article cannot be indexed",
    431: "请求头太大 / request headers too large",
    500: "服务器内部错误 / internal error",
    503: "索引暂不可用 / the index is not available",
}


def error_response(status: int, code: str, message: str | None = None):
    response = jsonify({"error": {"code": code, "message": message or MESSAGES.get(status, code)}})
    response.status_code = status
    return response


def _wants_json() -> bool:
    """API paths always get JSON; elsewhere JSON unless a browser asks for a page."""
    if request.path.startswith("/api/") or request.path == "/healthz":
        return True
    return request.accept_mimetypes.best_match(["application/json", "text/html"]) != "text/html"


def init_app(app: Flask) -> None:
    @app.after_request
    def no_sniffing(response):
        # JSON that echoes a query must never be sniffed into HTML by an old browser
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.errorhandler(BadQuery)
    def bad_query(exc):
        return error_response(400, "bad_request", str(exc))

    @app.errorhandler(IndexProblem)
    def no_index(exc):
        log.error("index unavailable: %s", exc)
        return error_response(503, "index_unavailable")

    @app.errorhandler(ArticleError)
    def bad_article(exc):
        return error_response(422, "bad_article", f"文章有问题，索引未更新 / not reindexed: {exc}")

    @app.errorhandler(HTTPException)
    def http_error(exc):
        if not _wants_json():
            return exc
        code = (exc.name or "error").lower().replace(" ", "_")
        return error_response(exc.code or 500, code, MESSAGES.get(exc.code))

    @app.errorhandler(Exception)
    def unexpected(exc):
        log.exception("unhandled error on %s", request.path)
        return error_response(500, "internal_error")
