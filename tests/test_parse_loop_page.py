"""A Microsoft Loop page, as the browser saves it: the Scriptor editor's page frame (div.scriptor-pageFrame) in
the app's canvas, with Loop components (a voting table, a checklist) and the comments section under it. What a
reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE
from indexer.model import Fragment

from fragments import cut, texts


def part(frags: list[Fragment], title: str) -> list[tuple[str, str, str]]:
    return texts([f for f in frags if f.path[-1] == title])


def page(body: str, comments: str = "") -> str:
    section = (f"<section class='loop-comments' aria-label='评论'><h3 class='loop-comments-title'>评论</h3>{comments}"
               "<div class='loop-comment-composer'><input type='text' placeholder='添加评论'></div></section>"
               ) if comments else ""
    return ("<html><head><title>办公室断网备用方案 - Microsoft Loop</title></head><body class='ms-Fabric loop-app'>"
            "<div id='app-root'><header class='loop-header' role='banner'><a class='loop-logo' href='#'>Loop</a></header>"
            "<div class='loop-body'><nav class='loop-workspace-tree'><ul role='tree'><li role='treeitem'><a href='#'>"
            "网络</a></li></ul></nav><main class='loop-canvas' role='main'><div class='loop-page-header'>"
            "<h1 class='loop-page-title'>办公室断网备用方案</h1><div class='loop-page-byline'>上次编辑者 张琳 · 11月18日"
            "</div></div><div class='scriptor-pageFrame' role='document'><div class='scriptor-paragraph'><span>"
            f"光纤一断，路由器自动切到手机网络。</span></div>{body}</div>{section}</main></div></div></body></html>")


def vote_row(option: str, about: str, count: int, voters: str) -> str:
    return (f"<tr><td>{option}</td><td>{about}</td><td class='vote-cell'><button class='vote-button'>👍 {count}"
            f"</button> <span class='voters'>{voters}</span></td></tr>")


VOTING = ("<h2 class='scriptor-heading2'>投票</h2><div class='loop-voting-table loop-component' "
          "data-component='voting-table'><div class='loop-component-header'><span class='loop-component-title'>投票表"
          "</span><span class='loop-component-source'>办公室 IT</span></div><table class='fluid-table voting'><thead>"
          "<tr><th>选项</th><th>描述</th><th>投票</th></tr></thead><tbody>"
          + vote_row("Kcell「Резерв」", "断网日不限量", 5, "张琳、王磊")
          + vote_row("Beeline 100 GB", "不用先登记故障", 2, "李明")
          + "</tbody></table><div class='loop-component-footer'>结果：选 Kcell「Резерв」。</div></div>")


def task(text: str, who: str, due: str, done: bool) -> str:
    state = " is-checked" if done else ""
    box = "<input type='checkbox' checked disabled>" if done else "<input type='checkbox'>"
    return (f"<div class='scriptor-checklistItem{state}' role='listitem'>{box} <span>{text}</span> "
            f"<span class='loop-assignee'>@{who}</span> <span class='loop-due'>{due}</span></div>")


CHECKLIST = ("<h2 class='scriptor-heading2'>待办</h2><div class='loop-checklist scriptor-checklist' role='list'>"
             + task("去营业厅办 SIM", "Данияр Касымов", "11月19日", True)
             + task("周六拔光纤演练", "张琳", "11月28日", False) + "</div>")


def comment(name: str, text: str, replies: str = "", reply: bool = False) -> str:
    kind = " loop-comment-reply" if reply else ""
    return (f"<div class='loop-comment{kind}'><div class='loop-comment-head'><span class='loop-comment-author'>{name}"
            f"</span><span class='loop-comment-time'>11月16日</span></div><div class='loop-comment-body'>{text}</div>"
            f"<div class='loop-comment-reactions'><span class='loop-reaction'>👍 4</span></div>{replies}</div>")


COMMENTS = (comment("李明", "光纤断了一整周，三天的断网日不够怎么办？",
                    comment("Данияр", "可以加买「Безлимит на сутки」，每天 990 ₸。", reply=True))
            + comment("陈静", "每月 10 号前 Kcell 会把电子发票发到 esf.gov.kz。"))


def test_a_voting_table_keeps_its_options_votes_and_result() -> None:
    assert part(cut(page(VOTING)), "投票") == [
        ("section", "投票", "选项 | 描述 | 投票\nKcell「Резерв」 | 断网日不限量 | 5 票：张琳、王磊\n"
                            "Beeline 100 GB | 不用先登记故障 | 2 票：李明\n结果：选 Kcell「Резерв」。"),
    ]


def test_a_checklist_item_keeps_its_state_and_brackets_its_assignee_and_due_date() -> None:
    assert part(cut(page(CHECKLIST)), "待办") == [
        ("section", "待办", "[x] 去营业厅办 SIM（Данияр Касымов · 11月19日）\n[ ] 周六拔光纤演练（张琳 · 11月28日）"),
    ]


def test_a_question_with_a_reply_nested_in_it_is_a_qa_of_the_comments() -> None:
    frags = cut(page("", COMMENTS))
    assert part(frags, COMMENTS_TITLE) == [
        ("section", COMMENTS_TITLE, "每月 10 号前 Kcell 会把电子发票发到 esf.gov.kz。"),
        ("qa", "光纤断了一整周，三天的断网日不够怎么办？", "可以加买「Безлимит на сутки」，每天 990 ₸。"),
    ]
    assert all("添加评论" not in f.text and "11月16日" not in f.text for f in frags)
