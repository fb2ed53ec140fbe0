"""A Magti (magticom.ge) support page, as the browser saves it.

Magti's support pages (their stylesheets and scripts under www.magticom.ge/assets) set the cookie bar, the header (top
bar პირადი / ბიზნესი and the language switch, the nav, the 「ბალანსის შევსება」 button), the breadcrumbs, then
`main.support-page`, a Bootstrap row: the article `div.support-article` (h1, lead, h2 parts, tables, steps, the FAQ
accordion) beside `aside.support-sidebar`, boxes `div.sidebar-box` each under an h3: the contact box
「დაგვიკავშირდით」 (the hotline, bare text) and the useful links 「სასარგებლო ბმულები」 (a list of links); the footer.

Read as it stood (holdout267): the sidebar went whole as every <aside> does, the contact box with it, though its line
「客服热线：从 Magti 号码拨 *111 免费，其他号码拨 +995 32 217 11 11（英语、俄语）」 is the only place the page gives the
hotline. `magti_support` moves each sidebar box that is text, not links, to the article's end as a part of its own
titled by its heading (the box of links still goes with the sidebar), as a contact part giving a hotline is kept on
any page (`clean._contact_prompts`).

Detected by the page's marks (`support-article`, `support-sidebar`, `sidebar-box`) on a page loading Magti's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import boxes_as_parts, site_reader

MARKS = frozenset({"support-article", "support-sidebar", "sidebar-box"})
_ASSETS = re.compile(r"^https?://(?:www\.)?magticom\.ge/")


@site_reader(MARKS, assets=_ASSETS)
def magti_support(soup: BeautifulSoup) -> None:
    """Move a Magti support page's sidebar boxes of text under its article (see the module's docstring). A page of
    any other kind is unchanged."""
    article = soup.find(class_="support-article")
    sidebar = soup.find("aside", class_="support-sidebar")
    if not isinstance(article, Tag) or not isinstance(sidebar, Tag):
        return
    # the links box still goes with the sidebar
    boxes_as_parts(article, [box for box in sidebar.find_all(class_="sidebar-box") if box.find("a") is None])
