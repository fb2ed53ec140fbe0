"""A Retype documentation page as the browser saves it (Retype 3's default theme).

Pure: no I/O. Retype writes its generator meta (「Retype 3.6.0」) and draws a page's text in `<main>`:
the headings with their `a.header-anchor` 「#」, the Markdown's blocks, its `!!!` callouts as a
`div.doc-callout` (kind classes `doc-callout-info`, `doc-callout-warning`…) of a `div.doc-callout-title`
(「Info」, 「Warning」: the kind, dropped by the generic callout pass) over the callout's paragraphs, then the
page's 「Edit this page」 link (`div.retype-edit-link`), Previous / Next and 「Last updated」.

Read as it stood (holdout102), a callout after a FAQ's last 「问：…」/「答：…」 pair (「诊所不会通过短信要您付款…」)
was more of the last answer, followed by the chrome 「Edit this page」 kept as text.

`retype_page` sets each callout apart by a rule, a passage of its own titled by its section (as
Bookdown's custom blocks and Canvas's unlabelled callouts are, `wiki_pages.bookdown_blocks`), and drops the
edit link. Detected by the generator meta and Retype's `doc-callout` class (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import page_marks

_GENERATOR = re.compile(r"^Retype\b", re.I)


def retype_page(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Set a Retype page's callouts apart by a rule and drop its edit link (see the module's
    docstring). A page of any other kind is unchanged."""
    marks = page_marks(soup) if marks is None else marks
    if "doc-callout" not in marks and "retype-edit-link" not in marks:
        return
    if soup.find("meta", attrs={"name": "generator", "content": _GENERATOR}) is None:
        return
    for link in soup.find_all("div", class_="retype-edit-link"):
        link.decompose()
    for box in soup.find_all("div", class_="doc-callout"):
        if isinstance(box, Tag) and box.parent is not None and box.get_text(strip=True):
            box.insert_before(soup.new_tag("hr"))
