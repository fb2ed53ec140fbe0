"""Banggood product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

BANGGOOD = "https://imgaz.staticbg.com/customers_image/js/goods/product_detail.min.js"


def banggood_page(assets: str = BANGGOOD) -> str:
    """A Banggood product page: the h1 with its stars and counts, price, options, shipping and quantity, then the
    tabs: a description section, two reviews and two questions, the panels without headings of their own."""
    review = ("<div class='review-item'><div class='review-user'><span class='name'>{}</span> <span class='country'>{}"
              "</span> <span class='star-box'><i style='width:90%'></i></span></div><div class='review-attr'>{}</div>"
              "<p class='review-text'>{}</p><div class='review-date'>{}</div><div class='review-helpful'><a>Helpful (18)"
              "</a></div></div>")
    question = ("<div class='qa-item'><div class='qa-question'><span class='q-icon'>Q:</span> {}</div><div "
                "class='qa-answer'><span class='a-icon'>A:</span> {}</div><div class='qa-meta'>{} · 2026-08-21</div>"
                "</div>")
    return ("<html><head><title>t</title></head><body><div class='product-info'><h1 class='product-title'>PawTrack C4 猫咪定位项圈"
            "</h1><div class='product-reviewer'><a class='review-num'>4.5 (86 Reviews)</a> <a class='qa-num'>23 Answered"
            " Questions</a></div><div class='product-price'><span class='main-price'>US$39.99</span> <span "
            "class='old-price'>US$56.99</span> <span class='discount'>-30%</span></div><div class='product-attr'>"
            "<div class='attr-item'><span class='attr-name'>Package:</span> <a class='attr-val active'>Tracker Only</a> "
            "<a class='attr-val'>+1 Year Platform (US$49.99)</a></div></div><div class='product-ship'>Ships From: <b>CN"
            "</b> · Free Shipping</div><div class='product-qty'><span>Quantity:</span> <button>-</button><input "
            "value='1'><button>+</button></div><div class='product-btn'><a>Add to Cart</a></div></div>"
            "<div class='detail-tab'><ul class='tab-nav'><li><a href='#description'>Description</a></li><li><a "
            "href='#reviews'>Customer Reviews (86)</a></li><li><a href='#qa'>Q&amp;A (23)</a></li></ul>"
            "<div class='tab-cont' id='description'><h2>Package Included</h2><p>1 × 定位器，1 × 英文说明书</p></div>"
            "<div class='tab-cont' id='reviews'><div class='review-summary'><span class='score'>4.5</span> 86 Reviews"
            "</div>"
            + review.format("Dmitry K.", "Kazakhstan", "Package: Tracker Only", "第二天就找到了猫。", "2026-10-14")
            + review.format("Lena_M", "Germany", "Package: +1 Year Platform", "5G SA 的卡一直红灯快闪。", "2026-09-02")
            + "</div><div class='tab-cont' id='qa'>"
            + question.format("包装里带 SIM 卡吗？", "不带，需要自己买。", "Banggood Customer Service")
            + question.format("红灯快闪是什么意思？", "没有识别到 SIM 卡。", "Answered by seller")
            + f"</div></div><script src='{assets}'></script></body></html>")


def test_the_banggood_header_keeps_price_options_and_shipping_without_stars_counts_or_quantity() -> None:
    # holdout254: the stars and counts, the run-together prices and a bare 「Quantity:」 were the h1's text, the options
    # (links) lost with the bundle's price
    frags = texts(cut(banggood_page()))
    assert frags[0] == ("section", "PawTrack C4 猫咪定位项圈", "US$39.99 · US$56.99 · -30%\n"
                        "Package：Tracker Only / +1 Year Platform (US$49.99)\nShips From: CN · Free Shipping")
    text = all_text(cut(banggood_page()))
    for chrome in ("Reviews)", "Answered Questions", "Quantity", "Add to Cart", "86 Reviews", "Helpful"):
        assert chrome not in text


def test_each_banggood_review_is_a_part_by_its_writer_under_the_reviews_tab_name() -> None:
    # holdout254: the reviews panel has no heading: both reviews were glued to 「Package Included」 with their chrome
    frags = cut(banggood_page())
    assert texts(frags)[1] == ("section", "Package Included", "1 × 定位器，1 × 英文说明书")
    review = next(f for f in frags if f.title == "Dmitry K.")
    assert review.text == "Kazakhstan · 2026-10-14\nPackage: Tracker Only\n第二天就找到了猫。"
    assert review.path[1:] == ("Customer Reviews", "Dmitry K.")


def test_each_banggood_answer_is_signed_by_who_answered() -> None:
    # holdout254: each answer's by-line went as a by-line, and with it who answered
    frags = texts(cut(banggood_page()))
    assert ("qa", "包装里带 SIM 卡吗？", "不带，需要自己买。 — Banggood Customer Service") in frags
    assert ("qa", "红灯快闪是什么意思？", "没有识别到 SIM 卡。 — seller") in frags


def test_banggood_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Answered Questions" in all_text(cut(banggood_page(assets="/js/site.js")))
