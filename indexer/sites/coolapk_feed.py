"""A 酷安 (coolapk.com) feed post (酷友动态, 图文) as the browser saves it, its replies read.

The feed page (its stylesheets and scripts under static.coolapk.com) sets the app download bar and the header, then
`div.feed-main`: the writer's block `div.feed-user-info` (name, 「Lv.9」, 「11-18 21:43 来自 Redmi K70 至尊版 IP属地：河南」,
a 关注 button), `div.feed-article` (the h1 `feed-article-title`, the text `div.feed-article-message` — paragraphs,
bold 「一、…」 lines, 「1. …」 paragraphs, pictures, the topic labels `div.feed-topic-list` 「#流量卡# #避坑指南#」), the
like / reply / favourite counters, then the replies `div.feed-reply-list`: its header 「全部回复 214 热门 最新」 and
each `div.feed-reply-item` (the writer `a.reply-username`, the text `div.reply-message`, the line
`div.reply-info` 「11-18 22:05 · 来自 iPhone 15 · 赞 87」 and the replies under it `div.reply-sub-item`: a writer
link, the post writer's badge `span.tag-author` 「楼主」, then 「：」 and the text), the related-feed sidebar.

Read as it stood (holdout292), the replies were lost entirely: a reader's question 「请问大流量卡能不能办成副卡，和
主卡共享流量？」 and the 楼主's answer under it 「不能，这类卡都是独立套餐…」, facts the post does not give, as a reader's tip
(「一个身份证在同一家运营商最多只能办 5 张卡…」), and the topic labels were glued to the last section's text (they go
by `clean._topic_links`, as 米游社's). `coolapk_feed` reads the replies into the post's last part 「评论」
(`blogs.comments_html`): a reader's reply the 楼主 answered under it a Q&A, the other replies remarks, names, dates,
devices and likes gone; the reply list goes. The writer's block and the counters go too (the post's by-line, its
name, level, time, device and IP属地, was dropped as chrome already: it says who, not what).

Detected by the page's marks (`feed-article-message`, `feed-reply-item`) on a page loading coolapk's static assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import AUTHOR_BADGES, append_markup, drop_selected, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html, sub_reply_text

MARKS = frozenset({"feed-article-message", "feed-reply-item"})
_ASSETS = re.compile(r"^https?://static\.coolapk\.com/")
# the writer's block (name, level, time, device, IP属地, 关注) and the like / reply / favourite counters
_FURNITURE = ("div.feed-user-info", "div.feed-action-bar")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def coolapk_feed(soup: BeautifulSoup) -> None:
    """Read a 酷安 feed post's replies into its last part 「评论」 (see the module's docstring); a page of any other
    kind is unchanged."""
    text = soup.find("div", class_="feed-article-message")
    if not isinstance(text, Tag):
        return
    poster = one_line(soup.find(class_="feed-user-name"))
    drop_selected(soup, _FURNITURE)
    comments: list[Comment] = []
    for item in soup.find_all("div", class_="feed-reply-item"):
        message = item.find(class_="reply-message")
        if not isinstance(message, Tag) or not one_line(message):
            continue
        name = one_line(item.find(class_="reply-username"))
        comments.append(Comment(name, one_line(message), bool(poster) and name == poster))
        for sub in item.find_all(class_="reply-sub-item"):
            comments.append(_sub_reply(sub, poster))
    for box in soup.find_all("div", class_="feed-reply-list"):
        box.decompose()
    markup = comments_html([comment for comment in comments if comment.text])
    if markup:
        part = soup.new_tag("div")
        append_markup(part, markup)
        text.append(part)


def _sub_reply(sub: Tag, poster: str) -> Comment:
    """One reply under a reply: its writer's link, the 楼主 badge, then 「：」 and the text."""
    writer = sub.find(class_="reply-username")
    name = one_line(writer) if isinstance(writer, Tag) else ""
    badge = sub.find(class_="tag-author")
    author = isinstance(badge, Tag) and one_line(badge) in AUTHOR_BADGES or bool(poster) and name == poster
    return Comment(name, sub_reply_text(sub, "reply-username", "tag-author"), author, nested=True)
