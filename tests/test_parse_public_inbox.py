"""public-inbox thread pages (the /T/ flat view), saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

COLOR = "../_/text/color/216light.css"


def message(mid: str, subject: str, skeleton: str, writer: str, to: str, body: str) -> str:
    """One message as public-inbox draws it: a <pre> of its anchor and bold subject, the thread skeleton, the From /
    To headers, a blank line, the mail as typed and the reply / [flat|nested] links."""
    return (f"<pre><a href=#e{mid} id=m{mid}>*</a> <b>{subject}</b>\n{skeleton}\n"
            f"From: {writer} @ 2026-11-17  9:20 UTC (<a href=\"../{mid}@x.example/\">permalink</a> / "
            f"<a href=\"../{mid}@x.example/raw\">raw</a>)\n  To: {to}\n\n{body}\n\n"
            f"<a href=#r{mid} id=e{mid}>^</a> <a href=\"../{mid}@x.example/#R\">reply</a>\t"
            f"<a href=\"#j1\" id=r{mid}>[flat|nested]</a> 3+ messages in thread</pre><hr>")


def inbox_page(stylesheet: str = COLOR) -> str:
    """A thread of three: a question, a reply with numbered steps (wrapped lines indented under them) and its
    signature, the poster's follow-up 「问：」 lines, then a reply 「答：」 to each and a closing remark."""
    subject = "[gw] 猫切不到串口模式"
    return (f"<html><head><title>{subject}</title><link rel=stylesheet href=\"{stylesheet}\"/></head><body>"
            "<form action=\"../\"><pre><a href=\"../?t=1\"><b>gw-users</b></a> <input name=q type=text/>"
            "<input type=submit value=search/> <a href=\"../_/text/help/\">help</a> / <a href=\"../_/text/color/\">"
            "color</a> / <a id=mirror href=\"../_/text/mirror/\">mirror</a> / <a href=\"../new.atom\">Atom feed</a>"
            "</pre></form>"
            + message("a1", subject, "@ 2026-11-17  8:41 王磊\n  0 siblings, 2 replies; 3+ messages in thread", "王磊",
                      "gw-users", "猫插上以后 lsusb 显示 12d1:14dc，\n是网卡模式，怎么切成串口？")
            + message("b2", f"Re: {subject}", "@ 2026-11-17  9:20 ` Dmitry\n  1 sibling, 0 replies", "Dmitry",
                      "王磊; +Cc: gw-users", "On Mon, Nov 17, 2026 at 08:41, 王磊 wrote:\n&gt; 是网卡模式\n\n"
                      "切换的步骤：\n\n1. 装 usb-modeswitch：sudo apt install\n   usb-modeswitch\n"
                      "2. 执行 usb_modeswitch -J ，\n   lsusb 变成 12d1:1506 就对了。\n3. 重启网关服务。\n\n"
                      "规则写进 /etc/usb_modeswitch.d/ 以后每次开机\n都会自动切换。\n\n--\nDmitry")
            + message("c3", f"Re: {subject}", "@ 2026-11-17 10:02 ` 王磊", "王磊", "Dmitry",
                      "谢谢！切好了。\n问：中文短信为什么是问号？\n问：一条最多能发多少字？")
            + message("d4", f"Re: {subject}", "@ 2026-11-18  3:15 ` 张敏", "张敏", "王磊",
                      "答：要把 charset 设成 UCS2，\n默认的 GSM 字母表里没有汉字。\n\n答：UCS2 一条最多 70 个字。\n\n"
                      "另外提醒一句：每小时超过 200 条\n会被当成垃圾短信封卡。\n\n张敏")
            + "<pre id=t><b id=t>Thread overview:</b> 3+ messages (download: <a href=\"t.mbox.gz\">mbox.gz</a>)\n"
              "2026-11-17  8:41 <a href=#ma1>[gw] 猫切不到串口模式</a> 王磊\n</pre><hr><pre>This is a public inbox, see "
              "<a href=\"../_/text/mirror/\">mirroring instructions</a>\nfor how to clone and mirror all data and code "
              "used for this inbox</pre></body></html>")


def test_each_public_inbox_mail_is_its_own_text_without_the_archive_chrome() -> None:
    # holdout266: every message was a part titled by the subject, its skeleton, headers, quote, signature and links
    # its text, and the thread overview and mirroring notice two passages
    frags = texts(cut(inbox_page()))
    assert frags[0] == ("section", "[gw] 猫切不到串口模式", "猫插上以后 lsusb 显示 12d1:14dc，是网卡模式，怎么切成串口？")
    text = all_text(cut(inbox_page()))
    for chrome in ("siblings", "From:", "permalink", "To:", "wrote:", "> 是网卡模式", "[flat|nested]", "Thread overview",
                   "public inbox", "Atom feed", "--\nDmitry"):
        assert chrome not in text
    assert ("section", "Dmitry", "规则写进 /etc/usb_modeswitch.d/ 以后每次开机都会自动切换。") in frags


def test_a_public_inbox_mails_numbered_lines_are_steps_and_its_answers_paired() -> None:
    # holdout266: the numbered steps stayed one passage with the paragraphs around them (titled by their lead line
    # now, what follows them the writer's again); the 答： paragraphs were one
    # fragment, the reply's last paragraph cut off with the signature and the links
    frags = cut(inbox_page())
    assert {f.procedure.title for f in frags if f.type == "step" and f.procedure is not None} == {"切换的步骤"}
    steps = [(f.title, f.text) for f in frags if f.type == "step"]
    assert steps == [("装 usb-modeswitch", "装 usb-modeswitch：sudo apt install usb-modeswitch"),
                     ("执行 usb_modeswitch -J", "执行 usb_modeswitch -J ，lsusb 变成 12d1:1506 就对了。"),
                     ("重启网关服务", "重启网关服务。")]
    qa = [(f.title, f.text) for f in frags if f.type == "qa"]
    assert qa == [("中文短信为什么是问号？", "要把 charset 设成 UCS2，默认的 GSM 字母表里没有汉字。"),
                  ("一条最多能发多少字？", "UCS2 一条最多 70 个字。")]
    assert ("section", "张敏", "另外提醒一句：每小时超过 200 条会被当成垃圾短信封卡。") in texts(frags)


def test_a_page_without_public_inboxs_stylesheets_is_read_as_it_was() -> None:
    assert "permalink" in all_text(cut(inbox_page(stylesheet="/css/site.css")))
