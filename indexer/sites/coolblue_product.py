"""A Coolblue (coolblue.nl, .be, .de) product page, as the browser saves it.

Coolblue (its styles and scripts from assets.coolblue.nl) sets in `main.product-page` the header (h1, rating), the
order block (price, 「Voor 23.59 uur besteld, morgen in huis」, buttons), then `section.product-page__section`s: 「Plus-
en minpunten」 (`p.pros-and-cons__text` 「Volgens onze portofoonexpert」 over one `ul.pros-and-cons-list` whose items
are `…__item--pro` or `…__item--con`, drawn with a green plus or a grey minus), 「Productinformatie」 (the merchant's
text), 「Specificaties」 (`dl.product-specs` of `dt.product-specs__title` / `dd.product-specs__value` pairs), 「Vragen
en antwoorden」 (`article.question`s: the h3 `question__title`, the asker's `p.question__meta` 「Gesteld door … ·
14 mei 2026」, `div.answer` of `p.answer__text`, `p.answer__meta` 「Beantwoord door Maxim, portofoonexpert · 3 juni
2026」 and the votes `div.answer__rating`) and 「Reviews」 (`p.review-summary`, then `div.review`s: an h3
`review__title`, the text, `p.review__meta` 「Jeroen · 3 augustus 2026」).

Read as it stood (holdout225): the pros and cons were one list, the plus and minus only drawn, so the minus points
(「标称 4 公里，在城市楼群里实际只有 300–800 米」) read as plus points; the specs one term or value a line (「Bereik」 /
「4 km」); each answer lost who gave it (Coolblue or its expert) with its by-line; the review was a part titled by
its own title, its writer gone. `coolblue_product` leads each point by the sign Coolblue draws for it (「+ 」 / 「− 」),
makes the specs a two-column table (`html_text.pairs_table`, as JD's dt / dd specs), each question a Q&A
(`html_text.qa_card`) whose answer is signed by who answered (`html_text.signer`, as DNS's and Citilink's answers), the
asker and the votes gone, and the review a part headed by its writer over its date, title and text
(`html_text.review_part`, as noon's).
The order block under the title stays, as a shop's price and terms do (Kaspi's, Ozon's); the expert's line over
the points stays too: it says whose judgement they are.

Detected strictly by Coolblue's marks: its pros-and-cons, specs and question classes on a page loading
assets.coolblue.nl.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, pairs_table, qa_card, review_part, signer, site_reader, with_signer

MARKS = frozenset({"product-page__section", "pros-and-cons-list"})
_ASSETS = re.compile(r"https?://assets\.coolblue\.(?:nl|be|de)/")
_ANSWERED_BY = re.compile(r"^\s*Beantwoord door\s+", re.IGNORECASE)
# the sign Coolblue draws before each point of 「Plus- en minpunten」, by the point's class
_SIGNS = (("pros-and-cons-list__item--pro", "+ "), ("pros-and-cons-list__item--con", "− "))


@site_reader(MARKS, assets=_ASSETS)
def coolblue_product(soup: BeautifulSoup) -> None:
    """Read a Coolblue product page's pros and cons, specs, questions and reviews (see the module's docstring). A
    page of any other kind is unchanged."""
    for name, sign in _SIGNS:
        for point in soup.find_all("li", class_=name):
            point.insert(0, sign)
    for specs in soup.find_all("dl", class_="product-specs"):
        pairs = list(zip(specs.find_all("dt", class_="product-specs__title"),
                         specs.find_all("dd", class_="product-specs__value")))
        if pairs:
            specs.replace_with(pairs_table(soup, pairs))
    for question in soup.find_all("article", class_="question"):
        title, answer = question.find(class_="question__title"), question.find("p", class_="answer__text")
        if isinstance(title, Tag) and isinstance(answer, Tag) and one_line(title) and one_line(answer):
            by = signer(question.find("p", class_="answer__meta"), _ANSWERED_BY)
            qa_card(soup, question, one_line(title), with_signer(one_line(answer), by))
    for review in soup.find_all("div", class_="review"):
        meta = review.find("p", class_="review__meta")
        fields = [field.strip() for field in one_line(meta).split("·")]
        if not fields[0]:
            continue
        title = review.find(class_="review__title")
        meta.decompose()
        if isinstance(title, Tag):
            title = title.extract()
        review_part(soup, review, fields[0], [" · ".join(fields[1:]), one_line(title), one_line(review)])
