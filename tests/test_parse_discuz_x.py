"""Discuz! X threads (Discuss.com.hk's, holdout255), saved by the browser: what a reader gets from them."""
from __future__ import annotations

from fragments import cut, texts

SUBJECT = "由 csl 攜號轉台去 CMHK，要幾耐？"


def discuz_thread(*posts: tuple[str, str]) -> str:
    """A Discuz! X thread: each (writer, text) a table.plhin with its author cell, floor and td.t_f text."""
    post = ("<div id='post_{n}'><table id='pid{n}' class='plhin'><tr><td class='pls' rowspan='2'><div class='pi'>"
            "<div class='authi'><a class='xw1'>{who}</a></div></div><div class='p_pop'>等級: 四級</div></td>"
            "<td class='plc'><div class='pi'><strong><a><em>{n}</em>#</a></strong><div class='pti'><div class='authi'>"
            "<em>發表於 2026-11-20 22:14</em></div></div></div><div class='pct'><div class='pcb'><div class='t_fsz'>"
            "<table><tr><td class='t_f' id='postmessage_{n}'>{text}</td></tr></table></div></div></div></td></tr>"
            "</table></div>")
    return ("<html><body><div id='postlist' class='pl bm'><table><tr><td class='plc ptm pbn vwthd'><h1 class='ts'>"
            f"<a>[電訊]</a> <span id='thread_subject'>{SUBJECT}</span></h1></td></tr></table>"
            + "".join(post.format(n=n, who=who, text=text) for n, (who, text) in enumerate(posts, start=1))
            + "</div></body></html>")


def test_the_posters_follow_up_question_heads_the_reply_answering_it() -> None:
    # holdout255: the asker's follow-up 4# and the moderator's answer 5# were both titled 「subject（回复）」, the
    # question apart from its answer
    page = discuz_thread(("阿Ken", "想問下各位：轉台要幾耐？"), ("老鬼", "一般第 2 個工作天生效。"),
                         ("阿Ken", "<div class='quote'><blockquote>老鬼 發表於 2026-11-20<br>第 2 個工作天</blockquote>"
                                   "</div>咁 csl 卡入面嘅餘額仲攞唔攞得返？"),
                         ("老鬼", "按金 60 日內退返，增值卡餘額就唔會退。"))
    assert [(kind, title) for kind, title, _ in texts(cut(page))][-2:] == [
        ("qa", SUBJECT + "（回覆）"), ("qa", "咁 csl 卡入面嘅餘額仲攞唔攞得返？")]
    # (the answer under its writer's by-line, `clean._discuz_by_line`)
    assert texts(cut(page))[-1][2] == "老鬼 · 4# · 2026-11-20 22:14\n按金 60 日內退返，增值卡餘額就唔會退。"


def test_a_follow_up_of_several_questions_or_by_another_writer_heads_nothing() -> None:
    # a reply to 「问：…<br>问：…」 answers each in turn (holdout195), and a reader's question is not the asker's
    page = discuz_thread(("阿Ken", "轉台要幾耐？"), ("阿Ken", "問：要幾耐？<br>問：要帶咩？"), ("老鬼", "答：兩日。<br>答：身份證。"),
                         ("路人", "我都想知 3HK 點轉？"), ("老鬼", "一樣。"))
    titles = [title for _, title, _ in texts(cut(page))]
    assert titles[1:] == [SUBJECT + "（回覆）"] * (len(titles) - 1)


def test_the_askers_thanks_after_numbered_questions_is_no_part_of_the_last() -> None:
    # holdout255: 「3. 要帶咩文件？<br>唔該晒！」 was read 「要帶咩文件？唔該晒！」
    page = discuz_thread(("阿Ken", "想問下各位：<br>1. 轉台要幾耐？<br>2. 會唔會罰錢？<br>3. 要帶咩文件？<br>唔該晒！"))
    assert texts(cut(page)) == [("section", SUBJECT, "阿Ken · 1# · 2026-11-20 22:14\n想問下各位：\n轉台要幾耐？\n會唔會罰錢？\n要帶咩文件？\n唔該晒！")]


def test_the_posters_follow_up_question_leaves_the_reply_it_stood_in() -> None:
    # holdout263 (ZenTalk): the poster's thanks and the follow-up question it heads were one part; holdout255: a reply
    # of that question alone was read twice, once as an answer to the subject
    page = discuz_thread(("阿哲", "副卡沒有 VoLTE？"), ("版主", "更新韌體。"),
                         ("阿哲", "感謝版主！更新後開關出現了。<br>順便問一下：雙卡都開 VoLTE 會比較耗電嗎？"),
                         ("版主", "大約多耗 5–8%。"))
    frags = texts(cut(page))
    assert frags[-2:] == [("qa", SUBJECT + "（回覆）", "阿哲（樓主） · 3# · 2026-11-20 22:14\n感謝版主！更新後開關出現了。"),
                          ("qa", "順便問一下：雙卡都開 VoLTE 會比較耗電嗎？", "版主 · 4# · 2026-11-20 22:14\n大約多耗 5–8%。")]
    alone = texts(cut(discuz_thread(("阿Ken", "轉台要幾耐？"), ("老鬼", "兩日。"), ("阿Ken", "咁餘額攞唔攞得返？"),
                                    ("老鬼", "唔會退。"))))
    assert [title for _, title, _ in alone] == [SUBJECT, SUBJECT + "（回覆）", "咁餘額攞唔攞得返？"]
