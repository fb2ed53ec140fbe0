"""Read a Messenger chat Meta's 「Download your information」 exported as HTML (message_1.html) as its reader sees it.

Pure: no I/O. Meta writes a chat (Instagram's direct messages alike) as a page of boxes under a
header — the Facebook logo and 「Messages」 link, the chat's name (the `<title>` and an `<h1>`) and
「Participants: …」 — each message a box (`div.pam.uiBoxWhite`) of three parts: the sender (a
`div`, an `<h2>` in Instagram's), the content (the text, a photo or file as a link to the export's
folder, the reactions as a list 「👍王小明」) and the timestamp (「Mar 03, 2026 12:02:58 pm」), the
NEWEST MESSAGE FIRST; the app's notices are messages of their sender (「Hao Chen unsent a message.」,
「Anna Kim sent an attachment.」). Its class names are obfuscated and change between exports
(`_2lej` / `_2let` / `_2lem` before 2022, `_a6-g` / `_a6-p` / `_a6-o` since), so the box's
`uiBoxWhite` and its three-part layout with a timestamp last are what is read, never one class
name alone. Read as a page, every fragment was titled by the chat's name, names, timestamps,
reactions and notices were text, fragments were cut by size between a sender and the message,
and answers stood before their questions. `messenger_chat` puts the chat in the page's place as
an `<article>` titled by its name, oldest message first, read as the Telegram reader reads a chat
(`telegram.chat_html`): a member's question with the following members' answer a Q&A.
"""
from __future__ import annotations

import re
from datetime import datetime

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.sites.telegram import NO_DATE, SENDER_MAX, Message, chat_article, text_lines

