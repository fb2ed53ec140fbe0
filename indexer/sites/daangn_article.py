"""A 당근 (Daangn, Karrot) 중고거래 listing, as the browser saves it.

Daangn's web pages (their styles and scripts from www.daangn.com/assets/) set the header (중고거래 / 부동산 / 중고차 /
알바 / …, search, 앱 다운로드) and the breadcrumb over `main.article-page`: `section.article-images` (the slider),
`section.article-profile` (the seller's card: `div.profile-nickname`, `div.profile-region` 「원곡동」, the 매너온도
`dl.manner-temp` 「38.4°C」 and its bar), `section.article-description` (`h1.article-title`, `p.article-category`
「디지털기기 · <time>끌올 2일 전</time>」, `p.article-price` 「230,000원」, the seller's text `div.article-detail`,
`p.article-counts` 「관심 14 · 채팅 9 · 조회 412」, the 채팅하기 / 신고하기 buttons), then `section.hot-articles`
boxes of other listings under an h3 (「…님의 판매 상품」, 「이 글과 함께 봤어요」: each link 「name · price」).

Read as it stood (holdout229): the seller's card was four lines opening the first part (nick, neighbourhood,
「매너온도」, 「38.4°C」), the category line kept its bump time 「끌올 2일 전」 and the price stood alone on a line
before the text; the seller's other items were a part of their own while the box beside it, alike, went as a
menu. `daangn_article` drops the seller's card and the boxes of other listings (none is this item), and writes
one line under the title of what the item is: its price, its category and the neighbourhood it is sold in
(「230,000원 · 디지털기기 · 원곡동」, as Xianyu's and 转转's listings keep their price and labels a line), without the
bump time.

Detected by `article-profile` and `article-price` on a page loading Daangn's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader, text_tag

MARKS = frozenset({"article-profile", "article-price"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:www\.)?daangn\.com/")


@site_reader(MARKS, assets=_ASSETS)
def daangn_article(soup: BeautifulSoup) -> None:
    """Read a Daangn listing's price, category and neighbourhood one line under its title, without the seller's
    card or the other listings (see the module's docstring). A page of any other kind is unchanged."""
    price = soup.find("p", class_="article-price")
    if not isinstance(price, Tag):
        return
    region = soup.find("div", class_="profile-region")
    place = one_line(region) if isinstance(region, Tag) else ""
    for card in soup.find_all("section", class_="article-profile"):
        card.decompose()        # (who sells, and their 매너온도: not the thing sold)
    for box in soup.find_all("section", class_="hot-articles"):
        box.decompose()         # (the seller's other items, what others viewed: other listings)
    fields = [one_line(price)]
    for category in soup.find_all("p", class_="article-category"):
        for when in category.find_all("time"):
            when.decompose()    # (「끌올 2일 전」: when the listing was last bumped up)
        fields.extend(one_line(link) for link in category.find_all("a"))
        category.decompose()
    line = " · ".join(field for field in [*fields, place] if field)
    if line:
        price.replace_with(text_tag(soup, "p", line))
