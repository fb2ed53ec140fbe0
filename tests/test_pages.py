"""The HTML pages and /widget.js through Flask's test client, HTML parsed with BeautifulSoup.

`app` and `client` come from tests/conftest.py: the app over the real corpus.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from search_app.pages import article_blocks, highlight, snippet_markup

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "kazakhstan-travel-sim-top-up"


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def assert_no_inline_code(soup: BeautifulSoup) -> None:
    """What the CSP forbids: inline scripts, on* handlers, style attributes."""
    for script in soup.find_all("script"):
        assert script.get("src")
        assert script.string is None or not script.string.strip()
    for tag in soup.find_all(True):
        assert [a for a in tag.attrs if a.lower().startswith("on")] == []
        assert "style" not in tag.attrs
    assert soup.find("style") is None


# -- the search page


def test_search_page_form_works_without_javascript(client):
    response = client.get("/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == "zh-CN"
    form = soup.find("form", id="search-form")
    assert (form["action"], form["method"]) == ("/", "get")
    field = form.find("input", attrs={"name": "q"})
    assert field["maxlength"] == "500"
    assert soup.find("label", attrs={"for": field["id"]}) is not None
    assert [s["src"] for s in soup.find_all("script")] == ["/widget.js", "/static/search.js"]
    assert soup.select(".card") == []
    assert_no_inline_code(soup)


def test_search_page_renders_answer_card(client):
    soup = soup_of(client.get("/", query_string={"q": "充值后多久到账"}))
    assert soup.find("input", attrs={"name": "q"})["value"] == "充值后多久到账"
    first = soup.select(".cards > .card")[0]
    assert "card-qa" in first["class"]
    assert first.select_one(".card-title").get_text(strip=True) == "充值后多久能到账？"
    assert "几分钟内就能到账" in first.select_one(".card-answer").get_text()
    assert first.select(".card-answer mark")
    href = first.select_one(".card-title a")["href"]
    assert href.startswith(f"/articles/{ARTICLE}#")


def test_step_card_shows_its_procedure_with_the_step_marked(client):
    soup = soup_of(client.get("/", query_string={"q": "输入充值码"}))
    step = soup.select(".card-step")[0]
    current = step.select("ol.procedure > li[aria-current=step]")
    assert len(current) == 1
    assert current[0].select_one(".step-title").get_text(strip=True) == "输入充值码"
    assert "is-current" in current[0]["class"]
    assert "第 3/3 步" in step.select_one(".card-title").get_text()


def test_step_card_lists_the_whole_procedure(client):
    soup = soup_of(client.get("/", query_string={"q": "输入充值码"}))
    steps = soup.select(".card-step")[0].select("ol.procedure > li")
    assert [li.select_one(".step-title").get_text(strip=True) for li in steps] == \
        ["找到充值点", "购买充值卡", "输入充值码"]
    assert [li["value"] for li in steps] == ["1", "2", "3"]


def test_every_result_links_to_an_anchor_of_its_article(client):
    soup = soup_of(client.get("/", query_string={"q": "充值"}))
    links = [a["href"] for a in soup.select(".card-title a")]
    assert len(links) > 3
    for href in links:
        parts = urlsplit(href)
        article = soup_of(client.get(parts.path))
        assert article.find(id=unquote(parts.fragment)) is not None, href


def test_did_you_mean_links_to_the_corrected_query(client):
    soup = soup_of(client.get("/", query_string={"q": "冲值"}))
    link = soup.select_one(".suggestion a")
    assert link.get_text() == "充值"
    assert link["href"] == "/?q=%E5%85%85%E5%80%BC"
    assert "您是不是要找" in soup.select_one(".suggestion").get_text()


def test_no_answer_state(client):
    soup = soup_of(client.get("/", query_string={"q": "qzxwvj"}))
    assert soup.select(".card") == []
    assert soup.select_one(".no-answer h2").get_text() == "没有找到相关答案"


def test_a_question_nothing_answers_is_offered_related_passages_apart(client):
    soup = soup_of(client.get("/", query_string={"q": "远游卡的钱老是莫名其妙没了"}))
    assert soup.select(".card") == []
    assert soup.select_one(".no-answer h2").get_text() == "没有找到相关答案"
    assert soup.select_one(".related h2").get_text() == "这些内容可能相关"
    links = [a["href"] for a in soup.select(".related-item > a")]
    assert links and all(href.startswith("/articles/") and "#" in href for href in links)
    assert any(href.startswith("/articles/kazakhstan-travel-sim-top-up#") for href in links)


def test_an_answered_question_offers_no_related_passages(client):
    soup = soup_of(client.get("/", query_string={"q": "充值后多久到账"}))
    assert soup.select(".card") and soup.select(".related") == []
    assert soup_of(client.get("/", query_string={"q": "qzxwvj"})).select(".related") == []


def test_overlong_query_gets_a_chinese_message(client):
    response = client.get("/", query_string={"q": "充" * 501})
    assert response.status_code == 200
    assert "500 字以内" in soup_of(response).select_one(".notice").get_text()


@pytest.mark.parametrize("query", [
    "<script>window.__xss=1</script>",
    "<img src=x onerror=window.__xss=1>",
    '"><svg onload=alert(1)>',
])
def test_query_is_escaped(client, query):
    response = client.get("/", query_string={"q": query})
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert query not in body
    soup = BeautifulSoup(body, "html.parser")
    assert soup.find("input", attrs={"name": "q"})["value"] == query
    assert_no_inline_code(soup)


# -- snippets and highlighting


@pytest.mark.parametrize(("snippet", "html"), [
    ("一般<mark>充值</mark>后", "一般<mark>充值</mark>后"),
    ("&lt;script&gt;x&lt;/script&gt; <mark>充值</mark>", "&lt;script&gt;x&lt;/script&gt; <mark>充值</mark>"),
    ("<b>raw</b> <mark>a &amp; b</mark>", "&lt;b&gt;raw&lt;/b&gt; <mark>a &amp; b</mark>"),
    ("<mark>open", "<mark>open</mark>"),
    ("</mark>stray", "stray"),
    ("&lt;mark&gt;text&lt;/mark&gt;", "&lt;mark&gt;text&lt;/mark&gt;"),
    ("<mark onclick=x>no</mark>", "&lt;mark onclick=x&gt;no"),
    (None, ""),
])
def test_snippet_markup_keeps_only_mark(snippet, html):
    assert str(snippet_markup(snippet)) == html


def test_highlight_escapes_text_and_marks_snippet_terms():
    out = highlight("充值 <b>后</b> 到账", "<mark>到账</mark> &lt;b&gt;")
    assert str(out) == "充值 &lt;b&gt;后&lt;/b&gt; <mark>到账</mark>"


# -- the article page


def test_article_page_anchors_every_fragment(client, app):
    response = client.get(f"/articles/{ARTICLE}")
    assert response.status_code == 200
    soup = soup_of(response)
    with app.test_request_context():
        from search_app.index import get_engine
        article = get_engine().article(ARTICLE)
    assert soup.h1.get_text() == article["title"]
    ids = [tag["id"] for tag in soup.select("article [id]")]
    assert ids == [f["anchor"] for f in article["fragments"]]
    assert_no_inline_code(soup)


def test_article_page_groups_steps_as_an_ordered_procedure(client):
    soup = soup_of(client.get(f"/articles/{ARTICLE}"))
    procedures = soup.select("article ol.procedure")
    assert [p["aria-label"] for p in procedures] == ["线下充值", "在线充值", "使用第三方应用充值"]
    assert [li.select_one(".step-title").get_text() for li in procedures[0].select("li.step")] == \
        ["找到充值点", "购买充值卡", "输入充值码"]
    headings = [h.get_text() for h in soup.select("article h2, article h3")]
    # headings that own no text of their own still appear, in order
    assert headings.index("充值常见问题解答") < headings.index("问充值后多久能到账？")


def test_unknown_article_is_a_chinese_404(client):
    response = client.get("/articles/no-such-article")
    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.h1.get_text() == "找不到这篇文章"
    assert "no-such-article" in soup.get_text()
    assert "Content-Security-Policy" in response.headers


def test_article_blocks_restore_trail_headings_and_group_steps():
    a = ("A",)
    fragments = [
        {"type": "section", "title": "A", "path": a, "anchor": "intro"},
        {"type": "section", "title": "x", "path": a + ("方法", "1. 线下"), "anchor": "x"},
        {"type": "step", "title": "s1", "path": a + ("方法", "1. 线下", "(1) s1"), "anchor": "s1",
         "procedure": {"title": "线下", "index": 1, "count": 2}},
        {"type": "step", "title": "s2", "path": a + ("方法", "1. 线下", "(2) s2"), "anchor": "s2",
         "procedure": {"title": "线下", "index": 2, "count": 2}},
        {"type": "qa", "title": "问？", "path": a + ("FAQ", "Q: 问？"), "anchor": "q"},
    ]
    blocks = article_blocks(fragments)
    assert [(b.kind, b.level, b.title) for b in blocks] == [
        ("section", 2, ""),
        ("heading", 2, "方法"),
        ("section", 3, "1. 线下"),
        ("procedure", 4, "线下"),
        ("heading", 2, "FAQ"),
        ("qa", 3, "问？"),
    ]
    assert [s["anchor"] for s in blocks[3].steps] == ["s1", "s2"]


# -- headers, embed demo, widget script


@pytest.mark.parametrize("path", ["/", "/?q=充值", f"/articles/{ARTICLE}", "/embed-demo"])
def test_security_headers(client, path):
    headers = client.get(path).headers
    csp = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"
    assert csp["default-src"] == "'none'"
    assert "unsafe" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_embed_demo_shows_the_snippet_for_this_host(client):
    soup = soup_of(client.get("/embed-demo", base_url="https://kb.example.com"))
    assert soup.select_one("#embed-snippet").get_text() == (
        '<script src="https://kb.example.com/widget.js" defer></script>\n'
        '<kb-search endpoint="https://kb.example.com"></kb-search>'
    )
    assert soup.find("kb-search")["endpoint"] == "https://kb.example.com"
    assert [s["src"] for s in soup.find_all("script")] == ["/widget.js"]
    assert_no_inline_code(soup)


def test_widget_js_is_served_cacheable_and_cross_origin(client):
    response = client.get("/widget.js")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/javascript; charset=utf-8"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "max-age=300" in response.headers["Cache-Control"]
    assert 'customElements.define("kb-search"' in response.get_data(as_text=True)
    again = client.get("/widget.js", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("script", ["widget.js", "search.js"])
def test_scripts_build_no_html_from_strings(script):
    source = (ROOT / "search_app" / "static" / script).read_text(encoding="utf-8")
    for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source


def test_a_procedure_shows_once_though_several_of_its_steps_match(client):
    # the API ranks fragments, so every matching step comes back; each step's card lists the
    # whole procedure, so the page shows that card once, where its best step ranks
    api = client.get("/api/search", query_string={"q": "在线充值的步骤"}).get_json()["results"]
    procedures = [r["procedure"]["title"] for r in api if r["type"] == "step"]
    assert procedures.count("在线充值") >= 2
    soup = soup_of(client.get("/", query_string={"q": "在线充值的步骤"}))
    titles = [c.select_one(".card-title a").get_text(strip=True) for c in soup.select("li.card-step")]
    assert titles.count("在线充值") == 1
    card = soup.select("li.card-step")[titles.index("在线充值")]
    assert len(card.select("ol.procedure li")) == api[0]["procedure"]["count"]
