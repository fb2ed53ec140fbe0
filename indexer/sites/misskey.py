"""Read a Misskey note with its replies as the web client shows it, saved by the browser.

Pure: no I/O. A note's page (Misskey 2024, a logged-out visitor) is the web client drawn in
`div#misskey_app`, the page marked by its `<meta name="application-name" content="Misskey">`: the
navigation, the column header 「ノート」, the note as the one `<article>` of the `<main>` (its head: the
avatar, the display name `a.name`, `span.username`, the time and 「公開」; its text `.xtext` of
`<span>` lines typed with `<br>`, hashtag links closing it; the reactions and 返信 / リノート buttons in
its `<footer>`; the 「date · Misskey Web」 info line), then the replies as `.xreply` cards (a reply to the
reply before it classed `xreply-child`), each with its head, its text opening with the 「@account」 it
answers and its buttons, and the widgets beside. Read as a page, every fragment was titled by the
`<title>` (「name のノート | instance」), the note's head opened the first one, its 「■」 lines (the
headings a writer types in a note that has no markup for them) were plain lines, its numbered lines
steps of the note instead of the part they stand in, the hashtags and the info line closed the last
part, and the replies, outside the `<article>`, were lost.

`misskey_note` puts the note in the page's place as an `<article>` read as a forum thread is
(`facebook.post_thread`, as a Mastodon status is: `indexer.sites.mastodon`): the note's first line titles it
when short; each line is a paragraph of its own, a 「■」 line a part's heading without its glyph, so a
numbered run under it is that part's procedure; the hashtag line goes. Each reply, in the page's order,
is a part headed by its writer (the note's author 「name（楼主）」), without the mentions it opens with;
a reader's reply that asks answered by the author's reply right under it is a question with that answer.
Heads, times, reactions, buttons, the info line, navigation and widgets are no text. A run of glyph lines
is a list (its glyphs bullets), not headings.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HASHTAG_LINE, TITLE_GLYPH, clean, emoji_as_text, one_line, raw_text
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread

_SENTENCE_END = re.compile(r"[。！!；;，,]")     # a line ending so is a sentence, no title
_MENTIONS = re.compile(r"^(?:@[\w.-]+(?:@[\w.-]+)?\s*)+")      # 「@kz_dogdad 」 opening a reply


def misskey_note(soup: BeautifulSoup) -> None:
    """Put a Misskey note page's note and replies in its place, as an `<article>` (see the module's
    docstring); a page without Misskey's client and its one note is left alone."""
    if soup.find("meta", attrs={"name": "application-name", "content": "Misskey"}) is None \
            or soup.body is None:
        return
    app = soup.find("div", id="misskey_app")
    notes = app.select("main article") if isinstance(app, Tag) else []
    if len(notes) != 1:
        return          # a timeline: many notes, no one article
    note = notes[0]
    lines = _lines(note)
    if not lines:
        return
    author = _name(note)
    subject = lines[0] if len(lines[0]) <= HEADING_MAX and not TITLE_GLYPH.match(lines[0]) else ""
    body = [line for line in (lines[1:] if subject else lines) if not HASHTAG_LINE.match(line)]
    blocks = [_block(soup, line, body[k - 1] if k else "", body[k + 1] if k + 1 < len(body) else "")
              for k, line in enumerate(body)]
    post_thread(soup, subject, [], _replies(app, author), author, blocks)


def _lines(card: Tag) -> list[str]:
    """A note's text (`.xtext`) as its lines, an emoji drawn as an image its character."""
    text = card.find(class_="xtext")
    if not isinstance(text, Tag):
        return []
    emoji_as_text(text)
    return [line for line in clean(raw_text(text)).split("\n") if line]


def _name(card: Tag) -> str:
    """A note's writer: the display name (`a.name`), else the account."""
    return one_line(card.find("a", class_="name")) or one_line(card.find(class_="username"))


def _block(soup: BeautifulSoup, line: str, before: str, after: str) -> Tag:
    """A line of the note: a short 「■」 line between lines without one, text under it, a part's heading
    (without its glyph), any other a paragraph — a run of 「●」 lines is a list, its glyphs bullets."""
    title = TITLE_GLYPH.sub("", line)
    if title != line and title and len(title) <= HEADING_MAX and after and not TITLE_GLYPH.match(after) \
            and not TITLE_GLYPH.match(before) and not _SENTENCE_END.search(title[-1]):
        return soup.new_tag("h2", string=title)
    return soup.new_tag("p", string=line)


def _replies(app: Tag, author: str) -> list[Comment]:
    """The replies in the page's order, each a comment of its writer; a card classed `xreply-child`
    answers the card before it (the same conversation), so a reader's question and the author's
    answer to it are read as one."""
    out: list[Comment] = []
    thread = ""
    for number, card in enumerate(app.find_all(class_="xreply")):
        child = "xreply-child" in card.get("class", ())
        thread = thread if child and thread else str(number)
        lines = _lines(card)
        if lines:
            lines[0] = _MENTIONS.sub("", lines[0])
        lines = [line for line in lines if line]
        name = _name(card)
        if lines:
            out.append(Comment(name, tuple(lines), bool(author) and name == author, thread, child))
    return out
