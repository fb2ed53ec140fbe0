"""A ヤフオク! (Yahoo! Auctions Japan) item page, as the browser saves it.

ヤフオク!'s item pages (their stylesheets from s.yimg.jp/images/auc/) set the skip link, the header (ログイン / 出品 /
マイ・オークション, the search form) and the breadcrumb `#bcl` over `#maincontents`: `h1.ProductTitle__text`, the
price box `div.Price` (現在 / 即決), the `ul.ProductDetail` list (入札件数, 残り時間, 開始日時, 商品の状態, 発送元の地域),
the seller's description `div.ProductExplanation` (h2 「商品説明」 over the seller's own h3 sections), the
questions `div.QandA` (h2 「質問と回答（3件）」, each `div.QandA__item` a `div.QandA__question` of its label
`span.QandA__label` 「質問 1」, the question's <p> and `span.QandA__date` 「11月21日 8時」, over a `div.QandA__answer` of
its label 「回答」 and the answer's <p>), the seller card `div.Seller` (h2 「出品者情報」, the seller's ID and rating,
the link 「出品者へ質問する」), the share links and the footer.

Read as it stood (holdout234): the questions were one passage, each label, question, date, 「回答」 label and answer
a line of its own, so that no question was a Q&A and each answer was cut off from what it answers; the seller card
ended with its link to the question form. `yahuoku_item` reads each question the seller answered as a Q&A
(`html_text.qa_pair`), question over answer, without the labels and the date (as a shop's questions are:
转转's, Amazon's), and drops the seller card's link (a button, as Blinkit's seller box keeps only who sells). The
price box and the detail list stay the title's lines, as 闲鱼's price line and tags do: what the item costs, its
condition and where it ships from are what buyers ask.

Detected by `ProductTitle__text` and `ProductExplanation` on a page loading ヤフオク!'s stylesheets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, qa_pair, site_reader

MARKS = frozenset({"ProductTitle__text", "ProductExplanation"})
_ASSETS = re.compile(r"^https?://s\.yimg\.jp/images/auc/")


@site_reader(MARKS, assets=_ASSETS)
def yahuoku_item(soup: BeautifulSoup) -> None:
    """Read a ヤフオク! item's questions and seller card (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, ("div.Seller a",))     # 「出品者へ質問する」
    for item in soup.select("div.QandA div.QandA__item"):
        question, answer = item.select_one("div.QandA__question p"), item.select_one("div.QandA__answer p")
        qa_pair(soup, item, question, answer if isinstance(answer, Tag) else None)
