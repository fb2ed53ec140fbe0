"""A TELUS (telus.com) support article, as the browser saves it.

TELUS's support pages (Next.js, their stylesheets and scripts under www.telus.com/support/_next) are built of the
TELUS Design System's components (`TDS_Heading-h2`, `TDS_OrderedList`, `TDS_Callout`…): the cookie dialog, the global
nav, the breadcrumbs, `article.SupportArticle__Content` (the h1, the 「最後更新」 line, paragraphs, tables, steps, a
callout), its FAQ a `div.TDS_ExpandCollapse` of `div.ExpandCollapse__Panel`s — each a
`button.ExpandCollapse__Header` (aria-expanded, no aria-controls) holding the question as an `<h3>`, then the answer's
`div.ExpandCollapse__Content` —, the 「這篇文章有幫助嗎？」 bar, the related articles and the footer.

Read as it stood (holdout267): the FAQ's buttons went as every button does, their questions with them (the four
<h3>s 「我還沒有加拿大地址，可以啟用嗎？」…), and the four bare answers ran together into one passage of the section
「常見問題」: no Q&A at all. `telus_support` makes each panel a `<details>` whose summary is the header's question
and whose text is the content's blocks as they are (`html_text.qa_card`), as every other page's accordion is read; a
panel without a question or an answer stays as it is.

Detected by the page's marks (`ExpandCollapse__Header`, `ExpandCollapse__Content`) on a page loading TELUS's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, qa_card, site_reader

MARKS = frozenset({"ExpandCollapse__Header", "ExpandCollapse__Content"})
_ASSETS = re.compile(r"^https?://(?:www\.)?telus\.com/")


@site_reader(MARKS, assets=_ASSETS)
def telus_support(soup: BeautifulSoup) -> None:
    """Read a TELUS page's ExpandCollapse panels as Q&As (see the module's docstring). A page of any other kind is
    unchanged."""
    for panel in soup.find_all(class_="ExpandCollapse__Panel"):
        header = panel.find(class_="ExpandCollapse__Header")
        content = panel.find(class_="ExpandCollapse__Content")
        if isinstance(header, Tag) and isinstance(content, Tag) and one_line(header) and one_line(content):
            content.name = "div"
            content.attrs = {}
            qa_card(soup, panel, one_line(header), content)
