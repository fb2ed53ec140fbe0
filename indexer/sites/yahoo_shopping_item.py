"""A Yahoo!ショッピング (shopping.yahoo.co.jp) item page, as the browser saves it.

The item page (its styles and scripts under s.yimg.jp/images/shp_front/) sets the yjSkip link, the shpHeader (logo,
search, ログイン / カート / 注文履歴), the breadcrumb, then `div.mdItemName` (the h1 `elName`, the store's line and its
rating), `div.mdItemPrice` (the price, 「円（税込）」, the points 「+149ポイント」, カートに入れる), the share links, the
store's `section.mdItemDescription` (its h2 sections, lists, tables, steps and 商品Q&A `dl`) and `section.mdReview`:
an h2 「カスタマーレビュー（128件）」 over `div.elReviewItem` cards, each the drawn stars `p.elReviewRating`, a title
`p.elReviewTitle`, the text `p.elReviewText`, the by-line `p.elReviewer` 「almaty_dacha さん　2025/10/02」 (name,
honorific, date) and the button 「参考になった（24）」.

Read as it stood (holdout245): the reviews were one part 「カスタマーレビュー（128件）」, each review's title a plain
line over its text and its by-line a line after it, so where one review ended and the next began, and who wrote
which, was left to guess. `yahoo_shopping_item` makes each review a part headed by its writer over its title, its
date and its text (`html_text.dated_review`), without the stars or the votes, as every shop reader's reviews are.
The store's name and the price stay the title's lines, as every shop reader keeps them.

Detected by the item's name box and the reviews' box on a page loading the shopping front's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import dated_review, site_reader

MARKS = frozenset({"mdItemName", "mdReview"})
_ASSETS = re.compile(r"^(?:https?:)?//s\.yimg\.jp/images/shp_front/")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def yahoo_shopping_item(soup: BeautifulSoup) -> None:
    """Read a Yahoo!ショッピング item page's reviews each a part of its writer (see the module's docstring). A page of
    any other kind is unchanged."""
    for review in soup.select("section.mdReview div.elReviewItem"):
        dated_review(soup, review, review.find(class_="elReviewer"), review.find(class_="elReviewTitle"),
                     review.find(class_="elReviewText"))
