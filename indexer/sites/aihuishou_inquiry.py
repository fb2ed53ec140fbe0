"""An 爱回收 (aihuishou.com) PC valuation page (回收估价), as the browser saves it.

爱回收's valuation page (its stylesheets and scripts under static.aihuishou.com) sets the cookie tip, the header (city,
login, hotline, search, nav), the breadcrumbs, then `div.ahs-main`: `div.inquiry-head` (the h1, a `p.sub` of the models
it takes, the price box `div.price-box` — a `span.label` 「最高可卖」, the `span.price` and a `span.note` of the example it is
for —, the button 「立即估价」 and the service tags `ul.service-tags`, each an `li` 「顺丰免费上门」), the `div.inquiry-section`s
(steps, 价格规则, 回收流程, 常见问题), the sidebar and the footer.

Read as it stood (holdout255): the price box ran together as one run 「最高可卖¥1,860以 Apple Watch Series 9 45mm 蜂窝版、无划痕为例」
(label, price and note, no separators) in the h1's part, and the service tags were dropped (a list of short items in the
header, read as a menu). `aihuishou_inquiry` puts the price box one line 「最高可卖：¥1,860 · 以 …为例」 (`html_text.price_line`)
and the service tags one line 「顺丰免费上门 · 质检后秒到账 · …」 in their place.

Detected by the page's marks (`inquiry-head`, `price-box`) on a page loading 爱回收's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import one_line, price_line, site_reader, text_tag

MARKS = frozenset({"inquiry-head", "price-box"})
_ASSETS = re.compile(r"^https?://static\.aihuishou\.com/")


@site_reader(MARKS, assets=_ASSETS)
def aihuishou_inquiry(soup: BeautifulSoup) -> None:
    """Read an 爱回收 valuation page's price box and service tags (see the module's docstring). A page of any other
    kind is unchanged."""
    for box in soup.select("div.inquiry-head div.price-box"):
        price_line(soup, box, box.find(class_="label"))
    for tags in soup.select("div.inquiry-head ul.service-tags"):
        names = [name for name in (one_line(tag) for tag in tags.find_all("li")) if name]
        if names:
            tags.replace_with(text_tag(soup, "p", " · ".join(names)))
