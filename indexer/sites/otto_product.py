"""An OTTO (otto.de) product page, as the browser saves it.

OTTO (its styles and scripts from www.otto.de/product/assets) sets in `main.pdp_main` the short info (the brand's
link `div.pdp_short-info__brand`, the h1, the rating, the price with its UVP, delivery and instalment lines, buttons),
the 「Produktdetails」 (the merchant's text and the 「Technische Details」 table), `section.pdp_customer-questions`
(the h2 「Kundenfragen」, the intro 「Hier beantworten Kunden und Experten Fragen zum Artikel.」, `ul.cq_list` of
`li.cq_question`s: `div.cq_question__text`, the asker's `div.cq_question__meta` 「Frage von Nurlan, 04.02.2026」 and
`ul.cq_answers` of `li.cq_answer`s, each a `div.cq_answer__text` over its by-line `div.cq_answer__meta` 「Antwort von
Xiaomi Experte, 05.02.2026 · 12 Kunden fanden diese Antwort hilfreich」; then 「Alle 23 Fragen anzeigen」) and
`section.pdp_reviews` (the h2 「Kundenbewertungen」, the summary 「4,4 von 5 Sternen · 512 Bewertungen」, `div.cr_review`s
of `__title`, `__text` and the by-line `__meta` 「Michael, 02.05.2026 · Verifizierter Kauf」).

Read as it stood (holdout225): the questions were one section, the intro, three questions, four answers and the
link glued as its lines without who asked or answered, so a question's two answers (a buyer's and 「OTTO
Kundenservice」's) could not be told apart, nor a question from an answer; the reviews' summary, the review's title
and text were plain lines, the reviewer gone. `otto_product` makes each question a Q&A (`html_text.qa_card`) whose
answers each end signed by who gave them (`html_text.signer`, as DNS's and Citilink's answers), the asker, votes,
intro and link gone (as Snapdeal's link to more questions); each review a part headed by its writer over its date,
title and text (`html_text.review_part`, as noon's), the summary gone (as MediaMarkt's and Coolblue's go); the
brand's link over the h1 goes, as Jumia's and noon's do. The price, delivery and instalment lines stay, as a shop's
price and terms do (Kaspi's, Ozon's).

Detected strictly by OTTO's marks: its question and answer classes on a page loading www.otto.de's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, qa_card, review_part, signer, site_reader, text_tag, with_signer

MARKS = frozenset({"cq_question", "cq_answer"})
_ASSETS = re.compile(r"https?://www\.otto\.de/")
_ANSWERED_BY = re.compile(r"^\s*Antwort von\s+", re.IGNORECASE)
_NO_LABEL = re.compile(r"^$")       # (a review's by-line opens with the writer's name)
_FURNITURE = ("div.pdp_short-info__brand", "p.pdp_customer-questions__intro", "section.pdp_customer-questions > a",
              "section.pdp_reviews > p")


@site_reader(MARKS, assets=_ASSETS)
def otto_product(soup: BeautifulSoup) -> None:
    """Read an OTTO product page's questions and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for questions in soup.find_all("ul", class_="cq_list"):
        for item in questions.find_all("li", class_="cq_question", recursive=False):
            question = item.find(class_="cq_question__text")
            answers = soup.new_tag("div")
            for answer in item.find_all("li", class_="cq_answer"):
                by = signer(answer.find(class_="cq_answer__meta"), _ANSWERED_BY)
                said = one_line(answer.find(class_="cq_answer__text"))
                if said:
                    answers.append(text_tag(soup, "p", with_signer(said, by)))
            if isinstance(question, Tag) and one_line(question) and answers.contents:
                qa_card(soup, item, one_line(question), answers)
        if questions.find("li", class_="cq_question", recursive=False) is None:
            questions.unwrap()      # (its Q&As read as the section's parts, not as a list's items)
    for review in soup.find_all("div", class_="cr_review"):
        meta = review.find(class_="cr_review__meta")
        name = signer(meta, _NO_LABEL)
        if not name:
            continue
        review_part(soup, review, name, [one_line(meta)[len(name):].lstrip(" ,"),
                                         one_line(review.find(class_="cr_review__title")),
                                         one_line(review.find(class_="cr_review__text"))])
