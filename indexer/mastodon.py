"""Read a Mastodon status with its thread as the web app shows it, saved by the browser.

Pure: no I/O. A status's permalink page (Mastodon 4, a logged-out visitor) is the web app drawn in
`div#mastodon`: the compose pane (the server banner's introduction, description, admin and active
users; the sign-in banner), the column header 「返回」, the focused status (`div.detailed-status`:
display name and @account, a content warning in `span.status__content__spoiler-text` with its
「顯示較少」 button, the text in `div.status__content__text` — `<p>`s with `<br>` lines, hashtag and
mention links —, `detailed-status__meta` with the date, the app, 「86 次轉嘟」 / 「214 個最愛」, the
action bar), then the thread's other statuses as `div.status__wrapper`s (`status__prepend`
「回覆給 …」, relative time, display name and @account, h-card mentions opening the text, content
warnings, reply / boost / favourite counters), the navigation panel and the link footer. Read as
a page, the article was titled by the instance's name and all its fragments had no title; the
statuses were glued into sections cut by length — each reply's 「回覆給 …」 line, time and author
left at the end of the status before it, a status cut in two —, the first status's hashtag line
was lost and the content warnings were plain lines.

`mastodon_status` puts the thread in the page's place as an `<article>` read as a forum thread is
(`facebook.post_thread`): the focused status is the post, titled by its content warning (the
headline its writer gave it: 「長文｜…心得 1/6」), else the `<title>`'s quoted opening
(「name: "…" - instance」) or its first line when short; each other status in the page's order is a
part headed by its writer (the post's author 「name（楼主）」), its content warning its first line,
without the mentions it opens with. A reader's status that asks, answered by the post's author in
the status right after it that mentions the reader, is a question with that answer. Names,
accounts, times, counters, buttons, banners and panels are no text.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.facebook import Comment, post_thread
from indexer.html_text import clean, emoji_as_text, one_line, page_marks, raw_text
from indexer.render_text import HEADING_MAX

# the marks the web app's status page bears: its root, the focused status, a status's text
MARKS = ("#mastodon", "detailed-status", "status__content__text")
_TITLE = re.compile(r'^.*?:\s*[“"](.+?)[”"]\s*-\s*[^-]+$')   # 「阿哲 🎓: "長文｜…" - formosa.social」
_SENTENCE_END = re.compile(r"[。！!？?；;]")


def mastodon_status(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Put a Mastodon status page's thread in its place, as an `<article>` (see the module's
    docstring). `marks` are the page's (html_text.page_marks): a page without Mastodon's web app
    and its focused status is left alone."""
    found = marks if marks is not None else page_marks(soup)
    if not all(mark in found for mark in MARKS) or soup.body is None:
        return
    app = soup.find("div", id="mastodon")
    focused = app.find_all("div", class_="detailed-status") if isinstance(app, Tag) else []
    if len(focused) != 1:
        return
    post = focused[0]
    author = _name(post)
    warning, lines = _content(post)
    if not lines:
        return
    statuses = [status for status in app.find_all("div", class_="status__wrapper")
                if status.find_parent("div", class_="detailed-status") is None]
    comments = _comments(statuses, author)
    post_thread(soup, _subject(soup, warning, lines), lines, comments, author)


def _name(status: Tag) -> str:
    """A status's writer: the display name (`strong.display-name__html`), else the @account."""
    return one_line(status.find(class_="display-name__html")) or one_line(status.find(class_="display-name__account"))


def _account(status: Tag) -> str:
    """A status's writer's user name, without 「@」 or the instance (「@mili@mastodon.social」 → 「mili」)."""
    return one_line(status.find(class_="display-name__account")).lstrip("@").split("@")[0]


def _content(status: Tag) -> tuple[str, list[str]]:
    """A status's content warning ("" without one) and its text's lines, without the mentions it
    opens with (whom it answers); an emoji drawn as an image its character."""
    spoiler = status.find(class_="status__content__spoiler-text")
    text = status.find("div", class_="status__content__text")
    if not isinstance(text, Tag):
        return one_line(spoiler), []
    emoji_as_text(text)
    _unaddress(text)
    return one_line(spoiler), [line for line in clean(raw_text(text)).split("\n") if line]


def _unaddress(text: Tag) -> None:
    """Drop the mentions (`span.h-card`) a reply opens with and the space after them."""
    paragraph = text.find("p") or text
    while True:
        first = next((node for node in paragraph.children if isinstance(node, Tag) or str(node).strip()), None)
        if not isinstance(first, Tag) or "h-card" not in first.get("class", ()):
            return
        after = first.next_sibling
        first.decompose()
        if isinstance(after, NavigableString):
            after.replace_with(after.lstrip(" \u00a0"))


def _mentioned(status: Tag) -> list[str]:
    """The user names a status's opening mentions link to (「https://mastodon.social/@mili」 → 「mili」)."""
    text = status.find("div", class_="status__content__text")
    paragraph = (text.find("p") or text) if isinstance(text, Tag) else None
    out = []
    for node in paragraph.children if isinstance(paragraph, Tag) else []:
        if isinstance(node, Tag) and "h-card" in node.get("class", ()):
            link = node.find("a", href=True)
            out.append(str(link["href"]).rstrip("/").rsplit("/@", 1)[-1].split("@")[0] if link else "")
        elif isinstance(node, Tag) or str(node).strip():
            break
    return out


def _comments(statuses: list[Tag], author: str) -> list[Comment]:
    """The thread's other statuses in the page's order, each a comment of its writer; the post's
    status opening with a mention of the writer of the status right before it answers that status
    (the same conversation), so a reader's question and the author's answer to it are read as one."""
    out: list[Comment] = []
    previous = thread = ""      # the user name of the status before, and the conversation it is in
    for number, status in enumerate(statuses):
        name = _name(status)
        answers = bool(previous) and previous in _mentioned(status)
        thread = thread if answers else str(number)
        warning, lines = _content(status)
        previous = _account(status)
        if lines:
            lines = [warning, *lines] if warning else lines
            out.append(Comment(name, tuple(lines), bool(author) and name == author, thread, answers))
    return out


def _subject(soup: BeautifulSoup, warning: str, lines: list[str]) -> str:
    """The thread's headline: the focused status's content warning (its writer's headline for it),
    else the `<title>`'s quoted opening of it, else its first line's first sentence when short."""
    quoted = _TITLE.match(one_line(soup.title))
    sentence = _SENTENCE_END.split(lines[0], maxsplit=1)[0].strip()
    return next((found for found in (warning, quoted.group(1).strip() if quoted else "", sentence)
                 if 0 < len(found) <= HEADING_MAX), "")
