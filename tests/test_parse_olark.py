"""An Olark chat transcript as Olark e-mails it to the operators: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def row(time: str, side: str, name: str, text: str) -> str:
    """A message as the transcript's table writes one: timestamp, nickname, message."""
    return (f'<tr><td class="olark-timestamp">({time})</td><td class="olark-nickname-{side}">{name}:</td>'
            f'<td class="olark-message">{text}</td></tr>')


def transcript(*rows: str) -> str:
    return ('<html><head><title>Olark transcript: 行李没到（访客 #48213）</title></head><body>'
            '<div class="olark-header"><img src="logo.png" alt="Olark"><span>Chat transcript</span></div>'
            '<div class="olark-email-intro"><p>Hi Support, here is the transcript of a chat on '
            '<a href="https://example.kz">example.kz</a>.</p><p><a href="https://app.olark.com/t/1">View this '
            'transcript in Olark</a> · <a href="https://app.olark.com/v/1">Visitor profile</a></p></div>'
            '<table class="olark-visitor-info"><tr><th>Visitor</th><td>王女士 (visitor #48213)</td></tr>'
            '<tr><th>Location</th><td>Almaty, Kazakhstan</td></tr></table><hr>'
            '<table class="transcript">' + "".join(rows) + '</table><hr>'
            '<div class="olark-rating">Visitor rated this chat: ★★★★★</div>'
            '<div class="olark-footer"><p>This transcript was sent automatically by Olark live chat.</p></div>'
            '</body></html>')


def test_a_transcript_reads_as_the_visitors_questions_with_the_operators_answers() -> None:
    # read as a page, the intro and the visitor's details were parts, every fragment was titled
    # 「Olark transcript: …」, and the chat was one table cut into row groups repeating its first row,
    # timestamps and nicknames as text, a question cut from its answer
    page = transcript(
        row("09:41:07", "visitor", "王女士", "你好，我的箱子没到，怎么查？"),
        row("09:41:52", "operator", "Aigerim S.", "您好，我是行李查询台的 Aigerim。"),
        row("09:42:30", "visitor", "王女士", "留的是中国手机号，会收到短信吗？"),
        row("09:43:15", "operator", "Aigerim S.", "<b>一、短信发到哪个号码</b><br>只给 +7 号码发短信。"),
        row("09:43:58", "operator", "Aigerim S.", "<b>二、改号码的步骤</b><br>1. 打开网站。<br>2. 输入 PIR 编号。"),
        row("09:45:20", "visitor", "王女士", "收短信要钱吗？"),
        row("09:45:47", "operator", "Aigerim S.", "接收短信是免费的。"))
    # the operator's point after its own answer (「二、改号码的步骤」) is a part of its own: its numbered lines steps
    frags = cut(page)
    assert texts(frags) == [
        ("qa", "你好，我的箱子没到，怎么查？", "您好，我是行李查询台的 Aigerim。"),
        ("qa", "留的是中国手机号，会收到短信吗？", "一、短信发到哪个号码\n只给 +7 号码发短信。"),
        ("step", "打开网站", "打开网站。"),
        ("step", "输入 PIR 编号", "输入 PIR 编号。"),
        ("qa", "收短信要钱吗？", "接收短信是免费的。")]
    assert frags[2].procedure is not None and frags[2].procedure.title == "改号码的步骤"


def test_the_chat_goes_on_under_its_name_after_an_operators_point() -> None:
    page = transcript(
        row("09:40:50", "visitor", "王女士", "你好，我的箱子没到。"),
        row("09:41:07", "visitor", "王女士", "能用短信查状态吗？"),
        row("09:41:52", "operator", "Aigerim S.", "可以。"),
        row("09:42:10", "operator", "Aigerim S.", "<b>三、状态说明</b><br>FOUND 是已找到。"),
        row("09:42:30", "visitor", "王女士", "送货收费吗？"),
        row("09:43:15", "operator", "Aigerim S.", "30 公里以内免费。"),
        row("09:43:40", "visitor", "王女士", "好的，我现在就去改号码。"),
        row("09:43:58", "operator", "Aigerim S.", "祝您一切顺利，有问题再来聊天。"))
    assert texts(cut(page)) == [
        ("qa", "你好，我的箱子没到。能用短信查状态吗？", "可以。"),
        ("section", "状态说明", "FOUND 是已找到。"),
        ("qa", "送货收费吗？", "30 公里以内免费。"),
        ("section", "行李没到", "好的，我现在就去改号码。\n祝您一切顺利，有问题再来聊天。")]


def test_the_chat_is_titled_by_the_subject_without_olarks_words() -> None:
    page = transcript(row("09:41:07", "visitor", "王女士", "好的，谢谢！"),
                      row("09:41:52", "operator", "Aigerim S.", "不客气，祝您一切顺利。"))
    assert {f.title for f in cut(page)} == {"行李没到"}


def test_class_names_alone_make_no_transcript() -> None:
    # message cells without a nickname cell beside them are a page's table, read as a page
    page = ('<html><head><title>聊天</title></head><body><article><h1>聊天记录</h1><table>'
            '<tr><td class="olark-message">可以换。</td></tr></table></article></body></html>')
    assert [f.title for f in cut(page)] == ["聊天记录"]


def test_a_chat_too_short_to_part_is_read_whole() -> None:
    # a question and its answer alone before the point are no chat to the text-chat reader: the chat is read
    # whole, the point a line of the answer it follows
    page = transcript(
        row("09:41:07", "visitor", "王女士", "能用短信查状态吗？"),
        row("09:41:52", "operator", "Aigerim S.", "可以。"),
        row("09:42:10", "operator", "Aigerim S.", "<b>三、状态说明</b><br>FOUND 是已找到。"),
        row("09:42:30", "visitor", "王女士", "送货收费吗？"),
        row("09:43:15", "operator", "Aigerim S.", "30 公里以内免费。"))
    assert texts(cut(page)) == [
        ("qa", "能用短信查状态吗？", "可以。\n三、状态说明\nFOUND 是已找到。"),
        ("qa", "送货收费吗？", "30 公里以内免费。")]
