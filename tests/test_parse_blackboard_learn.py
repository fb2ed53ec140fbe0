"""A Blackboard Learn (Original course view) Announcements page, saved by the browser: what a reader gets from
each announcement."""
from __future__ import annotations

from fragments import cut, texts


def announcement(title: str, text: str) -> str:
    """One announcement as Learn lists it: its title, the posted-on line and the editor's text, then who posted it where."""
    return (f"<li class='clearfix'><h3 class='item'>{title}</h3><div class='details'>"
            "<p><span>Posted on:</span> Monday, September 8, 2025 9:14:22 AM ALMT</p>"
            f"<div class='vtbegenerated'>{text}</div></div><div class='announcementInfo'>"
            "<p><span>Posted by:</span> Gulnara Abenova</p><p><span>Posted to:</span> ICT101-2025-FA</p></div></li>")


TEXT = ("<p>各位同学好！打印机换了新系统。</p>"
        "<h4>一、价格</h4><table class='bbTable'><thead><tr><th>类型</th><th>单价</th></tr></thead>"
        "<tbody><tr><td>A4 黑白</td><td>10 ₸/页</td></tr><tr><td>A3 黑白</td><td>25 ₸/页</td></tr></tbody></table>"
        "<h4>二、打印步骤</h4><ol><li>上传文件。</li><li>输入 6 位取件码。</li></ol>"
        "<h4>三、常见问题</h4><p><strong>问：收不到取件码怎么办？</strong><br>答：用学生卡刷卡释放。</p>")


def page(*items: str) -> str:
    return ("<html><body id='announcement'><div id='contentPanel'><div id='pageTitleDiv'>"
            "<h1 id='pageTitleHeader'><span id='pageTitleText'>Announcements</span></h1></div>"
            "<div id='actionbar'><ul><li><a href='#'>Create Announcement</a></li></ul>"
            "<div class='sortControl'>View: <select><option>Last 30 Days</option></select></div></div>"
            f"<div id='content'><ul id='announcementList'>{''.join(items)}</ul></div></div></body></html>")


def test_a_learn_announcement_is_read_under_its_title_with_its_headings_table_steps_and_qa() -> None:
    # holdout146: the announcement was one list item — its h4 headings text lines, its table a cell a line, its steps
    # the page title's 「Announcements」, its 问：/答： pair one paragraph — after 「View:」 and 「Posted on:」, 「Posted
    # by:」 glued to its end
    assert texts(cut(page(announcement("打印额度说明", TEXT)))) == [
        ("section", "打印额度说明", "各位同学好！打印机换了新系统。"),
        ("section", "价格", "类型 | 单价\nA4 黑白 | 10 ₸/页\nA3 黑白 | 25 ₸/页"),
        ("step", "上传文件", "上传文件。"),
        ("step", "输入 6 位取件码", "输入 6 位取件码。"),
        ("qa", "收不到取件码怎么办？", "用学生卡刷卡释放。")]


def test_learn_announcements_of_one_page_are_parts_of_their_own() -> None:
    plain = ("<li><h3 class='item'>考试通知</h3><div class='details'><p><span>Posted on:</span> Monday</p>"
             "<p>下周考试。</p></div></li>")
    frags = texts(cut(page(announcement("停课通知", "<p>周五停课。</p>"), announcement("补课通知", "<p>周六补课。</p>"),
                           plain)))
    assert frags == [("section", "停课通知", "周五停课。"), ("section", "补课通知", "周六补课。"),
                     ("section", "考试通知", "下周考试。")]


def test_a_list_without_learns_editor_text_is_read_as_it_was() -> None:
    plain = page("<li><h3 class='item'>停课通知</h3><p>周五停课。</p></li>")
    assert "View:" in {line for f in cut(plain) for line in f.text.split("\n")}
