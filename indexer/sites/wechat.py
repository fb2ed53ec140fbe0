"""Read a WeChat chat WechatExporter exported as HTML as its reader sees it.

Pure: no I/O. The export lays a chat out as the app shows it: the page's `<title>` (「与 名字 的聊天记录」,
or 「名字 - 微信聊天记录」), sometimes a header with the chat's name and 导出时间 / 消息数 / 导出工具, then
each message a `div.msg` aligned left or right (chat-left, chat-right): the avatar (div.avatar-box),
the sender's name and time (div.nt-box) and the bubble (div.content-box) — its text with `<br>`
lines, or a placeholder for what is no text (「[图片]」, 「[语音] 9"」, 「[表情]」), or a card: a shared
link (its title in bold, its description, the app it comes from), a transfer (「转账 ¥20.00」 over
「微信转账」), a reply quoting another message (「「名字：…」」 over a dashed rule) — and between them
the app's notices (div.chat-notice: 「系统消息：…撤回了一条消息」, 「以下为新消息」, time separators). Read as
a page, every fragment was titled by the `<title>`, names, times, notices, placeholders and card
labels were text, a bubble's lead-in line went with the numbered lines under it becoming steps,
the link card was lost, and fragments were cut by size whoever asked or answered. `wechat_chat`
puts the chat in the page's place as an `<article>` titled by the chat's name and read as the
Telegram reader reads a chat (`telegram.chat_html`): each bubble one message of its sender with its
lines, a link card its title and description, a customer's question with the agent's answer a Q&A.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, text_lines

_SIDES = frozenset({"chat-left", "chat-right", "left", "right", "media-left", "media-right"})
# the page title's words around the chat's name: 「与 名字 的聊天记录」, 「名字 - 微信聊天记录」
_TITLE_FRAME = re.compile(r"^\s*(?:与|與)\s*(?P<a>.+?)\s*(?:的聊天记录|的聊天記錄)\s*$|^\s*(?P<b>.+?)\s*-\s*微信聊天(?:记录|記錄)\s*$")
_TIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}:\d{2})")
# what the export writes for a message that is no text: 「[图片]」「[语音] 9"」「[表情]」「[视频]」「[文件]」
_PLACEHOLDER = re.compile(r"^\[[^\[\]\n]{1,8}\](?:\s*\d{1,3}(?:\"|″|''))?$")
# in a bubble: its tail, a card's app line (「微信转账」, the official account), a reply's quote and the
# dashed rule under it, pictures, voice and video players
_FURNITURE = ["triangle", "appinfo", "refermsg"]
_MEDIA_TAGS = ["img", "audio", "video", "source", "script", "style"]
_RULE = re.compile(r"^[\s\-－—_]+$")


@site_reader({"content-box"}, gather_marks=True)
def wechat_chat(soup: BeautifulSoup) -> None:
    """Put a chat WechatExporter exported as HTML in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without message boxes is no export."""
    bubbles = _messages(soup)
    if not bubbles or soup.body is None:
        return
    messages = [message for message in (_message(k, bubble) for k, bubble in enumerate(bubbles)) if message]
    if not messages:
        return
    chat = group_chat(messages)
    if chat is None:
        return              # one writer's notes to themselves, or no chat to the text-chat reader: a page
    article = html_article(soup, chat_name(soup), chat)
    soup.body.clear()
    soup.body.append(article)


def _messages(soup: BeautifulSoup) -> list[Tag]:
    """The export's messages, as WechatExporter writes them: a div.msg aligned left or right whose
    children are the avatar box, the name-and-time box and the bubble. A page merely using some of
    these class names is no export."""
    out = []
    for tag in soup.find_all("div", class_="msg"):
        classes = set(tag.get("class", []))
        if not classes & _SIDES or "chat-notice" in classes:
            continue
        parts = [child for child in tag.find_all("div", recursive=False)]
        kinds = [set(part.get("class", [])) for part in parts]
        if len(parts) >= 3 and "avatar-box" in kinds[0] and "nt-box" in kinds[1] and "content-box" in kinds[2]:
            out.append(tag)
    return out


def chat_name(soup: BeautifulSoup) -> str:
    """The chat's name: the header's, else the page title's without its frame (「与 … 的聊天记录」),
    as Discord's channel titles its export; the export's date, count and tool are its furniture.

    >>> chat_name(BeautifulSoup("<title>与 阿力｜手机卡代办 的聊天记录</title>", "html.parser"))
    '阿力｜手机卡代办'
    >>> chat_name(BeautifulSoup("<title>Kcell 客服 - 微信聊天记录</title>", "html.parser"))
    'Kcell 客服'
    """
    header = soup.find("div", class_="session-name")
    if isinstance(header, Tag) and (name := " ".join(header.get_text(" ").split())):
        return name
    title = " ".join(soup.title.get_text(" ").split()) if soup.title is not None else ""
    framed = _TITLE_FRAME.match(title)
    return (framed.group("a") or framed.group("b")) if framed else title


def _message(k: int, tag: Tag) -> Message | None:
    """A bubble as one message of its sender, its lines as typed; None for what is no text to read
    (a picture, a voice message, a sticker, a transfer)."""
    if "transfer" in tag.get("class", []):
        return None                 # 「转账 ¥20.00」: money between the two, no answer to anyone
    stamp = tag.find("div", class_="nt-box", recursive=False)
    named = stamp.find("span") if stamp is not None else None
    sender = " ".join(named.get_text(" ").split()) if isinstance(named, Tag) else ""
    when = _TIME.search(stamp.get_text(" ")) if stamp is not None else None
    bubble = tag.find("div", class_="content-box", recursive=False)
    if not sender or bubble is None:
        return None
    for furniture in bubble.find_all(class_=_FURNITURE) + bubble.find_all(_MEDIA_TAGS):
        furniture.decompose()
    lines = [line for line in text_lines(bubble, bold=False) if not _RULE.match(line)]
    if not lines or (len(lines) == 1 and _PLACEHOLDER.match(lines[0])):
        return None
    date = f"{int(when[3]):02d}.{int(when[2]):02d}.{when[1]} {when[4]}" if when else NO_DATE
    return Message(id=str(tag.get("msgid", k)), sender=sender, date=date, lines=tuple(lines), plain=tuple(lines),
                   reply_to="", joined=False)
