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

Detected by the goods page's class names on a page loading funimg.pddpic.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, drop_selected, loads_assets, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"goods-name", "goods-price-section", "goods-property"})
_ASSETS = re.compile(r"^(?:https?:)?//funimg\.pddpic\.com/")
# the page's furniture: the promotion tags, service badges, 拼单 list, chosen option, shop card, the detail's label,
# the reviews' 「查看全部 ›」 and tags
_FURNITURE = ("div.promo-tags", "div.service-row", "div.local-group", "div.sku-select-row", "section.mall-card",
              "div.detail-title", "div.comments-header a.more", "div.comment-tags")
_COUNT = re.compile(r"\s*[（(][\d.,万+]+[)）]\s*$")            # 「商品评价(3.2万)」
_NOT_SAID = re.compile(r"^(?:已拼|有用\s*[（(]\d+[)）])$")      # the meta line's badge and votes


@site_reader(MARKS)
def pinduoduo_goods(soup: BeautifulSoup) -> None:
    """Read a Pinduoduo goods page's price, properties and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    name = soup.find("h1", class_="goods-name")
    if not isinstance(name, Tag) or not loads_assets(soup, _ASSETS):
        return
    drop_selected(soup, _FURNITURE)
    for box in reversed(soup.find_all("div", class_="goods-property")):
        name.insert_after(box.extract())        # (the goods' facts, under their name)
    for box in soup.find_all("div", class_="goods-price-section"):
        name.insert_after(box.extract())
    for section in soup.find_all("section", class_="goods-comments"):
        _reviews(soup, section)


def _reviews(soup: BeautifulSoup, section: Tag) -> None:
    """Put the reviews under an h2 of their title without its count, each a part headed by its writer."""
    section.attrs.pop("class", None)        # (its 「comments」, and its id's, named it the comment list)
    section.attrs.pop("id", None)
    for header in section.find_all("div", class_="comments-header"):
        title = _COUNT.sub("", one_line(header))
        if title:
            header.replace_with(text_tag(soup, "h2", title))
    for review in section.find_all("div", class_="comment-item"):
        name, said = review.find(class_="name"), review.find("div", class_="content")
        if not one_line(name) or not one_line(said):
            continue
        meta = [clean(piece) for piece in one_line(review.find("div", class_="meta")).split("·")]
        told = [one_line(review.find(class_="spec")), *(part for part in meta if part and not _NOT_SAID.match(part))]
        lines = [" · ".join(filter(None, told)), one_line(said), one_line(review.find(class_="merchant-reply"))]
        review_part(soup, review, one_line(name), lines, "h3")
