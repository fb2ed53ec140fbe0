"""FAQ accordions built on Bootstrap's collapse plugin (help centres of Grameenphone, 台灣之星 and Zong), saved by
the browser: a toggle names its panel only by 「data-toggle="collapse"」 and 「data-target="#id"」 (or its href), no
class says accordion and no aria-controls: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def faq_page(card: str) -> str:
    """A help article: a paragraph, then an 「FAQ」 heading over three cards built by `card` (question, answer, id)."""
    pairs = [("流量用完了还没到期，会按什么价格扣费？", "按标准费率 ৳ 0.70/MB 扣除主账户余额。"),
             ("输入代码后提示「Insufficient balance」怎么办？", "说明余额不够，请先充值。"),
             ("在国外漫游时能用这些流量包吗？", "不能。本地流量包只在境内有效。")]
    cards = "".join(card.format(q=q, a=a, n=n) for n, (q, a) in enumerate(pairs, 1))
    return ("<html><head><title>t</title></head><body><main><h1>用 USSD 代码购买流量包</h1><p>拨号界面输入代码即可。</p>"
            f"<h2>常见问题（FAQ）</h2><div class='accordion' id='faqAccordion'>{cards}</div>"
            "<h2>注意事项</h2><p>价格含 VAT。</p></main></body></html>")


BOOTSTRAP4 = ("<div class='card'><div class='card-header'><button class='btn btn-link' data-toggle='collapse' "
              "data-target='#faq{n}'>{q}</button></div><div id='faq{n}' class='collapse'><div class='card-body'>{a}"
              "</div></div></div>")
LINK = ("<div class='panel'><div class='panel-heading'><h4 class='panel-title'><a data-toggle='collapse' "
        "href='#faq{n}'>{q}</a></h4></div><div id='faq{n}' class='panel-collapse collapse'><div class='panel-body'>"
        "<p>{a}</p></div></div></div>")
BOOTSTRAP5 = ("<div class='card'><div class='card-header'><button class='btn' type='button' data-bs-toggle='collapse' "
              "data-bs-target='#faq{n}'>{q}</button></div><div id='faq{n}' class='collapse'><div class='card-body'>{a}"
              "</div></div></div>")
EXPECTED = [("section", "用 USSD 代码购买流量包", "拨号界面输入代码即可。"),
            ("qa", "流量用完了还没到期，会按什么价格扣费？", "按标准费率 ৳ 0.70/MB 扣除主账户余额。"),
            ("qa", "输入代码后提示「Insufficient balance」怎么办？", "说明余额不够，请先充值。"),
            ("qa", "在国外漫游时能用这些流量包吗？", "不能。本地流量包只在境内有效。"),
            ("section", "注意事项", "价格含 VAT。")]


def test_a_bootstrap4_faq_cards_buttons_are_its_questions_each_over_its_answer() -> None:
    # holdout256 (Grameenphone), holdout253 (台灣之星), holdout258 (Zong): the <button> questions were lost and the
    # answers ran into one 「常见问题（FAQ）」 section
    assert texts(cut(faq_page(BOOTSTRAP4))) == EXPECTED


def test_a_collapse_link_in_a_panel_heading_is_its_question() -> None:
    # Bootstrap 3's panel: an <a data-toggle="collapse" href="#id"> in the panel's heading
    assert texts(cut(faq_page(LINK))) == EXPECTED


def test_a_bootstrap5_data_bs_toggle_is_read_the_same() -> None:
    assert texts(cut(faq_page(BOOTSTRAP5))) == EXPECTED


def test_a_toggle_that_opens_no_collapse_is_left_as_it_was() -> None:
    # a button that opens a dialog (data-toggle="modal") is no question: its text goes as a button's, the text
    # around it stays one section
    page = faq_page(BOOTSTRAP4.replace("data-toggle='collapse'", "data-toggle='modal'"))
    frags = texts(cut(page))
    assert [kind for kind, _, _ in frags] == ["section", "section", "section"]
    assert "会按什么价格扣费" not in all_text(cut(page))
