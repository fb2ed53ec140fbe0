"""Read a VK (VKontakte) wall post — a community's or a person's, with its comments — as the browser
saves it, as its reader sees it.

Pure: no I/O. VK draws a wall post's page as its site's bar (logo, 「Поиск」, 「Войти」), the left menu
(Моя страница, Новости, Мессенджер…), the community's block (cover, avatar, `h1.page_name`, the status
line `.page_current_info`, 「18 406 подписчиков」, 「Подписаться」), then the post: a `div.post`
(`data-post-id`) whose `.post_header` holds the avatar, the author's name (`a.author`, `data-from-id`)
and the date (「12 мар в 14:05」), whose text is `div.wall_post_text` — lines parted by `<br>`, emoji
drawn as images, a long text cut at 「Показать полностью…」 (`a.wall_post_more`) with its rest in a
`display: none` span —, then the like / comment / share bar (「214」「37」「96」「👁 3.4K」) and the
comments: each a `div.reply` (`.reply_author`'s name link, the text in `.wall_reply_text`, 「12 мар в
14:31 · ответить」 and a like count in `.reply_footer`), the answers to a comment nested under it in
`.replies_list_deep` (each opening with a link to the name of whom it answers, 「Лэй, …」), and
「Показать ещё ответы」 / 「Показать следующие комментарии」 links last.

Read as a page (holdout53), the post's text was lost (its wrapper `div.post_info` is named as a news
portal's byline line is), the community's name titled the article and its status line opened the first
passage, the comments and the community's answers to them were cut into passages by size — a question in
one, its answer in the next —, the 「Показать…」 links were text, and the cut text's rest was glued to
「Показать полностью…」.

`vk_post` puts the post in the page's place as an `<article>`, read as a Facebook post is
(`indexer.sites.facebook`): its headline titles it (the post's first line, when short and set apart by a
blank line as a headline is; else the community's or person's name), the post is its text, line by
line, the cut text whole; then each comment and answer in the page's order is a part headed by who
wrote it (the post's author 「name（楼主）」), its text only, without the name of whom it answers. A
reader's comment that asks, answered by the post's author in the answer right after it under that
comment, is a question with that answer. Names, dates, counts, buttons, the menus, the community's
block and the 「Показать…」 links are no text; nor is a closing line of hashtags only (the post's
tags). Only a page VK made (its assets from vk.com or userapi.com) holding one wall post is read; a
wall of many posts is left alone.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import BR, HASHTAG_LINE, clean, emoji_as_text, loads_assets, one_line, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread

_TEXT = "wall_post_text"        # the post's text (a comment's is wall_reply_text)
_ASSETS = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:vk\.com|vk\.ru|vkontakte\.ru|userapi\.com|vk-cdn\.net)/")
_HIDDEN = re.compile(r"display\s*:\s*none")
_END_MARKS = "。！!？?；;：:…"


@site_reader({_TEXT}, gather_marks=True)
def vk_post(soup: BeautifulSoup) -> None:
    """Put a VK wall post page's post and comments in its place, as an `<article>` (see the module's
    docstring). `marks` are the page's (html_text.page_marks): a page without VK's post text is left
    alone."""
    if soup.body is None or not _made_by_vk(soup):
        return
    post = _the_post(soup)
    if post is None:
        return
    card, text = post
    headed = _set_apart(text)
    lines = _lines(text)
    if not lines:
        return
    author, author_link = _author(card)
    comments = [comment for reply in card.find_all("div", class_="reply")
                if (comment := _comment(reply, author_link)) is not None]
    subject, lines = _subject(lines, headed, author)
    post_thread(soup, subject, lines, comments, author)


def _made_by_vk(soup: BeautifulSoup) -> bool:
    """VK's own page: its style sheets and scripts from vk.com (or its pictures' userapi.com)."""
    return loads_assets(soup, _ASSETS)


def _is_reply(node: Tag) -> bool:
    return "reply" in node.get("class", ())


def _the_post(soup: BeautifulSoup) -> tuple[Tag, Tag] | None:
    """The page's one wall post and its text: a post's own `div.wall_post_text` (not a repost's
    quoted one inside it), in a `div.post` that is no comment. A wall of several posts is no one article."""
    found = []
    for text in soup.find_all("div", class_=_TEXT):
        card = text.find_parent("div", class_="post")
        if card is not None and not _is_reply(card) and text.find_parent("div", class_=_TEXT) is None \
                and card.find_parent("div", class_="post") is None:
            found.append((card, text))
    cards = {id(card) for card, _ in found}
    return found[0] if len(found) == 1 and len(cards) == 1 else None


def _lines(holder: Tag) -> list[str]:
    """A text's lines as the reader sees them once it is opened: the cut text's rest shown, without
    the 「Показать полностью…」 link, an emoji drawn as an image its character, a mention its name."""
    for more in holder.find_all("a", class_="wall_post_more"):
        more.decompose()
    for span in holder.find_all(style=_HIDDEN):
        del span["style"]
    emoji_as_text(holder)
    return [line for line in clean(raw_text(holder)).split("\n") if line and not HASHTAG_LINE.match(line)]


def _author(card: Tag) -> tuple[str, str]:
    """Who wrote the post, and the address their name links to: the post header's `a.author`."""
    header = card.find(class_="post_header")
    link = header.find("a", class_="author") if isinstance(header, Tag) else None
    return one_line(link), _address(link)


