"""Security of the service: XSS from articles and queries, the reindex token, CORS, headers, errors, paths.

Articles with scripts, on* handlers and javascript: links (tests/fixtures/hostile/xss/) are
indexed next to the real corpus; their text must come out of the API as plain text, their
snippets as escaped text whose only tag is <mark>, and the server-rendered pages must carry
no script but our own same-origin files and no on* attribute or javascript: URL from content.
"""
from __future__ import annotations

import hmac
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from indexer.build import build_index
from indexer.store import current_version
from search_app import create_app
from search_app.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
XSS = ROOT / "tests" / "fixtures" / "hostile" / "xss"
TOKEN = "s3cret-token-ÄÖ-令牌"
ALLOWED = "https://help.example.com"
EVIL = "https://evil.example.net"
XSS_QUERIES = ["防火墙优惠券", "防火墙优惠券怎么用", "如何在网页领取防火墙优惠券", "兑换码", "script alert",
               "onerror", "javascript", "mark", "到账提醒", "双重转义"]
HOSTILE_QUERIES = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
                   "</mark><script>x</script>", "&lt;script&gt;", "'-alert(1)-'", "{{7*7}}", "${7*7}"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("sec-corpus")
    shutil.copytree(ROOT / "corpus", corpus, dirs_exist_ok=True)
    for f in XSS.iterdir():
        shutil.copy(f, corpus / f.name)
    return corpus


@pytest.fixture(scope="module")
def index_dir(corpus, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("sec-index")
    build_index(corpus, index_dir)
    return index_dir


def make_app(index_dir, corpus, **config):
    return create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus), **config})


@pytest.fixture(scope="module")
def app(index_dir, corpus):
    return make_app(index_dir, corpus, ALLOWED_ORIGINS=ALLOWED)


@pytest.fixture
def client(app):
    return app.test_client()


# -- XSS: the API --------------------------------------------------------------------------------

def snippet_tags(snippet: str) -> set[str]:
    soup = BeautifulSoup(snippet, "html.parser")
    return {tag.name for tag in soup.find_all(True)}


def assert_plain(value: str) -> None:
    """Plain text from content: no script body or handler attribute that survived parsing.

    Markup the author wrote escaped (&lt;script&gt;) is legitimately literal text here."""
    assert "alert(\"md-raw-script\")" not in value and "alert(\"head-script\")" not in value
    assert "onerror=\"alert('md-img')" not in value and "alert('h1')" not in value


def all_results(client):
    for q in XSS_QUERIES + HOSTILE_QUERIES:
        body = client.get("/api/search", query_string={"q": q, "limit": 50}).get_json()
        yield q, body


def test_xss_articles_are_indexed(client):
    """The hostile articles are searchable (else the checks below would check nothing)."""
    ids = {r["article"]["id"] for _, body in all_results(client) for r in body["results"]}
    assert {"xss-markdown", "xss-page"} <= ids


def test_api_results_are_plain_text_and_snippets_only_mark(client):
    seen = 0
    for q, body in all_results(client):
        for result in body["results"]:
            seen += 1
            snippet = result["snippet"]
            assert "<script" not in snippet.lower()
            assert snippet_tags(snippet) <= {"mark"}, (q, snippet)
            assert re.sub(r"</?mark>", "", snippet).count("<") == 0
            soup = BeautifulSoup(snippet, "html.parser")
            for mark in soup.find_all("mark"):
                assert mark.attrs == {}
            # text and title are plain text: the parser dropped scripts and handlers
            for value in (result["text"], result["title"], result["article"]["title"], *result["path"]):
                assert_plain(value)
            assert urlsplit(result["article"]["url"]).scheme == ""
            assert result["article"]["url"].startswith("/articles/")
    assert seen > 5


def test_scripts_and_handlers_never_become_text(client):
    """<script> bodies and attribute values are not reader-visible text."""
    for article_id in ("xss-markdown", "xss-page"):
        article = client.get(f"/api/articles/{article_id}").get_json()
        text = "\n".join(f["text"] + f["title"] for f in article["fragments"])
        for leaked in ("md-raw-script", "head-script", "document.write", "onerror=\"alert('md-img')",
                       "alert('h1')", "alert('body')", "alert('step')", "alert('iframe')", "alert('mxss')"):
            assert leaked not in text, leaked


def test_escaped_markup_in_articles_stays_literal_text(client):
    """&lt;script&gt; written in an article is text for the reader: present as such, escaped in snippets."""
    body = client.get("/api/search", query_string={"q": "兑换码"}).get_json()
    texts = [r["text"] for r in body["results"] if r["article"]["id"] == "xss-page"]
    assert any("<script>alert('entity')</script>" in t for t in texts)
    snippets = [r["snippet"] for r in body["results"] if r["article"]["id"] == "xss-page"]
    assert any("&lt;script&gt;" in s for s in snippets)


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_queries_are_json_not_html(client, q):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    for result in response.get_json()["results"]:
        assert snippet_tags(result["snippet"]) <= {"mark"}


def test_error_bodies_echoing_input_are_json_nosniff(client):
    response = client.get("/api/articles/<script>alert(1)<%2Fscript>")
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert response.headers.get("X-Content-Type-Options") == "nosniff"


