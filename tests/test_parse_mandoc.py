"""A man page as `mandoc -T html` writes it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Article, Fragment, Source

from fragments import all_text, cut, texts


def read(html: str) -> tuple[Article, list[Fragment]]:
    return parse_source(Source("simwatch.8.html", "simwatch", html, "html", "0"))


def section(name: str, body: str) -> str:
    anchor = name.replace(" ", "_")
    return (f"<section class='Sh'><h1 class='Sh' id='{anchor}'><a class='permalink' href='#{anchor}'>{name}</a>"
            f"</h1>{body}</section>")


MANDOC = ("<!DOCTYPE html><html><head><meta charset='utf-8'/><link rel='stylesheet' href='mandoc.css'/>"
          "<title>SIMWATCH(8)</title></head><body>"
          "<table class='head'><tr><td class='head-ltitle'>SIMWATCH(8)</td>"
          "<td class='head-vol'>System Manager's Manual</td><td class='head-rtitle'>SIMWATCH(8)</td></tr></table>"
          "<div class='manual-text'>"
          + section("NAME", "<p class='Pp'><code class='Nm'>simwatch</code> &#x2014; "
                            "<span class='Nd'>物联网卡余额监控守护进程</span></p>")
          + section("SYNOPSIS", "<table class='Nm'><tr><td><code class='Nm'>simwatch</code></td>"
                                "<td>[<code class='Fl'>-d</code>] [<code class='Fl'>-t</code> "
                                "<var class='Ar'>threshold</var>]</td></tr></table>")
          + section("DESCRIPTION", "<p class='Pp'><code class='Nm'>simwatch</code> 每小时用 USSD 查询一次余额。</p>")
          + section("OPTIONS", "<dl class='Bl-tag'>"
                               "<dt><a class='permalink' href='#d'><code class='Fl' id='d'>-d</code></a></dt>"
                               "<dd>不进入后台，调试用。</dd>"
                               "<dt><code class='Fl'>-t</code> <var class='Ar'>threshold</var></dt>"
                               "<dd>余额低于多少坚戈时报警，默认 500。</dd></dl>")
          + section("SEE ALSO", "<p class='Pp'><a class='Xr' href='mmcli.8.html'>mmcli(8)</a>, "
                                "<a class='Xr' href='cron.8.html'>cron(8)</a></p>")
          + "</div><table class='foot'><tr><td class='foot-date'>October 3, 2026</td>"
          "<td class='foot-os'>simwatch 1.0</td></tr></table></body></html>")


def test_a_man_page_is_titled_by_its_name_line_over_its_sections() -> None:
    # the first heading 「NAME」 titled the page; nothing in a title said which program it was
    article, frags = read(MANDOC)
    assert article.title == "simwatch — 物联网卡余额监控守护进程"
    assert frags[0].path == ("simwatch — 物联网卡余额监控守护进程", "SYNOPSIS")


def test_a_man_pages_synopsis_is_its_command_line() -> None:
    # SYNOPSIS was a table row 「simwatch | [-d] [-t threshold]」
    assert texts(cut(MANDOC))[0] == ("section", "SYNOPSIS", "simwatch [-d] [-t threshold]")


def test_each_entry_of_a_man_pages_tagged_list_is_a_passage_titled_by_its_term() -> None:
    # the options were alternating term and description lines of one passage 「OPTIONS」
    frags = texts(cut(MANDOC))
    assert ("section", "simwatch -d", "不进入后台，调试用。") in frags
    assert ("section", "simwatch -t threshold", "余额低于多少坚戈时报警，默认 500。") in frags


def test_a_term_that_is_not_a_flag_is_titled_by_itself() -> None:
    page = MANDOC.replace("<dt><code class='Fl'>-t</code> <var class='Ar'>threshold</var></dt>",
                          "<dt><span class='Pa'>/etc/simwatch.conf</span></dt>")
    assert ("section", "/etc/simwatch.conf", "余额低于多少坚戈时报警，默认 500。") in texts(cut(page))


def test_a_man_pages_cross_references_are_kept_as_their_words() -> None:
    # SEE ALSO, a line of links, went as a menu
    assert ("section", "SEE ALSO", "mmcli(8), cron(8)") in texts(cut(MANDOC))


def test_a_page_without_mandocs_head_table_keeps_its_tagged_list() -> None:
    page = MANDOC.replace("head-ltitle", "left")
    assert "不进入后台，调试用。" in all_text(cut(page))
    assert ("section", "simwatch -d", "不进入后台，调试用。") not in texts(cut(page))
