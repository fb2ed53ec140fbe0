"""Shopify product pages in the Dawn theme, saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

DAWN = "//rideguard.kz/cdn/shop/t/7/assets/base.css?v=1"


def page(assets: str = DAWN, price: str = "price--on-sale") -> str:
    """A Dawn product page's info column: the vendor, the title, the price box, the tax note, a picker, the text."""
    return ("<html><head><title>t</title><link rel='stylesheet' href='" + assets + "'></head><body><main>"
            "<section class='product__info-container'><p class='product__text caption-with-letter-spacing'>骑安</p>"
            "<div class='product__title'><h1>T4 定位器</h1></div>"
            f"<div class='price {price}'><div class='price__container'><div class='price__regular'>"
            "<span class='visually-hidden'>常规价格</span><span class='price-item price-item--regular'>24 900 ₸</span>"
            "</div><div class='price__sale'><span class='visually-hidden'>常规价格</span><span><s class='price-item "
            "price-item--regular'>29 900 ₸</s></span><span class='visually-hidden'>促销价</span><span class='price-item "
            "price-item--sale'>24 900 ₸</span></div><small class='unit-price caption hidden'><span "
            "class='visually-hidden'>单价</span></small></div><span class='badge price__badge-sale'>促销</span>"
            "<span class='badge price__badge-sold-out'>售罄</span></div>"
            "<div class='product__tax caption rte'>含税。</div><div class='product-form__input'><fieldset "
            "class='product-form__input'><legend>座管直径</legend><input type='radio' value='27.2 mm'><label>27.2 mm"
            "</label><input type='radio' value='31.6 mm'><label>31.6 mm</label></fieldset></div>"
            "<div class='product__description rte'><p>藏在座管里的 4G 定位器，防水 IP67。</p></div>"
            "</section></main></body></html>")


def test_the_vendor_price_and_picker_are_lines_under_the_title() -> None:
    # holdout268: the vendor was a fragment of its own, the prices, badges and picker glued
    frags = texts(cut(page()))
    assert frags[0] == ("section", "T4 定位器", "骑安\n29 900 ₸ · 24 900 ₸ · 促销\n含税。\n座管直径：27.2 mm / 31.6 mm\n"
                                                "藏在座管里的 4G 定位器，防水 IP67。")
    assert "售罄" not in all_text(cut(page()))


def test_a_regular_price_is_shown_once() -> None:
    assert "24 900 ₸\n含税。" in texts(cut(page(price="")))[0][2]
    assert "29 900" not in all_text(cut(page(price="")))
