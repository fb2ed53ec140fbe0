"""東森購物網 (ETMall) product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

ETMALL = "https://media.etmall.com.tw/Content/css/common.min.css"


def etmall_page(assets: str = ETMALL) -> str:
    """An ETMall product page: the summary (rating, price, offers, colours, buttons), a text, two questions and two
    reviews."""
    qa = ("<div class='n-qa-item'><p class='n-qa-q'><span>Q</span>{}</p><p class='n-qa-a'><span>A</span>{}</p>"
          "<p class='n-qa-date'>{}</p></div>")
    review = ("<div class='n-review'><span class='n-stars' style='width:80%'></span><span class='n-review__user'>{}"
              "</span><span class='n-review__date'>{}</span><p>{}</p></div>")
    return (f"<html><head><link rel='stylesheet' href='{assets}'></head><body><main class='n-main'>"
            "<section class='n-product-info'><div class='n-product-summary'><h1 class='n-product-title'>G9 長輩機</h1>"
            "<div class='n-product-rating'><span class='n-stars'></span><span>4.6</span><a href='#review'>(128 則評價)"
            "</a></div><div class='n-price'><span>建議售價 $3,290</span><span>$2,490</span></div><ul class='n-promo'>"
            "<li>分期 0 利率：3 期 $830／期</li></ul><div class='n-spec-select'>顏色：<button>典雅黑</button><button>"
            "珍珠白</button></div><div class='n-buy'><button>加入購物車</button><button>直接購買</button></div>"
            "<div class='n-share'><a href='#'>分享</a></div></div></section>"
            "<section id='intro'><h2>商品特色</h2><p>背面紅色 SOS 求救鍵，長按 3 秒即啟動求救，依序撥打最多 5 組緊急聯絡人。</p>"
            "</section><section id='qa' class='n-product-qa'><h2>商品問答</h2>"
            + qa.format("這支可以用 LINE 嗎？", "東森客服回覆：G9 為功能型手機，無法安裝 LINE。", "2026/10/14")
            + qa.format("3G 舊卡可以打嗎？", "東森客服回覆：須先換成 4G 卡。", "2026/09/30")
            + "</section><section id='review' class='n-product-review'><h2>商品評價</h2>"
            + review.format("王**", "2026/11/03", "字很大，爸爸一看就會用。")
            + review.format("林**", "2026/10/21", "鈴聲夠大聲。")
            + "</section></main></body></html>")


def test_etmall_summary_keeps_prices_and_colours_without_rating_or_buttons() -> None:
    # holdout258: 「顏色：」 dangled, its options lost with the buttons
    frags = texts(cut(etmall_page()))
    assert frags[0] == ("section", "G9 長輩機", "建議售價 $3,290 · $2,490\n分期 0 利率：3 期 $830／期\n顏色：典雅黑 / 珍珠白")
    for chrome in ("128 則評價", "加入購物車", "分享"):
        assert chrome not in all_text(cut(etmall_page()))


def test_each_etmall_question_is_a_qa_signed_by_who_answered_without_labels_or_dates() -> None:
    # holdout258: the questions were one part, 「Q這支…」「A東森客服回覆：…」 glued to their labels, each date a line
    frags = texts(cut(etmall_page()))
    assert ("qa", "這支可以用 LINE 嗎？", "G9 為功能型手機，無法安裝 LINE。 — 東森客服") in frags
    assert ("qa", "3G 舊卡可以打嗎？", "須先換成 4G 卡。 — 東森客服") in frags
    assert "2026/10/14" not in all_text(cut(etmall_page()))


def test_each_etmall_review_is_a_part_by_its_writer_over_its_date() -> None:
    # holdout258: both reviews were one part, the masked user glued to the date (「王**2026/11/03」)
    frags = texts(cut(etmall_page()))
    assert ("section", "王**", "2026/11/03\n字很大，爸爸一看就會用。") in frags
    assert ("section", "林**", "2026/10/21\n鈴聲夠大聲。") in frags


def test_etmall_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "2026/10/14" in all_text(cut(etmall_page(assets="/css/site.css")))
