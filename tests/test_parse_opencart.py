"""OpenCart (3.x, default theme) product pages, saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

OPENCART = "catalog/view/javascript/common.js"


def opencart_page(assets: str = OPENCART) -> str:
    """An OpenCart product page: the left column's tabs (description, spec table, two reviews in the review form),
    the right column's h1, model and price after them."""
    review = ("<table class='table'><tr><td><strong>{}</strong></td><td class='text-right'>{}</td></tr><tr><td "
              "colspan='2'><p>{}</p><span class='fa fa-stack'><i class='fa fa-star fa-stack-1x'></i></span></td></tr>"
              "</table>")
    return (f"<html><head><title>t</title><script src='{assets}'></script></head><body><div id='product-product' "
            "class='container'><div class='row'><div id='content' class='col-sm-12'><div class='row'><div "
            "class='col-sm-8'><ul class='nav nav-tabs'><li><a href='#tab-description'>商品描述</a></li><li><a "
            "href='#tab-specification'>規格</a></li><li><a href='#tab-review'>評論 (2)</a></li></ul><div "
            "class='tab-content'><div class='tab-pane active' id='tab-description'><p>插 SIM 卡的手機遙控開關。</p>"
            "<p>台灣 3G 已關閉，請認明 4G 版。</p></div><div class='tab-pane' id='tab-specification'><table "
            "class='table'><tbody><tr><td>型號</td><td>RTU5024-4G</td></tr><tr><td>網路</td><td>4G LTE</td></tr>"
            "</tbody></table></div><div class='tab-pane' id='tab-review'><form id='form-review'><div id='review'>"
            + review.format("林先生", "2026/09/14", "遠傳的卡要先開 VoLTE。")
            + review.format("阿凱", "2026/07/02", "傳「1234GOT005#」改成 5 秒。")
            + "<div class='row'><div class='col-sm-6 text-right'>顯示 1 到 2 筆，共 2 筆（1 頁）</div></div></div>"
            "<h2>撰寫評論</h2><div class='form-group'><label>您的名字</label><input name='name'></div></form></div>"
            "</div></div><div class='col-sm-4'><div class='btn-group'><button title='加入收藏'>♥</button></div>"
            "<h1>4G 手機遙控開關 RTU5024-4G</h1><ul class='list-unstyled'><li>商品型號: RTU5024-4G</li></ul><ul "
            "class='list-unstyled'><li><h2>NT$2,480</h2></li><li>未稅價: NT$2,362</li></ul><div id='product'><button>"
            "加入購物車</button></div><div class='rating'><p><a>2 評論</a> / <a>撰寫評論</a></p></div></div></div></div>"
            "</div></div></body></html>")


def test_an_opencart_page_reads_its_head_first_then_the_description_and_the_spec_tab() -> None:
    # holdout259: the h1 and its lines came after the tabs, glued with the spec table to the description's end
    frags = texts(cut(opencart_page()))
    assert frags[0] == ("section", "4G 手機遙控開關 RTU5024-4G", "商品型號: RTU5024-4G\nNT$2,480\n未稅價: NT$2,362\n"
                        "插 SIM 卡的手機遙控開關。\n台灣 3G 已關閉，請認明 4G 版。")
    assert frags[1] == ("section", "規格", "型號 | RTU5024-4G\n網路 | 4G LTE")


def test_each_opencart_review_is_a_part_by_its_writer_out_of_the_review_form() -> None:
    # holdout259: the review tab went whole as a form, both reviews with it
    frags = texts(cut(opencart_page()))
    assert frags[2:] == [("section", "林先生", "2026/09/14\n遠傳的卡要先開 VoLTE。"),
                         ("section", "阿凱", "2026/07/02\n傳「1234GOT005#」改成 5 秒。")]
    text = all_text(cut(opencart_page()))
    for chrome in ("撰寫評論", "您的名字", "顯示 1 到 2 筆", "加入購物車", "2 評論", "商品描述"):
        assert chrome not in text


def test_opencart_marks_on_a_page_without_its_assets_are_read_as_they_were() -> None:
    assert "林先生" not in all_text(cut(opencart_page(assets="/js/site.js")))
