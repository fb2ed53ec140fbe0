"""易企秀 (eqxiu) H5 scenes, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

EQXIU = "https://lib.eqh5.com/eqxiu/js/view.min.js?v=6.8.3"


def box(inner: str) -> str:
    """One element box of a screen, as eqxiu places it."""
    return (f"<li class='comp-resize comp-rotate inside' ctype='2'><div class='element-box'><div "
            f"class='element-box-contents'>{inner}</div></div></li>")


def text_box(paragraphs: str) -> str:
    return box(f"<div class='element comp_paragraph editable-text'>{paragraphs}</div>")


def screen(*boxes: str) -> str:
    return f"<section class='main-page'><div class='m-img'><ul class='edit_area'>{''.join(boxes)}</ul></div></section>"


def heading(words: str) -> str:
    return text_box(f"<p style='text-align:center;'><span style='font-size:22px;'><b>{words}</b></span></p>")


def eqxiu_page(assets: str = EQXIU) -> str:
    """A scene of four screens: a hero, a procedure, Q&A pairs, a QR code with its call and a contact line; the
    player's music button, page-turn hint, counter, tail ad and report link around them."""
    return ("<html><head><title>充100送10GB！金秋充值送流量</title></head><body><div id='eqMobileViewport'>"
            "<div id='audio_btn' class='audio-btn'><audio src='https://res1.eqh5.com/m.mp3' autoplay></audio></div>"
            "<div class='nr'>"
            + screen(box("<img class='element comp_image' src='https://res1.eqh5.com/logo.png' alt='中国联通'>"),
                     heading("金秋充值季 · 充100送10GB"), text_box("<p>活动时间：11月1日至12月31日</p>"))
            + screen(heading("参与方式"), text_box("<p>第一步：打开「中国联通」App，点击「交费」。</p><p>第二步：先点击「立即领取"
                                                "资格」。</p><p>第三步：选择充值金额完成支付。</p>"),
                     text_box("<p>营业厅现金充值不参与活动</p>"))
            + screen(heading("常见问题"), text_box("<p><b>Q：流量送给谁？</b></p><p>A：送到被充值的号码。</p>"
                                               "<p><b>Q：可以退款吗？</b></p><p>A：充值款不予退还。</p>"))
            + screen(text_box("<p>长按识别二维码，立即参与</p><p>活动咨询：10010</p>"),
                     box("<a class='element comp_button' href='tel:10010'>一键拨打 10010</a>"))
            + "</div><section class='u-arrow'><span class='arrow-tip'>向上滑动翻页</span></section>"
            "<div class='page-num'>1/4</div><a class='eqxiu-tail' href='https://www.eqxiu.com/'>易企秀 · 免费制作H5</a>"
            f"<div class='report-btn'><a href='https://www.eqxiu.com/report'>举报</a></div></div><script src='{assets}'>"
            "</script></body></html>")


def test_an_eqxiu_screens_bold_paragraph_heads_its_part_and_its_step_lines_are_steps() -> None:
    # holdout260: no screen heading was a title, the hero, dates and rules one passage; the 「第一步：」 lines no steps,
    # glued to the note under them and the next screen's heading
    frags = texts(cut(eqxiu_page()))
    assert frags[0] == ("section", "金秋充值季 · 充100送10GB", "活动时间：11月1日至12月31日")
    assert [(kind, title) for kind, title, _ in frags[1:4]] == [
        ("step", "打开「中国联通」App，点击「交费」"), ("step", "先点击「立即领取资格」"), ("step", "选择充值金额完成支付")]
    assert ("section", "参与方式", "营业厅现金充值不参与活动") in frags


def test_each_eqxiu_q_a_pair_is_its_own_qa_and_the_players_chrome_is_gone() -> None:
    # holdout260: only the first pair was a Q&A, the others, the QR call and the player's hint, ad and report link
    # glued to its answer
    frags = texts(cut(eqxiu_page()))
    assert ("qa", "流量送给谁？", "送到被充值的号码。") in frags
    assert ("qa", "可以退款吗？", "充值款不予退还。") in frags
    text = all_text(cut(eqxiu_page()))
    assert "活动咨询：10010" in text
    for chrome in ("二维码", "向上滑动翻页", "免费制作H5", "举报", "一键拨打", "1/4"):
        assert chrome not in text


def test_eqxiu_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "向上滑动翻页" in all_text(cut(eqxiu_page(assets="/js/view.js")))
