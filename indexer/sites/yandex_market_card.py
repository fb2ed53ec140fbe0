"""A Yandex Market (market.yandex.ru, .kz) product card, as the browser saves it.

Yandex Market (its styles and scripts from yastatic.net/s3/market-b2c) names the parts of `main` by `data-zone-name`
(its classes are build hashes 「_title」, 「_question」): `productTitle` (the h1), `rating` (the score, links 「412
отзывов」 / 「37 вопросов」 and 「Купили более 2 тыс. раз」), `price` (the price, the struck-out old one, the discount
and the Яндекс Пэй price as spans side by side, the buttons, the delivery and seller line), `description`, `specs`
(a `dl` of dt / dd pairs), `questions` (`div._question`s: the asker's line 「Марат К. · 5 сентября 2025」, the
question, `div._answer` of the label 「Ответ продавца ТехноДача KZ」 over the answer, the votes 「Полезно (14)」) and
`reviews` (the summary 「4,6 из 5 · 412 отзывов」, then `article._review`s: the writer's line 「Айдос Т. · Покупатель ·
17 августа 2025」, 「Оценка 5」, a `dl` of Достоинства / Недостатки / Комментарий, the votes, and the seller's reply
`div._reviewComments`). It is the product's own card, not the questions page `shop_pages._market_questions` reads.

Read as it stood (holdout240): the prices ran together on one line (「28 990 ₸ 34 500 ₸ −16% с Яндекс Пэй: …」); the
specs and each review's points were one term or value a line, each value apart from its name; the questions were one
part, without the seller's label that told the answers were the shop's; the reviews one part, their writers and
dates lost, the seller's reply gone with the 「comments」 it stands in. `yandex_market_card` sets the prices apart by
「 · 」 (as `html_text.price_line`); makes the specs a two-column table (`html_text.pairs_table`, as Wildberries');
each question a Q&A signed by who answered (`html_text.signed_qa`: 「… — ТехноДача KZ (продавец)」), the asker's
line, the votes and the 「Все 37 вопросов」 link gone; each review a part headed by its writer over the by-line's other
fields, a line 「Достоинства: …」 per point and the seller's reply 「Ответ продавца: …」 (`html_text.review_part`, as
Kaspi's and Ozon's), the score, votes, summary and 「Все 412 отзывов」 gone. The rating line under the h1 goes, as on
the questions page (links to the page's own parts); the delivery and seller line stays, as a shop's terms do.

Detected strictly by Yandex Market's marks: its product card zone on a page loading its assets from yastatic.net.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import (answer_label, by_line_fields, drop_selected, joined_line, one_line, pairs_table,
                               review_part, signed_qa, site_reader)

MARKS = frozenset({"@data-zone-name"})
_ASSETS = re.compile(r"https?://yastatic\.net/s3/market-b2c/")
# the label over an answer: 「Ответ продавца ТехноДача KZ」 (the seller's), 「Ответ Маркета」 (who answered after it)
_ANSWERED = re.compile(r"^\s*Ответ\s+(продавца\s+)?(.+?)\s*:?\s*$", re.IGNORECASE)
_FURNITURE = ('[data-zone-name="rating"]', "div._questionAuthor", "span._questionMeta",
              '[data-zone-name="questions"] > a', "div._reviewsSummary", "div._reviewRating", "div._reviewVotes",
              '[data-zone-name="reviews"] > a')


@site_reader(MARKS, assets=_ASSETS)
def yandex_market_card(soup: BeautifulSoup) -> None:
    """Read a Yandex Market product card's prices, specs, questions and reviews (see the module's docstring). A
    page of any other kind is unchanged."""
    if soup.find(attrs={"data-zone-name": "productCard"}) is None:
        return
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all(attrs={"data-zone-name": "price"}):
        joined_line(soup, box.find_all(["span", "s"], recursive=False))
    for specs in soup.select('[data-zone-name="specs"] dl'):
        pairs = _pairs(specs)
        if pairs:
            specs.replace_with(pairs_table(soup, pairs))
    for card in soup.find_all("div", class_="_question"):
        answer = card.find("div", class_="_answer")
        by = answer_label(answer.find(class_="_answerAuthor") if isinstance(answer, Tag) else None, _ANSWERED)
        signer = f"{by.group(2)} (продавец)" if by and by.group(1) else by.group(2) if by else ""
        signed_qa(soup, card, one_line(card.find(class_="_questionText")), one_line(answer), signer)
    for review in soup.find_all("article", class_="_review"):
        fields = by_line_fields(review.find(class_="_reviewAuthor"))
        if not fields:
            continue
        points = review.find("dl")
        lines = [f"{one_line(term)}: {one_line(value)}" for term, value in _pairs(points)] \
            if isinstance(points, Tag) else []
        replies = [one_line(reply) for reply in review.find_all(class_="_reviewComments")]
        review_part(soup, review, fields[0], [" · ".join(fields[1:]), *lines, *replies])


def _pairs(listed: Tag) -> list[tuple[Tag, Tag]]:
    """A `dl`'s terms beside their values; [] where they do not pair up."""
    terms, values = listed.find_all("dt", recursive=False), listed.find_all("dd", recursive=False)
    return list(zip(terms, values)) if terms and len(terms) == len(values) else []
