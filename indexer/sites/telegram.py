"""Read a chat Telegram Desktop exported as HTML (「Export chat history」, messages.html) as its reader sees it.

Pure: no I/O. The export lays a chat out as the app shows it: the chat's name in the page's header
(the page's `<title>` says 「Exported Data」 for every chat), then the history — date separators and
the app's notices (「… pinned this message」) as service messages, and each message with its
sender's userpic initial, time, name, the header of the post it forwards or the message it replies
to, its photo or file box, its text (`<br>` lines, bold, links, hashtags), the author's signature
and the reactions' counts. Read as a page, all of that was text, every fragment was titled
「Exported Data」, fragments were cut by size across messages, and a post's numbered lines ran into
the next post. `telegram_chat` puts the chat in the page's place as an `<article>` titled by the
chat's name: a channel's posts (one writer) each a part titled by its headline, its text read by
the plain-text reader as a `.txt` article is; a chat of several people read as the text-chat reader
reads a chat exported as text, a customer's question with the agent's answer as a Q&A.

A channel's public web preview (t.me/s/…, as the browser saves it) shows the same posts in other
markup, and `telegram_preview` reads them so: each div.tgme_widget_message a post of the channel,
its text the bubble's own div.tgme_widget_message_text; the header (name, 「8.73K subscribers」),
「Load more」, the date separators, 「Forwarded from」, link previews, views, times and the right
column with the channel's description and counters are no text.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from indexer.html_text import site_reader
from indexer.model import Source
from indexer.render import render
from indexer.render_chat import chat_markup
from indexer.render_text import HEADING_MAX

# a line that is a sentence, not a headline; a question may title the post that answers it
_NOT_A_TITLE = re.compile(r"[。！!：:；;，,、]$")
_MARKDOWN_LINE = re.compile(r"^(?:[#>*+=-]|\d{1,9}[.)](?:\s|$))")      # a line Markdown reads as more than text
_ASK_LINE = re.compile(r"^(?:Q|问题|問題|问|問)\s*\d{0,3}\s*[:：]", re.IGNORECASE)     # the reader's 「Q：」「问：」 lines
_ANSWER_LINE = re.compile(r"^(?:A|答)\s*\d{0,3}\s*[:：]", re.IGNORECASE)            # … and 「A：」「答：」
# ❓/👉 (and their kin) leading lines: how channel writers type a question and its answer
_QUESTION_MARK = re.compile("^(?:\u2753|\u2754|\u2049\ufe0f?)\\s*")
_ANSWER_MARK = re.compile("^(?:\U0001f449[\U0001f3fb-\U0001f3ff]?|\u27a1\ufe0f?|\u2705|\U0001f4ac|\U0001f4a1|\U0001f170\ufe0f?)\\s*")
_ALL_BOLD = re.compile(r"^\*\*(?:[^*]|\*(?!\*))+\*\*$")
_KEYCAP = re.compile("^(?:([0-9])\ufe0f?\u20e3|(\U0001f51f))\\s*")       # 「1️⃣」…「🔟」: a numbered line
_ITEM = re.compile(r"^(\d{1,2})[.)][ \t]+\S")                                # a numbered line Markdown lists
_BLOCKS = frozenset({"pre", "blockquote", "div", "p"})
_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
_REPLY_LINK = re.compile(r"^#go_to_(message\d+)$")
_DATE = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4}) (\d{1,2}:\d{2})")
_SENDER_JUNK = re.compile(r"[\[\]\n]")         # the text-chat reader's Telegram line: 「名字, [20.11.2026 10:02]」
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})")
_PREVIEW_HASHTAG = re.compile(r"^\?q=%23")       # the preview links a hashtag to the channel's search
NO_DATE = "01.01.2000 00:00"
SENDER_MAX = 60             # the longest name the text-chat reader takes for a sender


@dataclass(frozen=True)
class Message:
    id: str
    sender: str                 # its from_name; a message Telegram joins to the one above has that one's
    date: str                   # 「20.11.2026 10:02」
    lines: tuple[str, ...]      # its text as Markdown lines, bold kept
    plain: tuple[str, ...]      # … and as plain lines
    reply_to: str               # the id of the message it replies to on this page, or ""
    joined: bool                # Telegram shows it as the same sender's next message (no name, no userpic)


@site_reader({"page_wrap"}, gather_marks=True)
def telegram_chat(soup: BeautifulSoup) -> None:
    """Put a chat Telegram Desktop exported as HTML in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without Telegram's page_wrap is no export."""
    found = _history(soup)
    if found is None:
        return
    page, history = found
    header = page.find("div", class_="page_header")
    named = header if isinstance(header, Tag) else soup.title       # the header is always written; else 「Exported Data」
    name = " ".join(named.get_text(" ").split()) if named is not None else ""
    page.replace_with(chat_article(soup, name, _messages(history)))


