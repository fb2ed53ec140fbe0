"""A Messenger chat Meta's 「Download your information」 exported as HTML: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def message(name: str, text: str, when: str, reactions: str = "") -> str:
    """A message as Meta writes one since 2022: the sender, the content (the text, then the
    reactions' list), the timestamp."""
    listed = f'<div><ul class="_a6-q">{reactions}</ul></div>' if reactions else ""
    return ('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">'
            f'<div class="_3-95 _2pim _a6-h _a6-i">{name}</div>'
            f'<div class="_3-95 _a6-p"><div><div></div><div>{text}</div><div></div><div></div>{listed}</div></div>'
            f'<div class="_3-94 _a6-o"><div class="_a72d">{when}</div></div></div>')


def photo(name: str, when: str) -> str:
    """A photo sent alone: its link into the export's folder, no text."""
    return ('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">'
            f'<div class="_3-95 _2pim _a6-h _a6-i">{name}</div>'
            '<div class="_3-95 _a6-p"><div><div></div><div></div><div><a href="messages/inbox/chat_1/photos/1_n.jpg">'
            '<img src="messages/inbox/chat_1/photos/1_n.jpg" class="_a6_o _3-96" /></a></div><div></div></div></div>'
            f'<div class="_3-94 _a6-o"><div class="_a72d">{when}</div></div></div>')


def export(*messages: str) -> str:
    return ('<html><head><meta charset="utf-8" /><title>在哈华人 · 话费群</title></head><body class="_5vb_ _2yq _a7o5">'
            '<div class="clearfix _ikh"><div class="_4bl9"><div class="_li"><div class="_a705">'
            '<div class="_3-8y _3-95 _a70a"><div class="_a70b"><a href="index.html"><img class="_a70c" alt="Facebook" '
            'src="files/Facebook_Logo_Primary.png" /></a></div><div class="_a70d"><a href="messages/index.html">Messages</a>'
            '</div></div><div class="_a706" role="main"><div class="_3b0d"><h1 class="_a70f">在哈华人 · 话费群</h1>'
            '<div class="_3-95 _2pim _a70g">Participants: Jing Li, 周伟 Wei and 王小明</div></div>'
            + "\n".join(messages) + "</div></div></div></div></div></body></html>")


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("message_1.html", "message_1", page, "html", "0"))[1]


def test_a_chat_reads_oldest_first_as_questions_with_their_answers_titled_by_its_name() -> None:
    # read as a page, every fragment was titled by the chat's name, names, timestamps, reactions and the
    # app's notices were text, and, the newest message first, each answer stood before its question
    page = export(
        message("Jing Li", "到账了，余额 5 300 多", "Mar 02, 2026 10:12:27 pm", '<li><span>❤️周伟 Wei</span></li>'),
        message("王小明", "王小明 sent an attachment.", "Mar 02, 2026 10:06:00 pm"),
        message("周伟 Wei", "能，Altel 和 Tele2 是同一家公司。", "Mar 02, 2026 10:04:45 pm",
                '<li><span>👍Jing Li</span></li><li><span>🎉王小明</span></li>'),
        message("Jing Li", "Altel 的号码被识别成 Tele2，能到账吗？", "Mar 02, 2026 10:02:10 pm"),
        message("Jing Li", "Jing Li unsent a message.", "Mar 02, 2026 10:01:33 pm"),
        photo("王小明", "Mar 02, 2026 9:41:55 pm"),
        message("王小明", "这是我上次充值的截图", "Mar 02, 2026 9:41:30 pm"))
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("section", "在哈华人 · 话费群", "这是我上次充值的截图"),
        ("qa", "Altel 的号码被识别成 Tele2，能到账吗？", "能，Altel 和 Tele2 是同一家公司。"),
        ("section", "在哈华人 · 话费群", "到账了，余额 5 300 多")]


def test_the_newest_message_first_puts_the_question_before_its_answer() -> None:
    # the page's order is the newest first: the answer stands above the question, the opening message last
    page = export(
        message("周伟 Wei", "最高的面额是 20 000 ₸。", "Mar 03, 2026 10:14:20 am"),
        message("王小明", "支付宝小程序一次最多能充多少？", "Mar 03, 2026 10:11:02 am"),
        message("Jing Li", "收到，我去试试", "Mar 02, 2026 9:17:40 pm"),
        message("周伟 Wei", "在支付宝首页搜「国际话费充值」。", "Mar 02, 2026 9:16:22 pm"),
        message("Jing Li", "有什么办法从国内给哈萨克的号码充钱吗？", "Mar 02, 2026 9:14:05 pm"))
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("qa", "有什么办法从国内给哈萨克的号码充钱吗？", "在支付宝首页搜「国际话费充值」。"),
        ("section", "在哈华人 · 话费群", "收到，我去试试"),
        ("qa", "支付宝小程序一次最多能充多少？", "最高的面额是 20 000 ₸。")]


def test_an_export_from_before_2022_reads_alike() -> None:
    # Meta's older class names (_2lej, _2let, _2lem), the timestamp right in its div, no <h1>
    def old(name: str, text: str, when: str) -> str:
        return (f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">{name}'
                f'</div><div class="_3-96 _2let"><div><div></div><div>{text}</div><div></div><div></div></div></div>'
                f'<div class="_3-94 _2lem">{when}</div></div>')
    page = ('<html><head><title>Kcell 互助</title></head><body><div class="_4t5n" role="main">'
            + old("Aigerim", "查到了，还剩 800", "Jul 14, 2020 9:06:45am")
            + old("Aigerim", "Kcell 的余额怎么查？", "Jul 14, 2020 9:05:10am") + old("Ли", "拨 *100#。", "Jul 14, 2020 9:03:29am")
            + "</div></body></html>")
    assert [(f.type, f.title, f.text) for f in cut(page)] == [     # the answer first in time
        ("section", "Kcell 互助", "拨 *100#。\nKcell 的余额怎么查？\n查到了，还剩 800")]
    page = page.replace("9:05:10am", "9:02:10am")       # the question first in time
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("qa", "Kcell 的余额怎么查？", "拨 *100#。"), ("section", "Kcell 互助", "查到了，还剩 800")]


def test_class_names_alone_make_no_export() -> None:
    # Meta's boxes without a sender and a timestamp (a page styled like the export) are read as any page
    page = ('<html><head><title>充值说明</title></head><body><article><h1>充值说明</h1>'
            '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_2pim">第一步</div>'
            '<div class="_a6-p">打开支付宝。</div><div class="_a6-o">搜「国际话费充值」。</div></div>'
            '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_2pim">第二步</div>'
            '<div class="_a6-p">选哈萨克斯坦。</div><div class="_a6-o">输入号码。</div></div></article></body></html>')
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("section", "充值说明", "第一步\n打开支付宝。\n搜「国际话费充值」。\n第二步\n选哈萨克斯坦。\n输入号码。")]
