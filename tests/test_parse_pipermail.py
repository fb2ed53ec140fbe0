"""Pipermail (Mailman 2) message pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

NAV = ("<ul><li>Previous message (by thread): <a href='000127.html'>[x-users] 4G HAT 收不到长短信</a></li>"
       "<li>Next message (by thread): <a href='000129.html'>[x-users] 4G HAT 收不到长短信</a></li>"
       "<li><b>Messages sorted by:</b> <a href='date.html#128'>[ date ]</a> <a href='thread.html#128'>[ thread ]</a>"
       "</li></ul>")
MAIL = """在 2026-11-18 09:34，陈默 写道：
&gt;<i> 长短信只收到前半截，
</I>&gt;<i> 这是 HAT 的问题吗？
</I>
不是 HAT 的问题，长短信被拆成了多段。按下面几步换成 gammu-smsd：

  1. sudo apt install gammu-smsd
  2. 在 /etc/gammu-smsdrc 里写 device = /dev/ttyUSB2，
     不是 ttyUSB0
  3. sudo systemctl enable --now gammu-smsd

问：要不要一直开着 4G 数据？
答：不需要，短信走信令通道，
    关掉数据也能收。

-- 
王立群
树莓派爱好者
"""


def pipermail_page(made: str = "mailto:x-users%40lists.example.org?Subject=Re%3A%20x&In-Reply-To=%3C1%40x%3E") -> str:
    """A Pipermail message page: subject, by-line, date, navigation, the mail's <PRE>, navigation and footer."""
    return (f"<html><head><title>[x-users] 4G HAT 收不到长短信</title><link rel='Index' href='index.html'>"
            f"<link rel='made' href='{made}'><link rel='Previous' href='000127.html'></head><body bgcolor='#ffffff'>"
            f"<h1>[x-users] 4G HAT 收不到长短信</h1><b>王立群</b> <a href='{made}'>wlq at pi.lan</a><br>"
            f"<i>Wed Nov 18 17:52:06 CST 2026</i><p>{NAV}<hr><!--beginarticle--><pre>{MAIL}</pre><!--endarticle-->"
            f"<hr><p>{NAV}<hr><a href='https://lists.example.org/mailman/listinfo/x-users'>More information about the "
            "x-users\nmailing list</a><br></body></html>")


def test_a_pipermail_reply_is_the_quoted_question_then_the_reply_by_its_writer_over_its_date() -> None:
    # holdout271: the first fragment held only the by-line, the date and the navigation; the mail was one passage
    frags = texts(cut(pipermail_page()))
    assert frags[0] == ("section", "[x-users] 4G HAT 收不到长短信", "长短信只收到前半截，\n这是 HAT 的问题吗？")
    assert frags[1] == ("section", "王立群", "Wed Nov 18 17:52:06 CST 2026\n不是 HAT 的问题，长短信被拆成了多段。"
                        "按下面几步换成 gammu-smsd：")


def test_a_pipermail_mails_numbered_lines_are_steps_and_its_qa_a_pair() -> None:
    # holdout271: the numbered lines were no steps, the 问：/答： pair glued with the tips and the signature
    frags = texts(cut(pipermail_page()))
    assert [kind for kind, _, _ in frags] == ["section", "section", "step", "step", "step", "qa"]
    assert frags[3][2] == "在 /etc/gammu-smsdrc 里写 device = /dev/ttyUSB2，不是 ttyUSB0"
    assert frags[5] == ("qa", "要不要一直开着 4G 数据？", "不需要，短信走信令通道，关掉数据也能收。")


def test_a_pipermail_pages_navigation_signature_and_footer_are_gone() -> None:
    text = all_text(cut(pipermail_page()))
    for chrome in ("Previous message", "Messages sorted by", "More information", "树莓派爱好者", "wlq at"):
        assert chrome not in text


def test_a_page_without_pipermails_reply_link_is_read_as_it_was() -> None:
    assert "Previous message" in all_text(cut(pipermail_page(made="https://example.org/about")))


def test_a_pipermail_mail_quoting_nothing_is_its_text_under_its_writer_and_date() -> None:
    page = pipermail_page().replace("在 2026-11-18 09:34，陈默 写道：\n&gt;<i> 长短信只收到前半截，\n</I>&gt;<i> 这是 HAT 的问题吗？\n</I>\n", "")
    frags = texts(cut(page))
    assert frags[0] == ("section", "[x-users] 4G HAT 收不到长短信", "王立群 · Wed Nov 18 17:52:06 CST 2026")
    assert [kind for kind, _, _ in frags] == ["section", "step", "step", "step", "qa"]
    assert "Previous message" not in all_text(cut(page))
