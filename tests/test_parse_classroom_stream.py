"""A Google Classroom stream, saved by the browser: what a reader gets from each announcement."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import cut, texts

SCRIPT = "<script src='https://www.gstatic.com/_/mss/boq-classroom/_/js/k=boq-classroom.ClassroomUi.zh_CN.js'></script>"


def comment(name: str, text: str) -> str:
    """A class comment's card: the writer, the date, the text."""
    return f"<div class='I9OJHe'><span class='YVvGBb'>{name}</span><span class='PazDv'>11月17日</span><p>{text}</p></div>"


def announcement(title: str, text: str, *blocks: str) -> str:
    """An announcement: the teacher's line, its text (its bold first line the title), then its labelled blocks."""
    return ("<div class='JNyIQb' jsname='announcement'><div class='xVXVpb'><span class='YVvGBb asQXV'>Болат（老师）"
            f"</span><span class='PazDv'>11月3日</span></div><div class='n8F6Jd'><p><b>{title}</b></p><p>{text}</p>"
            "</div>" + "".join(f"<div class='Aopndd'>{block}</div>" for block in blocks) + "</div>")


PAGE = ("<html><body><main><div class='JZicYb'><h1>木工入门</h1><div class='T4tcpe'>工坊 B-04 · 周二 19:00</div></div>"
        "<div class='iHqzMc'><div class='S8Qbhf'>与全班同学分享内容…</div>"
        + announcement("工坊停电改期", "11 月 19 日停课，22 日补课。",
                       "<span class='VkhHKd'>班级评论（3）</span>" + comment("Данияр", "周六我上班。")
                       + comment("王磊", "可以带自己的凿子吗？")
                       + comment("Болат", "@王磊 可以，先磨好。"))
        + announcement("材料费", "材料费 18 500 ₸。",
                       "<span class='VkhHKd'>附件</span><a class='vwNuXe' href='https://drive.google.com/x'>"
                       "<div class='A6dC2c'>Смета.pdf</div><div class='Q6tQ0e'>PDF</div></a>",
                       "<span class='VkhHKd'>班级评论（0）</span>")
        + "</div></main>" + SCRIPT + "</body></html>")


def test_a_classroom_streams_announcements_keep_their_attachments_and_comments_apart() -> None:
    # holdout134: each author and date line ended the part before, the composer's placeholder stayed in the banner,
    # the attachment cards were lines of their own, the comments were the announcement's text (「王磊11月17日」); the
    # comments' part is named after its announcement (a stream has many)
    assert texts(cut(PAGE)) == [
        ("section", "木工入门", "工坊 B-04 · 周二 19:00"),
        ("section", "工坊停电改期", "11 月 19 日停课，22 日补课。"),
        ("section", f"工坊停电改期（{COMMENTS_TITLE}）", "周六我上班。"),
        ("qa", "可以带自己的凿子吗？", "可以，先磨好。"),
        ("section", "材料费", "材料费 18 500 ₸。\n附件：Смета.pdf")]


def test_classroom_markup_without_its_script_is_read_as_it_was() -> None:
    assert "与全班同学分享内容…" in {line for f in cut(PAGE.replace("gstatic.com", "example.com"))
                             for line in f.text.split("\n")}
    assert COMMENTS_TITLE not in {f.title for f in cut(PAGE.replace("gstatic.com", "example.com"))}
