"""A Nabble (nabble.com) forum topic in its classic view, as the browser saves it — a forum's thread or a mailing
list's archived thread.

Nabble's topic page (its stylesheets and scripts under nabble.com) sets a top bar (the breadcrumbs, Search |
Register | Login), the search box, the topic's `h1#post-title`, the buttons 「Reply | Threaded | Print | 5 messages
Options」 (`div.topic-buttons`), then `table.classic-table` of `tr.classic-row`s, one a post: `td.classic-author-name`
(the avatar, the author's link, `div.post-count` 「87 posts」), `td.classic-subject-line` (the date
`span.post-date` 「Nov 18, 2026; 9:42pm」, the subject `span.classic-subject` 「Re: …」, the text
`div.message-text` typed with <br>s: a quote of the post it answers `div.shrinkable-quote` 「> … ... [show rest of
quote]」, a mail's signature after a line 「-- 」); under the table 「« Return to <forum> | 1,284 views」 and the
「Powered by Nabble」 footer.

Read as it stood (holdout261): the buttons opened the thread's text, each post's date and subject line was text and
the next post's ended the previous post's fragment, the authors (and so who asked, who answered) were gone, the
signature and the quotes' 「... [show rest of quote]」 were content, and the last posts ran into one another and into
the footer. `nabble_topic` reads the thread as `threads.forum_thread` reads a forum's: the topic's title the subject,
the first post its text, each reply a part headed by its author (the poster's 「（楼主）」); a reply's quote goes (the
post it quotes is on the page), and so does a signature of a few short lines after 「-- 」; dates, subjects, post
counts, buttons and footer are the site's.

Detected by the page's marks (`classic-row`, `message-text`) on a page loading Nabble's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader
from indexer.sites.threads import authored, post_text, thread_article

MARKS = frozenset({"classic-row", "message-text"})
_ASSETS = re.compile(r"^https?://(?:[\w-]+\.)?nabble\.com/")
_SIGNATURE = re.compile(r"^\s*--\s*$")          # a mail's signature separator 「-- 」, alone on its line
SIGNATURE_LINES = 4         # the longest signature a post carries (a mail's convention: four lines at most)


@site_reader(MARKS, assets=_ASSETS)
def nabble_topic(soup: BeautifulSoup) -> None:
    """Put a Nabble topic (classic view) in its page's place as a thread (see the module's docstring). A page of any
    other kind is unchanged."""
    subject = one_line(soup.find(id="post-title")) or one_line(soup.find("h1"))
    posts: list[tuple[Tag, str]] = []
    for row in soup.find_all("tr", class_="classic-row"):
        text = row.find("div", class_="message-text")
        if not isinstance(text, Tag):
            continue
        for quote in text.find_all("div", class_="shrinkable-quote"):
            quote.decompose()       # the post it quotes is on the page already
        _cut_signature(text)
        cell = row.find("td", class_="classic-author-name")
        author = cell.find("a") if isinstance(cell, Tag) else None
        posts.append((post_text(soup, text), one_line(author)))
    if subject and posts:
        thread_article(soup, subject, authored(posts))


def _cut_signature(text: Tag) -> None:
    """Drop the signature a post ends with: from a line 「-- 」 to its end, when a few short lines follow it (a longer
    text after such a line is the post's own, a rule its writer typed)."""
    for node in text.find_all(string=_SIGNATURE, recursive=False):
        rest = [line for line in "\n".join(s.get_text() if isinstance(s, Tag) else str(s)
                                           for s in node.next_siblings).split("\n") if line.strip()]
        if len(rest) <= SIGNATURE_LINES and all(len(line.strip()) <= 60 for line in rest):
            for sibling in list(node.next_siblings):
                sibling.extract()
            node.extract()
            return
