"""Yahoo Groups (neo) topic pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

YAHOO_GROUPS = "https://s.yimg.com/ru/0.9.6/min/js/yg-neo-app.js"


def message(number: int, writer: str, text: str) -> str:
    """One message card as Yahoo Groups draws it: the header (writer, e-mail, date), the text, the actions."""
    return (f"<div class='yg-msg card' id='msg-{number}'><div class='card-header'><img class='yg-avatar' src='x.png'>"
            f"<span class='author-name'>{writer}</span> <span class='author-email'>&lt;w{number}@...&gt;</span>"
            f"<span class='msg-date'>May 1{number}, 2026</span></div><div class='msg-content'>{text}</div>"
            "<div class='msg-actions'><a href='#'>Reply</a> · <a href='#'>Like (3)</a> · <a href='#'>More</a></div></div>")


def yahoo_groups_page(assets: str = YAHOO_GROUPS) -> str:
    """A topic of three messages: the question, a reply with steps, the poster's own follow-up with a quote."""
    return ("<html><head><title>Yahoo Groups - g - 控制器指令</title></head><body>"
            "<div id='yg-cookie-consent'><p>Yahoo uses cookies.</p><button>OK</button></div>"
            "<div class='yg-msg-read-container'><h1 class='yg-conv-title'>控制器指令汇总</h1>"
            "<div class='yg-conv-count'>3 Messages</div>"
            + message(1, "Sergei", "<p>开泵以后自己会停，是不是有定时？</p>")
            + message(2, "Anna", "<p>默认运行 30 分钟。</p><p>我是这样设置的：</p><ol><li>插卡。</li><li>通电。</li></ol>"
                      "<p>另外打电话也能控制。</p>")
            + message(3, "Sergei", "<p>谢谢！能不能加家人的号码？</p>"
                      "<blockquote class='yg-quoted'>— Anna wrote: 插卡…</blockquote><p>试出来了：发 #10# 加号码。</p>")
            + f"</div><script src='{assets}'></script></body></html>")


def test_each_yahoo_groups_message_is_a_part_headed_by_its_writer_without_its_date() -> None:
    # holdout273: the writers were dropped, the dates bare lines glued between the messages, the quote split one
    frags = texts(cut(yahoo_groups_page()))
    assert frags[0] == ("section", "控制器指令汇总", "开泵以后自己会停，是不是有定时？")
    assert ("section", "Anna", "默认运行 30 分钟。\n我是这样设置的：") in frags
    assert ("section", "Anna", "另外打电话也能控制。") in frags
    assert ("section", "Sergei（楼主）", "谢谢！能不能加家人的号码？\n试出来了：发 #10# 加号码。") in frags
    assert [kind for kind, _, _ in frags].count("step") == 2
    text = all_text(cut(yahoo_groups_page()))
    assert "May 12, 2026" not in text and "Like (3)" not in text and "Anna wrote" not in text
    assert "3 Messages" not in text and "cookies" not in text


def test_yahoo_groups_classes_on_another_sites_page_are_read_as_they_were() -> None:
    assert "May 13, 2026" in all_text(cut(yahoo_groups_page(assets="/js/site.js")))
