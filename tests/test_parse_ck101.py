"""卡提諾論壇 (ck101.com, Discuz! X3.4) threads in Traditional Chinese, saved by the browser (holdout304): the poster's
replies marked in the thread's script, a reader's question paired with the poster's reply quoting it, and a reply
opening on a labelled question of its own read as one part."""
from __future__ import annotations

from fragments import cut, texts


def ck101_thread(posts: list[tuple[int, str, str, str, str]]) -> str:
    """A Discuz! X3.4 thread as ck101 lays it out: each post a table.plhin, the card's name 「.authi a.xw1」, the floor
    「a#postnumN」 (樓主, then 「<em>2</em><sup>#</sup>」), the time 「em#authorpostonN」 and the text td.t_f#postmessage_N."""
    post = ("<div id='post_{n}'><table id='pid{n}' class='plhin'><tr><td class='pls' rowspan='2'><div class='pls favatar'>"
            "<div class='pi'><div class='authi'><a href='space-uid-1.html' class='xw1'>{who}</a></div></div>"
            "<p><em><a href='#'>初級會員</a></em></p></div></td><td class='plc'><div class='pi'><strong>"
            "<a href='thread-1-1-1.html#{n}' id='postnum{n}'>{floor}</a></strong><div class='pti'><div class='authi'>"
            "<em id='authorposton{n}'>發表於 {at}</em></div></div></div><div class='pct'><div class='pcb'><div class='t_fsz'>"
            "<table><tr><td class='t_f' id='postmessage_{n}'>{text}</td></tr></table></div></div></div></td></tr>"
            "<tr><td class='pls'></td><td class='plc'><div class='po hin'><div class='pob cl'><em><a class='fastre' "
            "href='#'>回覆</a></em><p><a href='#'>舉報</a></p></div></div></td></tr></table></div>")
    return ("<html><body><div id='postlist' class='pl bm'><table><tr><td class='plc ptm pbn vwthd'><h1 class='ts'>"
            "<span id='thread_subject'>預付卡吃到飽哪家划算？</span></h1></td></tr></table>"
            + "".join(post.format(n=n, who=who, floor=floor, at=at, text=text) for n, who, floor, at, text in posts)
            + "</div></body></html>")


QUOTE = ("<div class='quote'><blockquote><font size='2'><a href='forum.php?mod=redirect&amp;goto=findpost&amp;pid=102"
         "&amp;ptid=1' target='_blank'><font color='#999999'>Yuki 發表於 2026-11-08 23:40</font></a></font><br />"
         "請問版主，可以開熱點嗎？我宿舍沒有網路。</blockquote></div><br />")


def test_a_quoted_readers_question_heads_the_posters_answer_marked_in_traditional() -> None:
    # holdout304 (ck101): the poster's 3# was marked with a Simplified 「（楼主）」 the page never shows, and the reader's
    # 2# question and the poster's 3# answer quoting it were two 「（回覆）」 parts apart
    assert texts(cut(ck101_thread([
        (101, "阿凱", "樓主", "2026-11-08 22:14", "中華如意卡 30 天 NT$ 900。"),
        (102, "Yuki", "<em>2</em><sup>#</sup>", "2026-11-08 23:40", "請問版主，可以開熱點嗎？我宿舍沒有網路。"),
        (103, "阿凱", "<em>3</em><sup>#</sup>", "2026-11-09 08:05", QUOTE + "可以，三家都沒有鎖熱點。")]))) == [
        ("section", "預付卡吃到飽哪家划算？", "阿凱 · 樓主 · 2026-11-08 22:14\n中華如意卡 30 天 NT$ 900。"),
        ("qa", "預付卡吃到飽哪家划算？（回覆）", "Yuki · 2# · 2026-11-08 23:40\n請問版主，可以開熱點嗎？我宿舍沒有網路。"),
        ("qa", "請問版主，可以開熱點嗎？", "阿凱（樓主） · 3# · 2026-11-09 08:05\n可以，三家都沒有鎖熱點。")]


def test_a_reply_opening_on_its_own_labelled_question_is_one_part_headed_by_it() -> None:
    # holdout304 (ck101's 5#): 「問：…？<br>自己爬文找到答案了：…」 was cut in two, the by-line alone with no text, then
    # the question and its answer without it
    frags = texts(cut(ck101_thread([
        (101, "阿凱", "樓主", "2026-11-08 22:14", "中華如意卡 30 天 NT$ 900。"),
        (105, "moon", "<em>5</em><sup>#</sup>", "2026-11-10 12:31",
         "問：到期那天在國外，回來還能用儲值金嗎？<br />自己爬文找到答案了：儲值金不會消失。")])))
    assert frags[1][1:] == ("到期那天在國外，回來還能用儲值金嗎？", "moon · 5# · 2026-11-10 12:31\n自己爬文找到答案了：儲值金不會消失。")
    assert len(frags) == 2


def test_a_question_on_the_last_line_of_a_post_wrapped_in_font_heads_the_answer_alone() -> None:
    # holdout21's Discuz! thread: a post wrapped whole in <font> is one line of br_lines; the heading over the poster's
    # answer quoting it was 「beeline.kz» 这是…吗？」, the end of the SMS line before the question glued on
    asking = ("<font size='3'>请教一下：Beeline 发来一条短信：<br />«Подробнее: beeline.kz»<br />"
              "这是开通了什么收费服务吗？要不要回复取消？</font>")
    quote = QUOTE.replace("Yuki 發表於", "Mia 發表於")
    frags = texts(cut(ck101_thread([
        (101, "老王", "樓主", "2026-10-13 12:00", "坐飞机怎么用手机。"),
        (102, "Mia", "<em>2</em><sup>#</sup>", "2026-10-13 19:26", asking),
        (103, "老王", "<em>3</em><sup>#</sup>", "2026-10-13 20:03", quote + "不用紧张，那是免费的提醒短信。")])))
    assert frags[-1][1] == "这是开通了什么收费服务吗？"
