"""Read an e-mail saved as its raw source (the `.eml` a mail client saves, put in the corpus as a `.txt`)
as the e-mail readers read a mail (`render_text.mail_thread`, `indexer.sites.outlook`).

A raw message is what travels, not what its reader sees: RFC 822 headers (Received:, DKIM-Signature:,
X-…), its subject and sender as encoded words (「=?UTF-8?B?…?=」), a MIME body of parts each with its own
headers, its text quoted-printable or base64, and the same text twice, as plain text and as HTML. Read
as plain text, every header was a passage, the encoded subject titled the article, and the text was
=E4=BD=A0… and base64. The standard library's `email` package reads the message as a mail client
does: its headers decoded, the body a client shows (`get_body`: the plain text, else the HTML), its
transfer encoding and charset undone (`get_content`). What is left is a mail like the ones saved as
text: its From, Date and Subject over its text, which `render_text` reads (its subject without
「RE:」 and its ticket tag the title, no salutation, sign-off or signature, the quoted original a part).

An HTML body is read as its reader sees it: one Word wrote (Outlook) by `indexer.sites.outlook`, as an
Outlook page saved as .htm is, the message's Subject: standing for the header block on top of such a
page; any other (Gmail, Coremail, Thunderbird) as the lines it shows, a blockquote's lines quoted
(`html_mail_text`).

Pure: no I/O.
"""
from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.message import EmailMessage

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from indexer.html_text import BLOCK_TAGS, HEADINGS, clean, page_marks, raw_text, table_rows
from indexer.load import SUPERSETS
from indexer.render_text import mail_body, mail_subject, mail_thread
from indexer.sites.outlook import outlook_mail, word_page

_FIELD = re.compile(r"[!-9;-~]+[ \t]*:")        # an RFC 5322 header field's name and its colon
_UNIX_FROM = re.compile(r"From \S")             # the 「From sender date」 line an mbox puts over a message
_SENDER = frozenset({"from"})
_WHEN = frozenset({"date", "received"})
_MIME = frozenset({"mime-version", "content-type"})
HEADER_CHARS_MAX = 64_000   # a message's headers: Received: and DKIM-Signature: fold over many lines, not pages


@dataclass(frozen=True)
class RawMail:
    text: str                   # the mail as a .txt e-mail: From, Date and Subject lines over its text
    page: str | None = None     # or, for an HTML body Word wrote, the page `indexer.sites.outlook` read
    title: str = ""             # the page's title (its subject without 「RE:」 and its ticket tag)


def is_raw_mail(text: str) -> bool:
    r"""A message's raw source: it opens with header lines, to its first blank line nothing else
    (a field, or a folded field's next line), naming a sender (From:), a time (Date: or Received:)
    and a MIME body (MIME-Version: or Content-Type:). A note opening 「From: …⏎Date: …」 with its
    text under it, or a mail saved as text (From / Sent / To / Subject, no MIME), is no raw message.

    >>> is_raw_mail("From: a@x\r\nDate: Mon, 1 Jan 2026 10:00 +0500\r\nMIME-Version: 1.0\r\n\r\ntext")
    True
    >>> is_raw_mail("From: a@x\nSent: Monday\nSubject: RE: 漫游\n\n正文")
    False
    """
    if not _FIELD.match(text) and not _UNIX_FROM.match(text):
        return False                    # (every .txt is asked: most answer on their first characters)
    names: set[str] = set()
    for k, line in enumerate(text[:HEADER_CHARS_MAX].split("\n")):
        line = line.rstrip("\r")
        if not line.strip():
            break
        if k == 0 and _UNIX_FROM.match(line):
            continue
        if line[0] in " \t" and names:
            continue                    # a folded field goes on
        field = _FIELD.match(line)
        if field is None:
            return False
        names.add(field.group(0).rstrip(" \t:").lower())
    else:
        return False                    # no blank line under the headers: no body
    return bool(names & _SENDER and names & _WHEN and names & _MIME)


def raw_mail(text: str, encoding: str = "utf-8") -> RawMail | None:
    r"""The mail a raw message shows, or None when the text is no raw message (`is_raw_mail`).

    `encoding` is the file's: the message is read from the bytes the file held, so that a part
    written as 8bit text is read in its own charset, as a mail client reads it.

    >>> print(raw_mail("From: =?UTF-8?B?5a6i5pyN?= <a@x>\nDate: Thu, 01 Jan 2026 10:00:00 +0500\nSubject: "
    ...                "=?UTF-8?B?5Zue5aSN77ya5ryr5ri4?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
    ...                "Content-Transfer-Encoding: quoted-printable\n\n=E5=B7=B2=E5=BC=80=E9=80=9A=E3=80=82\n").text)
    From: 客服 <a@x>
    Date: Thu, 01 Jan 2026 10:00:00 +0500
    Subject: 回复：漫游
    <BLANKLINE>
    已开通。
    <BLANKLINE>
    """
    if not is_raw_mail(text):
        return None
    try:
        return _read(text, _byte_encoding(encoding))
    except RecursionError:
        return None                     # parts nested thousands deep, beyond the email package: read as text


