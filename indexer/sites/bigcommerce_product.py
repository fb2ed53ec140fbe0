"""A BigCommerce (Stencil, its Cornerstone theme and those built on it) product page, as the browser saves it.

A Stencil store serves its theme from BigCommerce's CDN (`cdn11.bigcommerce.com/s-<store>/stencil/…`) and sets the
cookie message, the top banner, the header (navPages, navUser), the breadcrumbs, then `div.productView`: the images,
`section.productView-details` — `h1.productView-title`, the brand `h2.productView-brand`, the price box (the RRP's
label 「建议零售价:」 in a box hidden with display: none), the rating, the `dl.productView-info` of SKU / 重量 / 运费,
the cart form (each option a `div.form-field` of its label 「探头线长:」 and its radios' labels 「3 米」「10 米（+3 500
₸）」, the quantity, 「加入购物车」) and the share links —, then `article.productView-description`: the tabs
(「商品描述」「保修」「评价」) over their `div.tab-content` panes; then `#product-reviews` (its `h4.toggle-title` 「评价
(23)」 over `li.productReview`s: the stars, `h5.productReview-title`, `p.productReview-author` 「由 <span>name</span>
发表于 2026-10-03」 and `p.productReview-body`), 相关商品 and the footer.

Read as it stood (holdout263): the first part was titled by the brand's h2 「TankWatch」, the h1 read after it; the
hidden RRP label and the SKU / weight / shipping lines were glued in front of the description; the options went
with the cart form; the warranty pane's text was read under the h1, its tab's name lost; and the reviews' titles,
writers and dates went with their headers, both reviews glued into one part 「评价 (23)」. `bigcommerce_product` puts
the h1 first, then one line of the price with the SKU / weight / shipping fields and a line per option 「探头线长: 3 米
/ 10 米（+3 500 ₸）」, the brand's heading, hidden boxes, rating, cart form and share links gone; heads each pane but
the description (the page's own text) by its tab's name; and makes each review a part headed by its writer over its
title, date and text (`html_text.review_part`) under the reviews' heading without its count, the stars gone.

Detected by the product page's marks (`productView-title`, `productView-description`) on a page loading the store's
Stencil theme from BigCommerce's CDN.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, drop_selected, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"productView-title", "productView-description"})
_ASSETS = re.compile(r"^https?://cdn\d*\.bigcommerce\.com/s-\w+/stencil/")
# the rating, the share links, each review's stars (the cart form goes once its options are read)
_FURNITURE = ("div.productView div.productView-rating", "div.productView .socialLinks",
              "div.productView .addthis_toolbox", "li.productReview .productReview-rating")
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_POSTED = re.compile(r"发表于\s*(.+)$|\bon\s+(.+)$")         # 「由 name 发表于 2026-10-03」, 「Posted by name on …」


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def bigcommerce_product(soup: BeautifulSoup) -> None:
    """Read a BigCommerce product page's details, tabs and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    view = soup.find("div", class_="productView")
    name = view.find("h1", class_="productView-title") if isinstance(view, Tag) else None
    if not isinstance(name, Tag):
        return
    drop_selected(soup, _FURNITURE)
    for hidden in view.find_all(style=_HIDDEN):
        hidden.decompose()          # (the RRP's label over no price)
    _details(soup, view, name)
    for tab in view.select("ul.tabs a.tab-title[href^='#']"):
        pane = soup.find(id=str(tab["href"])[1:])
        title = COUNTED.sub("", one_line(tab))
        if isinstance(pane, Tag) and pane.name == "div" and title and "is-active" not in pane.get("class", ()):
            pane.insert(0, text_tag(soup, "h2", title))
    for tabs in view.select("ul.tabs"):
        tabs.decompose()
    reviews = soup.find(id="product-reviews")
    text = view.find("article", class_="productView-description")
    if isinstance(reviews, Tag) and isinstance(text, Tag):
        text.append(reviews.extract())      # the description is the page's <article>: what stands outside it goes
    _reviews(soup)


def _details(soup: BeautifulSoup, view: Tag, name: Tag) -> None:
    """The h1 first in the description's <article>, over one line of the price and the info list's fields and a
    line per option."""
    details = name.find_parent("section") or name.parent
    lines = []
    price = view.find("div", class_="productView-price")
    fields = [shown] if isinstance(price, Tag) and (shown := one_line(price)) else []
    info = view.find("dl", class_="productView-info")
    if isinstance(info, Tag):
        fields += [f"{one_line(term)} {one_line(term.find_next_sibling('dd'))}".strip()
                   for term in info.find_all("dt")]
    if fields:
        lines.append(" · ".join(fields))
    for field in view.select("div.productView-options div.form-field"):
        label, choices = field.find("label", class_="form-label"), field.select(".form-option-variant")
        if isinstance(label, Tag) and choices and field.find("input", attrs={"type": "radio"}) is not None:
            for mark in label.find_all("small"):
                mark.decompose()        # the 「*」 of a required option
            lines.append(f"{one_line(label)} {' / '.join(one_line(choice) for choice in choices)}")
    text = view.find("article", class_="productView-description") or view
    text.insert(0, name.extract())
    for k, line in enumerate(lines):
        text.insert(k + 1, text_tag(soup, "p", line))
    if isinstance(details, Tag):
        details.decompose()         # the brand's heading, the price box, the info list, the cart form


def _reviews(soup: BeautifulSoup) -> None:
    """Each review a part headed by its writer over its title, date and text, under the reviews' heading without
    its count; a review without a writer or a text stays as it is."""
    heading = soup.select_one("#product-reviews .toggle-title")
    if isinstance(heading, Tag) and (title := COUNTED.sub("", one_line(heading))):
        heading.replace_with(text_tag(soup, "h2", title))
    for card in soup.select("li.productReview"):
        by_line = card.find(class_="productReview-author")
        writer = by_line.find("span") if isinstance(by_line, Tag) else None
        body = card.find(class_="productReview-body")
        if not isinstance(writer, Tag) or not one_line(writer) or not one_line(body):
            continue
        posted = _POSTED.search(one_line(by_line))
        date = next((group for group in posted.groups() if group), "") if posted else ""
        review_part(soup, card, one_line(writer), [one_line(card.find(class_="productReview-title")), date,
                                                   one_line(body)], before=card.parent)
