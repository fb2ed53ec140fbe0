"""A 京东 (JD.com) item page (item.jd.com), as the browser saves it.

JD's item template (its scripts from misc.360buyimg.com) sets the shortcut bar `#shortcut-2014` (「送至：…」, 你好，请登录,
我的订单…), the search and nav bars, the crumbs, then `div.product-intro`: the preview with its 关注 / 分享 / 举报
links (`div.preview-info`), `div.itemInfo-wrap` of `div.sku-name` (the item's name, no heading), the promotion slot
`div.news` (`#p-ad`, the campaign's slogan), the price box `div.summary-price` (the letter-spaced label 「京 东 价」, the
price, the 降价通知 link `a.notice`), the option rows, the delivery line `div.summary-service` and the cart buttons.
Beside the detail, `div.aside` holds the shop's card (its name an h3, its scores) and a 达人选购 list. `div#detail`
holds the tab bar `div.tab-main` (商品介绍 / 规格与包装 / …), the parameter list `div.p-parameter`, the seller's
description, and the 规格与包装 tab `div.Ptable` (hidden until chosen: an h3 per group over a `dl` of dt / dd pairs).
`#askAnswer` 商品问答 lists `div.ask-item`s (`i.icon-ask` 「问」 and `a.ask-con`; `i.icon-answer` 「答」,
`p.answer-con` and the answerer's `span.answer-user` 「j***8 2025-12-03」; `a.more-answer` 「查看全部 6 个回答」), and
`#comment` 商品评价 the score, the tag list, the filter tabs and `div.comment-item`s (`div.user-info`: the nick after a
`span.user-level`; `div.comment-star`; `p.comment-con`; `div.order-info`: the option bought and the date;
`div.comment-operate` 「点赞(37)回复(2)」; `div.reply-item`: the shop's `span.u-name` 「… 回复：」 and `span.words`).

Read as it stood (holdout208): titled by the <title> 「【京东】… 【行情 报价 价格 评测】-京东」; the first passage held the
送至 line, 关注, the name again, the slogan, 「京 东 价」 and 「￥1299.00降价通知」; the shop card's h3 titled the
next part, which held its scores, the tab bar one label a line and the parameter list; the Ptable's terms and values
were lines apart; the questions were one passage, their 问 / 答 marks gone and each answerer's nick and date a line
of it; the reviews one 「评论」 passage without their writers, options and dates, 「点赞(37)回复(2)」 glued to each, the
shop's reply a bare line. `jd_item` titles the page by the item's name (an h1), keeps under it the price, the
delivery line and the parameter list, the shortcut bar, preview links, slogan, price label, 降价通知, cart buttons,
aside and tab bars gone; each Ptable group a two-column table under its h3 (`html_text.pairs_table`); each question
a Q&A without the answerer's line or the 「查看全部」 links (`html_text.qa_pair`); each review a part headed by its
writer over a line of its option and date, its text and the shop's reply 「shop 回复：…」 (`html_text.review_part`),
its stars, votes and the score, tags, tabs and pager gone.

Another rendition of the template (holdout235) writes the crumbs `#crumb-wrap` a `div.item` each with the 「>」
separators `div.item.sep` of their own (no spaces around them, so no trail to the generic rule: each crumb and each
「>」 was a line over the price), the reviews' score `div.comment-percent` and `div.tag-list` straight in the box (the
tags glued 「数据准确(802)报警及时(515)」 under 商品评价), and each question a `div.askAnswer-item` of `div.ask` (the
icon, then the question a link) and `div.answer` (the icon, the answer a `p`, the answerer's label 「冷途客服」): one
passage without 问 / 答, each label a line. The crumbs, score and tags go as furniture, each such item a Q&A too.

Detected by JD's item template's class names on a page loading misc.360buyimg.com's scripts.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, drop_selected, one_line, pairs_table, qa_pair, review_part, site_reader, text_tag

MARKS = frozenset({"sku-name", "itemInfo-wrap", "p-parameter"})
_ASSETS = re.compile(r"^(?:https?:)?//misc\.360buyimg\.com/")
# the item page's furniture: the shortcut bar, the preview's links, the promotion slot, the option rows and cart
# buttons, the tab bars (the detail's and the reviews' filters), the aside (the shop's card, 达人选购), the reviews'
# score and tags, the pager, the questions' 「我要提问」 and 「查看全部」 links
_FURNITURE = ("#shortcut-2014", "#crumb-wrap", "div.preview-info", "div.news", "#choose-attrs", "#choose-btns",
              "div.summary-info", "div.tab-main", "div.aside", "div.comment-info", "#comment div.comment-percent",
              "#comment div.tag-list", "div.ui-page-wrap", "a.ask-btn", "a.more-answer", "div.askAnswer-more")
# a question card: `div.ask-item` (its `a.ask-con` and `p.answer-con`), or `div.askAnswer-item` (the question the
# link in `div.ask`, the answer the paragraph in `div.answer`, each after its 「问」 / 「答」 icon)
_QUESTION = ".ask-con, div.ask > a"
_ANSWER = ".answer-con, div.answer > p"


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def jd_item(soup: BeautifulSoup) -> None:
    """Read a 京东 item page's name, price, parameters, questions and reviews (see the module's docstring). A page of
    any other kind is unchanged."""
    name = soup.find("div", class_="sku-name")
    if not isinstance(name, Tag):
        return
    drop_selected(soup, _FURNITURE)
    name.replace_with(text_tag(soup, "h1", one_line(name)))
    for box in soup.find_all("div", class_="summary-price"):
        price = box.find(class_="p-price")
        if isinstance(price, Tag):
            box.replace_with(text_tag(soup, "p", one_line(price)))      # (no label 「京 东 价」, no 降价通知)
    for table in soup.find_all("div", class_="Ptable"):
        table.attrs.pop("style", None)      # (the 规格与包装 tab, hidden until chosen)
        for listed in table.find_all("dl"):
            listed.replace_with(pairs_table(soup, list(zip(listed.find_all("dt"), listed.find_all("dd")))))
    for item in soup.find_all("div", class_=["ask-item", "askAnswer-item"]):
        qa_pair(soup, item, item.select_one(_QUESTION), item.select_one(_ANSWER))
    for block in soup.find_all("div", id="comment"):
        block.attrs.pop("class", None)      # (its 「comment」 and its id's named it chrome)
        block.attrs.pop("id", None)
        for listed in block.find_all("div", class_="comments-list"):
            listed.unwrap()                 # (「comments-list」, the same)
        for review in block.find_all("div", class_="comment-item"):
            _review(soup, review)


def _review(soup: BeautifulSoup, review: Tag) -> None:
    """Put a review card as a part headed by its writer (an h4 under the reviews' h3) over a line of the option
    bought and the date, its text and the shop's reply (「<shop> 回复：…」: the reply is the shop's word, as a
    signature tells); a card without a nick or a text stays as it is."""
    user, said = review.find("div", class_="user-info"), review.find(class_="comment-con")
    if not isinstance(user, Tag) or not isinstance(said, Tag):
        return
    for level in user.find_all(class_="user-level"):
        level.decompose()       # (「PLUS会员」 before the nick)
    order = review.find("div", class_="order-info")
    told = " · ".join(one_line(span) for span in order.find_all("span")) if isinstance(order, Tag) else ""
    replies = [clean("".join(one_line(part) for part in reply.find_all("span")))
               for reply in review.find_all("div", class_="reply-item")]
    if one_line(user) and one_line(said):
        review_part(soup, review, one_line(user), [told, one_line(said), *replies], "h4")
