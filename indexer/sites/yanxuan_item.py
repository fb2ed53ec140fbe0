"""A 网易严选 (NetEase Yanxuan, you.163.com) item page, as the browser saves it.

Yanxuan's item template (its scripts from yanxuan.nosdn.127.net) sets the bar `div.m-topbar` (网易严选, 登录, 注册,
我的订单…), the category menu `div.m-nav` (a `ul` of 首页 / 居家生活 / 数码家电 / …), the crumbs `div.m-crumb`, then
`div.detailHd` (`h1.name`, `p.desc`, `div.price` with the member price, `div.service`), the tab bar `div.m-detailTab`
(spans 详情 / 评价 2341 / 常见问题), the description `div.detailContent`, the FAQ `div.m-faq` (an h3 over a `dl` of
「问：」 dt / 「答：」 dd) and the reviews `div.m-comment` (an h3 「评价 2341」 over `div.item`s: the writer `span.u`
「严选会员 z***y」, the text `p`).

Read as it stood (holdout248): the menu was five lines of the first passage, the tab labels one glued line
「详情评价 2341常见问题」; the 「comment」 of the reviews' class made them the page's comments, one passage 「评论」
with each writer's name the start of its text (「严选会员 z***y 去阿拉木图…」). `yanxuan_item` drops the menu and the
tab bar; each review is a part headed by its writer over its text (`html_text.nick_reviews`), as 京东's and 苏宁's
are.

Detected by the template's class names on a page loading yanxuan.nosdn.127.net's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, nick_reviews, site_reader

MARKS = frozenset({"detailHd", "m-detailTab"})
_ASSETS = re.compile(r"^(?:https?:)?//yanxuan\.nosdn\.127\.net/")
# the item page's furniture: the category menu and the tab bar (their labels are links, not text)
_FURNITURE = ("div.m-nav", "div.m-detailTab")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def yanxuan_item(soup: BeautifulSoup) -> None:
    """Read a 网易严选 item page's header and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for block in soup.find_all("div", class_="m-comment"):
        block.attrs.pop("class", None)      # (its 「comment」 made it the page's comments)
        nick_reviews(soup, block, "item", "u")
