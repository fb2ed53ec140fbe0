"""A Konga (konga.com) product page, as the browser saves it.

Konga's product page (its scripts under www.konga.com/static) sets the cookie notice, the header and breadcrumb, then
`main._product`: the h1 `_productName`, the price `div._price`, the seller `div._seller` 「Sold by: … · Konga
Fulfilled」, the share links, the description (text and specs table), the install steps, 「Customer Reviews」
(`div._review`s: the writer bold, the drawn stars 「★★★★★」, the date in a span, the text) and the questions.

Read as it stood (holdout252): both reviews were one part of the reviews' heading, each opening with its line
「Asel N. ★★★★★ 12/10/2026」. `konga_product` makes each review a part headed by its writer over its date and text
(`html_text.review_part`, as Geizhals's), the stars gone, as every shop reader's. The price and the seller stay
lines of the title's part, as a shop's price and terms do (eMAG's 「Vândut de」).

Detected by the page's marks (`_productName`, `_review`) on a page loading Konga's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, review_part, site_reader

MARKS = frozenset({"_productName", "_review"})
_ASSETS = re.compile(r"^https?://www\.konga\.com/static/")


@site_reader(MARKS, assets=_ASSETS)
def konga_product(soup: BeautifulSoup) -> None:
    """Read a Konga product page's reviews (see the module's docstring). A page of any other kind is unchanged."""
    for review in soup.find_all("div", class_="_review"):
        name, date, text = review.find("b"), review.find("span"), review.find("p")
        if isinstance(name, Tag) and one_line(name) and one_line(text):
            review_part(soup, review, one_line(name), [one_line(date), one_line(text)])
