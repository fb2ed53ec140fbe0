"""An OpenCart (3.x, its default theme and those built on it) product page, as the browser saves it.

OpenCart serves its assets from the shop's own `catalog/view/` (`catalog/view/javascript/common.js`,
`catalog/view/theme/<theme>/stylesheet/stylesheet.css`) and sets, in `div#product-product`, the breadcrumb, then two
columns: the left one (`div.col-sm-8`) the thumbnails, the tabs `ul.nav-tabs` (「商品描述」「規格」「評論 (2)」, links to
their panes) and `div.tab-content` — `div#tab-description` (the merchant's text), `div#tab-specification` (the
attribute table), `div#tab-review` inside `form#form-review`: `div#review` (each review a `table` of the writer in
bold and the date 「2026/09/14」 over the text and the stars `span.fa-stack`, then the pager 「顯示 1 到 2 筆，共 2 筆」),
then the review form (its h2 「撰寫評論」, name, text, rating, 「繼續」) —; the right one (`div.col-sm-4`) the
wishlist / compare buttons, the h1, `ul.list-unstyled`s of the brand, model and stock and the price (an h2
「NT$2,480」) with the price before tax, the cart form `div#product`, the rating `div.rating` (stars, 「2 評論 /
撰寫評論」, AddThis).

Read as it stood (holdout259): the review tab went whole as a form, both reviews with it; the tab labels were lost,
so the description's opening had no title of its own and the spec table, then the right column (the h1 after the
tabs, the model, stock and price lines), were glued to the end of the description's last Q&A. `opencart_product`
puts the right column's h1 and its lines (brand, model, stock, the price a line, not a heading) first, before the
left column, the buttons, cart form and rating gone; heads the spec pane by its tab's name (`html_text.tab_headings`,
as SHOPLINE's; the description's tab title goes, as Magento's, its text being the page's own); takes the reviews out
of the form under an h2 of their tab's name without its count, each review a part headed by its writer over its
date and text (`html_text.review_part`), the stars, pager and review form gone.

Detected by the product page's marks (`#product-product`, `#tab-review`) on a page loading OpenCart's own
`catalog/view/` assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, drop_selected, one_line, review_part, site_reader, tab_headings, text_tag

MARKS = frozenset({"#product-product", "#tab-review"})
_ASSETS = re.compile(r"(?:^|/)catalog/view/(?:javascript|theme)/")
# the right column's wishlist / compare buttons, cart form and rating; the reviews' stars and pager
_FURNITURE = ("#product-product div.btn-group", "#product-product div#product", "#product-product div.rating",
              "#review span.fa-stack", "#review div.row")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def opencart_product(soup: BeautifulSoup) -> None:
    """Read an OpenCart product page's columns, tabs and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    page = soup.find(id="product-product")
    if not isinstance(page, Tag):
        return
    drop_selected(soup, _FURNITURE)
    _head_first(soup, page)
    tabs = page.select("ul.nav-tabs a[href^='#']")
    tab_headings(soup, tabs, "h2")
    review_tab = next((tab for tab in tabs if tab.get("href") == "#tab-review"), None)
    _reviews(soup, page, COUNTED.sub("", one_line(review_tab)) if isinstance(review_tab, Tag) else "")
    for nav in page.select("ul.nav-tabs"):
        nav.decompose()


def _head_first(soup: BeautifulSoup, page: Tag) -> None:
    """The right column's h1 and the lists under it (brand, model, stock, the price) before the left column: the
    theme draws them beside the tabs, the page's text puts them after the tabs."""
    name = page.find("h1")
    column = name.find_parent("div", class_="col-sm-4") if isinstance(name, Tag) else None
    left = column.find_previous_sibling("div", class_="col-sm-8") if isinstance(column, Tag) else None
    if not isinstance(left, Tag):
        return
    for price in column.select("ul.list-unstyled h2"):
        price.replace_with(text_tag(soup, "p", one_line(price)))       # the price, no heading
    left.insert_before(name.extract())
    for listed in column.select("ul.list-unstyled"):
        left.insert_before(listed.extract())


def _reviews(soup: BeautifulSoup, page: Tag, title: str) -> None:
    """The review pane's reviews out of its form, under an h2 `title`, each review table its writer's part."""
    pane, shown = page.find(id="tab-review"), page.find(id="review")
    if not isinstance(pane, Tag) or not isinstance(shown, Tag):
        return
    cards = []
    for table in shown.find_all("table", recursive=False):
        rows = table.find_all("tr")
        name = one_line(rows[0].find("strong")) if rows else ""
        date = one_line(rows[0].find("td", class_="text-right")) if rows else ""
        text = " ".join(one_line(row) for row in rows[1:])
        if name and text:
            cards.append((table, name, [date, text]))
    if not cards:
        return
    holder = soup.new_tag("div")
    if title:
        holder.append(text_tag(soup, "h2", title))
    for table, name, lines in cards:
        holder.append(table.extract())
        review_part(soup, table, name, lines)
    pane.clear()
    pane.append(holder)
