"""A 荣耀俱乐部 (club.honor.com) post and a Spiceworks Community (Discourse) topic, saved by the browser (holdout297):
what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def _honor_reply(number: int, name: str, badges: str, body: str, official: bool = False) -> str:
    kind = "reply-item reply-official" if official else "reply-item"
    return (f"<div class='{kind}' id='reply-{number}'><div class='reply-user'><img class='avatar' alt=''>"
            f"<a class='author-name' href='/cn/user/{number}'>{name}</a>{badges}<span class='floor'>{number}楼</span></div>"
            f"<div class='reply-content'>{body}</div><div class='reply-footer'><span class='reply-time'>2026-11-19 09:15"
            "</span><span class='reply-like'>赞 41</span><span class='reply-btn'>回复</span></div></div>")


def honor_page() -> str:
    """A 荣耀俱乐部 求助 post: the tag in the h1, the author box, an official reply with steps, the asker's follow-up,
    an official 问：/答： reply and a user's tip."""
    return ("<html><body><div id='app'><div class='cookie-tips'><p>荣耀俱乐部使用 Cookie。</p><span>同意</span></div>"
            "<header class='club-header'><ul class='club-nav'><li><a>首页</a></li><li><a>版块</a></li></ul></header>"
            "<div class='club-main'><div class='post-detail-wrap'><div class='post-detail'><div class='post-header'>"
            "<h1 class='post-title'><span class='post-tag tag-qa'>求助</span>门禁卡提示暂不支持此卡怎么办？</h1>"
            "<div class='post-info'><div class='author-box'><a class='author-name'>小林</a><span class='user-level'>"
            "Lv.4 荣耀粉丝</span></div><div class='post-meta'><span class='post-time'>2026-11-18 21:42</span>"
            "<span class='post-views'>浏览 3 251</span></div></div></div><div class='post-content'><p>物业说是 IC 卡，"
            "钱包读不出来。</p></div><div class='post-actions'><span class='btn-like'>点赞 27</span></div></div>"
            "<div class='reply-list'><div class='reply-list-title'>全部回复（4）</div>"
            + _honor_reply(1, "荣耀钱包官方", "<span class='official-badge'>官方</span>",
                           "<p>多半是加密卡，步骤：</p><ol><li>打开荣耀钱包。</li><li>选择门禁卡。</li></ol>", official=True)
            + _honor_reply(2, "小林", "<span class='louzhu'>楼主</span>", "<p>谢谢！交通卡换机呢？</p>")
            + _honor_reply(3, "荣耀钱包官方", "<span class='official-badge'>官方</span>",
                           "<p>问：要重新交开卡费吗？</p><p>答：不用，迁出到云端再迁入。</p>", official=True)
            + _honor_reply(4, "老王", "<span class='user-level'>Lv.7</span>", "<p>补充：关机后交通卡还能刷 2 小时。</p>")
            + "</div></div></div></div><footer class='club-footer'><p>粤ICP备20045640号</p></footer></div></body></html>")


def test_a_honor_club_post_is_titled_without_its_tag_and_each_reply_headed_by_its_writer() -> None:
    # holdout297: 「求助」 opened the title of the topic and of every reply, and no writer was read: every reply was
    # 「subject（回复）」, the asker's follow-up and a user's tip typed Q&As answering the topic
    frags = texts(cut(honor_page()))
    assert frags == [
        ("section", "门禁卡提示暂不支持此卡怎么办？", "物业说是 IC 卡，钱包读不出来。"),
        ("section", "门禁卡提示暂不支持此卡怎么办？（回复）", "多半是加密卡，步骤："),
        ("step", "打开荣耀钱包", "打开荣耀钱包。"),
        ("step", "选择门禁卡", "选择门禁卡。"),
        ("section", "小林（楼主）", "谢谢！交通卡换机呢？"),
        ("qa", "要重新交开卡费吗？", "不用，迁出到云端再迁入。"),
        ("section", "老王", "补充：关机后交通卡还能刷 2 小时。")]
    assert not {"求助", "点赞", "浏览", "赞 41", "Cookie", "ICP"} & set(all_text(cut(honor_page())).split())


def _discourse_post(number: int, author: str, body: str, accepted: bool = False) -> str:
    notice = "<div class='accepted-answer'><span class='accepted-text'>Solution</span> accepted by kevin</div>"
    return (f"<div class='topic-post clearfix regular' id='post_{number}'><article class='boxed' id='post_{number}'>"
            f"<div class='topic-body'><div class='topic-meta-data'><div class='names'><span class='first username'>"
            f"<a href='/u/{author}'>{author}</a></span></div></div><div class='regular contents'><div class='cooked'>{body}"
            f"</div>{notice if accepted else ''}<section class='post-menu-area'><nav class='post-controls'><button>Spice"
            "</button><span class='like-count'>3</span></nav></section></div></div></article></div>")


def spiceworks_page() -> str:
    """A Spiceworks topic: the 「Solved」 status in the h1, an emoji in the question, the accepted answer, the
    poster's follow-up question and the reply answering it."""
    return ("<html><body class='crawler'><header class='d-header'><button>Log In</button></header>"
            "<div id='main-outlet'><div id='topic-title'><h1 data-topic-id='7'><a class='fancy-title'>私有 APN 怎么配？</a>"
            "<span class='topic-status solved' title='This topic has a solution'>Solved</span></h1></div>"
            + _discourse_post(1, "kevin", "<p>我们 IT 只有两个人 <img class='emoji' alt=':sweat_smile:' "
                              "src='/images/emoji/twitter/sweat_smile.png'>）。APN 能批量配吗？</p>")
            + _discourse_post(2, "lin", "<p>用 StageNow 生成条码扫一下。</p>", accepted=True)
            + _discourse_post(3, "kevin", "<aside class='quote'><div class='title'>lin:</div><blockquote><p>生成条码"
                              "</p></blockquote></aside><p>通了！追问一句：私有 APN 还能上外网吗？</p>")
            + _discourse_post(4, "lin", "<p>默认出不了公网，要在机房出口做 NAT。</p>")
            + "</div></body></html>")


def test_a_discourse_topic_is_titled_without_its_status_and_a_follow_up_is_answered_by_the_next_post() -> None:
    # holdout297: 「Solved」 was glued to the subject (so to the accepted answer's title), the emoji left a space
    # before 「）」, and the poster's follow-up and its answer were two parts of their writers
    assert texts(cut(spiceworks_page())) == [
        ("section", "私有 APN 怎么配？", "我们 IT 只有两个人）。APN 能批量配吗？"),
        ("qa", "私有 APN 怎么配？（回复）", "用 StageNow 生成条码扫一下。"),
        ("section", "kevin（楼主）", "通了！追问一句：私有 APN 还能上外网吗？"),
        ("qa", "通了！追问一句：私有 APN 还能上外网吗？", "默认出不了公网，要在机房出口做 NAT。")]
    assert "Solved" not in all_text(cut(spiceworks_page()))
