"""The search page and article pages in Chromium, with and without JavaScript."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js_page(chromium):
    context = chromium.new_context(java_script_enabled=False, locale="zh-CN")
    yield context.new_page()
    context.close()


def test_search_page_without_javascript(no_js_page, kb):
    page = no_js_page
    page.goto(kb.url + "/")
    page.locator("#q").fill("充值后多久到账")
    page.locator("#q").press("Enter")
    page.wait_for_url("**/?q=*")
    first = page.locator(".cards > .card").first
    expect(first).to_contain_text("几分钟内就能到账")
    expect(first.locator(".card-title a")).to_have_attribute(
        "href", "/articles/kazakhstan-travel-sim-top-up#q-充值后多久能到账")


def test_search_page_instant_results(page, kb, artifacts):
    page.goto(kb.url + "/")
    page.locator("#q").press_sequentially("充值后多久到账")
    first = page.locator(".cards > .card").first
    expect(first).to_contain_text("几分钟内就能到账")
    expect(first).to_have_class("card card-qa")
    assert "?q=" in page.url
    page.locator("#q").fill("输入充值码")
    expect(page.locator(".card-step li[aria-current=step] .step-title").first).to_have_text("输入充值码")
    page.screenshot(path=artifacts / "search-page.png", full_page=True)
    page.locator("#q").fill("哈萨克斯坦签证怎么办理")
    expect(page.locator(".no-answer h2")).to_have_text("没有找到相关答案")
    assert page.console.errors == []


def test_instant_results_offer_related_passages_when_nothing_answers(page, kb):
    page.goto(kb.url + "/")
    page.locator("#q").press_sequentially("远游卡的钱老是莫名其妙没了")
    expect(page.locator(".no-answer h2")).to_have_text("没有找到相关答案")
    expect(page.locator(".related h2")).to_have_text("这些内容可能相关")
    first = page.locator(".related-item > a").first
    expect(first).to_have_attribute("href", re.compile(r"^http://.+/articles/[^#]+#.+"))
    page.locator("#q").fill("充值后多久到账")           # an answer again: the offer goes
    expect(page.locator(".cards > .card").first).to_contain_text("几分钟内就能到账")
    expect(page.locator(".related")).to_have_count(0)
    assert page.console.errors == []


def test_instant_results_show_a_procedure_once(page, kb):
    page.goto(kb.url + "/")
    page.locator("#q").press_sequentially("在线充值的步骤")
    cards = page.locator(".cards > .card-step")
    expect(cards.first).to_be_visible()
    titles = [t.strip() for t in cards.locator(".card-title a").all_inner_texts()]
    assert titles.count("在线充值") == 1
    assert page.console.errors == []


def test_search_page_ime_composition(page, kb):
    page.goto(kb.url + "/")
    seen = []
    page.on("request", lambda r: seen.append(r.url) if "/api/search" in r.url else None)
    page.locator("#q").focus()
    cdp = page.context.new_cdp_session(page)
    for text in ("chong", "chongzhi"):
        cdp.send("Input.imeSetComposition", {"text": text, "selectionStart": len(text), "selectionEnd": len(text)})
    page.wait_for_timeout(500)
    assert seen == []
    with page.expect_response(lambda r: "/api/search" in r.url):
        cdp.send("Input.insertText", {"text": "充值"})
    expect(page.locator(".cards > .card").first).to_be_visible()
    assert len(seen) == 1


def test_article_page_lands_on_the_anchor(page, kb, artifacts):
    page.goto(kb.url + "/articles/kazakhstan-travel-sim-top-up#" + quote("2-购买充值卡"))
    target = page.locator('li[id="2-购买充值卡"]')
    expect(target).to_be_in_viewport()
    expect(target.locator(".step-title")).to_have_text("购买充值卡")
    page.screenshot(path=artifacts / "article-page.png")
    page.goto(kb.url + "/articles/nope")
    expect(page.locator("h1")).to_have_text("找不到这篇文章")


@pytest.mark.parametrize("query", ["<img src=x onerror=window.__xss=1>", "<script>window.__xss=1</script>"])
def test_xss_query_on_the_search_page(page, kb, query):
    page.goto(kb.url + "/?q=" + quote(query))
    expect(page.locator("#q")).to_have_value(query)
    with page.expect_response(lambda r: "/api/search" in r.url):
        page.locator("#q").fill(query + " 充值")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None


def test_xss_article_on_the_search_and_article_pages(page, evil_kb):
    page.goto(evil_kb.url + "/?q=" + quote("充值"))
    expect(page.locator(".cards > .card").first).to_be_visible()
    assert "<script>window.__xss=1</script>" in page.locator("#results").inner_text()
    with page.expect_response(lambda r: "/api/search" in r.url):
        page.locator("#q").fill("充值代码")
    expect(page.locator(".cards > .card").first).to_be_visible()
    page.goto(evil_kb.url + "/articles/evil-article")
    expect(page.locator("h1")).to_contain_text("<img src=x onerror=window.__xss=1>")
    for link in page.locator("a").all():
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    assert page.console.csp_violations() == []


def test_embed_demo_widget_runs_under_the_csp(page, kb, artifacts):
    page.goto(kb.url + "/embed-demo")
    expect(page.locator("#embed-snippet")).to_contain_text(f'<script src="{kb.url}/widget.js" defer></script>')
    page.screenshot(path=artifacts / "embed-demo-closed.png", full_page=True)
    page.locator("kb-search .trigger").click()
    page.keyboard.type("充值失败")
    expect(page.locator("kb-search [role=option]").first).to_be_visible()
    bg = page.locator("kb-search dialog").evaluate("d => getComputedStyle(d).borderRadius")
    assert bg != "0px"      # the shadow stylesheet applied despite style-src 'self'
    page.screenshot(path=artifacts / "embed-demo.png")
    assert page.console.csp_violations() == []
    assert page.console.errors == []
