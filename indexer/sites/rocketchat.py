"""Read a Rocket.Chat room as its web app shows it, saved by the browser.

Pure: no I/O. The web app (Rocket.Chat 6, the Fuselage `rcx-` components) lays a room out as one
page in `div#react-root`: the sidebar (the topbar's toolbox, the 未读 / 频道 / 私信 sections of
`rcx-sidebar-item` links with unread badges, 「Powered by Rocket.Chat」), the room header (its
name in `h1.rcx-room-header__title`, its topic in `div.rcx-room-header__topic`, the toolbox), the
announcement bar (`div.rcx-room-announcement`), then the message list in `div.messages-box`:
「这是 #… 频道的开始」, date dividers (`rcx-message-divider`, 「2025年10月15日」, the 「未读消息」
one), the app's system messages (`rcx-message-system`: joins, leaves, pins) and the messages —
each a `div.rcx-message` (`data-id`, role listitem) with its avatar, a header of name, @username
and time (`rcx-message-header__name` / `__username` / `__time`; a message right after one of the
same sender, `data-sequential="true"`, has none), the body (`div.rcx-message-body`: the writer's
Markdown rendered as `<div>` paragraphs, lists, bold, inline code), the reactions with counters
and, under a thread's root, its metrics (「查看讨论串」, the reply and participant counts, the last
reply's time). A thread's replies are not in the list: the thread opened in the contextual bar
(`aside.rcx-vertical-bar`, 「讨论串」) shows its root (`rcx-message--thread-root`) and its replies.
Read as a page, the open thread was lost whole, with the topic and the announcement; every
fragment was titled by the room's name, messages of different people and days were glued into
sections cut by length, each message's header (「王磊@wang.lei09:14」) was left at the end of the
previous fragment, and system messages, dividers, 「未读消息」 and the thread's counters were text.

`rocketchat_room` puts the room in the page's place as an `<article>` titled by the room (and its
topic's first sentence when short, as a Slack or Mattermost channel is), the topic and the
announcement its first text, then the messages read as the Telegram reader reads a chat
(`telegram.chat_html`): each message one of its sender, the open thread's replies right under
its root, the replies to a question one answer to it (`slack.threads`).
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.sites.discord import topic_title
from indexer.sites.slack import message_lines, threads
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, posts_html

# the marks every room the web app shows bears: its message, the message's header name and body
MARKS = ("rcx-message", "rcx-message-header__name", "rcx-message-body", "#react-root")
_TITLE_FRAME = re.compile(r"^\s*\(\d+\)\s*|\s+\|\s+[^|]*$")     # 「(1) lift-gsm | 工作台」: the unread count, the site


@site_reader(MARKS, gather_marks=True)
def rocketchat_room(soup: BeautifulSoup) -> None:
    """Put a room Rocket.Chat's web app shows in its page's place, as an `<article>`. `marks` are
    the page's (html_text.page_marks): a page without Rocket.Chat's messages is none."""
    if soup.body is None:
        return
    box = soup.find("div", class_="messages-box")
    if not isinstance(box, Tag):
        return
    messages = _messages(box.find_all("div", class_="rcx-message"), "")
    known = {message.id for message in messages}
    for thread in soup.find_all("aside", class_="rcx-vertical-bar"):
        messages = _with_thread(messages, known, thread)
    if not messages:
        return
    name, topic = _header(soup)
    title = topic_title(name, topic)
    intro = [line for line in (topic, _announcement(soup)) if line]
    messages = threads(messages)
    chat = group_chat(messages)
    body = chat if chat is not None else posts_html([messages], title)
    if intro and not body.startswith("<h2>"):       # the chat is no part of the room's topic above it
        body = f"<h2>{html.escape(title)}</h2>\n{body}"
    text = "".join(f"<p>{html.escape(line)}</p>\n" for line in intro)
    article = html_article(soup, title, text + body)
    soup.body.clear()
    soup.body.append(article)


def _messages(found: list[Tag], root: str) -> list[Message]:
    """The messages of a list as the app shows them, each replying to `root` ("" in the room's own
    list): a `div.rcx-message` with its `data-id` and its body. A sequential message, shown without
    a header, is its sender's above."""
    out: list[Message] = []
    sender = ""
    for message in found:
        ident = str(message.get("data-id", ""))
        body = message.find("div", class_="rcx-message-body")
        if not ident or not isinstance(body, Tag):
            continue
        named = message.find(class_="rcx-message-header__name")
        if isinstance(named, Tag):
            sender = " ".join(named.get_text(" ").split())
        elif message.get("data-sequential") != "true" or not sender:
            sender = str(message.get("data-qa-username", "")) or sender
        lines = message_lines(body)
        if lines:
            out.append(Message(id=ident, sender=sender, date=NO_DATE, lines=tuple(lines), plain=tuple(lines),
                               reply_to="" if ident == root else root, joined=False))
    return out


def _with_thread(messages: list[Message], known: set[str], bar: Tag) -> list[Message]:
    """The room's messages with the thread the contextual bar shows: its replies right after its
    root (the root the room's list shows; the bar's own copy when the list has scrolled past it).
    A bar showing no thread (members, room info) adds nothing."""
    roots = bar.find_all("div", class_="rcx-message--thread-root")
    if len(roots) != 1 or not (root := str(roots[0].get("data-id", ""))):
        return messages
    shown = _messages([message for message in bar.find_all("div", class_="rcx-message")], root)
    replies = [message for message in shown if message.id != root and message.id not in known]
    if root not in known:
        at = len(messages)
        messages = messages + [message for message in shown if message.id == root]
    else:
        at = next(i for i, message in enumerate(messages) if message.id == root) + 1
    known.update(message.id for message in shown)
    return messages[:at] + replies + messages[at:]


def _header(soup: BeautifulSoup) -> tuple[str, str]:
    """The room's name (the header's title, else the `<title>` without its unread count and site)
    and its topic, as the room header shows them."""
    named = soup.find(class_="rcx-room-header__title")
    name = " ".join(named.get_text(" ").split()) if isinstance(named, Tag) else ""
    if not name and soup.title is not None:
        name = _TITLE_FRAME.sub("", " ".join(soup.title.get_text(" ").split())).strip()
    topic = soup.find(class_="rcx-room-header__topic")
    return name, " ".join(topic.get_text(" ").split()) if isinstance(topic, Tag) else ""


def _announcement(soup: BeautifulSoup) -> str:
    """The room's announcement as its bar shows it, "" without one."""
    bar = soup.find(class_="rcx-room-announcement__content") or soup.find(class_="rcx-room-announcement")
    return " ".join(bar.get_text(" ").split()) if isinstance(bar, Tag) else ""
