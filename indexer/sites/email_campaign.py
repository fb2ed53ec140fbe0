"""An e-mail campaign's web version (the 「view in browser」 page a mailing tool serves: Sendy's, Mailchimp's…).

A campaign is a letter laid out with tables, as mail clients need: the template's outer `table#bodyTable` (the
id the e-mail boilerplate Mailchimp published gave it, which Sendy's, Campaign Monitor's and most hand-made
templates keep), a 600 px container, the 「在浏览器中查看」 line, the header's logo, the content cell, the
social links and the footer with the member notice and 「Unsubscribe」. The content cell is the letter: the
subject's `<h1>`, a salutation (「Привет, 朋友！」), the text, and the closing — a button to the site (a
`td.btn`, dropped with any cell drawn as a button in `clean._drop_buttons`), the wish and the team's name
(「唱得开心！」「星光KTV 团队」).

Read as a page (holdout108's Sendy campaign), the salutation opened the first part's text and the closing words
were glued to the last answer of the FAQ above them. `email_campaign` reads the content cell as
`render_text.mail_lines` reads a mail: the salutation leading it and the sign-off paragraphs closing it go (a
paragraph between, however it reads, stays: it is the letter's text).

Klaviyo lays a campaign out without `#bodyTable`: a 600 px `table.kl-row` whose rows are its blocks — the
「看不到圖片？在瀏覽器中開啟」 line, the logo, the hero image, one `td.kl-text` cell per text block (its h1/h2, paragraphs,
tables, lists), the `td.kl-button` CTA, the social icons and the footer (「您收到這封信，是因為…」, the sender's
postal address, 「取消訂閱電子報 · 管理偏好設定」) in cells without a class. Read as a page (holdout132), the
web-view line opened the first part and the footer was a last part titled again by the h1. The letter is the
text cells: the table's other rows go. A saved campaign may keep Klaviyo's template tags unrendered
(「親愛的 {{ first_name|default:"車友" }} 您好：」): a tag reads as the default it names (nothing without one),
as the mail would have, so the salutation is known and goes with the others'.

An MJML campaign (Brevo's, Mailjet's: `div.mj-column-per-100` columns, no `#bodyTable`) is read by its columns'
rows instead (`_mjml_letter`): the letter is the rows from its first heading's to the end of its last heading's
column, without a masthead's line or a salutation whose name is a merge tag (「{{ contact.FIRSTNAME }}，你好！」).

UniSender's template lays a campaign out in a 600 px `table.us-container` (inside `table.us-wrapper`), one row per
block: the 「郵件顯示不正常？在瀏覽器中查看」 line (its link the merge tag `{{WebLetterUrl}}`), the logo, the `<h1>` with
the opening paragraph, one row per `<h2>` section, then the CTA button, the social icons, the footer (「您收到這封信是因為…」,
the sender's address, 「取消訂閱 · 網頁版」) and the 「Отправлено через UniSender」 badge. Read as a page (holdout135),
the web-view line opened the first part and the footer was a last part titled again by the h1. The letter is the rows
from its first heading's to its last heading's (`_unisender_letter`); a salutation opening the first paragraph on
the same line as the text, its name a merge tag (「{{Name}} 您好：感謝您成為…」), goes and the text stays.

Omnisend's template is laid out the same way: a 600 px `table.omnisend-section`, one row per block (cells
`td.omnisend-text` / `-image` / `-button` / `-social` / `-footer`), the 「電郵顯示不正常？在瀏覽器查看」 row above the h1's, the
social icons and the footer (「取消訂閱 | 更新偏好」, 「Powered by Omnisend」) below the last h2's. Its merge tags are in
double brackets (「[[contact.first_name | default:"親愛的會員"]]」, 「[[unsubscribe_link]]」). Read as a page (holdout148),
the web-view line and the salutation paragraph under the h1 were the h1 part's text; it is read as UniSender's is,
a salutation that is a paragraph of its own going whole.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import HEADINGS, class_names, clean, inside, loads_assets, raw_text, table_rows
from indexer.render_text import is_salutation, mail_lines

# MJML's column class (「mj-column-per-100」, 「mj-column-px-300」): Brevo's, Mailjet's and most drag-and-drop
# editors' templates are MJML rendered
_MJML_COLUMN = re.compile(r"^mj-column-(?:per|px)-\d+$")
# a merge tag the mailing tool fills in per recipient: Brevo's and Mailjet's 「{{ contact.FIRSTNAME }}」 (Liquid),
# Mailchimp's 「*|FNAME|*」, Omnisend's 「[[contact.first_name | default:"親愛的會員"]]」; in a salutation it stands for the name
_MERGE_TAG = re.compile(r"\{\{.*?\}\}|\*\|[A-Z0-9_:]+\|\*|\[\[[^\[\]]*\]\]")
# the 600 px table of a template laying its letter out one block a row: UniSender's, Omnisend's
_ROW_LAYOUTS = ("us-container", "omnisend-section")


def email_campaign(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Drop the salutation and the sign-off of a campaign's letter (see the module's docstring); any other page
    is unchanged."""
    if (marks is None or any(_MJML_COLUMN.match(mark) for mark in marks)) and _mjml_letter(soup):
        return
    if any((marks is None or layout in marks) and _unisender_letter(soup, layout) for layout in _ROW_LAYOUTS):
        return
    cells = _letter_cells(soup, marks)
    if not cells:
        return
    units = [child for cell in cells for child in cell.children if isinstance(child, Tag) and clean(raw_text(child))]
    paragraphs = [k for k, unit in enumerate(units) if unit.name == "p"]
    first = next((k for k, unit in enumerate(units) if unit.name not in HEADINGS), None)
    if first is None:
        return
    gone = [units[first]] if first in paragraphs and _salutes(units[first]) else []
    # the letter's lines, a blank line between its blocks (a table, a list: one line, no closing words)
    lines: list[str] = []
    spans: list[range] = []
    for unit in units:
        text = clean(raw_text(unit))
        own = text.split("\n") if unit.name == "p" else [" | ".join(text.split("\n"))]
        spans.append(range(len(lines), len(lines) + len(own)))
        lines += [*own, ""]
    keep = mail_lines(lines)
    for k in range(len(units) - 1, first, -1):      # the closing paragraphs, from the last up
        if k not in paragraphs or any(keep[i] for i in spans[k]):
            break
        gone.append(units[k])
    for unit in gone:
        unit.decompose()


