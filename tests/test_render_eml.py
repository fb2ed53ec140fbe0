"""An e-mail saved as its raw source (an .eml put in the corpus as .txt): read as the mail a client shows —
headers decoded and gone, the plain body (else the HTML one) decoded from quoted-printable or base64 in its
charset — and then as the .txt e-mail reader reads a reply: its subject without 「回复：」 and its ticket tag the
title, no salutation, sign-off or signature, the quoted original a part of its own. Other text reads as before."""
from __future__ import annotations

import base64
import quopri

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render_eml import is_raw_mail, raw_mail, unflow


def cut(text: str, encoding: str = "utf-8") -> list[Fragment]:
    return parse_source(Source("mail.txt", "mail", text, "markdown", "0", encoding))[1]


def b64(text: str, charset: str = "utf-8") -> str:
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def word(text: str, charset: str = "utf-8") -> str:
    """A header's encoded word, as mail clients write a subject or a name."""
    return f"=?{charset.upper()}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


TRACE = ("Return-Path: <support@kz-huaren.com>\r\n"
         "Received: from mail-out2.kz-huaren.com (mail-out2.kz-huaren.com [185.22.67.14])\r\n"
         "\tby mx3.163.com (Coremail) with SMTP id _____wD3b9x1OGdnaKQbAA--.41952S2;\r\n"
         "\tThu, 19 Nov 2026 11:42:07 +0800 (CST)\r\n"
         "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kz-huaren.com;\r\n"
         "\th=From:To:Subject:Date:From; b=Kx1vQ0m3yq9Tn2bWcH5sF8rL7dA4pE6jU0iO1kZ3xN5tR8wY2gB9vC7hM4fD6sA1\r\n")

REPLY_TEXT = """王先生，您好！

谢谢您的来信。座机能收短信，系统会让语音机器人拨打这部座机，用合成的女声把短信内容念出来。

一、价格

- Kcell / Activ：每条 30 ₸，从余额扣。
- Beeline：每条 25 ₸。

二、语言

不支持中文：汉字会被整段跳过。

祝好！
阿依古丽
哈国华人通讯指南 客服部
https://zhinan.kz-huaren.com

在 2026年11月18日 周三 20:41，王磊 <wanglei.almaty@163.com> 写道：
> 你好，
> 能不能从我的 Kcell 号码给家里的座机发短信？
> 谢谢！
> 王磊
"""

HTML_REPLY = """<html><head><style>body{font-size:14px}</style></head><body>
<div>王先生，您好！</div><div><br></div>
<div>谢谢您的来信。座机能收短信，系统会让语音机器人拨打这部座机，用合成的女声把短信内容念出来。</div>
<h3>一、价格</h3>
<ul><li>Kcell / Activ：每条 30 ₸，从余额扣。</li><li>Beeline：每条 25 ₸。</li></ul>
<h3>二、语言</h3><div>不支持中文：汉字会被整段跳过。</div><div><br></div>
<div>祝好！</div>
<div class="signature">阿依古丽<br>哈国华人通讯指南 客服部<br><a href="https://zhinan.kz-huaren.com">https://zhinan.kz-huaren.com</a></div>
<div><br></div>
<div class="gmail_quote">在 2026年11月18日 周三 20:41，王磊 &lt;<a href="mailto:wanglei.almaty@163.com">wanglei.almaty@163.com</a>&gt; 写道：<br>
<blockquote class="gmail_quote">你好，<br>能不能从我的 Kcell 号码给家里的座机发短信？<br>谢谢！<br>王磊</blockquote></div>
</body></html>"""


def message(body: str, subject: str = word("回复：能不能给家里的座机发短信？【工单 #48213】"), crlf: bool = True) -> str:
    head = (f"{TRACE}From: {word('哈国华人通讯指南 客服部')} <support@kz-huaren.com>\r\n"
            f"To: {word('王磊', 'gb2312')} <wanglei.almaty@163.com>\r\nSubject: {subject}\r\n"
            "Date: Thu, 19 Nov 2026 08:42:05 +0500\r\nMessage-ID: <20261119034205.18273.4471@helpdesk.kz-huaren.com>\r\n"
            "MIME-Version: 1.0\r\nX-Coremail-Antispam: 1Uf129KBjDUn29KB7ZKAUJUUUUU529EdanIXcx71UUUUU7v73\r\n")
    text = head + body
    return text if crlf else text.replace("\r\n", "\n")


