"""A Geizhals (geizhals.de, .at, .eu) product page, as the browser saves it.

Geizhals (its styles and scripts from gzhls.at) sets in `main.variant` the `div.variant__header` (the h1, the stars
and 「23 Bewertungen」, Preisentwicklung / Preisalarm / Merken), 「Angebote」 (the offers table and its price note),
「Produktbeschreibung / Datenblatt」 (`dl.specs__list` of dt / dd pairs, then `div.specs__text`: the maker's text in
h3 sections) and 「Bewertungen」 (`div.review`s: `div.review__head` of `span.review__author`, the stars
`span.stars` and `span.review__date`, then `p.review__text` and `p.review__helpful` 「12 von 13 fanden diese
Bewertung hilfreich」, and the 「Alle 23 Bewertungen anzeigen」 link).

Read as it stood (holdout240): the datasheet was one term or value a line (「Druckverfahren」 / 「热敏打印…」), each value
apart from what it names; the reviews were read as comments, one part 「评论」 of both texts, their writers and dates
lost. `geizhals_product` makes the datasheet a two-column table (`html_text.pairs_table`, as Coolblue's and JD's dt
/ dd specs) and each review a part headed by its writer over its date and text (`html_text.review_part`, as
Coolblue's), its stars and votes gone, and the 「Alle 23 Bewertungen anzeigen」 link (to another page) with them. The
variant header's rating line and links go as they did (links to the page's own parts and to other pages, as Ozon's
rating line); the h1 stays the article's title.

Detected strictly by Geizhals' marks: its variant header's class on a page loading gzhls.at's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, pairs_table, review_part, site_reader

MARKS = frozenset({"variant__header"})
_ASSETS = re.compile(r"https?://gzhls\.at/")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def geizhals_product(soup: BeautifulSoup) -> None:
    """Read a Geizhals product page's datasheet and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    drop_selected(soup, ("a.reviews__more",))
    for sheet in soup.find_all("dl", class_="specs__list"):
        terms, values = sheet.find_all("dt", recursive=False), sheet.find_all("dd", recursive=False)
        if terms and len(terms) == len(values):
            sheet.replace_with(pairs_table(soup, list(zip(terms, values))))
    for review in soup.find_all("div", class_="review"):
        name, text = one_line(review.find(class_="review__author")), one_line(review.find(class_="review__text"))
        if name and text:
            review_part(soup, review, name, [one_line(review.find(class_="review__date")), text])
