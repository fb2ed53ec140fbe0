"""SHOPLINE and 91APP product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

SHOPLINE = "https://cdn.shoplineapp.com/s/javascripts/app-product.js"
NINEYI = "https://cms-static.cdn.91app.com/theme/104982/css/salepage.min.css"


def shopline_page(script: str = SHOPLINE) -> str:
    """A SHOPLINE product page: info (price box, variants), tabs, a description with 「Step N：」 lines, a bare spec
    table, two reviews."""
    review = ("<div class='review-item'><span class='review-stars'>★★★★☆</span><span class='review-author'>{}</span>"
              "<span class='review-date'>{}</span><p>{}</p></div>")
    return ("<html><body class='page-product'><div class='container'><div class='ProductDetail-container'>"
            "<div class='ProductDetail-info'><h1 class='Product-title'>钢盾 X7 三防手机</h1><div class='price-box'>"
            "<span class='price-sale'>₸ 119,900</span><span class='price-regular'>₸ 139,900</span>"
            "<span class='discount-tag'>-14%</span></div><div class='variation-selector'><label>颜色</label>"
            "<select><option>矿工橙</option><option>军绿</option></select></div></div></div>"
            "<ul class='nav nav-tabs product-info-tab'><li><a href='#description'>商品描述</a></li>"
            "<li><a href='#spec'>规格</a></li></ul><div class='ProductDetail-description' id='description'>"
            "<div class='Product-description'><p><strong>【对讲键 PTT 怎么用】</strong></p><p>设置步骤如下：</p>"
            "<p>Step 1：打开 Zello 注册账号。<br>Step 2：把 PTT 键设为「对讲键」。</p>"
            "<p><strong>【低温使用建议】</strong></p><p>放在内衣口袋里。</p></div></div>"
            "<div class='ProductDetail-spec' id='spec'><table><tr><td>重量</td><td>385 g</td></tr>"
            "<tr><td>电池</td><td>10000mAh</td></tr></table></div><div class='ProductReview-container' id='reviews'>"
            "<h3 class='ProductReview-title'>顾客评价</h3>"
            + review.format("Нурлан Т.", "2026/10/08", "摔了一点事没有。") + review.format("张师傅", "2026/10/30", "太重了。")
            + f"</div></div><script src='{script}'></script></body></html>")


def test_shopline_prices_variants_step_lines_spec_tab_and_reviews() -> None:
    # holdout217: 「₸ 119,900₸ 139,900-14%」, 「颜色」 without its variants, the Step lines one passage, the spec
    # table under the page's title, the reviews without their writers, each date a line of its own
    # (the lead-in 「设置步骤如下：」 only says steps follow: no passage, fragment._STEPS_LABEL)
    assert texts(cut(shopline_page())) == [
        ("section", "钢盾 X7 三防手机", "₸ 119,900 · ₸ 139,900 · -14%\n颜色：矿工橙 / 军绿"),
        ("step", "打开 Zello 注册账号", "打开 Zello 注册账号。"),
        ("step", "把 PTT 键设为「对讲键」", "把 PTT 键设为「对讲键」。"),
        ("section", "低温使用建议", "放在内衣口袋里。"),
        ("section", "规格", "重量 | 385 g\n电池 | 10000mAh"),
        ("section", "Нурлан Т.", "2026/10/08\n摔了一点事没有。"),
        ("section", "张师傅", "2026/10/30\n太重了。"),
    ]


def test_shopline_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "颜色：矿工橙" not in all_text(cut(shopline_page(script="/js/app.js")))


def nineyi_page(css: str = NINEYI) -> str:
    """A 91APP SalePage: app bar, info (prices, promotion, SKU), tabs, the detail, a bare spec list, two questions."""
    question = ("<li class='qa-item'><div class='qa-question'><span class='qa-label'>問</span><span class='qa-name'>"
                "{}</span><span class='qa-date'>2026/09/18</span><p>{}</p></div><div class='qa-answer'>"
                "<span class='qa-label'>答</span><span class='qa-name'>騎遇單車生活館</span>"
                "<span class='qa-date'>2026/09/18</span><p>{}</p></div></li>")
    return (f"<html><head><link rel='stylesheet' href='{css}'></head><body class='nineyi-body salepage'>"
            "<div class='app-download-bar'>下載 APP 首購享 9 折 <a href='/ref/app'>立即下載</a></div>"
            "<div class='salepage-main'><div class='salepage-info'><h1 class='salepage-title'>OpenRide S3 骨傳導耳機</h1>"
            "<div class='salepage-price-wrapper'><span class='salepage-suggestprice'>建議售價 NT$3,990</span>"
            "<span class='salepage-price'>NT$2,980</span></div><div class='salepage-promotion'>"
            "<span class='promotion-tag'>滿額折</span>全館滿 NT$3,000 折 NT$200</div><div class='sku-select'>"
            "<span class='sku-label'>顏色</span><button class='sku-item'>曜石黑</button>"
            "<button class='sku-item'>霧光灰</button></div></div></div><div class='salepage-tabs'>"
            "<a class='tab' href='#detail'>商品特色</a><a class='tab' href='#spec'>商品規格</a>"
            "<a class='tab' href='#qa'>商品問答 (2)</a></div><div id='detail' class='salepage-detail'><h3>電池與保固</h3>"
            "<p>連續通話 8 小時。</p></div><div id='spec' class='salepage-spec'><ul class='spec-list'>"
            "<li>防水等級：IP67</li><li>重量：29 g</li></ul></div><div id='qa' class='salepage-qa'>"
            "<h3 class='qa-title'>商品問答</h3><ul class='qa-list'>"
            + question.format("w***n", "可以直接寄到哈薩克嗎？", "本館目前僅配送台灣本島。")
            + question.format("騎車的阿德", "戴安全帽會壓到嗎？", "不會壓到耳機。")
            + "</ul></div></body></html>")


def test_nineyi_app_bar_prices_promotion_sku_spec_tab_and_questions() -> None:
    # holdout217: the app bar led the title's part, 「建議售價 NT$3,990NT$2,980」, 「滿額折全館滿…」, 「顏色」 alone,
    # the spec list the end of 「電池與保固」, the questions lines 「問w***n2026/09/18」 in passages of several
    assert texts(cut(nineyi_page())) == [
        ("section", "OpenRide S3 骨傳導耳機",
         "建議售價 NT$3,990 · NT$2,980\n滿額折：全館滿 NT$3,000 折 NT$200\n顏色：曜石黑 / 霧光灰"),
        ("section", "電池與保固", "連續通話 8 小時。"),
        ("section", "商品規格", "防水等級：IP67\n重量：29 g"),
        ("qa", "可以直接寄到哈薩克嗎？", "本館目前僅配送台灣本島。"),
        ("qa", "戴安全帽會壓到嗎？", "不會壓到耳機。"),
    ]


def test_nineyi_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    # (the app bar goes on any page now: clean._app_banners) — the questions stay unpaired lines
    fragments = cut(nineyi_page(css="/css/salepage.css"))
    assert "答騎遇單車生活館2026/09/18" in all_text(fragments)
    assert not any(f.type == "qa" for f in fragments)
