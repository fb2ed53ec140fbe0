"""有赞 (Youzan) H5 goods pages, saved by the browser: what a reader gets from them, fragment by fragment
(holdout253)."""
from __future__ import annotations

from fragments import all_text, cut, texts

YOUZAN = "https://b.yzcdn.cn/wsc-h5-goods/detail_5c1e2a8f.css"


def review(nick: str, time: str, said: str) -> str:
    """One review of the goods page: the user line (avatar, nick, date), the option bought, the text."""
    return (f"<div class='review-item'><div class='review-item__user'><img class='review-item__avatar' src='a.png'>"
            f"<span class='review-item__nick'>{nick}</span><span class='review-item__time'>{time}</span></div>"
            f"<div class='review-item__sku'>29元套餐 · 号码随机</div><div class='review-item__content'>{said}</div></div>")


def page(asset: str = YOUZAN) -> str:
    """A goods page: notice bar, header (price, name, counters), coupon and option cells, shop card, tabs, the
    merchant's text, notes, two reviews, recommendations and the action bar."""
    return (f"<html><head><title>x</title><link rel='stylesheet' href='{asset}'></head><body>"
            "<div id='app' class='goods-detail-app'><div class='van-notice-bar'><div>关注公众号，领 5 元开学券</div></div>"
            "<div class='goods-header'><div class='goods-price'><span class='goods-price__current'><i>¥</i>29.00</span>"
            "<span class='goods-price__origin'>¥59.00</span><span class='goods-price__tag'>新生价</span></div>"
            "<h2 class='goods-header__title'>青禾校园卡 29元/月</h2><div class='goods-header__sub'>销量 1.2万 · 剩余 3856"
            "</div><div class='goods-share'>分享</div></div><div class='goods-coupon van-cell'><div>领券</div><div>满 50 减 5"
            "</div></div><div class='goods-sku-cell van-cell'><div>已选</div><div>29元套餐</div></div><div class='shop-info'>"
            "<div class='shop-info__name'>青禾通信官方小店</div><div class='shop-info__cert'>企业认证 · 担保交易</div></div>"
            "<div class='van-tabs goods-tabs'><div class='van-tab'><span>商品详情</span></div><div class='van-tab'>"
            "<span>评价</span></div></div><div class='goods-detail custom-richtext'><h3>激活步骤</h3><ol>"
            "<li>微信搜索小程序「青禾通信营业厅」。</li><li>输入卡背面的 19 位 ICCID。</li></ol></div>"
            "<div class='goods-notice'><h3>购买须知</h3><p>1. 偏远地区暂不发货。</p></div>"
            "<div class='goods-review'><div class='goods-review__header'><span>评价 (2318)</span>"
            "<span class='goods-review__rate'>好评率 96%</span><a href='/list'>查看全部</a></div>"
            "<div class='goods-review__tags'><span class='van-tag'>网速快(412)</span></div>"
            + review("林***7", "2026-09-08", "测速 300 多兆。问：定向流量只能在图书馆用吗？答：整个校区都能用。")
            + review("z***豆", "2026-09-15", "快递员必须见本人。")
            + "</div><div class='goods-recommend'><h3>店铺推荐</h3><ul><li><a href='/d'>随身 WiFi ¥299</a></li></ul></div>"
            "<div class='goods-bottom van-goods-action'><div class='van-goods-action-icon'>店铺</div>"
            "<div class='van-goods-action-icon'>客服</div></div></div></body></html>")


def test_a_youzan_name_is_one_part_over_its_price_line_without_the_shops_frame() -> None:
    # holdout253: two parts titled by the name: the notice bar and the glued price 「¥29.00¥59.00新生价」, then the
    # counters, coupon, 已选, option and shop card
    frags = texts(cut(page()))
    assert frags[0] == ("section", "青禾校园卡 29元/月", "¥29.00 · ¥59.00 · 新生价")
    assert [kind for kind, _, _ in frags[1:3]] == ["step", "step"]
    for chrome in ("公众号", "销量", "领券", "已选", "官方小店", "担保交易", "店铺推荐", "客服", "好评率", "网速快", "查看全部"):
        assert chrome not in all_text(cut(page()))


def test_youzan_reviews_are_parts_by_their_writers_under_reviews_and_a_typed_qa_is_split() -> None:
    # holdout253: the reviews were glued to the end of 「购买须知」, each nick glued to its date (「林***72026-09-08」),
    # the option line kept, a typed 「问：…答：…」 one line
    frags = cut(page())
    assert texts(frags)[3:] == [
        ("section", "购买须知", "1. 偏远地区暂不发货。"),
        ("section", "林***7", "2026-09-08\n测速 300 多兆。"),
        ("qa", "定向流量只能在图书馆用吗？", "整个校区都能用。"),
        ("section", "z***豆", "2026-09-15\n快递员必须见本人。"),
    ]
    assert frags[4].path[-2] == "评价"
    assert "号码随机" not in all_text(frags)


def test_youzan_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "林***72026-09-08" in all_text(cut(page(asset="/css/site.css"))).replace("\n", "")
