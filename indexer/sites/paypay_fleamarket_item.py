"""A PayPayフリマ (paypayfleamarket.yahoo.co.jp) item page, as the browser saves it.

The item page (a Next.js app, its styles and chunks under paypayfleamarket.yahoo.co.jp/_next/) sets the cookie
consent, the header, the breadcrumb and the photos, then `div.ItemPage__info`: `h1.ItemTitle`, the price
`div.ItemPrice` (spans `ItemPrice__value` 「8,500」, `ItemPrice__unit` 「円」, `ItemPrice__shipping` 「送料込み」), the
いいね！ / シェア / 購入手続きへ buttons, `section.ItemDescription` (the seller's 商品の説明, its last paragraph at times
the listing's hashtags 「#モバイルルーター #SIMフリー #X12 #5G」), `section.ItemDetail` (the 商品の情報 table),
`section.Seller` (the seller's name, `span.Seller__rating` 「★★★★★ 評価 62」 and `span.Seller__badge` 「本人確認済」) and
`section.Comments` (the buyers' questions and the seller's answers, `li.Comment--seller` with the badge 「出品者」).

Read as it stood (holdout258): the title's part held only 「8,500 · 円 · 送料込み」, the price's value and its unit set
apart as if two things; the seller's card was a part of its own 「出品者」 (「xiaolin_tokyo 本人確認済」, the rating
dropped as a rating); the hashtags were the last line of the description's last part. `paypay_fleamarket_item`
reads the price as one line 「8,500 円 · 送料込み」, drops the seller's card (who sells and their score, not the thing
sold, as Rakuma's and 闲鱼's readers drop theirs) and the hashtag line (the listing's search tags, as Xiaohongshu's
and Weibo's are no text). The comments stay the comment reader's, which already made each question the seller
answered a Q&A.

Detected by the price box and the description (`ItemPrice`, `ItemDescription`) on a page loading PayPayフリマ's
own assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import HASHTAG_LINE, drop_selected, one_line, site_reader, text_tag

MARKS = frozenset({"ItemPrice", "ItemDescription"})
_ASSETS = re.compile(r"^https?://paypayfleamarket\.yahoo\.co\.jp/_next/")
# the seller's card: their name, rating and identity badge
_FURNITURE = ("section.Seller",)


@site_reader(MARKS, assets=_ASSETS)
def paypay_fleamarket_item(soup: BeautifulSoup) -> None:
    """Read a PayPayフリマ item page's price, seller's card and hashtags (see the module's docstring). A page of
    any other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for box in soup.select("div.ItemPrice"):
        value, unit, shipping = (one_line(box.find(class_=f"ItemPrice__{part}")) for part in
                                 ("value", "unit", "shipping"))
        price = " ".join(filter(None, (value, unit)))
        if price:
            box.replace_with(text_tag(soup, "p", " · ".join(filter(None, (price, shipping)))))
    for text in soup.select("section.ItemDescription p"):
        if HASHTAG_LINE.match(one_line(text)):     # 「#モバイルルーター #SIMフリー #X12 #5G」
            text.decompose()
