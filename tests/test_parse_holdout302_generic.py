"""holdout302's generic rules: a FAQ accordion's numbered question (「Q1. 如何…？」) answered by an <ol> is a procedure,
as an unnumbered one is (街口支付); a row of labelled spans is one line of fields set apart (华为's knowledge
article); and a Chinese title's English echo under it in its banner is decoration (街口支付's 「FAQ」)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def accordion(question: str) -> str:
    """A Bootstrap 4 accordion (div.card-header's button over div.collapse) whose one question is answered by steps."""
    return ("<html><body><h1>綁定銀行帳戶</h1><h2>綁定銀行帳戶與儲值</h2><p>街口支付說明。</p><div class='accordion faq-accordion' id='faqAccordion'><div class='card'>"
            f"<div class='card-header' id='q1'><h3 class='mb-0'><button class='btn btn-link collapsed' type='button' "
            f"data-toggle='collapse' data-target='#a1' aria-expanded='false'>{question}</button></h3></div>"
            "<div id='a1' class='collapse' data-parent='#faqAccordion'><div class='card-body'><p>請依照以下步驟完成綁定：</p><ol><li>開啟街口 App，點選「我的」。</li>"
            "<li>點選「銀行帳戶」→「新增銀行帳戶」。</li><li>回到 App 看到「綁定成功」即可使用。</li></ol>"
            "<p>每個帳戶最多可綁定 5 個銀行帳戶。</p></div></div></div>"
            "<div class='card'><div class='card-header' id='q2'><h3 class='mb-0'><button class='btn btn-link collapsed' "
            "type='button' data-toggle='collapse' data-target='#a2' aria-expanded='false'>Q2. 可以用信用卡儲值嗎？</button></h3>"
            "</div><div id='a2' class='collapse' data-parent='#faqAccordion'><div class='card-body'><p>信用卡無法儲值。</p></div></div></div></div></body></html>")


def test_a_numbered_accordion_question_answered_by_an_ol_is_a_procedure() -> None:
    # holdout302: 街口支付's 「Q1. 如何綁定銀行帳戶？」 kept its five steps as lines of one qa, glued with the intro and the
    # paragraph after them
    frags = texts(cut(accordion("Q1. 如何綁定銀行帳戶？")))
    steps = [(title, text) for kind, title, text in frags if kind == "step"]
    assert steps == [("開啟街口 App，點選「我的」", "開啟街口 App，點選「我的」。"),
                     ("點選「銀行帳戶」→「新增銀行帳戶」", "點選「銀行帳戶」→「新增銀行帳戶」。"),
                     ("回到 App 看到「綁定成功」即可使用", "回到 App 看到「綁定成功」即可使用。")]
    assert ("section", "如何綁定銀行帳戶？", "每個帳戶最多可綁定 5 個銀行帳戶。") in frags
    assert ("qa", "可以用信用卡儲值嗎？", "信用卡無法儲值。") in frags
    # read as the same question unnumbered is
    assert frags == texts(cut(accordion("如何綁定銀行帳戶？")))


def test_a_labelled_accordion_question_stays_a_qa() -> None:
    # 「問：」 is the writer's label (as `render_chat` writes a member's question): a Q&A by their word
    frags = texts(cut(accordion("問：如何綁定銀行帳戶？")))
    assert not any(kind == "step" for kind, _, _ in frags)
    assert frags[1][0] == "qa" and frags[1][1] == "如何綁定銀行帳戶？"


def test_a_row_of_labelled_spans_is_one_line_of_fields() -> None:
    # holdout302: 华为's div.knowledge-info ran 「…笔记本适用版本：…」 together; the by-line reader keeps the scope fields
    page = ("<html><body><div class='knowledge-detail'><h1>云空间扩容</h1><div class='knowledge-info'>"
            "<span class='knowledge-info__item'>适用产品：<em>手机、平板、笔记本</em></span>\n"
            "<span class='knowledge-info__item'>适用版本：<em>HarmonyOS 4.0 及以上</em></span>\n"
            "<span class='knowledge-info__item'>发布时间：2026-10-29</span>\n"
            "<span class='knowledge-info__item'>浏览量：<em>38125</em></span></div>"
            "<h3>问题描述</h3><p>云空间不足，想购买更大的套餐。</p></div></body></html>")
    frags = texts(cut(page))
    assert frags[0] == ("section", "云空间扩容", "适用产品：手机、平板、笔记本 | 适用版本：HarmonyOS 4.0 及以上")


def test_spans_that_are_no_fields_stay_as_they_were() -> None:
    page = ("<html><body><h1>云空间</h1><div class='tags'><span class='tag'>云空间</span>"
            "<span class='tag'>扩容</span></div><p>云空间不足时可以扩容。</p></body></html>")
    assert " · " not in all_text(cut(page)) and "扩容" in all_text(cut(page))


def banner(sub: str) -> str:
    return ("<html><body><section class='faq-banner'><div class='container'><h1 class='faq-banner__title'>常見問題</h1>"
            f"<p class='faq-banner__sub'>{sub}</p></div></section><h2>綁定銀行帳戶</h2><p>每個帳戶最多可綁定 5 個銀行帳戶。</p>"
            "</body></html>")


def test_a_chinese_title_s_english_echo_under_it_is_gone() -> None:
    # holdout302: 街口支付's p.faq-banner__sub 「FAQ」 was a part of its own titled 「常見問題」
    frags = texts(cut(banner("FAQ")))
    assert "FAQ" not in all_text(cut(banner("FAQ")))
    assert frags == [("section", "綁定銀行帳戶", "每個帳戶最多可綁定 5 個銀行帳戶。")]


def test_a_subtitle_saying_more_stays() -> None:
    assert "帳戶、儲值與轉帳的常見問題" in all_text(cut(banner("帳戶、儲值與轉帳的常見問題")))
