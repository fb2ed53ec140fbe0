"""An Edmodo group's stream, saved by the browser: what a reader gets from each post, its files and its replies."""
from __future__ import annotations

from fragments import cut, texts

TEACHER = "张敏老师（班主任）"


def reply(name: str, text: str) -> str:
    """A reply: the avatar, the writer's link, the text, the footer's date."""
    return (f"<div class='reply'><img class='reply-avatar' src='/a.png' alt=''><div class='reply-body'><a class='reply-author' "
            f"href='/profile/1'>{name}</a><div class='reply-text'>{text}</div><div class='reply-footer'>"
            "<span class='reply-timestamp'>Oct 21, 2025 · 7:05 PM</span></div></div></div>")


PAGE = ("<html><body class='edmodo-app'><main class='group-page'><div class='group-header'><div class='group-avatar'>5Б"
        "</div><h1 class='group-name'>5「Б」班</h1></div><section class='stream'><div class='post-container'>"
        f"<div class='post-header'><a class='post-author-name' href='/profile/3'>{TEACHER}</a>"
        "<span class='post-recipients'>to 5「Б」班</span><span class='post-timestamp'>Oct 2, 2025 · 8:31 PM</span>"
        "<span class='post-type-badge'>Announcement</span></div><div class='post-content'><div class='post-text'>"
        "<p><b>学校拍照日</b></p><p>拍照日定在 10 月 14 日。</p></div><div class='post-attachments'>"
        "<a class='attachment-link' href='/files/x.pdf'>price-list.pdf (312 KB)</a></div></div>"
        "<div class='replies-container'>" + reply("刘洋", "Beeline 的卡能发 FOTO 到 3636 吗？")
        + reply(TEACHER, "@刘洋 不能，只接 Kcell 和 activ。") + "</div></div></section></main></body></html>")


def test_an_edmodo_post_keeps_its_files_and_its_authors_answers_are_qa() -> None:
    # holdout146: the avatar's 「5Б」 and the post's header were a part of their own, the attachment's name was lost and
    # the replies one part whose writers were lost, the teacher's answer not told from the parent's question
    assert texts(cut(PAGE)) == [
        ("section", "学校拍照日", "拍照日定在 10 月 14 日。\n附件：price-list.pdf (312 KB)"),
        ("qa", "Beeline 的卡能发 FOTO 到 3636 吗？", "不能，只接 Kcell 和 activ。")]


def test_edmodo_markup_outside_its_app_is_read_as_it_was() -> None:
    assert "5Б" in {line for f in cut(PAGE.replace("edmodo-app", "app")) for line in f.text.split("\n")}
