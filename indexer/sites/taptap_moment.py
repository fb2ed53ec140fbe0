"""A TapTap (taptap.io / taptap.cn) forum post (a 「moment」, its Nuxt page), as the browser saves it.

TapTap's post page (its stylesheets and scripts under assets.tapimg.com) sets the site's header, the breadcrumb, then
`div.moment-detail`: the poster's header (avatar, name, level badge, 「發佈於 2026/11/08」, device and IP region), the
title `h1.moment-title`, the rich text `div.moment-content` (headings, lists), the tags, the like / reply / share
buttons; then `div.moment-replies`: its header 「全部回覆 4」 with the sort switch (熱門 / 最新), and one
`div.reply-item` per reply — `div.reply-item__header` (the replier's `a.user-name`, an official account's
`span.official-badge` 「官方」, the floor `span.reply-floor` 「3樓」, the date `span.reply-time`), the text
`div.reply-item__content`, the likes and reply button `div.reply-item__actions`, and the replies under it
(`div.sub-reply`: the name, the poster's `span.author-tag` 「樓主」, the text) —; the game's card and related posts
aside.

Read as it stood (holdout290), the replies were the generic comment reader's (`comments.page_comments`): a reply the
poster answered became a Q&A with that answer, but the one reply nobody answered (3樓, the official support account's,
the only place the page gives the minors' refund form) became a part titled 「评论」, moved before the Q&As so the
floors' order was lost, and every replier, floor and date was dropped. `taptap_moment` reads the replies itself, in
the page's order, under the list's own heading (「全部回覆」, its count gone): a reply the poster answered in a sub-reply
(his 「樓主」 badge) a Q&A, the reply its question and his sub-reply its answer (as before); any other a part headed by
its writer (an official account's 「（官方）」 after the name) over its floor and date 「3樓 · 2026/11/10」 and its text;
other sub-replies one line each 「name：…」; likes, buttons and the sort switch gone.

Detected by the page's marks (`moment-detail`, `reply-item`) on a page loading TapTap's assets (assets.tapimg.com).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import AUTHOR_BADGES, one_line, qa_card, site_reader, text_tag, writer_heading
from indexer.sites.blogs import sub_reply_text

MARKS = frozenset({"moment-detail", "reply-item"})
_ASSETS = re.compile(r"^https?://assets\.tapimg\.com/")
_COUNT = re.compile(r"\s*[\d,]+\s*$")       # the replies' count after the list's heading: 「全部回覆 4」
_OFFICIAL = "（官方）"


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def taptap_moment(soup: BeautifulSoup) -> None:
    """Read a TapTap post's replies in the page's order, each its writer's part (see the module's docstring). A page
    of any other kind is unchanged."""
    box = soup.find("div", class_="moment-replies")
    post = soup.find("div", class_="moment-detail")
    if not isinstance(box, Tag) or not isinstance(post, Tag):
        return
    part = soup.new_tag("div")
    header = box.find(class_="moment-replies__header")
    title = _COUNT.sub("", one_line(header.find("span") if isinstance(header, Tag) else None))
    for item in box.find_all("div", class_="reply-item"):
        _reply(soup, part, item)
    if not part.contents:
        return
    if title:
        part.insert(0, text_tag(soup, "h2", title))
    box.decompose()
    post.append(part)


def _reply(soup: BeautifulSoup, part: Tag, item: Tag) -> None:
    """One reply card appended to `part`: a Q&A where the poster's sub-reply answers it (the question and answer
    are what a reader looks for; its floor and date alone would be a passage of their own), else its writer's
    heading over its floor and date and its text; then the other sub-replies' lines."""
    header = item.find(class_="reply-item__header")
    text = item.find(class_="reply-item__content")
    name = one_line(header.find(class_="user-name")) if isinstance(header, Tag) else ""
    if not name or not isinstance(text, Tag) or not one_line(text):
        return
    subs = item.find_all("div", class_="sub-reply")
    answer = next((sub for sub in subs if one_line(sub.find(class_="author-tag")) in AUTHOR_BADGES), None)
    if answer is not None and (said := sub_reply_text(answer, "user-name", "author-tag")):
        card = soup.new_tag("div")
        part.append(card)
        qa_card(soup, card, one_line(text), said)
        subs.remove(answer)
    else:
        if isinstance(header, Tag) and header.find(class_="official-badge") is not None:
            name += _OFFICIAL
        part.append(writer_heading(soup, name, "h3"))
        when = " · ".join(filter(None, (one_line(header.find(class_=kind)) for kind in ("reply-floor", "reply-time"))))
        if when:
            part.append(text_tag(soup, "p", when))
        holder = soup.new_tag("div")
        holder.extend(list(text.contents))
        part.append(holder)
    for sub in subs:
        said, who = sub_reply_text(sub, "user-name", "author-tag"), one_line(sub.find(class_="user-name"))
        if said:
            part.append(text_tag(soup, "p", f"{who}：{said}" if who else said))
