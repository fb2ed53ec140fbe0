"""Jitbit Helpdesk knowledge-base articles (KB/View), saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

JITBIT = "/helpdesk/js/helpdesk.min.js?v=11.9.3"


def jitbit_page(assets: str = JITBIT) -> str:
    """A KB article: the top bar, the article column (title, meta line, body with a section and a Q&A, rating) beside
    the sidebar's panels: categories, related articles and the help box of <br> lines with its ticket link."""
    return ("<html><head><title>自助列印站退款 - 客服中心</title>"
            "<link rel='stylesheet' href='/helpdesk/css/helpdesk.min.css?v=11.9.3'>"
            f"<script src='{assets}'></script></head><body>"
            "<div id='topBar' class='topbar'><ul class='topmenu'><li><a href='/helpdesk/Tickets/New'>New ticket</a></li>"
            "<li><a href='/helpdesk/KB/'>Knowledge base</a></li></ul></div><div id='mainDiv' class='container'>"
            "<div class='row'><div class='col-md-9'><div class='kb-article' id='kbArticle'>"
            "<h2 class='kb-title'>自助列印站退款說明</h2><div class='kb-meta text-muted'><span>Category: 付款與退款</span> · "
            "<span>Views: 3 512</span></div><div class='kb-body'><p>本文說明 PrintGo 機台的退款方式。</p>"
            "<h3>申請退款</h3><p>在本客服中心點選上方「New ticket」，類別選「退款申請」。</p>"
            "<p><strong>Q：同一筆被扣了兩次？</strong><br>A：重複扣款經核對後全額退還。</p></div>"
            "<div class='kb-rating'><span>Was this article helpful?</span> <a class='btn'>Yes</a> <a class='btn'>No</a>"
            "</div></div></div><div class='col-md-3'><div class='panel panel-default kb-sidebar'>"
            "<div class='panel-heading'>Categories</div><ul class='list-group'><li class='list-group-item'>"
            "<a href='/helpdesk/KB/?categoryId=2'>機台操作</a></li></ul></div><div class='panel panel-default'>"
            "<div class='panel-heading'>Related articles</div><ul class='list-group'><li class='list-group-item'>"
            "<a href='/helpdesk/KB/View/61'>如何從手機上傳檔案</a></li></ul></div>"
            "<div class='panel panel-default'><div class='panel-body'>需要協助？<br>客服專線 02-2718-5566（每日 8:00–22:00）"
            "<br><a href='/helpdesk/Tickets/New'>Submit a ticket</a></div></div></div></div></div>"
            "<div id='footer' class='footer'><a href='https://www.jitbit.com/helpdesk/'>Help Desk Software</a> by Jitbit"
            "</div></body></html>")


def test_the_jitbit_help_box_is_the_articles_last_part_titled_by_its_first_line() -> None:
    # holdout296: the help box stayed after the article column, a last part titled by the article's title, its
    # 「Submit a ticket」 link read as text
    frags = texts(cut(jitbit_page()))
    assert frags[-1] == ("section", "需要協助？", "客服專線 02-2718-5566（每日 8:00–22:00）")
    assert ("qa", "同一筆被扣了兩次？", "重複扣款經核對後全額退還。") in frags
    assert "Submit a ticket" not in all_text(cut(jitbit_page()))
    assert "Related articles" not in all_text(cut(jitbit_page()))
    assert "如何從手機上傳檔案" not in all_text(cut(jitbit_page()))


def test_jitbit_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # no Jitbit bundle: the reader does not run; the box's lines stay where they were, its link with them
    look_alike = jitbit_page(assets="/js/site.js").replace("helpdesk.min.css", "site.css")
    frags = texts(cut(look_alike))
    assert ("section", "需要協助？", "客服專線 02-2718-5566（每日 8:00–22:00）") not in frags


def test_a_jitbit_panel_giving_no_number_keeps_its_link() -> None:
    # (review of session 28: every body-only panel lost its lone links before the number was asked for)
    html = jitbit_page().replace("客服專線 02-2718-5566（每日 8:00–22:00）", "有問題請隨時告訴我們，我們會盡快回覆")
    assert "Submit a ticket" in all_text(cut(html))
