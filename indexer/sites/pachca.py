"""Read a channel Pachca (Пачка) exported as an HTML page.

Pure: no I/O. The export (`body.pachca-export`, its logo linking to pachca.com) lays a channel out
as one page: the export header (the logo, the company, 「Экспорт от 18.11.2026 · 14 сообщений」),
the sidebar of the company's channels, then `main.chat`: the channel's header (its name in
`h1.chat__name`, its description, the member count 「成员 64」), date separators
(`div.chat__date-separator`, 「10 ноября 2026」), the messages — each a `div.message` with its
avatar and a body of the header (`span.message__author`, `span.message__time`, 「📌 Закреплено」),
the text (`div.message__text`: paragraphs, lists, tables, a bold first line its headline), the
attachments (`div.attachment`: a file's name and size), the reactions and, under a thread's root,
the thread (`div.thread`: 「Тред · 3 ответа」 over its `div.thread__message` replies, each with its
author, time and text) — the app's system messages (`message--system`: 「… присоединилась к
каналу」), then the footer. Read as a page, every author was lost while each time stood as a bare
line at the end of the fragment above (「09:12📌 Закреплено」 under the channel's description), a
thread's replies were one answer to its root whoever wrote them, the thread's header and the date
separators were text, the attachments were lost and a system message was a part titled by the
message above it.

`pachca_channel` puts the channel in the page's place as an `<article>` titled by the channel (and
its description's first sentence when short, as a Slack or Rocket.Chat channel is), read as the
Telegram reader reads a chat (`telegram.chat_html`): each message one of its author, dated by the
separator above it, an attachment a line 「name (size)」 of its message, each thread's replies
right under its root, and the replies to a question one answer to it (`slack.threads`).
"""
from __future__ import annotations

import html
import re
from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader, table_rows
from indexer.sites.discord import topic_title
from indexer.sites.slack import message_lines, threads
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, post_text, posts_html, threads_html

# the marks every exported channel bears: its name, its messages' authors, times and texts
MARKS = ("chat__name", "message__author", "message__time", "message__text")
# a date separator's Russian date, the month in the genitive (「10 ноября 2026」)
_DATE = re.compile(r"^\s*(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s*$", re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate(
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
     "декабря"), start=1)}
_SITE = re.compile(r"^https?://(?:app\.)?pachca\.com")     # the export's logo links to the app
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@site_reader(MARKS, gather_marks=True)
def pachca_channel(soup: BeautifulSoup) -> None:
    """Put a channel Pachca exported in its page's place, as an `<article>`. `marks` are the page's
    (html_text.page_marks): a page without the export's messages, or not Pachca's, is none."""
    if soup.body is None or not _is_pachca(soup):
        return
    chat = soup.find("main", class_="chat") or soup.body
    messages = _messages(chat)
    if not messages:
        return
    named = chat.find(class_="chat__name")
    name = one_line(named) if isinstance(named, Tag) else ""
    described = chat.find(class_="chat__description")
    description = one_line(described) if isinstance(described, Tag) else ""
    title = topic_title(name, description)
    lead = [f"<p>{html.escape(description)}</p>"] if description else []
    body = threads_html(title, lead, (_thread_html(thread, title) for thread in _threads(messages)))
    article = html_article(soup, title, body)
    soup.body.clear()
    soup.body.append(article)


def _threads(messages: list[Message]) -> list[list[Message]]:
    """The messages as threads: each root message with the replies under it (replies whose root has no
    text, a file alone, are a thread of their own)."""
    out: list[list[Message]] = []
    for message in messages:
        if message.reply_to and out and message.reply_to in (out[-1][0].id, out[-1][0].reply_to):
            out[-1].append(message)
        else:
            out.append([message])
    return out


def _thread_html(thread: list[Message], title: str) -> str:
    """A thread as the article's HTML. A message nobody replied to is a post, as Mattermost's are
    (`telegram.posts_html`: its bold first line titles its part); a root with its replies is a chat
    (`telegram.chat_html`), the replies answering the question it or a reply asks (`slack.threads`).
    A root its writer titled (an announcement: 「比赛通知：…」 over its text) titles its thread, its
    text the chat's first message: read whole as a chat, its headline was a line of its text."""
    root, replies = thread[0], thread[1:]
    if not replies:
        return posts_html([thread], title)
    headline, _ = post_text(root.lines)
    if headline:        # the root's headline titles the thread, its text the chat's first message
        rest = root.plain[1:]           # (the headline is its first line, `post_text`)
        chat = group_chat(threads([replace(root, plain=rest), *map(_unprefixed, replies)]))
        if chat is not None:
            return chat if chat.startswith("<h2>") else f"<h2>{html.escape(headline)}</h2>\n{chat}"
    chat = group_chat(threads([_unprefixed(message) for message in thread]))
    return chat if chat is not None else posts_html([thread], title)


