"""A MoinMoin wiki page as the browser saves it (MoinMoin 1.9's themes: modernized, classic, …).

Pure: no I/O. MoinMoin draws a page as its header (`#header`: the logo, the login link, the page's
name in `h1#locationline`'s `span#pagelocation`, the search form, the `ul#navibar` and the
`ul.editbar`), then the wiki text in `div#content`, then the page's information line and credits. The
text's own headings (`= … =`) are `<h1>`s, its `<<TableOfContents>>` a `div.table-of-contents` of a
`p.table-of-contents-heading` (「目錄」, 「Contents」) over the list of the page's headings, and the page's
categories, by the wiki's convention, a last line of links to pages named 「Category…」 after a rule
(`----`).

Read as it stood (holdout85), the page's name was never used (the header went as chrome): the text
before the first heading (「本頁由 … 維護」) was glued into the first heading's fragment, the contents'
heading 「目錄」 opened that fragment (its entries dropped as a list of the page's own links), and the
category line 「CategoryFarmInfo CategoryMobile」 was a fragment titled by the last heading.

`moinmoin_page` makes the page's name the text's title (an `<h1>` opening `div#content`, the text's
headings one level under it), so the text before the first heading is the title's part; the table of
contents and the category line go. Detected strictly by MoinMoin's marks: `#pagelocation` in
`#locationline`, the `editbar` and the one `div#content` (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"#locationline", "#pagelocation", "editbar", "#content"})
_CATEGORY = re.compile(r"^Category(?!Template)\S+$")     # MoinMoin's default page_category_regex


@site_reader(MARKS, gather_marks=True)
def moinmoin_page(soup: BeautifulSoup) -> None:
    """Title a MoinMoin page's text by the page's name, drop its table of contents and its category
    line (see the module's docstring). A page of any other kind is unchanged."""
    content = soup.find("div", id="content")
    location = soup.select_one("#locationline #pagelocation")
    if not isinstance(content, Tag) or location is None:
        return
    for contents in content.find_all("div", class_="table-of-contents"):
        contents.decompose()        # the list of the page's own headings, which follow
    for line in content.find_all("p"):
        links = line.find_all("a")
        if links and all(_CATEGORY.match(one_line(link)) for link in links) \
                and one_line(line) == " ".join(one_line(link) for link in links):
            rule = line.find_previous_sibling()
            if isinstance(rule, Tag) and rule.name == "hr":
                rule.decompose()
            line.decompose()        # the page's categories: links to the wiki's category pages
    name = one_line(location).rsplit("/", 1)[-1].strip()     # a sub-page's 「Parent/Child」: its own name
    if not name:
        return
    for heading in content.find_all(["h1", "h2", "h3", "h4", "h5"]):
        heading.name = f"h{int(heading.name[1]) + 1}"
    title = soup.new_tag("h1")
    title.string = name
    content.insert(0, title)
