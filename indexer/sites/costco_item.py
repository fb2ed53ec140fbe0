"""A Costco (costco.com) product page, as the browser saves it.

Costco's product page (its stylesheets and scripts under mobilecontent.costco.com) sets the OneTrust banner, the
costco-header, the breadcrumbs, then `div.product-h1-container` (the h1 and `p.item-number` 「商品编号 1781245 | 型号
KS-SPA6-4G」), `div.pricing-block` (`div.your-price`, the member note `p.member-only`, the ratings line
`div.product-ratings` — drawn stars and the link 「87 条评价」 —, the cart button), the share links,
`div.product-info-description` (the seller's h2 sections and its h3 「问：」 FAQ) and `section.bv-reviews`: Costco's own
Bazaarvoice template, each review a `div.bv-content-item` of `div.bv-author` 「Serik_A · 已验证购买」, the drawn stars
`div.bv-rating`, an `h3.bv-content-title`, the text `p.bv-content-summary-body-text` and the votes `div.bv-helpful`
「有帮助吗？ 是 (24) 否 (1)」 (not the `bv-content-author` by-lines of the widget `shop_pages._bazaarvoice_content`
reads).

Read as it stood (holdout231): the title's part ended with the ratings link 「87 条评价」; each review was a part
titled by its title, its writer lost (the by-line went as by-lines do) and its votes its last line.
`costco_item` drops the ratings line (the item number, the price and the member note stay lines of the title's
part, as every shop reader's); each review is a part headed by its writer over its title, the rest of its by-line
and its text (`html_text.review_part`), the stars and the votes gone, as every shop reader's.

Detected by the product page's mark (`product-h1-container`) on a page loading Costco's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, site_reader, titled_review

MARKS = frozenset({"product-h1-container"})
_ASSETS = re.compile(r"^https?://mobilecontent\.costco\.com/")
# the product page's furniture: the ratings line (drawn stars, the link to the reviews) in the price block
_FURNITURE = ("div.pricing-block div.product-ratings",)


@site_reader(MARKS, assets=_ASSETS)
def costco_item(soup: BeautifulSoup) -> None:
    """Read a Costco product page's header and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    if soup.find("div", class_="product-h1-container") is None:
        return
    drop_selected(soup, _FURNITURE)
    for review in soup.find_all("div", class_="bv-content-item"):
        titled_review(soup, review, review.find(class_="bv-author"), review.find(class_="bv-content-title"),
                      review.find(class_="bv-content-summary-body-text"))

