"""A Global Sources (globalsources.com) product page, as the browser saves it.

Global Sources' product page (its stylesheets and scripts under s.globalsources.com) sets the cookie bar, the header
(search, Sign In / Join Free / Inquiry Basket), the category nav and breadcrumbs, then `main.product-detail-page`:
`div.pd-info` (the h1 `pd-title`, the price box `div.pd-price` — its label span 「FOB Price」, the price, the unit —,
`div.pd-moq` 「Min. Order」 and `div.pd-lead` 「Lead Time」, each a label span over its value span, the Send Inquiry
buttons and share links), the supplier card `aside.supplier-card` (the company's name an h3, its badges 「Verified
Supplier」 「8 yrs」, the facts `dl.sup-facts` — Business Type, Location, Response Rate, Main Markets — and a Visit
Store button), the tabs, the Key Specifications table, the Product Details, the FAQ, the Company Profile, related
products and the footer.

Read as it stood (holdout257): the supplier card was lost whole as an <aside> (who makes the product, what kind of
business it is, where and for which markets: what a buyer reads the card for), and each trade term's label was glued
to its value (「Min. Order50 Pieces」, 「Lead Time7 days…」). `globalsources_product` puts each trade term one line
「label：value」 (the price and its unit 「US$ 16.80 - 21.50 / Piece」 one value) and the supplier card
in its place as the lines it shows: the company's name over its badges 「Verified Supplier · 8 yrs」 and one line
「term：value」 a fact; its Visit Store button goes with the buttons.

Detected by the page's marks (`pd-info`, `supplier-card`) on a page loading Global Sources' assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import joined_line, one_line, site_reader, text_tag

MARKS = frozenset({"pd-info", "supplier-card"})
_ASSETS = re.compile(r"^https?://s\.globalsources\.com/")
_TERMS = ("pd-price", "pd-moq", "pd-lead")      # the trade terms' boxes: a label span over the value's span(s)


@site_reader(MARKS, assets=_ASSETS)
def globalsources_product(soup: BeautifulSoup) -> None:
    """Read a Global Sources product page's trade terms and supplier card (see the module's docstring). A page of
    any other kind is unchanged."""
    for name in _TERMS:
        for box in soup.find_all("div", class_=name):
            label = box.find("span", class_="label")
            value = " ".join(filter(None, (one_line(span) for span in box.find_all("span") if span is not label)))
            if one_line(label) and value:
                box.replace_with(text_tag(soup, "p", f"{one_line(label)}：{value}"))
    for card in soup.find_all("aside", class_="supplier-card"):
        _supplier(soup, card)


def _supplier(soup: BeautifulSoup, card: Tag) -> None:
    """Put the supplier card as the lines it shows in its place: the company's name, its badges one line, a fact
    「term：value」 a line; a card without a name stays as it is (and goes as an aside)."""
    name = card.find(class_="sup-name")
    if not one_line(name):
        return
    box = soup.new_tag("div")
    box.append(text_tag(soup, "p", one_line(name)))
    badges = card.find(class_="sup-badges")
    if isinstance(badges, Tag):
        box.append(badges.extract())
        joined_line(soup, badges.find_all("span"))
    facts = card.find("dl", class_="sup-facts")
    if isinstance(facts, Tag):
        for term in facts.find_all("dt"):
            value = term.find_next_sibling("dd")
            if one_line(term) and one_line(value):
                box.append(text_tag(soup, "p", f"{one_line(term)}：{one_line(value)}"))
    card.replace_with(box)
