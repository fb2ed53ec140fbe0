"""A Micro Center (microcenter.com) product page, as the browser saves it.

Micro Center's product page (ASP.NET-era markup, its stylesheets and scripts under www.microcenter.com) sets the
cookie alert, the header with its store selector, the breadcrumbs, then `div.product-header` (the h1, `p.SKUNumber`
「SKU: 712455 · Mfr Part#: DS224P-4GKIT」, the store's stock `div.inventory`, `p.big-price`, the ratings link
`a.ratings` 「4.6 (38 条评价)」, the cart button and the protection plan's upsell `a.protect`), the share bar, the
`#tab-details` pane (the seller's h2 sections) and the `#tab-reviews` pane: each `div.review` a `div.reviewer`
「Timur_IT · Almaty · 已验证购买」, the drawn stars `div.stars`, an `h4.review-title`, `p.review-text` and the votes
`div.helpful` 「这条评价有帮助吗？ 是 (9) 否 (0) 举报」.

Read as it stood (holdout231): the title's part ended with the ratings link run into the upsell; the reviews were
cut at their h4 titles, so each reviewer's line closed the part of the review before theirs (the first one alone
under 「顾客评价」), after that review's votes.
`microcenter_item` drops the ratings link and the upsell (the SKU line, the stock and the price stay lines of the
title's part, as every shop reader's); each review is a part headed by its writer over its title, the rest of
its by-line and its text (`html_text.review_part`), the stars and the votes gone, as every shop reader's.

Detected by the product page's marks (`product-header`, `SKUNumber`) on a page loading Micro Center's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, site_reader, titled_review

MARKS = frozenset({"product-header", "SKUNumber"})
_ASSETS = re.compile(r"^https?://www\.microcenter\.com/")
# the product header's furniture: the ratings link, the protection plan's upsell
_FURNITURE = ("div.product-header a.ratings", "div.product-header a.protect")


@site_reader(MARKS, assets=_ASSETS)
def microcenter_item(soup: BeautifulSoup) -> None:
    """Read a Micro Center product page's header and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    if soup.find("div", class_="product-header") is None:
        return
    drop_selected(soup, _FURNITURE)
    for review in soup.find_all("div", class_="review"):
        titled_review(soup, review, review.find("div", class_="reviewer"), review.find(class_="review-title"),
                      review.find(class_="review-text"))