_BOX = "uiBoxWhite"             # Meta's box class, the same in every export since 2018
_MONTHS = {name: k for k, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# the timestamp as Meta writes it in English (「Mar 03, 2026 12:02:58 pm」, 「Jul 14, 2015 9:03:29am」,
# 「Jan 1, 2024, 3:45 PM」, en-GB 「01 Jan 2020, 09:59」) and in Chinese (「2026年3月3日 下午12:02」)
_CLOCK = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s?(?P<ap>[ap]\.?m\.?)?"
_STAMPS = (
    re.compile(rf"^(?P<mon>[a-z]{{3}})[a-z]*\.? (?P<d>\d{{1,2}}), (?P<y>\d{{4}}),?(?: at)? {_CLOCK}$", re.IGNORECASE),
    re.compile(rf"^(?P<d>\d{{1,2}}) (?P<mon>[a-z]{{3}})[a-z]*\.? (?P<y>\d{{4}}),?(?: at)? {_CLOCK}$", re.IGNORECASE),
    re.compile(r"^(?P<y>\d{4})年(?P<mon>\d{1,2})月(?P<d>\d{1,2})日\s*(?P<zh>上午|下午|凌晨|中午|晚上)?\s*"
               r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?$"),
)
# the app's notices Meta writes as a message of its sender (or of 「You」): no text anyone typed
_NOTICE = re.compile(
    r"^(?:sent an attachment|sent (?:a|an) (?:photo|video|sticker|gif|link|voice message|audio clip|file)s?"
    r"|sent \d+ (?:photos|videos)|unsent a message|reacted .{1,12} to (?:your|a|his|her|their) message"
    r"|(?:started|missed|joined|left) (?:a |an |the )?(?:audio |video )?(?:call|video chat)"
    r"|(?:left|created) the group|(?:added|removed) .{1,80} (?:to|from) the group|named the group .{1,100}"
    r"|changed the (?:group photo|chat theme|theme|group name)\b.{0,100}|set (?:the|your|his|her|their|the group)?"
    r" ?(?:nickname|emoji|quick reaction)\b.{0,100}|pinned a message|(?:is|was) waving at .{1,80})\.?$"
    r"|^(?:撤回了一条消息|撤回了一則訊息|发送了(?:附件|一张照片|一个链接)|傳送了(?:附件|一張相片))。?$",
    re.IGNORECASE)
_CALL_ENDED = re.compile(r"^the (?:video |audio )?(?:call|video chat) ended\.?$", re.IGNORECASE)
_MEDIA_TAGS = ["img", "video", "audio", "source", "ul", "script", "style"]
_WEB = re.compile(r"^(?:https?:|mailto:)", re.IGNORECASE)


@site_reader({_BOX}, gather_marks=True)
def messenger_chat(soup: BeautifulSoup) -> None:
    """Put a chat Meta's 「Download your information」 exported as HTML in its page's place, as an
    `<article>`. `marks` are the page's (html_text.page_marks): a page without Meta's boxes is no export."""
    boxes = message_boxes(soup)
    if not boxes or soup.body is None:
        return
    messages = chronological([message for box in boxes if (message := _message(box)) is not None])
    if not messages:
        return
    name = chat_name(soup)
    article = chat_article(soup, name, [messages])
    soup.body.clear()
    soup.body.append(article)


def message_boxes(soup: BeautifulSoup) -> list[tuple[Tag, Tag, Tag]]:
    """Each message's sender, content and timestamp, in the page's order, as Meta writes them:
    boxes (`div.pam.uiBoxWhite`) side by side, each of three parts — a short sender line, the
    content `<div>`, and last a timestamp. Two such boxes at least, under one parent, or the page
    is no export (Meta's other pages — logins, posts — box a timestamp or a table, no sender)."""
    by_parent: dict[int, list[tuple[Tag, Tag, Tag]]] = {}
    for box in soup.find_all("div", class_=_BOX):
        if "pam" not in box.get("class", []) or box.parent is None:
            continue
        parts = [child for child in box.children if isinstance(child, Tag)]
        if len(parts) != 3:
            continue
        sender, content, stamp = parts
        who = " ".join(sender.get_text(" ").split())
        if sender.name not in ("div", "h2", "h3") or content.name != "div" or not who or len(who) > SENDER_MAX \
                or sender.find(["div", "p", "ul", "table", "img"]) is not None or timestamp(who) is not None \
                or timestamp(" ".join(stamp.get_text(" ").split())) is None:
            continue
        by_parent.setdefault(id(box.parent), []).append((sender, content, stamp))
    runs = [run for run in by_parent.values() if len(run) >= 2]
    return max(runs, key=len) if runs else []


def timestamp(text: str) -> datetime | None:
    """A timestamp as Meta writes it, or None for other text.

    >>> timestamp("Mar 02, 2026 9:23:41 pm"), timestamp("01 Jan 2020, 09:59"), timestamp("2026年3月3日 下午12:02")
    (datetime.datetime(2026, 3, 2, 21, 23, 41), datetime.datetime(2020, 1, 1, 9, 59), datetime.datetime(2026, 3, 3, 12, 2))
    >>> timestamp("周伟 Wei") is None
    True
    """
    for pattern in _STAMPS:
        found = pattern.match(text.strip())
        if found is None:
            continue
        parts = found.groupdict()
        month = int(parts["mon"]) if parts["mon"].isdigit() else _MONTHS.get(parts["mon"].lower())
        hour, noon = int(parts["h"]), (parts.get("ap") or "").replace(".", "").lower() or parts.get("zh") or ""
        if noon in ("pm", "下午", "晚上") and hour < 12:
            hour += 12
        elif noon in ("am", "凌晨") and hour == 12:
            hour = 0
        try:
            return datetime(int(parts["y"]), month or 0, int(parts["d"]), hour, int(parts["mi"]), int(parts["s"] or 0))
        except ValueError:
            return None
    return None


def chat_name(soup: BeautifulSoup) -> str:
    """The chat's name: the header's `<h1>`, else the `<title>` (Meta writes the name in both; an
    export from before 2022 has no `<h1>`)."""
    for named in (soup.find("h1"), soup.title):
        if isinstance(named, Tag) and (name := " ".join(named.get_text(" ").split())):
            return name
    return ""


def _message(box: tuple[Tag, Tag, Tag]) -> Message | None:
    """A box as one message of its sender, its lines as typed; None for what is no text to read (a
    photo, a file, a notice of the app: 「… unsent a message.」, 「… sent an attachment.」). The
    reactions under it and the links to the export's own folder are no text."""
    named, content, stamp = box
    sender = " ".join(named.get_text(" ").split())
    for furniture in content.find_all(_MEDIA_TAGS):
        furniture.decompose()
    for link in content.find_all("a"):
        if not _WEB.match(str(link.get("href", ""))):
            link.decompose()                # messages/inbox/…/photos/….jpg, …/files/…
    lines = [line for line in text_lines(content, bold=False) if line.strip()]
    if not lines or (len(lines) == 1 and _is_notice(lines[0], sender)):
        return None
    when = timestamp(" ".join(stamp.get_text(" ").split()))
    date = when.strftime("%d.%m.%Y %H:%M") if when else NO_DATE
    return Message(id=when.isoformat() if when else "", sender=sender, date=date, lines=tuple(lines),
                   plain=tuple(lines), reply_to="", joined=False)


def _is_notice(line: str, sender: str) -> bool:
    """Whether a message's one line is the app's notice: 「名字 unsent a message.」, 「You sent an attachment.」."""
    for who in (sender, "You", "你", "您"):
        if line.startswith(who) and _NOTICE.match(line[len(who):].strip()):
            return True
    return _CALL_ENDED.match(line) is not None


def chronological(messages: list[Message]) -> list[Message]:
    """The messages oldest first: Meta writes the newest first, so the page's order reversed, then
    sorted by their timestamps when every one was read (a chat written oldest first comes out the
    same); each message's id is then its place.

    >>> def m(sender, when): return Message(when, sender, "", (), (), "", False)
    >>> [(m.id, m.sender) for m in chronological([m("周伟", "2026-03-03T10:14:20"), m("王小明", "2026-03-03T10:11:02")])]
    [('0', '王小明'), ('1', '周伟')]
    """
    ordered = list(reversed(messages))
    if all(message.id for message in ordered):
        ordered.sort(key=lambda message: message.id)     # ISO timestamps sort as their times
    return [Message(id=str(k), sender=message.sender, date=message.date, lines=message.lines, plain=message.plain,
                    reply_to="", joined=False) for k, message in enumerate(ordered)]
