"""微店 (Weidian) item pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

WEIDIAN = "https://s.geilicdn.com/CPC/item/202611/js/item_detail.8c1e2f.js"


def weidian_page(assets: str = WEIDIAN) -> str:
    """A Weidian item page: the price box, the h1, the tags, the SKU and shipping cells, the shop's card, a review,
    then the detail (its tab label over an h3 section)."""
    return ("<html><head><title>t</title></head><body><div id='app'><div class='item-price-wrap'><span "
            "class='price-symbol'>¥</span><span class='price-num'>29.00</span><span class='price-unit'>/月</span> "
            "<span class='origin-price'>¥59.00</span> <span class='sold-num'>已售 1.2万</span></div><div "
            "class='item-title-wrap'><h1 class='item-title'>电信星河流量卡</h1><span class='share-btn'>分享</span></div>"
            "<div class='item-tags'><span>包邮</span><span>正品保障</span></div><div class='item-cell sku-cell'><span "
            "class='cell-label'>选择</span><span class='cell-value'>星河卡29元</span></div><div class='item-cell'><span "
            "class='cell-label'>运费</span><span class='cell-value'>免运费 · 新疆不发货</span></div><div "
            "class='shop-card'><div class='shop-name'>小蓝号卡通讯</div><div class='shop-data'>在售商品 36 · 好评率 98.6%"
            "</div><a class='enter-shop'>进店逛逛</a></div><div class='item-rate'><div class='rate-head'>商品评价(328)<a "
            "class='more'>查看全部</a></div><div class='rate-item'><span class='rate-user'>m***9</span><p "
            "class='rate-content'>激活很顺利，人脸识别一次就过了。</p><span class='rate-sku'>星河卡29元</span></div></div>"
            "<div class='item-detail'><div class='detail-title'>商品详情</div><div class='detail-content rich-text'>"
            "<h3>套餐内容</h3><p>月租 29 元，含 155G 通用流量。</p></div></div></div>"
            f"<script src='{assets}'></script></body></html>")


def test_the_weidian_header_keeps_price_and_shipping_without_sales_sku_shop_or_tab_label() -> None:
    # holdout254: 「¥29.00/月 ¥59.00 已售 1.2万」, the SKU picker, the shop's card and 「商品详情」 were the h1's text
    frags = texts(cut(weidian_page()))
    assert frags[0] == ("section", "电信星河流量卡", "¥29.00/月 · ¥59.00\n运费：免运费 · 新疆不发货")
    text = all_text(cut(weidian_page()))
    for chrome in ("已售", "选择", "小蓝号卡通讯", "好评率", "进店逛逛", "商品详情", "查看全部", "分享", "包邮"):
        assert chrome not in text


def test_the_weidian_review_is_a_part_by_its_buyer_beside_the_detail() -> None:
    # holdout254: the reviews were lost whole (every class of the block holds 「rate」)
    frags = cut(weidian_page())
    review = next(f for f in frags if f.title == "m***9")
    assert review.text == "星河卡29元\n激活很顺利，人脸识别一次就过了。"
    assert review.path[1:] == ("商品评价", "m***9")
    assert next(f for f in frags if f.title == "套餐内容").path[1:] == ("套餐内容",)


def test_weidian_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "已售 1.2万" in all_text(cut(weidian_page(assets="/js/site.js")))
