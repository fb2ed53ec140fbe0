"""Zendesk Guide community posts (Copenhagen theme), saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

ZENDESK = "//static.zdassets.com/hc/assets/application-f34d73e0.css"


def comment(name: str, when: str, body: str, official: bool = False) -> str:
    """One `li.comment` as the theme draws it: the label, the writer and date, the body, the votes."""
    label = "<span class='comment-label status-label'>官方</span>" if official else ""
    return (f"<li class='comment{' comment-official' if official else ''}'><div class='comment-wrapper'>{label}"
            f"<div class='comment-info'><div class='comment-author'><div class='comment-meta'><span title='{name}'>"
            f"<a href='/hc/zh-tw/profiles/1-x'>{name}</a></span><ul class='meta-group'><li class='meta-data'><time>"
            f"{when}</time></li></ul></div></div><section class='comment-body'>{body}</section>"
            "<div class='comment-actions-container'><div class='comment-vote vote'><span class='vote-sum'>9</span>"
            "</div></div></div></div></li>")


def page(assets: str = ZENDESK) -> str:
    """A community post: the question with a list of what was tried, the official answer's steps, a member's reply."""
    return ("<html><head><title>t</title><link rel='stylesheet' href='" + assets + "'></head><body>"
            "<div class='community-post'><section class='post-container'><div class='post'><div class='post-header'>"
            "<h1>預付卡開不了 Wi-Fi 通話</h1></div><div class='post-body'><p>狀態列一直沒有出現 Wi-Fi 字樣。</p>"
            "<p>已經試過的：</p><ol><li>重新開機</li><li>重置網路設定</li></ol><p>請問預付卡能不能用？</p></div>"
            "<div class='post-actions-wrapper'><div class='post-votes vote'><span class='vote-sum'>12</span></div>"
            "<button class='share-button'>分享</button></div></div></section>"
            "<section class='comment-overview'><div class='comment-callout'><p>找不到您要的內容嗎？</p><a>新貼文</a>"
            "</div><h2 class='comment-heading'>2 則留言</h2></section><section class='comments'>"
            "<ul id='comments' class='comment-list'>"
            + comment("客服 小瑜", "2026年11月09日 10:15", "<p>需要先開通。開通方式：</p><ol><li>撥 <strong>*88*6#</strong>"
                      " 或傳簡訊到 <strong>8861</strong>。</li><li>關機 1 分鐘再開機。</li></ol><p>開通免費。</p>", True)
            + comment("網管阿傑", "2026年11月09日 22:27", "<p>八成是路由器擋了 IPsec。</p>")
            + "</ul></section></div></body></html>")


def test_each_comment_is_a_part_by_its_writer_and_the_official_steps_are_steps() -> None:
    # holdout268: the comments were one part 「评论」, writers, dates and 「官方」 gone, the steps flattened, 「8861」 lost
    frags = texts(cut(page()))
    assert [kind for kind, _, _ in frags] == ["section", "section", "step", "step", "section", "section"]
    assert frags[1] == ("section", "客服 小瑜", "官方 · 2026年11月09日 10:15\n需要先開通。開通方式：")
    assert "8861" in frags[2][2]
    assert frags[5] == ("section", "網管阿傑", "2026年11月09日 22:27\n八成是路由器擋了 IPsec。")
    said = all_text(cut(page()))
    assert "新貼文" not in said and "分享" not in said and "2 則留言" not in said


def test_what_the_asker_tried_is_a_list_in_its_place_not_steps() -> None:
    # holdout268: 「已經試過的」 was made a procedure and the closing question glued to the intro before it
    post = texts(cut(page()))[0]
    assert post[2] == "狀態列一直沒有出現 Wi-Fi 字樣。\n已經試過的：\n重新開機\n重置網路設定\n請問預付卡能不能用？"


def test_a_look_alike_without_zendesk_assets_is_left_to_the_generic_reader() -> None:
    assert "客服 小瑜" not in [title for _, title, _ in texts(cut(page("https://example.com/a.css")))]
