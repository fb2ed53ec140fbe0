"""A DNS (dns-shop.ru) product page, as the browser saves it.

DNS (its styles and scripts from a.dns-shop.ru) sets in `div.product-card` the h1, the code, rating and buy box,
the tab links, the description, `div.product-characteristics` (under its h2 「Характеристики …」) of `__group`s (a `__group-title` 「Связь」 over a
list of `li`s, each a `__spec-title` span and a `__spec-value` span), the shop's guides, `div.product-reviews` of
`div.ow-opinion` cards (the by-line `__user` 「Нурлан К. · <span.star-rating>3</span> · 21 октября 2025 · Срок
использования: …」, the texts `__texts` of 「Достоинства:」 / 「Недостатки:」 / 「Комментарий:」 paragraphs, the actions
`__actions` 「Полезный отзыв? Да 31 Нет 2 Комментировать」) and `div.product-questions` of `div.product-question`s
(`__text` 「问：…」, `__answer` 「答：…」 signed by a `span.product-question__author` 「— Эксперт DNS」).

Read as it stood (holdout197): each spec group's title was a bare line and each spec its name and value joined by a
space (「Поддержка eSIM нет」); the reviews were cut at the wrong place, each by-line read as the end of the review
before it (its stars gone, 「Нурлан К. · · 21 октября 2025」) and the actions kept as text; the signature under each
answer went as a by-line, so the shop's experts were not told from buyers. `dns_product` makes each spec group a
two-column table (`html_text.pairs_table`, as Ozon's characteristics) under its title, an h3 where there are several
groups (one group's title, 「Связь」, would only retitle the characteristics' part), each review a part headed by
its writer over its date and usage (`html_text.review_by_line`, as Kaspi's, Ozon's and Citilink's), its actions gone,
and each signature the answer's last words. The code, price and credit lines under the title stay, as a shop's do
(Kaspi's, Ozon's); the rating line and the other goods (「С этим товаром покупают」) go as the site's furniture.

Detected strictly by DNS's marks: its review and characteristics classes on a page loading a.dns-shop.ru.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, pairs_table, review_cards, signed_answers, site_reader, text_tag

MARKS = frozenset({"ow-opinion", "product-characteristics__group"})
_ASSETS = re.compile(r"https?://a\.dns-shop\.ru/")


@site_reader(MARKS, assets=_ASSETS)
def dns_product(soup: BeautifulSoup) -> None:
    """Read a DNS product page's specs, reviews and answers' signatures (see the module's docstring). A page of any
    other kind is unchanged."""
    groups = soup.find_all("div", class_="product-characteristics__group")
    for group in groups:
        title = group.find(class_="product-characteristics__group-title") if len(groups) > 1 else None
        pairs = [(item.find(class_="product-characteristics__spec-title"),
                  item.find(class_="product-characteristics__spec-value")) for item in group.find_all("li")]
        if not pairs or any(not isinstance(name, Tag) or not isinstance(value, Tag) for name, value in pairs):
            continue
        parts = [text_tag(soup, "h3", one_line(title))] if isinstance(title, Tag) and one_line(title) else []
        group.clear()
        group.extend([*parts, pairs_table(soup, pairs)])
    # (the actions: 「Полезный отзыв?」, its votes and 「Комментировать」; a signature: who answered, the shop's expert
    # or a buyer)
    cards = [card for card in soup.find_all("div", class_="ow-opinion")
             if card.find(class_="ow-opinion__texts") is not None]
    review_cards(soup, cards, "ow-opinion__user", ("star-rating",), "ow-opinion__actions")
    signed_answers(soup.find_all("span", class_="product-question__author"))
