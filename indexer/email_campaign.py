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

Klaviyo lays a campaign out without `#bodyTable`: a 600 px `table.kl-row` whose rows are its blocks — the
「看不到圖片？在瀏覽器中開啟」 line, the logo, the hero image, one `td.kl-text` cell per text block (its h1/h2, paragraphs,
tables, lists), the `td.kl-button` CTA, the social icons and the footer (「您收到這封信，是因為…」, the sender's
postal address, 「取消訂閱電子報 · 管理偏好設定」) in cells without a class. Read as a page (holdout132), the
web-view line opened the first part and the footer was a last part titled again by the h1. The letter is the
text cells: the table's other rows go. A saved campaign may keep Klaviyo's template tags unrendered
(「親愛的 {{ first_name|default:"車友" }} 您好：」): a tag reads as the default it names (nothing without one),
as the mail would have, so the salutation is known and goes with the others'.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import HEADINGS, clean, inside, raw_text, table_rows
from indexer.render_text import is_salutation, mail_lines


def email_campaign(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Drop the salutation and the sign-off of a campaign's letter (see the module's docstring); any other page
    is unchanged."""
    cells = _letter_cells(soup, marks)
    if not cells:
        return
    units = [child for cell in cells for child in cell.children if isinstance(child, Tag) and clean(raw_text(child))]
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


# a Klaviyo template tag left unrendered: 「{{ first_name|default:"車友" }}」, 「{{ person.first_name }}」
_TEMPLATE_TAG = re.compile(r"\{\{\s*[\w.]+\s*(?:\|\s*default\s*:\s*(?:\"([^\"{}]*)\"|'([^'{}]*)'))?\s*\}\}")


def _letter_cells(soup: BeautifulSoup, marks: frozenset[str] | None) -> list[Tag]:
    """The cells holding the campaign's letter: the content cell of a `#bodyTable` layout, Klaviyo's text
    cells (the rest of its layout table gone, its template tags read); none on any other page."""
    if marks is None or "#bodyTable" in marks:
        layout = soup.find("table", id="bodyTable")
        heading = layout.find(HEADINGS) if isinstance(layout, Tag) else None
        cell = heading.find_parent("td") if isinstance(heading, Tag) else None
        if isinstance(cell, Tag):
            return [cell]
    if marks is not None and not {"kl-text", "kl-row"} <= marks:
        return []
    cells = soup.find_all("td", class_="kl-text")
    layout = cells[0].find_parent("table", class_="kl-row") if cells else None
    if not isinstance(layout, Tag):
        return []
    for row in table_rows(layout):
        if not any(inside(cell, row) for cell in cells):
            row.decompose()
    for cell in cells:
        for text in cell.find_all(string=_TEMPLATE_TAG):
            if type(text) is NavigableString:
                text.replace_with(_TEMPLATE_TAG.sub(lambda tag: tag.group(1) or tag.group(2) or "", str(text)))
    return [cell for cell in cells if inside(cell, layout)]
