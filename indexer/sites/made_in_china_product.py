"""A Made-in-China.com product page, as the browser saves it.

The product page (its styles and scripts under www.micstatic.com) sets the cookie banner, the `header-top` (Sign In /
Join Free, languages), the search header, the `crumb`, then `div.sr-layout-side` holding the supplier's card
`div.com-card` — its name `div.com-name` 「Shenzhen … Co., Ltd.」, its badges `div.com-tags` 「Audited Supplier」
「Gold Member Since 2019」, `ul.com-info` (「Business Type:」, 「Province & City:」, 「Main Products:」) and the buttons
`div.com-btns` 「Contact Now」 「Chat」 — and `div.sr-layout-main`: `div.prod-title` (the h1), `div.prod-price` (the FOB
price table and the stars `div.prod-rating` 「4.6 (23 Reviews)」), the `share-bar`, the `detail-tab` links, 「Basic
Info.」 `table.param-table`, the Product Description (h3 sections, lists), the FAQ `dl` (「Q1：」 / 「A：」), the
inquiry form and the related products; the footer.

Read as it stood (holdout256): the supplier card went with the sidebar, so the page never said who sold the product
(its name, badges, business type and main products); the rating went with the stars' line (as it should: a count of
reviews, not a fact of the product). `made_in_china_product` puts the supplier card's name, its badges on one line
and its info lines under the h1, before the price table (where the card stands in the page's order, the sidebar
first), the buttons gone; the rating, the share bar and the detail tabs go.

Detected by the supplier card and the product title box (`com-card`, `prod-title`) on a page loading
www.micstatic.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, site_reader, text_tag

MARKS = frozenset({"com-card", "prod-title"})
_ASSETS = re.compile(r"^(?:https?:)?//www\.micstatic\.com/")
# the card's buttons, the price box's stars and count, the share bar and the detail's tab links
_FURNITURE = ("div.com-card div.com-btns", "div.prod-price div.prod-rating", "div.share-bar", "div.detail-tab")


@site_reader(MARKS, assets=_ASSETS)
def made_in_china_product(soup: BeautifulSoup) -> None:
    """Read a Made-in-China.com product page's supplier card as lines under its h1 (see the module's docstring). A
    page of any other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    card, title = soup.find("div", class_="com-card"), soup.select_one("div.prod-title h1")
    if not isinstance(card, Tag) or not isinstance(title, Tag):
        return
    tags = card.find(class_="com-tags")
    lines = [one_line(card.find(class_="com-name")),
             " · ".join(filter(None, (one_line(tag) for tag in tags.find_all(True, recursive=False))))
             if isinstance(tags, Tag) else "",
             *(one_line(item) for item in card.select("ul.com-info > li"))]
    holder = title.parent       # the title box the h1 stands in alone
    anchor = holder if holder is not None and holder.get_text(strip=True) == title.get_text(strip=True) else title
    for line in reversed([line for line in lines if line]):
        anchor.insert_after(text_tag(soup, "p", line))
    card.decompose()
