"""A bol.com product page, as the browser saves it.

bol.com (its styles and scripts from assets.s-bol.com) sets in `main.pdp-main` the `div.pdp-header` (h1, rating,
price block, 「Verkoop door … · Op voorraad · …」, buttons, share bar), `section.product-description`,
`section.questions-answers` 「Vragen en antwoorden」 (`div.qa-block`s of `p.qa-question` and `p.qa-answer`, each led by
its `span.qa-label` 「Vraag」 / 「Antwoord」, and `p.qa-meta` 「Beantwoord door GenParts Europe · 4 maart 2025」, then the
link `a.qa-ask` 「Stel een vraag」) and `section.reviews` (`div.review`s of `p.review-title`, the text and
`p.review-author` 「Bolat · 9 januari 2025」).

Read as it stood (holdout232): the four questions were one section with the labels glued to their text
(「Vraag 發電機是…」) and who answered gone with the by-lines; the link was a second part of its own; the review's
title a text line, its writer gone. `bol_product` makes each question a Q&A without its labels, its answer signed
by who gave it (「— GenParts Europe」, the seller, or 「— een klant」, a buyer: `html_text.signed_qa`, as MediaMarkt's
and Coolblue's), the link gone; and the review a part headed by its writer over its date, title and text
(`html_text.by_line_review`, as Coolblue's). The price and seller line stay, as a shop's price and terms do
(Kaspi's, Ozon's).

Detected strictly by bol.com's marks: its question classes on a page loading assets.s-bol.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import by_line_review, drop_selected, one_line, signed_qa, signer, site_reader

MARKS = frozenset({"qa-block", "qa-question", "qa-answer"})
_ASSETS = re.compile(r"https?://assets\.s-bol\.com/")
_ANSWERED_BY = re.compile(r"^\s*Beantwoord door\s+", re.IGNORECASE)
_FURNITURE = ("span.qa-label", "a.qa-ask")


@site_reader(MARKS, assets=_ASSETS)
def bol_product(soup: BeautifulSoup) -> None:
    """Read a bol.com product page's questions and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    drop_selected(soup, _FURNITURE)
    for item in soup.find_all("div", class_="qa-block"):
        signed_qa(soup, item, one_line(item.find("p", class_="qa-question")),
                  one_line(item.find("p", class_="qa-answer")), signer(item.find("p", class_="qa-meta"), _ANSWERED_BY))
    for review in soup.select("section.reviews div.review"):
        by_line_review(soup, review, review.find("p", class_="review-author"), review.find("p", class_="review-title"))
