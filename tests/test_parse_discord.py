"""A Discord channel DiscordChatExporter exported as HTML: what a reader gets from it, fragment by
fragment."""
from __future__ import annotations

import html

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def container(number: int, text: str = "", author: str = "", *, reply: tuple[int, str, str] | None = None,
              embed: str = "", reactions: bool = False) -> str:
    """A message as DiscordChatExporter writes one: its avatar and header when it opens a group (a
    short timestamp otherwise), the reply it quotes, its text, embed and reactions."""
    aside = ('<img class="chatlog__avatar" src="a.png" alt="Avatar">' if author else
             '<div class="chatlog__short-timestamp" title="2026/03/14 下午 08:16">20:16</div>')
    primary = ""
    if reply:
        target, replied, quote = reply
        primary += (f'<div class="chatlog__reply"><img class="chatlog__reply-avatar" src="a.png" alt="Avatar">'
                    f'<div class="chatlog__reply-author" title="{replied}">{replied}</div><div class="chatlog__reply-content">'
                    f'<span class="chatlog__reply-link" onclick="scrollToMessage(event, \'{target}\')">{quote}</span>'
                    '</div></div>')
    if author:
        primary += (f'<div class="chatlog__header"><span class="chatlog__author" title="{html.escape(author)}">'
                    f'{html.escape(author)}</span> <span class="chatlog__timestamp" title="2026/03/14 下午 08:15">'
                    f'<a href="#chatlog__message-container-{number}">2026/03/14 下午 08:15</a></span></div>')
    if text:
        primary += (f'<div class="chatlog__content chatlog__markdown"><span class="chatlog__markdown-preserve">'
                    f'<!--wmm:ignore-->{text}<!--/wmm:ignore--></span></div>')
    primary += embed
    if reactions:
        primary += ('<div class="chatlog__reactions"><div class="chatlog__reaction" title="thumbsup">'
                    '<img class="chatlog__emoji" alt="👍" src="x.svg"><span class="chatlog__reaction-count">7</span></div></div>')
    return (f'<div id="chatlog__message-container-{number}" class="chatlog__message-container" data-message-id="{number}">'
            f'<div class="chatlog__message"><div class="chatlog__message-aside">{aside}</div>'
            f'<div class="chatlog__message-primary">{primary}</div></div></div>')


def pin(number: int, author: str, pinned: int) -> str:
    return (f'<div id="chatlog__message-container-{number}" class="chatlog__message-container"><div class="chatlog__message">'
            '<div class="chatlog__message-aside"><svg class="chatlog__system-notification-icon"></svg></div>'
            f'<div class="chatlog__message-primary"><span class="chatlog__system-notification-author">{author}</span>'
            f'<span class="chatlog__system-notification-content">pinned <a href="#chatlog__message-container-{pinned}">'
            'a message</a> to this channel.</span><span class="chatlog__system-notification-timestamp">'
            '<a href="#x">2026/03/14 下午 08:27</a></span></div></div></div>')


def group(*containers: str) -> str:
    return '<div class="chatlog__message-group">' + "".join(containers) + "</div>"


def export(*groups: str, topic: str = "手機、門號等生活問題。發問前先看釘選訊息。") -> str:
    return ('<!DOCTYPE html><html lang="en"><head><title>哈薩克華人互助會 - 問題求助 [1098765]</title>'
            '<meta charset="utf-8"></head><body><div class="preamble"><div class="preamble__guild-icon-container">'
            '<img class="preamble__guild-icon" src="g.png" alt="Guild icon"></div><div class="preamble__entries-container">'
            '<div class="preamble__entry">哈薩克華人互助會</div><div class="preamble__entry">生活資訊 / 問題求助</div>'
            f'<div class="preamble__entry preamble__entry--small">{topic}</div></div></div>'
            '<div class="chatlog">' + "".join(groups) + '</div><div class="postamble">'
            '<div class="postamble__entry">Exported 214 message(s)</div></div></body></html>')


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("channel.html", "channel", page, "html", "0"))[1]


