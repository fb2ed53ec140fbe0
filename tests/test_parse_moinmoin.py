"""A MoinMoin wiki page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Article, Fragment, Source

from fragments import texts


def read(html: str) -> tuple[Article, list[Fragment]]:
    return parse_source(Source("moin.html", "moin", html, "html", "0"))


# MoinMoin 1.9's modernized theme: the header with the page's name in h1#locationline, the navibar and editbar,
# then div#content: the <<TableOfContents>>, a line before the first heading, the text's own <h1>s, the category
# line after a rule
PAGE = (
    "<html><head><title>工人門號 - FarmWiki</title></head><body><div id='header'><div id='logo'><a href='/'>FarmWiki</a></div>"
    "<h1 id='locationline'><span id='pagelocation'><a class='backlink' href='/x'>{name}</a></span></h1>"
    "<ul id='navibar'><li><a href='/FrontPage'>FrontPage</a></li><li><a href='/RecentChanges'>RecentChanges</a></li></ul>"
    "<ul class='editbar'><li><a class='nbinfo' href='/x?action=info'>Info</a></li></ul></div>"
    "<div id='page'><div id='content'><span class='anchor' id='top'></span><p class='line867'>"
    "<div class='table-of-contents'><p class='table-of-contents-heading'>目錄</p><ol><li><a href='#a'>誰要辦卡</a></li>"
    "<li><a href='#b'>問與答</a></li></ol></div><p class='line874'>本頁由合作社維護，最後更新：2025-03-28。</p>"
    "<h1 id='a'>誰要辦卡</h1><p class='line874'>每個季節工都要一個本地號碼。</p>"
    "<h1 id='b'>問與答</h1><p class='line874'>工頭用簡訊通知集合時間。</p>"
    "<hr><p class='line874'> <a href='/CategoryFarm'>CategoryFarm</a> <a href='/CategoryMobile'>CategoryMobile</a></p>"
    "</div></div><p id='pageinfo'>(last edited 2025-03-28 by AinurB)</p></body></html>")


def test_a_moinmoin_page_is_titled_by_its_name_without_its_contents_or_category_line() -> None:
    # holdout85: the name was never used, the line before the first heading was glued to it under 「目錄」, and the
    # category line was a fragment titled by the last heading
    _, frags = read(PAGE.format(name="季節工手機卡指南"))
    assert texts(frags) == [("section", "季節工手機卡指南", "本頁由合作社維護，最後更新：2025-03-28。"),
                            ("section", "誰要辦卡", "每個季節工都要一個本地號碼。"),
                            ("section", "問與答", "工頭用簡訊通知集合時間。")]


def test_a_moinmoin_sub_page_is_titled_by_its_own_name() -> None:
    _, frags = read(PAGE.format(name="Farm/季節工手機卡指南"))
    assert frags[0].title == "季節工手機卡指南"


def test_a_page_without_moinmoins_header_keeps_its_category_like_links() -> None:
    _, frags = read(PAGE.format(name="季節工手機卡指南").replace("class='editbar'", "class='bar'"))
    assert any("CategoryMobile" in f.text for f in frags)
