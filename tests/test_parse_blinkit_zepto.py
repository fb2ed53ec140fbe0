"""Blinkit and Zepto product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts

BLINKIT = "https://cdn.grofers.com/da/cms-assets/cms/product/x5-1.jpg"


def blinkit_page(image: str = BLINKIT) -> str:
    """A Blinkit product page: the product card with its price spans, the shop's selling-points box, a section."""
    return (f"<html><body><div id='app'><main><div class='ProductCarousel__Container'><img src='{image}' alt='X5'>"
            "</div><div class='ProductInfoCard__Container'><h1 class='ProductInfoCard__ProductName'>散熱背夾 X5</h1>"
            "<div class='ProductInfoCard__Price-sc-1o6ppw-3'><span class='Price__Selling'>₸9 490</span>"
            "<span class='Price__MRP'>MRP ₸12 990</span><span class='Price__Discount'>27% OFF</span></div>"
            "<button>加入</button></div>"
            "<div class='WhyShop__Container-sc-8fk2a-0'><h3>為什麼在 blinkit 購物？</h3><div>超快送達</div>"
            "<div>超過 5000 種商品</div></div><div class='ProductDetails__Container'><h2>包裝內容</h2>"
            "<p>X5 主機 ×1，不含充電頭。</p></div></main></div></body></html>")


def test_blinkit_prices_are_one_line_apart_and_the_shops_box_is_no_qa() -> None:
    # holdout201: the prices were glued 「₸9 490MRP ₸12 99027% OFF」 and 「為什麼在 blinkit 購物？」 was a Q&A answered
    # by the shop's selling points
    assert texts(cut(blinkit_page())) == [
        ("section", "散熱背夾 X5", "₸9 490 · MRP ₸12 990 · 27% OFF"),
        ("section", "包裝內容", "X5 主機 ×1，不含充電頭。"),
    ]


def test_blinkit_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "為什麼在 blinkit 購物？" in [t[1] for t in texts(cut(blinkit_page(image="/img/x5.jpg")))]