def _read(text: str, encoding: str) -> RawMail:
    """The message's body as `RawMail`, under its From, Date and Subject (each there, if empty, so that
    the text reader sees a mail's header block)."""
    message = email.message_from_bytes(_relabelled(_file_bytes(text, encoding)), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    subject = _header(message, "subject")
    headers = "\n".join(f"{name}: {_header(message, name)}" for name in ("From", "Date", "Subject"))
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:                    # attachments only: the mail says nothing but its subject
        return RawMail(f"{headers}\n")
    content = _content(body, encoding)
    if body.get_content_subtype() == "html":
        soup = BeautifulSoup(content, "lxml")
        marks = page_marks(soup)
        if word_page(marks):
            outlook_mail(soup, marks, subject)
            return RawMail(f"{headers}\n", str(soup), mail_subject(subject))
        content = html_mail_text(soup)
    elif str(body.get_param("format", "")).lower() == "flowed":
        content = unflow(content, str(body.get_param("delsp", "")).lower() == "yes")
    content += "".join(_forwarded(message, encoding))
    text = f"{headers}\n\n{content}\n"
    if mail_thread(text) is None:       # one mail: no salutation, sign-off or signature, as a thread's mails
        own = mail_body(content.split("\n"))
        text = f"{headers}\n\n{own}\n"
    return RawMail(text)


FORWARDED_LINE = "-------- Forwarded Message --------"
FORWARDS_MAX = 20           # messages attached to one message that are read (each may attach more)


def _forwarded(message: EmailMessage, encoding: str, depth: int = 0) -> list[str]:
    """The messages forwarded as attachments (message/rfc822: 「Forward as Attachment」, a customer's
    complaint passed on whole), each as a client shows it inline and as Thunderbird forwards one:
    under 「-------- Forwarded Message --------」 its From, Date and Subject, then its text — a
    forwarded mail the thread reader (`render_text.mail_thread`) reads as a part of the thread."""
    out: list[str] = []
    if depth >= 3:
        return out
    for part in list(message.iter_attachments())[:FORWARDS_MAX]:
        if part.get_content_type() != "message/rfc822":
            continue
        inner = part.get_content()
        if not isinstance(inner, EmailMessage):
            continue
        headers = "\n".join(f"{name}: {_header(inner, name)}" for name in ("From", "Date", "Subject"))
        body = inner.get_body(preferencelist=("plain", "html"))
        text = "" if body is None else _content(body, encoding)
        if body is not None and body.get_content_subtype() == "html":
            text = html_mail_text(BeautifulSoup(text, "lxml"))
        text += "".join(_forwarded(inner, encoding, depth + 1))
        out.append(f"\n\n{FORWARDED_LINE}\n{headers}\n\n{text.strip()}")
    return out


def _byte_encoding(encoding: str) -> str:
    """The encoding the file's bytes are read back in: its own, but UTF-8 for UTF-8 with a BOM (no
    part of the message) and for text in a wide encoding (UTF-16), which holds no 8bit part a mail
    client could have read; UTF-8 too for an encoding Python does not know."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"
    return "utf-8" if name.startswith(("utf-8", "utf-16", "utf-32")) else name


def _file_bytes(text: str, encoding: str) -> bytes:
    """The bytes the file held, so that a part written as 8bit text is read in its own charset."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace")


_ENCODED_WORD_CHARSET = re.compile(rb"=\?([A-Za-z0-9_-]+)(?=(?:\*[A-Za-z-]+)?\?[BbQq]\?)")
_HEADERS_END = re.compile(rb"\r?\n\r?\n")


def _relabelled(raw: bytes) -> bytes:
    """The message with its headers' encoded words (「=?GB2312?B?…?=」) labelled by the superset their
    writers write (`SUPERSETS`), as its body's parts are read (`_content`): a GBK name in a subject
    Foxmail labels GB2312 otherwise reads as 「王�吹穆�游」."""
    end = _HEADERS_END.search(raw)
    head = raw[:end.start()] if end else raw

    def superset(match: re.Match[bytes]) -> bytes:
        wider = SUPERSETS.get(match.group(1).decode("ascii").lower())
        return b"=?" + wider.encode("ascii") if wider else match.group(0)
    return _ENCODED_WORD_CHARSET.sub(superset, head) + raw[len(head):]


def _header(message: EmailMessage, name: str) -> str:
    """A header's value decoded, on one line (a malformed one as written rather than none)."""
    try:
        value = str(message.get(name) or "")
    except (ValueError, IndexError, TypeError, HeaderParseError):
        value = next((raw for key, raw in message.raw_items() if key.lower() == name.lower()), "")
    return " ".join(value.split())


def _content(part: EmailMessage, encoding: str) -> str:
    """A part's text, its transfer encoding and charset undone by the `email` package. A charset
    Chinese mail clients name for a larger one they write (GB2312 for GBK text: Outlook, Foxmail) is
    read as that superset, as a browser reads a page so labelled; an unknown or missing charset as
    the file was read (8bit text a client wrote without a label is the writer's own encoding)."""
    charset = (part.get_content_charset() or "").lower()
    if not charset or charset in SUPERSETS:
        part.set_param("charset", SUPERSETS.get(charset, encoding))
    try:
        content = part.get_content()
    except LookupError:                 # a charset Python does not know
        part.set_param("charset", encoding)
        content = part.get_content()
    return str(content).replace("\r\n", "\n")