# a Klaviyo template tag left unrendered: 「{{ first_name|default:"車友" }}」, 「{{ person.first_name }}」
_TEMPLATE_TAG = re.compile(r"\{\{\s*[\w.]+\s*(?:\|\s*default\s*:\s*(?:\"([^\"{}]*)\"|'([^'{}]*)'))?\s*\}\}")


def _letter_cells(soup: BeautifulSoup, marks: frozenset[str] | None) -> list[Tag]:
    """The cells holding the campaign's letter: the content cell of a `#bodyTable` layout, Klaviyo's text
    cells (the rest of its layout table gone, its template tags read); none on any other page."""
    if marks is None or "#bodyTable" in marks:
        layout = soup.find("table", id="bodyTable")
        heading = layout.find(HEADINGS) if isinstance(layout, Tag) else None
        cell = heading.find_parent("td") if isinstance(heading, Tag) else None
        if isinstance(cell, Tag):
            return [cell]
    if (marks is None or "sp-preheader" in marks) and loads_assets(soup, _SENDPULSE_ASSETS, ("img",)):
        return _sendpulse_cells(soup)
    for text_class, layout_class, tags, assets in _TEXT_CELLS:
        if marks is not None and not {text_class, layout_class} <= marks:
            continue
        if assets is not None and not loads_assets(soup, assets):
            continue
        # the preheader (the inbox's preview line, 「请在手机上查看本期…」) is a text cell of the template, no letter's
        cells = [cell for cell in soup.find_all("td", class_=text_class) if "preheader" not in class_names(cell)]
        layout = cells[0].find_parent("table", class_=layout_class) if cells else None
        if not isinstance(layout, Tag):
            continue
        for row in table_rows(layout):
            if not any(inside(cell, row) for cell in cells):
                row.decompose()
        _read_template_tags(cells, tags)
        return [cell for cell in cells if inside(cell, layout)]
    return []


