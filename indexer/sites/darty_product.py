"""A Darty (darty.com) product page (fiche produit), as the browser saves it.

Darty (its styles and scripts from www.darty.com/assets and static.darty.com) sets the OneTrust cookie banner, the
header and univers nav, the breadcrumb, then `div#main_product`: `div.product_head` (the h1, `div.product_ref`
「Réf. 4852217 · EAN 3701234567893」, the rating `div.product_rating` 「4,3/5 (27 avis)」, the price
`div.product_price`, the delivery options, the cart button and `div.share_buttons`), the tab nav, then one
`section.product_section` per tab: the description (h2 「Fiche produit」), the `Caractéristiques` table,
`section.product_reviews` (h2 「Avis clients」, the summary `div.reviews_summary` 「4,3/5 · 27 avis · 89 %
recommandent ce produit」, `div.review_item`s of `div.review_head` — `span.review_author`, the stars
`span.review_stars` 「5/5」, `span.review_date` 「le 03/10/2026」 —, `p.review_title`, `p.review_text` and the votes
`div.review_useful` 「Cet avis vous a-t-il été utile ? Oui (12) Non (1)」, then the link 「Voir les 27 avis」) and
`section.product_qa` (`div.qa_item`s of `p.qa_question` 「Question : …」 and `p.qa_answer` 「Réponse de Darty : …」 or
「Réponse d'un client : …」, then the link 「Poser une question」), the cross-sell aside and the footer.

Read as it stood (holdout259): the header's rating stayed a line of the h1's part; the reviews were one part 「Avis
clients」 with the summary, each date and title a text line, the writers and their stars gone and the votes line
「Cet avis vous a-t-il été utile ?」 after each; the questions were one part 「Questions / Réponses」, the 「Question :」
/ 「Réponse de Darty :」 labels and 「Poser une question」 its text. `darty_product` drops the rating, the share
buttons, the reviews' summary, stars, votes and 「Voir les … avis」 link and 「Poser une question」; makes each review
a part headed by its writer over its date, title and text (`html_text.review_part`, as Cdiscount's and Fnac's); and
each question a Q&A without its label, its answer signed by who gave it (「— Darty」, 「— un client」:
`html_text.signed_qa`, as Fnac's). The head's reference, price and delivery lines stay, as a shop's price and terms
do (Fnac's, Best Buy's model and SKU line).

Detected by the product page's marks (`product_head`, `review_item`, `qa_item`) on a page loading Darty's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, one_line, review_part, signed_qa, site_reader

MARKS = frozenset({"product_head", "review_item", "qa_item"})
_ASSETS = re.compile(r"^https?://(?:www\.darty\.com/assets/|static\.darty\.com/)")
# the head's rating and share buttons, the reviews' summary, stars, votes and link, the questions' link
_FURNITURE = ("div.product_head div.product_rating", "div.product_head div.share_buttons",
              "section.product_reviews div.reviews_summary", "div.review_item span.review_stars",
              "div.review_item div.review_useful", "section.product_reviews a.see_all_reviews",
              "section.product_qa a.ask_question")
_ASKED = re.compile(r"^\s*Question\s*:\s*")
# 「Réponse de Darty :」, 「Réponse d'un client :」: who answered
_ANSWERED = re.compile(r"^\s*Réponse\s+(?:de\s+|d['’]\s*)([^:]*?)\s*:\s*")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def darty_product(soup: BeautifulSoup) -> None:
    """Read a Darty product page's head, reviews and questions (see the module's docstring). A page of any other
    kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for card in soup.find_all("div", class_="review_item"):
        name, text = one_line(card.find(class_="review_author")), one_line(card.find(class_="review_text"))
        if name and text:
            review_part(soup, card, name, [one_line(card.find(class_="review_date")),
                                           one_line(card.find(class_="review_title")), text])
    for item in soup.find_all("div", class_="qa_item"):
        answer = one_line(item.find("p", class_="qa_answer"))
        by = _ANSWERED.match(answer)
        signed_qa(soup, item, _ASKED.sub("", one_line(item.find("p", class_="qa_question")), count=1),
                  answer[by.end():] if by else answer, by.group(1) if by else "")
