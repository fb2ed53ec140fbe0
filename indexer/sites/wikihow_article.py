"""A wikiHow article, as the browser saves it.

wikiHow (its skin's assets under `/extensions/wikihow/`) writes every method as a `div.section.steps`
whose h3 opens with the method's badge (`div.altblock`: 「方法 1」) before its name
(`span.mw-headline`), and every step as an `li` holding the step's picture, its number badge
(`div.step_num`, 「1」) and its text (`div.step`), which leads with the step's summary in bold
(`b.whb`). Its 「问答」 part (`div#qa`) lists each reader's question (`div.qa_q_txt`) over its answer
(`div.qa_a_txt`) and the answer's credit (`div.qa_aq_author`: 「社区回答 · 有帮助 12 · 没帮助 1」), under
the box to ask one (`div#qa_ask`); its 「参考」 part (`div#sources_section`) lists the addresses the
writer drew on.

Read as it stood (holdout181), every step was titled by its badge (「1」…「4」) with the digit again as the
first line of its text and the bold summary glued under it, the method headings kept the badge (「方法 1
准备手机和订阅预警」), both questions and their answers were one 「问答」 section, and the sources' addresses
were a 「参考」 fragment of their own.

`wikihow_article` drops the step and method badges (so each step is titled by its bold summary, as any
list whose items lead in bold is), makes each question of 「问答」 a `<details>` asked by the question over
its answer (the credits and the ask box go), and drops the sources' list: addresses, no text to answer with.

Detected by the skin's assets (`/extensions/wikihow/`) on a page with the step badges (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader, text_tag, toggle_details

_ASSETS = re.compile(r"/extensions/wikihow/", re.IGNORECASE)
_BADGES = ("step_num", "altblock")


@site_reader({"step_num"}, assets=_ASSETS, gather_marks=True)
def wikihow_article(soup: BeautifulSoup) -> None:
    """Drop a wikiHow article's step and method badges and its sources, and read its 「问答」 as questions
    and answers (see the module's docstring). A page of any other kind is unchanged."""
    for badge in soup.find_all(class_=list(_BADGES)):
        badge.decompose()
    sources = soup.find(id="sources_section")
    if isinstance(sources, Tag):
        sources.decompose()
    qa = soup.find(id="qa")
    if isinstance(qa, Tag):
        _questions(soup, qa)


def _questions(soup: BeautifulSoup, qa: Tag) -> None:
    """Each `div.qa_li` as a <details>: its question asks, its answers' texts answer (their credits go)."""
    for ask in qa.find_all(id="qa_ask"):
        ask.decompose()
    for item in qa.find_all("div", class_="qa_li"):
        question = item.find(class_="qa_q_txt")
        answers = [answer for answer in item.find_all(class_="qa_a_txt") if answer.get_text(strip=True)]
        if not isinstance(question, Tag) or not question.get_text(strip=True) or not answers:
            continue
        summary = text_tag(soup, "summary", question.get_text(" ", strip=True))
        item.replace_with(toggle_details(soup, summary, [answer.extract() for answer in answers]))
