"""A Schoology course's Updates feed, saved by the browser: what a reader gets from each post and its comments."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import cut, texts

POSTER = "Айгерим（交通协调老师）"


def comment(name: str, text: str) -> str:
    """A comment: the writer's link, the text, the footer's date."""
    return (f"<div class='comment'><div class='comment-contents'><span class='comment-author'><a href='/user/1'>{name}"
            f"</a></span><span class='comment-body-wrapper'><p>{text}</p></span><div class='comment-footer'>"
            "<span class='small gray'>Sep 10, 2025 at 8:03 am</span></div></div></div>")


def post(text: str, *comments: str) -> str:
    """A post of the feed: the poster's line and the rich text, the footer, the comments and their form."""
    return (f"<li><div class='edge-item'><span class='edge-sentence'><div class='update-sentence-inner'>"
            f"<a href='/user/48821903'>{POSTER}</a><span class='update-body s-rte'>{text}</span></div></span>"
            "<div class='edge-footer'><span class='small gray'>Mon Sep 8, 2025</span><span class='s-like-sentence'>"
            "12 people like this</span></div><div class='feed-comments'><div id='s_comments' class='discussion-content'>"
            + "".join(comments) + "</div><div class='s-comments-post-form'><textarea>Write a comment</textarea></div>"
            "</div></div></li>")


def page(*posts: str) -> str:
    return ("<html><head><title>第 47 中学: Updates</title></head><body><div id='main'><div id='left-nav'>"
            "<div class='course-info'><span class='course-title'>第 47 中学</span><span class='section-title'>2025–2026 学年"
            "</span></div><ul class='course-nav'><li><a href='/m'>Materials</a></li></ul></div>"
            "<div id='center-top'><h2 class='page-title'>Updates</h2><textarea>Write a post</textarea></div>"
            f"<div id='center-inner'><ul class='s-edge-feed'>{''.join(posts)}</ul></div>"
            "<div id='right-column'><h3>Upcoming</h3><p>Sep 19 · 家长会</p></div></div></body></html>")


TEXT = ("<h3>校车 GPS 使用指南</h3><p>各位家长好！校车装上了 GPS。</p>"
        "<h4>怎么在手机上看校车位置</h4><ol><li>下载 App。</li><li>用手机号登录。</li></ol>"
        "<h4>常见问题</h4><p><strong>问：校车一直不动怎么办？</strong><br>答：等 3 分钟。</p>")


def test_a_schoology_post_is_read_under_its_title_and_its_posters_answers_are_qa() -> None:
    # holdout146: the course's name was a part of its own, the post and its steps were titled 「Updates」, its h3 and h4s
    # were text lines, the right column a part, and the comments one part with the poster's answers not told apart
    assert texts(cut(page(post(TEXT, comment("Ляззат", "短信只收到了一天，是不是余额不够？"),
                                comment(POSTER, "@Ляззат 余额低于 300 ₸ 会暂停。"))))) == [
        ("section", "校车 GPS 使用指南", "各位家长好！校车装上了 GPS。"),
        ("step", "下载 App", "下载 App。"),
        ("step", "用手机号登录", "用手机号登录。"),
        ("qa", "校车一直不动怎么办？", "等 3 分钟。"),
        ("qa", "短信只收到了一天，是不是余额不够？", "余额低于 300 ₸ 会暂停。")]


def test_the_posts_of_a_schoology_feed_are_parts_with_their_comments_named_after_them() -> None:
    frags = texts(cut(page(post("<h3>停课通知</h3><p>周五停课。</p>", comment("王丽", "好的，谢谢。")),
                           post("<h3>补课通知</h3><p>周六补课。</p>"))))
    assert frags == [("section", "停课通知", "周五停课。"), ("section", f"停课通知（{COMMENTS_TITLE}）", "好的，谢谢。"),
                         ("section", "补课通知", "周六补课。")]
