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

from bs4 import BeautifulSoup, Tag

from indexer.html_text import page_marks
from indexer.telegram import NO_DATE, Message, chat_article, text_lines

_NICKNAME = re.compile(r"^olark-nickname")
# the subject's words around the chat's own: 「Olark transcript: …」 (「Chat transcript: …」), and the
# visitor's number after it, 「（访客 #48213）」「(visitor #48213)」
_SUBJECT_LABEL = re.compile(r"^\s*(?:olark\s+)?(?:chat\s+)?transcript\s*[:：]\s*", re.IGNORECASE)
_VISITOR_NUMBER = re.compile(r"\s*[(（][^()（）]{0,20}#\s*\d+\s*[)）]\s*$")


def olark_transcript(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Put the chat of an Olark transcript e-mail in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without Olark's message cells is none."""
    if "olark-message" not in (page_marks(soup) if marks is None else marks):
        return
    messages = _messages(soup)
    if not messages or soup.body is None:
        return
    article = chat_article(soup, transcript_name(soup), [messages])
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


def transcript_name(soup: BeautifulSoup) -> str:
    """The chat's name: the e-mail's subject (its `<title>`) without Olark's label and the visitor's number.

    >>> transcript_name(BeautifulSoup("<title>Olark transcript: 行李没到（访客 #48213）</title>", "html.parser"))
    '行李没到'
    >>> transcript_name(BeautifulSoup("<title>Chat transcript: Refund (visitor #7)</title>", "html.parser"))
    'Refund'
    """
    title = " ".join(soup.title.get_text(" ").split()) if soup.title is not None else ""
    return _VISITOR_NUMBER.sub("", _SUBJECT_LABEL.sub("", title)) or title
