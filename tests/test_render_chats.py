"""Customer-service chats exported as text (WhatsApp on iOS and Android, Telegram, LINE): what a reader of
the knowledge base gets, fragment by fragment — the messages without the app's prefixes and notices,
a customer's question with the agent's answer as a Q&A, the rest as the conversation's text."""
from __future__ import annotations

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render_chat import chat_markup

from fragments import all_text, texts

LRM = "\u200e"      # WhatsApp's left-to-right mark before notices and attachments


def cut(text: str, path: str = "chat.txt") -> list[Fragment]:
    return parse_source(Source(path, "chat", text, "markdown", "0"))[1]


IOS_CHAT = (
    "如何把 USSD 選單、簡訊通知和語音客服改成英語或俄語（Kcell／Activ）\n\n"
    "以下是 Kcell 中文客服與客戶的對話，經客戶同意後匯出。\n\n"
    "[20/11/2026, 14:01] Kcell 客服: 訊息和通話皆受端對端加密保護。聊天室以外的任何人（包括 WhatsApp）都無法讀取或收聽這些內容。\n"
    "[20/11/2026, 14:01] Kcell 客服: 這個商家使用安全服務來管理此聊天。點按即可瞭解詳情。\n"
    "[20/11/2026, 14:03] 客戶: 您好，撥 *100# 跳出來的字我看不懂\n"
    "[20/11/2026, 14:03] 客戶: <媒體已略去>\n"
    "[20/11/2026, 14:04] Kcell 客服: 您好，我是 Aigerim 🙂\n從截圖看是哈薩克語。\n"
    "[20/11/2026, 14:06] 客戶: 好，那要怎麼改成英語\n"
    f"[20/11/2026, 14:06] 客戶: {LRM}<附件：00000012-PHOTO-2026-11-20-14-06-02.jpg>\n"
    "[20/11/2026, 14:08] Kcell 客服: 兩種方法，選一種就好：\n① 撥 *111*7# 按通話鍵，回覆 3。\n② 直接撥 *111*7*3#。\n"
    "[20/11/2026, 14:08] Kcell 客服: 你刪除了此訊息\n"
    "[20/11/2026, 14:09] 客戶: 此訊息已刪除\n"
    "[20/11/2026, 14:10] 客戶: My Kcell App 也要另外改嗎\n"
    "[20/11/2026, 14:17] Kcell 客服: 要另外改：\n1. 打開 My Kcell，點「Профиль」\n2. 點「Настройки」→「Язык приложения」\n"
    "App 介面有簡體中文可選。\n"
    "[20/11/2026, 14:18] 客戶: This message was deleted\n"
    "[20/11/2026, 14:20] 客戶: 謝謝，非常清楚！\n"
    "[20/11/2026, 14:21] Kcell 客服: 不客氣，之後換新 SIM 卡要再撥一次 *111*7*3#。\n"
)


def test_a_whatsapp_chat_reads_as_questions_with_their_answers() -> None:
    # the first line titles the chat though it is longer than a plain text's title may be; the
    # intro is text; prefixes, notices, files left out and deleted messages go; a customer's
    # message that asks (a question word is enough, no ？ needed) is a Q&A with the agent's
    # reply, whose numbered lines stay in it instead of swallowing the rest of the chat
    frags = cut(IOS_CHAT)
    title = "如何把 USSD 選單、簡訊通知和語音客服改成英語或俄語（Kcell／Activ）"
    assert {f.article_title for f in frags} == {title}
    assert texts(frags) == [
        ("section", title, "以下是 Kcell 中文客服與客戶的對話，經客戶同意後匯出。\n您好，撥 *100# 跳出來的字我看不懂\n"
                           "您好，我是 Aigerim 🙂\n從截圖看是哈薩克語。"),
        ("qa", "好，那要怎麼改成英語", "兩種方法，選一種就好：\n① 撥 *111*7# 按通話鍵，回覆 3。\n② 直接撥 *111*7*3#。"),
        ("qa", "My Kcell App 也要另外改嗎", "要另外改：\n打開 My Kcell，點「Профиль」\n點「Настройки」→「Язык приложения」\n"
                                     "App 介面有簡體中文可選。"),
        ("section", title, "謝謝，非常清楚！\n不客氣，之後換新 SIM 卡要再撥一次 *111*7*3#。"),
    ]
    assert not any("[20/11/2026" in f.text or "客服:" in f.text or "刪除" in f.text or "<" in f.text for f in frags)


