"""Read a chat exported as text into the Markdown `render` then renders (`chat_markup`): WhatsApp's
export on iOS and Android, Telegram's copied messages, LINE's saved chats, QQ's exported logs,
KakaoTalk's PC exports; Viber's replies lose the message they quote (`_reply`). Each app's
export is detected by its own line patterns and header, strictly: an article quoting a message
or two stays an article.

A chat read as text is a search result nobody can use: every line opens with a date, a time and
a sender, the app's notices (encryption, a business account, calls, messages taken back, files
and stickers left out) stand among the messages, and a question and its answer are lines apart.
So each message becomes its own text, one paragraph a line, and the noise goes. What a help
article holds is who asks and who answers. In a customer's chat with a service desk, a sender
named as one answers, else the customer is whoever asks most (`_agents`); the customer's
messages that ask, with the agent's answer, are a Q&A: a <details> whose summary is the
question, which the fragmenter takes as one. In a group (`_is_group`: three members or more,
none a service desk) anyone may ask and anyone answer: a member's run of messages that asks
(`group_asks`) is answered by the next member's (`_group_blocks`) — or by a third member's when
the next asks on about it —, every other run is a part of its own, and a message that says nothing
but thanks or an emoji (`says_nothing`) answers nothing. An iPhone writes a group's notices as the
group's own messages: the group's name titles the chat and its notices go (`_group_name`).

Pure: no I/O. A module of its own beside `render_text` because a chat is no layout of plain
text: its lines are messages, and who sent them decides what they mean. The writer's lines
above the messages are plain text, read by `render_text.plain_text_markup`.
"""
from __future__ import annotations

import html
import re

from indexer.render_text import HEADING_MAX, RULE_LINE, plain_text_markup

# A chat exported as text. WhatsApp on iOS: 「[22/11/2026, 14:03] 名字: 文字」 (12-hour: 「[11/22/26, 2:03:15 PM]」);
# on Android: 「22/11/2026, 14:03 - 名字: 文字」; a line without a name is a notice. Telegram's copied messages:
# 「名字, [22.11.2026 14:03]」 over their text.
_CHAT_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_CHAT_TIME = (r"(?:(?:上午|下午|凌晨|中午|晚上)[ \t]?)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
              r"(?:\s?(?:[AaPp]\.?[ \t]?[Mm]\.?|上午|下午))?")
_CHAT_SENDER = r"(?:(?P<name>[^:：\n]{1,60}?)[ \t]?[:：][ \t])?"
_WHATSAPP_LINE = re.compile(rf"^[\u200e\u200f]?(?:\[{_CHAT_DATE},?\s{_CHAT_TIME}\][ \t]|{_CHAT_DATE},?\s{_CHAT_TIME}"
                            rf"[ \t][-–][ \t]){_CHAT_SENDER}(?P<text>.*)$")
_TELEGRAM_LINE = re.compile(r"^[\u200e\u200f]?(?P<name>[^\n\[\]]{1,60}?),[ \t]\[\d{1,2}\.\d{1,2}\.\d{2,4}[ \t]"
                            r"\d{1,2}:\d{2}(?::\d{2})?\][ \t]*$")
# LINE's 「傳送聊天記錄」 (zh-TW, zh-CN, English, Japanese alike): 「[LINE] 與名字的聊天記錄」 and 「儲存日期：…」 over the
# chat, each day under a date line (「2026/11/18（三）」「2026.11.18 星期三」「Wed, 11/18/2026」), each message
# 「10:02<TAB>名字<TAB>文字」 (「下午2:03」「AM 10:09」 too), a message of several lines wrapped in double quotes, the app's
# notices with an empty sender or none (「09:24<TAB>名字已收回訊息」)
_LINE_HEADER = re.compile(r"^\[LINE\][ \t]*(?:chat history (?:with|in)[ \t]+(?P<en>.*?)|[與与]?(?P<zh>.*?)的聊天(?:記錄|记录|紀錄)"
                          r"|(?P<ja>.*?)(?:との|の)トーク履歴|(?P<other>.*?))[ \t]*$", re.IGNORECASE)
_LINE_SAVED = re.compile(r"^(?:儲存日期|储存日期|保存日期|保存日時|saved on|save date)[ \t]*[:：]", re.IGNORECASE)
_LINE_TIME = (r"(?:(?:上午|下午|凌晨|中午|晚上|午前|午後|[AaPp][Mm])[ \t]?)?\d{1,2}:\d{2}"
              r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?")
_LINE_LINE = re.compile(rf"^{_LINE_TIME}\t(?P<name>[^\t\n]*)(?:\t(?P<text>.*))?$")
_WEEKDAY = (r"(?:星期|禮拜|礼拜|週|周)?[一二三四五六日天]|[月火水木金土日](?:曜日?)?"
            r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?")
_LINE_DATE = re.compile(rf"^\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}(?:[ \t]*[（(][ \t]*(?:{_WEEKDAY})[ \t]*[)）]|[ \t]*(?:{_WEEKDAY}))?$"
                        rf"|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}}\.?,?[ \t]+\d{{1,2}}/\d{{1,2}}/\d{{4}}$", re.IGNORECASE)
# QQ's 「导出消息记录」 as text: 「消息记录（此消息记录为文本格式，不支持重新导入）」, then 「消息分组:我的群聊」 and
# 「消息对象:群名」 between rules over the messages, each under 「2026-03-02 21:14:07 名字(QQ号)」 (a friend's 「名字<邮箱>」
# or the name alone) with a blank line after it; the system's notices from 「系统消息(10000)」, pictures and stickers as
# 「[图片]」「[表情]」 wherever they were in the message, a reply led by 「@名字 」
_QQ_HEADER = re.compile(r"^消息记录[（(]此消息记录为文本格式[，,]\s*不支持重新导入[)）]$")
_QQ_FIELD = re.compile(r"^(?P<key>消息分组|消息对象)[ \t]*[:：][ \t]*(?P<value>.*?)[ \t]*$")
_QQ_LINE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}:\d{2}[ \t]+(?P<name>\S.*?)"
                      r"(?:\((?P<number>\d{5,12})\)|<(?P<mail>[^<>\s]+)>)?[ \t]*$")
