"""A Newegg (newegg.com) product page, as the browser saves it.

Newegg's product page (its stylesheets and scripts from c1.neweggimages.com) sets the 2021 header and the
breadcrumb, then `div.product-wrap`: the h1 `product-title`, `div.product-rating` (drawn stars, 「(318)」, 「Ask a
question」), `div.product-price` (`li.price-current`: the dollars a `strong`, the cents a `sup`; `div.product-inventory`
「In stock.」), the seller's line `div.product-seller` and `div.product-bullets`; then the tab bar `div.tab-navs`
(`div.tab-nav`s 「Overview」 「Specs」 「Reviews」 「Q&A」, no links) over its panes: the Overview (the seller's text),
the specs (an h2 over `table.table-horizontal`s, each captioned by its group's name) and the reviews (an h2 over
`div.comments-cell`s: `div.comments-cell-header` of `div.comments-name`, 「Verified Owner」 and 「Ownership: …」,
`div.comments-cell-body` of `div.comments-title` (drawn stars 「Rating + 5」, the title `span.comments-title-content`,
the time `span.comments-time`), `div.comments-content` of 「Pros:」 / 「Cons:」 / 「Overall Review:」 paragraphs and the
votes `div.comments-cell-action`).

Read as it stood (holdout219): the title's part ended in the tab bar, its labels a line each; each spec table's
caption was a lone line in one 「Specifications」 part; the reviews were the comment reader's 「评论」, without their
writers, titles or times, each review's three paragraphs glued into one line and its 「Ownership: …」 after it, cut by
size across reviews. `newegg_item` drops the rating row and the tab bar, puts the price and stock on one line
「39.99 · In stock.」, heads each captioned spec table by its caption (an h3, as DNS's groups are); each review is a
part headed by its writer (`html_text.review_part`, an h3 under 「Reviews」) over its title, a line of its time and
ownership, and its paragraphs a line each, its stars, 「Verified Owner」 and votes gone, as every shop reader's. The
comment reader leaves the reviews to it (`reads_comments=True`: `html_text.reads_comments`).

Detected by the product page's marks (`product-title`, `product-wrap`) on a page loading neweggimages.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"product-title", "product-wrap"})
_ASSETS = re.compile(r"^https?://c1\.neweggimages\.com/")
# the product page's furniture: the rating row under the title, the tab bar over the panes
_FURNITURE = ("div.product-rating", "div.tab-navs")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def newegg_item(soup: BeautifulSoup) -> None:
    """Read a Newegg product page's price, spec tables and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    if soup.find("h1", class_="product-title") is None:
        return
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all("div", class_="product-price"):
        fields = [one_line(box.find(class_="price-current")), one_line(box.find(class_="product-inventory"))]
        if any(fields):
            box.replace_with(text_tag(soup, "p", " · ".join(filter(None, fields))))
    for table in soup.find_all("table", class_="table-horizontal"):
        caption = table.find("caption")
        if one_line(caption):
            table.insert_before(text_tag(soup, "h3", one_line(caption)))
            caption.decompose()
    for cell in soup.find_all("div", class_="comments-cell"):
        _review(soup, cell)


def _review(soup: BeautifulSoup, cell: Tag) -> None:
    """Put a review cell as a part headed by its writer over its title, its time and ownership, and its paragraphs
    (「Pros: …」, 「Cons: …」, 「Overall Review: …」) a line each. A cell the page left unclosed holds the next ones: they
    are moved after it first. A cell without a writer or a text stays as it is."""
    for inner in reversed(cell.find_all("div", class_="comments-cell")):
        cell.insert_after(inner.extract())
    name, content = cell.find(class_="comments-name"), cell.find(class_="comments-content")
    if not one_line(name) or not isinstance(content, Tag):
        return
    told = [one_line(cell.find(class_="comments-time")), one_line(cell.find(class_="comments-cell-time"))]
    paragraphs = [one_line(paragraph) for paragraph in content.find_all("p")] or [one_line(content)]
    lines = [one_line(cell.find(class_="comments-title-content")), " · ".join(filter(None, told)), *paragraphs]
    review_part(soup, cell, one_line(name), lines)
