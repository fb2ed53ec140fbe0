"""A Kuaishou (快手) video page with its comments as the browser saves it (holdout117): the page's title titles
it, the caption without its hashtags is its first line, lines opening with a 【title】 are its parts (numbered
lines under one its steps), each comment and reply a part headed by its writer, a reader's question the
author answered a Q&A, in the page's order; the author block, counts and share bar are no text."""
from __future__ import annotations

from fragments import all_text, cut, texts


def comment(name: str, text: str, reply: str = "") -> str:
    """A comment as Kuaishou draws it: the name, text, time and likes, then the author's reply."""
    replies = (f"<div class='sub-comment-list'><div class='sub-comment-item'><span class='comment-user'>老周</span>"
               f"<span class='author-tag'>作者</span><p class='comment-text'>{reply}</p></div></div>") if reply else ""
    return (f"<div class='comment-item'><span class='comment-user'>{name}</span><p class='comment-text'>{text}</p>"
            f"<span class='comment-time'>09-19</span><span class='like'>36</span>{replies}</div>")


def page(video: str = "blob:https://www.kuaishou.com/1f3a") -> str:
    return ("<html><head><title>修好的表怎么取 - 快手</title></head><body><div id='app'>"
            "<div class='header-container'><a class='logo' href='https://www.kuaishou.com/'>快手</a></div>"
            f"<div class='player-container'><video class='player-video' src='{video}'></video></div>"
            "<div class='video-info'><div class='author-info'><span class='profile-user-name'>老周</span>"
            "<button class='follow-btn'>关注</button></div>"
            "<div class='video-info-title'>讲讲取表的规矩 #修表 #阿拉木图</div><div class='video-info-content'>"
            "<p>【收表】收表时登记手机号。</p><p>【取表步骤】</p><p>1. 带上小票来店里。</p><p>2. 报出取件码。</p>"
            "<p>【价格】换电池 2 500 ₸。</p></div>"
            "<div class='video-info-data'><span>2.3万 播放</span><span>1,204 赞</span></div></div>"
            "<div class='comment-container'><div class='comment-title'>评论 (2)</div>"
            + comment("糖糖", "屏幕碎了能修吗") + comment("小马", "短信删了怎么办？", "带身份证来。")
            + "</div></div></body></html>")


def test_a_kuaishou_description_is_parted_by_its_bracketed_titles_and_its_comments_kept_in_order() -> None:
    # holdout117: the caption and its hashtags opened the one page-titled passage, the numbered lines were steps of
    # the page's title, 【价格】 was glued before them, the counts a line, the unanswered comment put first
    frags = cut(page())
    assert texts(frags) == [
        ("section", "修好的表怎么取", "讲讲取表的规矩"),
        ("section", "收表", "收表时登记手机号。"),
        ("step", "带上小票来店里", "带上小票来店里。"),
        ("step", "报出取件码", "报出取件码。"),
        ("section", "价格", "换电池 2 500 ₸。"),
        ("section", "糖糖", "屏幕碎了能修吗"),
        ("qa", "短信删了怎么办？", "带身份证来。")]
    assert {f.procedure.title for f in frags if f.procedure} == {"取表步骤"}


def test_a_page_kuaishou_did_not_serve_is_left_alone() -> None:
    assert "#修表" in all_text(cut(page(video="/media/clip.mp4")))
