"""A Linear issue's page, saved by the browser: what a reader gets from the issue, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import all_text, cut, texts


ASSETS = "<link rel='stylesheet' href='https://static.linear.app/client/assets/index.css'>"


def comment(name: str, text: str, replies: str = "", reply: bool = False) -> str:
    """A comment in the activity feed: its header (writer, time), its ProseMirror body, its reactions, its replies."""
    kind = "sc-Comment sc-Reply" if reply else "sc-ActivityItem sc-Comment"
    nested = f"<ul class='sc-CommentReplies'>{replies}</ul>" if replies else ""
    return (f"<li class='{kind}'><div class='sc-CommentHeader'><span class='sc-Actor'>{name}</span><time>Nov 6</time>"
            f"</div><div class='ProseMirror sc-CommentBody'><p>{text}</p></div>"
            f"<div class='sc-Reactions'><button>👍 3</button></div>{nested}</li>")


def issue(assets: str = ASSETS) -> str:
    """An issue: sidebar, breadcrumb with its identifier, title, description, sub-issues, activity, properties."""
    return (f"<html><head><title>DAS-412 短信发不到 — Linear</title>{assets}</head><body><div id='root'>"
            "<nav class='sc-Sidebar'><a class='sc-SidebarLink'>Inbox</a></nav><main class='sc-IssueView'>"
            "<div class='sc-IssueHeader'><nav class='sc-Breadcrumbs'><a>Dastarkhan</a><span>›</span>"
            "<span class='sc-IssueIdentifier'>DAS-412</span></nav><button>Copy link</button></div>"
            "<h1 class='sc-IssueTitle' contenteditable='true'>短信发不到 Beeline 号码</h1>"
            "<div class='ProseMirror editor' contenteditable='true'><h2>背景</h2><p>Beeline 的号码收不到短信。</p></div>"
            "<section class='sc-SubIssues'><h3 class='sc-SectionTitle'>Sub-issues <span class='sc-Count'>1/2</span></h3>"
            "<ul><li class='sc-SubIssueRow'><span class='sc-StatusIcon' aria-label='Done'></span>"
            "<span class='sc-IssueIdentifier'>DAS-413</span><span class='sc-SubIssueTitle'>提交注册申请</span>"
            "<span class='sc-Assignee'>Айдос</span></li><li class='sc-SubIssueRow'><span class='sc-StatusIcon' "
            "aria-label='In Progress'></span><span class='sc-IssueIdentifier'>DAS-415</span>"
            "<span class='sc-SubIssueTitle'>加 WhatsApp 通知</span><span class='sc-Assignee'>王磊</span></li></ul>"
            "<button>+ Add sub-issues</button></section>"
            "<section class='sc-Activity'><h3 class='sc-SectionTitle'>Activity</h3><ul class='sc-ActivityFeed'>"
            "<li class='sc-ActivityItem sc-ActivityEvent'><span class='sc-Actor'>Lena</span> created the issue · "
            "<time>Nov 4</time></li>"
            + comment("王磊", "WhatsApp 模板已提交审核。", comment("Lena", "好的。记得加哈萨克语版本。", reply=True))
            + "<li class='sc-ActivityItem sc-ActivityEvent'><span class='sc-Actor'>Айдос</span> changed status "
            "from Todo to In Progress · <time>Nov 5</time></li></ul><div class='sc-CommentComposer'>"
            "<div class='ProseMirror' data-placeholder='Leave a comment...'></div><button>Comment</button></div>"
            "</section></main><aside class='sc-IssueProperties'>"
            "<div class='sc-Property'><span class='sc-PropertyLabel'>Status</span>"
            "<span class='sc-PropertyValue'>In Progress</span></div><div class='sc-Property'>"
            "<span class='sc-PropertyLabel'>Priority</span><span class='sc-PropertyValue'>Urgent</span></div>"
            "</aside></div></body></html>")


def test_a_linear_issue_is_its_identifier_properties_description_sub_issues_and_comments() -> None:
    # holdout127: the identifier and properties were in no fragment, each sub-issue glued its identifier, title
    # and assignee (「DAS-413提交注册申请Айдос」) and lost its status, and the events were a part of their own
    assert texts(cut(issue())) == [
        ("section", "短信发不到 Beeline 号码", "DAS-412 · Status: In Progress · Priority: Urgent"),
        ("section", "背景", "Beeline 的号码收不到短信。"),
        ("section", "Sub-issues 1/2", "DAS-413 提交注册申请 · Айдос · Done\nDAS-415 加 WhatsApp 通知 · 王磊 · In Progress"),
        ("section", COMMENTS_TITLE, "WhatsApp 模板已提交审核。\n好的。记得加哈萨克语版本。")]


def test_linears_markup_on_a_page_without_its_assets_is_read_as_it_was() -> None:
    found = all_text(cut(issue(assets="")))
    assert "changed status from Todo to In Progress" in found and "Status: In Progress" not in found
