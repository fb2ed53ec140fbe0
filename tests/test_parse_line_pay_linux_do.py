"""A LINE Pay (pay.line.me) help-centre FAQ and a linux.do (Discourse) topic, saved by the browser (holdout301): what a
reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def line_pay_page() -> str:
    """A LINE Pay FAQ: an accordion whose question is led by an icon letter 「Q」 typed before its words and whose
    answer panel opens with an icon letter 「A」 over the answer's paragraph."""
    item = ("<li class='faq-item'><a href='#faq0{n}' class='faq-q' role='button' aria-expanded='false'>"
            "<span class='ico-q'>Q</span>{q}</a><div class='faq-a' id='faq0{n}'><span class='ico-a'>A</span>\n"
            "<p>{a}</p></div></li>")
    return ("<html><body><div id='container' class='help-faq'><section class='faq-content'>"
            "<h3 class='faq-cate-tit'>綁定信用卡與一卡通 MONEY 儲值</h3><ul class='faq-list'>"
            + item.format(n=1, q="錯誤代碼 1184 怎麼辦？", a="請先致電發卡銀行確認開通網路交易。")
            + item.format(n=2, q="儲值有沒有上限？", a="帳戶餘額上限為新台幣 50,000 元。")
            + "</ul></section></div></body></html>")


def test_a_line_pay_faq_reads_without_its_icon_letters() -> None:
    # holdout301: each question was titled 「Q錯誤代碼 1184 怎麼辦？」 and each answer opened with a stray line 「A」
    frags = texts(cut(line_pay_page()))
    assert ("qa", "錯誤代碼 1184 怎麼辦？", "請先致電發卡銀行確認開通網路交易。") in frags
    assert ("qa", "儲值有沒有上限？", "帳戶餘額上限為新台幣 50,000 元。") in frags
    assert not any(line in ("A", "Q") for line in all_text(cut(line_pay_page())).split("\n"))


def _post(number: int, author: str, body: str, reply_to: str = "") -> str:
    tab = f"<div class='reply-to-tab'><img class='avatar' alt=''><span>{reply_to}</span></div>" if reply_to else ""
    return (f"<div class='topic-post clearfix regular' data-post-number='{number}'><article id='post_{number}'>"
            f"<div class='topic-body'><div class='topic-meta-data'><div class='names'><span class='first username'>"
            f"<a href='/u/{author}'>{author}</a></span></div><div class='post-infos'>{tab}<div class='post-info "
            f"post-date'><span class='relative-date'>2 天</span></div></div></div><div class='regular contents'>"
            f"<div class='cooked'>{body}</div><section class='post-menu-area'><nav class='post-controls'>"
            "<span class='reactions-counter'>5</span></nav></section></div></div></article></div>")


def linux_do_page() -> str:
    """A linux.do topic: the poster's post, a tip, a question and, after another post, the poster's reply to it
    (its reply-to tab naming the asker)."""
    return ("<html><body><header class='d-header'><button>登录</button></header><div id='main-outlet'>"
            "<div id='topic-title'><h1 data-topic-id='9'><a class='fancy-title'>4G 备用线路</a></h1></div>"
            + _post(1, "wanjia_nas", "<p>用 mwan3 做主备切换。</p>")
            + _post(2, "tuzi_k", "<p>切回来要多久？</p>")
            + _post(3, "xiaolong", "<p>物联卡要注意机卡绑定。</p>")
            + _post(4, "wanjia_nas", "<p>默认要连续 5 次 ping 成功。</p>", reply_to="tuzi_k")
            + "</div></body></html>")


def test_a_discourse_reply_to_a_reply_that_asks_is_headed_by_that_question() -> None:
    # holdout301: 「切回来要多久？」 and the poster's answer to it (its tab 「↩ tuzi_k」) were two parts of their writers
    assert texts(cut(linux_do_page())) == [
        ("section", "4G 备用线路", "用 mwan3 做主备切换。"),
        ("section", "tuzi_k", "切回来要多久？"),
        ("section", "xiaolong", "物联卡要注意机卡绑定。"),
        ("qa", "切回来要多久？", "默认要连续 5 次 ping 成功。")]
