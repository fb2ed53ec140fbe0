"""A page of a site built with Zoho Sites, as the browser saves it.

Zoho Sites (its stylesheets and scripts under static.zohocdn.com/sites/) sets the cookie banner, the theme's top bar
and header, then `div.zpcontent-container`: `div.zpsection`s of rows and columns holding the editor's elements
(`div.zpelement`, named by `data-element-type`: heading, text, accordion, button…), the theme's footer and the
「Создано на Zoho Sites」 line. Its accordion element (`div.zpaccordion-container`) lists each entry as a name box
(`div.zpaccordion-name-container`, the question in `span.zpaccordion-name` beside its chevron <svg>) followed by its
panel (`div.zpaccordion-content`, the answer's rich text), siblings, with no toggle or ARIA attribute naming the
panel; its button element (`div.zpelem-button`) is a call-to-action link (「Перейти в каталог」).

Read as it stood (holdout264's EnergoSIM.kz page): the accordion was not read as one: all four questions and their
answers were lines of one 「Частые вопросы（常见问题）」 section, and the call-to-action button after it was glued to
the last answer as a line of its text. `zoho_sites` makes each accordion entry a `<details>` asked by its name over
its panel's blocks, so each question is a Q&A of its own, and drops the button elements: a link to another page,
no text of this one.

Detected by the page's marks (`zpcontent-container`) on a page loading Zoho Sites' assets (static.zohocdn.com/sites/).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, one_line, site_reader, toggle_details

MARKS = frozenset({"zpcontent-container"})
_ASSETS = re.compile(r"^https?://static\.zohocdn\.com/sites/")
# the editor's button elements: a call-to-action link to another page
_BUTTONS = ("div.zpelem-button",)


@site_reader(MARKS, assets=_ASSETS)
def zoho_sites(soup: BeautifulSoup) -> None:
    """Read a Zoho Sites page's accordion entries as questions over their answers, without its buttons (see the
    module's docstring). A page of any other kind is unchanged."""
    drop_selected(soup, _BUTTONS)
    for name in soup.find_all("div", class_="zpaccordion-name-container"):
        panel = name.find_next_sibling()
        if panel is None or "zpaccordion-content" not in panel.get("class", []):
            continue
        question = one_line(name.find(class_="zpaccordion-name") or name)
        if not question or not one_line(panel):
            continue
        summary = soup.new_tag("summary")
        summary.string = question
        name.replace_with(toggle_details(soup, summary, [child.extract() for child in list(panel.children)]))
        panel.decompose()
