"""E-mail threads saved as text (`.txt`): each mail a part of its own, the top mail's subject the title, and
what only says who wrote to whom — headers, attributions, quote markers, salutations, sign-offs,
disclaimers — no text. Single mails and other plain text read as before."""
from __future__ import annotations

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render_text import mail_body, mail_subject, mail_thread
from timing import assert_linear


def cut(text: str) -> list[Fragment]:
    return parse_source(Source("thread.txt", "thread", text, "markdown", "0"))[1]


def parts(frags: list[Fragment]) -> list[tuple[str, str, str]]:
    return [(f.type, f.title, f.text) for f in frags]


@pytest.mark.parametrize("subject, title", [
    ("Fwd: RE: 关于 Kcell 云盘（Kcell Облако）的几个问题 [#KC-4471902]", "关于 Kcell 云盘（Kcell Облако）的几个问题"),
    ("回复：答复: 转发：Re[2]: 漫游资费", "漫游资费"),
    ("AW: WG: Roaming [Ticket#20461187]", "Roaming"),
    ("Отв: Пересл: Облако Beeline", "Облако Beeline"),
    ("轉寄：[旅哈简讯] 第 7 期｜出国前怎么开漫游", "出国前怎么开漫游"),
    ("FW: 发票 (#5521)", "发票"),
])
def test_a_subject_without_reply_and_forward_prefixes_and_ticket_tags(subject: str, title: str) -> None:
    assert mail_subject(subject) == title


GMAIL = """发件人: 王磊 <w@example.com>
收件人: 李娜 <l@example.com>
主题: Fwd: RE: 云盘怎么开通 [#KC-4471902]

老婆：

客服回了，看下面。

磊

---------- Forwarded message ---------
发件人： Kcell 客服 <care@kcell.kz>
Date: 2026年11月20日周五 11:05
Subject: RE: 云盘怎么开通 [#KC-4471902]
To: 王磊 <w@example.com>


王先生，您好！

拨 *707*100# 开通 100 GB，每月 690 坚戈。

此致
Айгуль Нурланова (Aigul)
Kcell 客户服务中心
热线：455 | www.kcell.kz

Оцените, пожалуйста, качество ответа: https://www.kcell.kz/feedback?ticket=KC-4471902

---
Настоящее сообщение и все приложения к нему являются конфиденциальными. Если вы получили его по ошибке,
удалите его.
This e-mail and any attachments are confidential and intended solely for the addressee.
本邮件及其附件仅供指定收件人使用，可能含有保密信息。

在 2026年11月19日周四 16:20，王磊 <w@example.com> 写道：
> 你好，我是 Kcell 的用户。云盘怎么开通？多少钱？
> 谢谢！
> 王磊
"""


def test_a_gmail_thread_gives_each_mail_its_own_part() -> None:
    # the forwarder's note, the forwarded answer and the quoted question are three parts under the top
    # subject; no header line, 「写道：」 line or quote marker is text; the salutations, the sign-off
    # with its names, phone and feedback link, and the three-language disclaimer go whole
    frags = cut(GMAIL)
    assert {f.article_title for f in frags} == {"云盘怎么开通"}
    assert parts(frags) == [
        ("section", "云盘怎么开通", "客服回了，看下面。"),
        ("section", "云盘怎么开通", "拨 *707*100# 开通 100 GB，每月 690 坚戈。"),
        ("section", "云盘怎么开通", "你好，我是 Kcell 的用户。云盘怎么开通？多少钱？"),
    ]


OUTLOOK = """From: Kcell Support <support@kcell.kz>
Sent: Thursday, November 19, 2026 9:00 AM
To: Anna <anna@example.com>
Subject: RE: Cloud storage [Ticket#12345]

Dear Anna,

The 100 GB plan costs 690 KZT per 30 days. Dial *707*100# to turn it on.

Kind regards,
Support team
+7 727 258 8300

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended
solely for the addressee. If you have received it in error, please delete it.

-----Original Message-----
From: Anna <anna@example.com>
Sent: Wednesday, November 18, 2026 8:00 PM
To: Kcell Support <support@kcell.kz>
Subject: Cloud storage

How much is 100 GB of cloud storage, and how do I pay for it?

Thanks,
Anna
"""