def test_an_android_export_and_senders_named_by_nobody() -> None:
    # Android writes 「22/11/2026, 14:03 - 名字: 文字」 and its notices without a sender; with no name
    # saying who serves, the customer is the one who asks, and the other answers
    chat = ("Kcell 改語言（安卓匯出）\n\n"
            "22/11/2026, 14:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
            "WhatsApp, can read or listen to them. Tap to learn more.\n"
            "22/11/2026, 14:03 - Aliya: 你好，*100# 顯示的是哈薩克語\n"
            "22/11/2026, 14:03 - Aliya: IMG-20261122-WA0003.jpg (file attached)\n"
            "22/11/2026, 14:04 - Kcell: 您好！那是哈薩克語，可以改。\n"
            "22/11/2026, 14:05 - Aliya: 怎麼改成俄語\n"
            "22/11/2026, 14:06 - Kcell: 撥 *111*7*2#，免費。\n"
            "22/11/2026, 14:06 - Kcell: This message was deleted\n"
            "22/11/2026, 14:07 - Aliya: 好的謝謝\n")
    assert texts(cut(chat)) == [
        ("section", "Kcell 改語言（安卓匯出）", "你好，*100# 顯示的是哈薩克語\n您好！那是哈薩克語，可以改。"),
        ("qa", "怎麼改成俄語", "撥 *111*7*2#，免費。"),
        ("section", "Kcell 改語言（安卓匯出）", "好的謝謝"),
    ]


def test_an_ios_export_in_twelve_hours_and_the_business_that_asks_more() -> None:
    # iOS in 12 hours: 「[11/22/26, 2:03:15 PM] Name: text」, marks before attachments and 「<This
    # message was edited>」 after an edit. The business asks more than its customer (「How can I
    # help you today?」, 「Anything else…?」), but the business-account notice is written under its
    # name: it answers
    notice = (f"{LRM}[11/22/26, 2:01:05 PM] Kcell: {LRM}This business uses a secure service from Meta to manage "
              "this chat. Tap to learn more.\n")
    chat = ("[11/22/26, 2:01:10 PM] Kcell: Hello! How can I help you today?\n"
            "[11/22/26, 2:03:15 PM] Aliya: my *100# menu is in Kazakh, can I change it?\n"
            "[11/22/26, 2:03:16 PM] Aliya: I bought the SIM card yesterday\n"
            f"{LRM}[11/22/26, 2:03:20 PM] Aliya: {LRM}image omitted\n"
            f"[11/22/26, 2:04:00 PM] Kcell: Dial *111*7*3#. {LRM}<This message was edited>\n"
            "[11/22/26, 2:04:30 PM] Kcell: SMS follow within 24 hours. Anything else I can help with?\n"
            "[11/22/26, 2:05:00 PM] Aliya: no, it works\n")
    assert texts(cut(notice + chat, "menu-language.txt")) == [
        ("section", "menu-language", "Hello! How can I help you today?"),
        ("qa", "my *100# menu is in Kazakh, can I change it? I bought the SIM card yesterday",
         "Dial *111*7*3#.\nSMS follow within 24 hours. Anything else I can help with?"),
        ("section", "menu-language", "no, it works"),
    ]


def test_a_telegram_export_and_a_question_left_unanswered() -> None:
    # Telegram's copied messages stand under 「名字, [22.11.2026 14:03]」; a question the chat ends
    # on has no answer to pair with and stays text; a monospace 「```」 line fences no code
    chat = ("Kcell 改語言（Telegram）\n\n"
            "Kcell 客服, [22.11.2026 14:03]\n您好，請問有什麼可以幫您？\n\n"
            "Aliya, [22.11.2026 14:04]\n*100# 是哈薩克語，怎麼改成英語？\n\n"
            "Kcell 客服, [22.11.2026 14:05]\n撥 *111*7*3#。\n\n```改完會收到簡訊。\n\n"
            "Aliya, [22.11.2026 14:06]\n那 Beeline 呢？\n")
    assert texts(cut(chat)) == [
        ("section", "Kcell 改語言（Telegram）", "您好，請問有什麼可以幫您？"),
        ("qa", "*100# 是哈薩克語，怎麼改成英語？", "撥 *111*7*3#。\n```改完會收到簡訊。"),
        ("section", "Kcell 改語言（Telegram）", "那 Beeline 呢？"),
    ]