def _unprefixed(message: Message) -> Message:
    """A chat's message without the 「问：」/「答：」 its writer typed before it: the chat reader pairs
    a question with its answer by who asks and who answers, and titles the pair 「問：…」 itself."""
    from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX     # (parse imports this module)
    if not message.plain:
        return message
    first = ANSWER_PREFIX.sub("", QUESTION_PREFIX.sub("", message.plain[0], count=1), count=1)
    return replace(message, plain=(first, *message.plain[1:]))


def _is_pachca(soup: BeautifulSoup) -> bool:
    """The export's own page: its body classed `pachca-export`, or its logo linking to pachca.com."""
    body_class = soup.body.get("class", ()) if soup.body is not None else ()
    return "pachca-export" in body_class or soup.find("a", href=_SITE) is not None


def _messages(chat: Tag) -> list[Message]:
    """The channel's messages in order, each thread's replies after its root replying to it; system
    messages (joins, leaves) are the app's, no one's text."""
    out: list[Message] = []
    day = ""
    for block in chat.find_all("div", class_=["chat__date-separator", "message"]):
        classes = block.get("class", ())
        if "chat__date-separator" in classes:
            day = one_line(block)
            continue
        if "message--system" in classes or block.find_parent("div", class_="message") is not None:
            continue
        ident = str(block.get("id", "")) or f"m{len(out)}"
        body = block.find("div", class_="message__body") or block
        thread = body.find("div", class_="thread")
        if isinstance(thread, Tag):
            thread.extract()
        header = body.find("div", class_="message__header") or body
        message = _message(ident, header, body, day, "")
        if message is not None:
            out.append(message)
        if isinstance(thread, Tag):
            for n, reply in enumerate(thread.find_all("div", class_="thread__message"), start=1):
                answer = _message(f"{ident}-{n}", reply, reply, day, ident)
                if answer is not None:
                    out.append(answer)
    return out


def _message(ident: str, header: Tag, body: Tag, day: str, root: str) -> Message | None:
    """One message: its author and time from `header`, its text and attachments from `body`."""
    author = header.find("span", class_="message__author")
    time = header.find("span", class_="message__time")
    text = body.find("div", class_="message__text")
    lines = _text_lines(text) if isinstance(text, Tag) else []
    lines += _attachments(body)
    if not lines:
        return None
    return Message(id=ident, sender=one_line(author) if isinstance(author, Tag) else "",
                   date=_date(day, one_line(time) if isinstance(time, Tag) else ""), lines=tuple(lines),
                   plain=tuple(lines), reply_to=root, joined=False)


def _text_lines(text: Tag) -> list[str]:
    """A message's text line by line (`slack.message_lines`), a table one Markdown pipe table: its
    rows as lines the post reader reads as a table, not its cells run together (「课程每月课次」).

    >>> text = BeautifulSoup("<div><p>学费</p><table><tr><th>课程</th><th>每月</th></tr>"
    ...                      "<tr><td>EV3</td><td>24 000 ₸</td></tr></table></div>", "html.parser").div
    >>> _text_lines(text)
    ['学费', '| 课程 | 每月 |\\n| --- | --- |\\n| EV3 | 24 000 ₸ |']
    """
    tables: dict[str, str] = {}
    for table in text.find_all("table"):
        rows = [[one_line(cell).replace("|", "\\|") for cell in row.find_all(["th", "td"])]
                for row in table_rows(table)]
        rows = [row for row in rows if any(row)]
        if not rows:
            table.decompose()
            continue
        width = max(len(row) for row in rows)
        lines = [f"| {' | '.join(row + [''] * (width - len(row)))} |" for row in rows]
        lines.insert(1, f"|{' --- |' * width}")
        mark = f"⟦table {len(tables)}⟧"
        tables[mark] = "\n".join(lines)
        table.replace_with(BeautifulSoup(f"<p>{mark}</p>", "html.parser").p)
    return [tables.get(line.strip(), line) for line in message_lines(text)]


def _attachments(body: Tag) -> list[str]:
    """A message's attachments, each a line 「name (size)」: a file's link, an image's alt text."""
    lines = []
    for attachment in body.find_all("div", class_="attachment"):
        link = attachment.find(class_="attachment__name")
        image = attachment.find("img", alt=True)
        name = one_line(link) if isinstance(link, Tag) else str(image["alt"]).strip() if isinstance(image, Tag) else ""
        size = attachment.find(class_="attachment__size")
        if name:
            lines.append(f"{name} ({one_line(size)})" if isinstance(size, Tag) and one_line(size) else name)
    return lines


def _date(day: str, time: str) -> str:
    """「10 ноября 2026」 and 「09:12」 as the chat reader's 「10.11.2026 09:12」; NO_DATE when either is unknown.

    >>> _date("10 ноября 2026", "9:12"), _date("", "09:12")
    ('10.11.2026 09:12', '01.01.2000 00:00')
    """
    dated, timed = _DATE.match(day), _TIME.match(time)
    if dated is None or timed is None or dated[2].lower() not in _MONTHS:
        return NO_DATE
    return f"{int(dated[1]):02d}.{_MONTHS[dated[2].lower()]:02d}.{dated[3]} {int(timed[1]):02d}:{timed[2]}"
