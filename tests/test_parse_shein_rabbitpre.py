"""SHEIN product pages and 兔展 (rabbitpre) H5 pages, saved by the browser: what a reader gets from them, fragment
by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

SHEIN = "https://sheinsz.ltwebstatic.com/she_dist/js/goods_detail.8a0e21cd.js"
RABBITPRE = "https://tenc-assets.rabbitpre.com/static/h5/viewer/js/app.b7d25e48.js"


def shein_page(assets: str = SHEIN) -> str:
    """A SHEIN product page: the buy box, the description table, 「Shipping & Returns」, a review and a question."""
    return (
        "<html><head><title>t | SHEIN</title></head><body><div class='goods-detailv2'>"
        "<div class='product-intro'><div class='product-intro__info'><div class='product-intro__head'>"
        "<h1 class='product-intro__head-name'>SIM 卡收纳盒</h1><div class='product-intro__head-sku'>SKU: sx26110</div>"
        "<div class='product-intro__head-reviews'><span class='rate-num'>4.83</span>"
        "<a href='#reviews'>(1000+ Reviews)</a></div><div class='product-intro__head-price'><div class='discount from'>"
        "<span>$2.49</span></div><del class='del-price'>$4.20</del><span class='discount-label'>-41%</span></div>"
        "</div><div class='product-intro__size'><span class='product-intro__size-title'>Size: one-size</span>"
        "<a class='product-intro__size-guide'>Size Guide</a></div><div class='product-intro__add'><button>ADD TO BAG"
        "</button></div><div class='product-intro__freeshipping'>Free Shipping on orders over $29.00</div>"
        "<div class='product-intro__description'><div class='product-intro__description-head'><span>Description</span>"
        "</div><div class='product-intro__description-table'><div class='product-intro__description-table-item'>"
        "<div class='key'>Material:</div><div class='val'>ABS 塑料</div></div><div "
        "class='product-intro__description-table-item'><div class='key'>Weight:</div><div class='val'>11 g</div></div>"
        "</div><div class='product-intro__description-text'><p>盒内共有 7 个卡位。</p></div></div>"
        "<div class='product-intro__shipping'><div class='product-intro__shipping-title'>Shipping &amp; Returns</div>"
        "<p>30 天内可免费退货一次。</p></div></div></div>"
        "<div class='common-reviews' id='reviews'><h2 class='common-reviews__title'>Customer Reviews (1000+)</h2>"
        "<div class='common-reviews__summary'><span class='rate-num'>4.83</span><div class='fit-rating'><span>Does it "
        "fit?</span><span>True to Size 96%</span></div></div><div class='common-reviews__list'>"
        "<div class='common-reviews__list-item'><div class='common-reviews__list-item-top'><span class='nikename'>L***a"
        "</span><div class='she-rate'><i class='suiiconfont'></i></div><span class='date'>11/03/2026</span></div>"
        "<div class='common-reviews__list-item-detail'><div class='goods-attr-size'><span>Color:黑色</span></div>"
        "<div class='rate-des'>出国带了三张卡，夹在护照夹里不占地方。</div></div><div "
        "class='common-reviews__list-item-helpful'><span class='like-num'>Helpful (23)</span></div></div></div>"
        "<a class='common-reviews__view-more'>View All</a></div>"
        "<div class='product-qa'><h2 class='product-qa__title'>Q&amp;A</h2><div class='product-qa__item'>"
        "<div class='product-qa__question'><span class='product-qa__tag'>Q</span>能放 eSIM 吗？</div>"
        "<div class='product-qa__answer'><span class='product-qa__tag'>A</span>不能，eSIM 没有实体卡。"
        "<span class='product-qa__by'>— SHEIN Customer Service</span></div></div></div>"
        "<div class='goods-detail__recommend'><h2>You May Also Like</h2><div>手机挂绳 $1.99</div></div></div>"
        f"<script src='{assets}'></script></body></html>")


def test_shein_buy_box_keeps_the_prices_apart_and_drops_its_furniture() -> None:
    # holdout265: 「SKU: …」, 「(1000+ Reviews)」, 「$4.20-41%」, 「Size: one-sizeSize Guide」, the delivery line and
    # 「Description」 opened the title's part, the table one key or value a line
    frags = texts(cut(shein_page()))
    assert frags[0] == ("section", "SIM 卡收纳盒", "$2.49 · $4.20 -41%\nSize: one-size\nMaterial: | ABS 塑料\n"
                        "Weight: | 11 g\n盒内共有 7 个卡位。")
    assert ("section", "Shipping & Returns", "30 天内可免费退货一次。") in frags
    text = all_text(cut(shein_page()))
    for chrome in ("SKU", "1000+", "Size Guide", "ADD TO BAG", "Free Shipping", "Description", "Helpful",
                   "View All", "You May Also Like", "4.83"):
        assert chrome not in text


def test_shein_reviews_and_questions_are_read() -> None:
    # holdout265: the reviews' block and the Q&A block were lost whole (outside the root, the reviews' class chrome)
    frags = texts(cut(shein_page()))
    assert ("section", "Customer Reviews", "Does it fit? True to Size 96%") in frags
    assert ("section", "L***a", "11/03/2026\nColor:黑色\n出国带了三张卡，夹在护照夹里不占地方。") in frags
    assert ("qa", "能放 eSIM 吗？", "不能，eSIM 没有实体卡。 — SHEIN Customer Service") in frags


def test_shein_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "SKU: sx26110" in all_text(cut(shein_page(assets="/js/site.js")))


def rabbitpre_page(assets: str = RABBITPRE) -> str:
    """A rabbitpre H5 page: the loader, a cover screen, a screen of numbered steps, a Q&A screen, the footer."""
    def box(inner: str) -> str:
        return f"<div class='rp-element rp-element--text'><div class='rp-text'>{inner}</div></div>"

    def step(number: str, text: str) -> str:
        return box(f"<p><span style='color:#1a6cff;font-weight:bold'>{number}</span> {text}</p>")

    return (
        "<html><head><title>光速宽带 · 预约指南</title></head><body><div id='app'><div class='rp-loading'>"
        "<span>加载中 100%</span></div><div class='rp-music-btn'></div><div class='swiper-wrapper'>"
        "<section class='rp-page'><div class='rp-element rp-element--image'><img src='logo.png' alt='光速宽带'></div>"
        + box("<p style='font-size:30px;font-weight:bold'>上门装机预约指南</p>")
        + box("<p>千兆光纤 · 师傅上门</p>") + "</section><section class='rp-page'>"
        + box("<p style='font-size:22px;font-weight:bold'>三步预约</p>")
        + step("01", "微信搜索公众号「光速宽带服务号」。") + step("02", "输入手机号和 6 位验证码。")
        + step("03", "选择上门日期和时段。") + box("<p>不方便用微信？拨打 10096。</p>")
        + "</section><section class='rp-page'>" + box("<p style='font-weight:bold'>常见问题 Q&amp;A</p>")
        + box("<p><b>Q：师傅上门收费吗？</b></p><p>A：标准安装免费。</p>")
        + "<div class='rp-element rp-element--form'><form><input placeholder='姓名'><button>提交</button></form></div>"
        "</section></div><div class='rp-page-indicator'>1/3</div><div class='rp-footer-brand'><a>兔展 · 提供技术支持</a>"
        f" <a>举报</a></div></div><script src='{assets}'></script></body></html>")


def test_rabbitpre_bold_boxes_are_headings_and_numbered_paragraphs_steps() -> None:
    # holdout265: every passage was titled by the <title>, each screen's heading the last line of the passage before,
    # the cover and the numbered steps one passage
    frags = texts(cut(rabbitpre_page()))
    assert frags[0] == ("section", "上门装机预约指南", "千兆光纤 · 师傅上门")
    assert [(kind, title) for kind, title, _ in frags[1:4]] == [
        ("step", "微信搜索公众号「光速宽带服务号」"), ("step", "输入手机号和 6 位验证码"), ("step", "选择上门日期和时段")]
    assert ("qa", "师傅上门收费吗？", "标准安装免费。") in frags


def test_rabbitpre_player_chrome_is_gone() -> None:
    text = all_text(cut(rabbitpre_page()))
    for chrome in ("加载中", "1/3", "兔展", "举报", "提交", "01"):
        assert chrome not in text


def test_rabbitpre_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "加载中 100%" in all_text(cut(rabbitpre_page(assets="/js/app.js")))
