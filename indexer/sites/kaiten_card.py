"""A Kaiten card (kaiten.ru) opened as a page, as the browser saves it.

The page draws the app around the card — the header (Пространства / Документы / Отчёты, the search, the user),
the sidebar's space tree — and the card's window (`div.card-modal`): the path 「Школа №159 — Родительский комитет /
5«Б» — Закупки / В работе」 (`.card-modal__path`: space, board, column), the card's id 「#1472」 (`.card-id`) by its
`h1.card-title`, the buttons, the property panel (`.card-properties`: each `.prop` a `.prop__label` 「Ответственный」
/ 「Участники」 / 「Срок」 / 「Теги」 / 「Размер」 over its value), the description (`.card-description`, a ProseMirror
editor's headings, tables and lists), the checklists (`.checklist`: `.checklist__title`, the progress 「3 / 4」,
`li.checklist__item`s, `checked` when done), the files (`.card-files`: its title 「Файлы」, each file's link and
size), the comments (`.card-comments`: each `.comment` a header of avatar initials, the writer's name in <b> and
the time, its text in `.comment__body`; then the comment form) and the activity log 「История」 (`.card-activity`).

Read as a page (holdout129), the path, the id and the property panel — labels glued to values,
「ОтветственныйГульнара Сейткали」 — were the text of the first fragment; the checklists (titles not headings,
their done state lost), the files and the activity log were glued to the description's last answer; the comments
one 「评论」 part, their writers lost and each 「@Чжан Лин」 cut in half (「Лин 可以…」).

`kaiten_card` makes the page the card alone, as `trello_card` does a Trello card: its title the <h1>, its
description, each checklist a part of its items (「[x] 」 or 「[ ] 」 before each), the files a part of their
names under the block's own title, and the comments the card's last part 「评论」 (`blogs.comments_html`). The
card's responsible person (the 「Ответственный」 / 「Responsible」 property) answers on the card as a post's author
does on a blog: a question a comment asks that the responsible person's next comment answers is read with that
answer; the writers' names are known, so a reply's 「@name」 goes whole. The path, the id, the buttons, the
properties, the progress, the file sizes, the comment form and the activity log (the card's history, no text of
the writers') are no text.

Detected by Kaiten's card window (`card-modal`, `card-title`, `card-description`) on a page Kaiten names (a
`kaiten…` class, or the <title>'s 「· Kaiten」).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, page_marks
from indexer.sites.blogs import Comment, comments_html
from indexer.sites.trello_card import list_part

MARKS = ("card-modal", "card-title", "card-description")
FILES_TITLE = "Файлы"           # the files block's title where the page has none
_KAITEN_CLASS = re.compile(r"^kaiten", re.IGNORECASE)
_KAITEN_TITLE = re.compile(r"[·|—–-]\s*Kaiten\s*$", re.IGNORECASE)
# the property naming who answers for the card (Kaiten's Russian and English interfaces)
_RESPONSIBLE = re.compile(r"^\s*(?:Ответственный|Responsible)\s*$", re.IGNORECASE)


def kaiten_card(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Rewrite a Kaiten card's page into the card as an <article>: title, description, checklists, files,
    comments (see the module's docstring). Any other page is unchanged. `marks` are the page's."""
    marks = page_marks(soup) if marks is None else marks
    if not all(mark in marks for mark in MARKS) or not _named_kaiten(soup, marks):
        return
    windows = soup.find_all("div", class_="card-modal")
    body = soup.body
    if len(windows) != 1 or not isinstance(body, Tag):
        return
    window = windows[0]
    title, description = window.find(class_="card-title"), window.find(class_="card-description")
    if not isinstance(title, Tag) or not isinstance(description, Tag) or not one_line(title):
        return
    article = soup.new_tag("article")
    heading = soup.new_tag("h1")
    heading.string = one_line(title)
    article.append(heading)
    for child in list(description.children):
        article.append(child.extract())
    for checklist in window.find_all("div", class_="checklist"):
        items = [("[x] " if "checked" in row.get("class", ()) else "[ ] ") + text
                 for row in checklist.find_all("li", class_="checklist__item") if (text := one_line(row))]
        if items:
            article.append(list_part(soup, one_line(checklist.find(class_="checklist__title")) or "Checklist", items))
    files = window.find(class_="card-files")
    if isinstance(files, Tag):
        names = [name for link in files.find_all("a") if (name := one_line(link))]
        if names:
            article.append(list_part(soup, one_line(files.find(class_="card-files__title")) or FILES_TITLE, names))
    responsible = _responsible(window)
    comments = [Comment(name, text, bool(responsible) and name == responsible)
                for box in window.select(".card-comments .comment")
                for name, text in [(one_line(box.select_one(".comment__header b")),
                                    "".join(one_line(part) for part in box.select(".comment__body p"))
                                    or one_line(box.find(class_="comment__body")))] if text]
    append_markup(article, comments_html(comments))
    body.clear()
    body.append(article)


def _named_kaiten(soup: BeautifulSoup, marks: frozenset[str]) -> bool:
    """A page Kaiten names: a class of its app (「kaiten-app」), or its <title>'s 「… · Kaiten」."""
    return any(_KAITEN_CLASS.match(mark) for mark in marks) \
        or bool(_KAITEN_TITLE.search(one_line(soup.find("title"))))


def _responsible(window: Tag) -> str:
    """The card's responsible person's name (its 「Ответственный」 property), "" for none."""
    for prop in window.find_all(class_="prop"):
        if _RESPONSIBLE.match(one_line(prop.find(class_="prop__label"))):
            return one_line(prop.find(class_="prop__value"))
    return ""
