"""A 为知笔记 (WizNote) note exported as HTML.

WizNote's export (its generator meta 「WizNote …」, `body.wiz-editor-body` with the note's `wiz_note_guid`, the
editor's styles `#wiz_custom_css`, `#wiz_todo_style`, `#wiz_table_style`) writes the note as its editor holds it:
`div` paragraphs, headings, lists, tables in `div.wiz-table-container`, and a to-do line as a `div` holding one
`label.wiz-todo-label` (with `wiz-todo-label-checked` or `wiz-todo-label-unchecked`) of an `img.wiz-todo-img`
(its state also in `wiz-check="checked|unchecked"`, the box drawn from a data: image) before the item's words.

Read as it stood (holdout235): the box images went as images, so a checklist was plain lines and what was done
and what was not was lost. `wiznote_note` puts each box as the item's lead 「[x] 」 or 「[ ] 」, as a checklist typed
in text does (GitHub's task lists, `clean._task_list_ticks`; Quill's and Evernote's, `clean._quill_checklists`).
The export's closing mark 「（本笔记由 为知笔记 导出…）」 is any note app's filing line (`parse.is_filing`).

Detected by WizNote's marks: its to-do images on a page its generator meta or its editor's body class names.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import generated_by, site_reader

_GENERATOR = re.compile(r"^\s*WizNote\b", re.IGNORECASE)
_CHECKED = {"checked": "[x] ", "unchecked": "[ ] "}


@site_reader({"wiz-todo-img"})
def wiznote_note(soup: BeautifulSoup) -> None:
    """Lead each to-do line of a WizNote note with its state (see the module's docstring). A page of any other
    kind is unchanged."""
    body = soup.body
    if not isinstance(body, Tag) or not ("wiz-editor-body" in body.get("class", [])
                                         or isinstance(soup.head, Tag) and generated_by(soup.head, _GENERATOR)):
        return
    for box in soup.find_all("img", class_="wiz-todo-img"):
        label = box.find_parent("label", class_="wiz-todo-label")
        state = str(box.get("wiz-check", "")).lower()
        if state not in _CHECKED and isinstance(label, Tag):
            state = "checked" if "wiz-todo-label-checked" in label.get("class", []) else "unchecked"
        if state in _CHECKED:
            box.replace_with(_CHECKED[state])