@site_reader({"tgme_widget_message_wrap"}, gather_marks=True)
def telegram_preview(soup: BeautifulSoup) -> None:
    """Put a channel's public web preview (t.me/s/…) in its page's place, as an `<article>` of its posts.
    `marks` are the page's (html_text.page_marks): a page without the preview's message wraps is none."""
    history = soup.find("section", class_="tgme_channel_history")
    if not isinstance(history, Tag):
        return
    runs = _preview_messages(history)
    if not any(runs):
        return
    named = soup.find(class_="tgme_header_title") or soup.find(class_="tgme_channel_info_header_title")
    name = " ".join(named.get_text(" ").split()) if isinstance(named, Tag) else ""
    page = history.find_parent("main") or history
    for chrome in soup.find_all(["header", "section"], class_=["tgme_header", "tgme_right_column"]):
        chrome.decompose()
    page.replace_with(chat_article(soup, name, runs))


def _preview_messages(history: Tag) -> list[list[Message]]:
    """The preview's posts (div.tgme_widget_message carrying its 「channel/number」 in data-post), in
    runs that its date separators divide, each post's text the bubble's own (not the text of the post
    it replies to, nor a link preview's)."""
    runs: list[list[Message]] = [[]]
    for tag in history.find_all("div", class_=["tgme_widget_message", "tgme_widget_message_service_date_wrap"]):
        if "tgme_widget_message_service_date_wrap" in tag.get("class", []):
            if runs[-1]:
                runs.append([])
            continue
        bubble = tag.find("div", class_="tgme_widget_message_bubble", recursive=False)
        if not tag.get("data-post") or bubble is None:
            continue
        text = bubble.find("div", class_="tgme_widget_message_text", recursive=False)
        owner = bubble.find(class_="tgme_widget_message_owner_name")
        author = bubble.find(class_="tgme_widget_message_from_author")      # a signed post's writer
        sender = author if isinstance(author, Tag) else owner
        stamp = bubble.find("time", datetime=True)
        date = _ISO_DATE.match(str(stamp["datetime"])) if isinstance(stamp, Tag) else None
        reply = bubble.find("a", class_="tgme_widget_message_reply", href=True)
        lines = tuple(text_lines(text, bold=True)) if isinstance(text, Tag) else ()
        runs[-1].append(Message(
            id=str(tag["data-post"]),
            sender=" ".join(sender.get_text(" ").split()) if isinstance(sender, Tag) else "",
            date=f"{date[3]}.{date[2]}.{date[1]} {date[4]}" if date else NO_DATE,
            lines=lines,
            plain=tuple(text_lines(text, bold=False)) if isinstance(text, Tag) else (),
            reply_to="/".join(str(reply["href"]).rstrip("/").split("/")[-2:]) if isinstance(reply, Tag) else "",
            joined=False))
    return [_senders(run) for run in runs if run]


def chat_article(soup: BeautifulSoup, name: str, runs: list[list[Message]]) -> Tag:
    """The `<article>` an exported chat becomes, titled by its name: several people's messages
    read as a chat (`chat_html`: a member's question answered by the next members'), one writer's
    as posts (`posts_html`: each run of messages one part). Telegram, Discord and Messenger share it."""
    chat = group_chat([message for run in runs for message in run])
    return html_article(soup, name, chat if chat is not None else posts_html(runs, name))


def group_chat(messages: list[Message]) -> str | None:
    """Several people's messages as a chat (`chat_html`); one writer's are no chat but posts: None."""
    return chat_html(messages) if len({message.sender for message in messages}) > 1 else None


def html_article(soup: BeautifulSoup, name: str, body: str) -> Tag:
    """The `<article>` a chat reader puts in its page's place: the HTML `body` under an `<h1>` of
    its name (none for no name)."""
    heading = f"<h1>{html.escape(name)}</h1>\n" if name else ""
    article = soup.new_tag("article")
    article.extend(list(BeautifulSoup(heading + body, "html.parser").contents))
    return article


