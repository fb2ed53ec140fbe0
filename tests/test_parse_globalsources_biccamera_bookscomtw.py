"""Global Sources product pages, ビックカメラ.com item pages and 博客來 product pages, saved by the browser, and a help
page's closing feedback question in Indonesian: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

GLOBALSOURCES = "https://s.globalsources.com/gsol-static/pc/js/product-detail.js"
BICCAMERA = "https://www.biccamera.com/bc/resources/js/item_detail.js"
BOOKS = "https://www.books.com.tw/js/prod/prod_main.js"


def saved(assets: str, body: str) -> str:
    """A page as the browser saves it: `body` in <main>, then a script from `assets`."""
    return f"<html><head><title>t</title></head><body><main>{body}</main><script src='{assets}'></script></body></html>"


def globalsources_page(assets: str = GLOBALSOURCES) -> str:
    """A Global Sources product page: the h1 with its trade terms and buttons, the supplier card, the details."""
    return saved(assets, "<div class='pd-top'><div class='pd-info'><h1 class='pd-title'>XT-R46 车载定位器</h1>"
                 "<div class='pd-price'><span class='label'>FOB Price</span><span class='price'>US$ 16.80</span>"
                 "<span class='unit'>/ Piece</span></div><div class='pd-moq'><span class='label'>Min. Order</span>"
                 "<span>50 Pieces</span></div><div class='pd-btns'><a class='gs-btn'>Send Inquiry</a></div></div>"
                 "<aside class='supplier-card'><h3 class='sup-name'><a>Shenzhen Xintu Co., Ltd.</a></h3>"
                 "<div class='sup-badges'><span class='badge'>Verified Supplier</span><span class='years'>8 yrs</span>"
                 "</div><dl class='sup-facts'><dt>Business Type</dt><dd>Manufacturer</dd><dt>Main Markets</dt>"
                 "<dd>Central Asia</dd></dl><a class='gs-btn'>Visit Store</a></aside></div>"
                 "<section class='product-details'><h2>Product Details</h2><p>发短信断油断电。</p></section>")


def test_globalsources_trade_terms_are_lines_and_the_supplier_card_stays() -> None:
    # holdout257: the supplier card was lost as an aside; each term's label was glued to its value 「Min. Order50 Pieces」
    frags = texts(cut(globalsources_page()))
    assert frags[0] == ("section", "XT-R46 车载定位器", "FOB Price：US$ 16.80 / Piece\nMin. Order：50 Pieces\n"
                        "Shenzhen Xintu Co., Ltd.\nVerified Supplier · 8 yrs\nBusiness Type：Manufacturer\n"
                        "Main Markets：Central Asia")
    assert "Visit Store" not in all_text(cut(globalsources_page()))


def test_globalsources_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Min. Order50 Pieces" in all_text(cut(globalsources_page(assets="/js/site.js")))


def biccamera_page(assets: str = BICCAMERA) -> str:
    """A ビックカメラ.com item page: the h1 with its rating and price, the details, two reviews."""
    review = ("<div class='bcs_reviewItem'><p class='bcs_reviewStar'>{}</p><p class='bcs_reviewTitle'>{}</p>"
              "<p class='bcs_reviewer'>{} さん ・ {}</p><p class='bcs_reviewBody'>{}</p><p class='bcs_helpful'>"
              "参考になった（{}）</p></div>")
    return saved(assets, "<div class='bcs_itemInfo'><p class='bcs_maker'>SAKURA</p><h1 class='bcs_title'>SAKURA DATA "
                 "SIM</h1><div class='bcs_review_summary'><span class='bcs_star'>★★★★☆</span><span class='bcs_rate'>"
                 "4.2</span><a>（レビュー 58件）</a></div><p class='bcs_price'>3,980<span>円（税込）</span></p></div>"
                 "<div class='bcs_section'><h2>商品詳細</h2><p>docomo 4G。</p></div>"
                 "<div class='bcs_section bcs_review'><h2>カスタマーレビュー</h2>"
                 + review.format("★★★★★", "很快", "Aigerim", "2026/10/18", "新宿 45Mbps。", 12)
                 + review.format("★★★☆☆", "要手动设 APN", "旅人_KZ", "2026/09/02", "手动输入 APN 后才能上网。", 7)
                 + "</div>")


def test_each_biccamera_review_is_a_part_by_its_writer_without_stars_or_votes() -> None:
    # holdout257: both reviews were one part 「カスタマーレビュー」, stars, titles, by-lines and votes lines around the text;
    # the rating's stars and count were a line of the title's part
    frags = texts(cut(biccamera_page()))
    assert ("section", "Aigerim", "很快\n2026/10/18\n新宿 45Mbps。") in frags
    assert ("section", "旅人_KZ", "要手动设 APN\n2026/09/02\n手动输入 APN 后才能上网。") in frags
    assert frags[0] == ("section", "SAKURA DATA SIM", "SAKURA\n3,980円（税込）")
    text = all_text(cut(biccamera_page()))
    assert "★" not in text and "参考になった" not in text and "レビュー 58件" not in text


def test_biccamera_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # the by-line 「Aigerim さん ・ 2026/10/18」 stays as drawn (the votes line 「参考になった（12）」 goes on any page since
    # holdout285: a 「helpful」 class is chrome, `clean.SKIP_CLASS_PARTS`)
    assert "Aigerim さん ・ 2026/10/18" in all_text(cut(biccamera_page(assets="/js/site.js")))


def books_page(assets: str = BOOKS) -> str:
    """A 博客來 product page: the h1 and its facts, the introduction, two reviews."""
    review = ("<div class='review_item'><p class='star'><img src='https://www.books.com.tw/G/prod/star_{0}.png' "
              "alt='{0}顆星'></p><p class='author'>{1} ・ {2}</p><p class='txt'>{3}</p></div>")
    return saved(assets, "<div class='type02_p003'><h1>【韓國上網卡】KT 5天</h1><ul><li>商品編號：N012345678</li></ul>"
                 "</div><div class='mod_b'><h3>商品介紹</h3><div class='bd'><p>每天 3GB。</p></div></div>"
                 "<div class='mod_b'><h3>讀者評價</h3><div class='bd'>"
                 + review.format(5, "小魚兒", "2026/10/05", "明洞測速 60Mbps 以上。")
                 + review.format(3, "Kevin Lin", "2026/09/21", "山區只剩 3G。")
                 + "</div></div>")


def test_each_books_com_tw_review_is_a_part_by_its_writer_with_its_date() -> None:
    # holdout257: the by-lines went as by-lines, so both reviews were one part 「讀者評價」 of two texts
    frags = texts(cut(books_page()))
    assert ("section", "小魚兒", "2026/10/05\n明洞測速 60Mbps 以上。") in frags
    assert ("section", "Kevin Lin", "2026/09/21\n山區只剩 3G。") in frags
    assert "顆星" not in all_text(cut(books_page()))


def test_books_com_tw_classes_on_another_sites_page_are_read_as_they_were() -> None:
    frags = texts(cut(books_page(assets="/js/site.js")))
    assert not any(title == "小魚兒" for _, title, _ in frags)


def test_a_closing_feedback_question_in_indonesian_is_no_text() -> None:
    # holdout257: Indosat's 「Apakah artikel ini membantu?」 (its Ya / Tidak buttons gone) was the only text of a part
    # titled by the FAQ's heading
    page = ("<html><body><article><h1>Isi Pulsa</h1><p>每次充值都会延长有效期。</p><h2>Pertanyaan Umum</h2>"
            "<details><summary>可以在国外充值吗？</summary><p>可以。</p></details>"
            "<div class='helpful'>Apakah artikel ini membantu? <button>Ya</button> <button>Tidak</button></div>"
            "</article></body></html>")
    assert "membantu" not in all_text(cut(page))
