"""What the parser tests share: one article's fragments from a string, and what a reader sees of them.

Every reader's tests build a page by hand, cut it into fragments and compare (type, title, text)
triples: the three things a search result shows. Kept here so that the test files hold only pages
and expectations.
"""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def cut(html: str) -> list[Fragment]:
    """The fragments of one HTML page saved as page.html (readers that know their export by its file
    name, a chat's messages.html, cut with a `Source` of that name instead)."""
    return parse_source(Source("page.html", "page", html, "html", "0"))[1]


def texts(frags: list[Fragment]) -> list[tuple[str, str, str]]:
    """What a reader sees of each fragment: its type, title and text."""
    return [(f.type, f.title, f.text) for f in frags]


def drive2_comment(handle: str, name: str, text: str, replies: str = "", reply: bool = False, badge: str = "") -> str:
    """A comment card as Drive2 draws it (`div.c-comment`: the writer's link and badge, the text, the replies
    nested in it): the generic comment reader's page (`indexer.comments`), which the parser's tests share."""
    kind = "c-comment c-comment--reply" if reply else "c-comment"
    mark = f" <span class='c-badge'>{badge}</span>" if badge else ""
    return (f"<div class='{kind}'><div class='c-comment__author'><a class='c-username' href='/u/{handle}'>{name}</a>"
            f"{mark}</div><div class='c-comment__text'>{text}</div>{replies}</div>")


def all_text(frags: list[Fragment]) -> str:
    """Every title and text of a page, one string: what a test looks for anywhere in it (a reader's guard:
    markup on a page the site did not serve is left alone, its words still there)."""
    return "\n".join(f.title + "\n" + f.text for f in frags)
