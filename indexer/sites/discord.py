"""Read a Discord channel DiscordChatExporter exported as HTML as its reader sees it.

Pure: no I/O. The export lays a channel out as Discord shows it: a preamble (the guild's icon and
name, 「category / channel」, the channel's topic), the chat log — message groups, each a burst of
one author's messages (avatar, author and bot tag, timestamp, then every message's quoted reply,
text with `<br>` lines, embeds, attachments and reactions), the app's notices (「pinned a message
to this channel.」) as messages of their own — and a postamble (「Exported 214 message(s)」). Read
as a page, every fragment was titled by the guild, the preamble, timestamps, notices, reactions and
the postamble were text, the quote a reply repeats stood as a line of its own, the authors went,
and fragments were cut by size whoever asked or answered. `discord_channel` puts the channel in the
page's place as an `<article>` titled by the channel (and its topic, when short) and read as the
Telegram reader reads a chat (`telegram.chat_html`): each message group one message of its author,
each reply under the group it answers, a member's question with the answer to it a Q&A; a channel
only one author writes in (announcements) is read as Telegram's channel posts (`telegram.posts_html`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.telegram import NO_DATE, Message, chat_article, text_lines

_REPLY_TARGET = re.compile(r"scrollToMessage\(\s*event\s*,\s*'(\d+)'\s*\)")
_CONTAINER_ID = re.compile(r"^chatlog__message-container-(\d+)$")
# the preamble's small lines besides the topic: the export's date range
_RANGE = re.compile(r"^(?:after|before|between)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^。！!？?]+[。！!？?]?")


@site_reader({"chatlog"}, gather_marks=True)
def discord_channel(soup: BeautifulSoup) -> None:
    """Put a channel DiscordChatExporter exported as HTML in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without a chat log is no export."""
    found = _export(soup)
    if found is None or soup.body is None:
        return
    preamble, chatlog = found
    name = channel_title(preamble)
    messages = _messages(chatlog)
    if not messages:
        return
    article = chat_article(soup, name, [messages])
    soup.body.clear()
    soup.body.append(article)


def _export(soup: BeautifulSoup) -> tuple[Tag, Tag] | None:
    """The preamble and the chat log, as DiscordChatExporter writes them: a div.preamble with its
    entries, a div.chatlog whose message groups hold message containers with a primary part. A page
    merely using some of these class names is no export."""
    preamble = soup.find("div", class_="preamble")
    chatlog = soup.find("div", class_="chatlog")
    if not isinstance(preamble, Tag) or not isinstance(chatlog, Tag) \
            or preamble.find("div", class_="preamble__entry") is None:
        return None
    for group in chatlog.find_all("div", class_="chatlog__message-group", recursive=False):
        for container in group.find_all("div", class_="chatlog__message-container", recursive=False):
            if container.find("div", class_="chatlog__message-primary") is not None:
                return preamble, chatlog
    return None


def channel_title(preamble: Tag) -> str:
    """The channel's name, and its topic's first sentence when short: the guild's name is the same
    on every channel it exports, and its 「category / 」 files the channel.

    >>> channel_title(BeautifulSoup('<div class="preamble"><div class="preamble__entry">哈薩克華人互助會</div>'
    ...     '<div class="preamble__entry">生活資訊 / 問題求助</div><div class="preamble__entry preamble__entry--small">'
    ...     '手機、門號等生活問題。發問前先看釘選訊息。</div></div>', "html.parser").div)
    '問題求助：手機、門號等生活問題'
    """
    entries = [" ".join(entry.get_text(" ").split()) for entry in preamble.find_all("div", class_="preamble__entry")]
    small = [" ".join(entry.get_text(" ").split()) for entry in preamble.find_all("div", class_="preamble__entry--small")]
    large = [entry for entry in entries if entry not in small]
    if not large:
        return ""
    channel = large[-1].split(" / ")[-1].strip()
    return topic_title(channel, next((entry for entry in small if entry and not _RANGE.match(entry)), ""))


def topic_title(channel: str, topic: str) -> str:
    """A channel's name, and its topic's first sentence when short: the name alone is often a
    team's shorthand (「cs-calls」), the topic says what its messages are about. Slack's reader shares it.

    >>> topic_title("cs-calls", "打车 App 的来电问题。统一口径看置顶。"), topic_title("cs-calls", "")
    ('cs-calls：打车 App 的来电问题', 'cs-calls')
    """
    first = _SENTENCE.match(topic.strip())
    sentence = first.group(0).strip().rstrip("。！!") if first else ""
    return f"{channel}：{sentence}" if sentence and len(sentence) <= HEADING_MAX else channel


def _messages(chatlog: Tag) -> list[Message]:
    """Each message group as one message of its author (a burst of messages one answer is typed
    in), replying to the group holding the message its first reply quotes; the app's notices
    (pins, joins), reactions, attachments and timestamps are no text."""
    groups: list[tuple[str, list[str], str]] = []        # (author, lines, the id of the message it replies to)
    owner: dict[str, str] = {}                           # a message's id -> its group's
    for group in chatlog.find_all("div", class_="chatlog__message-group", recursive=False):
        author, lines, reply = "", [], ""
        gid = str(len(groups))
        for container in group.find_all("div", class_="chatlog__message-container", recursive=False):
            own = _CONTAINER_ID.match(str(container.get("id", "")))
            if own:
                owner[own.group(1)] = gid
            if container.find(class_="chatlog__system-notification-content") is not None:
                continue
            named = container.find(class_="chatlog__author")
            if isinstance(named, Tag) and not author:
                author = str(named.get("title") or named.get_text(" ")).strip()
            reply = reply or _reply_target(container)
            lines += _content_lines(container) + _embed_lines(container)
        if author and lines:
            groups.append((author, lines, reply))
        else:
            owner = {key: value for key, value in owner.items() if value != gid}
    return [Message(id=str(k), sender=author, date=NO_DATE, lines=tuple(lines), plain=tuple(lines),
                    reply_to=owner.get(reply, ""), joined=False)
            for k, (author, lines, reply) in enumerate(groups)]


def _reply_target(container: Tag) -> str:
    """The id of the message a reply quotes (its quote's link scrolls to it; older exports call the
    quote a reference), or ""."""
    quoted = container.find(class_="chatlog__reply") or container.find(class_="chatlog__reference")
    if not isinstance(quoted, Tag):
        return ""
    for tag in [quoted, *quoted.find_all(onclick=True)]:
        if (target := _REPLY_TARGET.search(str(tag.get("onclick", "")))) is not None:
            return target.group(1)
    return ""


def _content_lines(container: Tag) -> list[str]:
    """A message's text, line by line, without the 「(edited)」 stamp."""
    content = container.find("div", class_="chatlog__content")
    if not isinstance(content, Tag):
        return []
    for stamp in content.find_all(class_="chatlog__edited-timestamp"):
        stamp.decompose()
    return text_lines(content, bold=False)


def _embed_lines(container: Tag) -> list[str]:
    """A bot's embed as text: its title, description and fields, each field 「name：value」 on a line
    (a field's name says what its value is); its author, footer and pictures are the bot's furniture."""
    out: list[str] = []
    for embed in container.find_all("div", class_="chatlog__embed"):
        for kind in ("chatlog__embed-title", "chatlog__embed-description"):
            part = embed.find("div", class_=kind)
            if isinstance(part, Tag):
                out += text_lines(part, bold=False)
        for field in embed.find_all("div", class_="chatlog__embed-field"):
            name, value = (field.find("div", class_=kind) for kind in ("chatlog__embed-field-name", "chatlog__embed-field-value"))
            label = " ".join(text_lines(name, bold=False)) if isinstance(name, Tag) else ""
            lines = text_lines(value, bold=False) if isinstance(value, Tag) else []
            if label and lines:
                out += [f"{label}：{lines[0]}", *lines[1:]]
            else:
                out += [label] if label else lines
    return out
