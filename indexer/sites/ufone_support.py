"""A Ufone (ufone.com) support FAQ page, as the browser saves it.

Ufone's support pages (a WordPress theme: its stylesheets and scripts under www.ufone.com/wp-content/themes/ufone) set
the top bar (Personal / Business / اردو), the Bootstrap navbar, then `section.inner-banner` (the breadcrumb and the
page's h1) over `main#primary`, a Bootstrap row: the article column (documents, steps, bundles table, the FAQ
accordion, 「Was this answer helpful?」) beside an `<aside>` holding `div.help-card` (「Need more help?」, the hotline
「Call 333 from your Ufone number, or 0800-33333 from any other network (24/7).」 and a Live Chat button) and
`div.related-faqs` (links); the footer and the cookie consent.

Read as it stood (holdout278): the help card went with the sidebar as every <aside> does, though it is the only place
the page gives its hotline (the banner's h1 outside <main> is moved into it by `clean._title_box_before`, a generic
rule). `ufone_support` moves the help card, without its Live Chat button, to the article's end, a part titled by
its heading (`html_text.boxes_as_parts`, as Magti's contact box); the related FAQs still go with the sidebar.

Detected by the page's marks (`help-card`, `inner-banner`) on a page loading Ufone's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import boxes_as_parts, site_reader

MARKS = frozenset({"help-card", "inner-banner"})
_ASSETS = re.compile(r"^https?://(?:www\.)?ufone\.com/wp-content/themes/ufone/")


@site_reader(MARKS, assets=_ASSETS)
def ufone_support(soup: BeautifulSoup) -> None:
    """Move a Ufone support page's help card to its article's end (see the module's docstring). A page of any other
    kind is unchanged."""
    article = soup.find("main")
    cards = [card for card in soup.find_all("div", class_="help-card") if card.find_parent("aside") is not None]
    if not isinstance(article, Tag) or not cards:
        return
    for card in cards:
        for button in card.find_all(["a", "button"], class_="btn"):
            button.decompose()      # 「Live Chat」: a control
    boxes_as_parts(article, cards)