_QQ_SYSTEM = "10000"        # the number the system's notices are sent from
_QQ_PLACEHOLDER = re.compile(r"\[(?:图片|表情|动画表情|超级表情|语音|视频|文件|闪照|红包|QQ红包|戳一戳|位置|名片|分享)\]")
# KakaoTalk's PC export (「对话另存为」/「保存聊天记录」) as text: 「与 名字 的 KakaoTalk 聊天」 (Korean 「名字 님과 카카오톡 대화」,
# English 「KakaoTalk Chats with 名字」) and 「保存日期 : …」 over the chat, each day under its date line after a blank line
# (「2026年3月2日 星期一」), each message 「2026年3月2日 下午9:14, 名字 : 文字」 (「2026. 3. 2. 오후 9:14, …」 in Korean) with
# its later lines under it, the app's notices the same line without a sender (「刘姐 邀请了 王小明。」), a photo or a
# sticker the word alone (「照片」「表情」)
_KAKAO_HEADER = re.compile(r"^(?:[与與][ \t]*(?P<zh>.+?)[ \t]*的[ \t]*KakaoTalk[ \t]*(?:聊天|對話|对话)(?:记录|紀錄|記錄)?"
                           r"|(?P<ko>.+?)[ \t]*님과[ \t]*카카오톡[ \t]*대화|KakaoTalk Chats? with[ \t]+(?P<en>.+?))[ \t]*$",
                           re.IGNORECASE)
_KAKAO_SAVED = re.compile(r"^(?:保存日期|儲存日期|储存日期|저장한 날짜|date saved)[ \t]*[:：]", re.IGNORECASE)
_KAKAO_DATE = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}\.[ \t]?\d{1,2}\.[ \t]?\d{1,2}\.)"
_KAKAO_DAY = re.compile(rf"^{_KAKAO_DATE}[ \t]*(?:{_WEEKDAY}|[월화수목금토일]요일)?$", re.IGNORECASE)
_KAKAO_LINE = re.compile(rf"^{_KAKAO_DATE}[ \t]*(?:(?:上午|下午|오전|오후)[ \t]?)?\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp][Mm])?,[ \t]"
                         r"(?:(?P<name>[^\n]{1,60}?) : )?(?P<text>.*)$")
_KAKAO_PLACEHOLDER = re.compile(r"照片|圖片|图片|表情|表情符號|表情符号|貼圖|贴图|影片|视频|視頻|文件|檔案|语音留言|語音留言"
                                r"|사진|이모티콘|동영상|파일|photo|emoticons?|video|file", re.IGNORECASE)
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_EDITED = re.compile(r"[ \t]*<(?:this message was edited|[^<>\n]{0,12}(?:已編輯|已编辑|изменено)[^<>\n]{0,6})>[ \t]*$",
                     re.IGNORECASE)
# what the app writes instead of a message: a file left out or attached, a deleted message (WhatsApp's 「This
# message was deleted」, Viber's 「This message has been deleted」), a missed call
_NO_MESSAGE = re.compile(r"<[^<>\n]*>|[\w ]{1,20}[ \t]omitted|.{0,8}(?:已略去|已省略|已忽略)|.{1,80}\((?:file attached|檔案已附加|文件已附加)\)"
                         r"|this message (?:was|has been) deleted|you deleted this message|(?:此|這則|这条|該|该)(?:訊息|讯息|消息)已(?:刪除|删除)"
                         r"|(?:你|您)(?:刪除|删除)了(?:此|這則|这条)(?:訊息|讯息|消息)|это сообщение удалено|вы удалили это сообщение"
                         r"|missed (?:voice|video) call|未接(?:語音|语音|視訊|视频)(?:通話|通话)|null"
                         # LINE's: a sticker, photo, file… shown by its kind, a call, a message taken back, a member joining
                         r"|\[(?:貼圖|贴图|照片|圖片|图片|影片|视频|視訊|檔案|文件|語音訊息|语音信息|语音消息|位置|位置資訊|聯絡資訊|联系人|記事本"
                         r"|记事本|相簿|相册|禮物|礼物|sticker|photo|video|file|voice message|audio|location|contact|notes?|album|gift"
                         r"|スタンプ|写真|動画|ファイル|ボイスメッセージ|位置情報|連絡先|ノート|アルバム|プレゼント)\]"
                         r"|☎[ \t]*(?:[^\n]{0,12}?(?:通話時間|通话时间|通話時長|通话时长|call time|duration)[ \t:：]*\d{1,2}(?::\d{2}){1,2}"
                         r"|未接來電|未接来电|missed (?:voice |video )?call|no answer|無人接聽|无人接听|不在着信|応答なし"
                         r"|已?取消(?:通話|通话)?|cancell?ed call|通話をキャンセル(?:しました)?)"
                         r"|.{1,60}?(?:已收回訊息|已收回讯息|撤回了一条消息|unsent a message|がメッセージの送信を取り消しました)"
                         r"|message unsent\.?|.{1,60}?(?:已加入群組|已加入群组|已加入该群|joined the group|がグループに参加しました)。?",
                         re.IGNORECASE)
# the app's notices at the top of a chat: its encryption, and that a business account is on the other side
_ENCRYPTION_NOTICE = re.compile(r"^(?:messages|訊息|讯息|消息|сообщения)\S*[^\n]{0,60}?(?:end-to-end|端對端|端到端|сквозн)",
                                re.IGNORECASE)
