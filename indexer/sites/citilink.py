"""A Citilink (Ситилинк, citilink.ru) product page, as the browser saves it.

Citilink (its styles and scripts from cdn.citilink.ru) sets in `main.ProductPage` the h1, the info line (code,
rating, questions), the price box, then sections: the description, the specs table, the shop's guides,
`section.ProductReviews` of `div.ReviewCard`s (the by-line `__author` 「Тимур А. · <span.ReviewCard__rating>5</span> ·
08.09.2025 · Опыт использования: …」, the `__pros` / `__cons` / `__comment` paragraphs, the `__actions` 「Полезен?
Да 41 Нет 2」) and `section.ProductQuestions` of `div.QuestionCard`s (`__question` 「问：…」, `__answer` 「答：…」
signed by a `span.QuestionCard__author` 「— Представитель Ситилинк」 or 「— Покупатель Ильдар」).

Read as it stood (holdout197): the by-lines went (「author」), so both reviews ran together as one passage under the
reviews' heading, each ended by the button label 「Полезен?」; the signature under each answer went too, so the
shop's answers were not told from buyers'. `citilink_product` makes each review a part headed by its writer over
its date and usage (`html_text.review_by_line`, as DNS's and Kaspi's), its stars and actions gone, and each
signature the answer's last words. The price box under the title stays, as a shop's does (Kaspi's, Ozon's); the
info line of code and counts goes as the site's furniture.

Detected strictly by Citilink's marks: its review and question cards' classes on a page loading cdn.citilink.ru.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import review_cards, signed_answers, site_reader

MARKS = frozenset({"ReviewCard__author", "QuestionCard__answer"})
_ASSETS = re.compile(r"https?://cdn\.citilink\.ru/")


@site_reader(MARKS, assets=_ASSETS)
def citilink_product(soup: BeautifulSoup) -> None:
    """Read a Citilink product page's reviews and answers' signatures (see the module's docstring). A page of any
    other kind is unchanged."""
    # (the actions: 「Полезен?」 and its votes; a signature: who answered, the shop or a buyer)
    review_cards(soup, soup.find_all("div", class_="ReviewCard"), "ReviewCard__author", ("ReviewCard__rating",),
                 "ReviewCard__actions")
    signed_answers(soup.find_all("span", class_="QuestionCard__author"))
