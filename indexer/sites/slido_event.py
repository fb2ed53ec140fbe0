"""Read a Slido event as its participant page shows it, saved by the browser.

Pure: no I/O. The participant app (its assets from assets.sli.do) lays an event out as one page: the
cookie banner, the header (`div.event-info`: the event's name `h1.event-info__title`, its code
`span.event-info__code` 「#HuayuKZ26」 and dates `span.event-info__dates`), the tabs (「問答 Q&A」,
「投票」, 「測驗」), then the content: poll results (`section.poll-results`: its title, each option a
`li.poll-option` of a label and a share), the host's announcements (`section.host-announcement`: a
title and its body) and the questions (`section.questions`: the count and sort toolbar, then each
`div.question-item` — the asker and time in its header, the question `p.question-item__text`, the
upvotes and 「已回答」 badge in its footer, the host's reply `div.question-item__reply` under its
label 「主持人」), then the footer. Read as a page, the questions had no heading and were titled by the
event's name with the last tab's label glued on (「…說明會（測驗）」), a question and the reply to it
were no Q&A — paragraphs cut by size, a reply opening the next fragment — the poll's options were
glued to their shares (「Beeline40%」) and the event's code and dates were lost with the header.

`slido_event` puts the event in the page's place as an `<article>` titled by its name, its code and
dates its first line, each poll its title over its options 「label：share」, each announcement as the
host wrote it, then the questions under the section's label (`question_blocks`): a question the
host replied to a Q&A, one nobody answered a line after them. Askers, times, upvotes, badges and the reply's label are no text, as in the chat readers.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, site_reader, text_tag

MARKS = ("event-info__title", "question-item__text")
_ADDRESS = re.compile(r"https?://assets\.sli\.do/")


@site_reader(MARKS, assets=_ADDRESS, gather_marks=True)
def slido_event(soup: BeautifulSoup) -> None:
    """Put an event Slido's participant page shows in its page's place, as an `<article>`. `marks`
    are the page's (html_text.page_marks): only a page loading Slido's assets with its event header
    and question items is one."""
    if soup.body is None:
        return
    named = soup.find(class_="event-info__title")
    name = clean(named.get_text()) if isinstance(named, Tag) else ""
    if not name:
        return
    article = soup.new_tag("article")
    article.append(text_tag(soup, "h1", name))
    about = [clean(tag.get_text()) for tag in soup.find_all(class_=["event-info__code", "event-info__dates"])]
    if any(about):
        article.append(text_tag(soup, "p", " · ".join(line for line in about if line)))
    content = soup.find(class_="event-content") or soup.body
    for section in content.find_all("section"):
        classes = section.get("class", [])
        if "poll-results" in classes:
            _poll(soup, section, article)
        elif "host-announcement" in classes:
            _announcement(soup, section, article)
        elif "questions" in classes:
            _questions(soup, section, article)
    soup.body.clear()
    soup.body.append(article)


def _poll(soup: BeautifulSoup, section: Tag, article: Tag) -> None:
    """A poll's results: its title over its options, each 「label：share」 (glued, 「Beeline40%」)."""
    title = section.find(class_="poll-results__title")
    listed = soup.new_tag("ul")
    for option in section.find_all(class_="poll-option"):
        label, share = option.find(class_="poll-option__label"), option.find(class_="poll-option__percent")
        words = [clean(part.get_text()) for part in (label, share) if isinstance(part, Tag)]
        if words and words[0]:
            listed.append(text_tag(soup, "li", "：".join(word for word in words if word)))
    if isinstance(title, Tag) and listed.contents:
        article.append(text_tag(soup, "h2", clean(title.get_text())))
        article.append(listed)


def _announcement(soup: BeautifulSoup, section: Tag, article: Tag) -> None:
    """A host's announcement: its title a heading, its body as written."""
    title = section.find(class_="host-announcement__title")
    body = section.find(class_="host-announcement__body")
    if isinstance(title, Tag):
        article.append(text_tag(soup, "h2", clean(title.get_text())))
    if isinstance(body, Tag):
        article.extend(list(body.extract().children))


def _questions(soup: BeautifulSoup, section: Tag, article: Tag) -> None:
    """The audience's questions under the section's label: each the host replied to a Q&A, the
    others lines after them."""
    asked: list[tuple[str, Tag | None]] = []
    for item in section.find_all("div", class_="question-item"):
        text = item.find(class_="question-item__text")
        reply = item.find(class_="question-item__reply")
        if isinstance(reply, Tag):
            for label in reply.find_all(class_="question-item__reply-author"):
                label.decompose()
        asked.append((clean(text.get_text()) if isinstance(text, Tag) else "", reply if isinstance(reply, Tag) else None))
    blocks = question_blocks(soup, asked)
    if blocks:
        article.append(text_tag(soup, "h2", clean(str(section.get("aria-label", ""))) or "Q&A"))
        article.extend(blocks)


def question_blocks(soup: BeautifulSoup, asked: list[tuple[str, Tag | None]]) -> list[Tag]:
    """An audience's questions, each with the presenter's reply (None for none), as blocks: each
    replied to a `<details>` (its summary the question, its text the reply's, as `clean._qa_card`
    writes a shop's question card), then the others, a line each — an open question is no part of
    the answer above it. Mentimeter's reader shares it."""
    answered: list[Tag] = []
    open_questions: list[Tag] = []
    for question, reply in asked:
        if not question:
            continue
        if reply is not None and clean(reply.get_text()):
            details = soup.new_tag("details")
            details.append(text_tag(soup, "summary", question))
            reply.extract()
            details.extend(list(reply.children) if reply.find(["p", "ul", "ol", "div"]) else [reply])
            answered.append(details)
        else:
            open_questions.append(text_tag(soup, "p", question))
    return answered + open_questions