_BUSINESS_NOTICE = re.compile(r"^(?:this (?:business|chat)|(?:這個|这个|此|該|该)(?:商家|聊天|商業|商业|企業|企业)|этот (?:бизнес|чат))"
                              r"[^\n]{0,120}(?:learn more|more info|瞭解|了解|詳情|详情|подробнее)\W*$", re.IGNORECASE)
# what WhatsApp on an iPhone writes under a group's own name, not a member's: the group created or renamed, a
# member joining, added, removed or leaving, the icon, description or settings changed (zh-Hant, zh-Hans, English)
_GROUP_EVENT = re.compile(r".{1,60}?[ \t]?(?:已建立群組|已建立群组|创建了群组|建立了群組|已將群組名稱更改為|已将群组名称更改为"
                          r"|將群組名稱更改為|将群组名称更改为|已更改此群組的圖示|更改了此群组的图标|已更改群組說明|更改了群组描述"
                          r"|已更改群組設定|更改了群组设置|已透過此群組的邀請連結加入|通过此群组的邀请链接加入了?"
                          r"|已(?:新增|添加|移除)|添加了|移除了|created (?:group|this group)|changed (?:the group name|the subject"
                          r"|this group's icon|the group description|(?:this group's|the group) settings)"
                          r"|added|removed)(?:[ \t“\"「].*)?"
                          r"|.{1,60}?[ \t]?(?:已加入|加入了群组|已離開|已离开|退出了群组|已退出|joined(?: using this group's invite link)?"
                          r"|left)[。.]?", re.IGNORECASE)
# who answers: a sender named as a service desk is (「Kcell 客服」「客服中心」「Beeline Support」「оператор」)
_AGENT_NAME = re.compile(r"客服|客戶服務|客户服务|服務中心|服务中心|熱線|热线|官方|小助手|support|service|help ?desk|customer care"
                         r"|\bagent\b|operator|\bteam\b|оператор|поддержк|служба", re.IGNORECASE)
# a customer's message that asks: a question mark (not one inside an address), a question particle or word
_QUESTION_MARK = r"？|\?(?=[\s\"'”」)）]|$|[^\x00-\x7f])"
_ASKS = re.compile(_QUESTION_MARK + r"|[吗嗎]|呢[\s。！!～~]*$|请问|請問|怎么|怎麼|怎样|怎樣|如何|为什么|為什麼"
                   r"|为何|為何|什么|什麼|哪(?!怕)|多少|多久|多长|多長|几点|幾點|能不能|可不可以|是不是|有没有|有沒有|要不要"
                   r"|[个個]问题|[个個]問題|想问|想問|请教|請教|^(?:how|what|why|when|where|which|can|could|is|are|do|does)\b"
                   r"|^(?:как|почему|где|когда|сколько|можно|что)\b", re.IGNORECASE)
# Viber's reply: its first line 「Replying to 名字: 」 and the start of the message replied to, the reply under it
_REPLYING = re.compile(r"^Replying to[ \t]+(?P<name>[^:：\n]{1,60}?)[ \t]?[:：][ \t]")
# a message that says nothing but thanks, a cheer, that it was understood, or an emoji (no word: 「👍」「😱」)
_SAYS_NOTHING = re.compile(r"(?:(?:明白|清楚|多謝|多谢|唔該|唔该|收到)晒|唔該|唔该|清楚了|清楚|謝謝|谢谢|感謝|感谢|多謝|多谢|謝啦|谢啦|學到了|学到了|收到|了解|瞭解|明白了|明白|原來如此|原来如此"
                           r"|好的|好滴|好|讚|赞|加油|辛苦了|thank you|thanks|thx|okay|ok|спасибо|понятно|哈|呵|[\W_])*",
                           re.IGNORECASE)
_CHAT_TITLE_END = re.compile(r"[。！!：:；;，,、]$")           # a sentence, not a title (a question may title)
CHAT_MIN_MESSAGES = 3
GROUP_MIN_SENDERS = 3       # a chat of three people or more, none of them a service desk, is a group's
_CLAUSE_MARK = re.compile(r"[，,。！!；;：:\n]")
_CLAUSE_TAIL = re.compile(r"[\s。！!～~…]+$")
_SELF_ANSWERED = re.compile(rf"(?:{_QUESTION_MARK})[ \t]*(?=因为|因為|because\b)", re.IGNORECASE)   # 「…？因为…」
_NUMBERED_LINE = re.compile(r"^\s*\d{1,2}[.)．、）]\s*")         # a message's numbered line (a list's item)
_ASK_LEAD = re.compile(r"请问|請問|请教|請教|想问|想問")     # words that ask wherever they stand in a clause
ASK_WORD_TAIL = 4           # a question word ends a clause that asks, but for a verb and its object (「怎么写」)
NEW_DAY = "\n"             # the sender of the mark a day's date line leaves among LINE's messages (no name holds a newline)
NOTICE_MAX = 300            # the longest notice of the app, in characters