def threads_html(title: str, lead: list[str], parts: Iterable[str]) -> str:
    """A channel's page as HTML: its `lead` blocks, then each thread's part — headed by the channel's `title` when
    anything stands above it and it heads itself with no <h2>: a thread is no part of what is above it."""
    out = list(lead)
    for part in parts:
        if out and not part.startswith("<h2>"):
            part = f"<h2>{html.escape(title)}</h2>\n{part}"
        out.append(part)
    return "\n".join(out)


def _history(soup: BeautifulSoup) -> tuple[Tag, Tag] | None:
    """The page and its history, as Telegram writes them: div.page_wrap holding div.history whose
    messages (div.message.default, each with a div.body) stand right in it. A page merely using
    some of these class names is no export."""
    for page in soup.find_all("div", class_="page_wrap"):
        history = page.find("div", class_="history")
        if history is None:
            continue
        messages = history.find_all("div", class_="message", recursive=False)
        if any("default" in message.get("class", []) and message.find("div", class_="body", recursive=False)
               for message in messages):
            return page, history
    return None


def _messages(history: Tag) -> list[list[Message]]:
    """The history's messages, in runs that the app's service messages (a date, a pin) separate."""
    runs: list[list[Message]] = [[]]
    for tag in history.find_all("div", class_="message", recursive=False):
        classes = tag.get("class", [])
        body = tag.find("div", class_="body", recursive=False)
        if "service" in classes or "default" not in classes or body is None:
            if runs[-1]:
                runs.append([])
            continue
        sender = body.find("div", class_="from_name", recursive=False)
        for detail in sender.find_all(class_="details") if sender is not None else ():
            detail.decompose()      # 「via @bot」
        stamp = body.find("div", class_="date", recursive=False)
        date = _DATE.match(str(stamp.get("title", ""))) if stamp is not None else None
        reply = body.find("div", class_="reply_to", recursive=False)
        link = reply.find("a", href=_REPLY_LINK) if reply is not None else None
        texts = [text for text in body.find_all("div", class_="text") if text.find_parent(class_="media_wrap") is None]
        styled = [line for text in texts for line in text_lines(text, bold=True)]
        runs[-1].append(Message(
            id=str(tag.get("id", "")),
            sender=_SENDER_JUNK.sub(" ", sender.get_text(" ")).strip() if sender is not None else "",
            date=" ".join(date.groups()) if date else NO_DATE,
            lines=tuple(styled),
            plain=tuple(line for text in texts for line in text_lines(text, bold=False)),
            reply_to=_REPLY_LINK.match(str(link["href"])).group(1) if link is not None else "",
            joined="joined" in classes))
    return [_senders(run) for run in runs if run]


def _senders(run: list[Message]) -> list[Message]:
    """A joined message's sender is the one above it; a page may open with one (the chat goes on
    from the previous page), whose sender is the next one named."""
    known = next((message.sender for message in run if message.sender), "")
    out: list[Message] = []
    for message in run:
        if not message.sender:
            message = replace(message, sender=out[-1].sender if out else known)
        out.append(message)
    return out


def text_lines(text: Tag, bold: bool) -> list[str]:
    """A message's text as the writer typed it, line by line: its line breaks kept, bold as
    Markdown's (when `bold`), no line that is only hashtags (the channel's filing, as a note's tag
    line is), and `<` escaped (a typed 「<b>」 is text)."""
    runs: list[tuple[str, bool, bool]] = []       # (text, bold, a hashtag)
    _runs(text, runs)
    lines: list[list[tuple[str, bool, bool]]] = [[]]
    for piece, strong, tag in runs:
        for i, part in enumerate(piece.split("\n")):
            if i:
                lines.append([])
            if part:
                lines[-1].append((part, strong, tag))
    out = []
    for line in lines:
        if all(tag or not piece.strip() for piece, _, tag in line) and any(tag for _, _, tag in line):
            continue
        out.append(_line(line, bold).strip())
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


