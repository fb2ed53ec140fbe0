"""An e-mail Outlook saved as a web page (Word's HTML: MsoNormal paragraphs, WordSection1, a header block on
top and the quoted original under a ruled div): read as the `.txt` e-mail reader reads a reply — its subject
the title, no header blocks, salutation, sign-off, signature or disclaimer, the quoted original a part of its
own — and Word's bold part titles and run-in FAQ as headings and questions."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

WORD_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns="http://www.w3.org/TR/REC-html40"><head><meta name=ProgId content=Word.Document>'
             '<title>{title}</title></head><body lang=ZH-CN><div class=WordSection1>')
WORD_TAIL = "</div></body></html>"
BLANK = "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"


def p(text: str) -> str:
    return f"<p class=MsoNormal><span>{text}<span lang=EN-US><o:p></o:p></span></span></p>"


def bold(text: str) -> str:
    return f"<p class=MsoNormal><b><span>{text}<span lang=EN-US><o:p></o:p></span></span></b></p>"


def asked(question: str, answer: str) -> str:
    return f"<p class=MsoNormal><b><span>{question}</span></b><span>{answer}<o:p></o:p></span></p>"


def headers(sender: str, sent: str, to: str, subject: str) -> str:
    return (f"<p class=MsoNormal><b><span>发件人<span lang=EN-US>:</span></span></b><span> {sender}<br>"
            f"</span><b>发送时间<span lang=EN-US>:</span></b><span> {sent}<br>"
            f"</span><b>收件人<span lang=EN-US>:</span></b><span> {to}<br>"
            f"</span><b>主题<span lang=EN-US>:</span></b><span> {subject}<o:p></o:p></span></p>")


REPLY = "".join([
    headers("Kcell 中文客服 &lt;cn.support@kcell.kz&gt;", "2026年10月28日 星期三 10:12", "王磊 &lt;w@163.com&gt;",
            "RE: 手动选网的问题 [Ticket#KC-2026-1027-48311]"),
    BLANK, p("王磊先生，您好！"), BLANK,
    p("感谢您 10 月 27 日的来信，下面逐一说明。"), BLANK,
    bold("一、为什么手机会自己连到中国的网络"),
    p("中方一侧的基站信号更强，手机会自动登记上去。"), BLANK,
    bold("二、网络列表里的名称和 401 01、401 02、401 77 这些数字是什么意思"),
    p("这串数字叫 PLMN 代码，前三位是国家码。"), BLANK,
    bold("三、您问到的其他几点"),
    asked("手动选网会不会多收钱？", "选网本身不收任何费用。"),
    asked("那几天被扣的漫游费能退吗？", "我们已把 7 640 坚戈退回到您的余额。"), BLANK,
    p("如果还有不清楚的地方，直接回复本邮件即可，请保留邮件主题里的工单号。"), BLANK,
    p("祝好！"), BLANK,
    bold("Aigerim Nurlanova 阿依古丽"), p("客户服务专员 | 中文服务组"),
    p("电话：455 | 境外：+7 727 258 84 55 | www.kcell.kz"), BLANK,
    p("本邮件及其附件含有 Kcell JSC 的保密信息，仅限发送给上面地址中列出的个人或机构。"),
    p("This e-mail and any attachments are confidential and intended solely for the addressee."), BLANK,
    "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>",
    headers("王磊 &lt;w@163.com&gt;", "2026年10月27日 21:47", "cn.support@kcell.kz", "手动选网的问题"),
    "</div>", BLANK,
    p("你好，"), p("我根本没有过关，为什么会算漫游？列表里的 401 01 是什么？"), p("谢谢！"), p("王磊 +7 701 ••• •• 38"),
])


def cut(body: str, title: str = "RE: 手动选网的问题") -> list[Fragment]:
    page = WORD_HEAD.format(title=title) + body + WORD_TAIL
    return parse_source(Source("reply.htm", "reply", page, "html", "0"))[1]


def test_the_reply_is_titled_by_its_subject_without_its_header_block_or_greeting() -> None:
    frags = cut(REPLY)
    assert {f.path[0] for f in frags} == {"手动选网的问题"}
    assert (frags[0].title, frags[0].text) == ("手动选网的问题", "感谢您 10 月 27 日的来信，下面逐一说明。")
    text = "\n".join(f.text for f in frags)
    for gone in ("发件人", "发送时间", "Ticket#", "RE:", "王磊先生，您好", "你好，"):
        assert gone not in text


def test_signature_and_disclaimer_are_no_text() -> None:
    text = "\n".join(f.text for f in cut(REPLY))
    for gone in ("祝好", "Aigerim", "客户服务专员", "+7 727", "保密信息", "confidential", "谢谢！", "+7 701"):
        assert gone not in text


def test_the_quoted_original_is_a_part_of_its_own_titled_as_the_txt_reader_titles_it() -> None:
    frags = cut(REPLY)
    assert [(f.path, f.text) for f in frags if "过关" in f.text] == [
        (("手动选网的问题", "手动选网的问题"), "我根本没有过关，为什么会算漫游？列表里的 401 01 是什么？")]


def test_a_long_bold_part_title_numbered_in_turn_is_a_heading() -> None:
    frags = cut(REPLY)
    assert [(f.title, f.text) for f in frags if "PLMN" in f.text] == [
        ("网络列表里的名称和 401 01、401 02、401 77 这些数字是什么意思", "这串数字叫 PLMN 代码，前三位是国家码。")]


def test_bold_run_in_questions_pair_with_their_answers_and_the_closing_line_stands_apart() -> None:
    frags = cut(REPLY)
    assert [(f.type, f.title, f.text) for f in frags if f.path[-1] == "三、您问到的其他几点"] == [
        ("qa", "手动选网会不会多收钱？", "选网本身不收任何费用。"),
        ("qa", "那几天被扣的漫游费能退吗？", "我们已把 7 640 坚戈退回到您的余额。"),
        ("section", "您问到的其他几点", "如果还有不清楚的地方，直接回复本邮件即可，请保留邮件主题里的工单号。"),
    ]


def test_older_outlook_header_lines_a_paragraph_each_under_an_original_message_line() -> None:
    body = "".join([
        p("<b>From:</b> Kcell Support"), p("<b>Sent:</b> Monday, October 27, 2026 10:12 AM"),
        p("<b>To:</b> Wang Lei"), p("<b>Subject:</b> RE: Roaming refund"), BLANK,
        p("Hello Wang,"), BLANK, p("The refund of 7 640 tenge is on your balance today."), BLANK,
        p("Best regards,"), p("Aigerim"), BLANK,
        p("-----Original Message-----"), p("<b>From:</b> Wang Lei"), p("<b>Sent:</b> Sunday, October 26, 2026 9:47 PM"),
        p("<b>Subject:</b> Roaming refund"), BLANK, p("Can I get the roaming charges back?"),
    ])
    frags = cut(body, "RE: Roaming refund")
    assert [(f.path, f.text) for f in frags] == [
        (("Roaming refund",), "The refund of 7 640 tenge is on your balance today."),
        (("Roaming refund",), "Can I get the roaming charges back?"),
    ]


def test_a_word_page_without_a_mail_header_block_reads_as_before() -> None:
    body = "".join([p("收件人：客服中心"), p("主题：补办 SIM 卡"), BLANK, p("王先生，您好！"), p("请带护照到营业厅。")])
    assert [f.text for f in cut(body, "补卡模板")] == ["收件人：客服中心\n主题：补办 SIM 卡\n王先生，您好！\n请带护照到营业厅。"]


def test_a_mail_header_block_in_a_page_word_did_not_write_stays_text() -> None:
    page = ("<html><head><title>RE: 手动选网的问题</title></head><body><div>"
            + REPLY.replace("class=MsoNormal", "") + "</div></body></html>")
    frags = parse_source(Source("reply.html", "reply", page, "html", "0"))[1]
    assert "发件人: Kcell 中文客服" in frags[0].text
