"""A Zepto (zeptonow.com) product page, as the browser saves it.

Zepto's Next.js app (CSS-module class names 「Component_part__hash」, its images from cdn.zeptonow.com, the
`__NEXT_DATA__` script) sets in `main` the breadcrumbs, the gallery, `div.ProductInfo_info__…` (the h1, the pack
size, `div.ProductInfo_price__…` of spans — MRP, selling price, 「24% OFF」 — the add-to-cart button and the delivery
badge), `section.ProductDetails_details__…` (h2 sections, among them the spec table `table.ProductDetails_specs__…`
standing without a heading of its own after a section's text, and the FAQ), `section.Reviews_reviews__…` (the score
line, then `div.Reviews_review__…` cards: `span.Reviews_author__…`, `span.Reviews_stars__…` 「★★★★★」, the text)
and the similar products.

Read as it stood (holdout201): the price spans were glued 「₸24 990₸18 99024% OFF」; the spec table (品牌, 型号,
网络, 保修, 退货…) ran on at the end of whatever section it followed (「查话费和充值」); the two reviews were one
passage under 「评分与评价」, their writers' names and stars gone. `zepto_product` sets the prices apart by 「 · 」 on
one line (`html_text.price_line`), reads the spec table under the product's name with its price (the product's
facts, as the price is), and heads each review by its writer (`html_text.writer_heading`, as DNS's and
Citilink's are), its stars gone. The pack size, price and delivery badge under the title stay, as a shop's do
(Kaspi's, Ozon's); the score line stays the reviews' first text.

Detected by Zepto's class names on a Next.js page loading its images from cdn.zeptonow.com.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import one_line, price_line, site_reader, writer_heading

_ASSETS = re.compile(r"https?://cdn\.zeptonow\.com/")
_INFO = re.compile(r"^ProductInfo_info__")
_PRICE = re.compile(r"^ProductInfo_price__")
_SPECS = re.compile(r"^ProductDetails_specs__")
_REVIEW = re.compile(r"^Reviews_review__")
_AUTHOR = re.compile(r"^Reviews_author__")
_STARS = re.compile(r"^Reviews_stars__")


@site_reader({"#__NEXT_DATA__"}, assets=_ASSETS, tags=("img",))
def zepto_product(soup: BeautifulSoup) -> None:
    """Read a Zepto product page's prices, spec table and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    info = soup.find("div", class_=_INFO)
    if info is None:
        return
    for box in info.find_all("div", class_=_PRICE):
        price_line(soup, box)
    for table in soup.find_all("table", class_=_SPECS):
        info.append(table.extract())        # under the product's name, not the section before it
    for card in soup.find_all("div", class_=_REVIEW):
        for stars in card.find_all(class_=_STARS):
            stars.decompose()
        author = card.find(class_=_AUTHOR)
        if author is not None and one_line(author):
            card.insert_before(writer_heading(soup, one_line(author), "h3"))
            author.decompose()
