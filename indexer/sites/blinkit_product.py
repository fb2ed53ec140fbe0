"""A Blinkit (blinkit.com, formerly Grofers) product page, as the browser saves it.

Blinkit's app (styled-components: class names 「Component__Part」, in builds with a hash suffix 「-sc-1x7b2q-0」; its
images from cdn.grofers.com) sets in `main` the breadcrumbs, the carousel, `div.ProductInfoCard__Container` (the
h1, the variant 「1 個」, `div.ProductInfoCard__Price` of spans — selling price, 「MRP ₸12 990」, 「27% OFF」, the tax
note — and the 「加入」 button), `div.WhyShop__Container` (an h3 「為什麼在 blinkit 購物？」 over the shop's three
selling points), then the product's details with their headings, FAQ and the seller's box.

Read as it stood (holdout201): the price spans were glued 「₸9 490MRP ₸12 99027% OFF(含所有稅費)」, and the shop's
box, its heading ending in 「？」, was a Q&A whose answer was the three selling points — the shop's advertisement on
every product page, nothing about the product. `blinkit_product` sets the prices apart by 「 · 」 on one line
(`html_text.price_line`, as Wildberries' are) and drops the box. The variant and price under the title stay, as a
shop's do (Kaspi's, Ozon's); the seller's box (h4 賣家 / 客服, the seller's name and the support address) stays:
who sells the item and whom to write to are what buyers ask.

Detected by Blinkit's class names on a page loading its assets (blinkit.com, cdn.grofers.com).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import loads_assets, price_line

_PREFIX = "ProductInfoCard__"          # the product's card: every product page has it
_ASSETS = re.compile(r"https?://(?:cdn\.grofers\.com|(?:www\.)?blinkit\.com)/")
_PRICE = re.compile(r"^ProductInfoCard__Price(?:-sc-|$)")
_WHY_SHOP = re.compile(r"^WhyShop__Container(?:-sc-|$)")


def blinkit_product(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Read a Blinkit product page's prices as one line and drop the shop's selling-points box (see the module's
    docstring). A page of any other kind is unchanged."""
    if marks is not None and not any(mark.startswith(_PREFIX) for mark in marks):
        return
    if not loads_assets(soup, _ASSETS, ("link", "script", "img")):
        return
    for box in soup.find_all("div", class_=_WHY_SHOP):
        box.decompose()         # 「為什麼在 blinkit 購物？」: the shop's advertisement
    for box in soup.find_all("div", class_=_PRICE):
        price_line(soup, box)