# MailerLite's merge tag left unrendered: 「{$name}」, 「{$name|default('朋友')}」
_MAILERLITE_TAG = re.compile(r"\{\$\w+\s*(?:\|\s*default\s*\(\s*(?:\"([^\"{}]*)\"|'([^'{}]*)')\s*\))?\s*\}")
# the mailing tools whose layout table's rows are the campaign's blocks, its text cells classed: the text cell's
# class, the layout table's, the template tags its editor writes. Klaviyo's (see the module's docstring);
# MailerLite's classic editor lays a campaign out in a 640 px `table.mlContentTable`, one row per block — the
# header `td.mlContentHeader` (the logo and an issue line 「2026 年 11 月 · 第 23 期」), `td.mlContentImage`, one
# `td.mlContentContainer` per text block (the h1 and a salutation 「亲爱的 {$name}，您好！」, each h2 section),
# `td.mlContentButton`, `td.mlContentSocial`, `td.mlContentFooter` (the address, 「退订」, 「Created with
# MailerLite」) — under the web-version bar `div.mlWebVersionBar`. Read as a page (holdout147), the header's
# issue line opened the first part after a stray 「| 」 (the logo's cell an empty column) and the salutation
# stayed with its tag; the letter is the text cells, as Klaviyo's.
# Constant Contact's campaign archive page (its stylesheet on static.ctctcdn.com) lays a campaign out in a 600 px
# `table.layout` under the archive header (the logo, 「Share this email」 and share links): a row per block, the
# preheader line `td.editor-text.preheader`, `td.editor-image`, one `td.editor-text` per text block (the h1, each h2
# section), `td.editor-button`, `td.editor-social`, `td.footer-text` (the sender's address, 「Update Profile」,
# 「Unsubscribe」) and the badge `td.ctct-badge` 「Try email marketing for free today!」. Read as a page
# (holdout244), the preheader opened the first part and the badge was glued to the last answer; the letter is the
# text cells but the preheader, as Klaviyo's. Its class names are common words: its stylesheet's host tells it.
_CTCT_ASSETS = re.compile(r"https?://static\.ctctcdn\.com/")
# its variable tag left unrendered: 「[[FirstName]]」, 「[[FirstName OR "家长"]]」 (the fallback text after OR)
_CTCT_TAG = re.compile(r"\[\[\s*\w+\s*(?:[Oo][Rr]\s*(?:\"([^\"\[\]]*)\"|'([^'\[\]]*)'))?\s*\]\]")
# (text cell's class, layout table's class, template tags, the tool's assets where its class names are common words)
_TEXT_CELLS: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    ("kl-text", "kl-row", _TEMPLATE_TAG, None),
    ("mlContentContainer", "mlContentTable", _MAILERLITE_TAG, None),
    ("editor-text", "layout", _CTCT_TAG, _CTCT_ASSETS),
)


def _read_template_tags(cells: list[Tag], tags: re.Pattern[str] = _TEMPLATE_TAG) -> None:
    """Read each template tag left unrendered in the cells as the default it names, nothing without one (and
    then without the space before it, so that 「亲爱的 {$name}，您好！」 reads 「亲爱的，您好！」, a salutation)."""
    spaced = re.compile(rf"([ \t\u00a0]*)(?:{tags.pattern})")
    for cell in cells:
        for text in cell.find_all(string=tags):
            if type(text) is NavigableString:
                text.replace_with(spaced.sub(lambda tag: (tag.group(1) + named) if (named := tag.group(2) or tag.group(3)) else "", str(text)))


# SendPulse's own hosts: the campaign's images (「s7492.sendpul.se/files/emailservice/…」, the social icons, the
# 「Sent via SendPulse」 logo) and its tracking pixel
_SENDPULSE_ASSETS = re.compile(r"https?://[\w.-]*\b(?:sendpul\.se|sendpulse\.com)/")


def _sendpulse_cells(soup: BeautifulSoup) -> list[Tag]:
    """The rows of a SendPulse campaign holding its letter, the other rows gone; none if there is no heading.

    SendPulse's editor lays a campaign out as a 600 px table, one block a row and no class on any (only the hidden
    `span.sp-preheader` has one): the 「邮件显示不正常？在浏览器中打开」 line, the logo, the hero image, the text blocks
    (the h1 and a salutation, each h2 section, a table in a row of its own), the CTA button, the social icons and
    the footer (「你收到这封邮件是因为…」, the sender's address, 「Отписаться · Веб-версия」, 「Sent via SendPulse」). Read as
    a page (holdout134) the web-view line opened the first part and the button and footer were a last part titled
    again by the h1. As an MJML letter's: the letter runs from the row of its first heading to the row of its last,
    and its template tags (「{{name}}」, 「{{track}}」) read as Klaviyo's do."""
    heading = soup.find(HEADINGS)
    row = heading.find_parent("tr") if isinstance(heading, Tag) else None
    layout = row.find_parent("table") if isinstance(row, Tag) else None
    if not isinstance(layout, Tag):
        return []
    rows = table_rows(layout)
    titled = [k for k, row in enumerate(rows) if row.find(HEADINGS) is not None]
    for k, row in enumerate(rows):
        if k < titled[0] or k > titled[-1]:
            row.decompose()
    cells = [cell for row in rows[titled[0]:titled[-1] + 1] for cell in row.find_all("td", recursive=False)]
    _read_template_tags(cells)
    return cells


