"""A 米游社 (miyoushe.com, formerly bbs.mihoyo.com) post as the browser saves it, its replies read.

米游社's post page (its stylesheets and scripts under bbs-static.miyoushe.com) sets the header with the game tabs, then
`div.mhy-article-page`: the forum's label `div.mhy-article-page__forum` 「酒馆」, the `h1.mhy-article-page__title` (a
tag span 「攻略」 in it), the info line `div.mhy-article-page__info` (the time 「发表于 2026-11-12 21:37」, the view
count 「3.2万」 after an icon, 「IP属地：浙江」, 「举报」), the text `div.ql-editor`, the topic labels, the like / collect /
share bar; then the reply list `div.mhy-reply-list`: its header 「评论 214」 with the sort tabs, the editor, and each
floor a `div.reply-card` (the header's `a.mhy-user-card__name`, level or 「官方认证」 badge and floor 「2楼」, the text
`div.reply-card__content` in paragraphs, the footer's time, IP, like count and 「回复」); the author card and 相关推荐 in
the side column.

Read as it stood (holdout291), the reply list was lost whole (its class words 「mhy reply list」 name no comment list
the generic comment reader knows, and the cleaner dropped it): two readers' 问：/答： floors (「iOS 充的没到账也是走游戏内
反馈吗？」 and its answer), the official 原神客服's reply (48 小时内处理, 完整的订单号) and a reader's warning about choosing
the wrong server; and the post's first part opened with the forum's label and the info line 「酒馆」 / 「发表于
2026-11-12 21:37 3.2万 IP属地：浙江」, the view count glued to the date. `miyoushe_post` drops the label and the info
line (the site's furniture, on every post) and reads the floors into the post's last part 「评论」, at the end of the
post's box `div.mhy-article-page` (`blogs.comments_html`: names, levels, floors, times and likes gone): a floor
whose writer typed a 「问：」 paragraph over an 「答：」 one is that question and its answer, a Q&A; a reader's
question that the post's author or an official account (its 「官方认证」 badge) answered in the next floor a Q&A;
the rest remarks.

Detected by the page's marks (`mhy-article-page__title`, `mhy-article-page__content`) on a page loading 米游社's
bbs-static assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, drop_selected, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = frozenset({"mhy-article-page__title", "mhy-article-page__content"})
_ASSETS = re.compile(r"^https?://bbs-static\.(?:miyoushe|mihoyo)\.com/")
# the forum's label over the title, the info line (time, views, IP, 举报) under it
_FURNITURE = ("div.mhy-article-page__forum", "div.mhy-article-page__info")
_OFFICIAL = re.compile(r"官方认证|官方認證")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def miyoushe_post(soup: BeautifulSoup) -> None:
    """Drop a 米游社 post's label and info line, and read its reply list into its last part 「评论」 (see the
    module's docstring); a page of any other kind is unchanged."""
    post = soup.find("div", class_="mhy-article-page")
    if not isinstance(post, Tag):
        return
    drop_selected(soup, _FURNITURE)
    author = one_line(soup.select_one("div.mhy-author-card .mhy-user-card__name"))
    comments: list[Comment] = []
    for replies in soup.find_all("div", class_="mhy-reply-list"):
        for card in replies.find_all("div", class_="reply-card"):
            comments += _floor(card, author)
        replies.decompose()
    # (at the end of the post, the text's box: the side column beside it and the list's place after it are the page's)
    append_markup(post, comments_html(comments))


def _floor(card: Tag, author: str) -> list[Comment]:
    """One floor's comments: its text, or the question and answer its writer typed as two paragraphs."""
    from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX    # (parse imports clean, which imports this module)
    content = card.find(class_="reply-card__content")
    if not isinstance(content, Tag) or not one_line(content):
        return []
    name = one_line(card.find(class_="mhy-user-card__name"))
    answers = bool(author) and name == author \
        or _OFFICIAL.search(one_line(card.find(class_="mhy-user-certification"))) is not None
    paragraphs = [line for p in content.find_all("p") if (line := one_line(p))]
    if len(paragraphs) == 2 and QUESTION_PREFIX.match(paragraphs[0]) and ANSWER_PREFIX.match(paragraphs[1]):
        return [Comment(name, paragraphs[0], False), Comment(name, paragraphs[1], False)]
    return [Comment(name, one_line(content), answers)]
