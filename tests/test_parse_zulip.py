"""A Zulip conversation as the web app shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

TOPIC = "汛期通信：运营商免费措施"


def message(zid: int, sender: str, time: str, content: str, *, reactions: str = "") -> str:
    """A message row as the app draws one: the avatar, the sender (none in a row continuing the same
    sender's), the time, the rendered text and the reactions."""
    head = (f'<div class="message_avatar"><img src="./files/avatar.png" alt=""></div><span class="message_sender">'
            f'<span class="sender_info_hover sender_name" role="button"><span class="user-name">{sender}</span></span></span>'
            if sender else '<span class="message_sender"></span>')
    more = f'<div class="message_reactions"><div class="message_reaction_count">{reactions}</div></div>' if reactions else ""
    return (f'<div zid="{zid}" id="message-row-2-{zid}" class="message_row{" include-sender" if sender else ""} '
            f'selectable_row" role="listitem"><div class="messagebox"><div class="messagebox-content">{head}'
            f'<a href="#narrow/channel/7-x/topic/y/near/{zid}" class="message_time">{time}</a>'
            f'<div class="message_content rendered_markdown">{content}</div>{more}</div></div></div>')


def recipient_row(topic: str, *messages: str, zid: int = 1) -> str:
    return (f'<div class="recipient_row" id="message-group-2-{zid}"><div class="message_header message_header_stream">'
            '<div class="message-header-contents"><a class="message_label_clickable stream_label" href="#narrow/channel/7">'
            '<span class="message-header-stream-name">安全与后勤</span></a><span class="copy-paste-text">&gt;</span>'
            f'<span class="stream_topic"><a class="message_label_clickable" href="#t"><span class="stream-topic-inner">{topic}'
            '</span></a></span><span class="recipient_row_date">2026年4月7日 星期二</span></div></div>'
            + "".join(messages) + '</div>')


def page(*rows: str) -> str:
    """The web app's page: the navbar, the left sidebar, the message list between its bookends, the compose box."""
    return ('<!DOCTYPE html><html><head><title>#安全与后勤 &gt; 汛期通信 - 丝路建工 KZ - Zulip</title></head><body>'
            '<div class="app"><div id="navbar"><span id="realm-navbar-name">丝路建工 KZ</span>'
            '<span class="message-header-navbar-title">安全与后勤</span></div>'
            '<div id="left-sidebar"><ul><li><a href="#inbox">收件箱</a></li><li><a href="#recent">最近的对话</a></li></ul></div>'
            '<div class="message-list"><div class="bookend_tr"><div class="bookend sub-unsub-message">'
            '<span class="stream-status">你已订阅频道 #安全与后勤</span></div></div>' + "".join(rows)
            + '<div class="bookend_tr"><div class="bookend"><span class="recent-topics-link">查看最近的对话</span></div></div>'
            '</div><div id="compose"><div id="compose_recipient_box"><span>#安全与后勤</span></div>'
            '<textarea placeholder="发消息"></textarea><button>发送</button></div></div></body></html>')


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("topic.html", "topic", html, "html", "0"))[1]


def test_a_topic_reads_as_a_chat_titled_by_its_topic_without_the_apps_chrome() -> None:
    # read as a page, the bookend, the recipient bar, every 「name time」 line, 「查看最近的对话」 and the
    # compose box were text, a sender's line ended the previous message's fragment, and a question sat
    # in another fragment than its answer; the continuation row (no sender) is its sender's
    frags = cut(page(recipient_row(
        TOPIC,
        message(10, "王磊", "09:12", "<p>先把通信理清楚：</p><ol><li>三家的免费措施各是什么</li>"
                                     "<li>没电的时候怎么跟家里报平安</li></ol><p>知道的直接回复。</p>", reactions="6"),
        message(11, "刘婷", "09:40", "<ul><li><strong>Kcell</strong>：自动送 10 GB 流量，不用申请。</li></ul>"),
        message(12, "", "09:41", "<p>补一句：按基站位置算。</p>"),
        message(13, "周宇", "15:07", "<p>问一下，不停机的钱是不是就不用还了？</p>"),
        message(14, "刘婷", "15:12", "<p>要还的，欠的钱照样记在余额上。</p>", reactions="1"))))
    assert {f.article_title for f in frags} == {TOPIC}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("qa", "先把通信理清楚： 1. 三家的免费措施各是什么 2. 没电的时候怎么跟家里报平安知道的直接回复。",
         "Kcell：自动送 10 GB 流量，不用申请。\n补一句：按基站位置算。"),
        ("qa", "问一下，不停机的钱是不是就不用还了？", "要还的，欠的钱照样记在余额上。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("你已订阅", "安全与后勤", "2026年4月7日", "王磊", "09:12", "09:41", "查看最近的对话", "发送",
                 "收件箱", "丝路建工", "Zulip"):
        assert gone not in text


