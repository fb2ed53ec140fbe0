"""Read a Mentimeter presentation's results page, saved by the browser.

Pure: no I/O. The results page (its assets from static.mentimeter.com) shows the app bar (logo,
breadcrumbs, 「Share」「Export to Excel」「Present」), the results header (the presentation's title
`h1.mm-results-header__title` and its meta line `p.mm-results-header__meta`: the organiser, the date,
「38 participants」, 「Voting code 5182 4407」), the slide list, then each slide as a
`section.mm-slide` (`data-slide-type`): its numbered question `h2.mm-slide__question` over its
results — a bar chart (`ul.mm-bar-chart`, each bar a `span.mm-bar__label` and its
`span.mm-bar__value`), a word cloud (`ul.mm-wordcloud`, each word's count its `data-count`), a
scale's averages (`ul.mm-scales`), the open-ended answers, or the audience's questions
(`ul.mm-qa-list`: each `li.mm-qa-item` the question `p.mm-qa-item__text`, its upvotes 「▲ 21」 and
status 「Answered」, the presenter's answer `p.mm-qa-item__answer`) — and the presenter's note
`p.mm-slide__note`; then the footer. Read as a page, the meta line was lost, each bar's label was
glued to its count (「不到 1 小时6」), a word cloud's counts were lost, a slide's note was glued to its
results, and the audience's questions were glued two by two with their answers and the 「▲ 21Answered」
chrome in between.

`mentimeter_results` puts the results in the page's place as an `<article>` titled by the
presentation, its meta line the first text, then each slide under its question: a count beside
its label (「不到 1 小时：6」, 「语言：12」), the presenter's note a part of its own under the slide's
question (「…（讲师备注）」 from the note's own 「讲师备注：」 label, else the slide's question), and
the audience's questions as the Slido reader writes them (`slido_event.question_blocks`: each
answered a Q&A, the others lines after them) without their upvotes or status.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, site_reader, text_tag
from indexer.sites.slido_event import question_blocks

MARKS = ("mm-slide", "mm-slide__question")
_ADDRESS = re.compile(r"https?://static\.mentimeter\.com/")
# a bar's, a scale's label and its count or average
_PAIRS = (("mm-bar__label", "mm-bar__value"), ("mm-scales__label", "mm-scales__avg"))


@site_reader(MARKS, assets=_ADDRESS, gather_marks=True)
def mentimeter_results(soup: BeautifulSoup) -> None:
    """Put a results page Mentimeter shows in its page's place, as an `<article>`. `marks` are the
    page's (html_text.page_marks): only a page loading Mentimeter's assets with its slides is one."""
    if soup.body is None:
        return
    slides = soup.find_all("section", class_="mm-slide")
    if not slides:
        return
    article = soup.new_tag("article")
    for name, kind in (("mm-results-header__title", "h1"), ("mm-results-header__meta", "p")):
        found_tag = soup.find(class_=name)
        if isinstance(found_tag, Tag) and clean(found_tag.get_text()):
            article.append(text_tag(soup, kind, clean(found_tag.get_text())))
    for slide in slides:
        _slide(soup, slide, article)
    soup.body.clear()
    soup.body.append(article)


def _slide(soup: BeautifulSoup, slide: Tag, article: Tag) -> None:
    """One slide: its question a heading over its results, its note a part of its own."""
    asked = slide.find(class_="mm-slide__question")
    title = clean(asked.get_text()) if isinstance(asked, Tag) else ""
    if not title:
        return
    asked.extract()
    notes = [note.extract() for note in slide.find_all(class_="mm-slide__note")]
    for first, second in _PAIRS:
        for label in slide.find_all(class_=first):
            value = label.find_next_sibling(class_=second)
            if isinstance(value, Tag) and clean(value.get_text()):
                label.append("：" + clean(value.get_text()))
                value.decompose()
    for word in slide.find_all("li", attrs={"data-count": True}):
        word.append("：" + str(word["data-count"]))
    article.append(text_tag(soup, "h2", title))
    questions = slide.find(class_="mm-qa-list")
    if isinstance(questions, Tag):
        items = [(item.find(class_="mm-qa-item__text"), item.find(class_="mm-qa-item__answer"))
                 for item in questions.find_all("li", class_="mm-qa-item")]
        article.extend(question_blocks(soup, [(clean(text.get_text()) if isinstance(text, Tag) else "", answer)
                                              for text, answer in items]))
    else:
        content = slide.find(class_="mm-slide__content")
        article.extend(list((content if isinstance(content, Tag) else slide).children))
    for note in notes:
        text = clean(note.get_text())
        label = text.split("：", 1)[0] if "：" in text[:8] else ""
        article.append(text_tag(soup, "h3", f"{title}（{label}）" if label else title))
        article.append(text_tag(soup, "p", text))
