"""ヨドバシ.com product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

YODOBASHI = "https://image.yodobashi.com/yc/js/product.js"


def product_page(assets: str = YODOBASHI) -> str:
    """A product page: the maker and h1, the buy box, a section, the reviews (summary and two), the Q&A (two)."""
    review = ("<div class='reviewBox'><div class='reviewHead'><span class='iconStar5'></span><strong class='reviewTtl'>"
              "{}</strong><span class='reviewer'>{}</span><span class='date'>{}</span></div><p class='reviewTxt'>{}</p>"
              "<div class='reviewVote'>このレビューは参考になりましたか？ <a href='#'>はい（14）</a></div></div>")
    qa = "<div class='qaBox'><p class='question'>Q. {}</p><p class='answer'>A. {}</p></div>"
    return ("<html><head><title>t</title></head><body><div id='pdContents'><div class='pName'><p class='makerName'>"
            "シャープ SHARP</p><h1><span>AQUOS sense9 SH-M29</span></h1></div><div class='pdBoxR'><div class='salesInfo'>"
            "<p class='productPrice'>￥59,800（税込）</p><p class='pointInfo'>5,980ゴールドポイント（10%還元）</p>"
            "<p class='stockInfo'>在庫あり</p><p class='deliveryInfo'>今から最短で翌日（11月25日）にお届け</p></div>"
            "<div class='reviewStar'><a href='#reviewArea'>4.3（31件）</a></div><a class='cartBtn' href='#'>"
            "ショッピングカートに入れる</a><div class='sns'><a href='#'>ポスト</a></div></div><div id='pdDetail'>"
            "<ul class='tabs'><li><a href='#pdInfo'>商品情報</a></li><li><a href='#reviewArea'>商品レビュー</a></li></ul>"
            "<div id='pdInfo'><h2>商品情報</h2><h3>商品の特長</h3><p>6.1 吋螢幕。</p></div>"
            "<div id='reviewArea' class='reviewArea'><h2>商品レビュー</h2><div class='reviewSummary'>4.3 / 5（31件のレビュー）"
            "<a class='btnWrite' href='#'>レビューを書く</a></div>"
            + review.format("povo eSIM 很順", "たいぺい旅人さん", "2026/10/18", "兩邊同時待機完全沒問題。")
            + review.format("eSIM 轉移要注意", "kaz_0420さん", "2026/09/02", "要先申請「再発行」。")
            + "</div><div id='qaArea' class='qaArea'><h2>商品Q&amp;A</h2>"
            + qa.format("可以插兩張實體 nanoSIM 嗎？", "不行。只有一個 nanoSIM 卡槽。")
            + qa.format("在台灣能用 5G 嗎？", "可以連線。")
            + f"</div></div></div><script src='{assets}'></script></body></html>")


def test_the_buy_box_keeps_price_and_points_and_loses_stock_delivery_and_stars() -> None:
    # holdout256: the h1's text held 「在庫あり」, the delivery line and 「4.3（31件）」
    frags = texts(cut(product_page()))
    assert frags[0] == ("section", "AQUOS sense9 SH-M29", "シャープ SHARP\n￥59,800（税込）\n5,980ゴールドポイント（10%還元）")
    text = all_text(cut(product_page()))
    for chrome in ("在庫あり", "お届け", "4.3（31件）", "31件のレビュー", "ショッピングカート", "参考になりましたか", "ポスト"):
        assert chrome not in text


def test_each_review_is_a_part_by_its_writer_over_its_title_date_and_text() -> None:
    # holdout256: 「eSIM 轉移要注意kaz_0420さん2026/09/02」 glued, both reviews and the summary one 「商品レビュー」 part
    frags = texts(cut(product_page()))
    assert ("section", "たいぺい旅人", "povo eSIM 很順\n2026/10/18\n兩邊同時待機完全沒問題。") in frags
    assert ("section", "kaz_0420", "eSIM 轉移要注意\n2026/09/02\n要先申請「再発行」。") in frags


def test_each_qa_box_is_a_qa_without_its_letters() -> None:
    # holdout256: the 「Q. … / A. …」 pairs were one 「商品Q&A」 part's lines
    frags = texts(cut(product_page()))
    assert ("qa", "可以插兩張實體 nanoSIM 嗎？", "不行。只有一個 nanoSIM 卡槽。") in frags
    assert ("qa", "在台灣能用 5G 嗎？", "可以連線。") in frags
    assert [kind for kind, _, _ in frags] == ["section", "section", "section", "section", "qa", "qa"]


def test_yodobashi_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "在庫あり" in all_text(cut(product_page(assets="/js/site.js")))
