"""Amazon.co.jp detail pages (no `#dp-container`), saved by the browser: what a reader gets from them, fragment by
fragment (holdout253)."""
from __future__ import annotations

from fragments import all_text, cut, texts

AMAZON = "https://m.media-amazon.com/images/I/11EIQ5IGqaL._RC|01ZTHTZObnL.css,41GRJqg5I4L.css_.css?AUIClients/AmazonUI"


def question(votes: int, asked: str, answer: str, by: str) -> str:
    """One question of 「カスタマーQ&A」: the votes' column beside a 「質問:」 row over a 「回答:」 row."""
    row = ("<div class='a-fixed-left-grid'><div class='a-fixed-left-grid-col a-col-left'><span class='a-text-bold'>{}"
           "</span></div><div class='a-fixed-left-grid-col a-col-right'>{}</div></div>")
    return ("<div class='a-fixed-left-grid'><div class='a-fixed-left-grid-inner'><div class='a-fixed-left-grid-col "
            f"a-col-left'><span class='vote'><span class='count'>{votes}</span><span class='label'>票</span></span>"
            "</div><div class='a-fixed-left-grid-col a-col-right'>"
            + row.format("質問:", f"<a class='a-link-normal' href='/ask/questions/Tx{votes}'><span>{asked}</span></a>")
            + row.format("回答:", f"<span>{answer}</span><span class='a-color-tertiary'>{by}</span>")
            + "</div></div></div>")


def page(asset: str = AMAZON) -> str:
    """An amazon.co.jp detail page: `#dp` without `#dp-container`, the title, brand, rating line, price and points,
    size swatches, bullets, buy box, two questions, the histogram and a review."""
    swatch = "<li><span class='a-button-text'>{}</span></li>"
    return (f"<html><head><title>x</title><link rel='stylesheet' href='{asset}'></head><body><div id='dp'>"
            "<div id='ppd'><div id='centerCol'><div id='title_feature_div'><h1 id='title'><span id='productTitle'>"
            "某随身 WiFi 15日 30GB</span></h1></div><div id='bylineInfo_feature_div'><a id='bylineInfo' "
            "href='/stores/x'>ブランド: SakuraFi</a></div><div id='averageCustomerReviews_feature_div'>"
            "<span id='acrCustomerReviewText'>286個の評価</span> | <a id='askATFLink'>12の質問に回答済み</a></div>"
            "<div id='corePriceDisplay_desktop_feature_div'><span class='a-price'><span class='a-offscreen'>￥6,980"
            "</span></span><span>税込</span><div id='pointsInsideBuyBox_feature_div'><span>70pt (1%)</span></div></div>"
            "<div id='twister_feature_div'><div id='variation_size_name'><label>サイズ: </label><span class='selection'>"
            "15日 30GB</span><ul>" + swatch.format("8日 15GB ￥3,980") + swatch.format("15日 30GB ￥6,980") + "</ul></div>"
            "</div><div id='featurebullets_feature_div'><h2>この商品について</h2><ul><li><span class='a-list-item'>"
            "最多同时连接 10 台设备</span></li><li><span class='a-list-item'>用完不用归还</span></li></ul></div></div>"
            "<div id='rightCol'><div id='buybox'><span class='a-price'>￥6,980</span><div id='mir-layout-DELIVERY_BLOCK'>"
            "無料配送 11月27日にお届け。</div><div id='availability'>在庫あり</div><div id='tabular-buybox'><span>出荷元"
            "</span> <span>Amazon</span></div></div></div></div>"
            "<div id='ask-btf_feature_div'><h2>カスタマーQ&amp;A</h2><div class='a-section askTeaserQuestions'>"
            + question(18, "北海道滑雪场能用吗？", "山顶都能用。", "SakuraFi Japan 株式会社 · 2026/01/14 · 販売者")
            + question(5, "能收短信验证码吗", "不能，这是纯数据卡。", "王** · 2026/05/20")
            + "</div><a class='a-link-emphasis' href='/ask/questions/asin/B0'>12の質問をすべて見る</a></div>"
            "<div id='reviewsMedley'><div><h2 data-hook='dp-local-reviews-header'>カスタマーレビュー</h2>"
            "<span data-hook='rating-out-of-text'>星5つ中4.1つ</span><div data-hook='total-review-count'>"
            "<span>286件のグローバル評価</span></div><table id='histogramTable'><tr><td>星5つ</td><td>58%</td></tr>"
            "</table></div><div><h3 data-hook='dp-local-reviews-header'>日本から</h3><div data-hook='review'>"
            "<span class='a-profile-name'>Kenji_Z</span><a data-hook='review-title'><i class='a-icon a-icon-star'>"
            "<span class='a-icon-alt'>5つ星のうち2.0</span></i><span>续费页面很慢</span></a>"
            "<span data-hook='review-date'>2026年8月19日に日本でレビュー済み</span><div data-hook='review-collapsed'>"
            "<span>流量用完后只有 128kbps。</span></div><span data-hook='helpful-vote-statement'>11人のお客様がこれが"
            "役に立ったと考えています</span></div><a class='a-link-emphasis' href='/product-reviews/B0'>"
            "すべてのレビューを見る</a></div></div></div></body></html>")


def test_an_amazon_co_jp_title_keeps_brand_price_delivery_and_sizes_not_rating_points_or_buy_box() -> None:
    # holdout253: the reader did not run (no #dp-container): the rating line, points and each swatch were lines of
    # the title's part, the brand dropped, the buy box glued to the end of 「この商品について」
    assert texts(cut(page()))[:2] == [
        ("section", "某随身 WiFi 15日 30GB",
         "ブランド: SakuraFi\n￥6,980税込\n無料配送 11月27日にお届け。\nサイズ：8日 15GB ￥3,980 / 15日 30GB ￥6,980"),
        ("section", "この商品について", "最多同时连接 10 台设备\n用完不用归还"),
    ]


def test_amazon_co_jp_questions_are_qas_and_the_review_a_part_by_its_writer_without_the_histogram() -> None:
    # holdout253: the questions were one passage with 「質問:」 / 「回答:」 lines, the answerers glued to the answers;
    # the histogram was the text of 「カスタマーレビュー」 and the review glued with its stars
    assert texts(cut(page()))[2:] == [
        ("qa", "北海道滑雪场能用吗？", "山顶都能用。"),
        ("qa", "能收短信验证码吗", "不能，这是纯数据卡。"),
        ("section", "Kenji_Z", "续费页面很慢\n2026年8月19日に日本でレビュー済み\n流量用完后只有 128kbps。"),
    ]
    for chrome in ("70pt", "286", "星5つ", "すべて", "在庫あり", "販売者", "役に立った"):
        assert chrome not in all_text(cut(page()))


def test_amazon_co_jp_marks_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "70pt (1%)" in all_text(cut(page(asset="/css/site.css")))
