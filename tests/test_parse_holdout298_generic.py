"""holdout298's generic rules: a knowledge base's 「此文档对您是否有帮助？」 bar is chrome (锐捷); a contact box set as a
section its class also names a call to action, after the page's article in its main part and giving a number, is the
page's, read at the article's end (U Mobile); and a short bold line opening a paragraph after a blank line in a
<br>-broken post titles what follows, and a reader's question the thread's poster answers by name heads his answer
(HostLoc's Discuz! thread)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def test_a_document_s_helpful_bar_is_chrome() -> None:
    # 锐捷's div.kb-useful 「此文档对您是否有帮助？」 over its links was the only text of a last part titled 「常见问题」
    page = ("<html><body><h1>配置 Web 认证</h1><p>本文介绍 ePortal 认证。</p><h2>常见问题</h2>"
            "<dl><dt>Q：不弹认证页面？</dt><dd>A：检查 DNS 是否已放通。</dd></dl>"
            "<div class='kb-useful'><span>此文档对您是否有帮助？</span><a href='#' class='btn-useful'>有帮助</a>"
            "<a href='#' class='btn-useless'>没帮助</a></div></body></html>")
    frags = cut(page)
    assert "帮助" not in all_text(frags)
    assert [f.type for f in frags] == ["section", "qa"]


_UMOBILE = ("<html><body><header class='um-header'><section class='um-contact-cta'><p>Call 1300-80-8888</p>"
            "</section></header><main class='um-support'><div class='um-support__layout'>"
            "<article class='um-article'><h1>預付卡充值</h1><p>撥 *118# 查詢餘額。</p>"
            "<h2>充值方式</h2><p>MyUMobile App 以 FPX 網上銀行、信用卡或 Touch 'n Go eWallet 付款，最低 RM5。</p>"
            "<p>網上充值：前往 u.com.my/reload，輸入手機號碼即可，無需登入。</p>"
            "<p>充值卡（Reload PIN）：在 7-Eleven 或 KK Mart 購買，撥打 *122*PIN碼# 後按通話鍵。</p>"
            "<h2>常見問題</h2><p>問：海外可以充值嗎？</p><p>答：可以，用 App 充值。</p></article></div>"
            "<section class='um-related'><h2>Related Articles</h2><ul><li><a href='/x'>如何購買 Internet Pass？</a></li>"
            "</ul></section>"
            "<section class='um-contact-cta container'><h2>Still need help?</h2>"
            "<p>Chat with Ask U on WhatsApp or call 1318 (from U Mobile line).</p>"
            "<a class='um-btn' href='https://wa.me/60183881318'>Chat Now</a></section>%s</main></body></html>")


def test_a_contact_call_to_action_after_the_article_giving_a_number_is_read() -> None:
    # U Mobile's section.um-contact-cta: the only place the page gives its 1318 hotline, dropped as chrome by 「cta」
    frags = cut(_UMOBILE % "")
    assert ("section", "Still need help?", "Chat with Ask U on WhatsApp or call 1318 (from U Mobile line).") \
        in texts(frags)
    assert texts(frags)[-1][1] == "Still need help?"       # at the article's end, in page order
    assert "Chat Now" not in all_text(frags) and "1300-80-8888" not in all_text(frags)
    assert "Related Articles" not in all_text(frags)


def test_a_contact_call_to_action_without_a_number_still_goes() -> None:
    page = (_UMOBILE % "").replace("or call 1318 (from U Mobile line)", "anytime")
    assert "Still need help" not in all_text(cut(page))


_HOSTLOC = ("<html><body><h1>流量跑超被停机</h1><div class='t_f'>上个月买的小鸡被停了，记录一下。<br />\n<br />\n"
            "<strong>先说流量怎么算</strong><br />\n1. 他家是双向计费；<br />\n2. 重置日是开通日；<br />\n"
            "3. 用到 80% 会发邮件提醒。<br />\n<br />\n"
            "<strong>补流量的步骤</strong><br />\n1. 登录 Client Area；<br />\n2. 点 Manage；<br />\n"
            "3. 付款后自动 unsuspend。<br />\n注意补的流量只在当前周期有效。<br />\n<br />\n"
            "<strong>续费的坑</strong><br />\n到期当天没付就 suspend，再过 5 天 terminate。<br />\n<br />\n"
            "<strong>1. 不是标题</strong><br />\n编号的粗体行照旧。</div></body></html>")


def test_a_bold_line_after_a_blank_line_titles_what_follows() -> None:
    # HostLoc's Discuz! post: 「先说流量怎么算」 was glued to the intro, 「续费的坑」 to the note above it, and both lists
    # were titled by the thread
    frags = cut(_HOSTLOC)
    got = texts(frags)
    assert got[0] == ("section", "流量跑超被停机", "上个月买的小鸡被停了，记录一下。")
    assert [(f.procedure.title, f.title) for f in frags if f.procedure is not None] == [
        ("先说流量怎么算", "他家是双向计费"), ("先说流量怎么算", "重置日是开通日"), ("先说流量怎么算", "用到 80% 会发邮件提醒"),
        ("补流量的步骤", "登录 Client Area"), ("补流量的步骤", "点 Manage"), ("补流量的步骤", "付款后自动 unsuspend")]
    last = frags[-1]
    assert (last.type, last.title) == ("section", "续费的坑")
    assert last.text.startswith("到期当天没付就 suspend，再过 5 天 terminate。")
    # a numbered bold line is no title of this kind: it stays a line, with its number
    assert "1. 不是标题" in last.text


def _discuz(posts: list[tuple[str, str, str]]) -> str:
    """A Discuz! X3.4 thread (HostLoc's), each post a table.plhin: the card's name, the floor, the time, the text."""
    post = ("<div id='post_{n}'><table id='pid{n}' class='plhin'><tr><td class='pls' rowspan='2'><div class='pi'>"
            "<div class='authi'><a href='#' class='xw1'>{who}</a></div></div></td><td class='plc'><div class='pi'>"
            "<strong><a id='postnum{n}'>{floor}</a></strong><div class='pti'><div class='authi'>"
            "<em id='authorposton{n}'>发表于 2026-11-20 10:1{n}</em></div></div></div><div class='pct'><div class='pcb'>"
            "<div class='t_fsz'><table><tr><td class='t_f' id='postmessage_{n}'>{text}</td></tr></table></div></div>"
            "</div></td></tr></table></div>")
    return ("<html><body><div id='postlist' class='pl bm'><table><tr><td class='plc'><h1 class='ts'>"
            "<span id='thread_subject'>流量跑超被停机</span></h1></td></tr></table>"
            + "".join(post.format(n=n, who=who, floor=floor, text=text)
                      for n, (who, floor, text) in enumerate(posts, start=1))
            + "</div></body></html>")


def test_a_reader_s_question_the_poster_answers_by_name_heads_his_answer() -> None:
    # HostLoc: 沙发 「停机期间小鸡里的数据还在吗？」 and 板凳 「回 ByteDog：数据都在…」 were two parts 「…（回复）」
    page = _discuz([("milkcat", "楼主", "小鸡流量跑满被 suspend 了。"),
                    ("ByteDog", "沙发", "<div class='quote'><blockquote>milkcat 发表于 2026-11-20</blockquote></div>"
                                        "问下楼主，停机期间数据还在吗？会不会直接重装？"),
                    ("milkcat", "板凳", "回 ByteDog：数据都在，补完流量开机照旧。"),
                    ("老王", "地板", "图床被盗链了吧？"),
                    ("milkcat", "5#", "确实，已经加了防盗链。")])
    got = texts(cut(page))
    assert ("qa", "问下楼主，停机期间数据还在吗？", "milkcat（楼主） · 板凳 · 2026-11-20 10:13\n回 ByteDog：数据都在，补完流量开机照旧。") \
        in got
    # a reply the poster does not address by name stays a reply
    assert ("section", "流量跑超被停机（回复）", "milkcat（楼主） · 5# · 2026-11-20 10:15\n确实，已经加了防盗链。") in got
