"""A 有赞 (Youzan) shop's goods page in its H5 (mobile) rendition, as the browser saves it.

Youzan's goods page (its stylesheets and scripts under b.yzcdn.cn, the Vant UI's `van-` classes) sets in
`div#app.goods-detail-app` the shop's notice bar `div.van-notice-bar` (「关注公众号…，领 5 元开学券」), the image swipe,
`div.goods-header` (the price `div.goods-price` of spans: the current price, the old one, the tag 「新生价」; the
name `h2.goods-header__title`; the counters `div.goods-header__sub` 「销量 1.2万 · 运费 免运费 · 剩余 3856」; 分享), the
coupon cell `div.goods-coupon` 「领券 满 50 减 5」, the chosen option `div.goods-sku-cell` 「已选 …」, the shop's card
`div.shop-info`, the tabs `div.goods-tabs`, then the merchant's text `div.goods-detail` (h3 parts), the parameters
`div.goods-params`, the notes `div.goods-notice`, the reviews `div.goods-review` (a header 「评价 (2318)」 好评率 查看全部,
the tags, `div.review-item`s: `div.review-item__user` of the avatar, `span.review-item__nick` and
`span.review-item__time`, the option bought `div.review-item__sku`, the text `div.review-item__content`), the
shop's recommendations `div.goods-recommend`, the action bar `div.van-goods-action` (店铺, 客服, 加入购物车) and the
footer.

Read as it stood (holdout253): the name, an h2, titled two parts: the first the notice bar and the glued price
「¥29.00¥59.00新生价」, the second the counters, the coupon, 「已选」, the option and the shop's card; the reviews had
no part of their own: their header 「评价 (2318)查看全部」 and both reviews were glued to the end of 「购买须知」, each
nick glued to its date (「林***72026-09-08」), the option line kept, a reviewer's 「问：…答：…」 one line, and the
action bar's 「店铺 / 客服」 the part's last lines. `youzan_goods` makes the name the page's h1 over one price line
「¥29.00 · ¥59.00 · 新生价」 (`html_text.price_line`), the notice bar, counters, coupon, option cell, shop card,
tabs, recommendations and action bar gone; the reviews are the part 「评价」 (its count, rate, 「查看全部」 and tags
gone), each a part headed by its writer over its date and text (`html_text.review_part`, the option bought gone:
every review names the same one), a 「问：」 / 「答：」 the writer typed lines of their own so that the fragmenter reads
the Q&A.

Detected by the goods page's marks (`goods-header__title`, `goods-detail-app`) on a page loading Youzan's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, price_line, review_part, site_reader, text_tag

MARKS = frozenset({"goods-header__title", "goods-detail-app"})
_ASSETS = re.compile(r"^https?://b\.yzcdn\.cn/")
# the shop's frame around the goods: notice bar, images, counters, share, coupon and option cells, shop card,
# tabs, the reviews' rate, link to all and tags, each review's avatar and option, recommendations, action bar
_FURNITURE = ("div.van-notice-bar", "div.goods-image-swipe", "div.goods-header__sub", "div.goods-share",
              "div.goods-coupon", "div.goods-sku-cell", "div.shop-info", "div.goods-tabs",
              "div.goods-review__header .goods-review__rate", "div.goods-review__header a", "div.goods-review__tags",
              "div.review-item__sku", "div.goods-recommend", "div.van-goods-action", "div.youzan-footer")
_COUNT = re.compile(r"\s*[（(][\d.,万+]+[)）]\s*$")            # 「评价 (2318)」
_ASKED = re.compile(r"(?=[问問答][：:])")                      # where a typed 「问：」 / 「答：」 starts


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def youzan_goods(soup: BeautifulSoup) -> None:
    """Read a Youzan goods page's name, price and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    name = soup.find(class_="goods-header__title")
    if not isinstance(name, Tag) or not one_line(name):
        return
    drop_selected(soup, _FURNITURE)
    heading = text_tag(soup, "h1", one_line(name))
    name.replace_with(heading)
    price = soup.find("div", class_="goods-price")
    if isinstance(price, Tag):
        heading.insert_after(price.extract())
        price_line(soup, price)
    for block in soup.find_all("div", class_="goods-review"):
        _reviews(soup, block)


def _reviews(soup: BeautifulSoup, block: Tag) -> None:
    """Put the reviews under an h2 of their header without its count, each a part headed by its writer over its
    date and its text, the text's typed 「问：」 / 「答：」 each a line of its own."""
    header = block.find("div", class_="goods-review__header")
    if isinstance(header, Tag) and _COUNT.sub("", one_line(header)):
        header.replace_with(text_tag(soup, "h2", _COUNT.sub("", one_line(header))))
    for review in block.find_all("div", class_="review-item"):
        nick, said = one_line(review.find(class_="review-item__nick")), one_line(review.find(class_="review-item__content"))
        if nick and said:
            lines = [part.strip() for part in _ASKED.split(said)]
            review_part(soup, review, nick, [one_line(review.find(class_="review-item__time")), *lines])
