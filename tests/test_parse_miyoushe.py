"""米游社 (miyoushe.com) posts, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

MIYOUSHE = "https://bbs-static.miyoushe.com/static/2026/11/03/8c41fd2e7b/js/app.e5c08b61.js"


def floor(name: str, badge: str, number: int, content: str) -> str:
    """One reply card: the writer's name, level or badge and floor, the text, the footer's time, likes and button."""
    return (f"<div class='reply-card'><div class='reply-card__header'><a class='mhy-user-card__name' "
            f"href='/ys/accountCenter/postList?id={number}'>{name}</a>{badge}<span class='reply-card__floor'>{number}楼"
            f"</span></div><div class='reply-card__content'>{content}</div><div class='reply-card__footer'><span "
            "class='reply-card__time'>2026-11-13 10:08</span><span class='reply-card__ip'>IP属地：广东</span><span "
            "class='reply-card__like'>326</span><span class='reply-card__reply'>回复</span></div></div>")


def miyoushe_page(assets: str = MIYOUSHE) -> str:
    """A 米游社 post: the forum's label, the h1 with its tag, the info line, the text, the like bar, the reply list
    (a floor typed as 问：/答：, the official account's reply, a remark) and the author card."""
    level = "<span class='mhy-user-level'>Lv.9</span>"
    official = "<span class='mhy-user-certification'>官方认证</span>"
    return ("<html><head><title>【攻略】充值没到账 - 原神 - 米游社</title></head><body><div id='root'><div "
            "class='mhy-layout mhy-main-page'><div class='mhy-layout__main'><div class='mhy-article-page'><div "
            "class='mhy-article-page__header'><div class='mhy-article-page__forum'><a href='/ys/home/26'>酒馆</a></div>"
            "<h1 class='mhy-article-page__title'><span class='mhy-article-page__tag'>攻略</span>充值没到账怎么办</h1>"
            "<div class='mhy-article-page__info'><span class='mhy-article-page__time'>发表于 2026-11-12 21:37</span>"
            "<span class='mhy-article-page__view'><i class='mhy-icon'></i>3.2万</span><span "
            "class='mhy-article-page__ip'>IP属地：浙江</span><span class='mhy-article-page__report'>举报</span></div>"
            "</div><div class='mhy-article-page__content'><div class='mhy-img-text-article__content ql-editor'>"
            "<p>支付成功后一般 1～5 分钟到账，高峰期可能延迟到 2 小时。</p><h2>一、申诉流程</h2><p>游戏里打开派蒙菜单 → 反馈 → "
            "充值问题，上传账单截图。</p></div></div><div class='mhy-article-page__footer mhy-article-actions'><div "
            "class='mhy-article-actions__item'><span>1822</span></div></div></div><div class='mhy-reply-list'><div "
            "class='mhy-reply-list__header'><span class='mhy-reply-list__title'>评论</span><span "
            "class='mhy-reply-list__count'>214</span><div class='mhy-reply-list__sort'><span>热门</span><span>最新</span>"
            "</div></div><div class='mhy-reply-list__editor'><textarea placeholder='发条友善的评论吧'></textarea><button>发送"
            "</button></div>"
            + floor("蒙德酒保查尔斯", level, 2, "<p>问：iOS 充的没到账也是走游戏内反馈吗？</p><p>答：先去购买记录里截图订单号，"
                                         "一样游戏内反馈。</p>")
            + floor("原神客服", official, 3, "<p>旅行者你好～客服会在 48 小时内处理，请提供完整的订单号。</p>")
            + floor("稻妻小樱", level, 5, "<p>补充一下：网页充值要选对服务器，充错服务器不能转移。</p>")
            + "</div></div><div class='mhy-layout__aside'><div class='mhy-user-card mhy-author-card'><div "
            "class='mhy-user-card__name'>枫丹打工人阿措</div><button>+ 关注</button></div></div></div></div>"
            f"<script src='{assets}'></script></body></html>")


def test_a_miyoushe_posts_floors_are_its_last_part_and_a_typed_qa_floor_a_qa() -> None:
    # holdout291: the reply list (「评论 214」, four floors) was lost whole
    frags = texts(cut(miyoushe_page()))
    assert frags[-2:] == [
        ("section", "评论", "旅行者你好～客服会在 48 小时内处理，请提供完整的订单号。\n补充一下：网页充值要选对服务器，充错服务器"
                          "不能转移。"),
        ("qa", "iOS 充的没到账也是走游戏内反馈吗？", "先去购买记录里截图订单号，一样游戏内反馈。")]
    text = all_text(cut(miyoushe_page()))
    for gone in ("蒙德酒保查尔斯", "2楼", "Lv.9", "官方认证", "发条友善", "热门", "214"):
        assert gone not in text


def test_a_miyoushe_posts_forum_label_and_info_line_are_gone() -> None:
    # holdout291: the first part opened with 「酒馆」 and 「发表于 2026-11-12 21:37 3.2万 IP属地：浙江」
    frags = texts(cut(miyoushe_page()))
    assert frags[0] == ("section", "充值没到账怎么办", "支付成功后一般 1～5 分钟到账，高峰期可能延迟到 2 小时。")
    assert "3.2万" not in all_text(cut(miyoushe_page()))


def test_a_look_alike_of_a_miyoushe_post_is_not_read_so() -> None:
    look_alike = miyoushe_page("https://cdn.example.com/app.js")
    assert "3.2万" in all_text(cut(look_alike))
    assert not any(title == "评论" for _, title, _ in texts(cut(look_alike)))
