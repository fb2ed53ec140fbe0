"""A Nykaa (nykaa.com) product page, as the browser saves it.

Nykaa's app (emotion's hashed class names 「css-1d5wdox」 beside a few named ones; its assets from
adn-static1.nykaa.com) sets the cookie banner, the header (Categories / Brands / Luxe, search, Bag), the breadcrumb,
the product's box (the h1, a `div` of spans — 「MRP: ₹12,999」, the seller's 「≈ 76 000 ₸」 and the ratings summary
「4.1 ★ 312 ratings」 —, Add to Bag), the description's h2 sections (its FAQ `<b>Q：</b>` / `<b>A：</b>` lines), then
`div.css-reviews`: its h2 「Ratings & Reviews」 over one `div.css-review` per review, each the drawn score
`<span>5 ★</span>`, an h4 headline, the text `p`, the by-line span 「Aigerim · Verified Buyers · 12 Jan 2026」 and
the 「Helpful (24)」 button.

Read as it stood (holdout251): the title's part ended with the ratings summary; each review was cut at its h4, so
the first review's score was the reviews' heading's text, the by-line a line of the review and the next review's
score its last line. `nykaa_product` drops the ratings summary (the price stays a line of the title's part, as every
shop reader's); each review is a part headed by its writer over its headline, the rest of its by-line and its text
(`html_text.titled_review`), the score and the votes gone, as every shop reader's.

Detected by the reviews' class on a page loading Nykaa's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader, titled_review

MARKS = frozenset({"css-review"})
_ASSETS = re.compile(r"^https?://(?:adn-static\d*\.nykaa\.com|(?:www\.)?nykaa\.com)/")
_RATINGS = re.compile(r"^[\d.]+\s*★\s*[\d,]+\s*ratings?$", re.IGNORECASE)     # 「4.1 ★ 312 ratings」
_BY_LINE = re.compile(r"·")


@site_reader(MARKS, assets=_ASSETS)
def nykaa_product(soup: BeautifulSoup) -> None:
    """Read a Nykaa product page's header and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    heading = soup.find("h1")
    if isinstance(heading, Tag):
        for summary in heading.find_all_next("span", string=_RATINGS):
            summary.decompose()
    for review in soup.find_all("div", class_="css-review"):
        by_line = review.find("span", string=_BY_LINE)
        titled_review(soup, review, by_line, review.find("h4"), review.find("p"))
