"""Discuz! X threads (机锋's), saved by the browser: each post's writer, floor and time, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def discuz_thread() -> str:
    """A Discuz! X3.4 thread: each post a table.plhin, the poster's card (name in .authi, level, counts) beside the
    floor 「a#postnumN」, the time 「em#authorpostonN」 and the text td.t_f#postmessage_N."""
    post = ("<div id='post_{n}'><table id='pid{n}' class='plhin'><tr><td class='pls' rowspan='2'><div class='pi'>"
            "<div class='authi'><a href='#' class='xw1'>{who}</a></div></div><p><em>中级会员</em></p><dl class='pil cl'>"
            "<dt>帖子</dt><dd>412</dd></dl></td><td class='plc'><div class='pi'><strong><a id='postnum{n}'>{floor}</a>"
            "</strong><div class='pti'><div class='authi'><em id='authorposton{n}'>发表于 {at}</em><span class='pipe'>|"
            "</span><a href='#'>只看该作者</a></div></div></div><div class='pct'><div class='pcb'><div class='t_fsz'><table>"
            "<tr><td class='t_f' id='postmessage_{n}'>{text}</td></tr></table></div></div></div></td></tr></table></div>")
    return ("<html><body><div id='postlist' class='pl bm'><table><tr><td class='plc ptm pbn vwthd'><h1 class='ts'>"
            "<span id='thread_subject'>刷完 ROM 移动数据用不了</span></h1></td></tr></table>"
            + post.format(n=1, who="老徐", floor="楼主", at="2026-11-18 22:41", text="APN 是空的，求救。")
            + post.format(n=2, who="ROM狗", floor="沙发", at="2026-11-18 23:05", text="MNC 填错了，改成 02。")
            + post.format(n=3, who="老徐", floor="板凳", at="2026-11-19 09:30", text="解决了！")
            + "</div></body></html>")


def test_each_discuz_post_opens_with_its_writer_floor_and_time_the_posters_own_marked() -> None:
    # holdout256 (机锋): every post lost its author and floor, so the poster's own 「解决了！」 and the fix could not
    # be told apart by who wrote them
    assert texts(cut(discuz_thread())) == [
        ("section", "刷完 ROM 移动数据用不了", "老徐 · 楼主 · 2026-11-18 22:41\nAPN 是空的，求救。"),
        ("section", "刷完 ROM 移动数据用不了（回复）", "ROM狗 · 沙发 · 2026-11-18 23:05\nMNC 填错了，改成 02。"),
        ("section", "刷完 ROM 移动数据用不了（回复）", "老徐（楼主） · 板凳 · 2026-11-19 09:30\n解决了！")]


def test_a_discuz_floor_line_without_ids_still_gives_each_posts_floor_and_time() -> None:
    # holdout308 (威锋): the floor 「<strong><a>沙發</a></strong>」 and time 「<em>發表於 …</em>」 carry no ids, so each
    # reply's by-line was its writer's name alone, its floor and time gone
    page = discuz_thread().replace(" id='postnum2'", "").replace(" id='authorposton2'", "")
    assert texts(cut(page))[1] == ("section", "刷完 ROM 移动数据用不了（回复）", "ROM狗 · 沙发 · 2026-11-18 23:05\nMNC 填错了，改成 02。")
