"""PayPayフリマ item pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

PAYPAY = "https://paypayfleamarket.yahoo.co.jp/_next/static/css/5b1f0e2c.css"


def paypay_page(assets: str = PAYPAY) -> str:
    """A PayPayフリマ item page: the title and price, the description ending in hashtags, the seller's card, a
    question the seller answered."""
    return (f"<html><head><link rel='stylesheet' href='{assets}'></head><body><div id='__next'><main class='ItemPage'>"
            "<div class='ItemPage__info'><h1 class='ItemTitle'>Speed Wi-Fi 5G X12 中古</h1><div class='ItemPrice'>"
            "<span class='ItemPrice__value'>8,500</span><span class='ItemPrice__unit'>円</span><span "
            "class='ItemPrice__shipping'>送料込み</span></div><section class='ItemDescription'><h2>商品の説明</h2>"
            "<div class='ItemDescription__text'><p>电池还能连续上网约 6 小时，最多同时连接 16 台设备。已经办理过 SIM 解锁。</p>"
            "<p>#モバイルルーター #SIMフリー #X12</p></div></section><section class='Seller'><h2>出品者</h2>"
            "<a href='/user/p1'>xiaolin_tokyo</a><span class='Seller__rating'>★★★★★ 評価 62</span>"
            "<span class='Seller__badge'>本人確認済</span></section></div></main></div></body></html>")


def test_paypay_price_is_one_line_and_seller_card_and_hashtags_are_gone() -> None:
    # holdout258: 「8,500 · 円 · 送料込み」, the seller's card a part 「出品者」 of its own, the hashtags the last line
    frags = texts(cut(paypay_page()))
    assert frags == [("section", "Speed Wi-Fi 5G X12 中古", "8,500 円 · 送料込み"),
                     ("section", "商品の説明", "电池还能连续上网约 6 小时，最多同时连接 16 台设备。已经办理过 SIM 解锁。")]


def test_paypay_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "本人確認済" in all_text(cut(paypay_page(assets="/css/site.css")))
