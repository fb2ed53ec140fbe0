"""A messenger's feed as a page shows it, saved by the browser (an ICQ New or TamTam channel, a Skype export viewer page, a Webex space, a Chatra or Talk-Me dashboard's conversation, a Jivo chat e-mail): what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def icq(posts: str) -> str:
    """icq.im's channel page: cookie banner, header, the channel card, the feed with day dividers, the install call."""
    return ('<html><head><title>ICQ New</title></head><body class="icq-page">'
            '<div class="icq-cookie-banner"><span>Мы используем cookies.</span><button>Понятно</button></div>'
            '<header class="icq-header"><nav><a href="/desktop">Скачать</a></nav><a href="icq://chat/x">Открыть в ICQ</a></header>'
            '<main class="icq-channel"><div class="icq-channel__card"><h1 class="icq-channel__name">Мойка окон</h1>'
            '<div class="icq-channel__members">Канал · 1 846 подписчиков</div>'
            '<div class="icq-channel__about">高层住宅擦窗 · 阿斯塔纳</div><a href="icq://chat/x">Подписаться</a></div>'
            f'<div class="icq-feed"><div class="icq-feed__date">15 сентября</div>{posts}</div>'
            '<div class="icq-channel__cta"><a href="/app">Установить ICQ</a></div></main>'
            '<footer>© ICQ</footer></body></html>')


def icq_post(text: str, pinned: bool = False) -> str:
    pin = '<div class="icq-post__pin">Закреплённое сообщение</div>' if pinned else ""
    return (f'<article class="icq-post" data-msgid="1">{pin}<div class="icq-post__text">{text}</div>'
            '<div class="icq-post__footer"><span class="icq-post__views">👁 3,2K</span> '
            '<span class="icq-post__time">09:00</span></div></article>')


def test_icq_posts_are_parts_by_their_bold_headings_without_counters_or_dates():
    page = icq(icq_post("<p><strong>服务说明</strong></p><p>我们用绳索从楼顶下降擦窗。</p>"
                        "<p><strong>价格</strong></p><p>每平方米 450 ₸。</p>", pinned=True)
               + icq_post("<p><strong>怎么预约</strong></p><ol><li>给我们打电话说清楚楼号。</li>"
                          "<li>发两三张窗户的照片。</li></ol>")
               + '<div class="icq-feed__date">2 октября</div>'
               + icq_post("<p><strong>天气与改期</strong></p><p>风速超过 10 м/с 不能上绳。</p>")
               + icq_post("<p>Друзья, осталось мало свободных дней，请本周内预约。</p>"))
    frags = cut(page)
    got = texts(frags)
    assert got[0] == ("section", "Мойка окон", "高层住宅擦窗 · 阿斯塔纳")
    assert ("section", "价格", "每平方米 450 ₸。") in got
    assert [f.path[-1] for f in frags if f.type == "step"] == ["怎么预约", "怎么预约"]
    assert ("section", "天气与改期", "风速超过 10 м/с 不能上绳。") in got
    assert got[-1] == ("section", "Мойка окон", "Друзья, осталось мало свободных дней，请本周内预约。")
    every = " ".join(title + text for _, title, text in got)
    for chrome in ("подписчиков", "Закреплённое", "2 октября", "3,2K", "回复"):
        assert chrome not in every


