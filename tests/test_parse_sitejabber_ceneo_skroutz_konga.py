"""Sitejabber business pages and Ceneo, Skroutz and Konga product pages, saved by the browser: what a reader gets
from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

SITEJABBER = "https://www.sitejabber.com/css/biz.min.css"
CENEO = "https://static.ceneo.pl/js/product.js"
SKROUTZ = "https://a.scdn.gr/assets/sku.js"
KONGA = "https://www.konga.com/static/js/app.js"


def saved(assets: str, body: str) -> str:
    """A page as the browser saves it: `body` in <main>, then a script from `assets`."""
    return f"<html><head><title>t</title></head><body><main>{body}</main><script src='{assets}'></script></body></html>"


def sitejabber_page(assets: str = SITEJABBER) -> str:
    """A Sitejabber business page: the header, a review with a list, a review with the business's reply, and a
    Q&A after them."""
    review = ("<article class='review'><div class='review__author'>{} · 3 reviews</div><div class='review__stars'>"
              "{} stars</div><h3 class='review__title'>{}</h3><div class='review__text'>{}</div><div "
              "class='review__date'>Reviewed {}</div><div class='review__helpful'>Helpful (14)</div>{}</article>")
    return saved(assets, "<section class='biz-header'><h1>RollGate 网店 评价</h1><div class='biz-header__rating'>"
                 "<span class='stars'>3.9</span> <span class='count'>48 reviews</span></div><div class='share-buttons'>"
                 "<a>Share</a></div></section><section class='biz-reviews'><h2>Reviews</h2>"
                 + review.format("Ерлан Б. · Almaty", 4, "说明书太简单", "<p>我的设置步骤：</p><ol><li>关掉 PIN 码。</li>"
                                 "<li>发「1234CC」改密码。</li></ol><p>开门发「1234DD」。</p>", "August 21, 2026", "")
                 + review.format("Aigerim T. · Astana", 2, "没信号", "<p>模块只支持 2G。</p>", "September 3, 2026",
                                 "<div class='review__reply'><b>Response from RollGate</b><p>可免费换 4G 版。</p></div>")
                 + "</section><section class='biz-faq'><h2>Questions &amp; Answers</h2><p>问：能用 eSIM 吗？</p>"
                 "<p>答：不能。</p></section>")


def test_each_sitejabber_review_is_a_part_by_its_writer_in_page_order() -> None:
    # holdout252: the reviews went to the page's end as parts 「评论」 of two texts each, titles, writers and dates gone
    frags = texts(cut(sitejabber_page()))
    assert ("section", "Ерлан Б.", "Almaty\n说明书太简单\nReviewed August 21, 2026\n我的设置步骤：") in frags
    assert [kind for kind, _, _ in frags] == ["section", "step", "step", "section", "section", "qa"]
    assert "Helpful" not in all_text(cut(sitejabber_page()))
    assert "48 reviews" not in all_text(cut(sitejabber_page()))


def test_a_sitejabber_reviews_list_is_its_steps_and_the_business_reply_stays() -> None:
    # holdout252: the <ol> was flattened into one line with the next review; the business's reply was lost
    frags = texts(cut(sitejabber_page()))
    assert ("step", "发「1234CC」改密码", "发「1234CC」改密码。") in frags
    assert ("section", "Aigerim T.", "Astana\n没信号\nReviewed September 3, 2026\n模块只支持 2G。\n"
            "Response from RollGate：可免费换 4G 版。") in frags


def test_sitejabber_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Helpful (14)" in all_text(cut(sitejabber_page(assets="/js/site.js")))
