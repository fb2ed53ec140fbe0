"""Dyson support pages (dyson.com.hk), saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts

DYSON = "https://www.dyson.com.hk/on/demandware.static/Sites-dyson_hk-Site/-/zh_HK/v1732051200000/js/support.js"


def dyson_page(assets: str = DYSON) -> str:
    """A support page: a section of rich text, then 「仍需要協助？」 over three contact cards."""
    return ("<html><head><title>t</title></head><body><main class='support-page'><h1>V12 Detect Slim</h1>"
            "<section class='support-section'><h2>保用登記</h2><p>享有 2 年保用。</p></section>"
            "<section class='support-contact'><h2>仍需要協助？</h2><div class='contact-cards'><div class='contact-card'>"
            "<h3>WhatsApp</h3><p>+852 5803 6811</p></div><div class='contact-card'><h3>即時對話</h3><p>星期一至日 "
            "09:00–21:00</p></div><div class='contact-card'><h3>Dyson Demo Store</h3><p>銅鑼灣希慎廣場 · 尖沙咀海港城</p>"
            f"</div></div></section></main><script src='{assets}'></script></body></html>")


def test_dysons_contact_cards_are_lines_under_their_heading() -> None:
    # holdout278: each card was a tiny part titled by its h3 (「WhatsApp」 holding only the number), 「仍需要協助？」 lost
    frags = texts(cut(dyson_page()))
    assert frags[-1] == ("qa", "仍需要協助？", "WhatsApp：+852 5803 6811\n即時對話：星期一至日 09:00–21:00\n"
                                         "Dyson Demo Store：銅鑼灣希慎廣場 · 尖沙咀海港城")
    assert [title for _, title, _ in frags] == ["保用登記", "仍需要協助？"]


def test_dyson_classes_on_another_sites_page_are_read_as_they_were() -> None:
    frags = texts(cut(dyson_page(assets="/js/site.js")))
    assert ("section", "WhatsApp", "+852 5803 6811") in frags


def test_a_dyson_contact_card_of_its_heading_alone_keeps_it() -> None:
    # review of session 27: the card's heading was dropped before the card was found to say nothing else
    page = dyson_page().replace("<p>銅鑼灣希慎廣場 · 尖沙咀海港城</p>", "")
    assert "Dyson Demo Store" in "\n".join(text for _, _, text in texts(cut(page)))
