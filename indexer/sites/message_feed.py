"""Read a page that shows a messenger's feed of messages whose writers head them: an ICQ New or TamTam
channel's public page, a Skype chat-history export viewer page, a Webex space, a conversation of Chatra's
History or Talk-Me's Архив чатов (a live-chat dashboard: its topic an `<h1>` in the conversation's header, the
`<title>` the dashboard's, 「Архив чатов」), as the browser saves them; Jivo's e-mail of a chat to its operators
(the visitor's details, each message 「[10:05] <b>Жанна:</b> …」, the rating, the footer).

Pure: no I/O. Each shows the feed as one page around the app's furniture: a cookie banner, a top bar
(download links, 「Открыть в ICQ」, the Skype viewer's 「Export of chat history」 and 「Печать / Скачать
JSON」, Webex's 訊息 / 團隊 / 通話 navbar and status), a list of the user's other conversations (Skype,
Webex), the feed's header (its name in an `<h1>`; a channel's 「tt.me/…」 link, 「Канал · 1 846
подписчиков」 and description, 「Подписаться」; a chat's 「Групповой чат · 23 участника …」 line; a
space's tabs 訊息 / 人員 (9) / 內容), day dividers, the messages — each its author and time (a chat),
pin label, views and reactions (a channel) around its text — and the app's own lines (「… закрепил(а)
сообщение.」, 「Звонок завершён · 4 мин 12 с」, 「林怡君 已將 王志明 新增到此空間。」), then a composer, an
install call, share links and a footer. The messages' writers head what they post: TamTam's and
Webex's editors with a heading element, ICQ's with a bold-only first paragraph
(`<p><strong>怎么预约</strong></p>`), Skype's with a bold first line (`<b>租用流程</b><br>1. …<br>2. …`).
Read as a page, those headings were lines of text (ICQ's posts after the first were even taken for
replies to the channel, titled 「…（回复）」), so a message's steps were the feed's, a headed message ran
into the answer above it, and the counters, day dividers, pin labels and system lines were text.

`message_feed` puts the feed in the page's place as an `<article>` titled by its name, a channel's
description its first text, each headed message a part of its own, the message's further headings a
level under it. A channel's post without a heading is headed by the channel's name, so that it runs
into no other post; a chat's message without one (a member's 问, the 答 to it) stays where it is, in
the part above, where the parser pairs a question with its answer. Authors, times, counters, dates,
pin labels, reactions, system lines and the page's furniture are no text.
"""
from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import HEADINGS, one_line, page_marks, text_tag


@dataclass(frozen=True)
class Feed:
    marks: tuple[str, ...]      # the classes every such page of the product bears
    name: str                   # a CSS selector of the feed's name (a class, or a heading in the feed's header)
    about: str                  # … of a channel's description ("" for none)
    message: str                # … of a message
    text: str                   # … of a message's text, in the message
    app_lines: tuple[str, ...] = ()     # … of the app's own messages (pins, calls, joins): no text
    furniture: tuple[str, ...] = ()     # … of what the app draws in a message's text (reactions)
    channel: bool = False       # one writer's posts: a post without a heading is a part of its own
    sender_lead: bool = False   # a message's text opens with its sender's name in bold (「<b>Жанна:</b> …」): no text


_FEEDS = (
    Feed(("icq-channel", "icq-post", "icq-post__text"), ".icq-channel__name", "icq-channel__about",
         "icq-post", "icq-post__text", channel=True),
    Feed(("tt-channel", "tt-message", "tt-message__body"), ".tt-channel__title", "tt-channel__desc",
         "tt-message", "tt-message__body", channel=True),
    # the skype-parser style viewer of a Skype chat-history export
    Feed(("sx-conversation", "sx-message", "sx-message__content"), ".sx-conversation__title", "",
         "sx-message", "sx-message__content", app_lines=("sx-message--system", "sx-message--call")),
    # Webex's web client (momentum-ui): a system item has no message-content
    Feed(("activity-list", "activity-item", "activity-item-body", "message-content"), ".wx-space__title", "",
         "activity-item", "message-content", app_lines=("activity-item--system",),
         furniture=("activity-item-reactions",)),
    # Chatra's dashboard, a conversation of its History: the topic an unclassed <h1> in its header
    Feed(("chatra-app", "conversation-messages", "message__text"), ".conversation-header h1", "",
         "message", "message__text", app_lines=("message--system",)),
    # Talk-Me's operator dashboard (lk.talk-me.ru), a dialog of its Архив чатов: the <title> is the archive's
    Feed(("tm-archive-dialog", "tm-message", "tm-message-text"), ".tm-dialog-head h1", "",
         "tm-message", "tm-message-text"),
    # Jivo's e-mail of a chat to the operators: each message the time and the sender's bold name in its own text;
    # its <h1> is the notification's (「Новый диалог на сайте …」), no name of the chat, so the page's <title> titles it
    Feed(("jv-transcript", "jv-msg"), "", "", "jv-msg", "jv-msg", furniture=("jv-time",), sender_lead=True),
)