def test_a_channel_reads_as_a_chat_titled_by_its_channel() -> None:
    # the channel and its topic's first sentence title it (not the guild); the preamble, authors,
    # timestamps, the quote a reply repeats, the pin notice, reactions and the postamble are no
    # text; the question is answered by the group that replies to it, its <br> lines (「1）」 items
    # and the sentence after them) each a line
    page = export(
        group(container(1, "各位好🙏<br>請問同事拿什麼文件去才辦得了？", "小魚 Yu"),
              container(2, "順便問，能不能轉到 Kcell？")),
        group(container(3, "同事去門市那天要帶：<br>1）公證委託書<strong>正本</strong><br>2）你的護照影本<br>"
                           "補卡從餘額扣，記得先儲值。", "阿哲｜通訊板主", reply=(1, "小魚 Yu", "各位好🙏 請問同事…"),
                        reactions=True)),
        group(pin(4, "阿哲｜通訊板主", 3)),
        group(container(5, "+1，Kcell 說註銷只能本人。", "Kevin 林", reply=(3, "阿哲｜通訊板主", "同事去門市那天要帶…"))))
    frags = cut(page)
    title = "問題求助：手機、門號等生活問題"
    assert {f.article_title for f in frags} == {title}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("qa", "各位好🙏 請問同事拿什麼文件去才辦得了？順便問，能不能轉到 Kcell？",
         "同事去門市那天要帶：\n1）公證委託書正本\n2）你的護照影本\n補卡從餘額扣，記得先儲值。"),
        ("section", title, "+1，Kcell 說註銷只能本人。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("哈薩克華人互助會", "生活資訊", "小魚", "阿哲", "Kevin", "2026/03/14", "20:16", "pinned", "Exported", "👍",
                 "請問同事…", "發問前"):
        assert gone not in text


def test_a_bots_embed_keeps_its_title_and_fields_as_text() -> None:
    # an embed's title, description and fields (「name：value」) are the bot's message; its footer
    # is furniture; a long topic leaves the channel's name alone as the title
    embed = ('<div class="chatlog__embed"><div class="chatlog__embed-content-container"><div class="chatlog__embed-content">'
             '<div class="chatlog__embed-text"><div class="chatlog__embed-title"><div class="chatlog__markdown">'
             '📌 委託書速查</div></div><div class="chatlog__embed-description"><div class="chatlog__markdown">'
             '以門市為準。</div></div><div class="chatlog__embed-fields"><div class="chatlog__embed-field">'
             '<div class="chatlog__embed-field-name"><div class="chatlog__markdown">一定要公證委託書</div></div>'
             '<div class="chatlog__embed-field-value"><div class="chatlog__markdown">補卡、換卡</div></div></div>'
             '</div></div></div></div><div class="chatlog__embed-footer"><span class="chatlog__embed-footer-text">'
             '輸入 /範本 取得範本</span></div></div>')
    page = export(group(container(1, "補卡要什麼委託書？", "美美")),
                  group(container(2, "要公證的。", "阿哲")),
                  group(container(3, "", "通訊小幫手", embed=embed)),
                  topic="這個頻道討論手機、門號、銀行、簽證、租房、看病、交通罰單和其他在哈薩克生活會遇到的各種問題。")
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("qa", "補卡要什麼委託書？", "要公證的。"),
        ("section", "問題求助", "📌 委託書速查\n以門市為準。\n一定要公證委託書：補卡、換卡")]


def test_class_names_alone_make_no_export() -> None:
    # a page with a chat log but no exporter's preamble is read as a page, as before
    page = ('<html><body><article><h1>聊天記錄</h1><div class="chatlog"><div class="chatlog__message-group">'
            '<div class="chatlog__message-container"><div class="chatlog__message-primary"><span class="chatlog__author">'
            '阿哲</span><div class="chatlog__content">要公證的。</div></div></div></div></div></article></body></html>')
    assert [(f.type, f.title, f.text) for f in cut(page)] == [("section", "聊天記錄", "要公證的。")]
