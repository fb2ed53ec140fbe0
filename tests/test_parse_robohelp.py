"""An Adobe RoboHelp HTML5 topic as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import all_text, texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("robohelp.htm", "robohelp", html, "html", "0"))[1]


def drop_down(n: int, question: str, answer: str) -> str:
    """A drop-down text as the topic writes one: the hot-spot link naming the block it opens by id."""
    return (f"<div class='expandingtext'><a class='dropspot' href='javascript:void(0)' data-target='ex{n}'>{question}</a>"
            f"<div class='dropdown-text' id='ex{n}'><p>{answer}</p></div></div>")


def page(*blocks: str, generator: str = "Adobe RoboHelp 2020") -> str:
    """The Azure Blue skin's layout: header with search, left panel with the TOC, the topic header (previous/next,
    breadcrumbs, toolbar), the topic (h1, mini-TOC, lead), the feedback box and the footer."""
    return ("<!DOCTYPE html><html lang='zh-HK'><head><meta charset='utf-8'>"
            f"<meta name='generator' content='{generator}'><title>電視節目短訊投票</title></head>"
            "<body class='rh-azure-blue'><div class='RH-LAYOUT-HEADER-container'>"
            "<div class='RH-LAYOUT-HEADER-title'>KZ 流動通訊中文支援中心</div>"
            "<div class='RH-LAYOUT-SEARCHBAR-container'><input class='rh-searchbar' type='text' placeholder='搜尋'></div></div>"
            "<div class='RH-LAYOUT-LEFTPANEL-container'><div class='RH-LAYOUT-TOC-container'><ul class='toc'>"
            "<li class='book'><a>收費與帳單</a><ul><li><a href='../billing/balance.htm'>查詢餘額</a></li>"
            "<li><a href='../billing/refund.htm'>申請退款</a></li></ul></li></ul></div></div>"
            "<div class='RH-LAYOUT-CENTERPANEL-container'><div class='topic-header'>"
            "<div class='breadcrumbs'><a class='WCBreadCrumbLink' href='../../index.htm'>首頁</a> &gt; 電視節目短訊投票</div>"
            "<div class='rh-toolbar'><button class='rh-print'>列印</button><button class='rh-expand-all'>全部展開</button></div></div>"
            "<div class='topic-content'><h1>電視節目短訊投票</h1>"
            "<div class='minitoc'><p class='minitoc-title'>本頁內容</p><ul><li><a href='#vote'>投票短訊怎樣收費</a></li>"
            "<li><a href='#radio'>打電台熱線</a></li></ul></div>"
            "<p>選秀節目大多用短訊投票，費用由餘額直接扣除。</p>"
            + "".join(blocks) +
            "<div class='rh-feedback'><p class='rh-feedback-question'>Was this helpful?</p>"
            "<button class='rh-feedback-yes'>Yes</button></div></div></div>"
            "<div class='RH-LAYOUT-FOOTER-container'><p>© 2025 KZ 流動通訊中文支援中心。版權所有。</p></div></body></html>")


BODY = ("<h2 id='vote'>投票短訊怎樣收費</h2><p>一般選秀投票每條 100 ₸。</p>"
        + drop_down(1, "為甚麼收到兩條回覆短訊？", "第一條是節目的確認，第二條是營運商的扣費通知。")
        + "<h2 id='radio'>打電台熱線</h2><p>8-809 開頭的付費熱線每分鐘 150 ₸。</p>"
        + drop_down(2, "用外國號碼可以投票嗎？", "不可以。四位數短號碼只在本地網絡有效。"))


def test_drop_down_texts_are_questions_with_their_answers_under_their_section():
    assert texts(cut(page(BODY)))[1:] == [
        ("section", "投票短訊怎樣收費", "一般選秀投票每條 100 ₸。"),
        ("qa", "為甚麼收到兩條回覆短訊？", "第一條是節目的確認，第二條是營運商的扣費通知。"),
        ("section", "打電台熱線", "8-809 開頭的付費熱線每分鐘 150 ₸。"),
        ("qa", "用外國號碼可以投票嗎？", "不可以。四位數短號碼只在本地網絡有效。"),
    ]


def test_the_mini_toc_and_the_skin_go():
    frags = cut(page(BODY))
    assert texts(frags)[0] == ("section", "電視節目短訊投票", "選秀節目大多用短訊投票，費用由餘額直接扣除。")
    every = all_text(frags)
    for chrome in ("本頁內容", "KZ 流動通訊", "查詢餘額", "首頁", "全部展開", "Was this helpful", "版權所有"):
        assert chrome not in every


def test_a_drop_down_named_by_data_targetname_stands_alone_in_its_paragraph():
    """RoboHelp's own drop-down: the hot spot alone in a paragraph, the text a div.droptext naming itself."""
    html = page("<h2>常見問題</h2><p><a class='dropspot' href='javascript:void(0)' data-target='dd1'>封鎖後還想自己投票？</a></p>"
                "<div class='droptext' data-targetname='dd1'><p>可以暫時取消封鎖，投票後再開回。</p></div>")
    assert ("qa", "封鎖後還想自己投票？", "可以暫時取消封鎖，投票後再開回。") in texts(cut(html))


def test_an_expanding_term_inside_a_sentence_reads_as_it_stands():
    html = page("<h2>收費</h2><p>這類號碼是<a class='expandspot' href='javascript:void(0)' data-target='t1'>付費內容號碼</a>"
                "<span class='expandtext' data-targetname='t1'>（由內容供應商收費）</span>，和普通短訊不同。</p>")
    frags = cut(html)
    assert all(f.type != "qa" for f in frags)
    assert ("section", "收費", "這類號碼是付費內容號碼（由內容供應商收費），和普通短訊不同。") in texts(frags)


@pytest.mark.parametrize("generator", ["WordPress 6.5", "MadCap Flare"])
def test_a_page_another_tool_made_is_read_as_before(generator):
    frags = cut(page(BODY, generator=generator))
    assert all(f.type != "qa" for f in frags)