def test_an_outlook_thread_in_english_gives_each_mail_its_own_part() -> None:
    assert [(f.article_title, f.title, f.text) for f in cut(OUTLOOK)] == [
        ("Cloud storage", "Cloud storage", "The 100 GB plan costs 690 KZT per 30 days. Dial *707*100# to turn it on."),
        ("Cloud storage", "Cloud storage", "How much is 100 GB of cloud storage, and how do I pay for it?"),
    ]


def test_quoted_mails_lose_their_markers_and_their_part_titles_head_only_their_own_text() -> None:
    # a quoted answer's 「一、」 lines are its parts, read as in any .txt (they were glued to their text
    # behind 「> 」); the mail under it is no part of its last part (the customer's mail was titled
    # 「二、…」), and a mail forwarded in from another conversation is titled by its own subject
    text = """发件人: 王磊 <w@example.com>
发送时间: 2026年11月19日 20:55
收件人: Kcell <care@kcell.kz>
主题: Re: 云盘的几个问题

明白了，谢谢。Beeline 的回复转给您参考：

---------- Forwarded message ---------
From: Beeline <help@beeline.kz>
Date: 2026年11月19日周四 14:37
Subject: Re: Облако Beeline

Здравствуйте, Лэй!

Бесплатно — 15 ГБ.

在 2026年11月19日周四 16:20，Kcell <care@kcell.kz> 写道：
> 王先生，您好！
>
> 一、备份通讯录
> 打开 App，点「Контакты」→「Создать резервную копию」。
>
> 二、只在 Wi-Fi 下上传
> 自动上传默认就是“仅 Wi-Fi”。
>
> 此致
> Aigul
>
> 发件人: 王磊 <w@example.com>
> 发送时间: 2026年11月18日 10:02
> 收件人: Kcell <care@kcell.kz>
> 主题: 云盘的几个问题
>
> 通讯录也能备份吗？自动上传会不会用掉流量？
"""
    frags = cut(text)
    assert [(f.title, f.path[1:], f.text) for f in frags] == [
        ("云盘的几个问题", (), "明白了，谢谢。Beeline 的回复转给您参考："),
        ("Облако Beeline", ("Облако Beeline",), "Бесплатно — 15 ГБ."),
        ("备份通讯录", ("云盘的几个问题", "一、备份通讯录"), "打开 App，点「Контакты」→「Создать резервную копию」。"),
        ("只在 Wi-Fi 下上传", ("云盘的几个问题", "二、只在 Wi-Fi 下上传"), "自动上传默认就是“仅 Wi-Fi”。"),
        ("云盘的几个问题", ("云盘的几个问题",), "通讯录也能备份吗？自动上传会不会用掉流量？"),
    ]


def test_step_lines_in_a_mail_are_steps() -> None:
    # 「第一步」 to 「第三步」 typed one under the other were one passage, cut mid-step
    text = ("From: Kcell <care@kcell.kz>\nSent: 2026-11-20 11:05\nTo: Lei <l@example.com>\nSubject: 导出照片\n\n"
            "一、导出\n第一步：打开 cloud.kcell.kz。\n第二步：点「Экспорт」。\n第三步：下载 ZIP。\n\n"
            "二、上传\n打开 icloud.com/photos 上传。\n\n"
            "On Wed, Nov 18, 2026 at 10:02 AM Lei <l@example.com> wrote:\n> 怎么把照片搬到 iCloud？\n")
    assert [(f.type, f.title, f.procedure.title if f.procedure else "") for f in cut(text)] == [
        ("step", "打开 cloud.kcell.kz", "导出"),
        ("step", "点「Экспорт」", "导出"),
        ("step", "下载 ZIP", "导出"),
        ("section", "上传", ""),
        ("section", "导出照片", ""),
    ]


