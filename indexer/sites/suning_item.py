"""A 苏宁易购 (Suning) product page (product.suning.com), as the browser saves it.

Suning's item template (its styles and scripts from res.suning.cn) sets the toolbar `div.ng-toolbar` (送至, 请登录,
我的订单…), the header with its search and hot words, the category menu `div.ng-nav` (全部商品分类, 苏宁超市, …),
the breadcrumb, then `div.proinfo-container`: the gallery `div.imgzoom-main` and `div.proinfo-main` of the item's
h1, its promotion line `p.promotion-desc` (the item's subtitle), the price box `div.mainprice` (spans: the label
「苏宁价」, the price, a reference price 「约 86 500 ₸」), the service tags `div.proinfo-service` (spans), the size
chooser `div.choose-spec` (「尺寸：」 and its options as links), the buy buttons `div.buy-btns` and the share box
`div.share-box`. Then the tab bar `div.procon-tab`, 商品详情, 规格参数, 商品评价 (its h2, the tags `div.rv-tags`, the
cards `div.rv-item`: `div.rv-user` of the avatar, `span.name` and the membership badge `span.level` 「V3会员」; the
stars `div.rv-star`; `p.rv-content`; `div.rv-info` of the date and the SKU; the buttons `div.rv-op` 「有用(23)回复(2)」;
the shop's `div.rv-reply` 「商家回复：…」), the pager `div.pagination`, 问答 (`dl.ask-item`: the question in `dt`, the
answer in `dd`, each led by its icon letter `i.q` 「问」 / `i.a` 「答」, the answer signed by `span.ask-by` 「商家客服
2025-08-21」; the link `a.more-ask` 「查看全部 47 个问答 >」) and the aside `div.side-recommend` 看了又看.

Read as it stood (holdout220): the category menu was five lines of the first passage, the price box one word
「苏宁价¥1299.00约 86 500 ₸」 and the service tags another; each reviewer's name was glued to the badge
(「阿***店V3会员」), the date to the SKU, 「有用(23)回复(2)」 a line, the reviews cut by length between a card's
writer and its text; each question kept its icon letters (「问可以用 eSIM 吗？」, 「答不可以，…」) and the answer its
signature, and 「查看全部 47 个问答 >」 was a passage of its own. `suning_item` keeps the h1, the promotion line, a
line of the price 「苏宁价：¥1299.00 · 约 86 500 ₸」, of the service tags (`html_text.price_line`) and of the sizes
(`html_text.choice_line`), the menu, breadcrumb, gallery, buttons and share box gone; each review is a part headed by
its writer (without the badge) over a line of its date and SKU, its text and the shop's reply
(`html_text.review_part`), the tags, stars, buttons and pager gone; each question is a Q&A without icons or
signature (`html_text.qa_pair`), the 「查看全部」 link gone.

Detected by the template's class names on a page loading res.suning.cn's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, drop_selected, one_line, price_line, qa_pair, review_part, site_reader, \
    text_tag, typed_text

MARKS = frozenset({"proinfo-main", "mainprice", "procon-tab"})
_ASSETS = re.compile(r"^(?:https?:)?//res\.suning\.cn/")
# the furniture: the category menu, the breadcrumb, the gallery, the buy buttons and share box, the tab bar, the
# reviews' tags, badges, stars, buttons and pager, the questions' icon letters, signatures and 「查看全部」 link, the
# 看了又看 aside
_FURNITURE = ("div.ng-nav", "div.breadcrumb", "div.imgzoom-main", "div.buy-btns", "div.share-box", "div.procon-tab",
              "div.rv-tags", "span.level", "div.rv-star", "div.rv-op", "div.pagination", "dl.ask-item i.q",
              "dl.ask-item i.a", "span.ask-by", "a.more-ask", "div.side-recommend")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def suning_item(soup: BeautifulSoup) -> None:
    """Read a Suning product page's header, reviews and questions (see the module's docstring). A page of any
    other kind is unchanged."""
    if not isinstance(soup.find("div", class_="proinfo-main"), Tag):
        return
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all("div", class_="mainprice"):
        price_line(soup, box, box.find(class_="label"))   # 「苏宁价：¥… · 约 … ₸」
    for box in soup.find_all("div", class_="proinfo-service"):
        price_line(soup, box)
    for row in soup.find_all("div", class_="choose-spec"):
        choice_line(soup, row, typed_text(row), row.find_all("a"))
    for review in soup.find_all("div", class_="rv-item"):
        writer, said = review.find(class_="rv-user"), review.find(class_="rv-content")
        if one_line(writer) and one_line(said):
            info = review.find(class_="rv-info")
            told = " · ".join(filter(None, (one_line(span) for span in info.find_all("span")))) \
                if isinstance(info, Tag) else ""
            review_part(soup, review, one_line(writer),
                        [told, one_line(said), one_line(review.find(class_="rv-reply"))])
    for item in soup.find_all("dl", class_="ask-item"):
        qa_pair(soup, item, item.find("dt"), item.find("dd"))
