"""A 博客來 (books.com.tw) product page, as the browser saves it.

博客來's product page (its styles and scripts under www.books.com.tw/css/ and /js/) sets the cookie notice, the header
(會員登入 / 購物車, the main nav), the breadcrumb, then `div.type02_p003` (the h1, the brand and 商品編號), the
price box `div.prod_cont_b` (定價 / 優惠價 折, the free-shipping line, the 放入購物車 buttons, share links), the
`div.mod_b` modules each under its h3 (商品介紹, 規格, 使用說明 steps, 問與答 Q：/A：) and 讀者評價: `div.review_item`
cards, each the stars as a picture `p.star` (alt 「5顆星」), the by-line `p.author` 「小魚兒 ・ 2026/10/05」 and the text
`p.txt`; then 「買了這項商品的人也買了…」 and the footer.

Read as it stood (holdout257): the by-lines were dropped as by-lines and the stars as pictures, so both reviews were
one part 「讀者評價」 of two texts, who wrote which and when lost. `books_com_tw_product` makes each review a part
headed by its writer over its date and its text (`html_text.dated_review`, as ビックカメラ's and Yahoo!
ショッピング's), without the stars, as every shop reader's reviews are. The brand, 商品編號 and the price lines stay
the title's lines, as every shop reader keeps them.

Detected by the page's marks (`type02_p003`, `review_item`) on a page loading 博客來's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import dated_review, site_reader

MARKS = frozenset({"type02_p003", "review_item"})
_ASSETS = re.compile(r"^https?://www\.books\.com\.tw/(?:css|js)/")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def books_com_tw_product(soup: BeautifulSoup) -> None:
    """Read a 博客來 product page's reviews each a part of its writer (see the module's docstring). A page of any
    other kind is unchanged."""
    for review in soup.select("div.mod_b div.review_item"):
        dated_review(soup, review, review.find(class_="author"), None, review.find(class_="txt"))
