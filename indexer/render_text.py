"""Read a `.txt` article as plain text is laid out, into the Markdown `render` then renders:
rule lines, 【】 parts, step lines, an e-mail's headers, table of contents, signature and footer
(`plain_text_markup`, `strip_mail_headers`, `cut_mail_footer`); an e-mail thread as its mails,
each a part of its own without its headers, quote markers, salutation, sign-off and disclaimer
(`mail_thread`, `mail_body`); a PDF's pages (`pdf_text`); canned replies titled by their
templates (`part_titles`); text typed under a list no part of its last item (`_after_lists`).
A chat exported as text is `render_chat`'s: its lines are messages, not a layout.

Pure: no I/O. A separate module from `render` because plain text has no markup to fix: its
readers see its layout, and these readers turn that layout into Markdown.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# a line short enough, and not ending like a sentence, to be a heading (here: a contents entry;
# in `parse`: a bold line or a part title)
HEADING_MAX = 40
HEADING_END = re.compile(r"[。！？!?：:；;，,、]$")
# a title that names a procedure (`fragment`: its numbered list is steps; `threads`: a post's part so titled holds
# steps, not the cases it asks about); 「怎么样」 asks what something is like, not how to do it (「国行、美版、欧版手机分别
# 怎么样」 over 「1. 国行手机」)
PROCEDURE_TITLE = re.compile(r"步骤|步驟|流程|操作|教程|如何|怎么(?!样)|怎麼(?!樣)|指南|steps?|how to", re.IGNORECASE)

_RULE = r"[ \t]*+[-=*_＝—─━](?:[ \t]*[-=*_＝—─━]){2,}[ \t]*"        # a line of rule characters only
RULE_LINE = re.compile(rf"^{_RULE}$", re.MULTILINE)
_BRACKET_LINE = re.compile(r"^[ \t]*(【[^【】\n]+】)[ \t]*$", re.MULTILINE)
# 「** 一、資費」 over a line of ---- or ====: how mailing-list tools (Mailchimp) write a heading in plain text
_STARRED_HEADING = re.compile(r"^[ \t]*\*\*[ \t]*((?:[^\n*]|\*(?!\*))+?)[ \t]*(?:\*\*)?[ \t]*\n"
                              r"[ \t]*(?:-{3,}|={3,}|＝{3,}|—{3,}|─{3,})[ \t]*$", re.MULTILINE)
# a line with dotted leaders (「儲值 ........ 300 堅戈」) or a checklist box (「[ ] 辦好委託書」): a line of its own
_OWN_LINE = re.compile(r"^.*\S[ \t]*(?:\.{4,}|·{4,}|．{4,}|[ \t]…{2,}|…{2,}[ \t])[ \t]*\S.*$"   # not 「等一下……再试」
                       r"|^[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX✓✔]\]|[☐☑☒□✅])[ \t]*\S.*$")
# a header line of a mail as Outlook, Gmail, Apple Mail, QQ Mail, Foxmail and Thunderbird write them,
# in English, Chinese (both scripts), Russian and German
_MAIL_HEADER = re.compile(r"^[ \t]*+(?P<key>from|to|cc|bcc|date|sent|subject|reply-to|寄件者|寄件人|收件者|收件人|日期|主旨"
                          r"|副本|密件副本|傳送時間|寄件日期|发件人|时间|发送时间|主题|抄送|密送|от|кому|копия|дата|отправлено"
                          r"|тема|von|an|gesendet|betreff|datum)[ \t]*[:：][ \t]*(?P<value>.*)$", re.IGNORECASE)
_SUBJECT_KEYS = frozenset({"subject", "主旨", "主题", "тема", "betreff"})
_PARTY_KEYS = frozenset({"from", "to", "寄件者", "寄件人", "收件者", "收件人", "发件人", "от", "кому", "von", "an"})
_SENDER_KEYS = frozenset({"from", "寄件者", "寄件人", "发件人", "от", "von"})
_DATE_KEYS = frozenset({"date", "sent", "日期", "时间", "发送时间", "傳送時間", "寄件日期", "дата", "отправлено", "gesendet",
                        "datum"})
# the line over a forwarded or quoted mail's headers: Gmail's 「---------- Forwarded message ---------」, Outlook's
# 「-----Original Message-----」, Thunderbird's 「-------- Forwarded Message --------」, Apple Mail's 「Begin forwarded
# message:」, QQ Mail's and Foxmail's 「------------------ 原始邮件 ------------------」 (「Original」 between dashes)
_FORWARDED = re.compile(r"^[^\S\n]*+[-–—_]*[^\S\n]*(?:forwarded message|original message|begin forwarded message:?"
                        r"|轉寄的郵件|转发的邮件|原始郵件|原始邮件|已轉寄郵件|已转发邮件|开始转发的邮件[:：]?|轉寄的郵件開始[:：]?"
                        r"|пересылаемое сообщение|исходное сообщение|начало переадресованного сообщения:?"
                        r"|weitergeleitete nachricht|ursprüngliche nachricht)[^\S\n]*[-–—_]*[^\S\n]*$"
                        r"|^[^\S\n]*+[-–—_]{2,}[^\S\n]*original[^\S\n]*[-–—_]{2,}[^\S\n]*$", re.IGNORECASE)
# 「Re:」「Fwd:」「回复：」「转发:」「AW:」「Отв:」「Re[2]:」, as many as replies and forwards stacked
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|fw|aw|wg|sv|tr|rv|отв|ответ|пересл|回覆|回复|答复|答覆|轉寄|转发|轉發)"
                           r"(?:\[\d+\])?[ \t]*[:：][ \t]*)+", re.IGNORECASE)
_LIST_TAG = re.compile(r"^(?:\[[^\]]*\]|【[^】]*】)[ \t]*")
# a help desk's ticket number in brackets anywhere in a subject: 「[#KC-4471902]」「[Ticket#123]」「(#5521)」
_TICKET_TAG = re.compile(r"[ \t]*(?:\[[^\[\]\n]*(?:#|\d{4})[^\[\]\n]*\]|【[^【】\n]*(?:#|\d{4})[^【】\n]*】"
                         r"|[(（][^()（）\n]*#[^()（）\n]*\d[^()（）\n]*[)）])")
_SIGNATURE = re.compile(r"^--[ \t]?$")
_UNSUBSCRIBE = re.compile(r"unsubscribe|update your preferences|取消訂閱|取消订阅|退訂|退订", re.IGNORECASE)
FOOTER_MAX_CHARS = 1500     # a mailing list's footer: links, copyright and address, not a part of the text
_TEXT_TOC_LABEL = re.compile(r"^(?:本期|本文|本篇|本页|本頁)?(?:目录|目錄|内容|內容|要目)$|^(?:table of )?contents$"
                             r"|^in this (?:issue|article|newsletter)$", re.IGNORECASE)
_TOC_PAGE = re.compile(r"[ \t]*(?:\.{2,}|…+|·{2,})[ \t]*\d*[ \t]*$")


def mail_subject(subject: str) -> str:
    """A mail's subject as a title: without 「Re:」「Fwd:」「回复：」 (any number, any language), the
    list's 【tag】, a help desk's [#ticket], and, of parts split by 「｜」, only the longest (the issue
    number and the list's name are shorter than the topic).

    >>> mail_subject("Fwd: 【華人通訊】第 42 期｜長期離開，門號怎麼辦？")
    '長期離開，門號怎麼辦？'
    >>> mail_subject("Fwd: RE: 答复: 关于云盘的几个问题 [#KC-4471902]")
    '关于云盘的几个问题'
    """
    subject = _TICKET_TAG.sub("", subject).strip()
    while (bare := _LIST_TAG.sub("", _REPLY_PREFIX.sub("", subject))) != subject:
        subject = bare
    parts = [part.strip() for part in re.split(r"[｜|]", subject) if part.strip()]
    return max(parts, key=len) if parts else ""


def _names_a_party(lines: list[str]) -> bool:
    """Header lines naming a sender or a recipient: a mail's, not a note's 「时间：…⏎主题：…」."""
    return any((m := _MAIL_HEADER.match(line)) is not None and m.group("key").lower() in _PARTY_KEYS for line in lines)


def is_header_line(line: str) -> bool:
    """A mail's header line (「发件人: …」「Sent: …」), or the separator over a quoted mail's headers
    (「-----Original Message-----」)."""
    return _MAIL_HEADER.match(line) is not None or _FORWARDED.match(line) is not None


def header_block(lines: list[str]) -> str | None:
    """The subject of a mail's header block — lines that are all headers, naming a sender, a date
    and a subject (「发件人: … 发送时间: … 收件人: … 主题: …」) —, or None: a note's 「收件人：… 主题：…」
    in a how-to names no sender nor date.

    >>> header_block(["From: A <a@x>", "Sent: Monday, 10:12", "To: B", "Subject: RE: 漫游"])
    'RE: 漫游'
    >>> header_block(["收件人：客服", "主题：补卡"]) is None
    True
    """
    headers = [_MAIL_HEADER.match(line) for line in lines if line.strip() and not _FORWARDED.match(line)]
    if len(headers) < 3 or not all(headers):
        return None
    keys = {header.group("key").lower(): header.group("value").strip() for header in headers if header}
    subject = next((keys[key] for key in _SUBJECT_KEYS if key in keys), None)
    return subject if keys.keys() & _SENDER_KEYS and keys.keys() & _DATE_KEYS and subject is not None else None


def strip_mail_headers(text: str) -> tuple[str, str]:
    r"""A plain-text e-mail without its header lines, and its subject (of the forwarded message
    when there is one: the forwarder's adds only 「Fwd:」).

    From/To/Date/Subject (寄件者/收件者/日期/主旨, 发件人/收件人/时间/主题) at the top, and under a
    「Forwarded message」 line, say who sent the text, not what it says; the subject names it.
    Two header lines at least make a block at the top, so a note opening 「日期：…」 stays text.

    >>> strip_mail_headers("寄件者: A <a@x>\n主旨: Fwd: 換卡\n\n正文\n-- 轉寄的郵件 --\nFrom: B\nSubject: 換卡須知\n\n內文")
    ('\n正文\n\n內文', '換卡須知')
    """
    lines = text.split("\n")
    out: list[str] = []
    subject = ""
    i = 0
    while i < len(lines):
        top = not any(line.strip() for line in out)
        forwarded = _FORWARDED.match(lines[i]) is not None
        end = i + 1 if forwarded else i
        while end < len(lines) and _MAIL_HEADER.match(lines[end]):
            end += 1
        if forwarded or (top and end - i >= 2 and _names_a_party(lines[i:end])):
            for line in lines[i:end]:
                header = _MAIL_HEADER.match(line)
                if header and header.group("key").lower() in _SUBJECT_KEYS and header.group("value").strip():
                    subject = header.group("value")
            i = end
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out), mail_subject(subject)


def cut_mail_footer(text: str) -> str:
    r"""Without the signature (from the 「-- 」 line on) nor a mailing list's footer (after the last
    rule, with its unsubscribe link): who sent the text and how to stop it, no part of it.

    >>> cut_mail_footer("正文\n-- \n編輯部\n取消訂閱")
    '正文'
    >>> cut_mail_footer("正文\n=====\n© 2026\nunsubscribe (https://x)")
    '正文'
    """
    lines = text.split("\n")
    signature = [i for i, line in enumerate(lines) if _SIGNATURE.match(line)]
    if signature:
        return "\n".join(lines[:signature[-1]]).rstrip()
    rules = [i for i, line in enumerate(lines) if RULE_LINE.match(line)]
    if rules:
        footer = "\n".join(lines[rules[-1] + 1:])
        if _UNSUBSCRIBE.search(footer) and len(footer) <= FOOTER_MAX_CHARS:
            return "\n".join(lines[:rules[-1]]).rstrip()
    return text


# -- an e-mail thread saved as text: each mail a part of its own --------------------------------------------

_QUOTE = re.compile(r"^(?:[ \t]*>)+")              # quote markers: 「> 」「> > 」「>>」
# the line a reply writes over the mail it quotes: Gmail's 「On Wed, Nov 18, 2026 at 10:02 AM X <x@y> wrote:」 and
# 「X <x@y> 于2026年11月18日周三 10:02写道：」, Apple Mail's and QQ Mail's 「在 2026年11月18日 10:02，X <x@y> 写道：」,
# Thunderbird's 「18.11.2026 10:02, X пишет:」, 「Am … schrieb X:」; Gmail in Russian ends with the address
# alone (「ср, 18 нояб. 2026 г. в 10:02, X <x@y>:」)
_WROTE = re.compile(r"(?:写道|寫道|\bwrote|\bпишет|\bнаписала?|\ba écrit|\bescribió)[ \t]*[:：][ \t]*$"
                    r"|\bschrieb\b[^\n]*[:：][ \t]*$|\d[^\n]*<[^<>@\s]+@[^<>\s]+>[ \t]*[:：][ \t]*$", re.IGNORECASE)
WROTE_MAX = 300             # an attribution is a line (two when wrapped), not a paragraph that ends in 「wrote:」
# what an attribution holds besides the writer's name: a time or an address (「鲁迅写道：」 over a quotation
# in an article is no mail)
_WROTE_WHEN = re.compile(r"\d{1,2}[:：.]\d{2}|@")
# a salutation alone on its line (「王先生，您好！」「Здравствуйте, Лэй!」「Сәлеметсіз бе, Айгүл!」「Hi Anna,」「尊敬的客户：」), and a name
# with a colon alone over the text (「老婆：」)
_SALUTATION = re.compile(r"(?:[^，,。！!？?\s]{1,12}[，,]?[ \t]*)?(?:您好|你好|大家好|早上好|上午好|下午好|晚上好)[！!，,。.~～：:]*"
                         r"|(?:尊敬的|亲爱的|親愛的)[^，,。！!？?\n]{1,20}[：:，,！!]?"
                         r"|(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|здравствуйте|добрый (?:день|вечер)"
                         r"|доброе утро|привет|уважаем\w*|сәлеметсіз(?: бе)?|сәлем|hallo|guten tag|sehr geehrte\w*)\b[^.!?。！？\n]{0,40}[,:!，：！]?",
                         re.IGNORECASE)
_ADDRESSEE = re.compile(r"(?!.*(?:如下|以下|下面|注意|说明|說明|补充|補充|附|问题|問題|步骤|步驟|方法|提示|备注|備註|原因|请|請))"
                        r"[^\s，,。！!？?：:]{1,8}[：:]")
# words that close a mail, alone on their line (「此致」「Best regards / 此致」「С уважением,」「谢谢！」)
_CLOSING = re.compile(r"(?:(?:best|kind|warm|with best|many) (?:regards|wishes|thanks)|regards|sincerely"
                      r"|yours (?:sincerely|faithfully|truly)|cheers|thanks(?: again)?|thank you(?: again)?"
                      r"|此致(?:敬礼)?|敬礼|祝好|顺(?:祝|颂)(?:商祺|时祺)?|敬上|谨上|謹上|祝(?:您)?(?:一切顺利|工作顺利|生活愉快)"
                      r"|谢谢您?|謝謝您?|多谢|多謝|感谢|感謝|с уважением|с наилучшими пожеланиями"
                      r"|всего (?:доброго|наилучшего)|спасибо(?: большое)?|благодарю|mit freundlichen grüßen|viele grüße"
                      r"|beste grüße)[ \t]*[,，!！.。~～]*",
                      re.IGNORECASE)
_SENT_FROM = re.compile(r"sent from my|get outlook for|发自我的|發自我的|从我的\S{1,20}发送|отправлено (?:с|из)", re.IGNORECASE)
SIGN_OFF_LINE_MAX = 80      # a line of a sign-off block: a name, a title, an address, a phone number
# a legal disclaimer or confidentiality notice, from its first words
_DISCLAIMER = re.compile(r"(?:本|此|该|該)(?:电子|電子)?(?:邮件|郵件)[^。\n]{0,60}(?:保密|机密|機密|仅供|僅供|仅限|僅限|误收|誤收)"
                         r"|(?:this|the) (?:e-?mail|message|communication)\b[^.\n]{0,120}"
                         r"\b(?:confidential|privileged|intended (?:solely|only))|confidentiality notice|disclaimer\b"
                         r"|免责声明|免責聲明"
                         r"|(?:данное|настоящее|это) (?:электронное )?(?:сообщение|письмо)[^\n]{0,200}?конфиденциальн",
                         re.IGNORECASE)
_CONTACT = re.compile(r"https?://|\bwww\.|[\w.+-]+@[\w-]+\.\w|\+?\d[\d \-()]{5,}\d")     # a link, an address, a phone
_VIEW_ONLINE = re.compile(r"view this (?:e-?mail|message|newsletter) in (?:your|a) (?:web )?browser"
                          r"|在(?:浏览器|瀏覽器|网页|網頁)(?:中|上)?(?:查看|檢視|查閱|打开|開啟|阅读|閱讀)"
                          r"|(?:открыть|просмотреть) (?:письмо )?в браузере", re.IGNORECASE)
_NAME_ONLY = re.compile(r"[\u3400-\u9fff·]{1,5}|[A-ZА-ЯЁ][\w'.-]*(?:[ \t]+[A-ZА-ЯЁ][\w'.-]*){0,2}")   # 「王磊」「Anna K.」
# a team signing a letter (「星光KTV 团队」「The Acme Team」「Команда Acme」), and the short wish over a name or
# a team closing a campaign (「唱得开心！」「Enjoy!」): no sentence of the text
_TEAM_NAME = re.compile(r"[^\s，,。！!？?：:][^，,。！!？?：:\n]{0,24}?[ \t]*(?:团队|團隊|小组|小組)|(?:the[ \t]+)?\S[^.!?\n]{0,24}?[ \t]+team"
                        r"|команда[ \t]+\S[^.!?\n]{0,24}", re.IGNORECASE)
_WISH = re.compile(r"[^，,。.！!？?：:\n]{1,12}[！!]")
# a line that may head a part once parsed (「一、」, 【】, bold, a rule, a Markdown heading): a mail holding one
# leaves a heading over the next mail's text unless the next mail gets a heading of its own
PART_MARK = re.compile(r"^[ \t]*(?:#|\*\*|【|[一二三四五六七八九十]{1,3}、|0[1-9][\s、.．]|faq\b|q[ \t]*&[ \t]*a\b"
                        r"|(?:常见|常見)?(?:问题|問題|问答|問答)[ \t]*$)", re.IGNORECASE)


@dataclass
class _Mail:
    depth: int                  # the quote markers its lines carry
    subject: str | None         # its header block's subject; None when a 「wrote:」 line or a quote's end opened it
    parent: int | None = None   # for the text after a quote: the mail that goes on (its title), never itself a rest
    lines: list[str] = field(default_factory=list)


def _quoted(line: str) -> tuple[int, str]:
    """A line's quote depth and its text without the markers."""
    marks = _QUOTE.match(line)
    if not marks:
        return 0, line
    rest = line[marks.end():]
    return marks.group(0).count(">"), rest[1:] if rest[:1] in (" ", "\t") else rest


def _unquote(line: str, depth: int) -> str:
    return re.sub(rf"^(?:[ \t]*>){{1,{depth}}}[ \t]?", "", line) if depth else line


def _header_end(entries: list[tuple[int, str]], start: int, depth: int) -> int:
    end = start
    while end < len(entries) and entries[end][0] == depth and _MAIL_HEADER.match(entries[end][1]):
        end += 1
        subject = _MAIL_HEADER.match(entries[end + 1][1]) if end + 1 < len(entries) else None
        if subject and subject.group("key").lower() in _SUBJECT_KEYS and not entries[end][1].strip() \
                and entries[end + 1][0] == depth:
            end += 1                    # Foxmail leaves a blank line over its 「Subject:」
    return end


def _header_keys(entries: list[tuple[int, str]], start: int, end: int) -> tuple[set[str], str | None]:
    keys: set[str] = set()
    subject = None
    for _, content in entries[start:end]:
        header = _MAIL_HEADER.match(content)
        if header is None:
            continue                    # the blank line over Foxmail's subject
        keys.add(header.group("key").lower())
        if header.group("key").lower() in _SUBJECT_KEYS:
            subject = header.group("value")
    return keys, subject


def _deeper_next(entries: list[tuple[int, str]], start: int, depth: int) -> int | None:
    """The depth of the first line with text from `start` on, when it is quoted deeper than `depth`."""
    after = next((entries[k][0] for k in range(start, len(entries)) if entries[k][1].strip()), None)
    return after if after is not None and after > depth else None


def _mail_opens(entries: list[tuple[int, str]], i: int) -> tuple[int, int, str | None] | None:
    """Where a quoted or forwarded mail opens at line i: the end of the lines that open it (a separator, a
    header block, a 「wrote:」 line), the depth of its text and its subject."""
    depth, content = entries[i]
    start = i
    separator = _FORWARDED.match(content) is not None
    if separator:
        start = i + 1
        if start < len(entries) and not entries[start][1].strip():
            start += 1                  # Apple Mail leaves a blank line under 「Begin forwarded message:」
    elif RULE_LINE.match(content):
        start = i + 1                   # Outlook's 「________________________________」 over the headers
    if start < len(entries) and entries[start][0] >= depth and _MAIL_HEADER.match(entries[start][1]):
        end = _header_end(entries, start, entries[start][0])
        keys, subject = _header_keys(entries, start, end)
        # a block without a separator line says who sent what when: 「收件人：…⏎主题：…」 in a how-to is no mail
        if separator or (end - start >= 3 and keys & _SENDER_KEYS and keys & _DATE_KEYS and keys & _SUBJECT_KEYS):
            return end, entries[start][0], subject
    if is_attribution(content) and (inner := _deeper_next(entries, i + 1, depth)):
        return i + 1, inner, None
    if i + 1 < len(entries) and entries[i + 1][0] == depth and content.strip() and not _SENTENCE_DONE.search(content) \
            and is_attribution(f"{content} {entries[i + 1][1]}") and (inner := _deeper_next(entries, i + 2, depth)):
        return i + 2, inner, None       # Gmail wraps a long attribution: 「On …, X <x@y>⏎wrote:」
    return None


def is_attribution(line: str) -> bool:
    """The line a reply writes over the mail it quotes (「On Mon, Nov 17, 2026 at 08:41, X wrote:」), as a thread
    saved as text is read: a mail typed as text in a page (`indexer.sites.threads`' public-inbox) drops it too.

    >>> is_attribution("On Mon, Nov 17, 2026 at 08:41, Wang Lei wrote:"), is_attribution("鲁迅写道：")
    (True, False)
    """
    return len(line) <= WROTE_MAX and _WROTE.search(line) is not None and _WROTE_WHEN.search(line) is not None


def quote_line(line: str) -> bool:
    """A line of quoted mail (「> 猫插上以后…」): the mail it quotes is read where it stands.

    >>> quote_line("> 猫插上以后"), quote_line(" >> 再引用"), quote_line("a > b")
    (True, True, False)
    """
    return _QUOTE.match(line) is not None


def _split_thread(text: str) -> tuple[str, list[_Mail]] | None:
    """The top mail's subject and the mails of a thread, or None when the text holds one mail only."""
    lines = text.split("\n")
    entries = [_quoted(line) for line in lines]
    mails = [_Mail(0, None)]
    top_subject = ""
    i = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    end = _header_end(entries, i, 0)
    if end - i >= 2 and _names_a_party([content for _, content in entries[i:end]]):
        top_subject = _header_keys(entries, i, end)[1] or ""
        i = end
    while i < len(lines):
        opened = _mail_opens(entries, i)
        if opened is not None:
            i, depth, subject = opened
            mails.append(_Mail(depth, subject))
            continue
        depth, content = entries[i]
        if content.strip() and depth < mails[-1].depth:         # the quote ended: the mail around it goes on
            parent = next(k for k in range(len(mails) - 1, -1, -1) if mails[k].depth <= depth)
            mails.append(_Mail(depth, None, mails[parent].parent if mails[parent].parent is not None else parent))
        mails[-1].lines.append(_unquote(lines[i], mails[-1].depth))
        i += 1
    return (top_subject, mails) if len(mails) > 1 else None


def is_salutation(line: str) -> bool:
    """A letter's salutation alone on its line (「王先生，您好！」「Привет, 朋友！」「尊敬的客户：」)."""
    return bool(_SALUTATION.fullmatch(line.strip()) or _ADDRESSEE.fullmatch(line.strip()))


def _team_signs(lines: Iterable[str]) -> bool:
    """A team's name closing a letter, under its closing words or a short wish (「唱得开心！⏎星光KTV 团队」)."""
    *above, last = list(lines)
    return bool(_TEAM_NAME.fullmatch(last)) and all(_closes(line) or _WISH.fullmatch(line) for line in above)


def _closes(line: str) -> bool:
    words = line.strip()
    return bool(words) and (all(_CLOSING.fullmatch(part.strip()) for part in words.split("/"))
                            or _SENT_FROM.match(words) is not None)


def _paragraphs(lines: list[str]) -> list[range]:
    ranges, start = [], None
    for k, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = k
        elif not line.strip() and start is not None:
            ranges.append(range(start, k))
            start = None
    return ranges


def mail_body(lines: list[str]) -> str:
    r"""A mail's own text: without its salutation, its sign-off (closing words, names, phone numbers,
    addresses, a feedback link), a signature, a legal disclaimer or a 「view in browser」 line.

    They say who wrote to whom, not what about; read as text, a sign-off or a disclaimer is a passage
    that matches any question naming the operator, or runs into the next mail's first words. A
    disclaimer goes whole, from its first words to the end of its paragraph, and so does a rule over it.

    >>> mail_body(["王先生，您好！", "", "可以备份。", "", "此致", "Айгуль (Aigul)", "热线：455", "",
    ...            "Оцените ответ: https://x.kz/f", "---", "This e-mail is confidential. If you", "received it…"])
    '可以备份。'
    """
    lines = cut_mail_footer("\n".join(lines)).split("\n")
    keep = mail_lines(lines)
    return re.sub(r"\n(?:[ \t]*\n)+", "\n\n", "\n".join(line for k, line in enumerate(lines) if keep[k])).strip("\n")


def _signature_card(lines: list[str]) -> bool:
    """Short lines that are no sentences, one of them a phone, an address or a link: the name, title,
    company and numbers a sign-off leaves under its closing words, a blank line between them."""
    return bool(lines) and any(_CONTACT.search(line) for line in lines) and all(
        len(line.strip()) <= SIGN_OFF_LINE_MAX and not _SENTENCE_DONE.search(line) for line in lines)


def mail_lines(lines: list[str]) -> list[bool]:
    """Which of a mail's lines (blank ones between its paragraphs) are its own text: not its
    salutation, sign-off, disclaimer or 「view in browser」 line (see `mail_body`). Apart from
    `mail_body` for a mail whose lines are a page's paragraphs (an e-mail saved as a web page:
    `indexer.sites.outlook`), where what goes is the paragraphs, not the text."""
    keep = [not _VIEW_ONLINE.match(line.strip()) for line in lines]
    paragraphs = _paragraphs(lines)
    if paragraphs:
        first = paragraphs[0]
        greeting = lines[first[0]].strip()
        if _SALUTATION.fullmatch(greeting) or (_ADDRESSEE.fullmatch(greeting) and len(first) == 1):
            keep[first[0]] = False
    signing = False                 # a sign-off block was cut: the links and notices under it go with it
    for paragraph in paragraphs:
        shown = [k for k in paragraph if keep[k]]
        # the closing words, over nothing but sign-off lines (a name, a title, a phone) to the paragraph's end
        text_ends = max((k for k in shown if len(lines[k].strip()) > SIGN_OFF_LINE_MAX or _SENTENCE_DONE.search(lines[k])),
                        default=paragraph.start)
        closing = next((k for k in shown if k >= text_ends and _closes(lines[k])), None)
        notice = next((k for k in shown if _DISCLAIMER.match(lines[k].strip())), None)
        cut = min((k for k in (closing, notice) if k is not None), default=paragraph.stop)
        while paragraph.start < cut < paragraph.stop and RULE_LINE.match(lines[cut - 1]):
            cut -= 1                    # the rule over a disclaimer or a sign-off
        rest = [k for k in shown if k < cut]
        if closing is None and signing and (all(RULE_LINE.match(lines[k]) or _CONTACT.search(lines[k]) for k in rest)
                                            or _signature_card([lines[k] for k in rest])):
            rest = []                   # a feedback link, an address, a signature card under the sign-off
        for k in shown:
            keep[k] = bool(rest) and k <= rest[-1]
        signing = closing is not None or (signing and not rest)
    for paragraph in reversed(paragraphs):          # the name under the text, and 「谢谢！」 over it
        shown = [k for k in paragraph if keep[k]]
        if shown and len(shown) <= 3 and (all(_NAME_ONLY.fullmatch(lines[k].strip()) or _closes(lines[k])
                                              or RULE_LINE.match(lines[k]) for k in shown)
                                          or _team_signs(lines[k].strip() for k in shown)):
            for k in shown:
                keep[k] = False
        elif shown:
            break
    return keep


def _normalized(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def mail_thread(text: str) -> tuple[str, str] | None:
    r"""An e-mail thread as parts, one a mail, and its title; None when the text is one mail.

    A thread is the mails a reply or a forward keeps under its own, newest on top, each opened by a
    header block (「发件人: … 主题: …」, 「From: … Sent: … Subject: …」, under 「-----Original Message-----」 or
    「---------- Forwarded message ---------」 or not) or by a 「wrote:」 line over its quoted lines
    (「在 2026年11月18日 10:02，X 写道：」, 「On …, X wrote:」). Read as one text, the first 「一、」 part title
    of an answer titled every later mail, its quoted header blocks were text and its quote markers kept
    its parts from being read. So each mail's lines lose the quote markers, its salutation, sign-off,
    signature and disclaimer (`mail_body`), and the mail is a part of its own: a rule ends the mail above
    it, and a heading opens it where the heading above would otherwise name it — its own subject
    when it differs from the top one (a mail forwarded in from another conversation), else the
    article's title, which adds no words. Who wrote it and when is no title: nobody asks for it.
    A mail quoted again further down (a reply quoting the whole thread, then the thread) is read once:
    its letters and digits are an earlier mail's, however its quoting wrapped its lines.

    The top mail's subject, without its 「Fwd:」「RE:」 and ticket number, titles the article.

    >>> print(mail_thread("发件人: 客服\n主题: RE: 退款 [#12345]\n\n已退。\n\n在 2026年11月18日 10:02，王 <w@x.cn> 写道：\n> 您好！\n>\n"
    ...                   "> 一、怎么退\n> 怎么退款？\n>\n> 二、多久到\n> 多久？\n>\n> 发件人: 王\n> 发送时间: 11月17日\n"
    ...                   "> 主题: 充值\n>\n> 充值失败。\n> 谢谢！\n> 王")[0].strip())
    # 退款
    <BLANKLINE>
    已退。
    <BLANKLINE>
    ***
    <BLANKLINE>
    一、怎么退
    怎么退款？
    <BLANKLINE>
    二、多久到
    多久？
    <BLANKLINE>
    # 充值
    <BLANKLINE>
    充值失败。
    """
    thread = _split_thread(text)
    if thread is None:
        return None
    top_subject, mails = thread
    title = mail_subject(top_subject) or next(
        (subject for mail in mails if (subject := mail_subject(mail.subject or ""))), "")

    def mail_title(mail: _Mail) -> str:
        own = mail_subject((mail if mail.parent is None else mails[mail.parent]).subject or "")
        return own if own and _normalized(own) != _normalized(title) else title

    blocks = [f"# {title}"] if title else []
    heading, parted = title, False          # the heading over the text so far, and whether a part title followed it
    read: set[str] = set()                  # the mails' text so far, normalized
    for mail in mails:
        body = mail_body(mail.lines)
        seen = _normalized(body)
        if not seen or seen in read:
            continue
        name = mail_title(mail)
        if read and title and (name != heading or parted):
            blocks.append(f"# {name}")
            heading, parted = name, False
        elif read:
            blocks.append("***")
        blocks.append(body)
        read.add(seen)
        parted = parted or any(PART_MARK.match(line) or RULE_LINE.match(line) for line in body.split("\n"))
    return "\n\n".join(blocks) + "\n", title


def _is_toc_entry(line: str) -> bool:
    entry = _TOC_PAGE.sub("", line).strip(" \t*-•")
    return 0 < len(entry) <= HEADING_MAX and not HEADING_END.search(entry)


def drop_text_toc(text: str) -> str:
    r"""Without a table of contents: a 目錄 / Contents line (a rule may underline it) over lines
    naming the parts. Its entries are the part headings again; read as text, the last of them
    would head everything after it.

    >>> drop_text_toc("** 本期目錄\n-----\n\n一、資費\n二、問答\n\n正文")
    '\n正文'
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        label = lines[i].strip(" \t*#").rstrip("：:").strip()
        if not _TEXT_TOC_LABEL.match(label):        # only a label's lines are looked at: a long text stays linear
            out.append(lines[i])
            i += 1
            continue
        start = i + 1
        while start < len(lines) and (not lines[start].strip() or RULE_LINE.match(lines[start])):
            start += 1
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if end - start >= 2 and all(map(_is_toc_entry, lines[start:end])):
            i = end
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _own_lines(text: str) -> str:
    """Dotted-leader and checklist lines (`_OWN_LINE`) end with a hard break, as does the line
    before one: Markdown would run them into one line with their paragraph."""
    lines = text.split("\n")
    marked = [bool(_OWN_LINE.match(line)) for line in lines]
    for i, line in enumerate(lines[:-1]):
        if (marked[i] or marked[i + 1]) and line.strip() and lines[i + 1].strip():
            lines[i] = line.rstrip() + "  "
    return "\n".join(lines)


_PAGE_NUMBER = re.compile(r"^\s*(?:[—–\-]\s*)?(?:\d{1,3}|第\s*\d{1,3}\s*[页頁]|page\s+\d{1,3})(?:\s*[—–\-])?\s*$", re.IGNORECASE)
_NOT_RUNNING = re.compile(r"[\d\s—–\-·|/]+")     # a running line without its page number and spacing
_PDF_BULLET = re.compile("^([ \t]*)[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25aa\u25cf][ \t]*", re.MULTILINE)   # Symbol / Wingdings glyphs
_HYPHENATED = re.compile(r"([A-Za-z])-\n[ \t]*([a-z])")
_NUMBERED_PART = re.compile(r"^[ \t]*\d{1,2}[ \t]+([^\s\d.、．)）][^\n]{0,24})$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[。！？!?；;：:」』）)]\s*$")
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+|\u3000+)(?=\S)")
RUNNING_SHARE = 0.6         # of the shorter of two page edges, the first characters they share


def pdf_text(text: str) -> str:
    r"""A PDF's text (pages split by form feeds, as pdftotext writes them) as its reader sees
    the document: without the header and footer every page repeats nor page numbers, with a
    sentence a page break cut joined again, 「inter-⏎national」 whole, the Symbol font's bullet
    glyphs as bullets and 「1 什么是通话限制」 standing alone as a part's heading.

    >>> pdf_text("指南 2026\n\n1 概述\n\n请联系客\n\n— 1 —\f指南 通话 2026\n户经理。\n\n— 2 —")
    '\n## 概述\n\n\n请联系客户经理。\n'
    """
    pages = [page.split("\n") for page in text.split("\f")]
    if len(pages) < 2:
        return text

    def edge(lines: list[str], last: bool) -> int | None:
        found = [i for i, line in enumerate(lines) if line.strip() and not _PAGE_NUMBER.match(line)]
        return (found[-1] if last else found[0]) if found else None

    def same(a: str, b: str) -> bool:       # a header that adds its part's name on later pages is the same
        shared = len(os.path.commonprefix([a, b]))
        return shared >= 2 and shared >= RUNNING_SHARE * min(len(a), len(b))

    def running(line: str) -> bool:
        key = _NOT_RUNNING.sub("", line)
        return sum(same(key, other) for other in keys) >= 2

    keys = [_NOT_RUNNING.sub("", lines[i]) for lines in pages for last in (False, True)
            if (i := edge(lines, last)) is not None]
    out: list[str] = []
    for lines in pages:
        ends = (edge(lines, False), edge(lines, True))
        kept = [line for i, line in enumerate(lines)
                if not _PAGE_NUMBER.match(line) and not (i in ends and running(line))]
        while kept and not kept[-1].strip():
            kept.pop()
        while kept and not kept[0].strip():
            kept.pop(0)
        if out and kept and out[-1].strip() and not _SENTENCE_END.search(out[-1]) \
                and not _NUMBERED_PART.match(kept[0]):
            out[-1] = out[-1].rstrip() + kept.pop(0).strip()      # a sentence the page break cut
        out += ([""] if out else []) + kept
    # layout is no Markdown: indentation goes (no code blocks), stars are text (「**03*330*…#」),
    # columns set apart by spaces keep their line, cells marked
    lines = [_COLUMN_GAP.sub(" | ", line.strip()) + "  " if len(_COLUMN_GAP.findall(line.strip())) >= 2
             else line.strip() for line in "\n".join(out).split("\n")]
    first = next((i for i, line in enumerate(lines) if line.strip() and not RULE_LINE.match(line)), None)
    if first is not None and len(lines[first]) <= HEADING_MAX and not HEADING_END.search(lines[first]) \
            and not _NUMBERED_PART.match(lines[first]):
        lines[first] = "# " + lines[first]        # the cover's first line titles the document
    text = "\n".join(lines).replace("*", "\\*")
    text = _PDF_BULLET.sub(r"\1• ", _HYPHENATED.sub(r"\1\2", text))
    return _NUMBERED_PART.sub(lambda m: m.group(0) if _SENTENCE_END.search(m.group(1))
                              else f"\n## {m.group(1).strip()}\n", text)


_BANNER = re.compile(rf"^{_RULE}\n[ \t]*([^\n]*\S)[ \t]*\n{_RULE}$", re.MULTILINE)


def _banner_heading(match: re.Match[str]) -> str:
    """A banner titles the part under it; one above all text is the masthead (「第 42 期」)."""
    line = match.group(1).strip()
    if len(line) > HEADING_MAX or HEADING_END.search(line) or RULE_LINE.match(line) \
            or not match.string[:match.start()].strip():
        return match.group(0)
    return f"\n***\n\n## {line}\n"


# a Markdown list's item line, and the end of a sentence (a closing bracket or quote may follow it)
_LIST_ITEM_LINE = re.compile(r"^[ \t]{0,3}(?:\d{1,9}[.)]|[-*+])[ \t]+\S")
_SENTENCE_DONE = re.compile(r"[。！？!?；;][\"'”’」』）)]*[ \t]*$")


def _after_lists(text: str) -> str:
    r"""A line typed right under a list, not indented, after an item that ends its sentence, as a
    paragraph of its own: in plain text it is the text after the list, which Markdown would run into
    the last item (the closing words of a canned reply read as a part of its last step). A line
    under an item cut mid-sentence goes on with it.

    >>> _after_lists("1. 重启手机。\n2. 换一部手机试。\n还是不行请回复我。\n3. 第三步，\n接着写")
    '1. 重启手机。\n2. 换一部手机试。\n\n还是不行请回复我。\n3. 第三步，\n接着写'
    """
    out: list[str] = []
    listed = False          # the line is in a list: an item's line, or an item's own next line
    for line in text.split("\n"):
        if not line.strip():
            listed = False
        elif _LIST_ITEM_LINE.match(line):
            listed = True
        elif listed and not line[0].isspace() and _SENTENCE_DONE.search(out[-1]):
            out.append("")
            listed = False
        out.append(line)
    return "\n".join(out)


# a line a step's number opens (「第二步：…」「步骤 3：」「Step 2:」), unindented
STEP_LINE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}步|步[骤驟][ \t]*[一二三四五六七八九十\d]{1,3}|step[ \t]*\d{1,2}\b)",
                        re.IGNORECASE)


def _step_lines(text: str) -> str:
    r"""A line a step's number opens as a paragraph of its own: typed one under the other, 「第一步」
    to 「第四步」 are one paragraph to Markdown, which the fragmenter cuts as a passage, mid-step when
    it is long, instead of as steps.

    >>> _step_lines("做法：\n第一步：导出。\n第二步：上传。")
    '做法：\n\n第一步：导出。\n\n第二步：上传。'
    """
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if k and STEP_LINE.match(line) and lines[k - 1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


# a part's title as canned replies and macro templates write it: framed by rule characters
# (「=== 模板 4：回声 ===」) or led by a 【bracketed label】 (「【模板 3】我听不到对方的声音」)
_FRAMED_TITLE = re.compile(r"^[ \t]*(?P<edge>(?P<mark>[=＝~#*—─-])(?P=mark)+)[ \t]*(?P<title>[^\s=＝~#*—─-][^\n]*?)"
                           r"[ \t]*(?P=mark){2,}[ \t]*$")
_LABELLED_TITLE = re.compile(r"^[ \t]*(?P<title>【[^【】\n]{1,20}】[ \t]*[^\s【][^\n]*?)[ \t]*$")
PART_TITLES_MIN = 2         # a page has parts so titled when two lines title them at least


def part_titles(text: str) -> str:
    r"""A plain-text page's part titles as headings, when two lines at least title its parts as
    canned replies and macro templates do: a line framed by rule characters (「=== 模板 4：回声
    ===」, a hyphen frame `---` at least: 「-- 匯出完畢 --」 is a closing line), or a line standing
    alone that a 【bracketed label】 leads (「【模板 3】我听不到对方的声音」); either short, no
    sentence. Without them every template hangs under the page's title, and a template's short
    opening line ending in 「：」 names its steps instead of being read. A 【bracketed title】 line is
    a heading there too (the parser makes one only in a page without headings), and the first
    line, alone, short and no sentence, titles the page, as it does a page without headings.

    >>> print(part_titles("回复模板\n\n【模板 1】单通\n\n您好。\n\n=== 模板 2：回声 ===\n您好。\n【内部备注】\n别发。"))
    # 回复模板
    <BLANKLINE>
    <BLANKLINE>
    ## 【模板 1】单通
    <BLANKLINE>
    <BLANKLINE>
    您好。
    <BLANKLINE>
    <BLANKLINE>
    ## 模板 2：回声
    <BLANKLINE>
    您好。
    <BLANKLINE>
    ## 内部备注
    <BLANKLINE>
    别发。
    """
    if "【" not in text and not any(mark * 2 in text for mark in "=＝~#*—─-"):
        return text
    lines = text.split("\n")

    def alone(i: int) -> bool:
        return all(j < 0 or j >= len(lines) or not lines[j].strip() or RULE_LINE.match(lines[j]) for j in (i - 1, i + 1))

    titles: dict[int, str] = {}
    for i, line in enumerate(lines):
        framed = _FRAMED_TITLE.match(line) if line.strip() and line.lstrip()[0] in "=＝~#*—─-" else None
        if framed and (framed.group("mark") != "-" or len(framed.group("edge")) >= 3):
            title = framed.group("title")
        elif (labelled := _LABELLED_TITLE.match(line)) and alone(i):
            title = labelled.group("title")
        else:
            continue
        if len(title) <= HEADING_MAX and not HEADING_END.search(title):
            titles[i] = title
    if len(titles) < PART_TITLES_MIN:
        return text
    for i, line in enumerate(lines):
        if i not in titles and (bracketed := _BRACKET_LINE.match(line)):
            titles[i] = bracketed.group(1)[1:-1].strip()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and first not in titles and alone(first) and len(lines[first].strip()) <= HEADING_MAX \
            and not HEADING_END.search(lines[first].strip()) and not RULE_LINE.match(lines[first]) \
            and not lines[first].lstrip().startswith("#"):
        lines[first] = f"# {lines[first].strip()}"
    for i, title in titles.items():
        lines[i] = f"\n## {title}\n"
    return "\n".join(lines)


def plain_text_markup(text: str) -> str:
    r"""Mark what a plain-text article's layout means before it is read as Markdown.

    A line of rule characters only (「====」「———」「───」) separates parts: it becomes a rule,
    never a setext underline (the line above it, often a by-line, would title the article).
    Only a line marked 「** 」 over such a rule is a heading, as mailing-list tools write one.
    So is a short line between two such rules, a banner (「====⏎【第一部分】儲值額有效期⏎====」), and
    so are the titles of canned replies' templates (`part_titles`: 「=== 模板 4 ===」, 「【模板 3】…」).
    A line that is only a 【bracketed title】 stands apart from the text under it, which
    otherwise runs into it as one paragraph, and so do a line with dotted leaders and a checklist
    line, and so does a line a step's number opens (`_step_lines`: 「第二步：…」). Text typed right
    under a list is no part of its last item (`_after_lists`). A table of contents is no text (a
    mail's signature and footer were cut before: `cut_mail_footer`, per mail in a thread). Only for
    `.txt`: in Markdown, `===` under a line is a heading.

    >>> plain_text_markup("客服话术\nCS-0417\n=====\n【处理时限】\n三天内答复。")
    '客服话术\nCS-0417\n\n***\n\n\n【处理时限】\n\n三天内答复。'
    >>> plain_text_markup("** 一、資費\n-----\n儲值 ..... 300\n月租 ..... 990")
    '\n## 一、資費\n\n儲值 ..... 300  \n月租 ..... 990'
    """
    text = _STARRED_HEADING.sub("\n## \\1\n", drop_text_toc(text))
    text = part_titles(_BANNER.sub(_banner_heading, text))
    text = RULE_LINE.sub("\n***\n", text)
    return _own_lines(_after_lists(_step_lines(_BRACKET_LINE.sub("\n\\1\n", text))))