def message_feed(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Put a feed ICQ New, TamTam, a Skype export viewer or Webex shows in its page's place, as an
    `<article>`. `marks` are the page's (html_text.page_marks): a page without the product's feed is none."""
    found = page_marks(soup) if marks is None else marks
    for feed in _FEEDS:
        if all(mark in found for mark in feed.marks) and soup.body is not None:
            _read(soup, feed)
            return


def _read(soup: BeautifulSoup, feed: Feed) -> None:
    texts = []
    for message in soup.find_all(class_=feed.message):
        text = message if feed.text == feed.message else message.find(class_=feed.text)
        if any(line in message.get("class", []) for line in feed.app_lines) or not isinstance(text, Tag):
            continue
        for drawn in text.find_all(class_=list(feed.furniture)) if feed.furniture else []:
            drawn.decompose()
        if feed.sender_lead and isinstance(text, Tag):
            _drop_sender(text)
        if text.get_text(strip=True):
            texts.append(text)
    if not texts:
        return
    name = one_line(soup.select_one(feed.name)) if feed.name else ""
    article = soup.new_tag("article")
    if name:
        article.append(text_tag(soup, "h1", name))
    if feed.about and (about := one_line(soup.find(class_=feed.about))):
        article.append(text_tag(soup, "p", about))
    for text in texts:
        article.extend(_message(soup, text, name if feed.channel else ""))
    soup.body.clear()
    soup.body.append(article)


def _drop_sender(text: Tag) -> None:
    """Take away the sender's name a message's text opens with, a bold run ending in a colon (Jivo's
    「<b>Жанна:</b> 您好！…」): a name answers no reader's question, and the agent's name left over a headed
    message's heading was a line glued to the part above."""
    first = next((node for node in text.children if isinstance(node, Tag) or node.strip()), None)
    if isinstance(first, Tag) and first.name in ("b", "strong") and one_line(first).endswith((":", "：")):
        first.decompose()


def _message(soup: BeautifulSoup, text: Tag, name: str) -> list[Tag]:
    """A message's blocks: its first heading (a heading element, a bold-only first paragraph or line)
    an `<h2>`, any later one an `<h3>` under it; a message without one headed by `name` ("": none)."""
    _bold_first_line(soup, text)
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
        blocks.insert(0, text_tag(soup, "h2", name))
    return [block.extract() for block in blocks]


def _bold_first_line(soup: BeautifulSoup, text: Tag) -> None:
    """A text typed as lines whose first line is all bold (Skype's 「<b>租用流程</b><br>1. …」): that
    line a heading, the lines under it a `<div>` of their own; any other text one `<div>` (its loose
    lines are then a block, as a message is)."""
    nodes = [node for node in text.children if isinstance(node, Tag) or node.strip()]
    if not nodes or any(isinstance(node, Tag) and (node.name in HEADINGS or node.name == "p") for node in nodes):
        return          # the writer's blocks: read as they are
    first = nodes[0]
    lined = len(nodes) == 1 or isinstance(nodes[1], Tag) and nodes[1].name == "br"
    heading = one_line(first) if isinstance(first, Tag) and first.name in ("b", "strong") and lined else ""
    if heading:
        first.extract()
        if len(nodes) > 1:
            nodes[1].extract()
    rest = soup.new_tag("div")
    rest.extend(list(text.contents))
    if heading:
        text.append(text_tag(soup, "h2", heading))
    if rest.get_text(strip=True):
        text.append(rest)


def _heading_text(block: Tag) -> str | None:
    """A block's text when the writer made it a heading: a heading element, or a paragraph that is
    one bold run (ICQ's editor has no headings); else None."""
    if block.name in HEADINGS:
        return one_line(block)
    if block.name != "p":
        return None
    inner = [child for child in block.children if not (isinstance(child, NavigableString) and not child.strip())]
    if len(inner) == 1 and isinstance(inner[0], Tag) and inner[0].name in ("strong", "b") and inner[0].get_text(strip=True):
        return one_line(block)
    return None
