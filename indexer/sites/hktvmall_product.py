"""An HKTVmall (hktvmall.com) product page, as the browser saves it.

HKTVmall's product template (its styles and scripts from www.hktvmall.com/_ui/) sets `div.product-brief`: the brand's
link `div.brand-name`, the h1, the rating `div.product-rating`, the price box `div.price-block` (spans: the price,
the was-price, the discount tag), the merchant line `div.merchant-info` 「商户：… · 送货时间 …」, the buttons and the
share links. Then the tab bar `div.product-tabs`, 商品详情, 规格 (`table.specTable`), 问与答 `div.product-qna`
(`div.qna-item`s: `div.qna-question` 「问：…」 with the asker's `span.qna-user` 「by name · date」, `div.qna-answer`
「答：…」 ending with the badge `span.qna-merchant` 「商户回复 · date」; the link 「我要提问」) and 顾客评价
`div.product-reviews` (the summary `div.review-summary` 「4.3 / 5 · 128 个评价 · 5星 71 …」, `div.review-item`s: the
header `div.review-header` of `span.review-stars` ★★★★☆, `span.review-user`, `span.review-date` and
`span.verified-purchase` 「已购买」, `p.review-content`, the votes `div.review-helpful` 「这个评价有帮助吗？是 (12)」; the
link 「查看全部 128 个评价」 `a.more-reviews`).

Read as it stood (holdout237): the brand's link was the first line under the h1; each question's title ended with its
asker and date glued on (「…继续用流量吗？by 阿斯塔纳_Dias · 2026-02-03」) and each answer with the badge and date
(「…自动关机。商户回复 · 2026-02-04」); the four reviews were one passage, each header's spans run together
(「Aigerim**2026-03-02已购买」), the votes' question 「这个评价有帮助吗？」 a line between two reviews, and the link to
more reviews a passage of its own. `hktvmall_product` drops the brand's link (as OTTO's and Jumia's go); makes each
question a Q&A (`html_text.signed_qa`) without its asker, its answer signed by the badge without its date (「… —
商户回复」, as DNS's answers are: the shop's answers told from a buyer's); each review a part headed by its writer
over 「date · 已购买」 and its text (`html_text.review_part`), no stars or votes (as the other shops' readers); the
summary and the links to more go. The price line 「24,900 ₸ · 29,900 ₸ · -17%」 and the merchant line stay, as a
shop's price and terms do (Kaspi's, Ozon's).

Detected by the template's class names on a page loading www.hktvmall.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import by_line_fields, drop_selected, one_line, review_part, signed_qa, site_reader

MARKS = frozenset({"product-brief", "qna-item", "review-item"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:www|cdn\d*)\.hktvmall\.com/")
# the furniture: the brand's link over the h1, the tab bar, the link to ask, the reviews' summary, votes and the
# link to all of them
_FURNITURE = ("div.brand-name", "div.product-tabs", "a.ask-question-btn", "div.review-summary", "div.review-helpful",
              "a.more-reviews")


@site_reader(MARKS, assets=_ASSETS)
def hktvmall_product(soup: BeautifulSoup) -> None:
    """Read an HKTVmall product page's questions and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    if not isinstance(soup.find("div", class_="product-brief"), Tag):
        return
    drop_selected(soup, _FURNITURE)
    for item in soup.find_all("div", class_="qna-item"):
        question, answer = item.find(class_="qna-question"), item.find(class_="qna-answer")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        for asker in question.find_all(class_="qna-user"):
            asker.decompose()
        badges = answer.find_all(class_="qna-merchant")
        by = next((fields[0] for fields in map(by_line_fields, badges) if fields), "")
        for badge in badges:
            badge.decompose()
        signed_qa(soup, item, one_line(question), one_line(answer), by)
    for review in soup.find_all("div", class_="review-item"):
        header = review.find(class_="review-header")
        writer = header.find(class_="review-user") if isinstance(header, Tag) else None
        if not isinstance(header, Tag) or not one_line(writer):
            continue
        fields = [one_line(header.find(class_=name)) for name in ("review-date", "verified-purchase")]
        review_part(soup, review, one_line(writer),
                    [" · ".join(filter(None, fields)), one_line(review.find(class_="review-content"))])
