"""Read a Google Chat space as its web app shows it, saved by the browser.

Pure: no I/O. The web app lays a space out as one page: the Google bar (search, status, account),
the sidebar (new chat, home, the spaces and apps), then the space (`div[role=main]`): its header
(`div[role=heading][aria-level=1]`: the space's name in `span.njhDLd`, 「7 位成员 · 外部成员可加入」,
the tab bar 「聊天 文件 任务」), the pinned bar (「已置顶 1 条消息」), the message list
(`div[role=list]`): date dividers (`div.DvKuFf`, 「11月10日 星期一」) and the topics — each a
`div[role=listitem][data-topic-id]` with its header (`div.oGsu4`: the author `span.njhDLd`, an app's
badge 「应用」, the time `span.FvYVyf`, 「已置顶」), its text (`div.DTp27d`: paragraphs, lists), its
reactions (`div.Ulzpvb`, a `span.pRkMUb` an emoji and its count, 「👍 5」) and its thread
(`div[role=region]`: 「4 条回复」, then each reply a `div[role=listitem]` as a topic's message is)
— then the composer (「发消息」, 「历史记录已开启」). Read as a page, the header, tabs, pinned bar and
each message's author line 「Dana Seitova上午 9:12已置顶」 were text, every reaction row (「👍 5」, its
emoji dropped) was a heading cutting the conversation at the reactions rather than at its topics,
a topic's steps were titled by the page's title and no reply answered the question it was asked.

`google_chat_space` puts the space in the page's place as an `<article>` titled by the space's
name, then each topic in turn as Mattermost's reader reads a thread (`mattermost.py`): a topic
nobody replied to is a post (`telegram.posts_html`), a topic with its replies a chat
(`telegram.chat_html`), the replies answering the question it or a reply asks (`slack.threads`).
Date dividers, author lines, reactions, reply counts and the composer are no text of it.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.sites.slack import message_lines, threads
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, posts_html, threads_html

MARKS = ("oGsu4", "DTp27d", "njhDLd")   # a message's header, its text, an author (and the space's name)
_TITLE_FRAME = re.compile(r"\s+-\s+Google Chat\s*$")        # 「聊天室 - Google Chat」


@site_reader(MARKS, gather_marks=True)
def google_chat_space(soup: BeautifulSoup) -> None:
    """Put a space Google Chat's web app shows in its page's place, as an `<article>`. `marks` are
    the page's (html_text.page_marks): a page without Chat's message headers and texts is none."""
    if soup.body is None:
        return
    topics = [topic for item in soup.find_all(attrs={"role": "listitem", "data-topic-id": True})
              if (topic := _topic(item))]
    if not topics:
        return
    name = _name(soup)
    parts = (chat if (chat := group_chat(threads(topic))) is not None else posts_html([topic], name)
             for topic in topics)
    article = html_article(soup, name, threads_html(name, [], parts))
    soup.body.clear()
    soup.body.append(article)


def _name(soup: BeautifulSoup) -> str:
    """The space's name: the `<title>` without 「- Google Chat」 (the name in full, 「庭审日电话安排 ·
    Aqiqat 律所华人客户部」) when it opens with the header's (which the app may shorten), else the header's."""
    header = soup.find(attrs={"role": "heading", "aria-level": "1"})
    named = header.find("span", class_="njhDLd") if isinstance(header, Tag) else None
    short = " ".join(named.get_text(" ").split()) if isinstance(named, Tag) else ""
    title = " ".join(soup.title.get_text(" ").split()) if soup.title is not None else ""
    full = _TITLE_FRAME.sub("", title).strip()
    return full if full.startswith(short) and full else short


def _topic(item: Tag) -> list[Message]:
    """A topic's messages: its first one, then the replies its thread shows, each answering it."""
    first = _message(item, item["data-topic-id"], "")
    if first is None:
        return []
    out = [first]
    thread = item.find(attrs={"role": "region"})
    if isinstance(thread, Tag):
        for number, reply in enumerate(thread.find_all(attrs={"role": "listitem"}), start=1):
            message = _message(reply, f"{first.id}/{number}", first.id)
            if message is not None:
                out.append(message)
    return out


def _message(item: Tag, own: str, root: str) -> Message | None:
    """One message of an item (its own header and text, not its thread's), answering `root` ("");
    None for an item without an author or text."""
    header = item.find("div", class_="oGsu4")
    text = item.find("div", class_="DTp27d")
    if not isinstance(header, Tag) or not isinstance(text, Tag) or header.find_parent(attrs={"role": "listitem"}) is not item:
        return None
    author = header.find("span", class_="njhDLd")
    lines = message_lines(text)
    if not isinstance(author, Tag) or not lines:
        return None
    sender = " ".join(author.get_text(" ").split())
    return Message(id=own, sender=sender, date=NO_DATE, lines=tuple(lines), plain=tuple(lines),
                   reply_to=root, joined=False)
