"""Read an Olark chat transcript, as Olark e-mails it to the operators (saved as HTML), as its reader sees it.

Pure: no I/O. The e-mail lays a chat out as a letter to the team: a dark header with Olark's logo and
「Chat transcript」, an intro (「Hi …, here is the transcript of a chat on …」, 「View this transcript in
Olark · Visitor profile」), a table of the visitor's details (Visitor, Location, Browser, Referrer,
Operator, Tags), then the chat as a `table.transcript` whose every row is one message — a timestamp cell
(td.olark-timestamp, 「(09:41:07)」), the sender's nickname (td.olark-nickname-visitor or
td.olark-nickname-operator, 「王女士:」) and the message (td.olark-message: its text with `<br>` lines,
bold sub-headings, numbered lines, 问：/答： lines) — and after it the visitor's rating and Olark's
footer. Read as a page, the intro and the visitor's details were parts of their own, every fragment was
titled by the e-mail's subject, and the chat was one table cut into row groups, each repeating the first
row as its header, timestamps and nicknames kept as text, a visitor's question cut from its answer.
`olark_transcript` puts the chat in the page's place as an `<article>` titled by the subject without
Olark's words around it, read as the Telegram reader reads a chat (`telegram.chat_html`): each row one
message of its sender with its lines, the visitor's question with the operator's answers to it a Q&A
(their bold sub-headings, numbered and 问：/答： lines lines of that answer); the e-mail's header, intro,
details, rating and footer go.
"""
from __future__ import annotations

import re

import html
from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, posts_html, text_lines

_NICKNAME = re.compile(r"^olark-nickname")
# the subject's words around the chat's own: 「Olark transcript: …」 (「Chat transcript: …」), and the
# visitor's number after it, 「（访客 #48213）」「(visitor #48213)」
_SUBJECT_LABEL = re.compile(r"^\s*(?:olark\s+)?(?:chat\s+)?transcript\s*[:：]\s*", re.IGNORECASE)
_VISITOR_NUMBER = re.compile(r"\s*[(（][^()（）]{0,20}#\s*\d+\s*[)）]\s*$")
_BOLD_LINE = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")       # a message's first line all bold: its sub-heading


@site_reader({"olark-message"}, gather_marks=True)
def olark_transcript(soup: BeautifulSoup) -> None:
    """Put the chat of an Olark transcript e-mail in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without Olark's message cells is none."""
    messages = _messages(soup)
    if not messages or soup.body is None:
        return
    name = transcript_name(soup)
    article = html_article(soup, name, _chat_parts(messages, name))
    soup.body.clear()
    soup.body.append(article)


def _messages(soup: BeautifulSoup) -> list[Message]:
    """The transcript's rows as messages: a row holding a nickname cell and a message cell is one
    message of that nickname (without its colon); a row without both is none (a page merely using
    Olark's class names is no transcript)."""
    out: list[Message] = []
    for k, row in enumerate(soup.find_all("tr")):
        nickname = row.find("td", class_=_NICKNAME, recursive=False)
        text = row.find("td", class_="olark-message", recursive=False)
        if not isinstance(nickname, Tag) or not isinstance(text, Tag):
            continue
        sender = " ".join(nickname.get_text(" ").split()).rstrip(":：").strip()
        plain = tuple(text_lines(text, bold=False))
        if not sender or not plain:
            continue
        out.append(Message(id=str(k), sender=sender, date=NO_DATE, lines=tuple(text_lines(text, bold=True)),
                           plain=plain, reply_to="", joined=False))
    return out


def _chat_parts(messages: list[Message], name: str) -> str:
    """The chat, a part of its own from each message that opens with a bold sub-heading sent right after
    its sender's own message: the operator going on to a new point (「二、更改联系电话的步骤」 after the
    answer before it, 「三、不上网怎么查状态」), no answer to the question asked before it, which ran into that
    answer's Q&A — numbered lines and all, so they were no steps. A message with a sub-heading sent after
    the visitor's question answers it, its sub-heading a line of the answer. The chat goes on after a point
    under the chat's `name` once the other side writes, when what follows is a chat to the text-chat
    reader (a question and its answer alone are not: they stay in the point's part). Each part is read as
    a chat (`telegram.group_chat`), or, one sender's alone, as a channel's posts are (`telegram.posts_html`)."""
    parts: list[tuple[str, list[Message]]] = [("", [])]      # (its heading, its messages)
    point = False           # the last part is a point's, its sender's run going on
    for previous, message in zip([None, *messages], messages):
        heading = _sub_heading(message)
        if previous is not None and previous.sender == message.sender and heading:
            parts.append((heading, [replace(message, lines=message.lines[1:], plain=message.plain[1:])]))
            point = True
        elif point and message.sender != parts[-1][1][0].sender:
            parts.append((name, [message]))
            point = False
        else:
            parts[-1][1].append(message)
    out: list[tuple[str, list[Message]]] = []
    for heading, part in parts:
        if out and heading == name and group_chat(part) is None:
            out[-1][1].extend(part)
        else:
            out.append((heading, part))
    chats = [(heading, part, group_chat(part)) for heading, part in out if part]
    if any(chat is None and len({message.sender for message in part}) > 1 for _, part, chat in chats):
        # a part of both sides too short to be a chat (a question and its answer before the first point):
        # the chat read whole, its points lines of the answers they follow
        whole = group_chat(messages)
        return whole if whole is not None else posts_html([messages], "")
    return "\n".join((f"<h2>{html.escape(heading)}</h2>\n" if heading else "")
                      + (chat if chat is not None else posts_html([part], "")) for heading, part, chat in chats)


def _sub_heading(message: Message) -> str:
    """The message's first line when it is all bold, short and text follows it: the writer's sub-heading."""
    bold = _BOLD_LINE.match(message.lines[0]) if len(message.lines) > 1 and len(message.plain) > 1 else None
    return bold["text"].strip() if bold and len(bold["text"].strip()) <= HEADING_MAX else ""


def transcript_name(soup: BeautifulSoup) -> str:
    """The chat's name: the e-mail's subject (its `<title>`) without Olark's label and the visitor's number.

    >>> transcript_name(BeautifulSoup("<title>Olark transcript: 行李没到（访客 #48213）</title>", "html.parser"))
    '行李没到'
    >>> transcript_name(BeautifulSoup("<title>Chat transcript: Refund (visitor #7)</title>", "html.parser"))
    'Refund'
    """
    title = " ".join(soup.title.get_text(" ").split()) if soup.title is not None else ""
    return _VISITOR_NUMBER.sub("", _SUBJECT_LABEL.sub("", title)) or title
