"""A 微店 (Weidian, weidian.com) item page in its mobile layout, as the browser saves it.

Weidian's item page (its stylesheets and scripts under s.geilicdn.com, the shop's images under si.geilicdn.com) sets
the open-app bar `div.open-app-bar` 「打开微店App，购物更方便」, the image swiper, the price box `div.item-price-wrap`
(spans of the currency 「¥」, the price 「29.00」, the unit 「/月」, the old price `span.origin-price` and the sales count
`span.sold-num` 「已售 1.2万」), `div.item-title-wrap` (`h1.item-title` and the 「分享」 button), the tags
`div.item-tags` (包邮 / 正品保障 / …), the cells `div.item-cell` (a `span.cell-label` over its `span.cell-value`: the SKU
picker `div.sku-cell` 「选择」, the shipping 「运费」), the shop's card `div.shop-card` (its name, 「在售商品 36 · 好评率
98.6%」, 「进店逛逛」), the buyers' reviews `div.item-rate` (the head `div.rate-head` 「商品评价(328)」 with its link
「查看全部」, then `div.rate-item`s: the masked nick `span.rate-user`, the words `p.rate-content`, the option bought
`span.rate-sku`), the detail `div.item-detail` (the tab label `div.detail-title` 「商品详情」 over the seller's rich text
`div.detail-content`), the shop's recommendations, the bottom bar and the footer.

Read as it stood (holdout254): the h1's part held the price spans run together with the sales count (「¥29.00/月 ¥59.00
已售 1.2万」), the SKU picker 「选择星河卡29元（…）」, the shipping cell without its label's colon, the shop's card
(「小蓝号卡通讯 / 在售商品 36 · 好评率 98.6% / 进店逛逛」) and the tab label 「商品详情」; the reviews were lost whole
(every class of the block holds 「rate」, a rating widget's word to the cleaner). `weidian_item` drops the tags, the
share button, the SKU picker (the option chosen on load, its choices behind a sheet), the sales count, the shop's card,
the 「查看全部」 link and the tab label; puts the price one line 「¥29.00/月 · ¥59.00」 and each other cell one line
「运费：免运费 · 新疆、西藏、港澳台不发货」 under the h1, as a shop's price and terms do; heads the reviews by their
head's words without the count (「商品评价」), each review a part headed by its buyer's nick over the option bought and
its words (`html_text.review_part`, as 京东's).

Detected by the page's marks (`item-title-wrap`, `item-price-wrap`) on a page loading Weidian's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, drop_selected, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"item-title-wrap", "item-price-wrap"})
_ASSETS = re.compile(r"^https?://s\.geilicdn\.com/")
# the tags, the share button, the SKU picker, the sales count, the shop's card, the reviews' 「查看全部」, the detail's
# tab label
_FURNITURE = ("div.item-tags", "div.item-title-wrap span.share-btn", "div.sku-cell", "div.item-price-wrap .sold-num",
              "div.shop-card", "div.rate-head a", "div.item-detail div.detail-title")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def weidian_item(soup: BeautifulSoup) -> None:
    """Read a Weidian item page's price, cells and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all("div", class_="item-price-wrap"):
        old = box.find(class_="origin-price")
        was = one_line(old.extract()) if isinstance(old, Tag) else ""
        price = "".join(one_line(span) for span in box.find_all("span"))
        if price:
            box.replace_with(text_tag(soup, "p", " · ".join(filter(None, [price, was]))))
    for cell in soup.find_all("div", class_="item-cell"):
        label, value = one_line(cell.find(class_="cell-label")), one_line(cell.find(class_="cell-value"))
        if value:
            cell.replace_with(text_tag(soup, "p", f"{label}：{value}" if label else value))
    for block in soup.find_all("div", class_="item-rate"):
        _reviews(soup, block)


def _reviews(soup: BeautifulSoup, block: Tag) -> None:
    """Head the reviews by their head's words and put each review as a part by its buyer; the block's classes go
    (each holds 「rate」, which named it a rating widget to the cleaner). The head is at the level of the detail's
    first heading (the seller's 「套餐内容」 an h3: the detail's parts are the reviews' siblings, not under them)."""
    head = block.find("div", class_="rate-head")
    name = COUNTED.sub("", one_line(head))
    first = soup.select_one("div.detail-content h2, div.detail-content h3, div.detail-content h4")
    level = int(first.name[1]) if isinstance(first, Tag) else 2
    if isinstance(head, Tag):
        if name:
            head.replace_with(text_tag(soup, f"h{level}", name))
        else:
            head.decompose()
    for item in block.find_all("div", class_="rate-item"):
        nick, said = one_line(item.find(class_="rate-user")), one_line(item.find(class_="rate-content"))
        if nick and said:
            review_part(soup, item, nick, [one_line(item.find(class_="rate-sku")), said], f"h{level + 1}")
    block.attrs.pop("class", None)