def _address(link: Tag | None) -> str:
    return str(link.get("href", "")).rstrip("/") if isinstance(link, Tag) else ""


def _own(node: Tag, reply: Tag) -> bool:
    """The node is the comment's own, not an answer's nested under it."""
    return node.find_parent("div", class_="reply") is reply


def _comment(reply: Tag, author_link: str) -> Comment | None:
    """One comment's (or answer's) own name and text, not its answers'; the post's author's by the
    address their name links to; the thread it is in (the comment it answers, else its own id)."""
    name = next((link for link in reply.find_all("a", class_="author") if _own(link, reply)), None)
    text = next((found for found in reply.find_all(class_="wall_reply_text") if _own(found, reply)), None)
    if text is None:
        return None
    _unaddress(text)
    lines = tuple(_lines(text))
    if not lines:
        return None         # a sticker, a photo, or a comment taken away
    parent = reply.find_parent("div", class_="reply")
    thread = str((parent or reply).get("id", ""))
    by_author = bool(author_link) and _address(name) == author_link
    return Comment(one_line(name), lines, by_author, thread, parent is not None)


def _unaddress(text: Tag) -> None:
    """Drop the name an answer opens with (VK links it: 「<a class="mem_link">Лэй</a>, …」) and the
    comma after it: whom it answers, no text."""
    first = next((node for node in text.children if isinstance(node, Tag) or str(node).strip()), None)
    if isinstance(first, Tag) and "mem_link" in first.get("class", ()):
        after = first.next_sibling
        first.decompose()
        if isinstance(after, NavigableString):
            after.replace_with(after.lstrip(" ,，:：\u00a0"))


def _set_apart(holder: Tag) -> bool:
    """The text's first line stands alone: a blank line (VK keeps the writer's <br><br>) follows it."""
    pieces = [clean(piece) for piece in raw_text(holder).split(BR)]
    while pieces and not pieces[0]:
        pieces.pop(0)
    return len(pieces) > 2 and not pieces[1] and any(pieces[2:])


def _subject(lines: list[str], headed: bool, place: str) -> tuple[str, list[str]]:
    """The post's headline and its text without it: the first line, when short and set apart by a
    blank line (<br><br>: VK keeps the writer's line breaks), its leading pictographs and its end
    mark dropped (a title that asks would make the post its answer); else the name of the community
    or person whose wall it is, as a chat's post without a headline is titled by its chat."""
    first = lines[0]
    headline = re.sub(r"^[^\w【「『“(（\[]+", "", first).rstrip(_END_MARKS).strip()
    if headed and len(lines) > 1 and 0 < len(headline) <= HEADING_MAX:
        return headline, lines[1:]
    return place, lines
