"""A SHOPLINE store's product page (「Powered by SHOPLINE」), as the browser saves it.

SHOPLINE's stores (their scripts from cdn.shoplineapp.com, images from shoplineimg.com) set the cookie bar,
announcement bar and `nav.NavigationBar` over `div.ProductDetail-info`: `h1.Product-title`, the summary,
`div.price-box` (spans `price-sale` 「₸ 119,900」, `price-regular` 「₸ 139,900」, `discount-tag` 「-14%」),
`div.variation-selector` (a `label` 「颜色」 over a `select` of the variants), quantity, buttons, share links; then
`ul.product-info-tab` (links to `#description`, `#spec`, `#reviews`), the merchant's `div.Product-description`
(its headings `<p><strong>【…】</strong></p>`, lists, tables, lines joined by `<br>`), `div.ProductDetail-spec#spec`
(a bare table, no heading: the tab names it) and `div.ProductReview-container` (`div.review-item`: spans
`review-stars` 「★★★★☆」, `review-author`, `review-date`, then the words' `p`).

Read as it stood (holdout217): the prices ran together (「₸ 119,900₸ 139,900-14%」), 「颜色」 stood without its
variants (selects are dropped), the merchant's 「Step 1：…<br>Step 2：…」 lines stayed one passage, the spec table was
read under the page's title, and each review lost its writer, its date a line of its own over the words.
`shopline_product` sets the prices apart by 「 · 」 (`html_text.price_line`), reads the variants as one line
「颜色：矿工橙 / 军绿」 (`html_text.choice_line`), makes a paragraph of two or more such 「Step N：」 lines an ordered
list (the steps of its part, as the merchant's <ol> already are), heads the spec tab by its tab's name
(`html_text.tab_headings`), and heads each review by its writer over its date, the stars gone (drawn, as DNS's
and Zepto's).

Detected by `ProductDetail-info` and `Product-description` on a page loading SHOPLINE's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, one_line, price_line, site_reader, tab_headings, text_tag, writer_heading

MARKS = frozenset({"ProductDetail-info", "Product-description"})
_ASSETS = re.compile(r"https?://(?:cdn\.shoplineapp\.com|shoplineimg\.com)/")
_STEP_LINE = re.compile(r"^\s*Step\s*\d+\s*[:：]\s*", re.IGNORECASE)     # 「Step 1：」 opening a line


@site_reader(MARKS, assets=_ASSETS, tags=("link", "script", "img"))
def shopline_product(soup: BeautifulSoup) -> None:
    """Read a SHOPLINE product page's prices, variants, step lines, spec tab and reviews (see the module's
    docstring). A page of any other kind is unchanged."""
    for box in soup.find_all("div", class_="price-box"):
        price_line(soup, box)
    for box in soup.find_all("div", class_="variation-selector"):
        choice_line(soup, box, one_line(box.find("label")), box.find_all("option"))
    for description in soup.find_all("div", class_="Product-description"):
        for paragraph in description.find_all("p"):
            _step_lines(soup, paragraph)
    for tabs in soup.find_all("ul", class_="product-info-tab"):
        tab_headings(soup, tabs.find_all("a"), "h3")
    for review in soup.find_all("div", class_="review-item"):
        author = one_line(review.find("span", class_="review-author"))
        if not author:
            continue
        for part in review.find_all("span", class_=["review-stars", "review-author"]):
            part.decompose()
        for date in review.find_all("span", class_="review-date"):
            date.replace_with(text_tag(soup, "p", one_line(date)))
        review.insert_before(writer_heading(soup, author, "h3"))


def _step_lines(soup: BeautifulSoup, paragraph: Tag) -> None:
    """Make a paragraph whose `<br>` lines are each 「Step N：…」 (two or more) an ordered list of them without
    their numbers: typed steps, which read as one passage were no procedure."""
    lines: list[list] = [[]]
    for node in list(paragraph.contents):
        if isinstance(node, Tag) and node.name == "br":
            lines.append([])
        else:
            lines[-1].append(node)
    texts = ["".join(node.get_text() if isinstance(node, Tag) else str(node) for node in line) for line in lines]
    texts = [text for text in texts if text.strip()]
    if len(texts) < 2 or not all(_STEP_LINE.match(text) for text in texts):
        return
    listed = soup.new_tag("ol")
    for text in texts:
        listed.append(text_tag(soup, "li", _STEP_LINE.sub("", text).strip()))
    paragraph.replace_with(listed)
