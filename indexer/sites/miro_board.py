"""A Miro board saved from its accessible text view (the board's 「text view」 for screen readers).

Pure: no I/O. The text view lists the board's frames, each a `section.frame` under its
`h2.frame__title`, holding its widgets in board order: text, tables, lists and sticky notes, each note a
`div.sticky-note` (its colour in `data-color`); around them the board's frame (the cookie notice, the
top bar with the board's name, avatars and Present / Share, the creation toolbar, the zoom bar), which
the chrome rules take already.

Read as it stood (holdout194), the notes of a frame were one passage: three or four notes that different
people wrote about different things (「Went well 👍」's video calls, check list and antenna) answered any
question about one of them together, and the note under a table (the router deposit) was glued to the
table's rows.

`miro_board` sets each sticky note (and each connector's label, `div.connector`) apart from what comes
before it in its frame by a rule, so each note is a passage of its own under its frame's title (a note
typed 问：/答： stays a Q&A) and a connector's label is not glued to the frame's last note. The connector's
ends (`data-from` / `data-to`, 「sticky-3」) name no element of the page, so the label stays where the
board lists it rather than beside the notes it joins.

Detected strictly by the text view's marks: the `sticky-note` and `frame__title` classes
(html_text.page_marks).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

_MARKS = frozenset({"sticky-note", "frame__title"})


@site_reader(_MARKS, gather_marks=True)
def miro_board(soup: BeautifulSoup) -> None:
    """Make each sticky note of a Miro board's text view a passage of its own (see the module's
    docstring). A page of any other kind is unchanged."""
    for note in soup.find_all("div", class_=("sticky-note", "connector")):
        before = note.find_previous_sibling(True)
        if isinstance(before, Tag) and "frame__title" not in (before.get("class") or []):
            note.insert_before(soup.new_tag("hr"))
