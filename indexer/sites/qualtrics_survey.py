"""A Qualtrics survey as its printable preview saves it (the survey editor's 「Preview」 → print view).

Pure: no I/O. The survey is a `div.SkinInner` under its name (`div.Survey-Name`), its questions each a
`div.QuestionOuter` holding its `div.QuestionText` (the number and the question, 「Q2. …」, or a text
block's own headings, lists and paragraphs) and its `div.QuestionBody` (the choices, `ul.ChoiceStructure`,
a matrix's `table.ChoiceStructure` of radio marks 「○」, a text box). The editor's lines are printed
too: each block's `div.BlockHeader` 「Block: 开场说明 (3 Questions)」, a question's condition
`div.DisplayLogic` 「Display This Question: If Q2 != …」 *above* its text, its `div.SkipLogic` under its
choices, and after the last question the `div.EndOfSurvey` message. Around them the XM frame (cookie
banner, global header, project tabs, print toolbar, ←/→ buttons, 「Powered by Qualtrics」) which the
chrome rules take already.

Read as it stood (holdout194), each block header was a fragment of its own (the first fragment's whole
text 「Block: 开场说明 (3 Questions)」), each question's display condition ended the question before it
(the question being a Q&A whose answer is what follows its text), a matrix kept a row of 「○」 per
statement under an empty header cell, and the end-of-survey message was the answer of the last
question, an open text box.

`qualtrics_survey` drops the block headers (the editor's, not the survey's words), moves each display
condition under its own question's text, makes a matrix the list of the statements it asks to rate (the
scale is in the question's text) and sets the end-of-survey message apart from the last question under
the survey's name (a heading of it, as the survey's last page shows it); the last question, an open text
box with nothing under its text, is then no fragment (as Typeform's input questions are none).

Detected strictly by the preview's marks: the `SkinInner`, `QuestionOuter` and `QuestionText` classes
(html_text.page_marks).
"""
from __future__ import annotations

from bs4 import BeautifulSoup

from indexer.html_text import site_reader

_MARKS = frozenset({"SkinInner", "QuestionOuter", "QuestionText"})


@site_reader(_MARKS, gather_marks=True)
def qualtrics_survey(soup: BeautifulSoup) -> None:
    """Read a Qualtrics printable preview's questions as the survey shows them (see the module's
    docstring). A page of any other kind is unchanged."""
    for header in soup.find_all("div", class_="BlockHeader"):
        header.decompose()
    for question in soup.find_all("div", class_="QuestionOuter"):
        text = question.find("div", class_="QuestionText")
        if text is None:
            continue
        for condition in question.find_all("div", class_="DisplayLogic"):
            text.insert_after(condition.extract())
        for matrix in question.find_all("table", class_="ChoiceStructure"):
            _matrix_statements(soup, matrix)
    name = soup.find("div", class_="Survey-Name")
    for end in soup.find_all("div", class_="EndOfSurvey"):
        # (the survey's last page shows the message under the survey's name, as its first page does)
        heading = soup.new_tag("h2")
        heading.string = name.get_text(" ", strip=True) if name is not None else ""
        end.insert_before(heading if heading.string else soup.new_tag("hr"))


def _matrix_statements(soup: BeautifulSoup, matrix) -> None:
    """Replace a matrix's table by the list of its rows' statements (its first cell each), without the
    scale's header and the radio marks no reader needs."""
    listing = soup.new_tag("ul")
    for row in matrix.find_all("tr"):
        cells = row.find_all(["th", "td"], recursive=False)
        statement = cells[0].get_text(" ", strip=True) if cells else ""
        if statement:
            item = soup.new_tag("li")
            item.string = statement
            listing.append(item)
    matrix.replace_with(listing)