def test_text_that_only_quotes_messages_is_no_chat() -> None:
    # an article quoting a message, and a log whose lines look like messages of one sender, are
    # read as plain text, as before: nothing is dropped nor paired
    quoting = ("客服話術\n\n客戶常這樣問：\n[20/11/2026, 14:05] 客戶: 可以改成中文嗎？\n\n"
               "回答時先說明只有三種語言。\n\n再給改英語的代碼 *111*7*3#。\n\n最後確認客戶收到簡訊。\n")
    log = "維護紀錄\n\n" + "".join(f"22/11/2026, 0{i}:00 - 系統: 第 {i} 次維護完成\n" for i in range(1, 4))
    assert chat_markup(quoting) is None and chat_markup(log) is None
    assert texts(cut(quoting)) == [("section", "客服話術", "客戶常這樣問： [20/11/2026, 14:05] 客戶: 可以改成中文嗎？\n"
                                    "回答時先說明只有三種語言。\n再給改英語的代碼 *111*7*3#。\n最後確認客戶收到簡訊。")]
    assert texts(cut(log)) == [("section", "維護紀錄", "22/11/2026, 01:00 - 系統: 第 1 次維護完成 22/11/2026, 02:00 - 系統: "
                                "第 2 次維護完成 22/11/2026, 03:00 - 系統: 第 3 次維護完成")]


LINE_CHAT = (
    "[LINE] 與Kcell 中文客服的聊天記錄\n"
    "儲存日期：2026/11/20 14:03\n"
    "\n"
    "2026/11/18（三）\n"
    "10:02\t阿明\t你好，我想問國際漫遊怎麼開？\n"
    "10:03\tKcell 中文客服\t[貼圖]\n"
    '10:04\tKcell 中文客服\t"您好～開通方式如下：\n'
    "1. 撥 *111*5# 按通話鍵\n"
    "2. 選「漫遊」→「開通」\n"
    "\n"
    "10:30 以後開通的，隔天生效\n"
    '開通後收到簡訊就能用"\n'
    "10:05\t阿明\t[照片]\n"
    "10:05\t阿明已收回訊息\n"
    "10:06\t阿明\t好的謝謝\n"
    "\n"
    "2026/11/19（四）\n"
    "09:15\t阿明\t到了阿拉木圖還是沒訊號，要重開機嗎？\n"
    '09:16\tKcell 中文客服\t"要，重開機後手動選網：\n'
    "第一步：設定 → 行動網路 → 電信業者\n"
    "第二步：關閉「自動」，選 Kcell\n"
    '・選不到的話撥 +7 727 258 00 00"\n'
    "09:20\t阿明\t☎ 通話時間 0:48\n"
    "09:21\t阿明\t☎ 未接來電\n"
)


def test_a_line_chat_reads_as_questions_with_their_answers() -> None:
    # LINE's header names the chat, which titles it; the saved-on and date lines, times and senders
    # go, and so do stickers, photos, calls and the unsent notice (a line without a sender). A
    # message of several lines is wrapped in quotes: its 「1.」, 「第一步：」 and 「・」 lines, a blank
    # line and a line opening with a time are its own, each a line of the answer. A day's date ends
    # a turn: yesterday's thanks is no part of today's question
    frags = cut(LINE_CHAT, "roaming-line.txt")
    assert {f.article_title for f in frags} == {"Kcell 中文客服"}
    assert texts(frags) == [
        ("qa", "你好，我想問國際漫遊怎麼開？", "您好～開通方式如下：\n撥 *111*5# 按通話鍵\n選「漫遊」→「開通」\n"
                                 "10:30 以後開通的，隔天生效\n開通後收到簡訊就能用"),
        ("section", "Kcell 中文客服", "好的謝謝"),
        ("qa", "到了阿拉木圖還是沒訊號，要重開機嗎？", "要，重開機後手動選網：\n第一步：設定 → 行動網路 → 電信業者\n"
                                      "第二步：關閉「自動」，選 Kcell\n・選不到的話撥 +7 727 258 00 00"),
    ]
    shown = "\n".join(f.text for f in frags)
    assert not any(mark in shown for mark in ("[LINE]", "儲存日期", "2026/11", "\t", "10:02", "阿明", '"', "[", "☎", "收回"))



