"""An Airtable shared view (airtable.com/shr…) as the browser saves it.

The shared view draws a base's table as a grid of `div`s, no table element: a header row (`div.headerRow`,
its `role="columnheader"` cells the field names 「主題」 「分類」 「內容」 「負責人」) over one `div.dataRow` per
record, whose cells follow the header's order — the primary field (`div.cell.primary`, the record's name), a
single select (its value a `span.choiceToken`), a long text (`div.longText` of paragraphs, lists, tables), a
collaborator (a `span.avatar` initial before the name). The base's name is a `span.baseName` in the top bar (the
<title> 「Airtable - base name」); an opened record is a card (`div.expandedRecord`: `div.recordTitle` over
`div.fieldLabel` / `div.fieldValue` pairs), and a summary bar 「5 records」 closes the grid.

Read as it stood (holdout126), every fragment was titled 「Airtable」 (the <title>'s first half), the field
names were dropped with the header row, each record's name and token were lines of its text (the first
record's steps steps of 「Airtable」), the collaborators' names had their initial glued on (「林林怡君」), and
the records ran into one another, cut into passages with no regard to them; the card's labels and values were
lines of their own, 「5 records」 glued to it.

`airtable_grid` titles the page by the base's name (an <h1>), makes each record a part headed by its primary
field, its short cells lines 「field：value」 (the avatar's initial gone) over its long text, the card a part
headed by its title with a line 「label：value」 per field, and drops the summary bar.

Detected by the grid's marks: `gridView`, `headerRow` and `dataRow`.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader, text_tag


def _line(soup: BeautifulSoup, label: str, value: str) -> Tag:
    """A line 「label：value」 (the value alone where the field has no label)."""
    return text_tag(soup, "p", f"{label}：{value}" if label else value)


@site_reader({"gridView", "headerRow", "dataRow"})
def airtable_grid(soup: BeautifulSoup) -> None:
    """Read an Airtable shared view's grid and record card as the base they show (see the module's docstring);
    any other page is unchanged."""
    grid = soup.find("div", class_="gridView")
    header = grid.find("div", class_="headerRow") if isinstance(grid, Tag) else None
    if not isinstance(header, Tag):
        return
    fields = [one_line(cell) for cell in header.find_all("div", class_="cell", recursive=False)]
    part = soup.new_tag("div")
    base = soup.find("span", class_="baseName")
    if isinstance(base, Tag) and one_line(base):
        part.append(text_tag(soup, "h1", one_line(base)))
    for row in grid.find_all("div", class_="dataRow", recursive=False):
        cells = row.find_all("div", class_="cell", recursive=False)
        texts: list[Tag] = []
        for field, cell in zip(fields + [""] * len(cells), cells):
            for avatar in cell.find_all("span", class_="avatar"):
                avatar.decompose()      # (the collaborator's initial, drawn in a circle before the name)
            long_text = cell.find("div", class_="longText")
            if "primary" in (cell.get("class") or ()):
                part.append(text_tag(soup, "h2", one_line(cell)))
            elif isinstance(long_text, Tag):
                texts.append(long_text.extract())
            elif one_line(cell):
                part.append(_line(soup, field, one_line(cell)))
        for text in texts:
            part.append(text)
    for card in soup.find_all("div", class_="expandedRecord"):
        # (the opened record, a dialog over the grid: read after the records, in the grid's part, so that
        # the part holding the article holds it too)
        title = card.find("div", class_="recordTitle")
        labels = card.find_all("div", class_="fieldLabel")
        if not isinstance(title, Tag) or not labels:
            continue
        part.append(text_tag(soup, "h2", one_line(title)))
        for label in labels:
            value = label.find_next_sibling("div")
            if isinstance(value, Tag) and "fieldValue" in (value.get("class") or ()):
                part.append(_line(soup, one_line(label), one_line(value)))
        card.decompose()
    grid.replace_with(part)
    for bar in soup.find_all("div", class_="summaryBar"):
        bar.decompose()
