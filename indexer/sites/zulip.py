"""Read a Zulip conversation as the web app shows it, saved by the browser.

Pure: no I/O. The app lays a channel's topic out as one page: the navbar (the organization's
name, the channel's name and description, search, menus), the left sidebar (inbox, recent
conversations, direct messages, channels with unread counts, the open channel's topics), the
message list — a bookend (「你已订阅频道 #…」), then for each conversation a `div.recipient_row`
whose recipient bar names the channel and the topic (「安全与后勤 > 汛期通信：… 2026年4月7日 星期二」)
over its `div.message_row`s (`zid` the message's id): the avatar, the sender, the time, the
`div.message_content` Zulip rendered from the writer's Markdown and the emoji reactions; a
message right after one of the same sender shows no sender — , a closing bookend (「查看最近的
对话」), the compose box and the buddy list. Read as a page, the bookend, the recipient bar,
every sender and time line, 「查看最近的对话」 and the compose box were text, a sender's line
was glued to the end of the previous message's fragment, fragments were cut by size across
messages (a question and its answer apart), and a quoting reply kept 「刘婷 说：」 with the
quoted sentence again. `zulip_topic` puts the conversation in the page's place as an
`<article>` titled by its topic and read as the Telegram reader reads a chat
(`telegram.chat_html`): each message one of its sender, a quoting reply under the message it
quotes without the quote, a member's question with the answer to it a Q&A.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.sites.slack import message_lines
from indexer.sites.telegram import NO_DATE, Message, chat_article, group_chat

# the marks every message list of the web app bears: a message row's id attribute, its row and its recipient row
MARKS = ("@zid", "message_row", "recipient_row")
_NEAR = re.compile(r"/near/(\d+)$")             # a link to a message of the conversation
_TITLE_FRAME = re.compile(r"\s+-\s+[^-]*-\s*Zulip\s*$")         # 「… - organization - Zulip」
# in a message's text: what the app draws around it, not what its writer typed
_FURNITURE = ["message_inline_image", "message_inline_video", "message_embed_image", "katex-mathml",
              "copy_codeblock", "code_external_link", "message_edit_notice"]


@site_reader(MARKS, gather_marks=True)
def zulip_topic(soup: BeautifulSoup) -> None:
    """Put the conversation the Zulip web app shows in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without Zulip's message rows is none."""
    if soup.body is None:
        return
    topics: dict[str, list[Message]] = {}       # the conversation's name -> its messages, in order
    for row in soup.find_all("div", class_="recipient_row"):
        messages = _messages(row)
        if messages:
            topics.setdefault(_conversation(row), []).extend(messages)
    if not topics:
        return
    if len(topics) == 1:
        ((name, messages),) = topics.items()
        article = chat_article(soup, name or _page_name(soup), [messages])
    else:
        article = _topics_article(soup, topics)
    soup.body.clear()
    soup.body.append(article)


def _messages(row: Tag) -> list[Message]:
    """A recipient row's messages: each `div.message_row` (its `zid` its id) one of its sender — a
    row showing none is the sender's above —, its text (`message_lines`) without the quote a
    reply opens with, replying to the message that quote links; a row without text is skipped."""
    out: list[Message] = []
    sender = ""
    for box in row.find_all("div", class_="message_row"):
        content = box.find("div", class_="message_content")
        if not box.get("zid") or not isinstance(content, Tag):
            continue
        named = box.find(class_="message_sender")
        name = " ".join(named.get_text(" ").split()) if isinstance(named, Tag) else ""
        sender = name or sender
        reply = _drop_quote(content)
        for furniture in content.find_all(class_=_FURNITURE):
            furniture.decompose()
        lines = message_lines(content)
        if sender and lines:
            out.append(Message(id=str(box["zid"]), sender=sender, date=NO_DATE, lines=tuple(lines),
                               plain=tuple(lines), reply_to=reply, joined=False))
    return out


def _drop_quote(content: Tag) -> str:
    """Drop the quote a reply opens with and return the id of the message it quotes, or "".

    Zulip's 「Quote message」 writes the quoted sender's silent mention and a link to the message
    (「刘婷 [说](…/near/41877)：」, 「@_**刘婷** [said](…):」) over the quote block: the reply stands under
    that message, so the quote repeats a sentence the conversation shows above.

    >>> content = BeautifulSoup('<div><p><span class="user-mention silent">刘婷</span> <a href="#narrow/'
    ...     'channel/7-x/topic/y/near/41877">说</a>：</p><blockquote><p>24 小时以上</p></blockquote><p>那新来的呢？</p>'
    ...     '</div>', "html.parser").div
    >>> _drop_quote(content), content.get_text("|")
    ('41877', '那新来的呢？')
    """
    lead = content.find(["p", "blockquote"], recursive=False)
    if not isinstance(lead, Tag) or lead.name != "p":
        return ""
    quote = lead.find_next_sibling()
    link = lead.find("a", href=_NEAR)
    if not isinstance(quote, Tag) or quote.name != "blockquote" or not isinstance(link, Tag) \
            or lead.find(class_="user-mention") is None:
        return ""
    quoted = _NEAR.search(str(link["href"])).group(1)
    lead.decompose()
    quote.decompose()
    return quoted


def _conversation(row: Tag) -> str:
    """The conversation a recipient row shows: its topic (a channel's message list shows several),
    or, for direct messages, the recipient bar's 「你和 …」."""
    header = row.find("div", class_="message_header")
    if not isinstance(header, Tag):
        return ""
    topic = header.find(class_="stream_topic")
    named = topic if isinstance(topic, Tag) else header.find(class_="message_label_clickable")
    if isinstance(named, Tag):
        return " ".join(named.get_text(" ").split())
    return ""


def _page_name(soup: BeautifulSoup) -> str:
    """The `<title>` without the organization's name and 「Zulip」: 「#channel > topic」."""
    title = " ".join(soup.title.get_text(" ").split()) if soup.title is not None else ""
    return _TITLE_FRAME.sub("", title).strip()


def _topics_article(soup: BeautifulSoup, topics: dict[str, list[Message]]) -> Tag:
    """A channel's message list of several topics as one `<article>` titled by the page: each topic
    a part titled by its name, its messages read as a chat (a topic one writer wrote, its text)."""
    parts = [f"<h1>{html.escape(_page_name(soup))}</h1>"]
    for name, messages in topics.items():
        chat = group_chat(messages)
        body = chat if chat is not None else "\n".join(
            f"<p>{html.escape(line)}</p>" for message in messages for line in message.plain)
        parts.append(f"<h2>{html.escape(name)}</h2>\n{body}")
    article = soup.new_tag("article")
    article.extend(list(BeautifulSoup("\n".join(parts), "html.parser").contents))
    return article
