"""A Cdiscount (cdiscount.com) product page, as the browser saves it.

Cdiscount (its styles and scripts from www.cdiscount.com/static) sets the buy box `div.fpTMain` (h1, rating, prices,
「Vendu et expédié par …」, delivery line, buttons), the description, `div.fpFaq` 「Questions / Réponses」 (`div.fpQR`s
of `p.fpQ` 「问：…」 and `p.fpR` 「答：…」, read as Q&As by their labels) and `div.fpAvis` 「Avis clients」 (the summary
`p.fpAvisSummary` 「4,1/5 · 38 avis · 87 % recommandent ce produit」, then `div.fpAvisItem`s of `p.fpAvisTitle`
「★★★★★ 救了一柜子羊肉」, `p.fpAvisTxt`, `p.fpAvisAuthor` 「Erlan K. · 14/07/2025 · Achat vérifié」 and `p.fpAvisUseful`
「Cet avis vous a-t-il été utile ? Oui (22) Non (1) · Signaler un abus」).

Read as it stood (holdout232): the avis were one section cut by size inside the third avis (its title ending one
part, its text opening the next), with the summary, the star titles and the votes lines as text and the writers
gone. `cdiscount_product` makes each avis a part headed by its writer over its date and 「Achat vérifié」, its title
without the stars and its text (`html_text.by_line_review`, as Coolblue's), the summary and votes gone (as OTTO's).
The buy box stays, as a shop's price and terms do (Kaspi's, Ozon's).

Detected strictly by Cdiscount's marks: its avis classes on a page loading www.cdiscount.com's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import by_line_review, drop_selected, site_reader

MARKS = frozenset({"fpAvisItem", "fpAvisAuthor"})
_ASSETS = re.compile(r"https?://www\.cdiscount\.com/")
_FURNITURE = ("p.fpAvisSummary", "p.fpAvisUseful")
_STARS = "★☆"


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def cdiscount_product(soup: BeautifulSoup) -> None:
    """Read a Cdiscount product page's avis (see the module's docstring). A page of any other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for review in soup.find_all("div", class_="fpAvisItem"):
        by_line_review(soup, review, review.find("p", class_="fpAvisAuthor"),
                       review.find("p", class_="fpAvisTitle"), _STARS)