def test_a_line_message_is_what_its_quotes_hold() -> None:
    # the quotes of a message of several lines hold a date, a blank line and quotes of its own; a
    # quote typed at a message's start and never closed ends at the next day instead of swallowing
    # the rest of the chat
    chat = ("[LINE] 與Kcell 客服的聊天記錄\n儲存日期：2026/11/20 14:03\n\n2026/11/18（三）\n"
            '10:02\t阿明\t"5G" 優惠到哪天？\n'
            '10:04\tKcell 客服\t"優惠到：\n2026/12/31（四）\n\n之後改回原價 "標準" 方案"\n'
            '10:05\t阿明\t"好，那我下個月再辦\n'
            "\n2026/11/19（四）\n"
            "09:00\t阿明\t優惠可以延長嗎？\n"
            "09:01\tKcell 客服\t不行喔\n")
    assert texts(cut(chat)) == [
        ("qa", '"5G" 優惠到哪天？', '優惠到：\n2026/12/31（四）\n之後改回原價 "標準" 方案'),
        ("section", "Kcell 客服", '"好，那我下個月再辦'),
        ("qa", "優惠可以延長嗎？", "不行喔"),
    ]

@pytest.mark.parametrize(("header", "saved", "day", "times", "notices", "title"), [
    ("[LINE] 与Kcell 客服的聊天记录", "保存日期：2026/11/20 14:03", "2026/11/18周三", ("上午10:02", "下午2:03"),
     ("[贴图]", "[视频]", "☎ 通话时间 0:48"), "Kcell 客服"),
    ("[LINE] Chat history with Kcell Support", "Saved on: 2026/11/20 14:03", "Wed, 11/18/2026", ("AM 10:02", "2:03 PM"),
     ("[Sticker]", "[File]", "☎ Call time 0:48"), "Kcell Support"),
    ("[LINE] Chat history with Kcell Support", "Saved on: 2026/11/20 14:03", "2026/11/18(Wed)", ("10:02", "14:03"),
     ("[Photo]", "[Voice message]", "☎ Missed call"), "Kcell Support"),
    ("[LINE] Kcellサポートとのトーク履歴", "保存日時：2026/11/20 14:03", "2026/11/18(水)", ("午前10:02", "午後2:03"),
     ("[スタンプ]", "[写真]", "☎ 通話時間 0:48"), "Kcellサポート"),
    ("[LINE] 與Kcell 客服的聊天記錄", "儲存日期：2026/11/20 14:03", "2026.11.18 星期三", ("上午10:02", "下午2:03"),
     ("[影片]", "[語音訊息]", "☎ 未接來電"), "Kcell 客服"),
])
def test_line_exports_in_each_language(header: str, saved: str, day: str, times: tuple[str, str],
                                       notices: tuple[str, str, str], title: str) -> None:
    # the header of every language titles the chat by its name; the date, time, notice and call
    # lines LINE writes in that language go, and so do messages taken back (with or without a sender)
    early, late = times
    chat = (f"{header}\n{saved}\n\n{day}\n"
            f"{early}\tAlina\tWhat is *111*5#?\n"
            f"{early}\tAlina\t{notices[0]}\n"
            f"{early}\t\tAlina已加入群組\n"
            f'{late}\t{title}\t"It turns roaming on.\n1. Dial it\n2. Wait for the SMS"\n'
            f"{late}\t{title}\t{notices[1]}\n"
            f"{late}\t\tAlina unsent a message\n"
            f"{late}\tAlina已收回讯息\n"
            f"{late}\tAlina\tAlinaがメッセージの送信を取り消しました\n"
            f"{late}\tAlina\tthanks\n"
            f"{late}\tAlina\t{notices[2]}\n")
    assert texts(cut(chat)) == [("qa", "What is *111*5#?", "It turns roaming on.\nDial it\nWait for the SMS"),
                                ("section", title, "thanks")]


def test_text_with_tabs_or_a_line_tag_is_no_chat() -> None:
    # a timetable typed with tabs under times, and an article about LINE's export that quotes its
    # header, are read as plain text: a LINE chat has LINE's header or a day's date over its messages
    timetable = "營業時間\n\n09:00\t開門\t櫃台開始受理\n12:00\t午休\t暫停受理\n13:00\t下午\t恢復受理\n18:00\t關門\t停止受理\n"
    about = ("匯出 LINE 聊天記錄\n\n匯出的檔案第一行是：\n[LINE] 與Kcell 客服的聊天記錄\n"
             "[LINE] 開頭的檔案可以直接寄給客服。\n10:02\t客服\t這一行是範例\n10:03\t阿明\t這一行也是\n"
             "10:04\t客服\t範例到此為止\n")
    assert chat_markup(timetable) is None and chat_markup(about) is None
    assert texts(cut(timetable)) == [("section", "營業時間", "09:00 開門 櫃台開始受理 12:00 午休 暫停受理 13:00 下午 恢復受理 "
                                      "18:00 關門 停止受理")]
    assert "[LINE] 與Kcell 客服的聊天記錄" in texts(cut(about))[0][2]


