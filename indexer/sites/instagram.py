"""Read an Instagram post — its caption and comments — as the browser saves it, as its reader sees it.

Pure: no I/O. Instagram draws a post's page as the left menu (Главная, Поисковый запрос… Ещё), the
picture, the header (the author's name, 「•」, 「Подписаться」, the place), then the comment list
`ul._a9z6` whose first item (`div[role=button] > li`) is the caption — the author's name an <h2>,
the caption itself an <h1> of `<br>` lines, its time 「4 дн.」 —, each comment a `li` holding
`div._a9zr`: the commenter's name an <h3> (the post's author's with the badge 「Автор」 in a span), the
text a `div._a9zs`, then `div._a9zt` with the time, the like count and 「Ответить」; the replies to a
comment stand in the `ul._a9yo` after it (「Скрыть ответы」 first), each opening with the @name of
whom it answers. Under the list stand the action buttons, the post's like count, the comment form,
「Ещё публикации от…」, the footer and the cookie dialog.

Read as a page (holdout88), the 1,500-character caption titled the article over the header's
chrome, the author's <h2> opened a part holding only the caption's time, every comment was a part
titled by its name (the badge glued on: 「baursak.bakery.kzАвтор」) with its time and like count glued
to its text, and no question met the author's reply.

`instagram_post` puts the post in the page's place as an `<article>`, read as a Facebook post is
(`indexer.sites.facebook`): the caption's first line titles it when short, the caption is its text line
by line (without its closing line of hashtags), then each comment and reply in the page's order is a
part headed by who wrote it, its text only, without the @name of whom it answers; a reader's
comment that asks, answered by the post's author in a reply to it, is a question with that answer.
Only a page Instagram made (its `og:site_name`) holding the comment list's caption is read.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HASHTAG_LINE, clean, one_line, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread

_LIST = "_a9z6"         # the comment list, the caption its first item
_BODY = "_a9zr"         # a caption's or comment's name, text and footer
_TEXT = "_a9zs"         # a comment's text (the caption's holds only its time)
_REPLIES = "_a9yo"      # the replies to a comment
_OWNER = frozenset({"Автор", "Author", "作者", "Автор публикации"})      # the badge beside the post's author's name
_MENTION = re.compile(r"^@([\w.]+)[\s,，:：]*")
_SENTENCE_END = re.compile(r"[。！!？?；;]")


@site_reader({_LIST}, gather_marks=True)
def instagram_post(soup: BeautifulSoup) -> None:
    """Put an Instagram post page's caption and comments in its place, as an `<article>` (see the
    module's docstring). `marks` are the page's (html_text.page_marks): a page without Instagram's
    comment list is left alone."""
    if soup.body is None or not _made_by_instagram(soup):
        return
    listed = soup.find(class_=_LIST)
    caption = listed.find("h1") if isinstance(listed, Tag) else None
    if caption is None:
        return
    author = one_line(caption.find_previous("h2"))
    lines = [line for line in clean(raw_text(caption)).split("\n") if line.strip()]
    if lines and HASHTAG_LINE.match(lines[-1]):
        lines.pop()         # the post's tags
    if not lines:
        return
    bodies = [body for body in listed.find_all("div", class_=_BODY) if body.find("h1") is None]
    names = {author} | {_name(body) for body in bodies}
    comments: list[Comment] = []
    thread = 0
    for body in bodies:
        reply = body.find_parent(class_=_REPLIES) is not None
        thread += not reply         # a comment opens a thread, its replies follow it
        if (comment := _comment(body, names, author, str(thread), reply)) is not None:
            comments.append(comment)
    subject, lines = _subject(lines)
    post_thread(soup, subject, lines, comments, author)


def _made_by_instagram(soup: BeautifulSoup) -> bool:
    """Instagram's own page: its `og:site_name` (a saved page's assets are copied beside it)."""
    site = soup.find("meta", property="og:site_name")
    return isinstance(site, Tag) and str(site.get("content", "")).strip().casefold() == "instagram"


def _name(body: Tag) -> str:
    """Who wrote a comment: its heading's link, not the 「Автор」 badge beside it."""
    heading = body.find(["h2", "h3"])
    link = heading.find("a") if isinstance(heading, Tag) else None
    return one_line(link if link is not None else heading)


def _comment(body: Tag, names: set[str], author: str, thread: str, reply: bool) -> Comment | None:
    """One comment's name, text (without the @name of whom it answers: a name on the page) and badge."""
    text = body.find(class_=_TEXT)
    lines = [line for line in clean(raw_text(text)).split("\n") if line.strip()] if isinstance(text, Tag) else []
    if lines and (mention := _MENTION.match(lines[0])) and mention.group(1) in names:
        lines[0] = lines[0][mention.end():]
    lines = [line for line in lines if line]
    if not lines:
        return None
    heading = body.find(["h2", "h3"])
    badge = isinstance(heading, Tag) and any(one_line(span) in _OWNER for span in heading.find_all("span"))
    name = _name(body)
    return Comment(name, tuple(lines), badge or name == author, thread, reply)


def _subject(lines: list[str]) -> tuple[str, list[str]]:
    """The post's headline: the caption's first line when short, without its end mark (a title that
    asks would make the post its answer), taken out of the text; else none (the page's <title>)."""
    first = _SENTENCE_END.split(lines[0], maxsplit=1)
    if len(lines) > 1 and len(lines[0]) <= HEADING_MAX and not first[1].strip():
        return first[0].strip(), lines[1:]
    return "", lines
