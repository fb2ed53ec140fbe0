"""A Scribe guide shared as a page (scribehow.com/shared/…) as the browser saves it.

Pure: no I/O. Scribe's viewer (a Next.js app, `og:site_name` 「Scribe」) draws the guide in `<main>`: the
document title h1, a meta line (author, 「15 steps」, created date), the description, then its blocks, each
named by a `data-testid`: a `heading-block` (an h2), a `text-block`, an `alert-block` (an icon span
`AlertBlock_icon…` 「⚠️」 / 「💡」 before its paragraph) and the recorded steps, each a `step-card`: a header of the
number badge (`span.StepCard_number…` 「1」) and the description (`div[data-testid=step-description]`), then the
screenshot (`div.StepCard_screenshot…`: the picture and its caption 「登录页：输入 +7 开头的号码」).

Read as it stood (holdout113), no card was a step: each part's cards were one passage of bare number lines
(「1」…「15」), descriptions and captions, cut at its size limit between step 6's number and its text, and an
alert's icon 「⚠️」 closed the steps while its text was a passage of its own.

`scribe_guide` reads each run of step cards one after another as the ordered list the guide shows: an item per
card, its description; the badge goes (the list numbers its items) and so does the screenshot with its caption —
a caption names the picture Scribe took of the screen (「类别列表」), which a search result does not show, and
read as a line of the step it would be taken for its last sentence. An alert loses its icon, a paragraph of
its part (after the part's steps, it joins the part's text as any paragraph after a procedure does).
Detected by the page's `data-testid` marks and Scribe's site name (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import site_named, site_reader

_SITE = re.compile(r"^Scribe$", re.I)
_STEP = "step-card"
_ICON = re.compile(r"^AlertBlock_icon")
_SCREENSHOT = re.compile(r"^StepCard_(screenshot|number)")


@site_reader({"@data-testid"}, gather_marks=True)
def scribe_guide(soup: BeautifulSoup) -> None:
    """Read a Scribe guide's step cards as ordered lists and its alerts without their icons (see the
    module's docstring). A page of any other kind is unchanged. `marks` are the page's."""
    if not site_named(soup, _SITE):
        return
    cards = soup.find_all(attrs={"data-testid": _STEP})
    for card in cards:
        if card.parent is not None and not _follows_card(card):
            _list_run(soup, card)
    for alert in soup.find_all(attrs={"data-testid": "alert-block"}):
        for icon in alert.find_all(class_=_ICON):
            icon.decompose()


def _follows_card(card: Tag) -> bool:
    """The card comes right after another card (only white space between): it is no run's first."""
    before = card.previous_sibling
    while isinstance(before, NavigableString) and not before.strip():
        before = before.previous_sibling
    return isinstance(before, Tag) and before.get("data-testid") == _STEP


def _list_run(soup: BeautifulSoup, first: Tag) -> None:
    """The run of cards from `first` as one <ol>: each item a card's description."""
    run = [first]
    after = first.next_sibling
    while after is not None:
        if isinstance(after, Tag):
            if after.get("data-testid") != _STEP:
                break
            run.append(after)
        elif after.strip():
            break
        after = after.next_sibling
    listed = soup.new_tag("ol")
    first.insert_before(listed)
    for card in run:
        for part in card.find_all(class_=_SCREENSHOT):
            part.decompose()
        description = card.find(attrs={"data-testid": "step-description"})
        step = soup.new_tag("li")
        step.extend(list((description if isinstance(description, Tag) else card).contents))
        listed.append(step)
        card.decompose()
