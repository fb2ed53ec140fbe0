"""A YouTrack issue's page, saved by the browser: what a reader gets from the issue, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import all_text, cut, texts


def comment(name: str, text: str) -> str:
    """A comment in the activity: its header (writer, date), its text, its buttons."""
    return (f"<div class='comment__b2'><div class='comment__header'><span class='comment__author'>{name}</span> "
            f"<span class='comment__date'>13 Oct 2026</span></div><div class='comment__text wiki'><p>{text}</p></div>"
            "<div class='comment__actions'><button>Reply</button></div></div>")


def issue(summary: str = "ticket-summary") -> str:
    """An issue: header, breadcrumb, toolbar with its id, summary, tags, description, comments, fields panel."""
    return ("<html><body><div id='app-root'><header><nav><a href='/issues'>Issues</a></nav></header>"
            "<div data-test='breadcrumbs'><a href='/projects/SKY'>SkyKZ</a> / <span>SKY-412</span></div><main>"
            "<div class='toolbar__b90'><span class='issue-id'>SKY-412</span><button>Edit</button>"
            "<span class='toolbar__meta'>Created by Dana 12 Oct 2026</span></div>"
            f"<h1 class='summary__f12' data-test='{summary}'>天气取消短信发不到</h1>"
            "<div class='tags__aa1'><a class='tag' href='/tags/sms'>sms</a></div>"
            "<div class='description__d01 wiki' data-test='description'><h2>问题描述</h2><p>Tele2 号码收不到短信。</p></div>"
            "<div class='activity__c44' data-test='issue-activity'><div class='activity__tabs'><button>Comments</button>"
            "</div>" + comment("Arman", "已经提交注册。") + comment("Aigerim", "国际号码改发邮件。")
            + "</div><aside class='issue-fields__f0' data-test='fields-panel'><table class='fields-table'>"
            "<tr><td class='field-name'>Priority</td><td class='field-value'>Critical</td></tr>"
            "<tr><td class='field-name'>State</td><td class='field-value'>Fixed</td></tr></table></aside>"
            "</main></div></body></html>")


def test_a_youtrack_issue_is_its_summary_id_fields_description_and_comments() -> None:
    # holdout137: the summary titled nothing (the first part was 「问题描述」), the fields panel went as a sidebar and
    # the id and tags with the toolbar
    assert texts(cut(issue())) == [
        ("section", "天气取消短信发不到", "SKY-412 · Priority: Critical · State: Fixed · Tags: sms"),
        ("section", "问题描述", "Tele2 号码收不到短信。"),
        ("section", COMMENTS_TITLE, "已经提交注册。\n国际号码改发邮件。")]


def test_youtracks_markup_without_its_summary_is_read_as_it_was() -> None:
    assert "SKY-412 · Priority" not in all_text(cut(issue(summary="other")))
