"""A 闲鱼 (Xianyu, goofish.com) listing in its web UI, as the browser saves it.

The web UI (its styles and scripts from g.alicdn.com/idleFish-F2e/; CSS-module class names 「part--hash」, the hash
changing with the build) sets the header (logo, 搜索闲置, 发闲置, 消息, 登录) and the crumbs, then
`div.item-main-container--…`: the pictures and `div.item-main-info--…` of the seller's card `div.seller-card--…`
(nick, tags 芝麻信用极好 / 回复率 …, place and last visit, 关注), the price `div.price-wrap--…` (spans: 「¥」, the price,
「原价 ¥599」, 「包邮」), 「32 人想要 · 1856 浏览」 `div.want-count`, the tags row `div.tags-row` (「成色：九成新」, 「型号：…」
spans), the seller's plain-text description `div.desc--…` and the action bar. No heading: the listing's name is
the <title>'s 「…_闲鱼」. `div.comment-container--…` holds 「全部留言 · 7」 and `div.comment-item--…` cards (the
commenter's `div.comment-nick`, `div.comment-text`, `div.comment-time` 「3 天前 · 新疆」, and the reply
`div.reply-item`: `div.reply-nick` with the seller's `span.seller-badge` 「卖家」, `div.reply-text`).

Read as it stood (holdout208): titled by the <title> with its 「_闲鱼」 (a Latin letter before the 「_」, which
`parse.title_part` splits only between CJK); the seller's nick, place and visit were lines under it and the price
spans ran together 「¥168原价 ¥599包邮」, while the tags row and counts went; the comments, read by their shape, were
two 「评论」 passages cut at no boundary, each question over the seller's answer as two bare lines. `xianyu_item`
titles the page by its name (an h1, without 「_闲鱼」), the seller's card gone, a line of the price 「¥168 · 原价 ¥599 ·
包邮」 and one line per tag under it; the comments stand at the listing's end as its last part 「评论」, a
question the seller answered a Q&A (`html_text.qa_card`), a comment nobody answered a line of its own.

Detected by the UI's class names on a page loading g.alicdn.com/idleFish-F2e/'s assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, loads_assets, one_line, qa_card, text_tag
from indexer.sites.blogs import COMMENTS_TITLE

_ASSETS = re.compile(r"^(?:https?:)?//g\.alicdn\.com/idleFish-F2e/")
_INFO = re.compile(r"^item-main-info--")
_SELLER = re.compile(r"^seller-card--")
_PRICE = re.compile(r"^price-wrap--")
_COMMENTS = re.compile(r"^comment-container--")
_COMMENT = re.compile(r"^comment-item--")
_SITE = re.compile(r"\s*_\s*闲鱼\s*$")        # the <title>'s 「…_闲鱼」
_SIGNS = frozenset({"¥", "￥"})


def listing(marks: frozenset[str]) -> bool:
    """Whether the page's marks are a Xianyu listing's (its info column and its comments' box, whatever the build's
    hash): the comment reader leaves its comments to `xianyu_item`."""
    return any(_INFO.match(mark) for mark in marks) and any(_COMMENTS.match(mark) for mark in marks)


def xianyu_item(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Read a Xianyu listing's name, price, tags and comments (see the module's docstring). A page of any other kind
    is unchanged."""
    if marks is not None and not any(_INFO.match(mark) for mark in marks):
        return
    info = soup.find("div", class_=_INFO)
    if not isinstance(info, Tag) or not loads_assets(soup, _ASSETS):
        return
    for card in info.find_all("div", class_=_SELLER):
        card.decompose()        # (the seller's profile, not the thing sold)
    title = soup.find("title")
    name = _SITE.sub("", one_line(title)) if isinstance(title, Tag) else ""
    if name:
        info.insert(0, text_tag(soup, "h1", name))
    for box in info.find_all("div", class_=_PRICE):
        fields = [field for field in (one_line(span) for span in box.find_all("span")) if field]
        if len(fields) > 1 and fields[0] in _SIGNS:
            fields[:2] = [fields[0] + fields[1]]        # (the sign a span of its own before the amount)
        box.replace_with(text_tag(soup, "p", " · ".join(fields)))
    for row in info.find_all("div", class_="tags-row"):
        for tag in row.find_all("span"):
            if one_line(tag):
                row.insert_before(text_tag(soup, "p", one_line(tag)))
        row.decompose()
    for box in soup.find_all("div", class_=_COMMENTS):
        _comments(soup, box)
        info.append(box.extract())      # (beside the listing's box, the article's root, it went with the footer)


def _comments(soup: BeautifulSoup, box: Tag) -> None:
    """Put the comments under an h2 「评论」, as the comment reader names a page's last part (`blogs.COMMENTS_TITLE`:
    so the seller's 【…】 lines stay the description's headings, `parse.promote_bold_headings`): each question the
    seller (「卖家」 badge) answered a Q&A, any other comment a line, without nicks, times and places."""
    box.attrs.pop("class", None)        # (its 「comment」 named it chrome)
    for title in box.find_all("div", class_="comment-title"):
        title.replace_with(text_tag(soup, "h2", COMMENTS_TITLE))
    for card in box.find_all("div", class_=_COMMENT):
        said = one_line(card.find("div", class_="comment-text"))
        answers = [one_line(reply.find("div", class_="reply-text"))
                   for reply in card.find_all("div", class_="reply-item") if reply.find(class_="seller-badge") is not None]
        if said and answers and answers[0]:
            qa_card(soup, card, said, clean(" ".join(answers)))
        elif said:
            card.replace_with(text_tag(soup, "p", said))
    for box_input in box.find_all("div", class_="comment-input"):
        box_input.decompose()
