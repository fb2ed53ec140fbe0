"""A Fnac (fnac.com) product page, as the browser saves it.

Fnac (its styles and scripts from static.fnac-static.com) sets in `main.f-productPage` the `section.f-productHeader`
(h1, rating 「4/5 (21 avis)」, price box, seller and availability lines, buttons, share bar), `section.f-productDesc`
(h2 「Résumé」, h3 sections, at its end `table.f-specs` whose first row is its title 「Caractéristiques」 over an empty
cell), `section.f-questions` (`div.f-questionItem`s of `p.f-questionItem-q` 「Question de Timur : …」,
`p.f-questionItem-a` 「Réponse de PostPing (vendeur) : …」 and `p.f-questionItem-useful` 「Cette réponse vous a-t-elle été
utile ? Oui (8) Non (0)」, then the link 「Poser une question」) and `section.f-reviews` (`div.f-review`s of
`p.f-review-title`, the text and `p.f-review-author` 「Daulet · 12/02/2025」).

Read as it stood (holdout232): the questions were one section cut by size between the third question and its
answer, the 「Question de … :」 / 「Réponse de … :」 prefixes, votes lines and link its text; the spec table was glued to
the end of the description's last h3 section, its title a row 「Caractéristiques |」; the review's title a text line,
its writer gone. `fnac_product` makes each question a Q&A without the asker, its answer signed by who gave it (「—
PostPing (vendeur)」, 「— Fnac」: `html_text.signed_qa`, as MediaMarkt's), the votes and link gone; heads the spec
table by its title row (an h3 of its own); and makes the review a part headed by its writer over its date, title
and text (`html_text.by_line_review`, as Coolblue's). The header's price, seller and availability lines stay, as a
shop's price and terms do (Kaspi's, Ozon's).

Detected strictly by Fnac's marks: its question classes on a page loading static.fnac-static.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import by_line_review, drop_selected, one_line, signed_qa, site_reader, table_rows, text_tag

MARKS = frozenset({"f-questionItem"})
_ASSETS = re.compile(r"https?://static\.fnac-static\.com/")
_ASKED = re.compile(r"^\s*Question de\s+[^:]*?\s*:\s*")
_ANSWERED = re.compile(r"^\s*Réponse de\s+([^:]*?)\s*:\s*")
_FURNITURE = ("p.f-questionItem-useful", "a.f-questions-ask")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def fnac_product(soup: BeautifulSoup) -> None:
    """Read a Fnac product page's spec table, questions and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for table in soup.find_all("table", class_="f-specs"):
        rows = table_rows(table)
        cells = [one_line(cell) for cell in rows[0].find_all(["th", "td"])] if rows else []
        if len(cells) > 1 and cells[0] and not any(cells[1:]):     # a title row over an empty cell
            rows[0].decompose()
            table.insert_before(text_tag(soup, "h3", cells[0]))
    for item in soup.find_all("div", class_="f-questionItem"):
        answer = one_line(item.find("p", class_="f-questionItem-a"))
        by = _ANSWERED.match(answer)
        signed_qa(soup, item, _ASKED.sub("", one_line(item.find("p", class_="f-questionItem-q")), count=1),
                  answer[by.end():] if by else answer, by.group(1) if by else "")
    for review in soup.find_all("div", class_="f-review"):
        by_line_review(soup, review, review.find("p", class_="f-review-author"),
                       review.find("p", class_="f-review-title"))
