"""A HelpNDoc HTML help topic as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import texts

STYLE = ("<style type='text/css'>"
         ".rvps1 { text-align: left; margin: 0px 0px 8px 0px; } .rvps2 { text-align: left; margin: 0px 0px 0px 24px; }"
         ".rvts1 { font-size: 11pt; font-family: 'Microsoft JhengHei'; color: #000000; }"
         ".rvts2 { font-size: 13pt; font-family: 'Microsoft JhengHei'; font-weight: bold; color: #1f4e79; }"
         ".rvts3 { font-weight: bold; }</style>")


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("topic.html", "topic", html, "html", "0"))[1]


def p(text: str, run: str = "rvts1", par: str = "rvps1") -> str:
    return f"<p class='{par}'><span class='{run}'>{text}</span></p>"


def page(*blocks: str, generator: str = "HelpNDoc Personal Edition 9.2.0.501") -> str:
    """HelpNDoc's frame: the tabs (TOC, keyword index, search), the topic header, the topic, the footers."""
    return ("<!DOCTYPE html><html lang='zh-TW'><head>"
            f"<meta name='generator' content='{generator}'><title>項圈 SIM 卡</title>{STYLE}</head><body>"
            "<div id='tabs'><ul><li><a href='#tab-toc'>目錄</a></li><li><a href='#tab-keywords'>索引</a></li></ul>"
            "<div id='tab-toc'><ul id='toc'><li><a href='Setup.html' target='FrameMain'>安裝與設定</a></li></ul></div>"
            "<div id='tab-keywords'><ul id='keywords'><li class='file'><a href='x.html' target='FrameMain'>APN</a></li>"
            "<li class='file'><a href='x.html' target='FrameMain'>簡訊指令</a></li></ul></div></div>"
            "<div id='topic_header'><div id='topic_header_content'><h1 id='topic_header_text'>項圈 SIM 卡</h1>"
            "<div id='topic_breadcrumb'><a href='Setup.html'>安裝與設定</a> &rsaquo;&rsaquo; </div></div></div>"
            "<div id='topic_content'>" + "".join(blocks) + "</div>"
            "<div id='topic_footer'><div id='topic_footer_content'>Copyright &copy; 2025 HerdTrack Ltd.</div></div>"
            "</body></html>")


BLOCKS = (
    p("HerdTrack K2 是裝在牛脖子上的 GPS 項圈，需要一張當地的 SIM 卡才能回傳位置。"),
    p("裝卡與設定步驟", "rvts2"),
    p("1. 先把 SIM 卡插進一般手機，確認可以上網，並關閉 PIN 碼。", par="rvps2"),
    p("2. 打開項圈背面的防水蓋，把卡插進卡槽，金屬面朝下。", par="rvps2"),
    p("3. 蓋上防水蓋，鎖緊四顆螺絲。", par="rvps2"),
    p("常見問題", "rvts2"),
    "<p class='rvps1'><span class='rvts3'>Q：一個牧場有 40 頭牛，每一個項圈都要一張卡嗎？</span>"
    "<span class='rvts1'> A：是的，每個項圈都要一張卡，數量多的話建議改用企業合約。</span></p>",
    p("疑難排解：項圈沒有回報位置", "rvts2"),
    "<table border='1'><tr><td><p class='rvps1'><span class='rvts3'>狀況</span></p></td>"
    "<td><p class='rvps1'><span class='rvts3'>處理方式</span></p></td></tr>"
    "<tr><td><p class='rvps1'><span class='rvts1'>指示燈紅燈快閃</span></p></td>"
    "<td><p class='rvps1'><span class='rvts1'>確認卡已插到底、PIN 碼已關閉</span></p></td></tr></table>",
    p("以上都試過仍無法連線，請寄信到 support@herdtrack.com.tw。"),
)


def test_heading_styled_paragraphs_are_headings_and_keyword_index_goes():
    frags = cut(page(*BLOCKS))
    got = texts(frags)
    assert got[0] == ("section", "項圈 SIM 卡", "HerdTrack K2 是裝在牛脖子上的 GPS 項圈，需要一張當地的 SIM 卡才能回傳位置。")
    assert all("APN" not in f.text and "簡訊指令" not in f.text and "安裝與設定" not in f.text for f in frags)
    steps = [f for f in frags if f.type == "step"]
    assert [s.title for s in steps] == ["先把 SIM 卡插進一般手機", "打開項圈背面的防水蓋，把卡插進卡槽，金屬面朝下", "蓋上防水蓋，鎖緊四顆螺絲"]
    assert all(s.procedure is not None and s.procedure.title == "裝卡與設定步驟" for s in steps)
    assert all("常見問題" not in s.text for s in steps)
    qa = [f for f in frags if f.type == "qa"]
    assert [(f.title, f.text) for f in qa] == [("一個牧場有 40 頭牛，每一個項圈都要一張卡嗎？",
                                                "是的，每個項圈都要一張卡，數量多的話建議改用企業合約。")]
    last = frags[-1]
    assert last.title == "疑難排解：項圈沒有回報位置"
    assert "指示燈紅燈快閃 | 確認卡已插到底、PIN 碼已關閉" in last.text and "support@herdtrack.com.tw" in last.text


def test_bold_body_sized_runs_stay_text():
    frags = cut(page(p("說明第一段，這是項圈的介紹文字，內容夠長。"), p("只是粗體的一行", "rvts3"), p("說明第二段。")))
    assert [f.title for f in frags] == ["項圈 SIM 卡"]
    assert "只是粗體的一行" in frags[0].text


def test_other_generator_unchanged():
    frags = cut(page(*BLOCKS, generator="Microsoft Word 15"))
    assert all(f.title != "裝卡與設定步驟" and (f.procedure is None or f.procedure.title != "裝卡與設定步驟")
               for f in frags)
