"""Read a Bluesky post with its thread as the web app (bsky.app) shows it, saved by the browser.

Pure: no I/O. A post's page is react-native-web markup (`css-175oi2r` / `css-146c3p1` and atomic
`r-…` classes) whose parts the app names by `data-testid`: the left nav, `postThreadScreen` with the
header 「貼文」 (`headerHeader`), the anchor post (`postThreadItem-by-<handle>`: avatar, display name
and handle, `postText` with `<br>` lines and hashtag links, the full date, 「· 所有人都可以回覆」, the
repost / quote / like counts, the action row), the reply prompt (`replyPromptBtn` 「寫下你的回覆」),
the sort menu 「排序：熱門 ▾」, then each reply a `postThreadItem-by-<handle>` holding a
`div[role=link]` post (`postMeta`: display name, handle, 「·」, date; `postText`; `postCtrls` with the
reply / repost / like counts), nested by its `padding-left`, the hidden-replies note and the right
column (search, feeds, trending, footer links). Read as a page, the article was titled by the tab's
`<title>` (「@handle on Bluesky」), the header, prompt, sort menu and note were text, and the replies
ran together in fragments cut by length, each reply's name, handle and date ending the one before.

`bluesky_thread` puts the thread in the page's place as an `<article>` read as a forum thread is
(`facebook.post_thread`): the anchor post is the post, titled by its first question when short (the
thread asks it), else its first sentence when short; each reply in the page's order is a part
headed by its writer (the anchor's author 「name（楼主）」). A reply nested right under the one before
answers it, and a nested reply of the anchor's author answering a reader's question is read with it
as a question and its answer. Names, handles, dates, counters, buttons, prompts, notes and panels are
no text.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, emoji_as_text, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread

# the marks of the web app's markup: react-native-web's base classes and its test ids
MARKS = ("css-175oi2r", "css-146c3p1", "@data-testid")
_ITEM = re.compile(r"^postThreadItem-by-(.+)$")
_INDENT = re.compile(r"padding-left\s*:\s*(\d+)")
_SENTENCE = re.compile(r"[^。！!？?；;]*[。！!？?；;]?")


@site_reader(MARKS, gather_marks=True)
def bluesky_thread(soup: BeautifulSoup) -> None:
    """Put a Bluesky post page's thread in its place, as an `<article>` (see the module's
    docstring). `marks` are the page's (html_text.page_marks): a page without the web app's
    thread screen and its anchor post is left alone."""
    if soup.body is None:
        return
    screen = soup.find(attrs={"data-testid": "postThreadScreen"})
    if not isinstance(screen, Tag):
        return
    items = [item for item in screen.find_all(attrs={"data-testid": _ITEM})
             if item.find_parent(attrs={"data-testid": _ITEM}) is None]
    if not items or items[0].find(attrs={"role": "link", "aria-label": True}) is not None:
        return      # no anchor post (its item is no link to a post of its own)
    anchor, replies = items[0], items[1:]
    lines = _lines(anchor)
    if not lines:
        return
    author = _name(anchor)
    post_thread(soup, _subject(lines), lines, _comments(replies, author), author)


def _name(item: Tag) -> str:
    """A post's writer: the display name (the anchor's profile link, a reply's first line of its
    `postMeta`), else the handle its item names."""
    meta = item.find(attrs={"data-testid": "postMeta"})
    if isinstance(meta, Tag):
        first = meta.find(class_="css-146c3p1")
        name = clean(raw_text(first)).strip() if isinstance(first, Tag) else ""
    else:
        link = item.find("a", attrs={"aria-label": True, "href": re.compile(r"^/profile/[^/]+$")})
        name = str(link["aria-label"]).strip() if isinstance(link, Tag) else ""
    return name or _ITEM.match(str(item["data-testid"])).group(1)


def _lines(item: Tag) -> list[str]:
    """A post's text's lines (`postText`, its `<br>` lines), an emoji drawn as an image its character."""
    text = item.find(attrs={"data-testid": "postText"})
    if not isinstance(text, Tag):
        return []
    emoji_as_text(text)
    return [line.strip() for line in clean(raw_text(text)).split("\n") if line.strip()]


def _indent(item: Tag) -> int:
    found = _INDENT.search(str(item.get("style", "")))
    return int(found.group(1)) if found else 0


def _comments(replies: list[Tag], author: str) -> list[Comment]:
    """The replies in the page's order, each a comment of its writer; a top-level reply and the
    replies nested under it are one conversation, and a reply nested deeper than the one right
    before it answers that one."""
    out: list[Comment] = []
    thread, previous = "", -1
    for number, item in enumerate(replies):
        indent = _indent(item)
        answers = previous >= 0 and indent > previous
        thread = thread if indent > 0 and thread else str(number)
        previous = indent
        lines = _lines(item)
        if lines:
            name = _name(item)
            out.append(Comment(name, tuple(lines), bool(author) and name == author, thread, answers))
    return out


def _subject(lines: list[str]) -> str:
    """The thread's headline: the anchor post's first question when short, else its first sentence
    when short, without its end mark (as `facebook._subject`)."""
    sentences = [sentence.strip() for line in lines for sentence in _SENTENCE.findall(line) if sentence.strip()]
    asking = [sentence for sentence in sentences if sentence[-1] in "？?"]
    found = next((sentence for sentence in [*asking[:1], *sentences[:1]] if len(sentence) <= HEADING_MAX), "")
    return found.rstrip("。！!？?；;")     # a title that asks would make the post its own answer
