"""Real Chromium (Debian's, driven by Playwright) against the real app on real sockets.

Two origins: the knowledge base (create_app on one port) and a host site (another
port) that embeds the widget with the two-line snippet, so every widget request
is cross-origin as it is in production.
"""
from __future__ import annotations

import html
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from indexer.build import build_index
from search_app import create_app

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# An article whose text is full of markup: none of it may ever run.
EVIL_ARTICLE = """\
# 充值安全测试 <img src=x onerror=window.__xss=1>

充值前请阅读 <img src=x onerror="window.__xss=1"> 这段说明。<script>window.__xss=1</script>

## 充值代码 \\<img src=x onerror=window.__xss=1\\> 怎么输入？

输入充值代码 `<script>window.__xss=1</script>` 和 `<img src=x onerror=window.__xss=1>` 都只是文字，`<mark>` 也是。

[点我充值](javascript:window.__xss=1) 或者 <a href="javascript:window.__xss=1">充值链接</a>

## 充值步骤

1. **打开拨号盘**：输入 `<b onmouseover=window.__xss=1>*111*</b>` 充值
2. **确认充值**：按拨打键 &lt;script&gt;window.__xss=1&lt;/script&gt;
"""


class ServerThread:
    """A WSGI app on a free port of 127.0.0.1, served from a thread."""

    def __init__(self, app):
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def host_page(request: Request) -> Response:
    """The embedding site: the contract's two-line snippet, pointed at ?kb=."""
    if request.path != "/" or "kb" not in request.args:
        return Response("not found", status=404)
    kb = html.escape(request.args["kb"], quote=True)
    body = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>宿主网站</title><link rel="icon" href="data:,"></head>
<body>
  <h1>别人的网站</h1>
  <button id="before" type="button">宿主按钮</button>
  <input id="host-input" aria-label="宿主输入框">
  <script src="{kb}/widget.js" defer></script>
  <kb-search endpoint="{kb}"></kb-search>
</body></html>"""
    return Response(body, content_type="text/html; charset=utf-8")


@pytest.fixture(scope="session")
def host_site():
    server = ServerThread(Request.application(host_page))
    yield server
    server.stop()


def serve_kb(index_dir: Path, corpus: Path, host_origin: str) -> ServerThread:
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus),
                      "ALLOWED_ORIGINS": host_origin})
    return ServerThread(app)


@pytest.fixture(scope="session")
def kb(host_site, corpus_index):
    """The knowledge base over the real corpus/ (index built once by tests/conftest.py)."""
    server = serve_kb(corpus_index, ROOT / "corpus", host_site.url)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def evil_kb(host_site, tmp_path_factory):
    """A knowledge base whose only article holds markup and javascript: links."""
    corpus = tmp_path_factory.mktemp("evil-corpus")
    (corpus / "evil-article.md").write_text(EVIL_ARTICLE, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("evil-index")
    build_index(corpus, index_dir)
    server = serve_kb(index_dir, corpus, host_site.url)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Console:
    """What a page reported: console errors (CSP violations among them) and uncaught errors."""

    def __init__(self, page):
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("response", lambda r: self.errors.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)

    def csp_violations(self) -> list[str]:
        return [e for e in self.errors if "Content Security Policy" in e]


@pytest.fixture
def context(chromium):
    context = chromium.new_context(viewport={"width": 1200, "height": 860}, locale="zh-CN")
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.console = Console(page)
    return page


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
