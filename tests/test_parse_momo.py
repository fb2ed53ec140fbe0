"""momo購物網 goods pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

MOMO = "https://www.momoshop.com.tw/ecm/js/goodsDetail.js"


def momo_page(assets: str = MOMO) -> str:
    """A momo goods page: the info box (name, code, rating, prices, promotions, spec chooser, payment, buttons), a
    question with its answer, and two reviews under their tab's h3."""
    review = ("<div class='reviewCard'><div class='reviewCardHeader'><span class='stars'>★★★★★</span><span "
              "class='user'>{}</span><span class='date'>{}</span><span class='spec'>規格：{}</span></div><p "
              "class='reviewText'>{}</p><div class='reviewLike'>有幫助(14)</div></div>")
    return ("<html><head><title>t</title></head><body><div class='prdnoteArea'><div class='prdInfoWrap'>"
            "<h3 class='goodsNameTxt'>日本 4G 上網卡 8天</h3><p class='goodsCode'>品號：12884563</p>"
            "<div class='ratingArea'><span class='ratingScore'>4.6</span><a>（1,284則評價）</a></div>"
            "<ul class='prdPrice'><li><span>促銷價</span><b>$299</b></li><li><span>市售價</span><del>$450</del></li>"
            "<li class='discount'>限時 66 折</li></ul><ul class='promoList'><li>momo卡最高回饋 6%</li>"
            "<li>滿 $1,000 送 mo幣 30 元</li></ul><dl class='specArea'><dt>規格</dt><dd><ul><li>8天 每日2GB</li>"
            "<li>15天 總量20GB</li></ul></dd></dl><dl class='payArea'><dt>付款方式</dt><dd>信用卡｜LINE Pay</dd></dl>"
            "<div class='buyBtnArea'><a>放入購物車</a><a>直接購買</a></div></div></div>"
            "<div class='goodsTabArea'><ul class='tabMenu'><li><a href='#goodsQA'>商品問答</a></li></ul>"
            "<div id='goodsQA' class='goodsQAArea'><h3>商品問答</h3><ul class='qaList'><li class='qaItem'><p "
            "class='question'><span class='qaTag'>問</span>iPhone 15 可以用嗎？<span class='qaInfo'>c***7\u3000"
            "2026/10/30</span></p><p class='answer'><span class='qaTag'>答</span>可以使用。<span class='qaInfo'>"
            "飛買家客服\u30002026/10/31</span></p></li></ul><a class='askBtn'>我要提問</a></div>"
            "<div id='goodsComment' class='goodsCommentArea'><h3>商品評價</h3><div class='reviewSummary'><span>4.6"
            "</span><span>1,284則評價</span></div>"
            + review.format("s***y", "2026/11/08", "8天 每日2GB", "東京 8 天都很穩。")
            + review.format("w***9", "2026/10/21", "5天 每日2GB", "APN 改 plus.4g 就好。")
            + f"<a class='moreComment'>查看更多評價</a></div></div><script src='{assets}'></script></body></html>")


def test_momo_info_box_is_the_h1_over_a_line_per_thing_it_says() -> None:
    # holdout303: prices glued to their labels 「促銷價$299」, the promotions and options a line each under 「規格」
    frags = texts(cut(momo_page()))
    assert frags[0] == ("section", "日本 4G 上網卡 8天", "品號：12884563\n促銷價：$299 · 市售價：$450 · 限時 66 折\n"
                        "momo卡最高回饋 6% · 滿 $1,000 送 mo幣 30 元\n規格：8天 每日2GB / 15天 總量20GB\n"
                        "付款方式：信用卡｜LINE Pay")
    text = all_text(cut(momo_page()))
    for chrome in ("則評價", "放入購物車", "我要提問", "有幫助", "查看更多評價", "★"):
        assert chrome not in text


def test_momo_questions_are_qas_signed_by_the_seller_and_reviews_parts_by_user() -> None:
    # holdout303: the asker and date glued to the question, the signature to the answer; the reviews one part 「評論」
    frags = texts(cut(momo_page()))
    assert ("qa", "iPhone 15 可以用嗎？", "可以使用。 — 飛買家客服") in frags
    assert ("section", "s***y", "規格：8天 每日2GB · 2026/11/08\n東京 8 天都很穩。") in frags
    assert ("section", "w***9", "規格：5天 每日2GB · 2026/10/21\nAPN 改 plus.4g 就好。") in frags
    assert "評論" not in [title for _, title, _ in frags]


def test_momo_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # no momo asset: its reader does not run
    look_alike = momo_page(assets="/js/site.js")
    assert "— 飛買家客服" not in all_text(cut(look_alike))
    assert "促銷價：$299" not in all_text(cut(look_alike))
