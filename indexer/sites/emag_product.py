"""An eMAG (emag.ro, .bg, .hu) product page, as the browser saves it.

eMAG (its styles and scripts from s13emagst.akamaized.net) sets in `main.main-container` the
`section.product-page-header` (h1.page-title, 「Cod produs: …」, the rating with links to the reviews and questions,
`div.product-highlights`: `p.product-new-price` 「199<sup>99</sup> <span>Lei</span>」, `p.product-old-price`, the
「Adaugă în Coș」 button, the Genius, stock and seller lines), 「Descriere」 (h3 sections ending in a bare
`table.specifications-table`), 「Întrebări și răspunsuri」 (`div.product-faq-item`s: `p.question` 「<strong>Întrebare:
</strong> …」, `p.answer` 「<strong>Răspuns vânzător PhoneDepot:</strong> …」, the asker's `span.faq-meta`) and
「Review-uri clienți」 (`div.reviews-summary`, then `div.product-review-item`s: `div.product-review-user` with the
writer and the 「Review cumpărător verificat」 badge, the stars, an h3 title, the text, `div.review-footer` with the
date and the Util / Raportează buttons).

Read as it stood (holdout240): the prices' decimals, set in <sup>, ran into their units (「199<sup>99</sup>」 read
「19999 Lei」, a hundred times the price); the spec table was glued to the end of the description's last h3 section;
each question kept its label 「Întrebare:」 and each answer opened with 「Răspuns vânzător PhoneDepot:」; each review
was an ordinary part titled by its h3, its writer, date and badge lost, the badge glued to the end of the part
before it (the writer's block stands over the h3). `emag_product` writes each price with its decimals after a comma
(「199,99 Lei」), both on one line set apart by 「 · 」 (as `html_text.price_line` sets a price box's spans); reads the
spec table under the product's name, as Argos's (it describes the product, not the section it ends); makes each
question a Q&A without the label, signed by who answered (`html_text.signed_qa`: 「… — vânzător PhoneDepot」), the
asker's line gone; and each review a part headed by its writer over its date and badge, title and text
(`html_text.review_part`, as Coolblue's), the ratings summary, stars and votes gone (as Argos's and OTTO's). The
code, Genius, stock and seller lines under the title stay, as a shop's price and terms do (Kaspi's, Ozon's).

Detected strictly by eMAG's marks: its selling price's class on a page loading s13emagst.akamaized.net's
assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import (answer_label, drop_selected, joined_line, one_line, review_part, signed_qa,
                               site_reader)

MARKS = frozenset({"product-new-price"})
_ASSETS = re.compile(r"https?://s\d*emagst\.akamaized\.net/")
# the label opening an answer: 「Răspuns vânzător PhoneDepot:」, 「Răspuns eMAG:」 (who answered follows the word)
_ANSWERED = re.compile(r"^\s*Răspuns\s+(.+?)\s*:?\s*$", re.IGNORECASE)
_FURNITURE = ("div.reviews-summary", "div.star-rating", "span.faq-meta", "p.question > strong")


@site_reader(MARKS, assets=_ASSETS)
def emag_product(soup: BeautifulSoup) -> None:
    """Read an eMAG product page's prices, spec table, questions and reviews (see the module's docstring). A page
    of any other kind is unchanged."""
    _prices(soup)
    header = soup.find("section", class_="product-page-header")
    if isinstance(header, Tag):
        for table in soup.select("div.product-page-description > table.specifications-table"):
            header.append(table.extract())      # under the product's name, not the section before it
    drop_selected(soup, _FURNITURE)
    for item in soup.find_all("div", class_="product-faq-item"):
        answer = item.find("p", class_="answer")
        by = answer_label(answer.find("strong") if isinstance(answer, Tag) else None, _ANSWERED)
        signed_qa(soup, item, one_line(item.find("p", class_="question")), one_line(answer),
                  by.group(1) if by else "")
    for review in soup.find_all("div", class_="product-review-item"):
        name = one_line(review.find(class_="product-review-author"))
        text = one_line(review.find(class_="review-body-container"))
        if not name or not text:
            continue
        footer = review.find("div", class_="review-footer")
        date = one_line(footer.find("span")) if isinstance(footer, Tag) else ""
        badge = one_line(review.find("span", class_="badge"))
        review_part(soup, review, name, [" · ".join(filter(None, (date, badge))),
                                         one_line(review.find(class_="product-review-title")), text])


def _prices(soup: BeautifulSoup) -> None:
    """Write each price's decimals (set in <sup>) after a comma, and the selling and old prices on one line."""
    prices = soup.find_all("p", class_=["product-new-price", "product-old-price"])
    for price in prices:
        for cents in price.find_all("sup"):
            cents.replace_with("," + cents.get_text(strip=True))
    joined_line(soup, prices)
