"""A Slack channel as slack-export-viewer shows it, saved as a page: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def message(number: int, author: str, text: str, *, reply: bool = False, subtype: str = "", extra: str = "") -> str:
    """A message as the viewer writes one: the container (an event's subtype its class), the avatar,
    a div.message (a thread's reply a div.reply) of the username, the time and the text."""
    kind, icon = ("reply", "user_icon_reply") if reply else ("message", "user_icon")
    return (f'<div class="message-container{" " + subtype if subtype else ""}"><div id="17609{number:05d}.000100">'
            f'<img src="https://avatars.slack-edge.com/{author}_72.jpg" class="{icon}" /><div class="{kind}">'
            f'<div class="username">{author}\n</div><a href="#17609{number:05d}.000100"><div class="time">'
            f'2025-10-20 09:{number:02d}:00</div></a><div class="msg">\n{text}\n{extra}\t\t</div></div></div></div>')


def reaction(line: str) -> str:
    return f'<div class="message-reaction">\n{line}\n</div>'


UNFURL = ('<div class="message-attachment" style="border-color: #fc3f1d"><div class="service-name">yandex.kz</div>'
          '<div class="link-title"><a href="https://yandex.kz/support/go-app-taxi/ru/lost-items">Забыли вещи в такси — '
          'Справка Яндекс Go</a></div><div class="link-text">\nОткройте «История поездок» и нажмите «Забыли вещи?».\n'
          '</div>\n<!-- no preview available -->\n</div>')


def viewer(*messages: str, channel: str = "cs-calls", active: str = "channel") -> str:
    """The viewer's page: the title, the sidebar (the channel shown marked active), the messages, the script."""
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Slack Export - #' + channel + '</title>'
            '<link rel=stylesheet type=text/css href="/static/viewer.css"></head><body><div id="slack-archive-viewer">'
            '<div id="sidebar"><h3 id="channel-title">Public Channels</h3><ul class="list" id="channel-list">'
            '<li class="channel"><a href="/channel/general/"># general</a></li>'
            f'<li class="channel{" active" if active == "channel" else ""}"><a href="/channel/{channel}/"># {channel}</a></li>'
            '</ul><h3 id="dm-title">Direct Messages</h3><ul class="list" id="dms-list">'
            f'<li class="dm{" active" if active == "dm" else ""}"><a href="/dm/D07QK2M4H1B/">&#128100; Dana Seitkali\n, Li Na</a>'
            '</li></ul></div><div class="messages">' + "".join(messages) + '</div></div><script>(function() {'
            "var sidebar = document.querySelector('#sidebar');})()</script></body></html>")


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("channel.html", "channel", page, "html", "0"))[1]


def test_a_channel_reads_as_a_chat_titled_by_its_channel_each_threads_replies_answering_it() -> None:
    # read as a page, every fragment was titled 「Slack Export」, usernames, times, the join, the topic
    # line and reactions were text; the topic set titles it with the channel, and both replies of
    # the thread answer the question their parent asks
    page = viewer(
        message(1, "li.na", "@li.na has joined the channel", subtype="channel_join"),
        message(2, "dana.seitkali", "set the channel topic: 打车 App 的来电问题（虚拟号）。统一口径看置顶。",
                subtype="channel_topic"),
        message(3, "li.na", "客户说骑手打来显示 +34 开头。<br />+34 这种外国号码正常吗？"),
        message(4, "wang.hao", "正常的。Glovo 的来电经过国际平台转接，<strong>不要回拨</strong>。", reply=True),
        message(5, "dana.seitkali", "补充：被扣的餐费要找 Glovo 申诉，运营商退不了。", reply=True,
                extra=reaction("white_check_mark li.na")),
        message(6, "aigerim.t", "这周整理成知识库文章 KB-2231。", extra=reaction("+1 li.na, yerlan.b")))
    frags = cut(page)
    title = "cs-calls：打车 App 的来电问题（虚拟号）"
    assert {f.article_title for f in frags} == {title}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("qa", "客户说骑手打来显示 +34 开头。 +34 这种外国号码正常吗？",
         "正常的。Glovo 的来电经过国际平台转接，不要回拨。\n补充：被扣的餐费要找 Glovo 申诉，运营商退不了。"),
        ("section", title, "这周整理成知识库文章 KB-2231。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("Slack Export", "li.na", "wang.hao", "dana", "2025-10-20", "joined", "set the channel topic",
                 "white_check_mark", "+1", "general", "Direct Messages", "统一口径"):
        assert gone not in text


def test_an_unfurl_is_its_messages_text_and_titles_nothing() -> None:
    # the unfurled link's title headed every message after it, and its site's name was a line;
    # now the title and summary are the message's own lines and the next question keeps its title
    page = viewer(
        message(1, "wang.hao", "落东西的客户可以直接发这个链接： "
                               '<a href="https://yandex.kz/support/go-app-taxi/ru/lost-items">https://yandex.kz/x</a>',
                extra=UNFURL),
        message(2, "aigerim.t", "Yandex Go 用 +86 号码注册，司机打不通她，原因在我们这边吗？"),
        message(3, "wang.hao", "不在我们这边：让她把手机号改成本地号码。", reply=True))
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "cs-calls", "落东西的客户可以直接发这个链接： https://yandex.kz/x\nЗабыли вещи в такси — Справка Яндекс Go\n"
                                "Откройте «История поездок» и нажмите «Забыли вещи?»."),
        ("qa", "Yandex Go 用 +86 号码注册，司机打不通她，原因在我们这边吗？", "不在我们这边：让她把手机号改成本地号码。")]
    assert "yandex.kz\n" not in "\n".join(f.text for f in frags)


def test_a_reply_that_asks_is_answered_by_the_reply_after_it() -> None:
    # under an announcement (no question), a reply asking is a question of its own, answered by the
    # next reply; the announcement's list items are its lines, and a direct message is titled by its people
    page = viewer(
        message(1, "dana.seitkali", "📌 <strong>【统一口径】陌生号码来电</strong><br /><br />这样回答：<ul>"
                                    "<li>号码保护：你看到的是号码池里的临时号码。</li><li>临时号码只在订单期间有效。</li></ul>"),
        message(2, "yerlan.b", "inDrive 也是号码池吗？", reply=True),
        message(3, "dana.seitkali", "inDrive 默认先用 App 内的网络通话。", reply=True),
        message(4, "li.na", "收到，我按这个回复客户。"),
        channel="D07QK2M4H1B", active="dm")
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "Dana Seitkali, Li Na", "📌 【统一口径】陌生号码来电\n这样回答：\n号码保护：你看到的是号码池里的临时号码。\n"
                                            "临时号码只在订单期间有效。"),
        ("qa", "inDrive 也是号码池吗？", "inDrive 默认先用 App 内的网络通话。"),
        ("section", "Dana Seitkali, Li Na", "收到，我按这个回复客户。")]


def test_class_names_alone_make_no_export() -> None:
    # messages laid out with the viewer's class names but outside its #slack-archive-viewer are a page, as before
    page = ('<html><head><title>聊天记录</title></head><body><article><h1>聊天记录</h1><div class="messages">'
            + message(1, "li.na", "号码池是什么？") + message(2, "wang.hao", "平台租的一批号码。", reply=True)
            + "</div></article></body></html>")
    texts = "\n".join(f.text for f in cut(page))
    assert "li.na" in texts and not any(f.type == "qa" for f in cut(page))
