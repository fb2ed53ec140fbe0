"""A Dyson support page (dyson.com.hk and its sister sites), as the browser saves it.

Dyson's support journey pages (Salesforce Commerce Cloud: stylesheets and scripts under
/on/demandware.static/Sites-dyson_…-Site/) set the promo banner, header, breadcrumbs, a support hero (h1, model line,
「更改機器」), the in-page support nav, `section.support-section`s of rich text, an accordion FAQ, 「這些資訊對你有幫助嗎？」,
then `section.support-contact`: an h2 「仍需要協助？」 over `div.contact-card`s, each an h3 (「WhatsApp」, 「即時對話」,
「Dyson Demo Store」) over one line (the number, the hours, the stores).

Read as it stood (holdout278): each card's h3 titled a tiny part of its own (「WhatsApp」 holding only 「+852 5803
6811」), the h2 over them titling none: three orphan fragments that never said they were the ways to reach Dyson.
`dyson_support` reads each card as one line 「WhatsApp：+852 5803 6811」, so the section is one part under 「仍需要協助？」.

Detected by the page's marks (`support-contact`, `contact-card`) on a page loading Dyson's Commerce Cloud assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader, text_tag

MARKS = frozenset({"support-contact", "contact-card"})
_ASSETS = re.compile(r"^https?://www\.dyson\.[a-z.]+/on/demandware\.static/Sites-dyson_[a-z]+-Site/")


@site_reader(MARKS, assets=_ASSETS)
def dyson_support(soup: BeautifulSoup) -> None:
    """Read a Dyson support page's contact cards as lines of their section (see the module's docstring). A page of
    any other kind is unchanged."""
    for card in soup.select("section.support-contact div.contact-card"):
        heading = card.find(["h3", "h4"])
        name = one_line(heading) if isinstance(heading, Tag) else ""
        if isinstance(heading, Tag):
            heading.decompose()
        said = one_line(card)
        line = f"{name}：{said}" if name and said else name or said     # (a card of its name alone: the name)
        if line:
            card.replace_with(text_tag(soup, "p", line))
