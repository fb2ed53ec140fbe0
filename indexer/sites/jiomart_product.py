"""A JioMart (jiomart.com) product page, as the browser saves it.

JioMart's app (its `jm-` design-system classes; its assets from www.jiomart.com/assets) sets `header.jm-header`, the
breadcrumb, `section.product-header` (`h1.jm-heading-xs`, `div.jm-price` 「₹14,999 M.R.P: ₹18,500」 with the seller's
note, Add to Cart, `div.jm-delivery` 「Delivery by 5 days · Free Delivery」), the description's sections
(`section.product-specifications`: h2, h3 sections, lists, 问/答 lines), `section.jm-ratings` (its h2 「Ratings &
Reviews」 over the summary 「4.2 ★ (54)」 and, where buyers wrote some, the reviews) and `section.jm-similar`.

Read as it stood (holdout251): the ratings summary was a part of its own under 「Ratings & Reviews」, a score and a
count that answer no question. `jiomart_product` drops the summary (the heading then heads nothing, or the reviews).
The price and delivery lines stay lines of the title's part, as every shop reader's: what a thing costs and how soon
it comes are what buyers ask.

Detected by the price box's class on a page loading JioMart's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import site_reader

MARKS = frozenset({"jm-price"})
_ASSETS = re.compile(r"^https?://(?:www\.)?jiomart\.com/")
_SUMMARY = re.compile(r"^\s*[\d.]+\s*★\s*\([\d,]+\)\s*$")        # 「4.2 ★ (54)」: the score and the count


@site_reader(MARKS, assets=_ASSETS)
def jiomart_product(soup: BeautifulSoup) -> None:
    """Drop a JioMart product page's ratings summary (see the module's docstring). A page of any other kind is
    unchanged."""
    for section in soup.find_all("section", class_="jm-ratings"):
        for summary in section.find_all(("p", "div", "span"), string=_SUMMARY):
            summary.decompose()