def _chat_messages(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    """The lines above a chat export's messages and its messages (sender, lines; a notice has no
    sender), when most of what follows the writer's own lines is messages; None for any other text.

    A WhatsApp message is a line of its own (its later lines follow it), so most non-empty lines
    are message lines; Telegram's messages stand under a line naming their sender, so most
    paragraphs open with one; LINE's are lines too (`_line_messages`). An article quoting a
    message or two stays an article.
    """
    if (line_chat := _line_messages(lines)) is not None:
        return line_chat
    heads = [(_WHATSAPP_LINE.match(line), _TELEGRAM_LINE.match(line)) for line in lines]
    start = next((i for i, (whatsapp, telegram) in enumerate(heads) if whatsapp or telegram), None)
    if start is None:
        return None
    telegram = heads[start][1] is not None
    filled = [i for i in range(start, len(lines)) if lines[i].strip()]
    if telegram:
        opening = [i for i in filled if i == start or not lines[i - 1].strip()]
        if sum(heads[i][1] is not None for i in opening) * 2 <= len(opening):
            return None
    elif sum(heads[i][0] is not None for i in filled) * 2 <= len(filled):
        return None
    messages: list[tuple[str, list[str]]] = []
    for line, (whatsapp, telegram_head) in zip(lines[start:], heads[start:]):
        head = telegram_head if telegram else whatsapp
        if head is None:
            messages[-1][1].append(line)
            continue
        # 「~ Aigerim」: WhatsApp marks a name the phone has not saved
        name = _DIRECTION_MARKS.sub("", head.group("name") or "").strip().lstrip("~").strip()
        messages.append((name, [] if telegram else [head.group("text")]))
    senders = {name for name, _ in messages if name}
    return (lines[:start], messages) if len(messages) >= CHAT_MIN_MESSAGES and len(senders) >= 2 else None


def _line_messages(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    r"""The lines above a LINE chat saved as text and its messages, as `_chat_messages`, a day's
    date line leaving a `NEW_DAY` mark; None for any other text.

    A message's lines are its own wherever its quotes hold them: a 「1.」 line, a blank line or a
    date inside a message is a part of it, and its quotes go. A quote a writer typed at a message's
    start and never closed ends where the export starts a message or, after a blank line, a day
    (it swallowed the rest of the chat). LINE's header goes
    but for the chat's name, alone on its line, so it titles the chat: 「與Kcell 客服的聊天記錄」 is the
    app's name for the file, the name 「Kcell 客服」 is the chat's (and the words 聊天記錄 in every LINE
    chat's title would match questions about chat histories). Lines of tab-separated columns under a
    time are no chat unless LINE's header or a day's date stands over them.

    >>> header, messages = _line_messages(["[LINE] 與Kcell 客服的聊天記錄", "儲存日期：2026/11/20 14:03", "",
    ...     "2026/11/18（三）", "10:02\t阿明\t怎麼開漫遊？", '10:04\tKcell 客服\t"撥 *111*5#', '1. 按通話鍵"',
    ...     "10:05\t阿明已收回訊息", "", "2026/11/19（四）", "09:15\t阿明\t[貼圖]"])
    >>> header
    ['Kcell 客服', '', '']
    >>> messages
    [('阿明', ['怎麼開漫遊？']), ('Kcell 客服', ['撥 *111*5#', '1. 按通話鍵']), ('', ['阿明已收回訊息']), ('\n', []), ('阿明', ['[貼圖]'])]
    """
    first = next((i for i, line in enumerate(lines) if _LINE_LINE.match(line)), None)
    if first is None:
        return None
    dates = [i for i in range(first) if _LINE_DATE.match(lines[i].strip())]
    opening = next((line.strip() for line in lines if line.strip()), "")
    if not dates and not _LINE_HEADER.match(opening):
        return None
    start = dates[0] if dates else first
    messages: list[tuple[str, list[str]]] = []
    shown = counted = 0         # lines outside a message's quotes, and of them the app's (messages, dates)
    quoted = False              # inside a message's quotes: an odd number of them so far
    previous = ""
    for line in lines[start:]:
        head = _LINE_LINE.match(line)
        day = head is None and not previous.strip() and _LINE_DATE.match(line.strip()) is not None
        previous = line
        if quoted and head is None and not day:     # a quote never closed ends at the next message or day
            messages[-1][1].append(line)
            quoted ^= line.count('"') % 2 == 1
            continue
        if not line.strip():
            continue
        counted += 1
        if head is None:
            if _LINE_DATE.match(line.strip()):
                shown += 1
                if messages and messages[-1][0] != NEW_DAY:
                    messages.append((NEW_DAY, []))
            elif messages:
                messages[-1][1].append(line)       # a message's line the export left unquoted
            continue
        shown += 1
        name, text = (head.group("name").strip(), head.group("text")) if head.group("text") is not None \
            else ("", head.group("name"))
        messages.append((name, [text]))
        quoted = text.lstrip().startswith('"') and text.count('"') % 2 == 1
    senders = [name for name, _ in messages if name != NEW_DAY]
    if shown * 2 <= counted or len(senders) < CHAT_MIN_MESSAGES or len(set(senders) - {""}) < 2:
        return None
    header: list[str] = []      # without the saved-on line; LINE's first line is the chat's name when nothing is above it
    for line in lines[:start]:
        if _LINE_SAVED.match(line.strip()):
            line = ""
        elif (title := _LINE_HEADER.match(line.strip())) is not None:
            above = any(kept.strip() for kept in header)
            line = "" if above else next((name for name in title.groups() if name), "")
        header.append(line)
    return header, [(name, _unquoted(body)) for name, body in messages]


def _unquoted(lines: list[str]) -> list[str]:
    """A LINE message's lines without the quotes the export wraps a message of several lines in."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return lines
    head, last = lines[filled[0]].lstrip(), lines[filled[-1]].rstrip()
    if not (head.startswith('"') and last.endswith('"')):
        return lines
    lines = list(lines)
    lines[filled[0]], lines[filled[-1]] = head[1:], last[:-1]
    return lines


def _qq_messages(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    r"""The lines above a chat QQ exported as text and its messages, as `_chat_messages`; None for
    any other text.

    A message is the lines under its 「date time name(QQ号)」 line, which follows a blank line; most
    paragraphs open with one. Dated lines alone are no chat: QQ's header stands over them, or every
    one names its sender's number or address. Of the header only the chat's name (消息对象) stays,
    to title it: the export's notice and the 消息分组 folder are the app's, not the chat's. The
    system's notices (「系统消息(10000)」: a message taken back) have no sender, pictures and stickers
    go wherever they stood, and so does the 「@名字」 a reply opens with (a name, no text).

    >>> header, messages = _qq_messages(["消息记录（此消息记录为文本格式，不支持重新导入）", "", "=====",
    ...     "消息分组:我的群聊", "=====", "消息对象:互助群", "=====", "", "2026-03-02 21:14:07 小王(2384756)",
    ...     "[图片]", "怎么加暂停？", "", "2026-03-02 21:20:40 系统消息(10000)", "Lena 撤回了一条消息", "",
    ...     "2026-03-02 21:21:05 Lena(1057733)", "@小王 长按「*」[表情]", "一个逗号 2 秒"])
    >>> header
    ['互助群', '']
    >>> messages
    [('小王', ['', '怎么加暂停？', '']), ('', ['Lena 撤回了一条消息', '']), ('Lena', ['长按「*」', '一个逗号 2 秒'])]
    """
    heads = [_QQ_LINE.match(line) if i == 0 or not lines[i - 1].strip() else None for i, line in enumerate(lines)]
    start = next((i for i, head in enumerate(heads) if head), None)
    if start is None:
        return None
    fields = {field["key"]: field["value"] for line in lines[:start] if (field := _QQ_FIELD.match(line.strip()))}
    exported = "消息对象" in fields or any(_QQ_HEADER.match(line.strip()) for line in lines[:start])
    if not exported and not all(head["number"] or head["mail"] for head in heads if head):
        return None
    opening = [i for i in range(start, len(lines)) if lines[i].strip() and (i == start or not lines[i - 1].strip())]
    if sum(heads[i] is not None for i in opening) * 2 <= len(opening):
        return None
    messages: list[tuple[str, list[str]]] = []
    for line, head in zip(lines[start:], heads[start:]):
        if head is None:
            messages[-1][1].append(line)
        else:
            messages.append(("" if head["number"] == _QQ_SYSTEM else head["name"].strip(), []))
    names = sorted({name for name, _ in messages if name}, key=len, reverse=True)
    if len(messages) < CHAT_MIN_MESSAGES or len(names) < 2:
        return None
    mention = re.compile(r"^[ \t]*(?:@(?:%s)[ \t\u2005]*)+" % "|".join(map(re.escape, names))) if names else None
    cleaned: list[tuple[str, list[str]]] = []
    for name, body in messages:
        body = [_QQ_PLACEHOLDER.sub("", line) for line in body]
        first = next((k for k, line in enumerate(body) if line.strip()), None)
        if first is not None and mention is not None:
            body[first] = mention.sub("", body[first])
        cleaned.append((name, body))
    header = [line for line in lines[:start] if not (_QQ_HEADER.match(line.strip()) or _QQ_FIELD.match(line.strip())
                                                      or RULE_LINE.match(line) or not line.strip())]
    return [fields.get("消息对象", ""), "", *header], cleaned


def _kakao_messages(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    """The lines above a chat KakaoTalk's PC app saved as text and its messages, as `_chat_messages`,
    a day's date line leaving a `NEW_DAY` mark; None for any other text.

    Only KakaoTalk's header opening the text, or a day's date line over the first message, makes
    dated lines a chat. A message's later lines are its own (a 「1.」 line too: the list is the
    message's, and read as text its last step swallowed the next message); a date line is a day only
    after a blank line. The header goes but for the chat's name, which titles it: 「与 … 的 KakaoTalk
    聊天」 is the app's name for every such file, and the saved-on line glued onto it. The app's notices
    (「刘姐 邀请了 王小明。」) have no sender, and a photo or a sticker (「照片」「表情」) is no message.

    >>> header, messages = _kakao_messages(["与 互助群 的 KakaoTalk 聊天", "保存日期 : 2026-03-05 22:10", "",
    ...     "2026年3月2日 星期一", "2026年3月2日 下午9:02, 刘姐 邀请了 王小明。", "2026年3月2日 下午9:14, 王小明 : 怎么办？",
    ...     "2026年3月2日 下午9:15, 王小明 : 照片", "2026年3月2日 下午9:16, 周工 : 两步：", "1. 拨 *#31#", "2. 报障"])
    >>> header
    ['互助群', '', '']
    >>> messages
    [('\\n', []), ('', ['刘姐 邀请了 王小明。']), ('王小明', ['怎么办？']), ('王小明', []), ('周工', ['两步：', '1. 拨 *#31#', '2. 报障'])]
    """
    first = next((i for i, line in enumerate(lines) if _KAKAO_LINE.match(line)), None)
    if first is None:
        return None
    opening = next((i for i, line in enumerate(lines) if line.strip()), first)
    days = [i for i in range(first) if _KAKAO_DAY.match(lines[i].strip())]
    if not _KAKAO_HEADER.match(lines[opening].strip()) and not days:
        return None
    start = days[0] if days else first
    messages: list[tuple[str, list[str]]] = []
    for i in range(start, len(lines)):
        line = lines[i]
        head = _KAKAO_LINE.match(line)
        if head is None and (i == start or not lines[i - 1].strip()) and _KAKAO_DAY.match(line.strip()):
            if not messages or messages[-1][0] != NEW_DAY:
                messages.append((NEW_DAY, []))
        elif head is not None:
            text = head["text"]
            body = [] if head["name"] and _KAKAO_PLACEHOLDER.fullmatch(text.strip()) else [text]
            messages.append(((head["name"] or "").strip(), body))
        else:
            messages[-1][1].append(line)
    senders = {name for name, _ in messages if name and name != NEW_DAY}
    if sum(name not in ("", NEW_DAY) for name, _ in messages) < CHAT_MIN_MESSAGES or len(senders) < 2:
        return None
    header: list[str] = []
    for line in lines[:start]:
        title = _KAKAO_HEADER.match(line.strip())
        if _KAKAO_SAVED.match(line.strip()):
            line = ""
        elif title is not None and not any(kept.strip() for kept in header):
            line = next(name for name in title.groups() if name)
        header.append(line)
    return header, messages


def _message_text(lines: list[str]) -> list[str]:
    """A message's lines as a reader sees them, without the app's marks; none for what is no
    message (a notice, a file left out, a deleted message)."""
    lines = [_DIRECTION_MARKS.sub("", line).strip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if lines and (edited := _EDITED.search(lines[-1], max(len(lines[-1]) - 80, 0))):     # only its end: no long scan
        lines[-1] = lines[-1][:edited.start()]
    whole = " ".join(lines)
    if not whole or _is_notice(whole) or _NO_MESSAGE.fullmatch(whole):
        return []
    return lines


def _reply(lines: list[str], members: set[str]) -> list[str]:
    """A reply's own lines, without the 「Replying to 名字: …」 line Viber opens it with.

    That line repeats a message the chat already holds: left in, its question mark made the
    reply a question (answered by the next member's 「學到了」), and its words were the reply's.
    Only a member's name counts (an article's line 「Replying to Anna: …」 stays), and a reply
    with no line of its own keeps what it has: nothing tells the quote from the reply there.

    >>> _reply(["Replying to 小明: 為什麼沒扣？", "沒開通即時計費。"], {"小明", "雅婷"})
    ['沒開通即時計費。']
    >>> _reply(["Replying to Anna: 為什麼沒扣？", "沒開通即時計費。"], {"小明", "雅婷"})
    ['Replying to Anna: 為什麼沒扣？', '沒開通即時計費。']
    """
    quote = _REPLYING.match(lines[0]) if lines else None
    if quote is None or quote["name"].strip() not in members or not any(line.strip() for line in lines[1:]):
        return lines
    return _message_text(lines[1:])


def _is_notice(text: str) -> bool:
    """One of the app's notices (encryption, a business account): a line or two, never a long message."""
    return len(text) <= NOTICE_MAX and (_ENCRYPTION_NOTICE.match(text) or _BUSINESS_NOTICE.match(text)) is not None


def _group_name(messages: list[tuple[str, list[str]]]) -> str:
    r"""The name of the group a chat was exported from on an iPhone, "" for any other chat.

    WhatsApp on an iPhone writes a group's notices — the encryption notice first, then 「Ivan 已建立群組
    「…」」, 「陳大文 已加入」, a new name — as messages sent by the group itself, its name where a member's
    stands, each led by a left-to-right mark. Read as a member, the group titled the chat with its
    first notice and made every notice a part; it is the chat's name (as QQ's 消息对象 and LINE's header
    are), and none of its lines is a message. Only a sender every one of whose messages is such a
    marked notice is the group: a member's own message is never led by the mark (an attachment is,
    and is no notice).

    >>> _group_name([("互助群", ["\u200e訊息和通話均受端對端加密保護。"]), ("互助群", ["\u200e陳大文 已加入"]),
    ...              ("陳大文", ["點樣開？"]), ("Ivan", ["撥 *131*1#"])])
    '互助群'
    >>> _group_name([("Kcell", ["訊息和通話均受端對端加密保護。"]), ("Kcell", ["您好"]), ("阿明", ["點樣開？"])])
    ''
    """
    said: dict[str, bool] = {}          # a sender: whether every message so far is a marked notice of the group
    for name, body in messages:
        text = " ".join(body).strip()
        plain = _DIRECTION_MARKS.sub("", text).strip()
        notice = text.startswith("\u200e") and (_is_notice(plain) or _GROUP_EVENT.fullmatch(plain) is not None)
        said[name] = said.get(name, True) and notice
    found = [name for name, notices in said.items() if notices and name and name != NEW_DAY]
    return found[0] if len(found) == 1 and len(said) > 2 else ""


def _agents(messages: list[tuple[str, list[str]]], notices: set[str]) -> set[str]:
    """The senders who answer in a customer-service chat.

    The business is whoever a business-account notice is written under (the app shows it in the
    customer's chat with the business), and a sender named as a service desk answers (「Kcell
    客服」): names say who is who whatever the order of the chat. When they say nothing, or call
    everyone an agent, the customer is the one who asks most — a customer opens with a greeting as
    often as the agent does, so who writes first says nothing — and the others answer; of two who
    ask as often (an agent's 「有什么可以帮您？」 against one question), the one who writes less, as
    answers are longer than questions.
    """
    senders = list(dict.fromkeys(name for name, _ in messages))        # in the order they first write
    named = {name for name in senders if name in notices or _AGENT_NAME.search(name)}
    if named and len(named) < len(senders):
        return named
    asked: dict[str, int] = {}
    written: dict[str, int] = {}
    for name, lines in messages:
        text = " ".join(lines)
        asked[name] = asked.get(name, 0) + bool(_ASKS.search(text))
        written[name] = written.get(name, 0) + len(text)
    customer = max(senders, key=lambda name: (asked[name], -written[name]))
    return set(senders) - {customer} if asked[customer] else set()


_CHAT_LINE_MARK = re.compile(r"#|`{3}|~{3}")       # a heading's or a code fence's: WhatsApp's 「```」 is monospace


_INLINE_MARK = re.compile(r"([\\`*_\[\]<>])")


def _chat_line(line: str, literal: bool = False) -> str:
    """A message's line as Markdown: its own paragraph, never a heading nor a code fence running
    on to the end of the chat; in an app that has no markup (`literal`: QQ), no emphasis either,
    every star a star (「长按「*」」, 「+*#」 are keys to press)."""
    if literal:
        line = _INLINE_MARK.sub(r"\\\1", line)
    return "\\" + line if _CHAT_LINE_MARK.match(line) else line


def group_asks(lines: list[str]) -> bool:
    """A group member's message that asks: a question mark, or a short message whose last clause
    asks (「原来如此！那我这个应该怎么写」「哪里买的」: a question word at its end, or 「请问」). A question
    word inside a statement (「不确定录音多长的话就用分号」「打多久都一样收费」) or closing a long answer
    (「…打多久算多久。」) asks nothing.

    A question its writer answers at once (「为什么会传丢？因为…」) explains, it asks nothing: taken for a
    question, the explanation was the summary of a Q&A answered by the next member's 「对对对」.

    A message listing what it asks — numbered lines, each holding a question word, no question mark
    needed (「先理清楚：1. 免费措施各是什么 2. 停电以后手机还能用多久 3. 没电的时候怎么报平安」) — asks them:
    read as a message that asks nothing, its list was a procedure of questions.

    >>> [group_asks([text]) for text in ("那我这个应该怎么写", "不确定录音多长的话就用分号", "能改吗？我在国外",
    ...                                   "为什么会传丢？因为线路便宜")]
    [True, False, True, False]
    >>> group_asks(["先理清楚：", "1. 措施各是什么", "2. 没电的时候怎么跟家里报平安"]), group_asks(["1. 打开设置", "2. 点「更新」"])
    (True, False)
    """
    text = _SELF_ANSWERED.sub("。", _CLAUSE_TAIL.sub("", "\n".join(lines)))
    if re.search(_QUESTION_MARK, text):
        return True
    items = [line for line in lines if _NUMBERED_LINE.match(line)]
    if len(items) >= 2 and all(_ASKS.search(_NUMBERED_LINE.sub("", item)) for item in items):
        return True
    clause = _CLAUSE_MARK.split(text)[-1].strip()
    return len(text) <= HEADING_MAX and (_ASK_LEAD.search(clause) is not None or any(
        len(clause) - word.end() <= ASK_WORD_TAIL for word in _ASKS.finditer(clause)))


def says_nothing(lines: list[str], names: re.Pattern[str] | None = None) -> bool:
    """A group member's message that says nothing but thanks, a cheer or an emoji (「學到了」「👍」
    「加油～」, Cantonese 「明白晒，多謝」): it answers no question, and a part of its own is a fragment
    nothing is found in. A member thanked by name (`names`: 「多謝 Ivan 🙏」) is still thanked; a name
    no member has is a word of the message.

    >>> [says_nothing([text]) for text in ("學到了", "😱", "加油～", "好的，謝謝！", "好用", "謝謝雅婷 🙏", "1")]
    [True, True, True, True, False, False, False]
    >>> [says_nothing([text], _member_names({"Ivan Leung", "雅婷"})) for text in ("明白晒，多謝 Ivan 🙏", "清楚晒，多謝",
    ...                                                                        "謝謝雅婷 🙏", "謝謝小明")]
    [True, True, True, False]
    """
    text = "".join(lines)
    if names is not None and len(text) <= HEADING_MAX:
        text = names.sub("", text)
    return len(text) <= HEADING_MAX and _SAYS_NOTHING.fullmatch(text) is not None


def _member_names(members: set[str]) -> re.Pattern[str] | None:
    """The names a group's members may be called by in a message: a whole name, or a word of it of
    two letters or more (「Ivan」 of 「Ivan Leung」; never 「黃」 of 「Kelvin 黃」, a word of its own)."""
    names = {word for name in members for word in (name, *name.split()) if len(word) >= 2}
    if not names:
        return None
    return re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)), re.IGNORECASE)


