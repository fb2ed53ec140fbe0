"""A Word for the web (Word Online, OneDrive / SharePoint) document as the browser saves its editor page.

Pure: no I/O. The editor draws each paragraph as a `p.Paragraph` in a `div.OutlineElement`, its runs
in `span.TextRun` / `span.NormalTextRun`; around them the Office suite's frame (the app header, the
ribbon, the comments pane, the status bar), which the chrome rules take already. A heading is no
heading tag: its paragraph is marked one for assistive technology alone (`role="heading"
aria-level="2"`, the document's title `aria-level="1"`). A list is a `ul.BulletListStyleN` whatever its
numbering: a numbered list's items say so only by their level's format, `data-leveltext="%1."` (a
bulleted one's is its bullet character).

Read as it stood (holdout194), no heading was a heading: every part was titled by the document's title
and cut by length across the headings (「二、直播背包和赛场网络」 a line in the middle of a fragment), and
the numbered list's items were lines, not steps.

`word_online` makes each heading paragraph the heading it is drawn as (an `<h1>` … `<h6>` of its
`aria-level`), so each part's text, lists and tables are under their heading, and a list whose items'
format holds a number placeholder (`%1`) an `<ol>`, so a numbered list is the steps of its part.

Detected strictly by the editor's marks: the `OutlineElement` and `NormalTextRun` classes
(html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import site_reader

_MARKS = frozenset({"OutlineElement", "NormalTextRun"})
_NUMBERED = re.compile(r"%\d")     # a level's format naming its number: 「%1.」, 「%1)」, 「(%1)」


@site_reader(_MARKS, gather_marks=True)
def word_online(soup: BeautifulSoup) -> None:
    """Make a Word for the web document's heading paragraphs headings and its numbered lists ordered lists
    (see the module's docstring). A page of any other kind is unchanged."""
    for para in soup.find_all("p", attrs={"role": "heading"}):
        level = str(para.get("aria-level", "")).strip()
        if level.isdigit() and para.find_parent(class_="OutlineElement") is not None:
            para.name = f"h{min(max(int(level), 1), 6)}"
            for name in ("role", "aria-level"):
                para.attrs.pop(name, None)
    for listing in soup.find_all("ul"):
        items = listing.find_all("li", recursive=False)
        if items and all(_NUMBERED.search(str(item.get("data-leveltext", ""))) for item in items):
            listing.name = "ol"
