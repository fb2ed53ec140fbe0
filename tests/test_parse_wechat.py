"""A WeChat chat WechatExporter exported as HTML: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def message(number: int, side: str, name: str, text: str, kind: int = 1, extra: str = "") -> str:
    """A message as WechatExporter writes one: the avatar, the name and time, the bubble."""
    return (f'<div class="msg chat-{side} {extra}" msgid="{number}" msgtype="{kind}">'
            '<div class="avatar-box"><img src="Portrait/a.jpg" class="avatar"></div>'
            f'<div class="nt-box"><span class="name-{side}">{name}</span> 2026-11-14 20:{number:02d}:12</div>'
            f'<div class="content-box msg"><div class="triangle"></div><span class="dont-break-out">{text}</span></div></div>')


def card(number: int, side: str, name: str, kind: str, inner: str, app: str) -> str:
    """A card (a shared link, a transfer): its text, then the app it comes from."""
    return (f'<div class="msg chat {kind} chat-{side}" msgid="{number}" msgtype="49">'
            '<div class="avatar-box"><img src="Portrait/a.jpg" class="avatar" /></div>'
            f'<div class="nt-box"><span class="dspname chat-{side}">{name}</span> 2026-11-14 20:{number:02d}:12</div>'
            f'<div class="content-box"><div class="triangle"></div><div>{inner}</div>'
            f'<div class="appinfo"><img src="res/x.png" class="app-icon" /><span class="app-name">{app}</span></div></div></div>')


def notice(text: str, extra: str = "") -> str:
    return f'<div class="msg chat-notice {extra}"><span class="dont-break-out">{text}</span></div>'


def export(*messages: str) -> str:
    return ('<!doctype html><html><head><meta charset="utf-8"><title>与 阿力｜手机卡代办 的聊天记录</title></head><body>'
            '<div class="header"><div class="session-name">阿力｜手机卡代办</div><div class="export-info">'
            '导出时间：2026-11-20 22:41　消息数：61　导出工具：WechatExporter 1.8.0.10</div></div>'
            + notice("2026年11月14日 20:05", "time-sep") + "".join(messages) + "</body></html>")


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("chat.html", "chat", page, "html", "0"))[1]


def test_a_chat_reads_as_questions_with_their_answers_titled_by_its_name() -> None:
    # read as a page, every fragment was titled 「与 … 的聊天记录」, names, times, notices, the
    # placeholders and the transfer were text, the link card was lost and the lead-in line of the
    # numbered lines went
    page = export(
        message(1, "right", "林娜", "这张卡能换个号码吗？"),
        message(2, "right", "林娜", "[表情]", kind=47),
        message(3, "left", "阿力｜手机卡代办", "可以，步骤是这样：<br>1. 打开 My Kcell<br>2. 点「Смена номера」"),
        notice('系统消息："阿力｜手机卡代办" 撤回了一条消息'),
        message(4, "right", "林娜", "那微信要改吗", kind=1),
        card(5, "left", "阿力｜手机卡代办", "share",
             '<div style="display:table-cell;"><img src="s.jpg" /></div><div style="display:table-cell;">'
             '<div><a href="https://mp.weixin.qq.com/s/x"><b>换手机号后微信怎么跟着改</b></a></div>'
             '<div><span class="dont-break-out msg-text">换绑顺序……</span></div></div>', "哈萨克斯坦华人生活"),
        card(6, "right", "林娜", "transfer", '<div><span class="dont-break-out msg-text"><pre>转账 ¥20.00\n代办费</pre>'
             '</span></div>', "微信转账"),
        notice("以下为新消息", "fmsgtag"),
        message(7, "right", "林娜", "[语音] 9&quot;", kind=34),
        message(8, "right", "林娜", "太感谢了！"))
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("qa", "这张卡能换个号码吗？", "可以，步骤是这样：\n打开 My Kcell\n点「Смена номера」"),
        ("qa", "那微信要改吗", "换手机号后微信怎么跟着改\n换绑顺序……"),
        ("section", "阿力｜手机卡代办", "太感谢了！")]


def test_a_reply_loses_the_message_it_quotes() -> None:
    quoted = ('<span class="dont-break-out refermsg msg-text">「林娜：余额还在吗」</span><br /><span>- - - - - - - -</span>'
              '<br /><span class="dont-break-out msg-text">都在，放心。</span>')
    page = export(message(1, "right", "林娜", "余额还在吗？"), message(2, "left", "阿力", "在的。"),
                  message(3, "right", "林娜", "真的吗？"),
                  f'<div class="msg chat chat-left" msgid="4" msgtype="49"><div class="avatar-box"><img class="avatar"></div>'
                  f'<div class="nt-box"><span class="dspname chat-left">阿力</span> 2026-11-14 20:04:12</div>'
                  f'<div class="content-box"><div class="triangle"></div>{quoted}</div></div>')
    assert [(f.title, f.text) for f in cut(page)][-1] == ("真的吗？", "都在，放心。")


def test_class_names_alone_make_no_export() -> None:
    # bubbles without the exporter's avatar and name boxes are a page's, read as a page
    page = ('<html><body><article><h1>聊天记录</h1><div class="msg chat-left"><div class="content-box">可以换。</div></div>'
            '<div class="msg chat-right"><div class="content-box">要多少钱？</div></div></article></body></html>')
    assert [(f.type, f.title, f.text) for f in cut(page)] == [("section", "聊天记录", "可以换。\n要多少钱？")]