def _is_group(messages: list[tuple[str, list[str]]], notices: set[str]) -> bool:
    """A chat among members — three at least, none named as a service desk nor the business — where
    whoever asks may be answered by anyone, not a customer's chat with an agent."""
    senders = {name for name, _ in messages if name != NEW_DAY}
    return len(senders) >= GROUP_MIN_SENDERS and not any(name in notices or _AGENT_NAME.search(name) for name in senders)


def _group_blocks(messages: list[tuple[str, list[str]]], literal: bool) -> list[str]:
    """A group's messages as Markdown blocks: a run of one member's messages that asks, answered by
    the next member's run unless that run opens asking in turn (its own question, or one asked
    back: a run that opens answering and asks later, 「你說的 1 990 應該是…日租吧？日租是按…」, checks a
    detail on the way and still answers), a question with its answer, and every other
    message a part of its own (a rule between them: a member's tip is no part of another's, nor of
    the same member's next one). The question is the run from its first message that asks: a
    remark made before it is no part of it. A message that says nothing (`says_nothing`) is
    neither an answer nor a part: the member after it answers."""
    turns: list[tuple[str, list[list[str]]]] = []
    new_day = False
    names = _member_names({name for name, _ in messages if name != NEW_DAY})
    for name, body in messages:
        if name != NEW_DAY and says_nothing(body, names):
            continue
        if name == NEW_DAY:
            new_day = True
            continue
        if turns and turns[-1][0] == name and not new_day:
            turns[-1][1].append(body)
        else:
            turns.append((name, [body]))
        new_day = False

    def lines(bodies: list[list[str]]) -> list[str]:
        return [_chat_line(line, literal) for body in bodies for line in body if line]

    parts: list[str] = []
    i = 0
    while i < len(turns):
        bodies = turns[i][1]
        asks = next((k for k, body in enumerate(bodies) if group_asks(body)), None)
        # another member asking on (「iPhone 好似睇唔到送達？」) before a third answers: the question is still
        # the first one, and what was asked on is a part of the answer to it
        chained = asks is not None and i + 2 < len(turns) and group_asks(turns[i + 1][1][0]) \
            and not group_asks(turns[i + 2][1][0]) and turns[i + 2][0] not in (turns[i][0], turns[i + 1][0])
        if asks is not None and (chained or i + 1 < len(turns) and not group_asks(turns[i + 1][1][0])):
            if asks:
                parts.append("\n\n".join(lines(bodies[:asks])))
            question = "\n".join(html.escape(line, quote=False) for body in bodies[asks:] for line in body if line)
            answer = [body for turn in turns[i + 1:i + 2 + chained] for body in turn[1]]
            parts.append("\n\n".join([f"<details>\n<summary>問：{question}</summary>", *lines(answer), "</details>"]))
            i += 2 + chained
            continue
        parts += ["\n\n".join(lines([body])) for body in bodies]
        i += 1
    return ["\n\n***\n\n".join(part for part in parts if part)] if parts else []