def alternative(*parts: tuple[str, str, str]) -> str:
    """A multipart/alternative body of (content type, transfer encoding, payload) parts."""
    boundary = "----=_Part_18273_1930418822.1763523725441"
    out = [(f'Content-Type: multipart/alternative;\r\n\tboundary="{boundary}"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n")]
    for kind, encoding, payload in parts:
        out.append(f"\r\n--{boundary}\r\nContent-Type: {kind}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n{payload}")
    out.append(f"\r\n--{boundary}--\r\n")
    return "".join(out)


QP_PART = ("text/plain; charset=UTF-8", "quoted-printable",
           quopri.encodestring(REPLY_TEXT.encode("utf-8")).decode("ascii").replace("\n", "\r\n"))
HTML_PART = ("text/html; charset=UTF-8", "base64", b64(HTML_REPLY).replace("\n", "\r\n"))
EXPECTED = [
    (("能不能给家里的座机发短信？",), "谢谢您的来信。座机能收短信，系统会让语音机器人拨打这部座机，用合成的女声把短信内容念出来。"),
    (("能不能给家里的座机发短信？", "一、价格"), "Kcell / Activ：每条 30 ₸，从余额扣。\nBeeline：每条 25 ₸。"),
    (("能不能给家里的座机发短信？", "二、语言"), "不支持中文：汉字会被整段跳过。"),
    (("能不能给家里的座机发短信？", "能不能给家里的座机发短信？"), "能不能从我的 Kcell 号码给家里的座机发短信？"),
]


def read(frags: list[Fragment]) -> list[tuple[tuple[str, ...], str]]:
    return [(f.path, f.text) for f in frags]


def test_a_quoted_printable_reply_reads_as_a_mail_saved_as_text() -> None:
    body = alternative(QP_PART, HTML_PART)
    assert "=E8=B0=A2=E8=B0=A2=E6=82=A8=E7=9A=84" in body and "=\r\n" in body      # soft line breaks, as sent
    frags = cut(message(body))
    assert read(frags) == EXPECTED
    text = "\n".join(f"{f.title}\n{f.text}" for f in frags)
    for gone in ("=E8", "=?UTF-8?", "Received", "DKIM", "Message-ID", "MIME", "Coremail", "multi-part", "Part_18273",
                 "Content-Type", "PCFET0NU", "工单", "回复", "您好", "祝好", "阿依古丽", "写道", "谢谢！", "王磊"):
        assert gone not in text


def test_only_an_html_part_reads_as_the_plain_one_would() -> None:
    frags = cut(message(alternative(HTML_PART)))
    assert read(frags) == EXPECTED


def test_an_8bit_flowed_part_in_lf_lines_reads_alike() -> None:
    flowed = REPLY_TEXT.replace("座机能收短信，", "座机能收短信， \n")       # a soft line break
    part = ("text/plain; charset=UTF-8; format=flowed", "8bit", flowed)
    assert read(cut(message(alternative(part, HTML_PART), crlf=False))) == [
        (EXPECTED[0][0], EXPECTED[0][1].replace("短信，", "短信， ")), *EXPECTED[1:]]


def test_a_gb2312_subject_and_body_in_base64_with_gbk_characters() -> None:
    subject = word("回复：王喆的漫游流量怎么关【工单 #5521】", "gbk").replace("GBK", "GB2312")    # Foxmail labels GBK GB2312
    body = ("Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + b64("王喆先生，您好！\n\n拨 *111*3# 关闭漫游流量，堃哥的号码也一样。\n\n此致\n客服部\n", "gbk"))
    frags = cut(message(body, subject))
    assert [(f.title, f.text) for f in frags] == [("王喆的漫游流量怎么关", "拨 *111*3# 关闭漫游流量，堃哥的号码也一样。")]


def test_an_8bit_part_is_read_in_its_own_charset_from_the_bytes_the_file_held() -> None:
    body = "Content-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: 8bit\r\n\r\n拨 *111*3# 关闭漫游流量。\r\n"
    text = message(body, word("漫游"))
    assert is_raw_mail(text)
    assert [f.text for f in cut(text, "gb18030")] == ["拨 *111*3# 关闭漫游流量。"]
    unlabelled = message("Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n拨 *111*3# 关闭漫游流量。\r\n")
    assert [f.text for f in cut(unlabelled)] == ["拨 *111*3# 关闭漫游流量。"]      # as the file was read


def test_an_html_body_word_wrote_is_read_as_outlook_s_page() -> None:
    page = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            "<body><div class=WordSection1><p class=MsoNormal>王磊先生，您好！</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>选网本身不收任何费用。</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>祝好！</p><p class=MsoNormal>Aigerim</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>发件人:</b> 王磊<br>"
            "<b>发送时间:</b> 2026年10月27日 21:47<br><b>收件人:</b> cn.support@kcell.kz<br><b>主题:</b> 手动选网的问题</p></div>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>手动选网会多收钱吗？</p></div></body></html>")
    body = ('Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(page) + "--b--\r\n")
    frags = cut(message(body, word("RE: 手动选网的问题 [Ticket#KC-2026-1027-48311]")))
    assert [(f.path, f.text) for f in frags] == [
        (("手动选网的问题",), "选网本身不收任何费用。"),
        (("手动选网的问题",), "手动选网会多收钱吗？"),        # under a rule: the reply has no parts
    ]


def test_flowed_lines_join_within_their_quote_depth() -> None:
    assert unflow("一 \n二\n>> 三 \n>> 四\n> 五\n-- \n六", delsp=False) == "一 二\n> > 三 四\n> 五\n-- \n六"
    assert unflow("Kcell \nActiv", delsp=True) == "KcellActiv"


def test_only_header_lines_naming_a_sender_a_time_and_a_mime_body_open_a_raw_message() -> None:
    assert is_raw_mail("From: a@x\nReceived: by y\nContent-Type: text/plain\n\nhi")
    assert is_raw_mail("From a@x Thu Nov 19 08:42:05 2026\nFrom: a@x\nDate: d\nMIME-Version: 1.0\n\nhi")   # mbox
    assert not is_raw_mail("From: a@x\nDate: d\nSubject: s\n\nhi")                  # a mail saved as text
    assert not is_raw_mail("From: a@x\nDate: d\nMIME-Version: 1.0\n发件人说：\n\nhi")  # text among the headers
    assert not is_raw_mail("Note\nFrom: a@x\nDate: d\nMIME-Version: 1.0\n\nhi")
    assert not is_raw_mail("From: a@x\nDate: d\nMIME-Version: 1.0")                  # no body
    assert raw_mail("发件人: 客服\n主题: 退款\n\n已退。") is None


def test_a_mail_saved_as_text_and_a_note_with_mime_words_read_as_before() -> None:
    saved = "From: 客服 <a@x>\nSent: Monday, 10:12\nTo: 王磊\nSubject: RE: 漫游\n\n已开通。\n"
    assert [(f.title, f.text) for f in cut(saved)] == [("漫游", "已开通。")]
    note = "Content-Type: text/plain\nMIME-Version: 1.0\n\n这两行是邮件头的写法。\n"
    assert "Content-Type" in cut(note)[0].text


def test_a_message_forwarded_as_an_attachment_is_read_as_a_forwarded_mail() -> None:
    # 「Forward as Attachment」: the complaint travels as a message/rfc822 part; a mail client shows it
    # inline under the note that passes it on, and it was no text of the article at all
    inner = (f"From: Li Ming <li@example.com>\r\nDate: Wed, 31 Dec 2025 22:10:00 +0500\r\n"
             f"Subject: {word('漫游扣费')}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
             f"Content-Transfer-Encoding: base64\r\n\r\n{b64('我在土耳其漫游时被扣了 5000 坚戈，根本没开数据漫游，请退款。')}")
    text = (f"From: {word('客服')} <support@kcell.kz>\r\nDate: Thu, 01 Jan 2026 10:00:00 +0500\r\n"
            f"Subject: {word('转发：漫游')}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            f"--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n王经理：\r\n\r\n客户的投诉见附件，请处理。\r\n\r\n"
            f"--b1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"c.eml\"\r\n\r\n"
            f"{inner}\r\n--b1--\r\n")
    assert [(f.title, f.text) for f in cut(text)] == [
        ("漫游", "客户的投诉见附件，请处理。"),
        ("漫游扣费", "我在土耳其漫游时被扣了 5000 坚戈，根本没开数据漫游，请退款。")]