def _runs(text: Tag, out: list[tuple[str, bool, bool]]) -> None:
    """The text's pieces in order, each bold or not, a hashtag or not; a line break for each
    `<br>` and around each block (a quote, a code block)."""
    stack: list[tuple[PageElement | None, bool]] = [(child, False) for child in reversed(text.contents)]
    while stack:                # no recursion: markup nests as deep as a page makes it
        node, strong = stack.pop()
        if node is None:
            out.append(("\n", False, False))
        elif type(node) is NavigableString:         # no comments
            out.append((str(node), strong, False))
        elif isinstance(node, Tag):
            if node.name == "br":
                out.append(("\n", False, False))
            elif node.name == "a" and ("ShowHashtag" in str(node.get("onclick", ""))
                                       or _PREVIEW_HASHTAG.match(str(node.get("href", "")))):
                out.append((node.get_text(), strong, True))
            else:
                if node.name in _BLOCKS:
                    out.append(("\n", False, False))
                    stack.append((None, False))
                strong = strong or node.name in ("strong", "b")
                stack += [(child, strong) for child in reversed(node.contents)]


def _line(pieces: list[tuple[str, bool, bool]], bold: bool) -> str:
    """One line's pieces joined, each bold run between 「**」 (its spaces outside them)."""
    merged: list[list] = []
    for piece, strong, _ in pieces:
        strong = strong and bold
        if merged and merged[-1][1] == strong:
            merged[-1][0] += piece
        else:
            merged.append([piece, strong])
    out = []
    for piece, strong in merged:
        piece = piece.replace("<", "&lt;")
        inner = piece.strip()
        if strong and inner:
            lead, trail = piece[:len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()):]
            piece = f"{lead}**{inner}**{trail}"
        out.append(piece)
    return "".join(out)


def posts_html(runs: list[list[Message]], name: str) -> str:
    """A channel's posts, each a part: titled by its headline, or, without one, by the post it
    goes on with — the post it replies to, or the one Telegram joins it to (the same writer
    minutes later: a photo's caption, a tip added) — else by the chat's name, so that no post runs
    into another's part. A post titled as the part above goes on in it after a rule, so it is no
    part of that post's answer; one under a part with sub-headings starts the title again."""
    titles: dict[str, str] = {}         # message id -> its part's title
    parts: list[tuple[str, list[str]]] = []         # (title, rendered posts)
    for run in runs:
        previous = ""
        for message in run:
            headline, text = post_text(message.lines)
            if not text:
                continue                # a photo, a sticker, a file without a caption
            title = headline or titles.get(message.reply_to) or (message.joined and previous) or name
            titles[message.id] = previous = title
            rendered = render(Source("post.txt", "post", text, "markdown", ""))[0]
            # the post's own part titles are a level under its title
            rendered = _HEADING_TAG.sub(lambda tag: f"<{tag[1]}h{min(int(tag[2]) + 2, 6)}", rendered)
            if parts and parts[-1][0] == title and not headline and not any(_HEADING_TAG.search(post)
                                                                             for post in parts[-1][1]):
                parts[-1][1].append(rendered)
            else:
                parts.append((title, [rendered]))
    return "\n".join(("" if i == 0 and title == name else f"<h2>{html.escape(title)}</h2>\n") + "\n<hr>\n".join(posts)
                     for i, (title, posts) in enumerate(parts))


def post_text(lines: tuple[str, ...] | list[str]) -> tuple[str, str]:
    r"""Return a post's headline and its text for the plain-text reader, one paragraph a line.

    Its first line, short and no sentence, titles it when text follows (a channel's post opens
    with one: 「📌 **怎么开号码归属证明**」), without its icon and bold. A line between a numbered
    line and the next number belongs to that item (「①」 sub-steps); 「1️⃣」 numbers a line as 「1.」
    does; ❓ and 👉 lines are questions and answers (`_questions`).

    >>> headline, text = post_text(["📌 **开证明**", "1. 打开 App；", "① 点「我的」", "2. 选证明"])
    >>> headline
    '开证明'
    >>> print(text)
    1. 打开 App；
    <BLANKLINE>
       ① 点「我的」
    <BLANKLINE>
    2. 选证明
    """
    lines = [keycap_numbered(line) for line in lines if line.strip()]
    headline = ""
    if len(lines) > 1:
        raw = lines[0].replace("**", "").strip()
        first = _icon_less(raw)
        if first and len(first) <= HEADING_MAX and not _NOT_A_TITLE.search(first) and not _QUESTION_MARK.match(raw) \
                and not _MARKDOWN_LINE.match(first) and not _ASK_LINE.match(first) and not _ANSWER_LINE.match(first):
            headline, lines = first, lines[1:]
    lines = [_bold_line(line) for line in lines]
    return headline, "\n\n".join(_items(_questions(lines)))


