"""A 国美 (GOME, gome.com.cn) product page, as the browser saves it.

GOME's item template (its scripts from js.gomein.net.cn) sets the top bar `div.gome-top-bar` (欢迎来到国美！, 请登录…),
the header `div.gome-header` of the logo link `a.logo` 「国美 GOME」 and the search box, the breadcrumb
`div.nav-crumbs`, then `div.prd-main`: the gallery `div.prd-gallery` and `div.prd-properties` of the item's h1, its
subtitle, the price box `div.prd-price` (spans: the label 「国美价」, the price, a reference price 「约 42 900 ₸」),
the promotion row `div.prd-promo` (each offer led by its tag `span.tag` 「满减」, 「包邮」), the buy buttons
`div.prd-buy` and the service line `div.prd-service`. Then the tab bar `div.prd-tabs` (商品介绍 / 规格参数 /
商品评价(128) …), the description `div.prd-detail`, 商品评价 `div.prd-comment` (its h2, the rate 「好评度 94%」
`div.comment-rate`, the tags `div.comment-tags`, the cards `li.comment-item`: `div.user-info` of `span.user-name`
and the membership badge `span.user-level`, the stars `div.comment-star`, `p.comment-content`, `div.comment-time`,
the votes `div.comment-useful` 「有用(31)」 and the shop's `div.comment-reply` 「国美客服回复：…」; the pager
`div.comment-page`), 商品问答 `div.prd-qa` (`dl.qa-item`: the question in `dt`, the answer in `dd`, each led by its
icon letter `<i>问</i>` / `<i>答</i>`, the answer signed by `span.qa-from` 「国美客服」) and 售后保障.

Read as it stood (holdout233): the logo text 「国美 GOME」, the price box one word 「国美价¥599.00 约 42 900 ₸」, the
promotion row with its tags glued to the offers and the five tab labels were lines of the first passage; the
reviews were moved to the page's end as one 「评论」 passage gluing the three texts together, their writers, dates
and the shop's reply label lost (the reply read as another review); each question kept its icon letters
(「问能不能用 eSIM？」, 「答不支持 eSIM…」) and the answer its signature (「…Nano SIM 卡。买家 d***n」).
`gome_item` keeps the h1, the subtitle, a line of the price 「国美价：¥599.00 · 约 42 900 ₸」, of the offers
「满减 满 500 减 30 · 包邮 发哈萨克斯坦 7–12 天」 and the service line, the logo, search, breadcrumb, gallery,
buttons and tab bar gone; each review is a part headed by its writer (without the badge) over its date, its text
and the shop's reply with its label (`html_text.review_part`), the rate, tags, stars, votes and pager gone; each
question is a Q&A without icons or signature (`html_text.qa_pair`).

Detected by the template's class names on a page loading js.gomein.net.cn's scripts.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import drop_selected, one_line, price_line, qa_pair, review_part, site_reader, text_tag

MARKS = frozenset({"prd-properties", "prd-price", "prd-tabs"})
_ASSETS = re.compile(r"^(?:https?:)?//js\.gomein\.net\.cn/")
# the furniture: the logo and search, the breadcrumb, the gallery, the buy buttons, the tab bar, the reviews' rate,
# tags, badges, stars, votes and pager, the questions' icon letters and signatures
_FURNITURE = ("div.gome-header", "div.nav-crumbs", "div.prd-gallery", "div.prd-buy", "div.prd-tabs",
              "div.comment-rate", "div.comment-tags", "span.user-level", "div.comment-star", "div.comment-useful",
              "div.comment-page", "dl.qa-item i", "span.qa-from")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def gome_item(soup: BeautifulSoup) -> None:
    """Read a GOME product page's header, reviews and questions (see the module's docstring). A page of any
    other kind is unchanged."""
    if not isinstance(soup.find("div", class_="prd-properties"), Tag):
        return
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all("div", class_="prd-price"):
        price_line(soup, box, box.find(class_="price-label"))   # 「国美价：¥… · 约 … ₸」
    for row in soup.find_all("div", class_="prd-promo"):
        offers: list[str] = []      # each tag starts an offer: 「满减 满 500 减 30 · 包邮 发哈萨克斯坦 7–12 天」
        for part in row.children:
            said = one_line(part) if isinstance(part, Tag) else " ".join(str(part).split()) \
                if isinstance(part, NavigableString) else ""
            if isinstance(part, Tag) and "tag" in (part.get("class") or []) or not offers:
                offers.append(said)
            else:
                offers[-1] = f"{offers[-1]} {said}".strip()
        if any(offers):
            row.replace_with(text_tag(soup, "p", " · ".join(filter(None, (o.strip() for o in offers)))))
    for block in soup.find_all("div", class_="prd-comment"):
        block.attrs.pop("class", None)      # (its 「prd-comment」 and its id 「prd-comment」 named it chrome, as 京东's)
        block.attrs.pop("id", None)
        for listed in block.find_all("ul", class_="comment-list"):
            listed.unwrap()                 # (「comment-list」, the same)
    for review in soup.find_all("li", class_="comment-item"):
        writer, said = review.find(class_="user-info"), review.find(class_="comment-content")
        if one_line(writer) and one_line(said):
            review_part(soup, review, one_line(writer),
                        [one_line(review.find(class_="comment-time")), one_line(said),
                         one_line(review.find(class_="comment-reply"))])
    for item in soup.find_all("dl", class_="qa-item"):
        qa_pair(soup, item, item.find("dt"), item.find("dd"))