def test_tamtam_posts_are_parts_by_their_headings_and_a_qa_post_keeps_its_pairs():
    page = ('<html><body class="tt-preview"><div class="tt-cookies">TamTam использует файлы cookie.</div>'
            '<main class="tt-channel"><section class="tt-channel__header"><h1 class="tt-channel__title">Манты</h1>'
            '<div class="tt-channel__link">tt.me/manty</div><div class="tt-channel__subs">2 314 подписчиков</div>'
            '<p class="tt-channel__desc">手工冷冻曼蒂 · 卡拉干达送货上门</p></section><section class="tt-feed">'
            '<div class="tt-message tt-message--pinned"><div class="tt-message__badge">📌 Закреплено</div>'
            '<div class="tt-message__body"><h3>保存和煮法</h3><p>水开后蒸 40 分钟。</p></div>'
            '<div class="tt-message__meta"><span class="tt-views">4,1K</span> · 1 окт 2025, 08:30</div></div>'
            '<div class="tt-message"><div class="tt-message__body"><h3>大家常问</h3>'
            '<p><b>问：</b>能寄到阿斯塔纳吗？<br><b>答：</b>不寄外地，冷冻货路上会化。</p></div>'
            '<div class="tt-message__meta">9 окт 2025 · <span class="tt-reactions">❤️ 57</span></div></div>'
            '</section></main></body></html>')
    got = texts(cut(page))
    assert got[0] == ("section", "Манты", "手工冷冻曼蒂 · 卡拉干达送货上门")
    assert ("section", "保存和煮法", "水开后蒸 40 分钟。") in got
    assert ("qa", "能寄到阿斯塔纳吗？", "不寄外地，冷冻货路上会化。") in got
    every = " ".join(title + text for _, title, text in got)
    for chrome in ("tt.me", "подписчиков", "Закреплено", "4,1K", "57"):
        assert chrome not in every


def skype_message(author: str, content: str, kind: str = "") -> str:
    return (f'<div class="sx-message{kind}" id="msg-1"><div class="sx-message__meta"><span class="sx-author">{author}</span> '
            f'<span class="sx-time">10:02</span></div><div class="sx-message__content">{content}</div></div>')


def test_skype_export_messages_headed_by_a_bold_line_are_parts_and_app_lines_no_text():
    page = ('<html><body class="sx-body"><header class="sx-header"><div class="sx-header__title">Export of chat history</div>'
            '</header><aside class="sx-sidebar"><ul class="sx-conversations"><li class="sx-conv"><a href="#c">Мама</a> '
            '<span class="sx-count">2 310</span></li></ul></aside><main><section class="sx-conversation" id="c">'
            '<div class="sx-conversation__header"><h1 class="sx-conversation__title">Прокат «Забота»</h1>'
            '<p class="sx-conversation__info">Групповой чат · 23 участника</p></div>'
            '<div class="sx-day"><span>12 сентября 2025</span></div>'
            + skype_message("Динара", "\n<b>租用流程</b><br>\n1. 打电话到 +7 708 214 55 90，说要什么器材。<br>\n"
                                     "2. 来店里出示身份证件，签一份租赁合同。<br>\n3. 交押金和第一期租金。\n")
            + skype_message("Ли Вэй", "问：我是外国人，只有护照，可以租吗？")
            + skype_message("Динара", "答：可以，用护照签合同就行。")
            + '<div class="sx-day"><span>3 октября 2025</span></div>'
            + skype_message("Динара", "\n<b>怎么续租</b><br>\n发短信「ПРОДЛИТЬ Z-2291 30」到 +7 708 214 55 90 就续好了。\n")
            + skype_message("", "<i>Динара закрепил(а) сообщение.</i>", " sx-message--system")
            + skype_message("", "<i>Звонок завершён · 4 мин 12 с</i>", " sx-message--call")
            + '</section></main><footer class="sx-footer"><p>Exported from Skype</p></footer></body></html>')
    frags = cut(page)
    got = texts(frags)
    assert [f.path[-1] for f in frags if f.type == "step"] == ["租用流程"] * 3
    assert ("qa", "我是外国人，只有护照，可以租吗？", "可以，用护照签合同就行。") in got
    assert got[-1] == ("section", "怎么续租", "发短信「ПРОДЛИТЬ Z-2291 30」到 +7 708 214 55 90 就续好了。")
    every = " ".join(title + text for _, title, text in got)
    for chrome in ("3 октября", "закрепил", "Звонок", "Мама", "участника", "Export"):
        assert chrome not in every


