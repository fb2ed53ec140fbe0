"""Y!mobile support pages, saved by the browser, and a Japanese page's closing 「このページは役に立ちましたか？」: what a
reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

YMOBILE = "https://www.ymobile.jp/support/css/support.css"


def ymobile_page(assets: str = YMOBILE, survey: str = "") -> str:
    """A Y!mobile support page: the header, the h1 with its sub-title, two steps, an FAQ of two pairs led by their
    icons, then `survey`."""
    faq = "".join(f"<dt class='c-faq__q'><span class='c-faq__icon'>Q</span>{q}</dt>"
                  f"<dd class='c-faq__a'><span class='c-faq__icon'>A</span>{a}</dd>"
                  for q, a in (("外国人可以办理吗？", "可以。需出示在留卡。"), ("转入期间能打电话吗？", "约 15 分钟内不能通话。")))
    return (f"<html><head><title>t</title><link rel='stylesheet' href='{assets}'></head><body>"
            "<header class='l-header'><nav><ul><li><a href='/'>製品</a></li><li><a href='/plan/'>料金</a></li></ul></nav>"
            "</header><main class='l-main'><h1 class='c-heading-lv1'>他社から乗り換え（MNP）<span "
            "class='c-heading-lv1__sub'>携号转入 Y!mobile</span></h1><section class='c-section'><p>可以保留现在的手机号码。"
            "</p></section><section class='c-section'><h2>お手続きの流れ</h2><ol class='c-step-list'>"
            "<li><span class='c-step-list__num'>STEP 1</span><div><h3>准备</h3><p>准备本人确认资料。</p></div></li>"
            "<li><span class='c-step-list__num'>STEP 2</span><div><h3>在线申请</h3><p>在网上商店选择套餐。</p></div></li>"
            f"</ol></section><section class='c-section'><h2>よくあるご質問</h2><dl class='c-faq'>{faq}</dl></section>"
            f"{survey}</main></body></html>")


def test_a_ymobile_faq_reads_without_its_icon_letters() -> None:
    # holdout264: 「Q外国人可以办理吗？」 over 「A可以。…」, the icons' letters glued to each question and answer
    frags = texts(cut(ymobile_page()))
    assert ("qa", "外国人可以办理吗？", "可以。需出示在留卡。") in frags
    assert ("qa", "转入期间能打电话吗？", "约 15 分钟内不能通话。") in frags


def test_a_ymobile_h1_keeps_its_sub_title_apart() -> None:
    # holdout264: 「他社から乗り換え（MNP）携号转入 Y!mobile」, the sub-title glued to the title
    frags = cut(ymobile_page())
    assert frags[0].article_title == "他社から乗り換え（MNP） 携号转入 Y!mobile"
    assert [kind for kind, _, _ in texts(frags)] == ["section", "step", "step", "qa", "qa"]


def test_ymobile_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # the h1's sub-title is the reader's; the FAQ's icon letters are read as the labels 「Q：」 / 「A：」 on any page
    # drawing a Q / A pair (holdout280's Toshiba FAQ, `clean._qa_letter_badges`), which the Q&A reader takes off
    frags = cut(ymobile_page(assets="/css/site.css"))
    assert frags[0].article_title == "他社から乗り換え（MNP）携号转入 Y!mobile"
    assert ("qa", "外国人可以办理吗？", "可以。需出示在留卡。") in texts(frags)


def test_a_japanese_page_s_closing_was_it_helpful_question_goes() -> None:
    # holdout264: Y!mobile's div.c-enquete 「このページは役に立ちましたか？」 (はい / いいえ buttons) was a part of its own
    survey = "<div class='c-enquete'><p>このページは役に立ちましたか？</p><button>はい</button><button>いいえ</button></div>"
    frags = cut(ymobile_page(survey=survey))
    assert "役に立ちましたか" not in all_text(frags)
    assert texts(frags)[-1] == ("qa", "转入期间能打电话吗？", "约 15 分钟内不能通话。")
