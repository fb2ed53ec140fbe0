"""A Typeform form as the browser saves the published, rendered form (form.typeform.com).

The renderer draws the form as a column of screens (`section` elements, `data-qa="welcome-screen"`,
`"question-wrapper"`, `"thankyou-screen"`): the welcome screen (the form's title, its description, the start
button and 「⏱ Takes 6 minutes」, `data-qa="time-to-complete"`), then one screen per block of the form, each
led by its number (`div.question-number` 「1 →」) and titled by an `h2.block-title`. A block is a statement
(`data-block-type="statement"`: a title over a description, the writer's text) or a question the reader
fills in (`phone_number`, `multiple_choice`, `yes_no`, …: a title 「你的手机号 *」 over an input, the country
code 「🇰🇿 +7」, or a list of choices whose key letter is a `span.choice__key` before the choice's text).

Read as it stood (holdout126), every number was a line glued to the end of the fragment before it (the last
one, 「8 →」, a fragment of its own titled by the form's title), the welcome screen kept 「⏱ Takes 6 minutes」,
and the questions were read as the article's own text: the phone question a section holding 「🇰🇿 +7」, the
multiple-choice question a Q&A answered by its choices with their keys glued to them (「A3 月 21 日 上午班」),
the yes/no question a section of 「YYes」 「NNo」. `typeform_form` drops the numbers and the time line, and
every screen that asks the reader for an answer: a form's field asks, it answers nobody's question, and its
title and choices are the form's, not help text. The statement screens, the welcome and the thank-you
screens are kept as they are drawn.

Detected by the renderer's marks: a screen `data-qa="question-wrapper"` with a `data-block-type`.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

_KEPT_BLOCKS = frozenset({"statement"})     # the blocks that hold the writer's text rather than ask for input


@site_reader({"@data-qa", "@data-block-type", "question-number"})
def typeform_form(soup: BeautifulSoup) -> None:
    """Drop a Typeform form's screen numbers, time line and input questions (see the module's docstring);
    any other page is unchanged."""
    screens = [tag for tag in soup.find_all(attrs={"data-qa": "question-wrapper"})
               if tag.has_attr("data-block-type")]
    if not screens:
        return
    for screen in screens:
        if str(screen["data-block-type"]) not in _KEPT_BLOCKS:
            screen.decompose()
            continue
        for number in screen.find_all("div", class_="question-number"):
            number.decompose()
    for line in soup.find_all(attrs={"data-qa": "time-to-complete"}):
        if isinstance(line, Tag) and line.parent is not None:
            line.decompose()
