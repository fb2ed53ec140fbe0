"""A Capterra (capterra.com) product reviews page, as the browser saves it.

Capterra's product page (Next.js: its stylesheets under assets.capterra.com, its own `nb-` header and footer) sets the
OneTrust banner, the header, the breadcrumbs, then `section.product-header` (the logo, the h1, the rating
`div.rating` 「4.4 (86 reviews)」, the Visit Website / Compare / Save buttons and the tab list `ul.product-tabs`), the
product's sections (About, Pricing, Features, a setup guide), `section.reviews`: its h2, the filter bar
`div.review-filters` 「Sort by: Most Helpful · Filter by: …」 and each `article.review-card` — `div.reviewer` (the
writer's `span.reviewer-name`, then spans of their role, industry and company size, 「Used the Software for: …」),
the title `div.review-title`, the stars `div.star-rating` 「Overall Rating 5.0」, `p.review-date` 「Reviewed …」, the
「Overall:」 / 「Pros:」 / 「Cons:」 paragraphs and the vendor's `div.vendor-response` (its label
`p.vendor-response-title` 「Response from BillPilot」 over its text) —, the FAQs and `section.alternatives`.

Read as it stood (holdout238): the filter bar opened the reviews' part, and the cards, by-lines, titles and dates
all plain lines, were cut by size under the one heading 「… Reviews」 wherever 400 characters fell, a card's by-line
and title closing the passage before its text; the vendor's label was a line of its own; the alternatives (links
to other products' pages) were a part of their own.
`capterra_product` drops the rating, buttons and tabs of the header, the filter bar and the alternatives; each
review is a part headed by its writer over the rest of their by-line, its title, its date and its paragraphs
(`html_text.review_part`), the vendor's reply its last line 「Response from BillPilot：…」, the stars gone, as every
shop reader's. The Features list is the product's own and stays.

Detected by the page's marks (`product-header`, `review-card`) on a page loading Capterra's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, labelled_reply, one_line, review_part, site_reader

MARKS = frozenset({"product-header", "review-card"})
_ASSETS = re.compile(r"^https?://(?:assets|www)\.capterra\.com/")
# the header's rating, buttons and tabs, the reviews' filter bar, the links to other products
_FURNITURE = ("section.product-header .rating", "section.product-header .nb-button", "section.product-header button",
              "ul.product-tabs", "div.review-filters", "section.alternatives")


@site_reader(MARKS, assets=_ASSETS)
def capterra_product(soup: BeautifulSoup) -> None:
    """Read a Capterra product page's header and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    if soup.find("section", class_="product-header") is None:
        return
    drop_selected(soup, _FURNITURE)
    for card in soup.find_all("article", class_="review-card"):
        _review(soup, card)


def _review(soup: BeautifulSoup, card: Tag) -> None:
    """Put one review card as its writer's part; a card without a writer stays as it is."""
    by_line = card.find("div", class_="reviewer")
    name = by_line.find(class_="reviewer-name") if isinstance(by_line, Tag) else None
    if not isinstance(by_line, Tag) or not isinstance(name, Tag) or not one_line(name):
        return
    fields = [field for span in by_line.find_all("span") if span is not name and (field := one_line(span))]
    reply = card.find("div", class_="vendor-response")
    answer = labelled_reply(reply, "vendor-response-title")
    if isinstance(reply, Tag):
        reply.decompose()       # its paragraphs are the answer's, not the review's
    title, date = card.find(class_="review-title"), card.find(class_="review-date")
    paragraphs = [one_line(line) for line in card.find_all("p") if line is not date]
    review_part(soup, card, one_line(name), [" · ".join(fields), one_line(title), one_line(date), *paragraphs, answer])