def test_a_mail_quoted_twice_is_read_once() -> None:
    # an Outlook reply quotes the whole thread under a header block, then a Gmail reply quotes the same
    # question again under its 「wrote:」 line
    text = """发件人: 客服 <c@kcell.kz>
发送时间: 2026年11月20日 10:00
收件人: 王磊 <w@example.com>
主题: 答复: 充值没到账

充值已经到账，请查收。

发件人: 王磊 <w@example.com>
发送时间: 2026年11月19日 10:00
收件人: 客服 <c@kcell.kz>
主题: 充值没到账

我 11 月 18 日在 Kaspi 充值 2000 坚戈，到现在还没到账。

On Thu, Nov 19, 2026 at 10:00 AM 王磊 <w@example.com> wrote:
> 我 11 月 18 日在 Kaspi 充值 2000 坚戈，
> 到现在还没到账。
"""
    assert parts(cut(text)) == [
        ("section", "充值没到账", "充值已经到账，请查收。"),
        ("section", "充值没到账", "我 11 月 18 日在 Kaspi 充值 2000 坚戈，到现在还没到账。"),
    ]


@pytest.mark.parametrize("separator, headers", [
    ("------------------ 原始邮件 ------------------",        # QQ Mail
     '发件人: "王磊"<w@qq.com>;\n发送时间: 2026年11月18日(星期三) 上午10:02\n收件人: "客服"<c@kcell.kz>;\n主题: 漫游'),
    ("------------------ Original ------------------",        # Foxmail: a blank line over its subject
     'From:  "王磊"<w@qq.com>;\nDate:  Wed, Nov 18, 2026 10:02 AM\nTo:  "客服"<c@kcell.kz>;\n\nSubject:  漫游'),
    ("-------- Forwarded Message --------",                    # Thunderbird
     "Subject: 漫游\nDate: Wed, 18 Nov 2026 10:02:00 +0600\nFrom: 王磊 <w@qq.com>\nTo: 客服 <c@kcell.kz>"),
    ("Begin forwarded message:\n",                             # Apple Mail
     "From: 王磊 <w@qq.com>\nSubject: 漫游\nDate: 18 November 2026 at 10:02:00 GMT+6\nTo: 客服 <c@kcell.kz>"),
    ("-----Original Message-----",                             # Outlook in Russian
     "От: Лэй <w@qq.com>\nОтправлено: 18 ноября 2026 г. 10:02\nКому: care@kcell.kz\nТема: Пересл: 漫游"),
], ids=["qq-mail", "foxmail", "thunderbird", "apple-mail", "outlook-ru"])
def test_other_clients_header_blocks_open_a_mail(separator: str, headers: str) -> None:
    text = f"寄件者: 客服 <c@kcell.kz>\n收件者: 王磊 <w@qq.com>\n主旨: Re: 漫游\n\n每天 990 坚戈。\n\n{separator}\n{headers}\n\n漫游多少钱？\n"
    assert parts(cut(text)) == [("section", "漫游", "每天 990 坚戈。"), ("section", "漫游", "漫游多少钱？")]


@pytest.mark.parametrize("attribution", [
    "On Wed, Nov 18, 2026 at 10:02 AM Kcell Customer Care <care@kcell.kz>\nwrote:",      # Gmail, wrapped
    "王磊 <w@qq.com> 于2026年11月18日周三 10:02写道：",                                     # Gmail in Chinese
    "王磊 <w@qq.com> 於 2026年11月18日 週三 上午10:02寫道：",                                 # in Traditional
    "18.11.2026 10:02, Лэй пишет:",                                                     # Thunderbird in Russian
    "ср, 18 нояб. 2026 г. в 10:02, Лэй <w@qq.com>:",                                    # Gmail in Russian
], ids=["gmail-wrapped", "gmail-zh", "gmail-zh-hant", "thunderbird-ru", "gmail-ru"])
def test_attribution_lines_open_a_quoted_mail(attribution: str) -> None:
    text = f"From: c@kcell.kz\nTo: w@qq.com\nSubject: Re: 漫游\n\n每天 990 坚戈。\n\n{attribution}\n\n> 漫游多少钱？\n>\n"
    assert parts(cut(text)) == [("section", "漫游", "每天 990 坚戈。"), ("section", "漫游", "漫游多少钱？")]


