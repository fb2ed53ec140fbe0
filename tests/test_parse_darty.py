"""Darty product pages (fiches produit), saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

DARTY = "https://static.darty.com/fp/js/product-page.3f9c2a.js"


def darty_page(assets: str = DARTY) -> str:
    """A Darty product page: the head with its rating and price, two reviews, two questions."""
    review = ("<div class='review_item'><div class='review_head'><span class='review_author'>{}</span> <span "
              "class='review_stars' data-note='{}'>{}/5</span> <span class='review_date'>le {}</span></div><p "
              "class='review_title'>{}</p><p class='review_text'>{}</p><div class='review_useful'>Cet avis vous "
              "a-t-il été utile ? <button>Oui (12)</button> <button>Non (1)</button></div></div>")
    qa = ("<div class='qa_item'><p class='qa_question'><strong>Question :</strong> {}</p><p class='qa_answer'>"
          "<strong>{} :</strong> {}</p></div>")
    return ("<html><head><title>t</title></head><body><div id='main_product'><div class='product_head'><div "
            "class='product_infos'><h1>NETBOX 路由盒</h1><div class='product_rating'><a>4,3/5 (27 avis)</a></div><div "
            "class='product_price'><span>129,99 €</span></div><div class='share_buttons'><span>Partager :</span><a>"
            "Facebook</a></div></div></div><section class='product_section product_reviews'><h2>Avis clients</h2>"
            "<div class='reviews_summary'>4,3/5 · 27 avis</div>"
            + review.format("Wei L.", 5, 5, "03/10/2026", "断网照常收银", "光纤断了三天，刷卡机一直在线。")
            + review.format("Sandrine_92", 3, 3, "21/08/2026", "信号差", "地下室只有一格信号。")
            + "<a class='see_all_reviews'>Voir les 27 avis</a></section><section class='product_section "
            "product_qa'><h2>Questions / Réponses</h2>"
            + qa.format("停电还能用吗？", "Réponse de Darty", "没有电池，要接 UPS。")
            + qa.format("忘了密码怎么办？", "Réponse d'un client", "按住 RESET 10 秒。")
            + f"<a class='ask_question'>Poser une question</a></section></div><script src='{assets}'></script>"
            "</body></html>")


def test_each_darty_review_is_a_part_by_its_writer_without_stars_or_votes() -> None:
    # holdout259: the reviews were one part 「Avis clients」, writers gone, titles text lines, votes lines kept
    frags = texts(cut(darty_page()))
    assert ("section", "Wei L.", "le 03/10/2026\n断网照常收银\n光纤断了三天，刷卡机一直在线。") in frags
    assert ("section", "Sandrine_92", "le 21/08/2026\n信号差\n地下室只有一格信号。") in frags
    text = all_text(cut(darty_page()))
    for chrome in ("utile", "Voir les 27 avis", "27 avis", "5/5", "Partager", "Poser une question"):
        assert chrome not in text
    assert "129,99 €" in text


def test_each_darty_question_is_a_qa_signed_by_who_answered() -> None:
    # holdout259: the questions were one part with their 「Question :」 / 「Réponse de Darty :」 labels
    frags = texts(cut(darty_page()))
    assert ("qa", "停电还能用吗？", "没有电池，要接 UPS。 — Darty") in frags
    assert ("qa", "忘了密码怎么办？", "按住 RESET 10 秒。 — un client") in frags


def test_darty_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Voir les 27 avis" in all_text(cut(darty_page(assets="/js/site.js")))