def chat_markup(text: str) -> str | None:
    r"""A chat exported as text (WhatsApp's on iOS and Android, Telegram's copied messages, LINE's
    saved chats, QQ's exported logs, KakaoTalk's PC exports) as Markdown read as a help article, or None when the text is no chat.

    The writer's lines above the messages stay: the first, alone in its paragraph and not a
    sentence, is the title, however long (it names the whole conversation); LINE's header leaves
    the chat's name there. Each message is its text without the date, time and sender, one
    paragraph a line as the app shows them; the app's notices (encryption, the business account,
    calls, messages taken back), files and stickers left out and deleted messages go. A
    customer's messages that ask (`_ASKS`) are a question, and the agent's messages answering
    them (`_agents` says who answers) its answer: a <details> whose summary is the question, led
    by 「問：」 so the fragmenter takes it as one even when no question mark ends it. A turn ends
    with its day where the chat dates its days (LINE). The rest is the conversation's text. In a
    group (`_is_group`: three members or more, none a service desk) anyone may ask and anyone
    answer: each member's run of messages is a part, and one that asks, with the next member's
    answer, a Q&A (`_group_blocks`).

    >>> print(chat_markup("改语言\n\n[1/2/26, 9:00] 客户: 能改中文吗\n[1/2/26, 9:01] 客户: <媒体已省略>\n"
    ...                   "[1/2/26, 9:02] 客服: 不能。\n只有三种语言。\n[1/2/26, 9:03] 客户: 好"))
    # 改语言
    <BLANKLINE>
    <details>
    <summary>問：能改中文吗</summary>
    <BLANKLINE>
    不能。
    <BLANKLINE>
    只有三种语言。
    <BLANKLINE>
    </details>
    <BLANKLINE>
    好
    <BLANKLINE>
    """
    lines = text.split("\n")
    qq = _qq_messages(lines)
    kakao = None if qq else _kakao_messages(lines)
    found = qq or kakao or _chat_messages(lines)
    literal = qq is not None or kakao is not None        # apps without markup: every star a star
    if found is None:
        return None
    above, raw = found
    group_name = _group_name(raw) if not literal else ""
    raw = [(name, body) for name, body in raw if not group_name or name != group_name]
    notices = {name for name, body in raw
               if name and len(text := _DIRECTION_MARKS.sub("", " ".join(body)).strip()) <= NOTICE_MAX
               and _BUSINESS_NOTICE.match(text)}
    messages: list[tuple[str, list[str]]] = []         # (sender, lines), and NEW_DAY where LINE starts a day
    for name, body in raw:
        body = body if name == NEW_DAY else _message_text(body)
        if name and (body or name == NEW_DAY):
            messages.append((name, body))
    members = {name for name, _ in messages if name != NEW_DAY}
    messages = [(name, _reply(body, members)) for name, body in messages]
    group = _is_group(messages, notices)
    agents = set() if group else _agents([(name, body) for name, body in messages if name != NEW_DAY], notices)
    blocks: list[str] = []          # Markdown blocks, a blank line between them
    header = [line.strip() for line in above]
    first = next((i for i, line in enumerate(header) if line), None)
    if first is not None and (first + 1 == len(header) or not header[first + 1]) \
            and not _CHAT_TITLE_END.search(header[first]) and not RULE_LINE.match(header[first]):
        blocks.append(f"# {header[first]}")
        header = header[first + 1:]
    elif group_name:
        blocks.append(f"# {group_name}")         # the group's name, as QQ's 消息对象 titles its chat
    if any(header):
        blocks.append(plain_text_markup("\n".join(header)).strip("\n"))
    if group:
        return "\n\n".join(blocks + _group_blocks(messages, literal)) + "\n"
    turns: list[tuple[bool, list[list[str]]]] = []          # the side, and its messages one after another
    new_day = False
    for name, body in messages:
        if name == NEW_DAY:     # yesterday's thanks is no part of today's question
            new_day = True
            continue
        agent = name in agents
        if turns and turns[-1][0] == agent and not new_day:
            turns[-1][1].append(body)
        else:
            turns.append((agent, [body]))
        new_day = False
    i = 0
    while i < len(turns):
        agent, bodies = turns[i]
        if agents and not agent and i + 1 < len(turns) and turns[i + 1][0] \
                and any(_ASKS.search(" ".join(body)) for body in bodies):
            question = "\n".join(html.escape(line, quote=False) for body in bodies for line in body if line)
            answer = [_chat_line(line, literal) for body in turns[i + 1][1] for line in body if line]
            blocks.append("\n\n".join([f"<details>\n<summary>問：{question}</summary>", *answer, "</details>"]))
            i += 2
            continue
        blocks += [_chat_line(line, literal) for body in bodies for line in body if line]
        i += 1
    return "\n\n".join(blocks) + "\n"
