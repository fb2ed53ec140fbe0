"""A DHgate (dhgate.com) product page in its English UI, as the browser saves it.

DHgate's product page (its stylesheets and scripts under www.dhresource.com) sets the cookie bar, the header (top bar,
search, category nav), the breadcrumbs, then `div.product-detail-wrap`: the gallery, `div.hinfo-wrap` (the
`h1.hinfo-title`, the score line `div.hinfo-score` 「4.6 (38 Reviews) 126 Sold」, the wholesale price tiers
`ul.wprice-line` — each `li` a quantity `span.wprice-qty`, a price `span.wprice-num` and its unit `span.wprice-unit` —,
the options `div.hinfo-option` — a `span.opt-name` over the `a.opt` choices —, the shipping and returns lines, the
buttons `div.hinfo-btns` and the share bar), the seller card `div.seller-card` (store, feedback, 「Contact Seller」); then
`div.detail-tabs`: the tab bar `ul.tab-head` and the tabs' panels — the seller's description, the buyers' reviews (a
summary `div.review-summary`, then `div.review-item`s: `div.review-user` 「k***n <span class=country>KZ</span>」, the
stars `div.review-star`, `div.review-date`, `p.review-txt`), the Q&A, shipping — and 「You May Also Like」 and the footer.

Read as it stood (holdout255): the h1's part kept the buy box and the seller card as its text — the score line, each
price tier glued 「1 - 4 PiecesUS $168.00/ Piece」, the package options one word 「MDVR + 4 camerasMDVR + 2 cameras」, 「♡
Add to Favorites」, 「SZ Fleetvision Store / Positive Feedback 97.8% · 3 Years / Contact Seller」 —, the tab bar was a part
of its own (titled by the h1 again) whose text was its four tab names, and 「Buyer Reviews」 was one part of each
reviewer, star string and date as lines, both reviews glued. `dhgate_product` drops the score line, the buttons, the
share bar, the seller card, the tab bar and the reviews' summary; each price tier is one line 「1 - 4 Pieces US $168.00 /
Piece」 (quantity and price a space apart), the options one line 「Package：MDVR + 4 cameras / MDVR + 2 cameras」
(`html_text.choice_line`); each review is a part headed by its writer over its country and date and its text
(`html_text.review_part`), the stars gone, as every shop reader's.

Detected by the page's marks (`hinfo-title`, `detail-tabs`) on a page loading DHgate's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, drop_selected, one_line, review_part, site_reader

MARKS = frozenset({"hinfo-title", "detail-tabs"})
_ASSETS = re.compile(r"^https?://www\.dhresource\.com/")
# the score and sold count, the buy and favourite buttons, the share bar, the seller card, the tab bar and the
# reviews' summary: the shop's furniture, not what the seller says of the product
_FURNITURE = ("div.hinfo-wrap div.hinfo-score", "div.hinfo-wrap div.hinfo-btns", "div.hinfo-wrap div.share-bar",
              "div.seller-card", "div.detail-tabs ul.tab-head", "div.detail-tabs div.review-summary")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def dhgate_product(soup: BeautifulSoup) -> None:
    """Read a DHgate product page's buy box and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for tier in soup.select("ul.wprice-line > li"):
        quantity, price = one_line(tier.find(class_="wprice-qty")), one_line(tier.find(class_="wprice-num"))
        unit = one_line(tier.find(class_="wprice-unit"))
        if quantity and price:
            tier.clear()
            tier.append(f"{quantity} {price} {unit}".strip())
    for box in soup.select("div.hinfo-wrap div.hinfo-option"):
        choice_line(soup, box, one_line(box.find(class_="opt-name")), box.find_all(class_="opt"))
    for card in soup.select("div.detail-tabs div.review-item"):
        _review(soup, card)


def _review(soup: BeautifulSoup, card: Tag) -> None:
    """Put one review card as its writer's part over its country and date and its text; a card without a writer or
    a text stays as it is."""
    user = card.find(class_="review-user")
    country = user.find(class_="country") if isinstance(user, Tag) else None
    said = one_line(country.extract()) if isinstance(country, Tag) else ""
    name, text = one_line(user), one_line(card.find(class_="review-txt"))
    if name and text:
        review_part(soup, card, name, [" · ".join(filter(None, [said, one_line(card.find(class_="review-date"))])),
                                       text])
