"""A Microsoft Sway story as the browser saves it (its player page, sway.cloud.microsoft / sway.office.com).

Pure: no I/O. Sway's player lays the story out as cards, each a `div.Card` of its kind
(`data-card-type`: Title, Heading1, Text, NumberedList, BulletedList, Table, Image…), the cards of a
heading's part in a `section.Section`, around them the player's frame (the top bar, the cookie notice,
the footer 「使用 Sway 建立」 / 「檢舉濫用」) which the chrome rules take already. The title card holds the
story's title in an `<h1>`, but a heading card holds its heading in no heading tag: a
`div.HeadingText` the player marks as one for assistive technology alone (`role="heading"
aria-level="2"`).

Read as it stood (holdout79), no heading was a heading: every part was titled by the story's title,
each heading a line glued to the fragment before or after it (「捐血送手機儲值與網路流量」 ending the list
of the part before), the passages cut across the text cards without regard to the parts, and the
numbered list card's items were steps of the story's title.

`sway_story` makes each heading card's text the heading it is drawn as: an `<h2>` … `<h6>` of its
`aria-level` (else of its card's kind, 「Heading1」 under the title's `<h1>` an `<h2>`), so each part's
text, lists and tables are under their heading and a numbered list card is the steps of its part.

Detected strictly by the player's marks: the body's `SwayPlayer` class and the heading text's
`HeadingText` class (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

_PLAYER = "SwayPlayer"
_HEADING_TEXT = "HeadingText"
_HEADING_CARD = re.compile(r"^Heading(\d)$")


@site_reader({_PLAYER, _HEADING_TEXT}, gather_marks=True)
def sway_story(soup: BeautifulSoup) -> None:
    """Make a Sway story's heading cards headings (see the module's docstring). A page of any other
    kind is unchanged."""
    for text in soup.find_all("div", class_=_HEADING_TEXT):
        level = _level(text)
        if level is not None:
            text.name = f"h{level}"
            for name in ("role", "aria-level"):
                text.attrs.pop(name, None)


def _level(text: Tag) -> int | None:
    """The heading's level: its `aria-level`, else one below the title for its card's 「HeadingN」."""
    if text.get("role") == "heading" and str(text.get("aria-level", "")).strip().isdigit():
        return min(max(int(str(text["aria-level"]).strip()), 2), 6)
    card = text.find_parent("div", class_="Card")
    kind = _HEADING_CARD.match(str(card.get("data-card-type", ""))) if card is not None else None
    return min(int(kind.group(1)) + 1, 6) if kind else None
