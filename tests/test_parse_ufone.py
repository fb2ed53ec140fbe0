"""Ufone (ufone.com) support FAQ pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

UFONE = "https://www.ufone.com/wp-content/themes/ufone/assets/js/main.js?ver=3.8.1"


def ufone_page(assets: str = UFONE) -> str:
    """A support FAQ page: the banner's bilingual h1 over <main>, the article column beside the sidebar's help card
    and related FAQs."""
    return ("<html><head><title>SIM for Foreign Nationals – 办卡指南 | Ufone 4G</title></head><body><header><nav>"
            "<a href='/prepaid/'>Prepaid</a></nav></header><section class='inner-banner'><div class='container'>"
            "<nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='/'>Home</a></li></ol></nav>"
            "<h1>SIM for Foreign Nationals｜外籍人员办卡指南</h1></div></section><main id='primary' class='site-main'>"
            "<div class='row'><div class='col-lg-8'><p>外国公民办卡必须本人到营业厅完成指纹验证。</p>"
            "<h2>办卡所需材料</h2><p>有效护照原件和工作签证。</p></div><aside class='col-lg-4'><div class='help-card'>"
            "<h4>Need more help?</h4><p>Call <strong>333</strong> from your Ufone number, or 0800-33333 from any other "
            "network (24/7).</p><a class='btn btn-orange' href='/live-chat/'>Live Chat</a></div><div class='related-faqs'>"
            "<h4>Related FAQs</h4><ul><li><a href='/faqs/duplicate-sim/'>Duplicate SIM</a></li></ul></div></aside>"
            f"</div></main><script src='{assets}'></script></body></html>")


def test_the_ufone_banners_h1_titles_the_page_whole() -> None:
    # holdout278: the h1 outside <main> was not read; the <title>'s first part titled the page, 「外籍人员…」 lost
    frags = texts(cut(ufone_page()))
    assert frags[0] == ("section", "SIM for Foreign Nationals｜外籍人员办卡指南", "外国公民办卡必须本人到营业厅完成指纹验证。")


def test_the_ufone_help_card_is_the_articles_last_part() -> None:
    # holdout278: the sidebar went whole as chrome, the hotline (the only one the page gives) with it
    frags = texts(cut(ufone_page()))
    assert frags[-1] == ("section", "Need more help?",
                         "Call 333 from your Ufone number, or 0800-33333 from any other network (24/7).")
    assert frags[-2] == ("section", "办卡所需材料", "有效护照原件和工作签证。")
    assert "Live Chat" not in all_text(cut(ufone_page()))
    assert "Duplicate SIM" not in all_text(cut(ufone_page()))


def test_ufone_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # no Ufone asset: the help card goes with the sidebar; the banner's h1 (a generic rule) still titles the page
    frags = texts(cut(ufone_page(assets="/js/site.js")))
    assert "0800-33333" not in all_text(cut(ufone_page(assets="/js/site.js")))
    assert frags[0][1] == "SIM for Foreign Nationals｜外籍人员办卡指南"


def test_an_ask_us_tail_whose_digits_give_no_number_still_goes() -> None:
    # review of session 27: 「24/7」 and 「5 分钟内」 are digits but no number to call; the prompt asks the reader nothing
    page = ("<html><body><main><h1>流量包说明</h1><p>每月 1 日自动续订，月费 990 ₸，含 20 GB。</p>"
            "<h2>还有问题？</h2><p>在线客服 24/7 在线，5 分钟内回复。</p></main></body></html>")
    assert "在线客服" not in all_text(cut(page))
    assert "990" in all_text(cut(page))
