"""Made-in-China.com product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

MIC = "https://www.micstatic.com/landing/www/product/js/product-detail.js"


def product_page(assets: str = MIC) -> str:
    """A product page: the supplier card in the sidebar, the h1, the price box with its rating, the share bar, one
    description section."""
    return ("<html><head><title>t</title></head><body><div class='grid'><div class='sr-layout-side'><div class='com-card'>"
            "<div class='com-name'><a href='#'>Shenzhen Zhiruitong Co., Ltd.</a></div><div class='com-tags'>"
            "<span class='ico-as'>Audited Supplier</span><span class='ico-gold'>Gold Member Since 2019</span></div>"
            "<ul class='com-info'><li><span>Business Type:</span> Manufacturer/Factory</li><li><span>Main Products:"
            "</span> Industrial Router, 4G DTU</li></ul><div class='com-btns'><a class='btn' href='#'>Contact Now</a>"
            "<a class='btn' href='#'>Chat</a></div></div></div><div class='sr-layout-main'><div class='prod-title'>"
            "<h1>工业级4G路由器 ZR-4820</h1></div><div class='prod-price'><table class='price-table'><tr><th>FOB Price</th>"
            "<th>Min. Order</th></tr><tr><td>US$ 68-86 / Piece</td><td>2 Pieces</td></tr></table><div class='prod-rating'>"
            "<span class='star'></span> 4.6 (23 Reviews)</div></div><div class='share-bar'><span>Share:</span>"
            "<a href='#'>Facebook</a></div><div class='prod-desc'><h2>Product Description</h2><h3>产品简介</h3>"
            "<p>双 SIM 卡自动切换。</p></div></div></div>"
            f"<script src='{assets}'></script></body></html>")


def test_the_supplier_card_is_lines_under_the_title_before_the_price() -> None:
    # holdout256: the card went with the sidebar, so the page never said who the supplier was
    frags = texts(cut(product_page()))
    assert frags[0] == ("section", "工业级4G路由器 ZR-4820",
                        "Shenzhen Zhiruitong Co., Ltd.\nAudited Supplier · Gold Member Since 2019\n"
                        "Business Type: Manufacturer/Factory\nMain Products: Industrial Router, 4G DTU\n"
                        "FOB Price | Min. Order\nUS$ 68-86 / Piece | 2 Pieces")
    assert ("section", "产品简介", "双 SIM 卡自动切换。") in frags


def test_the_rating_buttons_and_share_bar_are_gone() -> None:
    text = all_text(cut(product_page()))
    for chrome in ("23 Reviews", "Contact Now", "Chat", "Facebook", "Share:"):
        assert chrome not in text


def test_made_in_china_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # (the sidebar card goes with the sidebar, as on any page)
    assert "Audited Supplier" not in all_text(cut(product_page(assets="/js/site.js")))
