"""Read a channel's public web page of the ICQ New (icq.im) or TamTam (tt.me) messenger, as the browser saves it.

Pure: no I/O. Both messengers show a public channel to a visitor without the app as one page: a cookie
banner, the top bar (download links, 「Открыть в ICQ」 / 「Открыть в TamTam」), the channel's card (avatar,
name in an `<h1>`, the tt.me link, 「Канал · 1 846 подписчиков」, the description, 「Подписаться」), then the
feed of posts — ICQ's `article.icq-post` (its text in `div.icq-post__text`, the 「Закреплённое сообщение」
label, a footer of views, time and reactions) between `div.icq-feed__date` day dividers, TamTam's
`div.tt-message` (its text in `div.tt-message__body`, the 「📌 Закреплено」 badge, a `tt-message__meta`
line of views, date and reactions) — then the install call, share links and the footer. A channel's
writer heads each post: TamTam's editor with an `<h3>`, ICQ's with a bold first paragraph
(`<p><strong>怎么预约</strong></p>`). Read as a page, the subscribers' count, the description, a day
divider and the pin label were the first fragment's text; on ICQ every post after the first was taken
for a reply to the channel (titled 「…（回复）」, its heading a line of its text, its steps the channel's),
a day divider closed the post above it; on TamTam the heading of a post of Q&A pairs was lost.

`channel_page` puts the channel in the page's place as an `<article>` titled by its name, its
description the first text, each post a part of its own headed by its heading (a post without one
by the channel's name, so that it runs into no other post), the post's further bold lines or headings
a level under it. Counters, dates, pin labels, reactions and the page's furniture are no text.
"""
from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, one_line, page_marks


@dataclass(frozen=True)
class Channel:
    marks: tuple[str, ...]      # the classes every channel page of the messenger bears
    name: str                   # the class of the channel's name
    about: str                  # … of its description
    post: str                   # … of a post
    text: str                   # … of a post's text, right in the post


_CHANNELS = (
    Channel(("icq-channel", "icq-post", "icq-post__text"), "icq-channel__name", "icq-channel__about",
            "icq-post", "icq-post__text"),
    Channel(("tt-channel", "tt-message", "tt-message__body"), "tt-channel__title", "tt-channel__desc",
            "tt-message", "tt-message__body"),
)


def channel_page(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Put a channel ICQ New or TamTam shows a visitor in its page's place, as an `<article>`. `marks`
    are the page's (html_text.page_marks): a page without the messenger's channel and posts is none."""
    found = page_marks(soup) if marks is None else marks
    for channel in _CHANNELS:
        if all(mark in found for mark in channel.marks) and soup.body is not None:
            _read(soup, channel)
            return


def _read(soup: BeautifulSoup, channel: Channel) -> None:
    texts = [text for post in soup.find_all(class_=channel.post)
             if isinstance(text := post.find(class_=channel.text), Tag) and text.get_text(strip=True)]
    if not texts:
        return
    name = one_line(soup.find(class_=channel.name))
    article = soup.new_tag("article")
    if name:
        heading = soup.new_tag("h1")
        heading.string = name
        article.append(heading)
    if about := one_line(soup.find(class_=channel.about)):
        paragraph = soup.new_tag("p")
        paragraph.string = about
        article.append(paragraph)
    for text in texts:
        article.extend(_post(soup, text, name))
    soup.body.clear()
    soup.body.append(article)


def _post(soup: BeautifulSoup, text: Tag, name: str) -> list[Tag]:
    """A post's blocks as a part: its first heading (or bold first paragraph) the part's `<h2>`, any
    later one an `<h3>` under it; a post without a heading is headed by the channel's `name`."""
    blocks = [child for child in text.children if isinstance(child, Tag)]
    for block in blocks:
        if (heading := _heading_text(block)) is not None:
            block.clear()
            block.string = heading
            block.attrs = {}
            block.name = "h3"
    if blocks and blocks[0].name == "h3":
        blocks[0].name = "h2"
    elif name:
        heading = soup.new_tag("h2")
        heading.string = name
        blocks.insert(0, heading)
    return [block.extract() for block in blocks]


def _heading_text(block: Tag) -> str | None:
    """A block's text when the writer made it a heading: a heading element, or a paragraph that is
    one bold run (ICQ's editor has no headings); else None."""
    if block.name in HEADINGS:
        return one_line(block)
    if block.name != "p":
        return None
    inner = [child for child in block.children if not (isinstance(child, str) and not child.strip())]
    if len(inner) == 1 and isinstance(inner[0], Tag) and inner[0].name in ("strong", "b") and inner[0].get_text(strip=True):
        return one_line(block)
    return None
