"""A Banki.ru 「Народный рейтинг」 page of customers' reviews of a bank, as the browser saves it.

Banki.ru (its styles and scripts from static.banki.ru) sets under the h1 a rating summary and filter tabs, then
`div.responses-list` of `article.responses__item` cards: a header `div.responses__item__header` of the writer's
score (`span.responses__item__rating` 「Оценка: 1」), the review's status (`__status` 「Проверено」 / 「Проблема
решена」 / 「Без ответа」) and the product it is about (`__product` 「Дебетовые карты」); the review's title
`h3.header-h3`; its text `div.responses__item__message`; a footer `div.responses__item__footer` of the writer
(`__author`), city (`__city`), `<time>` and a 「Комментарии (3)」 link; then maybe the bank's answer
`div.bank-answer` (`__title` 「Ответ банка «Примбанк»」, `__text` with paragraphs and lists, `__date`
「16.10.2025 11:27 · Служба поддержки」).

Read as it stood (holdout197): each card after the first was taken for an answer to the page's question (several
<article>s under one title) and opened by a fake reply heading 「…（回复）」, whose only text was the card's
status and product; the first card's header was the title's text; the score and the footer went as by-lines, so
no review kept its writer, city or date; the answer's title was glued to the review's last line, its text titled
by the review (its list the review's steps) with nothing saying the bank wrote it. `banki_responses` makes each
card a plain block: the review's title heads a line of its writer, city, time, score, status and product over its
text; the bank's answer is a part of its own under an h4 naming the bank and the review it answers, the answer's
date line its first line; the comments link goes.

Detected strictly by Banki.ru's marks: the cards' and the answers' classes on a page loading static.banki.ru.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader, text_tag

MARKS = frozenset({"responses__item", "responses__item__message"})
_ASSETS = re.compile(r"https?://static\.banki\.ru/")
# the card's header and footer fields, in the order the byline gives them: who, where, when, then the score,
# the review's status and its product
_FOOTER = ("responses__item__author", "responses__item__city")
_HEADER = ("responses__item__rating", "responses__item__status", "responses__item__product")


@site_reader(MARKS, assets=_ASSETS)
def banki_responses(soup: BeautifulSoup) -> None:
    """Read a Banki.ru reviews page's cards as their reviews and the bank's answers (see the module's docstring).
    A page of any other kind is unchanged."""
    for card in soup.find_all("article", class_="responses__item"):
        title = card.find(["h2", "h3"])
        if not isinstance(title, Tag) or card.find(class_="responses__item__message") is None:
            continue
        card.name = "div"               # a review listed on the page, no answer to its title
        byline = _byline(card)
        for box in card.find_all("div", class_=["responses__item__header", "responses__item__footer"]):
            box.decompose()
        if byline:
            title.insert_after(text_tag(soup, "p", byline))
        for answer in card.find_all("div", class_="bank-answer"):
            _answer(soup, answer, one_line(title))


def _byline(card: Tag) -> str:
    """The card's writer, city, time, score, status and product, 「 · 」-joined (「alma_lin · г. Алматы ·
    14.10.2025 19:02 · Оценка: 1 · Проверено · Дебетовые карты」)."""
    footer = card.find("div", class_="responses__item__footer")
    fields = [one_line(footer.find(class_=name)) for name in _FOOTER] if isinstance(footer, Tag) else []
    if isinstance(footer, Tag):
        fields.append(one_line(footer.find("time")))
    fields += [one_line(card.find(class_=name)) for name in _HEADER]
    return " · ".join(field for field in fields if field)


def _answer(soup: BeautifulSoup, answer: Tag, review: str) -> None:
    """The bank's answer a part of its own: its title (「Ответ банка «Примбанк»」) and the review it answers head
    it, its date line first, then its text."""
    label = answer.find(class_="bank-answer__title")
    said = one_line(label) if isinstance(label, Tag) else ""
    if not said:
        return
    label.decompose()
    heading = text_tag(soup, "h4", f"{said}：{review}" if review else said)
    date = answer.find(class_="bank-answer__date")
    if isinstance(date, Tag):
        line = one_line(date)
        date.decompose()
        if line:
            answer.insert(0, text_tag(soup, "p", line))
    answer.insert(0, heading)
