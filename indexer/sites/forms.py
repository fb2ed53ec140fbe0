"""Form builders' public forms, as the browser saves them: clean.py's passes for Tally, Jotform, Google Forms,
Yandex Forms and SurveyMonkey.

What a form asks is its text (the page's own steps cite its questions, its choices carry their prices), but read
as a page its questions were bare labels, lost with the `<form>` as a control, or glued to their choices. Each
public pass takes `(soup, marks)`, recognizes its builder by its marks and its assets, and makes each question one
line of its label and choices (`_question_line`; Google Forms' questions keep their headings, their choices one
line under them), the inputs, buttons and required marks gone. A page of any other kind goes through them unchanged.

`clean_tree` calls them one after another after `shop_pages_late`, each under the same mark test and in the same
order as before they moved here (session 23).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, clean, site_reader


_TALLY_ASSETS = re.compile(r"https?://tally\.so/")         # (a form page's CSS, its embed script)


@site_reader({"tally-block-question"}, assets=_TALLY_ASSETS)
def tally_form(soup: BeautifulSoup) -> None:
    """A Tally form page (tally.so's assets; Next.js, each block a `div.tally-block-…`): between its text blocks
    (title, paragraphs, headings, lists) the questions to fill in — `div.tally-block-question`, its `data-type`
    the kind: a text or phone input under its `label.tally-label` (「收货人手机号」 with `span.tally-required` 「*」,
    a country prefix 「🇰🇿 +7」 in `span.tally-phone-prefix`), checkbox choices (`div.tally-choice`, each its
    `<label>`), a dropdown (`<select>` of `<option>`s), a lone consent checkbox.

    Read as a page (holdout127) the questions were a part of bare labels — 「您的名字 *」, the prefix on a line of its
    own — while a dropdown's options went with its <select> as a control, leaving 「送货时段」 without its values.
    What the form asks is the form's text (its choices carry their prices: 「孔雀鱼（гуппи）600 ₸/条」), so each
    question is one line: its label without the 「*」, then what one may choose, 「送货时段：10:00–13:00 / 15:00–19:00」;
    the prefix and the inputs are controls, no text."""
    for block in soup.find_all("div", class_="tally-block-question"):
        label = block.find(class_="tally-label")
        if isinstance(label, Tag):
            for star in label.find_all(class_="tally-required"):
                star.decompose()
            asked = clean(label.get_text(" "))
        else:
            asked = " ".join(clean(own.get_text(" ")) for own in block.find_all("label"))
        choices = [clean(choice.get_text(" ")) for choice in block.find_all(class_="tally-choice")] \
            + [clean(option.get_text(" ")) for option in block.find_all("option")]
        _question_line(soup, block, asked, choices)


def _question_line(soup: BeautifulSoup, block: Tag, asked: str, choices: list[str]) -> None:
    """Put one line in a form question's `block`: its label, then what one may choose, 「送货时段：10:00–13:00 /
    15:00–19:00」 (`tally_form`, `jotform_form`); a block asking nothing goes."""
    choices = [choice for choice in choices if choice]
    if not asked and not choices:
        block.decompose()
        return
    line = soup.new_tag("p")
    if choices:
        line.string = f"{asked}{'' if not asked or asked[-1] in '？?：:' else '：'}{' / '.join(choices)}"
    else:
        line.string = asked
    block.replace_with(line)


_JOTFORM_ASSETS = re.compile(r"https?://(?:[\w-]+\.)*(?:jotfor\.ms|jotform\.com)/")   # (its CDN's themes and scripts)


@site_reader({"form-section", "form-line"}, assets=_JOTFORM_ASSETS)
def jotform_form(soup: BeautifulSoup) -> None:
    """A Jotform form page (its assets from jotfor.ms / jotform.com): the form is one list, `ul.form-section`, each
    of its items a field — `data-type="control_head"` the form's `h1.form-header` over its `div.form-subHeader`,
    `control_text` the writer's text (`div.form-html`: headings, tables, lists, paragraphs), `control_button` the
    submit button, the others questions (a `label.form-label` with `span.form-required` 「*」, inputs each under a
    `label.form-sub-label` 「名」 「姓」 「请输入有效的手机号码。」, a `select` opening with its placeholder option
    「请选择」), and a hidden honeypot item 「Should be Empty:」 for robots.

    Read as a page (holdout169) everything was one list's items: the text fields' headings 「树种和价格」 were no
    headings, so every part was titled by the form's header, a table's cells stood one a line, the FAQ's 问/答 were
    not split, and the questions' labels, sub-labels and honeypot were glued to the last part. The list is the form's
    layout, not the writer's, so its items are unwrapped: the text fields are read as the page's own text, the
    sub-header is a paragraph under the header, each question is one line of its label and choices as Tally's are
    (`_question_line`; the sub-labels and the placeholder are the inputs', no text), and the button and hidden
    items go."""
    for form in soup.find_all("ul", class_="form-section"):
        for item in form.find_all("li", recursive=False):
            kind = str(item.get("data-type") or "")
            if "display:none" in str(item.get("style") or "").replace(" ", "") or kind == "control_button":
                item.decompose()
                continue
            if kind == "control_head":      # (its `header-…` classes would read as the site's header, the sub-header lost)
                item.name = "div"
                for group in item.find_all("div", class_=["form-header-group", "header-text"]):
                    group.unwrap()
                for sub in item.find_all("div", class_="form-subHeader"):
                    sub.name = "p"
                continue
            if kind == "control_text" or not kind.startswith("control_"):
                item.name = "div"
                continue
            label = item.find("label", class_="form-label")
            if isinstance(label, Tag):
                for star in label.find_all(class_="form-required"):
                    star.decompose()
            asked = clean(label.get_text(" ")) if isinstance(label, Tag) else ""
            choices = [clean(own.get_text(" ")) for own in item.find_all(class_=["form-radio-item", "form-checkbox-item"])]
            for select in item.find_all("select"):
                options = select.find_all("option")
                if len(options) > 1 and not options[0].get("value"):   # its placeholder 「请选择」 / 「Please Select」
                    options = options[1:]
                choices += [clean(option.get_text(" ")) for option in options]
            _question_line(soup, item, asked, choices)
        form.name = "div"


_YANDEX_FORMS_ASSETS = re.compile(r"https?://yastatic\.net/s3/forms/")     # (the public form's build)


_QUESTION_NUMBER = re.compile(r"^\d{1,3}[.)]\s*")        # a question's number in its title, 「2. 」


@site_reader({"Question", "Question-Title"}, assets=_YANDEX_FORMS_ASSETS)
def yandex_form(soup: BeautifulSoup) -> None:
    """A Yandex Forms (Яндекс Формы) public form (its build from yastatic.net/s3/forms): between the writer's text
    blocks each question is a `div.Question` (`Question_type_…`): its `span.Question-Title` 「2. 你能干什么活？」 with
    a `span.Question-Required` 「*」, then an input, or checkboxes and radios each labelled by a `span.Checkbox-Label`
    / `span.Radio-Label` (a phone question's consent box 「接收短信通知」 among them).

    Read as a page (holdout169) the questions ran on into the last answer of the FAQ before them: the titles
    lost their numbers (「1.」 read as a list's), the 「*」 was glued on 「公寓号*」 and the checkbox labels were glued
    into one word 「清扫草坪和落叶粉刷路缘石…」. The numbers are the ones the page's own steps cite (「第 4 题填手机号」),
    so each question is one line of its numbered title and choices, as Tally's are (`_question_line`), without
    the 「*」; the inputs are controls."""
    blocks = soup.find_all("div", class_="Question")
    heading = soup.find(class_="SurveyPage-Title")
    if blocks and isinstance(heading, Tag) and heading.name in HEADINGS:     # the questions are the form's own part
        part = soup.new_tag("h2")
        part.string = clean(heading.get_text(" "))
        blocks[0].insert_before(part)
    for block in blocks:
        title = block.find(class_="Question-Title")
        asked = _QUESTION_NUMBER.sub("", clean(title.get_text(" "))) if isinstance(title, Tag) else ""
        choices = [clean(label.get_text(" ")) for label in block.find_all(class_=["Checkbox-Label", "Radio-Label"])]
        choices += [clean(option.get_text(" ")) for option in block.find_all("option")]
        _question_line(soup, block, asked, choices)


_SURVEYMONKEY_ASSETS = re.compile(r"https?://prod\.smassets\.net/assets/respweb/")     # (the respondent page's build)


@site_reader({"survey-form", "question-fieldset"}, assets=_SURVEYMONKEY_ASSETS)
def surveymonkey_form(soup: BeautifulSoup) -> None:
    """A SurveyMonkey respondent page (its build from smassets.net's respweb): under `h1.survey-title` the writer's
    presentation-text blocks, then `form.survey-form` of the survey's questions, each a `fieldset.question-fieldset`
    whose `legend` holds its `span.question-number` 「1.」 and title, its choices each a `label.answer-label`, then
    the 「完成」 button (`div.survey-submit-actions`).

    Read as a page (holdout169) the questions were lost with the `<form>` (a control), their choices with them: the
    page's text cites them (「揀『外地會員（不出席）』」, 「喺第 5 題註明」). The questions are now the form's own part,
    headed by the survey's title, each one line of its title (without its number) and choices, as Tally's are
    (`_question_line`); the button goes."""
    heading = soup.find(class_="survey-title")
    for form in soup.find_all("form", class_="survey-form"):
        blocks = form.find_all("fieldset", class_="question-fieldset")
        if not blocks:
            continue
        if isinstance(heading, Tag) and heading.name in HEADINGS:
            part = soup.new_tag("h2")
            part.string = clean(heading.get_text(" "))
            blocks[0].insert_before(part)
        for block in blocks:
            legend = block.find("legend")
            if isinstance(legend, Tag):
                for number in legend.find_all(class_="question-number"):
                    number.decompose()
            asked = clean(legend.get_text(" ")) if isinstance(legend, Tag) else ""
            _question_line(soup, block, asked, [clean(label.get_text(" ")) for label in block.find_all("label", class_="answer-label")])
        for actions in form.find_all(class_="survey-submit-actions"):
            actions.decompose()
        form.name = "div"       # (a form to fill in goes as a control; this one now holds the questions' text)


_GOOGLE_FORMS_ASSETS = re.compile(r"https?://www\.gstatic\.com/_/freebird/")     # (the form viewer's stylesheet)


@site_reader({"freebirdFormviewerComponentsQuestionBaseTitle"}, assets=_GOOGLE_FORMS_ASSETS)
def google_form(soup: BeautifulSoup) -> None:
    """A published Google Forms form (its stylesheet from gstatic.com's freebird build; `freebirdFormviewer…`
    classes): each question is a list item titled by its own heading (`…QuestionBaseTitle`, `role=heading`) with
    the required mark `…QuestionBaseRequiredAsterisk` 「 *」 in it, a description under it, and a radio group or
    checkboxes whose labels are each a `span.docssharedWizToggleLabeledLabelText`; under the questions the
    navigation's 「清除表单内容」 button (`…NavigationClearButton`, a `div role=button`) and the warning 「请勿通过
    Google 表单提交密码。」 (`…NavigationPasswordWarning`).

    Read as a page (holdout169) each question was a part titled by its heading with the 「*」 kept, the choices of a
    radio group glued into one word 「入门班提高班段位预备班…」, and the clear button and password warning were text
    of the last question. The questions stay parts titled by their headings, as Google marks them (the choices are
    what the form offers: 「段位预备班」), without the 「*」; the choices are one line apart by 「 / 」, as Tally's are
    (`_question_line`); the button and the warning are Google's, no text."""
    for star in soup.find_all(class_="freebirdFormviewerComponentsQuestionBaseRequiredAsterisk"):
        star.decompose()
    for group in soup.find_all(attrs={"role": ["radiogroup", "group"]}):     # (a radio group, a checkbox group)
        if group.find(attrs={"role": "listitem"}) is not None:
            continue
        choices = [clean(label.get_text(" ")) for label in group.find_all(class_="docssharedWizToggleLabeledLabelText")]
        choices = [choice for choice in choices if choice]
        if choices:
            line = soup.new_tag("p")
            line.string = " / ".join(choices)
            group.replace_with(line)
    for chrome in soup.find_all(class_=["freebirdFormviewerViewNavigationClearButton",
                                        "freebirdFormviewerViewNavigationPasswordWarning"]):
        if chrome.parent is not None:
            chrome.decompose()
