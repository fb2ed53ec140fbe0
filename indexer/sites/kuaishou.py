"""Read a Kuaishou (快手) video's page — its caption, description and comments — as the browser saves it.

Pure: no I/O. Kuaishou's web player page names its parts by class: the top bar (`header-container`: logo,
search box, 登录), the player (`player-container`, its `<video>` a blob of www.kuaishou.com), then
`div.video-info`: the author block (`profile-user-name` 「阿拉木图老周修表」, 关注), the caption
`video-info-title` (a line ending in the video's hashtags 「#修表 #阿拉木图」), the description
`video-info-content` (one `<p>` a line, parts opened by a 【bracketed title】: 「【收表】收表时…」, or a
title alone on its line 「【取表步骤】」 over numbered lines 「1. …」), the counts `video-info-data`
(「2.3万 播放」 「1,204 赞」 「发布于 2026-09-18」) and the share bar; then `comment-container`: 「评论 (4)」 and
each `comment-item` (`comment-user`, `comment-text`, the time and like count), the author's replies in its
`sub-comment-list` (`sub-comment-item`, the badge `author-tag` 「作者」); then 「相关推荐」 and the footer.

Read as a page (holdout117), the caption and its hashtags opened the text, no 【…】 title parted it (the
numbered lines were steps of the page's title, the parts after them glued before them), the counts were a
line with their spaces lost (「2.3万 播放1,204 赞发布于…」), and the comments lost their writers and order.

`kuaishou_video` puts the video in the page's place as an `<article>`, read as a TikTok video is
(`indexer.sites.tiktok`, `facebook.post_thread`): the video's title (the page's `<title>` without 「 - 快手」) titles
it, the caption without its hashtags is its first line, each line opening with a 【title】 (two such at
least, as `threads._bracket_titles` reads a post typed so) is a part titled without the brackets over the
rest of its line and the lines up to the next, so numbered lines under 「【取表步骤】」 are its steps; then
each comment and reply in the page's order is a part headed by who wrote it, a reader's question the
author answered in a reply a Q&A. The author block, counts, share bar and recommendations are no text.
Only a page Kuaishou served (its video or assets on kuaishou.com, yximgs.com or kwimgs.com) is read.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HASHTAG_LINE, clean, loads_assets, one_line, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread
from indexer.sites.threads import BRACKET_OPENS

_ASSETS = re.compile(r"^(?:blob:)?(?:https?:)?//[\w.-]*\b(?:kuaishou\.com|yximgs\.com|kwimgs\.com)/")
_SITE = re.compile(r"\s*[-_|｜]\s*快手\s*$")        # 「video title - 快手」
_HASHTAGS = re.compile(r"(?:\s+#[^\s#]+)+\s*$")     # the caption's closing tags
_OWNER = frozenset({"作者", "Author", "Автор"})     # the badge beside the video's author's reply


@site_reader({"video-info-content"}, gather_marks=True)
def kuaishou_video(soup: BeautifulSoup) -> None:
    """Put a Kuaishou video page's caption, description and comments in its place, as an `<article>` (see
    the module's docstring). `marks` are the page's (html_text.page_marks): another page is left alone."""
    if soup.body is None:
        return
    contents = soup.find_all("div", class_="video-info-content")
    if len(contents) != 1 or not loads_assets(soup, _ASSETS, ("link", "script", "video")):
        return
    title = soup.find("title")
    subject = _SITE.sub("", one_line(title)) if isinstance(title, Tag) else ""
    caption = soup.find(class_="video-info-title")
    lines = [line for part in ([caption] if isinstance(caption, Tag) else []) + [contents[0]]
             for line in clean(raw_text(part)).split("\n") if line.strip() and not HASHTAG_LINE.match(line)]
    lines = [_HASHTAGS.sub("", line) for line in lines]
    if not lines:
        return
    if len(subject) > HEADING_MAX or not subject:
        subject = ""
    author = one_line(soup.find(class_="profile-user-name"))
    post_thread(soup, subject, [], _comments(soup, author), author, _blocks(soup, lines))


def _blocks(soup: BeautifulSoup, lines: list[str]) -> list[Tag]:
    """The lines as paragraphs; when two or more open with a 【title】, each such title a part's heading
    over the rest of its line (none when the title stood alone)."""
    titled = sum(1 for line in lines if BRACKET_OPENS.match(line)) >= 2
    blocks = []
    for line in lines:
        opening = BRACKET_OPENS.match(line) if titled else None
        if opening is None:
            blocks.append(soup.new_tag("p", string=line))
            continue
        blocks.append(soup.new_tag("h2", string=opening.group(1).strip()))
        if line[opening.end():].strip():
            blocks.append(soup.new_tag("p", string=line[opening.end():].strip()))
    return blocks


def _comments(soup: BeautifulSoup, author: str) -> list[Comment]:
    """Each comment and reply in the page's order: its writer, text and badge; a reply in its comment's thread."""
    out: list[Comment] = []
    for thread, item in enumerate(soup.find_all("div", class_="comment-item")):
        cards = [(item, False)] + [(reply, True) for reply in item.find_all("div", class_="sub-comment-item")]
        for card, reply in cards:
            text = card.find(class_="comment-text")
            if isinstance(text, Tag) and text.find_parent("div", class_="sub-comment-item") not in (None, card):
                text = None
            lines = [line for line in clean(raw_text(text)).split("\n") if line.strip()] if isinstance(text, Tag) else []
            if not lines:
                continue
            name = one_line(card.find(class_="comment-user"))
            badge = any(one_line(tag) in _OWNER for tag in card.find_all(class_="author-tag", recursive=False))
            out.append(Comment(name, tuple(lines), badge or bool(author) and name == author, str(thread), reply))
    return out
