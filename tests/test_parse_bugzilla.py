"""A Bugzilla bug's page (show_bug.cgi), saved by the browser: what a reader gets from the bug, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import all_text, cut, texts


def comment(number: int, name: str, text: str) -> str:
    """A comment as Bugzilla draws it: its head (number, writer, time), its text as typed, in a <pre>."""
    first = " bz_first_comment" if number == 0 else ""
    label = "Description" if number == 0 else f"Comment {number}"
    return (f"<div id='c{number}' class='bz_comment{first}'><div class='bz_comment_head'><span class='bz_comment_number'>"
            f"<a href='#c{number}'>{label}</a></span> <span class='bz_comment_user'><span class='vcard'>{name}</span>"
            f"</span> <span class='bz_comment_time'>2026-10-21 11:05 ALMT</span></div>"
            f"<pre class='bz_comment_text'>{text}</pre></div>")


def bug(summary_id: str = "short_desc_nonedit_display") -> str:
    """A bug: header, summary, the two field columns, attachments, description and a comment, the comment form."""
    return ("<html><head><title>Bug 2318 – 短信收不到</title></head><body><div id='header'><ul class='links'>"
            "<li><a href='./'>Home</a></li><li><a href='query.cgi'>Search</a></li></ul></div>"
            "<div id='bugzilla-body'><form id='changeform'><div class='bz_short_desc_container edit_form'>"
            f"<a href='show_bug.cgi?id=2318'><b>Bug&nbsp;2318</b></a> - <span id='{summary_id}'>短信收不到</span></div>"
            "<table class='edit_form'><tr><td><table class='bz_show_bug_column_1'>"
            "<tr><th class='field_label'>Status:</th><td>RESOLVED FIXED</td></tr>"
            "<tr><th class='field_label'>Alias:</th><td>None</td></tr>"
            "<tr><th class='field_label'>Product:</th><td>SplatBook</td></tr></table></td><td>"
            "<table class='bz_show_bug_column_2'><tr><th class='field_label'>Reported:</th><td>2026-10-21 by Madina</td></tr>"
            "<tr><th class='field_label'>CC List:</th><td>3 users</td></tr></table></td></tr></table>"
            "<table class='attachment_table'><tr><td><a href='attachment.cgi?id=9'>log.txt</a> (3 KB)</td></tr></table>"
            "<div id='comments'>"
            + comment(0, "Madina", "升级以后：\n1. 确认短信收不到。\n2. 退款码无效。\n问：没收到短信怎么办？\n答：订场照样有效。")
            + comment(1, "Timur", "原因：短信带 emoji，\n被网关拒了。")
            + "</div><div id='add_comment'><label for='comment'>Additional Comments:</label><textarea></textarea></div>"
            "</form></div></body></html>")


def test_a_bugzilla_bug_is_its_fields_its_description_read_as_plain_text_and_its_comments() -> None:
    # holdout137: the field columns were text titled by the summary, the <pre> texts' lines ran together (no steps,
    # no Q&A), and the description was titled 「评论」 like every comment, the comments glued to its last answer.
    # (「升级以后：」 names the steps under it; an empty Alias and the second column's record are left out)
    assert texts(cut(bug())) == [
        ("section", "短信收不到", "Bug 2318 · Status: RESOLVED FIXED · Product: SplatBook · Reported: 2026-10-21 by Madina"),
        ("step", "确认短信收不到", "确认短信收不到。"),
        ("step", "退款码无效", "退款码无效。"),
        ("qa", "没收到短信怎么办？", "订场照样有效。"),
        ("section", COMMENTS_TITLE, "原因：短信带 emoji，被网关拒了。")]


def test_bugzillas_comment_markup_without_its_summary_is_read_as_it_was() -> None:
    found = all_text(cut(bug(summary_id="summary")))
    assert "Bug 2318 · Status" not in found and "CC List" in found
