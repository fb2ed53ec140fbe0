"""A Skroutz (skroutz.gr) product (SKU) page, as the browser saves it.

Skroutz's SKU page (its scripts under a.scdn.gr) sets the cookies consent, the header, the breadcrumbs, then
`main#sku`: the h1, the rating `div.rating-with-count` 「4,3 ★ · 26 αξιολογήσεις」, the seller's sections (features,
setup), 「Αξιολογήσεις χρηστών」 (`div.review`s: `span.review-author`, the stars `span.review-stars` 「5」, the text)
and the questions.

Read as it stood (holdout252): the reviews were read as comments, one part 「评论」 of both texts at the page's end
(after the questions it stands before), the heading and writers gone. `skroutz_sku` drops the rating under the h1
(as Costco's ratings line); each review is a part headed by its writer over its text (`html_text.review_part`, as
Geizhals's), under the reviews' own heading and in its place, the stars gone, as every shop reader's.

Detected by the page's marks (`rating-with-count`, `review-author`) on a page loading Skroutz's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, one_line, review_part, site_reader

MARKS = frozenset({"rating-with-count", "review-author"})
_ASSETS = re.compile(r"^https?://a\.scdn\.gr/")
# the rating under the h1, each review's stars
_FURNITURE = ("div.rating-with-count", "div.review span.review-stars")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def skroutz_sku(soup: BeautifulSoup) -> None:
    """Read a Skroutz SKU page's rating and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for review in soup.find_all("div", class_="review"):
        author = review.find(class_="review-author")
        name = one_line(author)
        if not name:
            continue
        author.decompose()
        if one_line(review):
            review_part(soup, review, name, [one_line(review)])
