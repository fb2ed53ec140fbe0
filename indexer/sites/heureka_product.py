"""A Heureka (heureka.cz, heureka.sk) product page, as the browser saves it.

Heureka (its styles and scripts from im9.cz) sets in `main.c-product` the `div.c-product__header` (the h1, the
rating 「86 % · 27 recenzí · Doporučuje 88 % zákazníků」, the price range 「od 1 490 Kč do 1 890 Kč v 6 obchodech」, the
「Hlídat cenu」 / 「Přidat do oblíbených」 links), the tabs, 「Popis produktu」, 「Parametry」, the shops' offers
(`ul.c-offers__list` of `li.c-offer`: shop, price and delivery spans and a 「Do obchodu」 button), 「Recenze」
(`div.c-reviews__summary`, then `article.c-review`s: `div.c-review__author` 「Ověřený zákazník · Lenka, Brno
<time>」, the score `div.c-review__rating`, `div.c-review__pros` / `__cons` each an h4 「Klady」 / 「Zápory」 over a
list, the text `p.c-review__summary` and the votes) and 「Diskuze」 (`div.c-discussion__post`s of
`p.c-discussion__question` 「<strong>Martin K.:</strong> …」 and `p.c-discussion__answer` 「<strong>Odpověď –
Alza.cz:</strong> …」, and the 「Zobrazit celou diskuzi」 link).

Read as it stood (holdout240): each review's h4s headed parts of their own, so a review was cut into a 「Klady」 and a
「Zápory」 part, its own text glued under 「Zápory」 after the cons and its writer and date lost; the discussion was one
part of both questions and answers, each opening with its writer's name. `heureka_product` makes each review a part
headed by its writer over its date and badge, a line 「Klady: …」 and one 「Zápory: …」 of its points and its text
(`html_text.review_part`, as Newegg's 「Pros: …」 lines), the score, votes and summary gone (as Argos's and OTTO's);
each discussion post a Q&A without the asker's name, signed by the shop that answered (`html_text.signed_qa`:
「… — Alza.cz」); each shop's offer one line 「Alza.cz · 1 590 Kč · Skladem, doprava zdarma」 (its spans ran together).
The watchdog and favourites links under the title and the link to the whole discussion go; the price range stays,
as a shop's price does (Kaspi's, Ozon's).

Detected strictly by Heureka's marks: its review and header classes on a page loading im9.cz's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import answer_label, by_line_fields, drop_selected, one_line, review_part, signed_qa, site_reader

MARKS = frozenset({"c-product__header"})
_ASSETS = re.compile(r"https?://im9\.cz/")
# the label opening a shop's answer: 「Odpověď – Alza.cz:」 (who answered after the dash)
_ANSWERED = re.compile(r"^\s*Odpověď\s*[–—-]\s*(.+?)\s*:?\s*$", re.IGNORECASE)
_FURNITURE = ("div.c-product__header > a", "div.c-reviews__summary", "div.c-review__rating", "div.c-review__vote",
              "section.c-discussion > a", "p.c-discussion__question > strong")


@site_reader(MARKS, assets=_ASSETS)
def heureka_product(soup: BeautifulSoup) -> None:
    """Read a Heureka product page's offers, reviews and discussion (see the module's docstring). A page of any
    other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for offer in soup.find_all("li", class_="c-offer"):
        fields = [one_line(span) for span in offer.find_all("span", recursive=False)]
        if any(fields):
            offer.clear()
            offer.string = " · ".join(filter(None, fields))
    for review in soup.find_all("article", class_="c-review"):
        _review(soup, review)
    for post in soup.find_all("div", class_="c-discussion__post"):
        answer = post.find("p", class_="c-discussion__answer")
        by = answer_label(answer.find("strong") if isinstance(answer, Tag) else None, _ANSWERED)
        signed_qa(soup, post, one_line(post.find("p", class_="c-discussion__question")), one_line(answer),
                  by.group(1) if by else "")


def _review(soup: BeautifulSoup, review: Tag) -> None:
    """Put one review as a part headed by its writer (the by-line's last field, its badge before it) over its date
    and badge, its points 「Klady: …」 / 「Zápory: …」 and its text; a review without a writer stays as it is."""
    by_line = review.find("div", class_="c-review__author")
    date = by_line.find("time").extract() if isinstance(by_line, Tag) and by_line.find("time") else None
    fields = by_line_fields(by_line)
    if not fields:
        return
    points = []
    for box in review.find_all("div", class_=["c-review__pros", "c-review__cons"]):
        label = box.find("h4")
        items = [one_line(item) for item in box.find_all("li")]
        if isinstance(label, Tag) and any(items):
            points.append(f"{one_line(label)}: {' · '.join(filter(None, items))}")
    review_part(soup, review, fields[-1], [" · ".join(filter(None, [one_line(date), *fields[:-1]])), *points,
                                           one_line(review.find("p", class_="c-review__summary"))])