# -- XSS: server-rendered pages ------------------------------------------------------------------

def assert_page_safe(response) -> BeautifulSoup:
    html = response.get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        src = script.get("src")
        assert src, f"inline script: {script}"
        assert urlsplit(src).netloc == "" and src.startswith("/"), src
        assert not (script.string or "").strip()
    for tag in soup.find_all(True):
        assert [a for a in tag.attrs if a.lower().startswith("on")] == [], tag
        for attr in ("href", "src", "action", "formaction", "data"):
            value = str(tag.get(attr, "")).strip().lower()
            assert not value.startswith(("javascript:", "data:text/html", "vbscript:")), tag
        if tag.name == "iframe":
            raise AssertionError(f"iframe from content: {tag}")
    for leaked in ("md-raw-script", "head-script", "alert('md-img')", "alert('mxss')"):
        assert leaked not in html
    return soup


@pytest.mark.parametrize("q", XSS_QUERIES + HOSTILE_QUERIES)
def test_search_page_is_safe(client, q):
    response = client.get("/", query_string={"q": q})
    assert response.status_code == 200
    soup = assert_page_safe(response)
    for mark in soup.find_all("mark"):
        assert mark.attrs == {}


@pytest.mark.parametrize("article_id", ["xss-markdown", "xss-page"])
def test_article_page_is_safe(client, article_id):
    response = client.get(f"/articles/{article_id}")
    assert response.status_code == 200
    assert_page_safe(response)


def test_hostile_query_is_escaped_in_the_search_page(client):
    response = client.get("/", query_string={"q": '"><script>alert(1)</script>'})
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    field = soup.find("input", attrs={"name": "q"})
    assert field is not None and field["value"] == '"><script>alert(1)</script>'


@pytest.mark.parametrize("path", ["/", "/?q=防火墙优惠券", "/articles/xss-page", "/embed-demo", "/articles/nope"])
def test_security_headers_on_pages(client, path):
    response = client.get(path)
    csp = response.headers.get("Content-Security-Policy", "")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    script_src = directives.get("script-src", directives.get("default-src"))
    assert script_src is not None
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src and "*" not in script_src
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert response.headers.get("Referrer-Policy")
    assert "frame-ancestors" in directives or response.headers.get("X-Frame-Options")


# -- POST /api/reindex ---------------------------------------------------------------------------

@pytest.fixture
def writable(corpus_copy, index_dir):
    """An editable corpus copy with its index built (conftest's two writable fixtures)."""
    build_index(corpus_copy, index_dir)
    return corpus_copy, index_dir


def test_reindex_disabled_without_token(writable):
    corpus, index_dir = writable
    client = make_app(index_dir, corpus, ADMIN_TOKEN=None).test_client()
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
        response = client.post("/api/reindex", headers=headers)
        assert response.status_code == 403
        assert set(response.get_json()["error"]) == {"code", "message"}
    client = make_app(index_dir, corpus, ADMIN_TOKEN="").test_client()
    assert client.post("/api/reindex", headers={"Authorization": "Bearer "}).status_code == 403


