"""Nabble forum topics (classic view), saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

NABBLE = "https://nabble.com/util/nabbledropdown-2.4.1.js"


def row(author: str, count: int, date: str, subject: str, text: str) -> str:
    """One post as Nabble's classic view draws it: the author's cell (avatar, link, post count), then the date,
    the subject and the message text."""
    return (f"<tr class='classic-row'><td class='classic-author-name'><div class='avatar-outer'><img class='avatar' "
            f"src='a.png' alt='{author}'></div><a href='/u'>{author}</a><div class='post-count weak-color'>{count} "
            f"posts</div></td><td class='classic-subject-line'><span class='post-date weak-color'>{date}</span>"
            f"<span class='classic-subject'>{subject}</span><div class='message-text adbayes-content'>{text}</div>"
            "</td></tr>")


def nabble_page(assets: str = NABBLE) -> str:
    """A topic of three posts: a question with a signature, a reply quoting it with steps, the asker's thanks."""
    subject = "GPS 报警器收不到彩信"
    quote = ("<div class='shrinkable-quote'><br>&gt; 手机一直收不到<br><a href='javascript:void(0)' "
             "class='nabble-shrink'>... [show rest of quote]</a></div><br>")
    return (f"<html><head><title>Nabble - {subject}</title><script src='{assets}'></script></head><body>"
            "<div class='nabble' id='nabble'><div class='top-bar'><a class='breadcrumbs'>帆船论坛</a> "
            "<span id='nabble-user-header'><a>Search</a> | <a>Register</a> | <a>Login</a></span></div>"
            f"<table class='main'><tr><td><h1 id='post-title'>{subject}</h1><div class='topic-buttons'><a>Reply</a> | "
            "<span>Threaded</span> | <a>Print</a> | <span class='weak-color'>3 messages</span> Options</div>"
            "<table class='classic-table'>"
            + row("海风老周", 87, "Nov 18, 2026; 9:42pm", subject,
                  "各位好，<br><br>报警时发彩信，手机一直收不到，怎么办？<br><br>-- <br>老周 · “蓝鲸号” J/24")
            + row("Kevin Lin", 412, "Nov 18, 2026; 10:15pm", f"Re: {subject}",
                  quote + "物联网卡不开通彩信。改用邮件的步骤：<br><br>1）开启 SMTP 服务；<br>2）发短信“APN,cmiot”；"
                  "<br>3）发短信“TEST”。")
            + row("海风老周", 87, "Nov 19, 2026; 7:26pm", f"Re: {subject}", "谢谢！TEST 照片两分钟就到了。")
            + "</table><div class='topic-buttons'><a>&laquo; Return to 船载电子设备</a> | <span class='weak-color'>"
            "1,284 views</span></div></td></tr></table><div class='footer' id='nabble-footer'>Powered by Nabble</div>"
            "</div></body></html>")


def test_each_nabble_post_is_a_part_by_its_author_without_dates_or_subjects() -> None:
    # holdout261: each post's date and subject line was text, the next post's ended the previous post's fragment,
    # and the authors were gone
    frags = texts(cut(nabble_page()))
    assert frags[0] == ("section", "GPS 报警器收不到彩信", "各位好，\n报警时发彩信，手机一直收不到，怎么办？")
    assert ("section", "Kevin Lin", "物联网卡不开通彩信。改用邮件的步骤：") in frags
    assert ("section", "海风老周（楼主）", "谢谢！TEST 照片两分钟就到了。") in frags
    assert [title for kind, title, _ in frags if kind == "step"] == ["开启 SMTP 服务", "发短信“APN,cmiot”", "发短信“TEST”"]
    text = all_text(cut(nabble_page()))
    assert "Nov 18, 2026" not in text and "Re: GPS" not in text


def test_nabble_buttons_quotes_signature_and_footer_are_gone() -> None:
    # holdout261: 「Reply | Threaded | Print | 5 messages Options」 opened the thread, the signature and the quotes'
    # 「... [show rest of quote]」 were content, 「« Return to … | 1,284 views」 closed the last post
    text = all_text(cut(nabble_page()))
    for chrome in ("Threaded", "3 messages", "show rest of quote", "手机一直收不到\n", "蓝鲸号", "Return to",
                   "1,284 views", "87 posts", "Powered by"):
        assert chrome not in text, chrome


def test_nabble_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "Nov 18, 2026; 9:42pm" in all_text(cut(nabble_page(assets="/js/site.js")))
