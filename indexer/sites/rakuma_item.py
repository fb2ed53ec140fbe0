"""A ラクマ (Rakuma, fril.jp) item page, as the browser saves it.

The item page (its styles and scripts under fril.jp/assets/) sets the cookie banner, the header (楽天ラクマ logo,
search, いいね！一覧, 出品), the breadcrumb, the photos, the h1 `item__name`, the price 「¥6,800 送料込み」, the いいね！ /
購入に進む buttons, the `table.item__detail` (カテゴリー, 商品の状態, 配送方法, 発送日の目安), the seller's 商品説明, the
comments `section.item__comments` (each `div.comment` the commenter's name, the seller's with the badge 「出品者」, the
text and 「3日前」) with its form, then the seller's card `div.seller-card` (「出品者 mama_astana」, 「評価 ★★★★★ 52」,
「フォローする」) and the share links.

Read as it stood (holdout245): the seller's card was three lines glued to the end of the description's last part
(its table), outside the comments the comment reader took to the page's end. `rakuma_item` drops the card: who
sells and their score, not the thing sold (as 闲鱼's and Daangn's readers drop theirs). The comments are the comment
reader's (`indexer.comments`), which reads the seller's 「出品者」 badge as the listing's owner's, so a buyer's
question the seller answered in the next comment is a Q&A. The price and the detail table stay the title's lines,
as ヤフオク!'s price box and detail list do.

Detected by the detail table and the seller's card on a page loading Rakuma's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_classed, site_reader

MARKS = frozenset({"item__detail", "seller-card"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:www\.)?fril\.jp/")


@site_reader(MARKS, assets=_ASSETS)
def rakuma_item(soup: BeautifulSoup) -> None:
    """Read a Rakuma item page without the seller's card (see the module's docstring). A page of any other kind
    is unchanged."""
    drop_classed(soup, ("seller-card",))