@pytest.mark.parametrize("authorization", [
    None, "", "Bearer", "Bearer ", "bearer " + TOKEN, "Basic " + TOKEN, "Bearer " + TOKEN[:-1],
    "Bearer " + TOKEN + " ", "Bearer " + TOKEN + "x", " Bearer " + TOKEN, TOKEN, "Bearer wrong",
    "Bearer " + "x" * 10_000, "Bearer \x00",
])
def test_reindex_wrong_or_missing_token_is_401(writable, authorization):
    corpus, index_dir = writable
    before = current_version(index_dir)
    client = make_app(index_dir, corpus, ADMIN_TOKEN=TOKEN).test_client()
    headers = {} if authorization is None else {"Authorization": authorization.encode("utf-8").decode("latin-1")}
    response = client.post("/api/reindex", headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/json"
    assert set(response.get_json()["error"]) == {"code", "message"}
    assert TOKEN not in response.get_data(as_text=True)
    assert current_version(index_dir) == before


def test_reindex_with_the_token_uses_constant_time_compare(writable, monkeypatch):
    corpus, index_dir = writable
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    (corpus / "new-article.md").write_text("# 新文章：夜间充值\n\n夜间充值也能在几分钟内到账。\n", encoding="utf-8")
    before = current_version(index_dir)
    client = make_app(index_dir, corpus, ADMIN_TOKEN=TOKEN).test_client()
    header = ("Bearer " + TOKEN).encode("utf-8").decode("latin-1")   # HTTP headers travel as latin-1
    response = client.post("/api/reindex", headers={"Authorization": header})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["added"] == ["new-article"]
    assert body["index"]["version"] == current_version(index_dir) != before
    assert len(calls) == 1
    assert client.get("/api/search", query_string={"q": "夜间充值"}).get_json()["results"] != []


def test_non_ascii_token_is_not_a_500(writable):
    """A token the client sent as raw UTF-8 (latin-1 in WSGI) is either accepted or 401, never 500."""
    corpus, index_dir = writable
    client = make_app(index_dir, corpus, ADMIN_TOKEN=TOKEN).test_client()
    response = client.post("/api/reindex", headers={"Authorization": "Bearer " + "ÿ" * 20})
    assert response.status_code == 401


def test_reindex_is_never_cross_origin(writable):
    corpus, index_dir = writable
    client = make_app(index_dir, corpus, ADMIN_TOKEN=TOKEN, ALLOWED_ORIGINS=f"{ALLOWED},*").test_client()
    preflight = client.options("/api/reindex", headers={
        "Origin": ALLOWED, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization"})
    assert "Access-Control-Allow-Origin" not in preflight.headers
    assert "Access-Control-Allow-Headers" not in preflight.headers
    post = client.post("/api/reindex", headers={"Origin": ALLOWED, "Authorization": "Bearer nope"})
    assert post.status_code == 401
    assert "Access-Control-Allow-Origin" not in post.headers


# -- CORS ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/search?q=充值", "/api/suggest?q=充", "/api/related?q=充值", "/healthz",
                                  "/api/articles/kazakhstan-travel-sim-top-up"])
def test_cors_only_for_allowed_origins(client, path):
    allowed = client.get(path, headers={"Origin": ALLOWED})
    assert allowed.headers.get("Access-Control-Allow-Origin") == ALLOWED
    assert allowed.headers.get("Access-Control-Allow-Credentials") is None
    for origin in (EVIL, "null", ALLOWED + ".evil.net", "http://help.example.com", ALLOWED + ":8443"):
        other = client.get(path, headers={"Origin": origin})
        assert other.status_code == 200
        assert "Access-Control-Allow-Origin" not in other.headers, origin


def test_cors_preflight_for_search(client):
    allowed = client.options("/api/search", headers={"Origin": ALLOWED, "Access-Control-Request-Method": "GET"})
    assert allowed.headers.get("Access-Control-Allow-Origin") == ALLOWED
    evil = client.options("/api/search", headers={"Origin": EVIL, "Access-Control-Request-Method": "GET"})
    assert "Access-Control-Allow-Origin" not in evil.headers


def test_no_cors_without_configured_origins(index_dir, corpus):
    client = make_app(index_dir, corpus, ALLOWED_ORIGINS="").test_client()
    response = client.get("/api/search?q=充值", headers={"Origin": ALLOWED})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_star_origin_is_read_only(index_dir, corpus):
    client = make_app(index_dir, corpus, ALLOWED_ORIGINS="*", ADMIN_TOKEN=TOKEN).test_client()
    response = client.get("/api/search?q=充值", headers={"Origin": EVIL})
    assert response.headers.get("Access-Control-Allow-Origin") in ("*", EVIL)      # flask-cors reflects the origin
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = client.options("/api/reindex", headers={"Origin": EVIL, "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight.headers


# -- errors leak nothing ---------------------------------------------------------------------------

@pytest.mark.parametrize("testing", [True, False])
@pytest.mark.parametrize("path", ["/api/search?q=充值", "/api/suggest?q=充", "/api/related?q=充值", "/healthz", "/?q=充值"])
def test_internal_errors_leak_no_trace_or_path(index_dir, corpus, monkeypatch, testing, path):
    def boom(self, *args, **kwargs):
        raise RuntimeError(f"secret failure in {index_dir}/versions/x /etc/passwd")

    for name in ("search", "search_json", "suggest", "related", "health"):
        monkeypatch.setattr(Engine, name, boom)
    client = make_app(index_dir, corpus, TESTING=testing).test_client()
    response = client.get(path, headers={"Accept": "application/json"})
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert response.get_json() == {"error": {"code": "internal_error", "message": response.get_json()["error"]["message"]}}
    for leak in ("Traceback", "secret failure", str(index_dir), "/etc/passwd", ".py", "RuntimeError", str(ROOT)):
        assert leak not in body


def test_missing_index_is_503_without_paths(tmp_path, corpus):
    client = make_app(tmp_path / "no-index-here", corpus).test_client()
    response = client.get("/api/search?q=充值")
    assert response.status_code == 503
    assert str(tmp_path) not in response.get_data(as_text=True)
    assert set(response.get_json()["error"]) == {"code", "message"}


# -- article ids never address files --------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/api/articles/..%2F..%2Fetc%2Fpasswd",
    "/api/articles/../../etc/passwd",
    "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/articles/..",
    "/api/articles/%2e%2e",
    "/api/articles/..%5c..%5cetc%5cpasswd",
    "/api/articles/%2Fetc%2Fpasswd",
    "/api/articles/manifest.json",
    "/api/articles/CURRENT",
    "/articles/../../etc/passwd",
    "/articles/..%2F..%2Fetc%2Fpasswd",
    "/static/../../etc/passwd",
    "/static/..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/../__init__.py",
    "/static/..%2F__init__.py",
])
def test_ids_cannot_address_files(client, path):
    response = client.get(path, headers={"Accept": "application/json"})
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "root:" not in body and "def create_app" not in body and "schema" not in body
    if path.startswith("/api/") or response.mimetype == "application/json":
        assert set(response.get_json()["error"]) == {"code", "message"}
