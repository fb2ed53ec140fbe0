"""A CryptPad rich-text document as the browser saves it: CKEditor's body (div.cke_editable) between the app's
chrome and the comments sidebar (#cp-app-pad-comments: each thread a div.cp-comment-container whose data-uid is
that of the inline <comment> anchoring it in the text). What a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLES

from fragments import all_text, cut, texts

TRADITIONAL_COMMENTS_TITLE = COMMENTS_TITLES[True]


def comment(name: str, text: str, reply: bool = False) -> str:
    kind = " cp-comment-reply" if reply else ""
    return (f"<div class='cp-comment{kind}'><div class='cp-comment-head'><span class='cp-avatar'>"
            f"<span class='cp-avatar-default'>{name[0]}</span></span><span class='cp-comment-metadata'>"
            f"<span class='cp-comment-metadata-name'>{name}</span>"
            "<span class='cp-comment-metadata-date'>2026/11/18 下午9:42</span></span></div>"
            f"<div class='cp-comment-content'><p>{text}</p></div></div>")


def thread(uid: str, comments: str) -> str:
    return (f"<div class='cp-comment-container' data-uid='{uid}' tabindex='1'>{comments}"
            "<div class='cp-comment-actions'><button class='btn cp-comment-reply-button'>回覆</button>"
            "<button class='btn cp-comment-resolve'>解決</button></div></div>")


def page(body: str, threads: str) -> str:
    return ("<html lang='zh-Hant'><head><title>禮服租借須知 - CryptPad</title></head><body class='cp-app-pad'>"
            "<div id='cp-toolbar' class='cp-toolbar-container'><span class='cp-toolbar-title-value'>禮服租借須知</span>"
            "<span class='cp-toolbar-saved'>已儲存</span></div><div id='cp-app-pad-editor'><div class='cke_inner'>"
            "<div class='cke_top' role='presentation'><span class='cke_voice_label'>編輯器工具列</span></div>"
            "<div class='cke_wysiwyg_div cke_reset cke_editable cke_editable_themed' contenteditable='false'>"
            f"{body}</div></div></div><div id='cp-app-pad-comments' class='cp-app-pad-comments'><h2>留言</h2>"
            f"{threads}</div></body></html>")


BODY = ("<h1>禮服租借須知</h1><p>本店在阿拉木圖市中心。</p><h2>押金與付款</h2><p>押金有兩種方式：</p>"
        "<ul><li>付現金或刷卡：歸還後當場退。</li>"
        "<li>沒有現金的：可以改押 <comment data-uid='c1'>哈薩克身分證或居留證</comment> 正本，護照不收。</li></ul>"
        "<p>外國卡刷卡會被收手續費。</p>")
THREADS = (thread("c1", comment("陳柏宇", "我上個月押的是居留證，還衣服那天就還我了。")
                  + comment("林佩君", "補充：學生簽證的人沒有居留證，只能押現金。", reply=True)
                  + comment("王芳", "👍", reply=True))
           + thread("c9", comment("陳柏宇", "店裡週日也開嗎？")))


def test_a_threads_comments_are_lines_under_the_block_holding_its_anchor() -> None:
    frags = cut(page(BODY, THREADS))
    deposit = next(f for f in frags if f.title == "押金與付款")
    assert deposit.text == ("押金有兩種方式：\n付現金或刷卡：歸還後當場退。\n沒有現金的：可以改押 哈薩克身分證或居留證 正本，護照不收。\n"
                            "評論：我上個月押的是居留證，還衣服那天就還我了。\n評論：補充：學生簽證的人沒有居留證，只能押現金。\n"
                            "外國卡刷卡會被收手續費。")


def test_a_thread_anchored_nowhere_is_the_documents_last_part_and_the_sidebar_goes() -> None:
    frags = cut(page(BODY, THREADS))
    assert texts(frags)[-1] == ("section", TRADITIONAL_COMMENTS_TITLE, "店裡週日也開嗎？")
    assert "留言" not in all_text(frags)
    assert "解決" not in all_text(frags)