QQ_CHAT = (
    "消息记录（此消息记录为文本格式，不支持重新导入）\n\n"
    "================================================================\n消息分组:我的群聊\n"
    "================================================================\n消息对象:Kcell 互助群\n"
    "================================================================\n\n"
    "2026-03-02 21:14:07 小王(2384756102)\n怎么在号码后面加暂停？\n\n"
    "2026-03-02 21:16:10 老周-阿斯塔纳(845120367)\n[表情]\n\n"
    "2026-03-02 21:18:25 老周-阿斯塔纳(845120367)\niPhone 长按「*」输入逗号，\n点「+*#」键也行。\n\n"
    "2026-03-02 21:20:40 系统消息(10000)\nLena 撤回了一条消息\n\n"
    "2026-03-02 21:21:05 Lena(1057733921)\n刚才发错了，不确定录音多长的话就用分号\n\n"
    "2026-03-02 21:27:15 小王(2384756102)\n[图片]\n@老周-阿斯塔纳 存好了，谢谢[表情]\n"
)


def test_a_qq_chat_log_reads_as_its_members_messages() -> None:
    # QQ's export header, folder and rules go, the chat's name (消息对象) titles it; each message is
    # its lines (a star a star: no emphasis in QQ), without its 「time name(QQ)」 line, the recall
    # notice, pictures, stickers and the 「@name」 a reply opens with; the question is answered by the
    # next member, and every member's messages are a part of their own
    frags = cut(QQ_CHAT, "qq.txt")
    assert {f.article_title for f in frags} == {"Kcell 互助群"}
    assert texts(frags) == [
        ("qa", "怎么在号码后面加暂停？", "iPhone 长按「*」输入逗号，\n点「+*#」键也行。"),
        ("section", "Kcell 互助群", "刚才发错了，不确定录音多长的话就用分号"),
        ("section", "Kcell 互助群", "存好了，谢谢"),
    ]


def test_a_group_chats_questions_are_answered_by_whoever_answers_next() -> None:
    # three members, none a service desk: a member's question is paired with the next member's
    # reply (not with everything the one who asks least wrote); a remark before a question is no
    # part of it, a statement with a question word (多久) asks nothing, and every remark is a
    # passage of its own, two of one member's too
    chat = ("[2/3/26, 9:00] 阿明: 我昨天换了新卡。\n"
            "[2/3/26, 9:01] 阿明: 新卡怎么开 VoLTE？\n"
            "[2/3/26, 9:02] 老周: 拨 *111*5# 就行。\n"
            "[2/3/26, 9:03] 糖糖: 开了以后打多久都一样收费\n"
            "[2/3/26, 9:04] 老周: 漫游时也能用。\n"
            "[2/3/26, 9:04] 老周: iPhone 要先在设置里打开。\n"
            "[2/3/26, 9:05] 糖糖: 那 Beeline 呢？\n"
            "[2/3/26, 9:06] 阿明: 我也想知道\n")
    assert texts(cut(chat, "volte.txt")) == [
        ("section", "volte", "我昨天换了新卡。"),
        ("qa", "新卡怎么开 VoLTE？", "拨 *111*5# 就行。"),
        ("section", "volte", "开了以后打多久都一样收费"),
        ("section", "volte", "漫游时也能用。"),
        ("section", "volte", "iPhone 要先在设置里打开。"),
        ("qa", "那 Beeline 呢？", "我也想知道"),
    ]


def test_dated_lines_without_qqs_header_or_numbers_are_no_chat() -> None:
    log = ("维护记录\n\n2026-03-02 21:14:07 系统\n第一次维护完成\n\n2026-03-02 22:14:07 运维\n第二次维护完成\n\n"
           "2026-03-03 08:00:00 系统\n第三次维护完成\n")
    one = QQ_CHAT.replace("老周-阿斯塔纳(845120367)", "小王(2384756102)").replace("Lena(1057733921)", "小王(2384756102)")
    assert chat_markup(log) is None and chat_markup(one) is None


