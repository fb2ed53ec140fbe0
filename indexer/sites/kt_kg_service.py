"""A Кыргызтелеком (kt.kg) service page as the browser saves it, its tariff cards read.

kt.kg's service page (its stylesheets and scripts under kt.kg/assets/) sets the cookie bar, the header (Частным лицам /
Телевидение / Оплата / Личный кабинет, the Подключить button), the breadcrumbs, the hero (the h1 and its lead), then
`section.service-tariffs`: its h2 over `div.tariff-cards`, each `div.tariff-card` a tariff's name
`div.tariff-card__name` 「«Оптимальный»」, its channels `div.tariff-card__channels`, its price
`div.tariff-card__price` 「550 сом / мес.」 and a Подключить button, the popular one badged `span.tariff-card__badge`
「Хит」; then the steps, payment, блокировка and accordion FAQ sections, the order form and the footer.

Read as it stood (holdout292), the three cards were bare lines of the section (name, channels, price each a line of
its own, no card telling which price is which tariff's) and the badge 「Хит」 a line of content between one card's price
and the next card's name. `kt_kg_service` puts each card as one line 「«Базовый»：95 个频道，其中
12 个 HD · 350 сом / мес.」 (its name, then its other fields set apart by 「 · 」: `html_text.price_line`, which joins
a price box's); the badge and the Подключить button go with the card that line replaces.

Detected by the page's marks (`tariff-card`, `tariff-card__name`) on a page loading kt.kg's own assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, price_line, site_reader

MARKS = frozenset({"tariff-card", "tariff-card__name"})
_ASSETS = re.compile(r"^https?://(?:www\.)?kt\.kg/assets/")
_FIELDS = ("tariff-card__channels", "tariff-card__speed", "tariff-card__price")


@site_reader(MARKS, assets=_ASSETS)
def kt_kg_service(soup: BeautifulSoup) -> None:
    """Read a kt.kg service page's tariff cards each as one line (see the module's docstring); a page of any other
    kind is unchanged."""
    for card in soup.find_all("div", class_="tariff-card"):
        name = card.find(class_="tariff-card__name")
        if isinstance(name, Tag) and one_line(name):
            price_line(soup, card, name, card.find_all(class_=list(_FIELDS)))
