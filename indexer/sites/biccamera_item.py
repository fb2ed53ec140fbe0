"""A ビックカメラ.com (biccamera.com) item page, as the browser saves it.

The item page (its styles and scripts under www.biccamera.com/bc/resources/) sets the cookie banner, `#bcs_header`
(logo, search, ログイン / ポイント / カート, the global nav), the breadcrumb, then `div.bcs_itemInfo` (the maker
`p.bcs_maker`, the h1 `bcs_title`, the rating `div.bcs_review_summary` — drawn stars, the score, a link 「（レビュー
58件）」 —, the price, the points, the stock line, the cart buttons and share links), the tabs, the `div.bcs_section`s
(商品詳細, steps, 仕様, 注意事項, 商品Q&A `dl`) and `div.bcs_review`: an h2 「カスタマーレビュー」 over
`div.bcs_reviewItem` cards, each the drawn stars `p.bcs_reviewStar`, a title `p.bcs_reviewTitle`, the by-line
`p.bcs_reviewer` 「Aigerim さん ・ 2026/10/18」 (name, honorific, date), the text `p.bcs_reviewBody` and the button
`p.bcs_helpful` 「参考になった（12）」.

Read as it stood (holdout257): the rating's stars and count 「★★★★☆（レビュー 58件）」 were a line of the title's part
(its score dropped), and both reviews were one part 「カスタマーレビュー」, each review's stars, title, by-line and
「参考になった（12）」 plain lines around its text. `biccamera_item` drops the rating under the h1 and makes each
review a part headed by its writer over its title, its date and its text (`html_text.dated_review`, as Yahoo!
ショッピング's), without the stars or the votes, as every shop reader's reviews are. The maker, the price, the points
and the stock line stay the title's lines, as every shop reader keeps them.

Detected by the page's marks (`bcs_itemInfo`, `bcs_reviewItem`) on a page loading ビックカメラ.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import dated_review, drop_selected, site_reader

MARKS = frozenset({"bcs_itemInfo", "bcs_reviewItem"})
_ASSETS = re.compile(r"^https?://www\.biccamera\.com/bc/resources/")
_FURNITURE = ("div.bcs_itemInfo div.bcs_review_summary",)     # the rating under the h1: stars, score, count


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def biccamera_item(soup: BeautifulSoup) -> None:
    """Read a ビックカメラ.com item page's rating and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    drop_selected(soup, _FURNITURE)
    for review in soup.select("div.bcs_reviewItem"):
        dated_review(soup, review, review.find(class_="bcs_reviewer"), review.find(class_="bcs_reviewTitle"),
                     review.find(class_="bcs_reviewBody"))
