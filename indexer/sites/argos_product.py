"""An Argos (argos.co.uk) product page, as the browser saves it.

Argos (its styles and scripts from media.4rgos.it) sets in `main.pdp-main` the `section.ProductCard` (the h1, the
rating 「★★★★☆ (57)」, 「Cat. no. …」, the price, buttons, share bar), `section.Description` (h2 「Description」, h3
sections, and at its end a bare `table.spec-table` of 项目 / 参数 rows), `section.QuestionsAnswers` (h2, the summary
「6 questions · Ask a question」, `div.qa-item`s of `p.question` 「Q: …」, the asker's `p.question-meta` 「Asked by
Aigerim, Almaty · 12 March 2025」, `p.answer` 「A: …」 and `p.answer-meta` 「Answered by VitaStep Support · Helpful?
Yes (14) No (1)」) and `section.Reviews` (h2 「Customer reviews」, the summary 「4.4 out of 5 · 57 reviews」, `div.review`s
of an h3 `review-title`, the text and `p.review-author` 「Gulnara · Verified purchase」).

Read as it stood (holdout232): the summary line was a part of its own under 「Questions & answers」; each answer lost
who gave it (the maker's support or an Argos colleague) with its by-line; the spec table was glued to the end of the
description's last h3 section (a paragraph about carpets); the review was a part titled by its own h3, its writer
gone. `argos_product` makes each question a Q&A signed by who answered (`html_text.signed_qa`, as MediaMarkt's and
OTTO's), the summary lines gone (as OTTO's); reads the spec table under the product's name, as Zepto's (it describes
the product, not the section it ends); and makes the review a part headed by its writer over its by-line's other
fields, title and text (`html_text.by_line_review`, as Coolblue's). The catalogue number and price stay, as a shop's
price and terms do (Kaspi's, Ozon's).

Detected strictly by Argos's marks: its product card's class on a page loading media.4rgos.it's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import by_line_review, drop_selected, one_line, signed_qa, signer, site_reader

MARKS = frozenset({"ProductCard"})
_ASSETS = re.compile(r"https?://media\.4rgos\.it/")
_ANSWERED_BY = re.compile(r"^\s*Answered by\s+", re.IGNORECASE)
_FURNITURE = ("p.qa-summary", "p.review-summary", "p.question > strong", "p.answer > strong")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def argos_product(soup: BeautifulSoup) -> None:
    """Read an Argos product page's spec table, questions and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    card = soup.find("section", class_="ProductCard")
    if not isinstance(card, Tag):
        return
    for table in soup.select("section.Description > table.spec-table"):
        card.append(table.extract())        # under the product's name, not the section before it
    drop_selected(soup, _FURNITURE)
    for item in soup.find_all("div", class_="qa-item"):
        signed_qa(soup, item, one_line(item.find("p", class_="question")), one_line(item.find("p", class_="answer")),
                  signer(item.find("p", class_="answer-meta"), _ANSWERED_BY))
    for review in soup.find_all("div", class_="review"):
        by_line_review(soup, review, review.find("p", class_="review-author"), review.find(class_="review-title"))
