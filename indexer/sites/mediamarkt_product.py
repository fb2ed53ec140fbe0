"""A MediaMarkt (or Saturn: MediaMarktSaturn's one shop platform) product page, as the browser saves it.

MediaMarkt (its canonical link on www.mediamarkt.de, .at, .nl…) sets in `main` the buy box (the h1, the rating,
「Art.-Nr. … | Hersteller-Nr. …」, the price with its UVP, the delivery list), the tab bar, then `section.pdp-section`s:
the 「Produktbeschreibung」 (the merchant's rich content), the 「Technische Daten」 table, `section.pdp-qa` (the h2
「Fragen und Antworten (4)」 over `div.qa-item`s: `p.qa-question` 「<span.qa-label>Frage:</span> …」, the asker's
`p.qa-meta` 「von Dana_Almaty · 12.03.2026」, then `div.qa-answer` of the answer 「<span.qa-label>Antwort:</span> …」,
the answerer's `p.qa-meta` 「von MediaMarkt Kundenservice · 13.03.2026」 and `p.qa-helpful` 「War diese Antwort
hilfreich? Ja (14) Nein (0)」; then `a.qa-more` 「Alle Fragen anzeigen」), the reviews' summary and recommendations.

Read as it stood (holdout225): the four pairs were the lines of one section cut by size into two parts both titled
「Fragen und Antworten (4)」, the cut inside the third pair; the labels 「Frage:」 / 「Antwort:」, four 「War diese
Antwort hilfreich?」 lines and the link 「Alle Fragen anzeigen」 were its text, and who answered (the shop's service
or a buyer) went with the by-lines. `mediamarkt_product` makes each item a Q&A (`html_text.qa_card`) without its
labels, the asker and the votes, its answer signed by who answered (`html_text.signer`, as DNS's and Citilink's
answers keep their signature), under the section's heading without its count (as Lamoda's); the link to more
questions goes, as Snapdeal's does. The buy box under the title stays, as a shop's price and terms do (Kaspi's,
Ozon's); the reviews' summary and recommendations already go as the site's furniture.

Detected strictly by MediaMarkt's marks: its question items on a page whose canonical address is MediaMarkt's or
Saturn's.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, one_line, qa_card, signer, site_reader, with_signer

MARKS = frozenset({"qa-item", "qa-question", "qa-answer"})
_ADDRESS = re.compile(r"https?://www\.(?:mediamarkt|saturn)\.[a-z]{2,3}/")
_ANSWERED_BY = re.compile(r"^\s*von\s+", re.IGNORECASE)       # 「von MediaMarkt Kundenservice · 13.03.2026」


@site_reader(MARKS, assets=_ADDRESS, tags=("link",))
def mediamarkt_product(soup: BeautifulSoup) -> None:
    """Read a MediaMarkt product page's questions as Q&As signed by who answered (see the module's docstring). A
    page of any other kind is unchanged."""
    for section in soup.find_all("section", class_="pdp-qa"):
        for item in section.find_all("div", class_="qa-item"):
            question, answer = item.find("p", class_="qa-question"), item.find("div", class_="qa-answer")
            if not isinstance(question, Tag) or not isinstance(answer, Tag):
                continue
            for label in item.find_all("span", class_="qa-label"):
                label.decompose()
            by = signer(answer.find("p", class_="qa-meta"), _ANSWERED_BY)
            for chrome in answer.find_all("p", class_=("qa-meta", "qa-helpful")):
                chrome.decompose()
            if one_line(question) and one_line(answer):
                qa_card(soup, item, one_line(question), with_signer(one_line(answer), by))
        for more in section.find_all("a", class_="qa-more"):
            more.decompose()
        heading = section.find("h2")
        if isinstance(heading, Tag) and COUNTED.sub("", one_line(heading)):
            heading.string = COUNTED.sub("", one_line(heading))
