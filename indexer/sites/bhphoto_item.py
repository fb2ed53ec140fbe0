"""A B&H Photo Video (bhphotovideo.com) product page, as the browser saves it.

B&H's product page (hashed class names 「question_1Tq」, `data-selenium` attributes, its stylesheets and scripts under
www.bhphotovideo.com/find/static/) sets the cookie banner, the top bar, the search and main nav, the breadcrumbs, the
h1 `productTitle`, the `codeCrumb` 「B&H # BRTLC4G · MFR # TLC4G-KZ」, the price, the stock status, the cart button,
the share icons, the overview and specs sections and `section[data-selenium=qaSection]`: each `div.question_…` a
`div.qText_…` 「问：…」, the asker's `div.qMeta` 「提问者 Asset B. · 2026 年 3 月」 and its `div.answer_…`s (a
`div.aText` 「答：…」 over the answerer's `div.aMeta` 「回答者 B&H 专家 · 12 人认为有帮助」), then the link `a.viewAll`
「查看全部 9 个问题」.

Read as it stood (holdout231): each question was a Q&A, but the answerer's line went as by-lines do, so the shop's
expert or the brand could not be told from a buyer; 「查看全部 9 个问题」 was a part of its own after the last answer.
`bhphoto_item` signs each answer by its answerer and badge 「— B&H 专家」, 「— Kanat · 已验证买家」 (`html_text.signer`;
the count of who found it helpful gone, as every shop reader's votes), drops the asker's line and the link to more
questions; the code crumb, the price and the stock status stay lines of the title's part, as every shop reader's.

Detected by the h1 `productTitle` on a page loading B&H's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, drop_selected, one_line, qa_card, site_reader

MARKS = frozenset({"@data-selenium"})
_ASSETS = re.compile(r"^https?://www\.bhphotovideo\.com/")
_HASHED = r"_[0-9A-Za-z]{2,6}$"        # (the build's hash after a class's name)
_QUESTION, _QUESTION_TEXT, _ANSWER = (re.compile(rf"^{name}{_HASHED}") for name in ("question", "qText", "answer"))
_ANSWERED_BY = re.compile(r"^\s*(?:回答者|Answered by)\s*", re.IGNORECASE)
_COUNTED = re.compile(r"\d")            # a field of the answerer's line counting votes 「12 人认为有帮助」
# the Q&A's furniture: the link to more questions
_FURNITURE = ("section[data-selenium=qaSection] a.viewAll",)


@site_reader(MARKS, assets=_ASSETS)
def bhphoto_item(soup: BeautifulSoup) -> None:
    """Read a B&H product page's questions (see the module's docstring). A page of any other kind is unchanged."""
    if soup.find("h1", attrs={"data-selenium": "productTitle"}) is None:
        return
    drop_selected(soup, _FURNITURE)
    for card in soup.find_all("div", class_=_QUESTION):
        _question(soup, card)


def _question(soup: BeautifulSoup, card: Tag) -> None:
    """Put a question card as a Q&A: its question text over its answers, each signed by who answered (the
    answerer's line without its label and vote count; the asker's line gone). A card without a question or an
    answer stays as it is."""
    question = one_line(card.find("div", class_=_QUESTION_TEXT))
    answers = []
    for answer in card.find_all("div", class_=_ANSWER):
        fields = [clean(field) for field in _ANSWERED_BY.sub("", one_line(answer.find("div", class_="aMeta")),
                                                             count=1).split("·")]
        signed = " · ".join(field for field in fields if field and not _COUNTED.search(field))
        text = one_line(answer.find("div", class_="aText"))
        if text:
            answers.append(f"{text} — {signed}" if signed else text)
    if question and answers:
        qa_card(soup, card, question, "\n".join(answers))
