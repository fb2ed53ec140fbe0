"""A 为知笔记 (WizNote) note exported as HTML: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def todo(text: str, state: str) -> str:
    """A to-do line as WizNote's editor writes it: a label of the box image (its state in `wiz-check`) and the
    item's words."""
    return (f"<div><label class='wiz-todo-label wiz-todo-label-{state}'><img src='data:image/png;base64,iVBORw0KGgo='"
            f" class='wiz-todo-img wiz-img-cannot-drag' wiz-check='{state}'>{text}</label></div>")


def note(body: str) -> str:
    """A WizNote export: its generator meta and editor body around `body`."""
    return ("<html><head><meta name='generator' content='WizNote 2.8.7'><title>外业组｜清单</title></head>"
            f"<body class='wiz-editor-body' wiz_note_guid='6c1e0b42'><h1>出发前</h1>{body}</body></html>")


def test_a_wiznote_checklist_keeps_each_items_state() -> None:
    # holdout235: the box images went as images, so the checklist was plain lines, done and not done alike
    page = note("<h2>检查清单</h2>" + todo("电池充满", "unchecked") + todo("贴好卡号标签", "checked"))
    assert texts(cut(page)) == [("section", "检查清单", "[ ] 电池充满\n[x] 贴好卡号标签")]


def test_wiznote_export_mark_is_no_passage() -> None:
    # holdout235: 「（本笔记由 为知笔记 导出，…）」 closing the note was a passage of its own under the note's h1
    page = note("<h2>常见问题</h2><div>卡丢了先挂失。</div><div><br></div>"
                "<div style='color:#999;'>（本笔记由 为知笔记 导出，原笔记位于「外业组 / 设备」文件夹）</div>")
    assert texts(cut(page)) == [("section", "常见问题", "卡丢了先挂失。")]


def test_wiz_todo_classes_on_a_page_wiznote_did_not_write_are_read_as_they_were() -> None:
    page = note(todo("电池充满", "checked")).replace("WizNote 2.8.7", "Other").replace("wiz-editor-body", "")
    assert texts(cut(page)) == [("section", "出发前", "电池充满")]
