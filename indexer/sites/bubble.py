"""A page of a Bubble.io app, as the browser saves it.

Bubble draws every element of a page as a `div.bubble-element` named by its kind (`Page`, `Group`,
`GroupFocus` — a popup —, `Text`, `Image`, `Input`, `Button`, `RepeatingGroup`, `GroupItem`), a
Text the user can click (a link, a toggle) also `clickable-element`; an element not visible on page
load is there with `style="display: none"`. A RepeatingGroup lays out one cell per thing of a list
(`div.bubble-r-container` of `div.bubble-r-line` rows of `div.bubble-r-box` cells), each cell a Group
of the thing's Texts side by side.

Read as it stood (holdout95), the header Group's clickable Texts (「首页」「网点地图」「登录 / Войти」) and
the hidden popup's label (「请输入手机号」) opened the first fragment, each cell of a price list was
its name and its price on two lines apart (「外部清洗」 / 「3 000 ₸ / 3 800 ₸」), and the FAQ's
items — a clickable question Text over its answer Text — were one section.

`bubble_page` drops every element hidden on load and every Group that holds only clickable Texts
(and images: a logo) — a bar of links, no text —, makes a RepeatingGroup's cells the rows of a
table, a cell of each Text, and makes the clickable Text that opens a Group of two Texts (a question
ending in a question mark over its answer) a heading, so that the pair is read as a question and
its answer.

Detected strictly by Bubble's marks: the `bubble-element` and `Page` classes on one element.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, raw_text, site_reader

_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_QUESTION = re.compile(r"[？?]\s*$")


def _kind(tag: Tag) -> str | None:
    """The Bubble element kind of `tag` (「Text」, 「Group」…), None for no Bubble element."""
    classes = tag.get("class") or ()
    if "bubble-element" not in classes:
        return None
    return next((name for name in classes if name != "bubble-element"), None)


def _children(tag: Tag) -> list[Tag]:
    return [child for child in tag.children if isinstance(child, Tag)]


@site_reader({"bubble-element", "Page"})
def bubble_page(soup: BeautifulSoup) -> None:
    """Read a Bubble page's elements as its text (see the module's docstring); any other page is unchanged."""
    page = soup.find("div", class_="bubble-element")
    if not isinstance(page, Tag) or _kind(page) != "Page":
        return
    elements = [tag for tag in page.find_all("div") if _kind(tag)]
    for element in elements:
        if element.parent is not None and _HIDDEN.search(str(element.get("style", ""))):
            element.decompose()     # not visible on page load: a popup, a message shown on a click
    for element in page.find_all("div"):
        if element.parent is None or _kind(element) not in ("Group", "GroupFocus"):
            continue
        parts = _children(element)
        texts = [part for part in parts if _kind(part) == "Text"]
        if texts and all("clickable-element" in (part.get("class") or ()) for part in texts) \
                and all(_kind(part) in ("Text", "Image") for part in parts):
            element.decompose()     # a bar of links (the header's 「首页」「登录」): no text of the page
    for container in page.find_all("div", class_="bubble-r-container"):
        _cells_as_table(soup, container)
    for item in page.find_all("div"):
        if item.parent is None or _kind(item) not in ("Group", "GroupItem"):
            continue
        parts = _children(item)
        if len(parts) == 2 and all(_kind(part) == "Text" for part in parts) \
                and "clickable-element" in (parts[0].get("class") or ()) \
                and "clickable-element" not in (parts[1].get("class") or ()) \
                and _QUESTION.search(clean(raw_text(parts[0]))) and parts[0].find(True) is None:
            parts[0].name = "h3"        # the question its click opens the answer of


def _cells_as_table(soup: BeautifulSoup, container: Tag) -> None:
    """A RepeatingGroup's cells as a table's rows, each of its Texts a cell (one of a cell's words alone was
    a line apart from the others: a price without the name of what it is the price of)."""
    table = soup.new_tag("table")
    for box in container.find_all("div", class_="bubble-r-box"):
        texts = [tag for tag in box.find_all("div") if _kind(tag) == "Text" and clean(raw_text(tag)).strip()]
        if len(texts) < 2 or any(tag.find(["div", "p", "ul", "ol", "table", "h2", "h3"]) for tag in texts):
            return      # a cell of one Text, or of a Text holding blocks, reads as it is
        row = soup.new_tag("tr")
        for text in texts:
            cell = soup.new_tag("td")
            cell.string = clean(raw_text(text)).replace("\n", " ").strip()
            row.append(cell)
        table.append(row)
    if table.find("tr") is not None:
        container.replace_with(table)