def _salutes(paragraph: Tag | str) -> bool:
    """A letter's salutation (a paragraph, or a clause's text), its recipient's name a merge tag or not
    (「{{ contact.FIRSTNAME }}，你好！」, 「{{Name}} 您好：」)."""
    text = paragraph if isinstance(paragraph, str) else raw_text(paragraph)
    return is_salutation(_MERGE_TAG.sub("Name", clean(text)))


def _mjml_letter(soup: BeautifulSoup) -> bool:
    """Keep an MJML campaign's letter alone; False on a page that is none.

    MJML lays the letter out as sections of columns (`div.mj-column-per-100`), each column a table whose rows
    are its components: the 「在瀏覽器中開啟」 line and the logo above the title, a masthead (the `<h1>` and a
    line 「骰子森林桌遊咖啡館 · 阿拉木圖 Абая 52 · 2025 年 12 月號電子報」), the text's columns, then the social icons, the
    footer (the sender's address, 「此郵件寄送至 {{ contact.EMAIL }}…」, 「取消訂閱 · 更新偏好設定」) and the tool's logo. Read
    as a page (holdout129's Brevo campaign) the mirror line, the masthead's line and the salutation were the
    first part's text and the footer a last part under the title. The letter runs from the row of its first
    heading to the end of the column of its last one: the rows above go, and so do the columns after it; a
    masthead (the first heading's column, when the text's headings are in another) keeps only its heading; the
    salutation leading the text goes (`_salutes`)."""
    columns = [column for column in soup.find_all("div", class_=_MJML_COLUMN)
               if column.find_parent("div", class_=_MJML_COLUMN) is None]
    rows = [(k, row) for k, column in enumerate(columns) for table in column.find_all("table", recursive=False)
            for body in [table.find("tbody", recursive=False) or table] for tr in body.find_all("tr", recursive=False)
            for row in tr.find_all("td", recursive=False)]
    titled = [i for i, (_, row) in enumerate(rows) if row.find(HEADINGS) is not None]
    if not titled:
        return False
    first, last = titled[0], titled[-1]
    masthead, text = rows[first][0], rows[last][0]
    gone = [row for i, (k, row) in enumerate(rows)
            if i < first or k > text or (k == masthead != text and i not in titled)]
    lead = next((row for i, (k, row) in enumerate(rows) if i > first and k == text and row not in gone
                 and clean(raw_text(row))), None)
    said = lead.find(["p", "div"]) if lead is not None else None
    while isinstance(said, Tag) and said.name == "div" and said.find("p") is not None:
        said = said.find(["p", "div"])
    if isinstance(said, Tag) and said.name == "p" and said.find_previous(HEADINGS) is rows[first][1].find(HEADINGS) \
            and _salutes(said):
        said.decompose()
    for row in gone:
        row.decompose()
    return True


# a salutation opening a paragraph's text: up to its first 「：」, 「，」 or 「！」 (「{{Name}} 您好：」)
_OPENING_CLAUSE = re.compile(r"^\s*([^：:，,！!。\n]{1,30}[：:，,！!])\s*")


def _unisender_letter(soup: BeautifulSoup, layout_class: str) -> bool:
    """Keep a UniSender or Omnisend campaign's letter alone (see the module's docstring); False on a page that is
    none."""
    layout = soup.find("table", class_=layout_class)
    if not isinstance(layout, Tag):
        return False
    rows = table_rows(layout)
    titled = [i for i, row in enumerate(rows) if row.find(HEADINGS) is not None]
    if not titled:
        return False
    first, last = titled[0], titled[-1]
    heading = rows[first].find(HEADINGS)
    said = heading.find_next("p") if isinstance(heading, Tag) else None
    if isinstance(said, Tag) and said.find_previous(HEADINGS) is heading and _MERGE_TAG.search(raw_text(said)) \
            and _salutes(said):
        said.decompose()        # a paragraph of its own (Omnisend's 「[[contact.first_name]]，你好！」)
    elif isinstance(said, Tag) and said.find_previous(HEADINGS) is heading:
        opening = next((node for node in said.strings if node.strip()), None)
        clause = _OPENING_CLAUSE.match(str(opening)) if opening is not None else None
        if clause and _MERGE_TAG.search(clause.group(1)) and _salutes(clause.group(1)):
            rest = str(opening)[clause.end():]
            if rest.strip() or any(node.strip() for node in said.strings if node is not opening):
                opening.replace_with(rest)
            else:
                said.decompose()
    for i, row in enumerate(rows):
        if i < first or i > last:
            row.decompose()
    return True