def webex_item(body: str, kind: str = "") -> str:
    return (f'<div class="activity-item{kind}" data-activity-id="x"><div class="activity-item-header">'
            '<span class="activity-item-author">林怡君</span> <span class="activity-item-time">上午 9:12</span></div>'
            f'<div class="activity-item-body message-content">{body}</div></div>')


def test_webex_space_items_without_tabs_day_dividers_reactions_or_system_lines():
    page = ('<html><body class="md wx-app"><div class="wx-navbar"><ul><li>訊息</li><li>團隊</li></ul></div>'
            '<div class="wx-space" role="main"><div class="wx-space__header"><h1 class="wx-space__title">行政庶務</h1>'
            '<div class="wx-space__tabs"><span class="wx-tab">訊息</span> <span class="wx-tab">人員 (9)</span></div></div>'
            '<div class="activity-list"><div class="activity-day-divider"><span>2025年10月6日 星期一</span></div>'
            + webex_item('<p>問：印表機一直顯示「非原廠耗材」不能印，怎麼辦？</p><p class="activity-item-reactions">👍 2</p>')
            + webex_item("<p>答：先在面板按「確定」略過警告。</p>")
            + '<div class="activity-day-divider"><span>2025年10月22日 星期三</span></div>'
            + webex_item("<h2>注意事項</h2><p>空的碳粉匣不要丟，可以補充 3～4 次。</p>")
            + '<div class="activity-item activity-item--system"><div class="activity-item-body">林怡君 已將 王志明 新增到此空間。'
              '</div></div></div><div class="wx-composer"><div class="wx-composer__input"></div></div></div>'
              '<footer class="wx-footer">© 2025 Cisco</footer></body></html>')
    got = texts(cut(page))
    assert got == [("qa", "印表機一直顯示「非原廠耗材」不能印，怎麼辦？", "先在面板按「確定」略過警告。"),
                   ("section", "注意事項", "空的碳粉匣不要丟，可以補充 3～4 次。")]


def chatra_message(side: str, author: str, body: str, time: str) -> str:
    return (f'<div class="message message--{side}"><div class="message__author">{author}</div>'
            f'<div class="message__text">{body}</div><div class="message__time">{time}</div></div>')


def test_chatra_conversation_titled_by_its_topic_without_authors_times_or_panels():
    page = ('<html><head><title>Conversation with Ержан — Chatra</title></head><body class="chatra-app">'
            '<header class="app-header"><nav class="app-nav"><a href="/history/">History</a></nav></header>'
            '<aside class="history-sidebar"><ul><li class="history-item">Гульнара · 21:15</li></ul></aside>'
            '<main class="conversation-view"><div class="conversation-header"><h1>紧急开锁：门打不开怎么办</h1>'
            '<span class="conversation-meta">Started 23:41 · Site: zamok24.kz</span></div>'
            '<div class="conversation-messages">'
            + chatra_message("visitor", "Ержан", "能来开门吗？", "23:41")
            + chatra_message("agent", "Дамир (Замок 24)", "<h3>开锁价格</h3><ul><li>普通门锁 8 000 ₸</li></ul>", "23:42")
            + chatra_message("agent", "Дамир (Замок 24)", "<h3>常见问题</h3><p><strong>问：</strong>会把门弄坏吗？</p>"
                             "<p>答：九成情况下不会。</p>", "23:46")
            + '<div class="message message--system">Дамир changed status to <b>Closed</b></div></div>'
            '<div class="conversation-info"><h4>Visitor info</h4><dl><dt>City</dt><dd>Almaty</dd></dl></div></main>'
            '<footer class="app-footer">© 2026 Chatra</footer></body></html>')
    got = texts(cut(page))
    assert got[0] == ("section", "紧急开锁：门打不开怎么办", "能来开门吗？")
    assert ("section", "开锁价格", "普通门锁 8 000 ₸") in got
    assert got[-1] == ("qa", "会把门弄坏吗？", "九成情况下不会。")
    every = " ".join(title + text for _, title, text in got)
    for chrome in ("23:4", "Ержан", "Дамир", "Visitor info", "Almaty", "History", "Chatra"):
        assert chrome not in every


