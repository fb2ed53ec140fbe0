"""A Joomla article in YOOtheme's (UIkit) markup, saved by the browser: its by-line, laid out as a list under the
title, is no text (the generic rule `parse.drop_bylines` reads, holdout266's Safaricom page)."""
from __future__ import annotations

from fragments import cut, texts


def yootheme_page(meta: str) -> str:
    return ("<html><head><title>办卡指南 | Safaricom</title></head><body><article class='uk-article'>"
            "<h1 class='uk-article-title'>办卡指南</h1>"
            f"<ul class='uk-subnav uk-subnav-divider'>{meta}</ul>"
            "<div property='text'><p>本页介绍外籍人士办理 SIM 卡的方法。</p><h2>需要什么</h2><p>护照原件。</p></div>"
            "</article></body></html>")


def test_a_by_line_list_under_the_title_goes() -> None:
    # holdout266: 「14 September 2026」 and 「Customer Care」 were the first lines of the title's part
    page = yootheme_page("<li><time datetime='2026-09-14'>14 September 2026</time></li><li>Customer Care</li>")
    assert texts(cut(page))[0] == ("section", "办卡指南", "本页介绍外籍人士办理 SIM 卡的方法。")


def test_a_list_under_the_title_that_does_not_date_the_page_stays() -> None:
    page = yootheme_page("<li>护照原件</li><li>有效签证</li>")
    assert texts(cut(page))[0] == ("section", "办卡指南", "护照原件\n有效签证\n本页介绍外籍人士办理 SIM 卡的方法。")
