"""A Target (target.com) product page, as the browser saves it.

Target's product page (React markup named by `data-test` attributes, its stylesheets and scripts under
assets.targetimg1.com) sets the skip link, the cookie banner, `@web/Header`, `@web/Breadcrumbs`, the h1
`product-title`, the ratings line `ratings` 「4.1 顆星，共 52 則評論」, the price `product-price`, the fulfillment
spans `fulfillment` 「免費到店取貨」「運送：…」, the cart and share buttons, `item-details-description` (the seller's h2
sections) and `QuestionsAndAnswers`: each `div.QA__Question` a `p[data-test=question-text]` 「問：…」, the asker's
`span.QA__Asker` 「Aigerim · 3 個月前」 and its `div.QA__Answer`s (a `p` 「答：…」 over the answerer's
`span.QA__Answerer` 「Smart Coop 客服 · 品牌代表」), then the link `seeAllQuestions` 「查看全部 14 個問題」.

Read as it stood (holdout231): the title's part held the ratings line and the fulfillment spans run together; each
question was a Q&A whose answer opened with the asker's line (so its 「答：」 label stayed) and closed with the
answerer's line, the last one followed by 「查看全部 14 個問題」.
`target_item` drops the ratings line and the link to more questions, puts the fulfillment spans one line 「 · 」
apart (`html_text.price_line`); each question is a Q&A (`html_text.qa_card`) of its answers, each signed by its
answerer and badge 「— Smart Coop 客服 · 品牌代表」 (as Best Buy's: it tells the brand's answers from buyers'), the
asker gone; the labels stay for the fragmenter, which strips them.

Detected by the h1 `product-title` on a page loading Target's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, price_line, qa_card, site_reader

MARKS = frozenset({"@data-test"})
_ASSETS = re.compile(r"^https?://assets\.targetimg1\.com/")
# the product page's furniture: the ratings line under the title, the link to more questions
_FURNITURE = ("div[data-test=ratings]", "a[data-test=seeAllQuestions]")


@site_reader(MARKS, assets=_ASSETS)
def target_item(soup: BeautifulSoup) -> None:
    """Read a Target product page's header and questions (see the module's docstring). A page of any other kind is
    unchanged."""
    if soup.find("h1", attrs={"data-test": "product-title"}) is None:
        return
    drop_selected(soup, _FURNITURE)
    for box in soup.select("div[data-test=fulfillment]"):
        price_line(soup, box)       # 「免費到店取貨 · 運送：阿斯塔納、阿拉木圖 2–4 天」
    for card in soup.find_all("div", class_="QA__Question"):
        _question(soup, card)


def _question(soup: BeautifulSoup, card: Tag) -> None:
    """Put a question card as a Q&A: its question text over its answers, each signed by its answerer's line (the
    asker's line gone). A card without a question or an answer stays as it is."""
    question = one_line(card.find("p", attrs={"data-test": "question-text"}))
    answers = []
    for answer in card.find_all("div", class_="QA__Answer"):
        signed = one_line(answer.find("span", class_="QA__Answerer"))
        text = " ".join(one_line(said) for said in answer.find_all("p"))
        if text:
            answers.append(f"{text} — {signed}" if signed else text)
    if question and answers:
        qa_card(soup, card, question, "\n".join(answers))
