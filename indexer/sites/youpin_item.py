"""A 小米有品 (Xiaomi Youpin, xiaomiyoupin.com) item page, as the browser saves it.

Youpin's item page sets the bar `div.site-topbar` (小米有品, 登录, 注册…), the menu `div.header-nav`, the crumbs
`div.crumbs` (one text 「首页 > 手机数码 > 拍照配件」), then `div.good-info` (`h1.good-name`, `p.good-summary`,
`div.good-price`, the option line `div.sku`), the tab bar `div.tab-nav` (spans 商品详情 / 规格参数 / 评价 5698), the
description `div.detail-content` and the reviews `div.comment-list` (an h3 「评价 5698」 over `div.comment`s: the
writer `span.nick` 「米粉 8***2」, the text `p`).

Read as it stood (holdout248): the crumbs were the first line under the h1 and the tab labels one glued line
「商品详情规格参数评价 5698」 after the price; the 「comment」 of the reviews' classes made them the page's comments,
one passage 「评论」 without their writers. `youpin_item` drops the crumbs and the tab bar; each review is a part
headed by its writer over its text (`html_text.nick_reviews`), as 京东's and 苏宁's are.

Detected by the item box's class names (the page loads no assets of its own to tell it by).
"""
from __future__ import annotations

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, nick_reviews, site_reader

MARKS = frozenset({"good-name", "good-summary", "good-price", "tab-nav"})
# the item page's furniture: the crumbs and the tab bar (their labels are links, not text)
_FURNITURE = ("div.crumbs", "div.tab-nav")


@site_reader(MARKS, reads_comments=True)
def youpin_item(soup: BeautifulSoup) -> None:
    """Read a 小米有品 item page's header and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for block in soup.find_all("div", class_="comment-list"):
        block.attrs.pop("class", None)      # (its 「comment」 made it the page's comments)
        nick_reviews(soup, block, "comment", "nick")
