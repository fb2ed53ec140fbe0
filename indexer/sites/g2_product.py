"""A G2 (g2.com) product reviews page, as the browser saves it.

G2's product page (its stylesheets and scripts under www.g2.com/assets) sets the cookie consent, the site header,
the breadcrumbs, then `div.product-head` (the h1 「… Reviews & Product Details」, the stars `div.stars` 「4.6 out of 5
stars」, the count link 「52 reviews」 and the buttons of `div.product-head__actions`), the product's sections,
`section.reviews`: its h2, the filter bar `div.reviews-filters` and each review `div.paper--review` —
`div.review-header` (the writer's `span.reviewer-name`, their `span.reviewer-title`, a span of industry and company
size), the stars `div.stars` 「5/5」, a <time>, `div.review-badges` 「Validated Reviewer · Review source: Organic」,
the title `h3.review-title`, `div.review-body` of G2's h5 prompts 「What do you like best about …?」 each over the
reviewer's answer, `div.review-footer` 「Review collected by and hosted on G2.com.」 and its buttons, and the vendor's
`div.vendor-comment` (its label `p.vendor-comment__title` 「Comment from … team」 over its text) —, the FAQs and the
alternatives aside.

Read as it stood (holdout238): the h3 titles and the h5 prompts cut the reviews, so each prompt titled a Q&A of no
reviewer (three Q&As shared each title), each writer's card, date and badges closed the review before theirs (the
first one glued to the filter bar), the titles and stars were lost and the vendor's label was a line of its reply;
the product head was a part whose only text was 「52 reviews」.
`g2_product` drops the head's stars, count link and buttons, the filter bar; each review is a part headed by its
writer over the rest of their by-line, its date, its title and each prompt with its answer on one line, the vendor's
comment its last line 「Comment from … team：…」 (`html_text.review_part`); the stars, badges and footer go, as every
shop reader's.

Detected by the page's marks (`product-head`, `paper--review`) on a page loading G2's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, labelled_reply, one_line, review_part, site_reader

MARKS = frozenset({"product-head", "paper--review"})
_ASSETS = re.compile(r"^https?://www\.g2\.com/assets/")
# the head's stars, count link and buttons, the reviews' filter bar
_FURNITURE = ("div.product-head div.stars", "div.product-head a[href='#reviews']", "div.product-head__actions",
              "div.reviews-filters")


@site_reader(MARKS, assets=_ASSETS)
def g2_product(soup: BeautifulSoup) -> None:
    """Read a G2 product page's head and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    if soup.find("div", class_="product-head") is None:
        return
    drop_selected(soup, _FURNITURE)
    for card in soup.find_all("div", class_="paper--review"):
        _review(soup, card)


def _review(soup: BeautifulSoup, card: Tag) -> None:
    """Put one review as its writer's part; a review without a writer or a body stays as it is."""
    header, body = card.find("div", class_="review-header"), card.find("div", class_="review-body")
    name = header.find(class_="reviewer-name") if isinstance(header, Tag) else None
    if not isinstance(header, Tag) or not isinstance(name, Tag) or not one_line(name) or not isinstance(body, Tag):
        return
    fields = [field for span in header.find_all("span") if span is not name and (field := one_line(span))]
    said: list[str] = []
    for block in body.find_all(["h5", "p"]):
        if block.name == "h5" or not said:
            said.append(one_line(block))
        else:
            said[-1] = f"{said[-1]} {one_line(block)}".strip()
    answer = labelled_reply(card.find("div", class_="vendor-comment"), "vendor-comment__title")
    review_part(soup, card, one_line(name), [" · ".join(fields), one_line(card.find("time")),
                                             one_line(card.find(class_="review-title")), *said, answer])