def talk_me_message(side: str, name: str, body: str, date: str) -> str:
    return (f'<div class="tm-message tm-message-{side}"><div class="tm-message-name">{name}</div>'
            f'<div class="tm-message-text">{body}</div><div class="tm-message-date">{date}</div></div>')


def test_talk_me_archived_dialog_titled_by_its_heading_not_the_archive():
    page = ('<html><head><title>Архив чатов — Talk-Me</title></head><body class="tm-lk">'
            '<div class="tm-topbar"><ul class="tm-menu"><li><a href="/archive">Архив</a></li></ul>'
            '<div class="tm-balance">Баланс: 4 200 ₽</div></div><div class="tm-archive">'
            '<div class="tm-archive-filter"><label>Период</label> <input type="text"><label>Оператор</label></div>'
            '<div class="tm-archive-dialog"><div class="tm-dialog-head"><h1>Диалог №20931 · 上门灭蟑螂</h1>'
            '<div class="tm-dialog-info">Клиент: Мадина · Канал: Telegram</div></div>'
            + talk_me_message("client", "Мадина", "你们能上门处理吗？", "14:05")
            + talk_me_message("operator", "Алия", "<p>可以，每天 8:00–21:00。</p><h2>处理价目</h2>"
                              "<p>一居室 12 000 ₸。</p>", "14:07")
            + '<div class="tm-dialog-rating">Оценка клиента: 5 из 5</div></div></div>'
            '<footer class="tm-footer">© Talk-Me</footer></body></html>')
    got = texts(cut(page))
    assert got == [("section", "Диалог №20931 · 上门灭蟑螂", "你们能上门处理吗？\n可以，每天 8:00–21:00。"),
                   ("section", "处理价目", "一居室 12 000 ₸。")]


def jivo_message(side: str, name: str, body: str, time: str) -> str:
    return (f'<div class="jv-msg jv-msg-{side}"><span class="jv-time">[{time}]</span> <b>{name}:</b> {body}</div>')


def test_jivo_email_chat_without_visitor_table_stamps_or_sender_names():
    page = ('<html><head><title>Jivo: Переписка с посетителем Айдар (chat #48213)</title></head><body>'
            '<table class="jv-email-header"><tr><td>Открыть в браузере | <a href="#">Войти в Jivo</a></td></tr></table>'
            '<h1>Новый диалог на сайте sputnik-montazh.kz</h1><table class="jv-visitor-info">'
            '<tr><td>Посетитель:</td><td>Айдар</td></tr><tr><td>Город:</td><td>Қонаев</td></tr></table>'
            '<div class="jv-transcript">'
            + jivo_message("client", "Айдар", "能装 Otau TV 吗？", "10:02")
            + jivo_message("agent", "Жанна", "<h2>机顶盒激活</h2><p>把卡号用短信发送到 1414。</p>", "10:13")
            + jivo_message("agent", "Жанна", "<h2>常见问题</h2><p><b>问：租的房子可以装吗？</b><br>答：需要房东的书面同意。</p>",
                           "10:15")
            + '</div><p class="jv-rating">Оценка диалога: ★★★★★ (5)</p>'
            '<table class="jv-email-footer"><tr><td>Это письмо отправлено автоматически сервисом Jivo.</td></tr></table>'
            '</body></html>')
    got = texts(cut(page))
    assert got[0] == ("section", "Jivo: Переписка с посетителем Айдар (chat #48213)", "能装 Otau TV 吗？")
    assert ("section", "机顶盒激活", "把卡号用短信发送到 1414。") in got
    assert got[-1] == ("qa", "租的房子可以装吗？", "需要房东的书面同意。")
    every = " ".join(text for _, _, text in got)
    for chrome in ("10:", "Жанна", "Посетитель", "Қонаев", "Новый диалог", "письмо"):
        assert chrome not in every