VIBER_GROUP = (
    "延遲的漫遊費（Viber 群組）\n\n"
    "以下是互助群的一段對話。\n\n"
    "[02/03/2026, 21:15:32] 小明: 回國一個月了，怎麼現在才扣漫遊費？\n"
    "[02/03/2026, 21:15:40] 小明: <Photo>\n"
    "[02/03/2026, 21:18:45] 雅婷: 國外業者晚送紀錄：\n對方把紀錄打包成 TAP 檔轉給 Kcell。\n"
    "[02/03/2026, 21:20:11] 小明: 為什麼當下沒有扣？\n"
    "[02/03/2026, 21:22:48] 雅婷: Replying to 小明: 為什麼當下沒有扣？\n對方網路沒開通即時計費。\n"
    "[02/03/2026, 21:23:30] 家瑋: 學到了\n"
    "[02/03/2026, 21:23:41] 家瑋: <Sticker>\n"
    "[02/03/2026, 21:37:02] 家瑋: This message has been deleted\n"
    "[02/03/2026, 21:40:00] 小明: 那要怎麼申訴？\n"
    "[02/03/2026, 21:40:30] 家瑋: 👍\n"
    "[02/03/2026, 21:41:00] 雅婷: 打 455 申訴就行。\n"
    "[02/03/2026, 21:42:00] 小明: 好的，謝謝！\n"
)


def test_a_viber_deleted_message_notice_goes() -> None:
    # Viber writes 「This message has been deleted」 where WhatsApp writes 「This message was deleted」
    assert not any("deleted" in f.text for f in cut(VIBER_GROUP, "viber.txt"))


def test_a_viber_reply_is_its_own_lines_without_the_quote() -> None:
    # 「Replying to 小明: …」 repeats 小明's question: it goes, and the reply under it answers that
    # question instead of asking it again (the quote's 「？」 made it a question answered by 「學到了」)
    frags = texts(cut(VIBER_GROUP, "viber.txt"))
    assert ("qa", "為什麼當下沒有扣？", "對方網路沒開通即時計費。") in frags
    assert not any("Replying" in title or "Replying" in text for _, title, text in frags)
    # a name no member has is no reply of the chat: the line is the message's
    other = VIBER_GROUP.replace("Replying to 小明:", "Replying to Anna:")
    assert any("Replying to Anna: 為什麼當下沒有扣？" in title + text for _, title, text in texts(cut(other)))


def test_a_group_message_that_says_nothing_answers_nothing() -> None:
    # thanks, 「學到了」 and an emoji say nothing: none is a fragment, and the 「👍」 under 小明's question
    # is no answer to it — the member after it answers
    assert texts(cut(VIBER_GROUP, "viber.txt")) == [
        ("section", "延遲的漫遊費（Viber 群組）", "以下是互助群的一段對話。"),
        ("qa", "回國一個月了，怎麼現在才扣漫遊費？", "國外業者晚送紀錄：\n對方把紀錄打包成 TAP 檔轉給 Kcell。"),
        ("qa", "為什麼當下沒有扣？", "對方網路沒開通即時計費。"),
        ("qa", "那要怎麼申訴？", "打 455 申訴就行。"),
    ]


def test_a_group_answer_that_checks_a_detail_on_the_way_still_answers() -> None:
    # 雅婷's run opens answering: a question later in it (「…吧？」, then the explanation) checks a
    # detail and does not make the run a question of its own, which the next member's remark would
    # answer; a run that opens by asking back (「你是哪家的？」) is still no answer
    chat = ("[1/3/26, 9:00] 小明: 日租 1 990 怎麼算成 7 天？\n"
            "[1/3/26, 9:01] 雅婷: 先看明細。\n"
            "[1/3/26, 9:02] 雅婷: 你說的是 Роуминг Онлайн 吧？它按當地時間算一天。\n"
            "[1/3/26, 9:03] 家瑋: 我也被這樣算過！\n"
            "[1/3/26, 9:04] 小明: 明細怎麼查？\n"
            "[1/3/26, 9:05] 雅婷: 你是哪家的？\n")
    assert texts(cut(chat, "daily.txt")) == [
        ("qa", "日租 1 990 怎麼算成 7 天？", "先看明細。\n你說的是 Роуминг Онлайн 吧？它按當地時間算一天。"),
        ("section", "daily", "我也被這樣算過！"),
        ("section", "daily", "明細怎麼查？"),
        ("section", "daily", "你是哪家的？"),
    ]


