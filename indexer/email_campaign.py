"""An e-mail campaign's web version (the 「view in browser」 page a mailing tool serves: Sendy's, Mailchimp's…).

A campaign is a letter laid out with tables, as mail clients need: the template's outer `table#bodyTable` (the
id the e-mail boilerplate Mailchimp published gave it, which Sendy's, Campaign Monitor's and most hand-made
templates keep), a 600 px container, the 「在浏览器中查看」 line, the header's logo, the content cell, the
social links and the footer with the member notice and 「Unsubscribe」. The content cell is the letter: the
subject's `<h1>`, a salutation (「Привет, 朋友！」), the text, and the closing — a button to the site (a
`td.btn`, dropped with any cell drawn as a button in `clean._drop_buttons`), the wish and the team's name
(「唱得开心！」「星光KTV 团队」).

Read as a page (holdout108's Sendy campaign), the salutation opened the first part's text and the closing words
were glued to the last answer of the FAQ above them. `email_campaign` reads the content cell as
`render_text.mail_lines` reads a mail: the salutation leading it and the sign-off paragraphs closing it go (a
paragraph between, however it reads, stays: it is the letter's text).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, clean, raw_text
from indexer.render_text import is_salutation, mail_lines


def email_campaign(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Drop the salutation and the sign-off of a campaign's letter (see the module's docstring); any other page
    is unchanged."""
    if marks is not None and "#bodyTable" not in marks:
        return
    layout = soup.find("table", id="bodyTable")
    heading = layout.find(HEADINGS) if isinstance(layout, Tag) else None
    cell = heading.find_parent("td") if isinstance(heading, Tag) else None
    if not isinstance(cell, Tag):
        return
    units = [child for child in cell.children if isinstance(child, Tag) and clean(raw_text(child))]
    paragraphs = [k for k, unit in enumerate(units) if unit.name == "p"]
    first = next((k for k, unit in enumerate(units) if unit.name not in HEADINGS), None)
    if first is None:
        return
    gone = [units[first]] if first in paragraphs and is_salutation(clean(raw_text(units[first]))) else []
    # the letter's lines, a blank line between its blocks (a table, a list: one line, no closing words)
    lines: list[str] = []
    spans: list[range] = []
    for unit in units:
        text = clean(raw_text(unit))
        own = text.split("\n") if unit.name == "p" else [" | ".join(text.split("\n"))]
        spans.append(range(len(lines), len(lines) + len(own)))
        lines += [*own, ""]
    keep = mail_lines(lines)
    for k in range(len(units) - 1, first, -1):      # the closing paragraphs, from the last up
        if k not in paragraphs or any(keep[i] for i in spans[k]):
            break
        gone.append(units[k])
    for unit in gone:
        unit.decompose()
