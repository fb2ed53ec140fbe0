"""A Slite document in the web app, as the browser saves it: the ProseMirror body (div.sl-doc-body) between
the workspace sidebar, the document header and the discussions panel (aside.sl-discussions-panel: each thread a
quote of the text it is about over its comments). What a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLES

from fragments import cut, texts

TRADITIONAL_COMMENTS_TITLE = COMMENTS_TITLES[True]


def comment(name: str, text: str, reply: bool = False) -> str:
    kind = " sl-comment--reply" if reply else ""
    return (f"<div class='sl-comment{kind}'><div class='sl-comment-head'><img class='sl-avatar' src='a.jpg' alt=''>"
            f"<span class='sl-comment-author'>{name}</span><span class='sl-comment-time'>10月14日</span></div>"
            f"<div class='sl-comment-body'><p>{text}</p></div><div class='sl-comment-reactions'>"
            "<span class='sl-reaction'>👍 2</span></div></div>")


def thread(comments: str, quote: str = "") -> str:
    anchor = f"<blockquote class='sl-thread-anchor'>{quote}</blockquote>" if quote else ""
    return f"<div class='sl-thread' data-thread-id='t1'>{anchor}{comments}</div>"


def page(body: str, threads: str = "") -> str:
    panel = ("<aside class='sl-discussions-panel' aria-label='討論'><div class='sl-discussions-header'><h3>討論</h3>"
             f"<span class='sl-count'>3</span><button class='sl-btn-text'>顯示已解決</button></div>{threads}"
             "<div class='sl-discussion-composer'><textarea placeholder='新增留言…'></textarea></div></aside>"
             ) if threads else ""
    return ("<html><head><title>辦公室怎麼收發傳真 · Slite</title></head><body class='sl-app'><div id='root'>"
            "<div class='sl-layout'><aside class='sl-sidebar'><nav class='sl-sidebar-nav'><a href='/app/home'>首頁</a>"
            "<a href='/app/ask'>Ask</a></nav></aside><main class='sl-main'><div class='sl-doc'><div class='sl-doc-header'>"
            "<h1 class='sl-doc-title'>辦公室怎麼收發傳真</h1><div class='sl-doc-meta'><span class='sl-doc-owner'>"
            "文件負責人：林佩君（行政）</span><span class='sl-doc-updated'>最後編輯：3 天前 · 陳冠宇</span></div></div>"
            f"<div class='sl-doc-body ProseMirror'>{body}</div></div></main>{panel}</div></div></body></html>")


BODY = ("<p class='sl-block sl-block-paragraph'>櫃檯的傳真機接的是室內電話線。</p>"
        "<h2 class='sl-block sl-heading'>發傳真</h2>"
        "<ol class='sl-block sl-list sl-list--ordered'><li>把文件正面朝下放進送紙匣。</li>"
        "<li>打到台灣按 8、等音、再按 10 886 和號碼。</li><li>按「Start」送出。</li></ol>"
        "<h2 class='sl-block sl-heading'>常見問題</h2>"
        "<details class='sl-block sl-toggle'><summary class='sl-toggle-summary'>▸ 傳真可以當正式文件嗎？</summary>"
        "<div class='sl-toggle-content'><p>大部分機關只把傳真當預先通知。</p></div></details>")

THREADS = (thread(comment("陳冠宇", "用 +7 格式從手機撥的話是 00 886。")
                  + comment("林佩君", "傳真機接的是室內線，照文件寫的就對了。", reply=True)
                  + comment("王芳", "👍", reply=True), quote="打到台灣按 8、等音、再按 10 886")
           + thread(comment("陳冠宇", "舊的 Panasonic 傳真機已經報廢了。")))


def test_a_threads_comments_are_lines_under_the_block_it_quotes() -> None:
    steps = [f for f in cut(page(BODY, THREADS)) if f.type == "step"]
    assert steps[1].text == ("打到台灣按 8、等音、再按 10 886 和號碼。\n評論：用 +7 格式從手機撥的話是 00 886。\n"
                             "評論：傳真機接的是室內線，照文件寫的就對了。")
    assert [s.text for s in steps[::2]] == ["把文件正面朝下放進送紙匣。", "按「Start」送出。"]


def test_a_thread_quoting_nothing_is_the_documents_last_part_and_the_panel_goes() -> None:
    frags = cut(page(BODY, THREADS))
    assert texts(frags)[-1] == ("section", TRADITIONAL_COMMENTS_TITLE, "舊的 Panasonic 傳真機已經報廢了。")
    assert all("討論" not in f.text and "新增留言" not in f.text and "10月14日" not in f.text for f in frags)


def test_a_toggles_drawn_arrow_is_no_word_of_its_question() -> None:
    qas = [f for f in cut(page(BODY)) if f.type == "qa"]
    assert texts(qas) == [("qa", "傳真可以當正式文件嗎？", "大部分機關只把傳真當預先通知。")]


def test_without_the_panel_the_document_reads_as_it_stands() -> None:
    assert texts(cut(page(BODY)))[0] == ("section", "辦公室怎麼收發傳真", "櫃檯的傳真機接的是室內電話線。")
