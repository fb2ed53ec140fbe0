"""A node of a Texinfo manual as `makeinfo --html` writes it (Texinfo 6 and 7), one node a page.

Pure: no I/O. makeinfo writes each node as the navigation line (`div.header` in 6, `div.nav-panel` in 7:
Next / Previous / Up, [Contents][Index]) over the node's own heading (`h3.section 「4.3 …」`, its level the
node's: `h2.chapter`, `h4.subsection`…), its text, a menu of its subnodes (`table.menu`), then each
subnode's navigation line and heading, the footnotes of the page (`div.footnote` in 6, `div.footnotes-segment`
in 7: an `h4` 「Footnotes」, then each note's `h5` holding its back link `a#FOOT1` over its blocks) and the
navigation line again. The page's `<title>` is the node's name and the manual's (「Vending SIM (哈萨克斯坦物联网
SIM 卡接入手册)」), no words of the text. Read as it stood (holdout75):

- the `<title>` titled the article, not the node's heading;
- every `@table` (`dl compact="compact"` in 6, `dl.table` / `vtable` / `ftable` in 7) was term and
  definition lines of one passage: the troubleshooting table's four problems and their fixes
  (「账单突然多了几万坚戈」 over what to do) were one fragment, no term a title;
- the footnotes were two fragments titled '' under 「Footnotes」, away from the sentences citing them.

`texinfo_page` makes the node's heading the page's `<h1>` without its section number (「4.3 」; the
subnodes' numbers go as every heading's do), reads each `@table` entry as a collapsible titled by its
term (its `@itemx` terms joined by 「 / 」) over its description, so the fragmenter cuts each apart: a
question when the term asks, else a passage titled by it; and moves each footnote's blocks after the
block citing it, without its marker, as a reader who follows the number reads it (as bookdown's are:
`wiki_pages.bookdown_blocks`). A heading's 「 ¶」 link (`a.copiable-link`, shown on hover) goes. The navigation lines, the menu and the index anchors go by the general rules.

Detected strictly by makeinfo's generator meta (`<meta name="Generator" content="makeinfo">`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, clean, generated_by, raw_text, read_after, term_entries

_GENERATOR = re.compile(r"^\s*makeinfo\b", re.IGNORECASE)
# the classes makeinfo gives a sectioning command's heading (a node's own title)
_SECTIONING = frozenset({"top", "chapter", "section", "subsection", "subsubsection",
                         "unnumbered", "unnumberedsec", "unnumberedsubsec", "unnumberedsubsubsec",
                         "appendix", "appendixsec", "appendixsubsec", "appendixsubsubsec",
                         "chapheading", "heading", "subheading", "subsubheading", "majorheading"})
# a section's number before its words: 「4.3 」, 「A.1 」, 「12 」 (an appendix's letter, a chapter's number)
_NUMBER = re.compile(r"^(?:\d+|[A-Z])(?:\.\d+)*\s+(?=\S)")
_TABLES = frozenset({"table", "vtable", "ftable"})     # Texinfo 7's classes of @table, @vtable, @ftable
_NOTES = ("footnote", "footnotes-segment")             # the footnotes' part: Texinfo 6's, 7's
_CITING = ("p", "li", "dd", "td", "th", "pre", "blockquote")


def texinfo_page(soup: BeautifulSoup) -> None:
    """Title a makeinfo node page by its heading, read its @tables as titled entries and its footnotes
    where they are cited (see the module's docstring). A page of any other kind is unchanged."""
    head = soup.head        # (the meta is in the head: no walk of the whole page for other pages)
    if head is None or not generated_by(head, _GENERATOR):
        return
    for anchor in soup.find_all("a", class_=("copiable-link", "copiable-anchor")):
        anchor.decompose()      # a heading's 「 ¶」 link, shown on hover
    _node_title(soup)
    for table in soup.find_all("dl"):
        if table.has_attr("compact") or not _TABLES.isdisjoint(table.get("class", ())):
            term_entries(soup, table)
    for notes in soup.find_all("div", class_=_NOTES):
        _footnotes(soup, notes)


def _node_title(soup: BeautifulSoup) -> None:
    if soup.find("h1") is not None:
        return          # the Top node's page: the manual's title (h1.settitle) titles it
    heading = next((h for h in soup.find_all(list(HEADINGS)) if not _SECTIONING.isdisjoint(h.get("class", ()))), None)
    if heading is None:
        return
    words = _NUMBER.sub("", clean(raw_text(heading)).replace("\n", " "), count=1)
    if words:
        heading.clear()
        heading.string = words
        heading.name = "h1"


def _footnotes(soup: BeautifulSoup, notes: Tag) -> None:
    """Each note's blocks after the block citing it; the part goes when no note is left in it."""
    for back in notes.find_all("a", id=True, href=re.compile(r"^#.")):
        marker = soup.find("a", id=str(back["href"])[1:], href=f"#{back['id']}")
        heading = back.find_parent(list(HEADINGS))
        block = marker.find_parent(_CITING) if isinstance(marker, Tag) else None
        if block is None or heading is None or notes in block.parents:
            continue
        body = []
        for sibling in heading.find_next_siblings():
            if sibling.name in HEADINGS:
                break
            body.append(sibling)
        if not body:
            continue
        marker.decompose()
        heading.decompose()
        read_after(block, body)
    if notes.find(lambda tag: tag.name in HEADINGS and tag.find("a", id=True, href=True)) is None:
        notes.decompose()
