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

from indexer.html_text import clean, emoji_as_text, one_line, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread

# the marks the web app's status page bears: its root, the focused status, a status's text
MARKS = ("#mastodon", "detailed-status", "status__content__text")
_TITLE = re.compile(r'^.*?:\s*[“"](.+?)[”"]\s*-\s*[^-]+$')   # 「阿哲 🎓: "長文｜…" - formosa.social」
_SENTENCE_END = re.compile(r"[。！!？?；;]")


@site_reader(MARKS, gather_marks=True)
def mastodon_status(soup: BeautifulSoup) -> None:
    """Put a Mastodon status page's thread in its place, as an `<article>` (see the module's
    docstring). `marks` are the page's (html_text.page_marks): a page without Mastodon's web app
    and its focused status is left alone."""
    if soup.body is None:
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


# the marks Pleroma's and Akkoma's static front end (static-fe) gives a thread's page: its root, its statuses,
# a status's text
STATIC_FE_MARKS = ("static-fe", "activity", "e-content")
_STATIC_TITLE = re.compile(r'^.*?:\s*[“"](.+?)[”"]\s*(?:[—–-]\s*[^—–-]+)?$')  # 「aidos (@aidos@…): "…" — qazaq.dev social」


@site_reader(STATIC_FE_MARKS, gather_marks=True)
def pleroma_static(soup: BeautifulSoup) -> None:
    """Put a Pleroma or Akkoma static-fe thread page's thread in its place, as an `<article>` read as
    `mastodon_status` reads Mastodon's (see the module's docstring); any other page is left alone.

    The static front end (what a Pleroma or Akkoma instance serves a visitor without JavaScript) draws the
    navbar, the banner 「This is a static rendering of a thread. For the full experience, open it in
    Pleroma-FE.」, the focused status (`div.activity`: the `p-author h-card` with `bdi.display-name` and
    `span.nickname`, the `e-content` text, `activity-meta` with the date, visibility and counters), then its
    replies (`div.replies > div.activity.reply`, each opening with h-card mentions) and the footer. Read as a
    page (holdout135), the article was titled by the `<title>` and the banner was its only text, the post's
    bold first line (its writer's headline) made its introduction a question, and the replies lost their
    writers and were glued into two 「评论」 parts cut by length. The post's text keeps its markup (bold-line
    headings, lists: they are read as any page's); its headline is a first paragraph all bold, else the
    `<title>`'s quoted opening when not cut short (「…」), else its first sentence; a hashtag line is no text.
    """
    if soup.body is None:
        return
    app = soup.find(class_="static-fe")
    statuses = app.find_all("div", class_="activity") if isinstance(app, Tag) else []
    if not statuses or "reply" in statuses[0].get("class", ()):
        return
    post, replies = statuses[0], [status for status in statuses[1:] if "reply" in status.get("class", ())]
    text = post.find("div", class_="e-content")
    if not isinstance(text, Tag):
        return
    author = _static_name(post)
    emoji_as_text(text)
    _drop_hashtag_lines(text)
    blocks = [child for child in text.children if isinstance(child, Tag) and clean(raw_text(child))]
    if not blocks:
        return
    headline = _bold_line(blocks[0])
    if headline:
        blocks = blocks[1:]
    comments: list[Comment] = []
    previous = thread = ""
    for number, reply in enumerate(replies):
        name = _static_name(reply)
        content = reply.find("div", class_="e-content")
        if not isinstance(content, Tag):
            continue
        answers = bool(previous) and previous in _static_mentioned(content)
        thread = thread if answers else str(number)
        previous = _static_account(reply)
        emoji_as_text(content)
        _unaddress(content)
        lines = [line for line in clean(raw_text(content)).split("\n") if line]
        if lines:
            comments.append(Comment(name, tuple(lines), bool(author) and name == author, thread, answers))
    quoted = _STATIC_TITLE.match(one_line(soup.title))
    cut = quoted.group(1).strip() if quoted else ""
    first = clean(raw_text(blocks[0])) if blocks else ""
    sentence = _SENTENCE_END.split(first, maxsplit=1)[0].strip()
    subject = next((found for found in (headline, "" if cut.endswith(("…", "...")) else cut, sentence)
                    if 0 < len(found) <= HEADING_MAX), "")
    for block in blocks:
        block.extract()
    post_thread(soup, subject, [], comments, author, blocks)


def _static_name(status: Tag) -> str:
    """A static-fe status's writer: the display name (`bdi.display-name`), else the @nickname."""
    author = status.find(class_="p-author")
    return (one_line(author.find(class_="display-name")) or one_line(author.find(class_="nickname"))) \
        if isinstance(author, Tag) else ""


def _static_account(status: Tag) -> str:
    """A static-fe status's writer's user name: the last part of the author's profile link
    (「https://mastodon.kz/@zhanna_iot」, 「https://social.qazaq.dev/users/aidos」 → 「zhanna_iot」, 「aidos」)."""
    author = status.find(class_="p-author")
    link = author.find("a", href=True) if isinstance(author, Tag) else None
    return _user(str(link["href"])) if isinstance(link, Tag) else ""


def _user(href: str) -> str:
    """The user name a profile link names, Mastodon's 「/@name」 or Pleroma's 「/users/name」."""
    return href.rstrip("/").rsplit("/", 1)[-1].lstrip("@").split("@")[0]


def _static_mentioned(content: Tag) -> list[str]:
    """The user names the mentions opening a static-fe status's text link to."""
    paragraph = content.find("p") or content
    out = []
    for node in paragraph.children:
        if isinstance(node, Tag) and "h-card" in node.get("class", ()):
            link = node.find("a", href=True)
            out.append(_user(str(link["href"])) if link else "")
        elif isinstance(node, Tag) or str(node).strip():
            break
    return out


def _drop_hashtag_lines(text: Tag) -> None:
    """Drop the paragraphs that are only hashtag links (「#气象站 #IoT」): the status's tags, no text."""
    for paragraph in text.find_all("p"):
        if paragraph.find("a", class_="hashtag") is not None and not clean("".join(
                node for node in paragraph.strings if node.find_parent("a", class_="hashtag") is None)):
            paragraph.decompose()


def _bold_line(block: Tag) -> str:
    """A paragraph that is all bold (`<b>`, `<strong>`): its text, the headline its writer set it as; else ""."""
    if block.name != "p":
        return ""
    text = clean(raw_text(block))
    bold = "".join(clean(raw_text(tag)) for tag in block.find_all(["b", "strong"]) if tag.find_parent(["b", "strong"]) is None)
    return text if text and bold == text else ""
