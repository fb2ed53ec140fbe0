"""TELUS support articles, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

TELUS = "https://www.telus.com/support/_next/static/css/8d2f1a7c3b.css"


def telus_page(assets: str = TELUS) -> str:
    """A TELUS support article: an h2 over steps, then the FAQ's ExpandCollapse panels (a question an <h3> in the
    header's button, its answer the content after it)."""
    panel = ("<div class='ExpandCollapse__Panel'><button class='ExpandCollapse__Header' aria-expanded='false'><h3>{}"
             "</h3></button><div class='ExpandCollapse__Content'>{}</div></div>")
    return (f"<html><head><title>t</title><link rel='stylesheet' href='{assets}'></head><body><main>"
            "<article class='SupportArticle__Content'><h1 class='TDS_Heading-h1'>啟用預付計劃</h1><p>預付 SIM 卡 $10。</p>"
            "<h2 class='TDS_Heading-h2'>如何啟用</h2><ol class='TDS_OrderedList'><li>插入 SIM 卡。</li>"
            "<li>前往 telus.com/activate。</li></ol><h2 class='TDS_Heading-h2'>常見問題</h2>"
            "<div class='TDS_ExpandCollapse'>"
            + panel.format("我還沒有加拿大地址，可以啟用嗎？", "<p>可以，先填寫臨時住宿的地址。</p>")
            + panel.format("如何查詢餘額？", "<p>撥打 *225 免費收聽帳戶餘額。</p><p>或發送短訊「BAL」至 2255。</p>")
            + "</div></article></main></body></html>")


def test_each_telus_faq_panel_is_a_qa_its_question_kept() -> None:
    # holdout267: the questions (an <h3> in each panel's button) went with the buttons, the four answers one
    # passage of 「常見問題」
    frags = texts(cut(telus_page()))
    assert ("qa", "我還沒有加拿大地址，可以啟用嗎？", "可以，先填寫臨時住宿的地址。") in frags
    assert ("qa", "如何查詢餘額？", "撥打 *225 免費收聽帳戶餘額。\n或發送短訊「BAL」至 2255。") in frags
    assert [kind for kind, _, _ in frags] == ["section", "step", "step", "qa", "qa"]


def test_telus_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "如何查詢餘額" not in all_text(cut(telus_page(assets="/css/site.css")))