KAKAO_CHAT = (
    "与 阿拉木图互助群 的 KakaoTalk 聊天\n保存日期 : 2026-03-05 22:10\n\n"
    "2026年3月2日 星期一\n"
    "2026年3月2日 下午9:02, 刘姐 邀请了 王小明。\n"
    "2026年3月2日 下午9:14, 王小明 : 打回国对方显示未知号码怎么办？\n"
    "2026年3月2日 下午9:15, 王小明 : 照片\n"
    "2026年3月2日 下午9:18, 周工 : 看三个现象：\n1. 回铃音要等 10 秒\n2. 通话有回声\n三条占两条就是路由问题\n"
    "2026年3月2日 下午9:19, 周工 : 拨 *213*86# 开国际包\n"
    "2026年3月2日 下午9:20, 刘姐 : 表情\n\n"
    "2026年3月3日 星期二\n"
    "2026年3月3日 上午10:20, 刘姐 : 短信回国也显示 106 开头\n"
)


def test_a_kakaotalk_chat_reads_as_its_members_messages() -> None:
    # KakaoTalk's header leaves the chat's name to title it (the saved-on line goes); each message is
    # its lines without 「date time, name :」, its 「1.」 list its own (the line after the list stays
    # out of the last step, and the next message out of the list), a star a star (no markup in
    # KakaoTalk); the invitation notice, the day lines, 「照片」 and 「表情」 go
    frags = cut(KAKAO_CHAT, "kakao.txt")
    assert {f.article_title for f in frags} == {"阿拉木图互助群"}
    text = all_text(frags)
    for gone in ("下午", "星期", "保存日期", "KakaoTalk", "邀请了", "照片", "表情", " : "):
        assert gone not in text
    assert texts(frags) == [
        ("qa", "打回国对方显示未知号码怎么办？",
         "看三个现象：\n回铃音要等 10 秒\n通话有回声\n三条占两条就是路由问题\n拨 *213*86# 开国际包"),
        ("section", "阿拉木图互助群", "短信回国也显示 106 开头"),
    ]


def test_kakaotalk_dated_lines_without_its_header_or_a_day_are_no_chat() -> None:
    # an article quoting a few messages KakaoTalk dated, with no export header nor a day line over them
    quoted = KAKAO_CHAT.split("\n", 4)[4]       # from the first message line on, without header nor day
    assert not quoted.startswith("2026年3月2日 星期一")
    assert chat_markup("聊天记录摘录\n\n" + quoted) is None


def test_a_group_question_its_writer_answers_at_once_asks_nothing() -> None:
    # 「为什么会传丢？因为…」 explains: the member's explanation is a part of its own, not the question
    # of a Q&A answered by the next member's 「对对对」
    chat = ("[2/3/26, 9:00] 阿明: 打回国显示未知号码。\n"
            "[2/3/26, 9:01] 老周: 为什么会传丢？因为转接商走了便宜的线路。\n"
            "[2/3/26, 9:02] 阿明: 对对对，有时候确实打不通\n"
            "[2/3/26, 9:03] 糖糖: 我也遇到过\n")
    assert [f.type for f in cut(chat, "cli.txt")] == ["section"] * 4


IPHONE_GROUP = (
    f"[2026/3/1 10:02:11] 互助群 🇭🇰: {LRM}訊息和通話均受端對端加密保護。此聊天室以外的任何人（包括 WhatsApp）都無法讀取或收聽。\n"
    f"{LRM}[2026/3/1 10:02:11] 互助群 🇭🇰: {LRM}Ivan 已建立群組「互助群 🇭🇰」\n"
    f"{LRM}[2026/3/2 20:58:40] 互助群 🇭🇰: {LRM}陳大文 已加入\n"
    "[2026/3/2 21:14:05] 陳大文: 想問吓點樣知道短訊對方有冇收到？\n我用 Kcell 卡\n"
    f"{LRM}[2026/3/2 21:14:30] 陳大文: {LRM}<附件：00000012-PHOTO-2026-03-02-21-14-30.jpg>\n"
    "[2026/3/2 21:16:02] 阿May: iPhone 好似睇唔到送達？\n"
    "[2026/3/2 21:18:47] Ivan Leung: 撥 *131*1# 開咗「SMS-отчёт」\n"
    "[2026/3/2 21:22:19] Ivan Leung: 撥 *131*0# 就熄返\n"
    "[2026/3/2 21:37:15] 阿May: 明白晒，多謝 Ivan 🙏\n"
    "[2026/3/2 21:40:26] 何太: 開呢個報告要唔要錢㗎？\n"
    "[2026/3/2 21:43:58] Ivan Leung: 報告本身唔收錢\n"
    "[2026/3/2 21:45:03] Kelvin 黃: 清楚晒，多謝\n"
    f"{LRM}[2026/3/2 22:15:02] 互助群 🇭🇰: {LRM}Kelvin 黃 已將群組名稱更改為「互助群 🇭🇰 (2026)」\n"
)


