"""Read a Slack channel as slack-export-viewer (hfaran's) shows an export of it, saved as a page.

Pure: no I/O. The viewer lays a channel out as one page: the `<title>` 「Slack Export - #channel」,
a sidebar listing the workspace's channels, private channels and direct messages (the one shown
marked `active`), then the channel's messages in `div.messages` — each a `div.message-container`
(the app's events carry their subtype as a class: `channel_join`, `channel_topic`…) holding the
avatar and a `div.message` of the username, the time and the text (`div.msg`: the message's
Markdown rendered, a link's unfurl as a `div.message-attachment` of its site's name, title and
summary, an upload, the reactions 「+1 li.na, yerlan.b」). A thread's replies follow their parent
as `div.reply`, with nothing else telling them from the channel's messages. Read as a page, every
fragment was titled 「Slack Export」, an unfurl's title headed the messages after it, usernames,
times, reactions, joins and the unfurl's site name were text, and fragments were cut by size
across messages. `slack_channel` puts the channel in the page's place as an `<article>` titled by
the channel (and its topic, when short, as a Discord channel is) and read as the Telegram reader
reads a chat (`telegram.chat_html`): each message one of its author, an unfurl part of its text,
each reply under its parent, and a thread's replies to a question one answer to it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.render_chat import group_asks
from indexer.sites.discord import topic_title
from indexer.sites.telegram import NO_DATE, Message, chat_article, text_lines

_VIEWER = "#slack-archive-viewer"       # the viewer's page: its sidebar and messages stand in it
# the subtypes of Slack's events, which the viewer writes as the container's classes: no one typed them
_EVENTS = frozenset({
    "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name", "channel_archive",
    "channel_unarchive", "channel_convert_to_private", "channel_posting_permissions", "group_join", "group_leave",
    "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive", "pinned_item",
    "unpinned_item", "bot_add", "bot_remove", "bot_enable", "bot_disable", "reminder_add", "tombstone",
    "sh_room_created", "huddle_thread", "joiner_notification", "app_conversation_join"})
_TOPIC_EVENTS = ("channel_topic", "channel_purpose", "group_topic", "group_purpose")
_SET_TOPIC = re.compile(r"^set the (?:channel|group) (?:topic|purpose):\s*", re.IGNORECASE)
# an export older than the subtype classes writes a join as its text alone
_JOINED = re.compile(r"^@?\S{1,80} has (?:joined|left) the (?:channel|group)\.?$", re.IGNORECASE)
# the sidebar's icons before a name: 「# 」 a channel, 🔒 a private one, 👤 a direct message, 👥 a group's
_ICONS = re.compile("^[#\U0001f512\U0001f464\U0001f465\\s]+")
_TITLE_FRAME = re.compile(r"^\s*Slack Export\s*-\s*#?\s*")
# in a message's text: the reactions, uploads (a file's name and preview) and what is shown only on paper
_FURNITURE = ["message-reaction", "message-upload", "print-only"]
# in an unfurl: the site's name, the author's line and icon, the footer, the preview
_ATTACHMENT_FURNITURE = ["service-name", "attachment-author", "attachment-footer", "print-only"]


@site_reader({_VIEWER, "message-container"}, gather_marks=True)
def slack_channel(soup: BeautifulSoup) -> None:
    """Put a channel slack-export-viewer shows in its page's place, as an `<article>`. `marks` are the
    page's (html_text.page_marks): a page without the viewer's `#slack-archive-viewer` is none."""
    containers = _containers(soup)
    if not containers or soup.body is None:
        return
    messages: list[Message] = []
    parent = ""                     # the id of the channel's message the replies below it answer
    for container in containers:
        box = _box(container)
        reply = "reply" in box.get("class", [])
        if not reply:
            parent = str(box.parent.get("id", ""))
        if (message := _message(container, parent if reply else "")) is not None:
            messages.append(message)
    messages = threads(messages)
    if not messages:
        return
    article = chat_article(soup, topic_title(channel_name(soup), _topic(containers)), [messages])
    soup.body.clear()
    soup.body.append(article)


def _containers(soup: BeautifulSoup) -> list[Tag]:
    """The messages as the viewer writes them: in `div#slack-archive-viewer`, a `div.messages` of
    `div.message-container`s, each holding a `div` with the message's id, and in it a `div.message`
    (a reply's `div.reply`) with its `div.username` and `div.msg`. A page merely using some of these
    class names is no export."""
    viewer = soup.find("div", id="slack-archive-viewer")
    box = viewer.find("div", class_="messages", recursive=False) if isinstance(viewer, Tag) else None
    if not isinstance(box, Tag):
        return []
    out = []
    for container in box.find_all("div", class_="message-container", recursive=False):
        message = _box(container)
        if message is not None and message.find("div", class_="username", recursive=False) is not None \
                and message.find("div", class_="msg", recursive=False) is not None:
            out.append(container)
    return out


def _box(container: Tag) -> Tag | None:
    """The container's `div.message` or `div.reply`, in the `div` its message's id names."""
    inner = container.find("div", id=True, recursive=False)
    if not isinstance(inner, Tag):
        return None
    found = inner.find("div", class_=["message", "reply"], recursive=False)
    return found if isinstance(found, Tag) else None


def channel_name(soup: BeautifulSoup) -> str:
    """The channel's name: the sidebar's entry marked active (a direct message's is its people's
    names, where the `<title>` holds its id), else the `<title>` without 「Slack Export - #」."""
    sidebar = soup.find("div", id="sidebar")
    active = sidebar.find("li", class_="active") if isinstance(sidebar, Tag) else None
    if isinstance(active, Tag) and (name := _ICONS.sub("", " ".join(active.get_text(" ").split())).strip(" ,")):
        return name.replace(" ,", ",")
    title = " ".join(soup.title.get_text(" ").split()) if soup.title is not None else ""
    return _TITLE_FRAME.sub("", title).strip()


def _topic(containers: list[Tag]) -> str:
    """The channel's topic as last set (「set the channel topic: …」), or its purpose; "" without one."""
    topic = ""
    for container in containers:
        if set(container.get("class", [])) & set(_TOPIC_EVENTS):
            text = " ".join(_box(container).find("div", class_="msg", recursive=False).get_text(" ").split())
            topic = _SET_TOPIC.sub("", text) or topic
    return topic


def _message(container: Tag, parent: str) -> Message | None:
    """A container as one message of its author, replying to `parent` (the channel's message the
    viewer shows it under, or ""); None for Slack's events (joins, topics, pins) and for what has
    no text (an upload alone)."""
    if set(container.get("class", [])) & _EVENTS:
        return None
    box = _box(container)
    author = " ".join(box.find("div", class_="username", recursive=False).get_text(" ").split())
    lines = message_lines(box.find("div", class_="msg", recursive=False))
    if not lines or (len(lines) == 1 and _JOINED.match(lines[0])):
        return None
    return Message(id=str(box.parent.get("id", "")), sender=author, date=NO_DATE, lines=tuple(lines),
                   plain=tuple(lines), reply_to=parent, joined=False)


def message_lines(msg: Tag) -> list[str]:
    """A message's text line by line, as Slack shows it: each list item a line (a numbered one with
    its number), an unfurled link its title and summary after the text (its title a line of the
    message, no heading: it titles nothing of the channel), an attachment's fields 「title：value」;
    reactions, uploads, the unfurl's site name, author and footer are no text.

    >>> msg = BeautifulSoup('<div class="msg">看这里：<ol><li>打开 App</li><li>点「Забыли вещи?」</li></ol>'
    ...     '<div class="message-attachment"><div class="service-name">yandex.kz</div><div class="link-title">'
    ...     '<a href="#">Забыли вещи — Справка</a></div><div class="link-text">Свяжитесь с водителем.</div></div>'
    ...     '<div class="message-reaction">+1 li.na</div></div>', "html.parser").div
    >>> message_lines(msg)
    ['看这里：', '1. 打开 App', '2. 点「Забыли вещи?」', 'Забыли вещи — Справка', 'Свяжитесь с водителем.']
    """
    for furniture in msg.find_all(class_=_FURNITURE):
        furniture.decompose()
    for furniture in msg.find_all(class_=_ATTACHMENT_FURNITURE):
        if furniture.find_parent(class_="message-attachment") is not None:
            furniture.decompose()
    for media in msg.find_all(["img", "script", "style"]):
        media.decompose()
    for field in msg.find_all("div", class_="field-title"):
        field.append("：")              # 「title：value」, as a Discord embed's field
    for listed in msg.find_all(["ul", "ol"]):
        for number, item in enumerate(listed.find_all("li", recursive=False), start=1):
            if listed.name == "ol":
                item.insert(0, f"{number}. ")
            item.name = "div"
        listed.name = "div"
    return [line for line in text_lines(msg, bold=False) if line.strip()]


def threads(messages: list[Message]) -> list[Message]:
    """The messages with a thread's replies to a question one answer: the replies after a message
    that asks, by others than who asked and asking nothing themselves, are one run of the first of
    them, so the chat reader answers the question with all of them, not with the first alone (it
    answers a member's run with the next member's). A reply that asks opens the next question; the
    asker's own reply ends the answer. The viewer writes each reply right under its parent.

    >>> def m(id, sender, text, reply=""): return Message(id, sender, "", (text,), (text,), reply, False)
    >>> [k.sender for k in threads([m("1", "li", "+34 正常吗？"), m("2", "wang", "正常的。", "1"),
    ...     m("3", "dana", "补充：找 Glovo 申诉。", "1"), m("4", "aigerim", "Kaspi 呢？"), m("5", "dana", "App 内通话。", "4")])]
    ['li', 'wang', 'wang', 'aigerim', 'dana']
    """
    out: list[Message] = []
    thread = asker = answerer = ""      # the thread, who asked its open question, and who answers it first
    for message in messages:
        sender = message.sender
        asks = group_asks(list(message.plain))
        if not message.reply_to or message.reply_to != thread:
            thread, asker, answerer = message.reply_to or message.id, sender if asks else "", ""
        elif asks:
            asker, answerer = sender, ""
        elif asker and sender != asker:
            answerer = sender = answerer or sender
        else:
            asker = answerer = ""
        out.append(replace(message, sender=sender))
    return out
