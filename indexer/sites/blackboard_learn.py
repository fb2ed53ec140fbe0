"""A Blackboard Learn (Original course view) course's Announcements page, as the browser saves it.

Learn writes the page as its frame around `ul#announcementList`: the global navigation bar, the
breadcrumbs, the course menu and Course Management palettes, the page's title (`h1#pageTitleHeader`,
「Announcements」) and its action bar (「Create Announcement」, the sort control 「View: <select>」), then a
`<li>` per announcement: its title `h3.item`, `div.details` (a line 「Posted on: …」 and the text its
editor wrote, `div.vtbegenerated`: headings, tables, lists) and `div.announcementInfo` (「Posted by: …」,
「Posted to: …」).

Read as a page (holdout146) every announcement was one list item: the editor's h4 headings and its
table were read as the item's text (the headings text lines, the table a cell a line cut in its
middle), the numbered steps became the page title's 「Announcements」 steps, the 「问：」 / 「答：」 pairs
were not told apart, the sort control's 「View:」 and the 「Posted on:」 line opened the text and 「Posted
by:」 / 「Posted to:」 were glued to its last paragraph.

`blackboard_announcements` drops the sort control and rewrites each announcement into its text under
its title made a heading (the page's own title when the page holds one announcement, an `<h2>` under
it otherwise); the posted on / by / to lines only file it and are no text.

Detected by Learn's marks: the list `#announcementList` and the editor's `vtbegenerated` text.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader, text_tag


@site_reader({"#announcementList", "vtbegenerated"})
def blackboard_announcements(soup: BeautifulSoup) -> None:
    """Rewrite a Learn Announcements page's announcements into their titles and texts, without the sort
    control and the posted lines (see the module's docstring). Any other page is unchanged."""
    board = soup.find("ul", id="announcementList")
    if not isinstance(board, Tag):
        return
    items = board.find_all("li", recursive=False)
    if not any(item.find("div", class_="vtbegenerated") is not None for item in items):
        return
    for control in soup.select("#actionbar .sortControl"):
        control.decompose()     # (「View:」 and its select: the list's sort order)
    page_title = soup.find(id="pageTitleHeader")
    single = len(items) == 1 and isinstance(page_title, Tag)
    body = soup.new_tag("div")
    for item in items:
        title = one_line(item.find(class_="item"))
        if title and single:
            page_title.clear()
            page_title.string = title
        elif title:
            body.append(text_tag(soup, "h2", title))
        text = item.find("div", class_="vtbegenerated")
        if text is None:        # (an announcement of no editor's text: its details, without the posted-on line)
            text = item.find("div", class_="details") or soup.new_tag("div")
            for posted in text.find_all("p", recursive=False):
                if posted.find("span", recursive=False) is not None and one_line(posted.span).endswith(":"):
                    posted.decompose()
        part = soup.new_tag("div")
        part.extend(list(text.children))
        body.append(part)
    board.replace_with(body)