def keycap_numbered(line: str) -> str:
    """Return `line` with the keycap number opening it (「1️⃣」…「🔟」) written 「1. 」: a writer numbering lines
    with keycaps numbers them as a Markdown list does, so both read as steps.

    >>> keycap_numbered("2\ufe0f\u20e3 选证明"), keycap_numbered("\U0001f51f 完成"), keycap_numbered("先备份")
    ('2. 选证明', '10. 完成', '先备份')
    """
    return _KEYCAP.sub(lambda m: f"{int(m[1]) if m[1] else 10}. ", line)


def _icon_less(line: str) -> str:
    """A line without the emoji leading it (「📌 」「⚠️ 」): an icon, no word of it."""
    i = 0
    while i < len(line) and (unicodedata.category(line[i]) in ("So", "Sk", "Mn", "Me", "Cf") or line[i].isspace()):
        i += 1
    return line[i:]


def _bold_line(line: str) -> str:
    """An all-bold line an icon leads (「📧 **发邮件**」) without it: the writer's sub-heading."""
    text = _icon_less(line)
    return text if text != line and _ALL_BOLD.match(text) else line


def _questions(lines: list[str]) -> list[str]:
    """❓ lines each answered by the 👉 line under it as the 「Q：」 and 「A：」 lines the reader
    pairs. When every answer is one line, a line after the last is no part of it (「有问题在评论区问」):
    a rule ends it."""
    marked = [(bool(_QUESTION_MARK.match(line) or _ASK_LINE.match(line)),
               bool(_ANSWER_MARK.match(line) or _ANSWER_LINE.match(line))) for line in lines]
    pairs = [i for i in range(len(lines) - 1) if marked[i][0] and marked[i + 1][1]]
    if not pairs:
        return lines
    out = list(lines)
    for i in pairs:
        out[i] = _QUESTION_MARK.sub("Q：", lines[i], count=1)
        out[i + 1] = _ANSWER_MARK.sub("A：", lines[i + 1], count=1)
    last = pairs[-1] + 1
    single = all(i + 2 >= len(lines) or marked[i + 2][0] for i in pairs[:-1])
    if single and last + 1 < len(lines) and not marked[last + 1][0]:
        out.insert(last + 1, "***")
    return out


def _items(lines: list[str]) -> list[str]:
    """Lines between a numbered line and the next number, indented under its item."""
    out = list(lines)
    starts = [(i, int(match[1]), len(match[0]) - 1) for i, line in enumerate(lines) if (match := _ITEM.match(line))]
    for (start, number, indent), (end, following, _) in pairwise(starts):
        if following == number + 1:
            for i in range(start + 1, end):
                out[i] = " " * indent + lines[i]
    return out


def chat_html(messages: list[Message]) -> str | None:
    """A chat of several people as the text-chat reader reads one (`render_chat.chat_markup`): written
    out as Telegram's copied messages (「名字, [20.11.2026 10:02]」 over the text), each reply under
    the message it replies to (`threads`), so a member's question and the agent's answer to it are
    a Q&A even when other messages came between; None when that reader takes it for no chat."""
    transcript = "\n\n".join(f"{message.sender[:SENDER_MAX] or '?'}, [{message.date}]\n" + "\n".join(message.plain)
                             for message in threads(messages) if message.plain)
    if chat_markup(transcript) is None:
        return None
    return render(Source("chat.txt", "chat", transcript, "markdown", ""))[0]


def threads(messages: list[Message]) -> list[Message]:
    """Return the messages with each reply right under the message it replies to (after the
    replies before it), as Telegram shows the quoted message over a reply; the rest in order.

    >>> def m(id, reply=""): return Message(id, "", "", (), (), reply, False)
    >>> [message.id for message in threads([m("1"), m("2"), m("3", "1"), m("4", "3"), m("5", "9")])]
    ['1', '3', '4', '2', '5']
    """
    earlier: set[str] = set()
    replies: dict[str, list[Message]] = {}          # message id -> the replies to it, in order
    top: list[Message] = []
    for message in messages:
        if message.reply_to in earlier:
            replies.setdefault(message.reply_to, []).append(message)
        else:
            top.append(message)
        earlier.add(message.id)
    out: list[Message] = []
    for message in top:
        stack = [message]           # no recursion: a reply to a reply to … runs as deep as a chat goes
        while stack:
            message = stack.pop()
            out.append(message)
            stack += reversed(replies.get(message.id, []))
    return out
