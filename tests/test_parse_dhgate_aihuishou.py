"""DHgate product pages and 爱回收 valuation pages, saved by the browser: what a reader gets from them, fragment by
fragment (holdout255)."""
from __future__ import annotations

from fragments import all_text, cut, texts

DHGATE = "https://www.dhresource.com/dhs/fob/js/product/detail/v3/detail.min.js"
AIHUISHOU = "https://static.aihuishou.com/pc/js/product-inquiry.7ab912.js"


def saved(assets: str, body: str) -> str:
    """A page as the browser saves it: `body`, then a script from `assets`."""
    return f"<html><head><title>t</title></head><body>{body}<script src='{assets}'></script></body></html>"


def dhgate_page(assets: str = DHGATE) -> str:
    """A DHgate product page: the buy box, the seller card, the tabs with a description, two reviews and a Q&A."""
    tier = ("<li><span class='wprice-qty'>{}</span><span class='wprice-num'>{}</span><span class='wprice-unit'>/ Piece"
            "</span></li>")
    review = ("<div class='review-item'><div class='review-user'>{} <span class='country'>KZ</span></div>"
              "<div class='review-star'>★★★★★</div><div class='review-date'>{}</div><p class='review-txt'>{}</p></div>")
    return saved(assets, "<div class='product-detail-wrap'><div class='hinfo-wrap'><h1 class='hinfo-title'>4G 车载录像机 "
                 "JT-M4</h1><div class='hinfo-score'><span class='score'>4.6</span> <a>(38 Reviews)</a> <span "
                 "class='sold'>126 Sold</span></div><ul class='wprice-line'>" + tier.format("1 - 4 Pieces", "US $168.00")
                 + tier.format("20+ Pieces", "US $139.00") + "</ul><div class='hinfo-option'><span class='opt-name'>"
                 "Package:</span><a class='opt sel'>MDVR + 4 cameras</a><a class='opt'>MDVR + 2 cameras</a></div>"
                 "<div class='hinfo-btns'><button>Buy Now</button><a class='add-fav'>♡ Add to Favorites</a></div>"
                 "<div class='share-bar'>Share: <a>Facebook</a></div></div><div class='seller-card'><a>SZ Fleet Store</a>"
                 "<p>Positive Feedback 97.8% · 3 Years</p><a>Contact Seller</a></div></div><div class='detail-tabs'>"
                 "<ul class='tab-head'><li>Item Description</li><li>Reviews (38)</li><li>Q&amp;A</li></ul>"
                 "<div class='tab-con description'><h2>流量说明</h2><p>实时查看每小时约 180 MB。</p></div>"
                 "<div class='tab-con reviews'><h2>Buyer Reviews</h2><div class='review-summary'>4.6 · 38 Reviews</div>"
                 + review.format("k***n", "Oct 14, 2026", "冷链车上画面基本不断。")
                 + review.format("a***7", "Sep 02, 2026", "第一个月流量用超了。")
                 + "</div><div class='tab-con qa'><h2>Product Q&amp;A</h2><div class='qa-item'><div class='qa-q'>"
                 "<span class='q-icon'>Q:</span>平台要收年费吗？</div><div class='qa-a'><span class='a-icon'>A:</span>"
                 "第一年免费。</div></div></div></div>")


def test_a_dhgate_buy_box_is_its_price_tiers_and_options_without_the_shops_furniture() -> None:
    # holdout255: the tiers glued 「1 - 4 PiecesUS $168.00/ Piece」, the options one word, the score, favourites button
    # and seller card the h1's text, the tab bar a part of its own
    frags = texts(cut(dhgate_page()))
    assert frags[0] == ("section", "4G 车载录像机 JT-M4", "1 - 4 Pieces US $168.00 / Piece\n20+ Pieces US $139.00 / Piece\n"
                        "Package：MDVR + 4 cameras / MDVR + 2 cameras")
    assert frags[1] == ("section", "流量说明", "实时查看每小时约 180 MB。")
    for chrome in ("126 Sold", "Add to Favorites", "Contact Seller", "Positive Feedback", "Item Description",
                   "Reviews (38)", "★"):
        assert chrome not in all_text(cut(dhgate_page()))


def test_each_dhgate_review_is_a_part_by_its_writer_and_the_qa_stays() -> None:
    # holdout255: each reviewer, star string and date were lines of one 「Buyer Reviews」 part, both reviews glued
    frags = texts(cut(dhgate_page()))
    assert ("section", "k***n", "KZ · Oct 14, 2026\n冷链车上画面基本不断。") in frags
    assert ("section", "a***7", "KZ · Sep 02, 2026\n第一个月流量用超了。") in frags
    assert frags[-1] == ("qa", "平台要收年费吗？", "第一年免费。")


def test_dhgate_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Add to Favorites" in all_text(cut(dhgate_page(assets="/js/site.js")))


def aihuishou_page(assets: str = AIHUISHOU) -> str:
    """An 爱回收 valuation page: the head with the price box and service tags, a section."""
    return saved(assets, "<div class='ahs-main'><div class='inquiry-head'><h1>蜂窝版智能手表回收估价</h1><p class='sub'>"
                 "Apple Watch Series 7 及以上</p><div class='price-box'><span class='label'>最高可卖</span><span "
                 "class='price'>¥1,860</span><span class='note'>以 Series 9 为例</span></div><a class='btn-inquiry'>"
                 "立即估价</a><ul class='service-tags'><li>顺丰免费上门</li><li>质检后秒到账</li></ul></div>"
                 "<div class='inquiry-section'><h2>价格规则</h2><p>估价有效期为 7 天。</p></div></div>")


def test_an_aihuishou_price_box_is_one_line_and_its_service_tags_stay() -> None:
    # holdout255: 「最高可卖¥1,860以 … 为例」 ran together, and the service tags were dropped
    assert texts(cut(aihuishou_page()))[0] == (
        "section", "蜂窝版智能手表回收估价", "Apple Watch Series 7 及以上\n最高可卖：¥1,860 · 以 Series 9 为例\n"
        "顺丰免费上门 · 质检后秒到账")


def test_aihuishou_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "最高可卖：" not in all_text(cut(aihuishou_page(assets="/js/site.js")))
