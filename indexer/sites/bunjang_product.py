"""A 번개장터 (Bunjang, m.bunjang.co.kr) product page, as the browser saves it.

The product page (its styles and scripts under m.bunjang.co.kr/static/) sets the header (logo, search, 판매하기 /
내상점 / 번개톡), the category path, then `div.sc-product-info` (the h1, the price 「120,000원」, the meta 「♥ 9 · 조회 341 ·
3일 전」, the status list `ul.sc-product-status` 「상품상태 중고」…, the 찜 / 번개톡 / 바로구매 buttons), the seller's
상품정보 (h2 / h3 sections, steps, a table, <b>问：</b>…<br><b>答：</b> pairs), the tags, `section.sc-inquiry`: the
h2 「상품문의 3」, the form, and `div.sc-inquiry-item` cards (`p.sc-inquiry-user` the name, the seller's with 「판매자」
beside it; `p.sc-inquiry-text`; `p.sc-inquiry-date` 「2일 전」; the 댓글달기 button; a reply `sc-inquiry-reply`, set
after the inquiry it answers, not inside it), and the aside `aside.sc-shop-info` 「상점정보」 (the shop's name, 「상품
12 · 팔로워 4」, 「거래후기 ★4.9」, 팔로우).

Read as it stood (holdout245): the inquiries were an ordinary part 「상품문의 3」 of the names, texts and dates one
line each, the seller's reply not told from a buyer's question; the 상점정보 aside was a part of its own. `bunjang_product`
drops the aside (who sells, not the thing sold, as Daangn's reader drops the seller's card) and reads the inquiries
as the comments, the listing's last part 「评论」 (as 闲鱼's reader reads its 留言): an inquiry the seller answered
(the reply after it badged 「판매자」) a Q&A (`html_text.qa_card`), any other a line of its own, without names or
dates. The price and the status list stay the title's lines, as every shop reader keeps them.

Detected by the product's info box and the inquiries' box on a page loading Bunjang's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, drop_classed, one_line, qa_card, site_reader, text_tag
from indexer.sites.blogs import COMMENTS_TITLE

MARKS = frozenset({"sc-product-info", "sc-inquiry"})
_ASSETS = re.compile(r"^(?:https?:)?//m\.bunjang\.co\.kr/")
_SELLER = "판매자"     # the badge beside the seller's name


@site_reader(MARKS, assets=_ASSETS)
def bunjang_product(soup: BeautifulSoup) -> None:
    """Read a Bunjang product page's inquiries as its comments, without the shop's aside (see the module's
    docstring). A page of any other kind is unchanged."""
    drop_classed(soup, ("sc-shop-info",))
    for box in soup.find_all("section", class_="sc-inquiry"):
        _inquiries(soup, box)


def _inquiries(soup: BeautifulSoup, box: Tag) -> None:
    """Put the inquiries under an h2 「评论」 (`blogs.COMMENTS_TITLE`): each the seller answered in the reply after
    it a Q&A, any other a line, without names, dates and buttons."""
    for heading in box.find_all(list(HEADINGS)):
        heading.replace_with(text_tag(soup, "h2", COMMENTS_TITLE))
    asked: tuple[Tag, str] | None = None        # the last inquiry not yet answered, and what it asks
    for card in box.find_all("div", class_="sc-inquiry-item"):
        said = one_line(card.find(class_="sc-inquiry-text"))
        user = card.find(class_="sc-inquiry-user")
        seller = isinstance(user, Tag) and any(one_line(tag) == _SELLER for tag in user.find_all(True))
        if seller and asked is not None and said:
            qa_card(soup, asked[0], asked[1], said)
            card.decompose()
            asked = None
            continue
        line = text_tag(soup, "p", said)
        card.replace_with(line)
        asked = (line, said) if said and not seller else None
        if not said:
            line.decompose()
