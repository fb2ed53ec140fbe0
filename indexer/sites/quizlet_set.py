"""A Quizlet study set (flashcards) as the browser saves its page.

Pure: no I/O. Quizlet's set page (its assets from assets.quizlet.com, 「… Flashcards | Quizlet」) draws
in `main.SetPage` the set's title (`h1.SetPageHeader-title`) and rating, the study modes (Flashcards,
Learn, Test…), the set's information (`div.UserLink` 「Created by … · Teacher」 over the
description), then 「Terms in this set (13)」 over the cards: each a `div.SetPageTerms-term` of its
term (`div.SetPageTerm-wordText`) and its definition (`div.SetPageTerm-definitionText`), each a
`span.TermText` whose lines (the card's text is pre-wrapped: 「1. …」 lines typed in it) are newlines;
then Share / Print / Export and the 「Students also studied」 box of other sets' names.

Read as it stood (holdout130), the terms were spans in divs, no titles: the cards were glued two to
five into fragments cut by size under 「Terms in this set (13)」, a card cut across two of them
(its term ending one, its definition opening the next), the steps typed in a card titled by the
list's heading, 「Created by …」 kept as the set's text and the other sets' names a part of their own.

`quizlet_set` writes each card as a part: its term a heading over its definition, one paragraph a
line (so a card's numbered lines are its steps); a card whose term asks (「問：…」) over an answer
(「答：…」) stays the two lines the parser reads as a Q&A. The list's heading (the app's words and
count), the creator's line, the study modes and the 「Students also studied」 box go. Detected by the card classes
(html_text.page_marks) on a page loading Quizlet's assets.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_classed, one_line, site_reader

_ASSETS = re.compile(r"https?://assets\.quizlet\.com/")
_CARD = "SetPageTerms-term"
_TERM = "SetPageTerm-wordText"
_DEFINITION = "SetPageTerm-definitionText"
# the app's own text about the set: who made it, the study modes, the list's heading, other sets to study
_CHROME = ("UserLink", "SetPageModes", "SetPageTerms-header", "SetPageStudiers")


@site_reader({_CARD, _TERM, _DEFINITION}, assets=_ASSETS, gather_marks=True)
def quizlet_set(soup: BeautifulSoup) -> None:
    """Write a Quizlet set's cards as parts, each titled by its term (see the module's docstring).
    A page of any other kind is unchanged."""
    from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX     # (parse imports this module's caller)
    cards = soup.find_all("div", class_=_CARD)
    if not cards:
        return
    for card in cards:
        term, definition = card.find("div", class_=_TERM), card.find("div", class_=_DEFINITION)
        if not isinstance(term, Tag) or not isinstance(definition, Tag):
            continue
        word = one_line(term)
        lines = [" ".join(line.split()) for line in definition.get_text().split("\n")]
        lines = [line for line in lines if line]
        if not word or not lines:
            continue
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        asked = QUESTION_PREFIX.match(word) and ANSWER_PREFIX.match(lines[0])
        head = f"<p>{html.escape(word)}</p>" if asked else f"<h3>{html.escape(word)}</h3>"
        card.clear()
        card.append(BeautifulSoup(f"<div>{head}{paragraphs}</div>", "html.parser").div)
    drop_classed(soup, _CHROME)
