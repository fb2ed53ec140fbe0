"""A momo購物網 (momoshop.com.tw) GoodsDetail page, as the browser saves it.

momo's goods template (its stylesheets and scripts under www.momoshop.com.tw / m.momoshop.com.tw) sets the cookie bar,
the `#header` (logo, search, member menu, cart, category menu), the path `ul.pathArea`, then `div.prdnoteArea`: the
image `div.prdImgArea` and `div.prdInfoWrap` — the name `h3.goodsNameTxt` (the page has no h1), the code
`p.goodsCode` 「品號：…」, the rating `div.ratingArea` 「4.6（1,284則評價）」, the prices `ul.prdPrice` (each `li` a label
span 「促銷價」 / 「市售價」 over its price, or the discount 「限時 66 折」), the promotions `ul.promoList`, the spec chooser
`dl.specArea` (「規格」 over a list of options), the payment and delivery `dl`s and the buttons `div.buyBtnArea`. Then
`div.goodsTabArea`: the tab bar `ul.tabMenu`, the seller's text (h3 「商品特色」, 「使用說明」), the spec table, 商品問答
(`li.qaItem`s: `p.question` and `p.answer`, each led by its tag `span.qaTag` 「問」 / 「答」 and ending with its by-line
`span.qaInfo` 「c***7　2026/10/30」, 「飛買家客服　2026/10/31」; the button 「我要提問」) and 商品評價 (the summary
`div.reviewSummary` of score, stars, count and filters; `div.reviewCard`s: `div.reviewCardHeader` of stars, user,
date and purchased spec, the text `p.reviewText`, the votes `div.reviewLike` 「有幫助(14)」; 「查看更多評價」), then
「看了此商品的人也看了」 and the footer.

Read as it stood (holdout303): the name's part held the prices glued to their labels 「促銷價$299」 「市售價$450」 and
the promotions and spec options one line each, 「規格」 alone over them, the rating gone; each question ended with its
asker and date 「…eSIM。c***7 2026/10/30」 and each answer with the seller's signature and date; the reviews, read as
the page's comments, were one part 「評論」 of both texts, the 「商品評價」 heading, users, dates and specs gone.
`momo_goods` drops the rating, buttons, tab bar, the Q&A tags, the asker's by-line and 「我要提問」, the reviews' summary,
stars, votes and 「查看更多評價」 and the 「看了此商品的人也看了」 list; the name is the page's h1 over the code, a price
line 「促銷價：$299 · 市售價：$450 · 限時 66 折」, a line of the promotions set apart by 「 · 」, the options
「規格：8天 每日2GB / 5天 每日2GB / 15天 總量20GB」 (`html_text.choice_line`) and the payment and delivery lines
「付款方式：…」; each question is a Q&A whose answer is signed by who gave it (`html_text.signed_qa`, 「… — 飛買家客服」);
the reviews stand under their tab's h3 「商品評價」, each a part headed by its user over its spec and date and its text
(`html_text.review_part`), as 天猫's are.

Detected by the template's class names (`prdInfoWrap`, `goodsNameTxt`) on a page loading momoshop.com.tw's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, drop_selected, one_line, review_part, signed_qa, site_reader, text_tag

MARKS = frozenset({"prdInfoWrap", "goodsNameTxt"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:www|m)\.momoshop\.com\.tw/")
# the furniture: the cookie bar, header and path, the image, the rating and buttons, the tab bar, the Q&A tags and
# 「我要提問」, the reviews' summary, stars, votes and 「查看更多評價」, 「看了此商品的人也看了」
_FURNITURE = ("#cookieBar", "#header", "ul.pathArea", "div.prdImgArea", "div.ratingArea", "div.buyBtnArea",
              "ul.tabMenu", "span.qaTag", "a.askBtn", "div.reviewSummary", "div.reviewCard span.stars",
              "div.reviewLike", "a.moreComment", "div.recommendArea")
# a by-line 「飛買家客服　2026/10/31」: who, then the date
_SIGNED = re.compile(r"^(?P<by>.*?)\s*\d{4}/\d{1,2}/\d{1,2}$")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def momo_goods(soup: BeautifulSoup) -> None:
    """Read a momo購物網 goods page's info box, questions and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    info = soup.find("div", class_="prdInfoWrap")
    if not isinstance(info, Tag):
        return
    drop_selected(soup, _FURNITURE)
    _info(soup, info)
    for item in soup.find_all("li", class_="qaItem"):
        _question(soup, item)
    for block in soup.find_all("div", class_="goodsCommentArea"):
        block.attrs.pop("class", None)      # (its 「Comment」 class and id made it the page's comments)
        block.attrs.pop("id", None)
        for card in block.find_all("div", class_="reviewCard"):
            _review(soup, card)


def _info(soup: BeautifulSoup, info: Tag) -> None:
    """Put the goods' info box as the page's h1 over one line per thing it says: code, prices, promotions, options,
    payment and delivery."""
    name = info.find(class_="goodsNameTxt")
    if isinstance(name, Tag):
        name.name = "h1"
    for prices in info.find_all("ul", class_="prdPrice"):
        fields = []
        for item in prices.find_all("li"):
            label = item.find("span")
            said = one_line(label.extract()) if isinstance(label, Tag) else ""
            value = one_line(item)
            fields.append(f"{said}：{value}" if said and value else value or said)
        prices.replace_with(text_tag(soup, "p", " · ".join(filter(None, fields))))
    for offers in info.find_all("ul", class_="promoList"):
        offers.replace_with(text_tag(soup, "p", " · ".join(filter(None, map(one_line, offers.find_all("li"))))))
    for field in info.find_all("dl"):
        label = one_line(field.find("dt"))
        if "specArea" in (field.get("class") or []):
            choice_line(soup, field, label, field.find_all("li"))
        elif label and one_line(field.find("dd")):
            field.replace_with(text_tag(soup, "p", f"{label}：{one_line(field.find('dd'))}"))


def _question(soup: BeautifulSoup, item: Tag) -> None:
    """Put one question card as its Q&A, the asker's by-line gone and the answer signed by who gave it."""
    question, answer = item.find(class_="question"), item.find(class_="answer")
    if not isinstance(question, Tag) or not isinstance(answer, Tag):
        return
    for asked in question.find_all(class_="qaInfo"):
        asked.decompose()
    by = ""
    for signature in answer.find_all(class_="qaInfo"):
        signed = _SIGNED.match(one_line(signature))
        by = signed["by"] if signed else one_line(signature)
        signature.decompose()
    signed_qa(soup, item, one_line(question), one_line(answer), by)


def _review(soup: BeautifulSoup, card: Tag) -> None:
    """Put one review card as a part headed by its user over its spec and date and its text; a card without a user
    or a text stays as it is."""
    user, said = one_line(card.find(class_="user")), one_line(card.find(class_="reviewText"))
    if user and said:
        about = " · ".join(filter(None, (one_line(card.find(class_="spec")), one_line(card.find(class_="date")))))
        review_part(soup, card, user, [about, said], "h4")