def test_a_single_mail_and_mail_like_text_read_as_before() -> None:
    # one mail (headers at the top, a signature) is no thread: its salutation and sign-off stay text as
    # before; 「鲁迅写道：」 over a quotation has no time or address, and 「收件人：… 主题：…」 in a how-to
    # names no sender nor date: neither opens a mail
    single = ("发件人: 客服 <c@kcell.kz>\n收件人: 王磊 <w@example.com>\n主题: Re: 换卡\n\n王先生，您好！\n\n"
              "带护照到营业厅换卡。\n\n-- \n客服部\n")
    assert [(f.article_title, f.text) for f in cut(single)] == [("换卡", "王先生，您好！\n带护照到营业厅换卡。")]
    article = ("关于坚持\n\n鲁迅写道：\n> 其实地上本没有路。\n\n发邮件申请补发发票：\n收件人：care@kcell.kz\n主题：补发发票\n\n"
               "正文写明号码和月份。\n")
    assert [(f.article_title, f.text) for f in cut(article)] == [
        ("关于坚持", "鲁迅写道：\n其实地上本没有路。\n发邮件申请补发发票：收件人：care@kcell.kz 主题：补发发票\n正文写明号码和月份。")]


def test_a_thread_of_many_mails_is_read_in_time_linear_in_its_length() -> None:
    # each mail looked at every earlier one (quoted again?) or walked back through the replies it is
    # inline in: 20 000 mails took 20 s; a careless export may hold that many. A guard against a hang,
    # not a speed target: 4n mails against n, in the same run
    def replies(n: int) -> str:
        return "".join(f"回复 {i}，内容各不相同。\n\n在 10:02，a@b.kz 写道：\n> 问题\n" for i in range(n))

    def blocks(n: int) -> str:
        return "".join(f"回复 {i}。\n\nFrom: a\nSent: 10:00\nTo: b\nSubject: s{i}\n\n" for i in range(n))

    for mails in (replies, blocks):
        thread = assert_linear(mail_thread, lambda n: f"From: a@b.kz\nTo: c@d.kz\nSubject: x\n\n{mails(n)}", 3_000)
        assert thread is not None and "回复 11999" in thread[0]


def test_a_signature_card_under_the_closing_words_goes_with_them() -> None:
    assert mail_body(["可以备份。", "", "祝好！", "", "Aigerim Nurlanova 阿依古丽", "客户服务专员 | 中文服务组",
                      "电话：455 | www.kcell.kz"]) == "可以备份。"
    # short lines without a phone, an address or a link are the writer's text, not a card
    assert mail_body(["可以备份。", "", "谢谢！", "", "附件里是新卡的寄送单号", "到了请回复这封邮件"]) \
        == "可以备份。\n\n附件里是新卡的寄送单号\n到了请回复这封邮件"


def test_a_salutation_closed_by_a_full_width_mark_is_no_text() -> None:
    # (a Chinese letter's 「！」 after a Russian salutation: holdout108's Sendy campaign)
    assert mail_body(["Привет, 朋友！", "", "可以订包间。"]) == "可以订包间。"


@pytest.mark.parametrize("closing", [["唱得开心！", "星光KTV 团队"], ["Enjoy!", "The Starlight Team"]])
def test_a_teams_name_under_a_short_wish_is_a_sign_off(closing: list[str]) -> None:
    assert mail_body(["可以订包间。", "", *closing]) == "可以订包间。"


def test_a_short_wish_over_no_name_is_the_letters_text() -> None:
    assert mail_body(["可以订包间。", "", "唱得开心！"]) == "可以订包间。\n\n唱得开心！"