def test_an_iphone_group_export_is_titled_by_the_group_and_its_notices_go() -> None:
    # an iPhone writes a group's notices (created, joined, renamed) as messages of the group itself,
    # each led by a left-to-right mark: the group's name titles the chat and none of them is a part
    frags = cut(IPHONE_GROUP, "group.txt")
    assert {f.article_title for f in frags} == {"互助群 🇭🇰"}
    text = all_text(frags)
    for gone in ("已建立群組", "已加入", "已將群組名稱更改為", "端對端", "附件"):
        assert gone not in text


def test_a_question_asked_on_by_another_member_is_answered_by_a_third() -> None:
    # 阿May asks on about 陳大文's question before Ivan answers: the answer is to 陳大文's question, 阿May's
    # line a part of it; Cantonese thanks (「明白晒」「清楚晒」), a member thanked by a word of his name too,
    # say nothing
    assert texts(cut(IPHONE_GROUP, "group.txt")) == [
        ("qa", "想問吓點樣知道短訊對方有冇收到？我用 Kcell 卡",
         "iPhone 好似睇唔到送達？\n撥 *131*1# 開咗「SMS-отчёт」\n撥 *131*0# 就熄返"),
        ("qa", "開呢個報告要唔要錢㗎？", "報告本身唔收錢"),
    ]


def test_a_question_asked_back_to_its_asker_is_no_chain() -> None:
    # 雅婷 asks 小明 back and 小明 answers her: his own question stays unanswered, not paired with his reply
    chat = ("[1/3/26, 9:00] 小明: 明細怎麼查？\n"
            "[1/3/26, 9:01] 雅婷: 你是哪家的？\n"
            "[1/3/26, 9:02] 小明: Kcell\n"
            "[1/3/26, 9:03] 家瑋: 我也是 Kcell\n")
    assert texts(cut(chat, "ask-back.txt"))[:2] == [
        ("section", "ask-back", "明細怎麼查？"),
        ("qa", "你是哪家的？", "Kcell"),
    ]


def test_a_member_whose_messages_are_all_marked_notices_must_be_the_apps() -> None:
    # a member's own message is never led by the mark: a sender writing one is a member, and no title
    chat = IPHONE_GROUP.replace(f"互助群 🇭🇰: {LRM}陳大文 已加入", "互助群 🇭🇰: 陳大文 已加入")
    frags = cut(chat, "group.txt")
    assert {f.article_title for f in frags} != {"互助群 🇭🇰"}


@pytest.mark.parametrize("notices", [
    ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen "
     "to them.", "Ivan created group “Almaty HK”", "Chan joined using this group's invite link", "Ivan added Kelvin",
     "Kelvin changed the group name to “Almaty HK (2026)”", "Tommy left", "Ivan changed this group's icon"),
    ("消息和通话都进行端到端加密。对话之外的任何人，甚至包括 WhatsApp，都无法读取或收听。", "Ivan 创建了群组“阿拉木图互助”",
     "陈大文 已加入", "Ivan 添加了 Kelvin", "Kelvin 将群组名称更改为“阿拉木图互助 (2026)”", "Tommy 已退出"),
])
def test_iphone_group_notices_in_english_and_simplified_chinese(notices: tuple[str, ...]) -> None:
    lines = [f"{LRM}[2026/3/1 10:02:{k:02}] Almaty HK: {LRM}{notice}\n" for k, notice in enumerate(notices)]
    chat = ("".join(lines) + "[2026/3/2 21:14:05] Chan: How do I get delivery reports?\n"
            "[2026/3/2 21:18:47] Ivan: Dial *131*1#\n[2026/3/2 21:19:00] Tommy: Beeline is *110*401#\n")
    frags = cut(chat, "group.txt")
    assert {f.article_title for f in frags} == {"Almaty HK"}
    assert texts(frags)[0] == ("qa", "How do I get delivery reports?", "Dial *131*1#")
    assert not any(notice in f.title + f.text for f in frags for notice in notices)
