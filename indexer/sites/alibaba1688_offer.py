"""A 1688.com (阿里巴巴批发) offer page (detail.1688.com), as the browser saves it.

1688's offer template (its stylesheets and scripts from cbu01.alicdn.com) sets the cookie tip, the bar
`div.header-top` (1688首页, 请登录, 免费注册, 进货车, 我的阿里), the search bar, `div.od-breadcrumb`, then
`div.od-pc-offer-title-contain` (`h1.title-text`), `div.od-pc-offer-price-contain` (the label `span.price-label`
「价格」 over one span per price tier 「¥3.20（2–99个）」), the tab list `div.od-pc-offer-tab` (商品详情 / 问大家 /
评价(86)), the seller's description `div.od-pc-offer-description`, 问大家 `div.od-pc-offer-ask` (an h3 over
`div.ask-item`s: `p.ask-q` 「问：…」 over `p.ask-a` 「答：…（买家 阿***拉）」, the answer closed by who gave it in
brackets, a buyer or 「（商家）」 the seller) and 评价 `div.od-pc-offer-evaluate` (an h3 「评价(86)」 over
`div.evaluate-item`s: `span.user`, `span.date`, the text `p`).

Read as it stood (holdout248): the tab labels were three lines of the first passage under the price line; each
answer ended glued to its bracketed answerer; the reviews were one passage 「评价(86)」, each writer's nick glued to
the date as a line of its own (「b***n_kz2025-07-02」) over the text. `alibaba1688_offer` drops the tab list, puts
the price tiers one line 「价格：¥3.20（2–99个） · ¥2.60（100–999个） · …」 (`html_text.price_line`); each question is
a Q&A, its answer without its label 「答：」 and signed by who gave it (「… — 买家 阿***拉」, 「… — 商家」:
`html_text.signed_qa`, as Argos's and OTTO's answers are); each review is a part headed by its writer over its date
and its text (`html_text.review_part`), as 京东's and 苏宁's are.

Detected by the offer template's class names on a page loading alicdn.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, price_line, review_part, signed_qa, site_reader

MARKS = frozenset({"od-pc-offer-title-contain", "od-pc-offer-description"})
_ASSETS = re.compile(r"^(?:https?:)?//[\w.-]+\.alicdn\.com/")
# the offer page's furniture: the tab list (its labels are the panels' names, not their text)
_FURNITURE = ("div.od-pc-offer-tab",)
# the label an answer opens with: 「答：」 (the question keeps its 「问：」, which tells the fragmenter it is one
# where it ends without a question mark, 「能开发票吗，我们是哈国的公司」)
_SAID = re.compile(r"^\s*答\s*[:：]\s*")
# who gave an answer, in brackets at its end: a buyer by nick 「（买家 阿***拉）」, or the seller 「（商家）」 (not any
# aside closing an answer, 「（约 30 天）」)
_ANSWERER = re.compile(r"\s*[（(]((?:买家|買家)\s*[^（()）]{0,20}|商家|卖家|賣家|厂家|廠家)[)）]\s*$")


@site_reader(MARKS, assets=_ASSETS)
def alibaba1688_offer(soup: BeautifulSoup) -> None:
    """Read a 1688 offer page's price tiers, questions and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all("div", class_="od-pc-offer-price-contain"):
        price_line(soup, box, box.find("span", class_="price-label"))
    for item in soup.find_all("div", class_="ask-item"):
        question, answer = one_line(item.find(class_="ask-q")), one_line(item.find(class_="ask-a"))
        answer = _SAID.sub("", answer, count=1)
        by = _ANSWERER.search(answer)
        signed_qa(soup, item, question, _ANSWERER.sub("", answer) if by else answer,
                  by.group(1).strip() if by else "")
    for review in soup.find_all("div", class_="evaluate-item"):
        said = review.find("p")
        if one_line(review.find(class_="user")) and isinstance(said, Tag) and one_line(said):
            review_part(soup, review, one_line(review.find(class_="user")),
                        [one_line(review.find(class_="date")), one_line(said)], "h4")
