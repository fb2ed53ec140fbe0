"""A Google Keep note exported by Google Takeout: one div.note (div.heading with the icons and the edit time,
div.title, div.content of lines joined by <br/>, the label chips and the sharees). What a reader gets from it,
fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def note(content: str) -> str:
    return ("<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head>"
            "<title>前台备忘</title></head><body><div class='note yellow'><div class='heading'><div class='meta-icons'>"
            "<span class='pinned' title='Pinned'></span></div>2025年10月6日 下午7:42:18</div>"
            f"<div class='title'>前台备忘</div><div class='content'>{content}</div>"
            "<div class='chips'><span class='chip label'><span class='label-name'>前台</span></span>"
            "<span class='chip label'><span class='label-name'>话术</span></span></div>"
            "<div class='sharees'>协作者：<span class='sharee'>a.b@gmail.com</span>，"
            "<span class='sharee'>c.d@gmail.com</span></div></div></body></html>")


CONTENT = ("学员在电话里问的，照这个回。<br/><br/>【收不到验证码】<br/>让对方等 2 分钟后点「Позвонить мне」。<br/><br/>"
           "【老师请假】<br/>前台在 App 里把课改成「Отменено」，这节不扣次数。<br/><br/>【约课流程】<br/>"
           "1. 下载 App，用手机号注册。<br/>2. 进课程表，选老师和时间。<br/>3. 第一次上课出示二维码。")


def test_bracketed_lines_head_their_parts() -> None:
    # (holdout144: the note's text was one paragraph, every fragment titled 「前台备忘」, the parts glued in twos and
    # the numbered lines steps of the note's title)
    frags = texts(cut(note(CONTENT)))
    assert frags[:3] == [("section", "前台备忘", "学员在电话里问的，照这个回。"),
                         ("section", "收不到验证码", "让对方等 2 分钟后点「Позвонить мне」。"),
                         ("section", "老师请假", "前台在 App 里把课改成「Отменено」，这节不扣次数。")]
    assert [(kind, cut_title) for kind, cut_title, _ in frags[3:]] == [("step", t) for t in (
        "下载 App，用手机号注册", "进课程表，选老师和时间", "第一次上课出示二维码")]
    assert all(f.procedure is not None and f.procedure.title == "约课流程" for f in cut(note(CONTENT))[3:])


def test_heading_labels_and_sharees_are_no_text() -> None:
    # (holdout144: the labels were kept glued into one word 「前台话术」 and the sharees' addresses were text)
    text = all_text(cut(note(CONTENT)))
    assert "前台话术" not in text and "话术" not in text and "gmail" not in text and "协作者" not in text
    assert "下午7:42" not in text and "Pinned" not in text

    # (a page of many notes is no Takeout note: left alone)
    page = note("第一行。<br/>第二行。").replace("</body>", "<div class='note'><div class='heading'>x</div>"
                                                   "<div class='content'>另一条</div></div></body>")
    assert "话术" in all_text(cut(page))
