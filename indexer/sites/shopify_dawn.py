"""A Shopify store's product page in the Dawn theme (Shopify's default theme), as the browser saves it.

The store's page (its theme's stylesheets and scripts under the store's own 「/cdn/shop/t/…/assets/」, or under
cdn.shopify.com) sets the announcement bar and header, then the product section: the media gallery and
`section.product__info-container` — the vendor caption `p.product__text` 「骑安 RideGuard」 over the title
`div.product__title` (the h1), the price box `div.price` (`price__regular` and `price__sale`, each with its label
for screen readers, the old price in an <s>, the unit price, and the badges 「促销」 `price__badge-sale` and 「售罄」
`price__badge-sold-out`, which the theme shows only on a `price--on-sale` / `price--sold-out` box), the tax note,
the variant picker (`fieldset.product-form__input`: its legend over radio inputs and their labels), the add to cart
and buy now buttons, the description and the accordion <details> —; then the recommendations and the footer.

Read as it stood (holdout268): the vendor caption was a fragment of its own under the title, and the price box,
badges and picker ran together ahead of the description: 「29 900 ₸24 900 ₸ / 促销售罄 / 座管直径27.2 mm31.6 mm」, the
regular price shown twice, the hidden 「售罄」 glued to the shown 「促销」. `shopify_dawn` moves the vendor caption
under the title, puts the price box as one line of what it shows — the old price, the price, the shown badge
(「29 900 ₸ · 24 900 ₸ · 促销」; the regular price alone when not on sale) — and the picker as one line 「座管直径：27.2
mm / 31.6 mm」 (`html_text.choice_line`).

Detected by the page's marks (`product__info-container`, `product__title`) on a page loading Shopify's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, class_names, one_line, site_reader, text_tag

MARKS = frozenset({"product__info-container", "product__title"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:cdn\.shopify\.com/|[^/]+/cdn/shop/)")


@site_reader(MARKS, assets=_ASSETS)
def shopify_dawn(soup: BeautifulSoup) -> None:
    """Read a Dawn product page's info column (see the module's docstring). A page of any other kind is unchanged."""
    for info in soup.find_all(class_="product__info-container"):
        title = info.find(class_="product__title")
        vendor = info.find("p", class_="product__text")
        if isinstance(title, Tag) and isinstance(vendor, Tag) and vendor.find_next(class_="product__title") is title:
            title.insert_after(vendor.extract())
        for box in info.find_all("div", class_="price"):
            _price(soup, box)
        for picker in info.find_all("fieldset", class_="product-form__input"):
            legend = picker.find("legend")
            choice_line(soup, picker, one_line(legend), picker.find_all("label"))


def _price(soup: BeautifulSoup, box: Tag) -> None:
    """Put a price box as one line of what the theme shows of it: the old and the sale price and the badge 「促销」 on
    sale, the regular price otherwise, 「售罄」 when sold out; the labels for screen readers and the unit price go."""
    classes = set(class_names(box))
    for hidden in box.select(".visually-hidden, .unit-price"):
        hidden.decompose()
    on_sale, sold_out = "price--on-sale" in classes, "price--sold-out" in classes
    shown = box.select(".price__sale .price-item") if on_sale else box.select(".price__regular .price-item")
    shown += box.select(".price__badge-sale") if on_sale else []
    shown += box.select(".price__badge-sold-out") if sold_out else []
    said = [one_line(part) for part in shown if one_line(part)]
    if said:
        box.replace_with(text_tag(soup, "p", " · ".join(said)))
