"""A Ceneo (ceneo.pl) product page, as the browser saves it.

Ceneo's product page (its scripts under static.ceneo.pl) sets the cookie info, the header and breadcrumbs, then
`main.product-content`: the h1, the score `div.product-review__score` 「4,5 / 5 · 37 opinii」, 「Porównaj ceny」 (the
offers table), 「Opis produktu」 (the seller's text), 「Opinie」 (`div.user-post`s: `span.user-post__author-name`,
the score `span.user-post__score` 「5/5」, `span.user-post__published` 「2026-10-02」, the text `div.user-post__text`
and the votes `div.user-post__votes` 「Czy ta opinia jest pomocna? Tak (12) Nie (1)」) and 「Pytania i odpowiedzi」.

Read as it stood (holdout252): the score was the only text of the title's part; both opinions were one part of
the reviews' heading, each score glued to its date (「5/52026-10-02」) and the writers gone. `ceneo_product` drops
the score under the h1 (as Costco's ratings line); each opinion is a part headed by its writer over its date and
text (`html_text.review_part`, as Geizhals's), the score and votes gone, as every shop reader's.

Detected by the page's marks (`user-post__author-name`, `product-review__score`) on a page loading Ceneo's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, one_line, review_part, site_reader

MARKS = frozenset({"user-post__author-name", "product-review__score"})
_ASSETS = re.compile(r"^https?://static\.ceneo\.pl/")
# the product's score under the h1
_FURNITURE = ("div.product-review__score",)


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def ceneo_product(soup: BeautifulSoup) -> None:
    """Read a Ceneo product page's score and opinions (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for post in soup.find_all("div", class_="user-post"):
        name, text = one_line(post.find(class_="user-post__author-name")), one_line(post.find(class_="user-post__text"))
        if name and text:
            review_part(soup, post, name, [one_line(post.find(class_="user-post__published")), text])
