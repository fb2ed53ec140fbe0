"""A ヨドバシ.com (yodobashi.com) product page, as the browser saves it.

The product page (its styles and scripts under image.yodobashi.com/yc/) sets the cookie banner, the header (search,
ログイン / 会員登録 / ショッピングカート), the `pankuzu` crumbs, then `div.pName` (the maker `p.makerName` over the h1),
the buy box `div.pdBoxR`: `div.salesInfo` (the price `p.productPrice` 「￥59,800（税込）」, the points `p.pointInfo`,
the stock `p.stockInfo` 「在庫あり」 and the delivery `p.deliveryInfo` 「今から最短で翌日…にお届け」), the stars and count
`div.reviewStar` 「4.3（31件）」, the cart button and the SNS buttons; then `#pdDetail`: the tabs, 商品情報 (h3 sections,
lists, the 仕様 table), `div.reviewArea` (its h2, the summary `div.reviewSummary` 「4.3 / 5（31件のレビュー）」 with
「レビューを書く」, then `div.reviewBox`es: `div.reviewHead` — drawn stars, the title `strong.reviewTtl`, the writer
`span.reviewer` 「kaz_0420さん」, `span.date` —, the text `p.reviewTxt` and the votes `div.reviewVote`) and
`div.qaArea` (its h2 over `div.qaBox`es of `p.question` 「Q. …」 over `p.answer` 「A. …」), the footer.

Read as it stood (holdout256): the h1's text held the buy box's stock, delivery and stars as lines beside the price
and points; each review's title ran into its writer and date (「eSIM 轉移要注意kaz_0420さん2026/09/02」), both reviews
and the summary were one 「商品レビュー」 part; and the three Q&A pairs were one 「商品Q&A」 part's lines.
`yodobashi_product` drops the stock, delivery, stars, cart and SNS buttons, the tabs, the reviews' summary and the
votes (the maker, price and points stay the title's lines, as every shop reader keeps them); makes each review a part
headed by its writer (without 「さん」) over its title, its date and its text (`html_text.review_part`); and each
qaBox its Q&A (`html_text.qa_pair`), the 「Q.」 and 「A.」 going as every lettered pair's do.

Detected by the maker-and-name box and the buy box (`pName`, `salesInfo`) on a page loading image.yodobashi.com's
assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, one_line, qa_pair, review_part, site_reader

MARKS = frozenset({"pName", "salesInfo"})
_ASSETS = re.compile(r"^(?:https?:)?//image\.yodobashi\.com/")
# the buy box's stock, delivery, stars, cart and share buttons; the detail's tabs; the reviews' summary and votes
_FURNITURE = ("div.salesInfo p.stockInfo", "div.salesInfo p.deliveryInfo", "div.pdBoxR div.reviewStar",
              "div.pdBoxR a.cartBtn", "div.pdBoxR div.sns", "#pdDetail ul.tabs", "div.reviewArea div.reviewSummary",
              "div.reviewBox div.reviewVote")
_HONORIFIC = re.compile(r"\s*さん$")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def yodobashi_product(soup: BeautifulSoup) -> None:
    """Read a ヨドバシ.com product page's buy box, reviews and Q&A (see the module's docstring). A page of any other
    kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for box in soup.select("div.reviewArea div.reviewBox"):
        name, said = _HONORIFIC.sub("", one_line(box.find(class_="reviewer"))), one_line(box.find(class_="reviewTxt"))
        if name and said:
            review_part(soup, box, name, [one_line(box.find(class_="reviewTtl")), one_line(box.find(class_="date")),
                                          said])
    for box in soup.select("div.qaArea div.qaBox"):
        qa_pair(soup, box, box.find(class_="question"), box.find(class_="answer"))