def test_a_quoting_reply_stands_under_the_message_it_quotes_without_the_quote() -> None:
    # the reply kept 「刘婷 说：」 and the quoted sentence again; now it asks under the message it quotes,
    # answered by the next member
    quote = ('<p><span class="user-mention silent" data-user-id="12">刘婷</span> '
             '<a href="#narrow/channel/7-x/topic/y/near/21">说</a>：</p>'
             '<blockquote><p>连续待了 24 小时以上，系统就会自动算进去。</p></blockquote>'
             '<p>那上周才调过来的人呢？</p>')
    frags = cut(page(recipient_row(
        TOPIC,
        message(20, "王磊", "09:12", "<p>大家把各家的措施发上来。</p>"),
        message(21, "刘婷", "09:40", "<p>连续待了 24 小时以上，系统就会自动算进去。</p>"),
        message(22, "王磊", "10:02", quote),
        message(23, "赵建国", "10:15", "<p>系统每天凌晨统计一次，漏掉的可以让客服手动加。</p>"))))
    assert [(f.type, f.title, f.text) for f in frags][-1] == (
        "qa", "那上周才调过来的人呢？", "系统每天凌晨统计一次，漏掉的可以让客服手动加。")
    text = "\n".join(f.title + f.text for f in frags)
    assert "说：" not in text
    assert text.count("连续待了 24 小时以上") == 1


def test_numbered_paragraphs_after_a_lead_in_adding_things_are_facts_not_steps() -> None:
    # 「补充两件营业厅的事：」 over 「1）…」「2）…」 paragraphs was a procedure of two steps
    frags = cut(page(recipient_row(
        TOPIC,
        message(29, "刘婷", "09:00", "<p>营业厅今天照常开门。</p>"),
        message(30, "王磊", "09:12", "<p>明天统一去营业厅。</p>"),
        message(31, "Айгерим", "14:30", "<p>补充两件营业厅的事：</p><p>1）<strong>SIM 卡丢了的</strong>：免费补卡。</p>"
                                         "<p>2）<strong>打不了电话的时候</strong>：112 不用 SIM 卡也能拨。</p>"))))
    assert [(f.type, f.text) for f in frags][-1] == (
        "section", "补充两件营业厅的事：\nSIM 卡丢了的：免费补卡。\n打不了电话的时候：112 不用 SIM 卡也能拨。")


def test_a_page_merely_using_a_message_row_class_is_no_zulip_page() -> None:
    html = ('<html><head><title>帮助</title></head><body><h1>帮助</h1><div class="recipient_row">'
            '<div class="message_row"><div class="message_content"><p>第一段文字。</p></div></div></div></body></html>')
    assert [f.text for f in cut(html)] == ["第一段文字。"]


def test_a_channels_view_of_several_topics_makes_each_topic_a_part() -> None:
    frags = cut(page(
        recipient_row("宿舍断电排班", message(40, "王磊", "08:00", "<p>今晚一号楼停电。</p>"),
                      message(41, "刘婷", "08:05", "<p>二号楼照常。</p>"), message(42, "陈敏", "08:06", "<p>三号楼也停。</p>"),
                      zid=40),
        recipient_row(TOPIC, message(50, "周宇", "15:07", "<p>不停机的钱要还吗？</p>"),
                      message(51, "刘婷", "15:12", "<p>要还的。</p>"), message(52, "陈敏", "15:20", "<p>收到</p>"), zid=50)))
    assert {f.article_title for f in frags} == {"#安全与后勤 > 汛期通信"}
    assert [(f.type, f.title, f.text) for f in frags][-1] == ("qa", "不停机的钱要还吗？", "要还的。")
    assert {f.path[-1] for f in frags} == {"宿舍断电排班", TOPIC}
