"""A 拼多多 (Pinduoduo) goods page of its mobile site (mobile.yangkeduo.com), as the browser saves it.

The mobile goods page (its styles and scripts from funimg.pddpic.com) sets in `div#main` the header's tabs, the
banner, `div.goods-price-section` (the group price, 单买价, 已拼 N 件, the promotion tags), `h1.goods-name`, the
service badges `div.service-row`, the 拼单 list `div.local-group` (「这些人刚刚拼单了」, each group's nick and
countdown), the chosen option `div.sku-select-row` 「已选：…」, then `section.goods-comments#comments` (a title span
「商品评价(3.2万)」, the tags, `div.comment-item`s: `div.user` of `span.name` and the option bought `span.spec`,
`div.content`, `div.meta` 「2026-02-14 · 已拼 · 有用(88)」 and the shop's `div.merchant-reply` 「商家回复：…」), the shop's
card `section.mall-card`, `section.goods-detail` (the label 「商品详情」, `div.goods-property` of 「name：value」
paragraphs and the seller's text with its h2 parts), the recommendations and the bottom bar.

Read as it stood (holdout208): the service badges, the 拼单 list, 「已选：…」, the shop's card and the 「商品详情」 label
were lines of the first passage, the properties glued after them; the reviews went, by their shape, to the page's
end as its 「评论」 without their writers, their options (a review's point may rest on the option: 「买成 3.5mm
的了」) or dates, and the shop's reply to one of them was lost. `pinduoduo_goods` keeps under the h1 the price line
and the properties (the goods' facts, as Zepto's spec table is read under its name), the badges, 拼单 list, option
row, shop card and label gone; the reviews stand where the page shows them, under an h2 「商品评价」 (its count
gone), each a part headed by its writer over a line of its option and date, its text and the shop's reply
(`html_text.review_part`), no tags, 已拼 or 有用 votes.

Another rendition (holdout235; assets from static.pddpic.com, a hashed class before each named one) writes the
open-app banner `div.pdd-go-to-app`, the price `div.goods-price-wrap` of bare spans (「￥」「169」「拼单价」「单买价￥199」
「已拼10万+件」), the name a `div.goods-name` led by its badge span 「品牌」, `div.service-tags`, the SKU entry
`div.goods-sku-entry` (a 「选择」 span before 「颜色分类：…」), the parameters `div.detail-params` in `div.goods-detail`,
and the reviews `div.goods-comments` (`div.comments-title` 「商品评价(3.2万)」 with its 「查看全部」 span, `div.review-item`s:
`div.review-user` of the nick's span and 「已拼3次」, `div.review-spec` 「date · option」, `div.review-content`). Read
as it stood, the page was titled by its <title> 「【拼多多】…」 over the banner, the glued price 「￥169拼单价单买价￥199…」,
the name with 「品牌」 glued on and 「选择颜色分类：…」; the reviews one 「评论」 passage without writers, options or dates.
It is read as the first: the name an h1 without its badge, the price one line 「￥169 拼单价 · 单买价￥199 · 已拼10万+件」
(a currency sign joins its amount, a label without a figure the price before it), the parameters under it, the
options line without 「选择」, each review a part headed by its writer (the first span of its user line) over its
「date · option」; the banner and service tags go as the badges do.

Detected by the goods page's class names on a page loading funimg.pddpic.com's or static.pddpic.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, drop_selected, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"goods-name", "goods-detail", "goods-comments"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:funimg|static)\.pddpic\.com/")
# the page's furniture: the open-app banner, the promotion tags, service badges, 拼单 list, chosen option, the SKU
# entry's 「选择」 prompt, shop card, the detail's label, the reviews' 「查看全部」 and tags
_FURNITURE = ("div.pdd-go-to-app", "div.promo-tags", "div.service-row", "div.service-tags", "div.local-group",
              "div.sku-select-row", "div.goods-sku-entry > span", "section.mall-card", "div.detail-title",
              "div.comments-header a.more", "div.comments-title > span", "div.comment-tags")
_CURRENCY = re.compile(r"^[¥￥]$")
_COUNT = re.compile(r"\s*[（(][\d.,万+]+[)）]\s*$")            # 「商品评价(3.2万)」
_NOT_SAID = re.compile(r"^(?:已拼|有用\s*[（(]\d+[)）])$")      # the meta line's badge and votes


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def pinduoduo_goods(soup: BeautifulSoup) -> None:
    """Read a Pinduoduo goods page's price, properties and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    name = soup.find(class_="goods-name")
    if not isinstance(name, Tag):
        return
    drop_selected(soup, _FURNITURE)
    if name.name != "h1":       # (a `div`, its badge 「品牌」 a span before the name)
        heading = text_tag(soup, "h1", clean("".join(name.find_all(string=True, recursive=False))))
        name.replace_with(heading)
        name = heading
    for box in reversed(soup.find_all("div", class_=["goods-property", "detail-params"])):
        name.insert_after(box.extract())        # (the goods' facts, under their name)
    for box in soup.find_all("div", class_="goods-price-wrap"):
        _price_line(soup, box)
    for box in soup.find_all("div", class_=["goods-price-section", "goods-price-wrap"]):
        name.insert_after(box.extract())
    for section in soup.find_all(class_="goods-comments"):
        _reviews(soup, section)


def _price_line(soup: BeautifulSoup, box: Tag) -> None:
    """Put a price block of bare spans (「￥」「169」「拼单价」「单买价￥199」「已拼10万+件」, drawn side by side and read
    as one word) as one line set apart by 「 · 」: a currency sign joins its amount and a label without a figure the
    price before it, 「￥169 拼单价 · 单买价￥199 · 已拼10万+件」."""
    fields: list[str] = []
    for span in box.find_all("span", recursive=False):
        text = one_line(span)
        if fields and _CURRENCY.match(fields[-1]):
            fields[-1] += text
        elif fields and text and not any(char.isdigit() for char in text):
            fields[-1] += " " + text
        elif text:
            fields.append(text)
    if fields:
        box.replace_with(text_tag(soup, "p", " · ".join(fields)))


def _reviews(soup: BeautifulSoup, section: Tag) -> None:
    """Put the reviews under an h2 of their title without its count, each a part headed by its writer."""
    section.attrs.pop("class", None)        # (its 「comments」, and its id's, named it the comment list)
    section.attrs.pop("id", None)
    for header in section.find_all("div", class_=["comments-header", "comments-title"]):
        title = _COUNT.sub("", one_line(header))
        if title:
            header.replace_with(text_tag(soup, "h2", title))
    for review in section.find_all("div", class_=["comment-item", "review-item"]):
        name = review.find(class_="name") or review.select_one("div.review-user > span")
        said = review.find("div", class_=["content", "review-content"])
        if not one_line(name) or not one_line(said):
            continue
        meta = [clean(piece) for piece in one_line(review.find("div", class_="meta")).split("·")]
        told = [one_line(review.find(class_=["spec", "review-spec"])),
                *(part for part in meta if part and not _NOT_SAID.match(part))]
        lines = [" · ".join(filter(None, told)), one_line(said), one_line(review.find(class_="merchant-reply"))]
        review_part(soup, review, one_line(name), lines, "h3")