def unflow(text: str, delsp: bool = False) -> str:
    r"""Text sent 「format=flowed」 (RFC 3676: Thunderbird, Apple Mail) as its reader shows it: a line
    ending in a space goes on in the next line of its quote depth (the space dropped when DelSp=yes),
    a space stuffed before a line that opens with 「>」「From 」 or a space is none of its text; the
    signature line 「-- 」 stays a line.

    >>> unflow("第一行 \n接着写\n> 引用 \n> 接着\n-- \n签名")
    '第一行 接着写\n> 引用 接着\n-- \n签名'
    """
    lines: list[tuple[int, str]] = []
    flowing = False                     # the last line ended in a space: the next one goes on with it
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:].removeprefix(" ")
        soft = content.endswith(" ") and content != "-- "
        if flowing and lines and lines[-1][0] == depth:
            lines[-1] = (depth, lines[-1][1] + content)
        else:
            lines.append((depth, content))
        if soft and delsp:
            lines[-1] = (depth, lines[-1][1][:-1])
        flowing = soft
    return "\n".join(("> " * depth if depth else "") + content for depth, content in lines)


_SKIPPED = frozenset({"head", "title", "style", "script", "template", "noscript"})
HTML_DEPTH = 100            # elements nested deeper are read as their text (no runaway recursion)
_PARAGRAPHS = frozenset({"p", "ul", "ol", "table", "pre", "hr", *HEADINGS})    # blocks a blank line sets apart
# what a cell of a table laid out for the eye holds (a newsletter's columns): its cells are blocks, no data
_LAYOUT = ["table", "div", "p", "ul", "ol", "blockquote", *HEADINGS]


def html_mail_text(soup: BeautifulSoup) -> str:
    r"""An HTML mail's text as its reader sees it, as a mail saved as text writes it: a line a block or
    a <br> ends (Gmail's and Coremail's 「<div><br></div>」 the blank line between paragraphs), a
    paragraph, heading, list or table apart by blank lines, a list item 「- 」 or 「1. 」, a table's row a
    line of cells (a table that lays blocks out: its cells as blocks), a rule 「________」 (Outlook on the web's over a quoted mail's headers) and a
    blockquote's lines quoted 「> 」, as the mail it quotes.

    >>> print(html_mail_text(BeautifulSoup("<div>您好！</div><div><br></div><ol><li>重启</li></ol>"
    ...                                    "<div>在 10:02，王 &lt;w@x&gt; 写道：<br><blockquote>怎么办？</blockquote></div>", "lxml")))
    您好！
    <BLANKLINE>
    1. 重启
    <BLANKLINE>
    在 10:02，王 <w@x> 写道：
    > 怎么办？
    """
    lines: list[tuple[int, str]] = []           # (quote depth, text); "" a blank line
    run: list[str] = []

    def end_line(depth: int, blank: bool = False) -> None:
        text = clean("".join(run))
        run.clear()
        if text or blank:
            lines.append((depth, text))

    def walk(node: Tag, depth: int, level: int = 0) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    run.append(str(child))
            elif not isinstance(child, Tag) or child.name in _SKIPPED:
                continue
            elif level >= HTML_DEPTH:
                run.append(child.get_text())        # (bs4 walks it without recursion)
            elif child.name == "br":
                end_line(depth, blank=True)
            elif child.name == "blockquote":
                end_line(depth)
                walk(child, depth + 1, level + 1)
                end_line(depth + 1)
            elif child.name in ("ul", "ol"):
                end_line(depth)
                lines.append((depth, ""))
                for n, item in enumerate(child.find_all("li", recursive=False), 1):
                    run.append(f"{n}. " if child.name == "ol" else "- ")
                    walk(item, depth, level + 1)
                    end_line(depth)
                lines.append((depth, ""))
            elif child.name == "table" and not child.find(_LAYOUT):
                end_line(depth)
                lines.append((depth, ""))
                for row in table_rows(child):
                    cells = [clean(raw_text(cell)).replace("\n", " ") for cell in row.find_all(("td", "th"))]
                    if any(cells):
                        lines.append((depth, " | ".join(cells)))
                lines.append((depth, ""))
            elif child.name == "hr":
                end_line(depth)
                lines.append((depth, "_" * 32))
            elif child.name in BLOCK_TAGS:
                end_line(depth)
                if child.name in _PARAGRAPHS:
                    lines.append((depth, ""))
                walk(child, depth, level + 1)
                end_line(depth)
                if child.name in _PARAGRAPHS:
                    lines.append((depth, ""))
            else:
                walk(child, depth, level + 1)

    walk(soup.body or soup, 0)
    end_line(0)
    out: list[str] = []
    for depth, text in lines:
        line = (">" * depth + " " + text).rstrip() if depth else text
        if line.strip(">") or not out or out[-1].strip(">"):        # no two blank lines in a row
            out.append(line)
    return "\n".join(out).strip("\n")
