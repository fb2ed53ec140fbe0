"""A Naver 스마트스토어 (smartstore.naver.com) product page, as the browser saves it.

Naver's shop app (its scripts from ssl.pstatic.net/shop; its class names hashed per build, 「_1eddO7u4UC」, so that
only its markup and its own UI words tell its parts apart) sets the `#u_skip` link 「본문 바로가기」, the NAVER 쇼핑
header and store menu, the category path, then in `main` the product's box (an h3 naming the product — the page has
no h1 —, the price 「89,000원」 with the seller's note 「≈ 32 900 ₸」 and the 구매하기 / 장바구니 / 찜하기 buttons), the
seller's detail written in SmartEditor (`div.se-viewer`: h3 sections, lists, tables), the 상품문의 list (an h3
「상품문의 (Q&A) 3」 over an `ul` whose items each hold the status badge 「답변완료」, the question `p`, the asker's
masked id and date, and a `div` of the label `<strong>판매자 답변</strong>` over the answer `p`) and the 리뷰 list (an
h3 「리뷰 128」, the score 「평점 4.7」, an `ul` whose items each hold the drawn stars `<em>★★★★★</em>`, the writer's
masked id `<strong>`, the date, the text `p` and the 「도움돼요 12」 button).

Read as it stood (holdout251): titled by the `<title>` without the store's name, the product's h3 was dropped as
its copy and its words after it (「（冰钓 4G 鱼探仪，插 SIM 卡）」) were lost; the questions were one part under the
count heading, the badges, askers, dates and answer labels lines between each question and its answer; the reviews
one part with the score, the stars, writers and dates lines of its text. `naver_smartstore` makes the product's
h3 the page's h1; each question a Q&A (`html_text.qa_pair`) without its badge, asker or label — only the seller
answers on Naver, so the label tells no answer from another; each review a part headed by its writer over its date
and text (`html_text.review_part`), no stars or votes, as every shop reader's; the score line gone (the lists'
count headings then head nothing). The price stays a line of the title's part, as every shop reader's.

Detected by Naver's skip link and SmartEditor's viewer on a page loading Naver Shopping's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, qa_pair, review_part, site_reader

MARKS = frozenset({"#u_skip", "se-viewer"})
_ASSETS = re.compile(r"^https?://(?:ssl\.pstatic\.net/shop/|(?:smartstore|shopping)\.naver\.com/)")
_SELLER_ANSWER = "판매자 답변"                     # the label over the seller's answer in the 상품문의 list
_SCORE = re.compile(r"^평점\s*[\d.]+$")           # the reviews' average 「평점 4.7」
_STARS = re.compile(r"^[★☆]+$")
_DATE = re.compile(r"\d{4}\.\d{1,2}\.\d{1,2}\.?")


@site_reader(MARKS, assets=_ASSETS)
def naver_smartstore(soup: BeautifulSoup) -> None:
    """Read a Naver 스마트스토어 product page's name, questions and reviews (see the module's docstring). A page of
    any other kind is unchanged."""
    viewer = soup.find("div", class_="se-viewer")
    name = viewer.find_previous("h3") if isinstance(viewer, Tag) else None
    if isinstance(name, Tag) and soup.find("h1") is None:
        name.name = "h1"                # the product's name: the page's title, whole
    for label in soup.find_all("strong", string=_SELLER_ANSWER):
        _question(soup, label)
    for stars in soup.find_all("em", string=_STARS):
        _review(soup, stars)


def _question(soup: BeautifulSoup, label: Tag) -> None:
    """Put the 상품문의 item whose answer box `label` heads as its Q&A (the question its own `p`, the answer the
    box's), its badge, asker and label gone with the item."""
    box = label.parent
    item = box.find_parent("li") if isinstance(box, Tag) else None
    if not isinstance(item, Tag):
        return
    qa_pair(soup, item, item.find("p", recursive=False), box.find("p"))


def _review(soup: BeautifulSoup, stars: Tag) -> None:
    """Put the 리뷰 item whose stars are `stars` as a part headed by its writer over its date and text."""
    item, writer = stars.parent, stars.find_next_sibling("strong")
    text = item.find("p", recursive=False) if isinstance(item, Tag) and item.name == "li" else None
    if not isinstance(writer, Tag) or not isinstance(text, Tag):
        return
    reviews = item.parent               # the list: its parts go before it, in order
    for score in reviews.find_previous_siblings("span"):
        if _SCORE.match(one_line(score)):
            score.decompose()
    dates = _DATE.findall(" ".join(item.find_all(string=True, recursive=False)))
    review_part(soup, item, one_line(writer), [" ".join(dates), one_line(text)], before=reviews)

