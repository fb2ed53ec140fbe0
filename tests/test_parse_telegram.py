"""A chat Telegram Desktop exported as HTML (messages.html): what a reader gets from it, fragment
by fragment."""
from __future__ import annotations

import html

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

CHANNEL = "在哈华人 · 手机卡办事指南"


def message(number: int, text: str, sender: str = CHANNEL, *, joined: bool = False, reply: int = 0,
            forwarded: str = "", photo: bool = False) -> str:
    """A message as Telegram Desktop writes one: userpic, time, sender, reply or forward header,
    media box, text, reactions and the channel's signature."""
    head = "" if joined else (f'<div class="pull_left userpic_wrap"><div class="userpic userpic4">'
                              f'<div class="initials" style="line-height: 42px">{html.escape(sender[0])}</div></div></div>')
    parts = [f'<div class="message default clearfix{" joined" if joined else ""}" id="message{number}">{head}',
             '<div class="body"><div class="pull_right date details" title="20.11.2026 10:02:15 UTC+05:00">10:02</div>']
    if not joined:
        parts.append(f'<div class="from_name">{html.escape(sender)}</div>')
    if reply:
        parts.append(f'<div class="reply_to details">In reply to <a href="#go_to_message{reply}" '
                     f'onclick="return GoToMessage({reply})">this message</a></div>')
    if photo:
        parts.append('<div class="media_wrap clearfix"><div class="media clearfix pull_left media_photo">'
                     '<div class="body"><div class="title bold">Photo</div><div class="status details">'
                     'Not included, change data exporting settings to download.</div><div class="status details">'
                     '260x462, 48.1 KB</div></div></div></div>')
    body = f'<div class="text">{text}</div>'
    if forwarded:
        body = (f'<div class="forwarded body"><div class="from_name">{html.escape(forwarded)}'
                f'<span class="date details" title="19.11.2026 18:00:00"> 19.11.2026 18:00:00</span></div>{body}</div>')
    parts += [body, ('<span class="reactions"><span class="reaction"><span class="emoji">👍</span>'
                     '<span class="count">46</span></span><span class="reaction"><span class="emoji">🙏</span>'
                     '<span class="count">12</span></span></span><div class="signature details">Айгерим · 管理员</div>'
                     '</div></div>')]
    return "".join(parts)


def service(text: str) -> str:
    return f'<div class="message service" id="message-1"><div class="body details">{text}</div></div>'


def export(*messages: str, name: str = CHANNEL) -> str:
    """A messages.html page: the chat's name in the header, the history, the pagination links."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title>'
            '<link href="css/style.css" rel="stylesheet"/><script src="js/script.js"></script></head>'
            '<body onload="CheckLocation();"><div class="page_wrap"><div class="page_header"><div class="content">'
            f'<div class="text bold">{html.escape(name)}</div></div></div><div class="page_body chat_page">'
            '<div class="history"><a class="pagination block_link" href="messages.html">Previous messages</a>'
            + "".join(messages) +
            '<a class="pagination block_link" href="messages3.html">Next messages</a></div></div></div></body></html>')


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("messages.html", "messages", page, "html", "0"))[1]


def words(frags: list[Fragment]) -> str:
    return "\n".join(" ".join(f.path) + f.title + f.text for f in frags)


def test_the_chats_name_in_the_page_header_titles_it() -> None:
    article, frags = parse_source(Source("messages.html", "messages", export(message(1, "开证明要带护照。")), "html", "0"))
    assert article.title == CHANNEL
    assert [(f.title, f.text) for f in frags] == [(CHANNEL, "开证明要带护照。")]
    assert "Exported Data" not in words(frags)


def test_times_senders_userpics_reactions_dates_notices_replies_and_pagination_are_no_text() -> None:
    page = export(service("18 November 2026"),
                  message(1, "<strong>📌 怎么开号码归属证明</strong><br>带护照去营业厅。"),
                  message(2, "App 里也能开。", joined=True, photo=True),
                  service("19 November 2026"),
                  service(f'{CHANNEL} pinned <a href="#go_to_message3" onclick="return GoToMessage(3)">this message</a>'),
                  service("Aigerim joined the group"),
                  message(3, "补充：免费。", reply=1))
    frags = cut(page)
    text = words(frags)
    for kept in ("带护照去营业厅。", "App 里也能开。", "补充：免费。"):
        assert kept in text
    for gone in ("10:02", "Айгерим", "管理员", "46", "12", "👍", "November", "pinned", "joined", "In reply to",
                 "this message", "Previous messages", "Next messages", "Photo", "Not included", "KB"):
        assert gone not in text
    assert "在" not in "".join(f.text for f in frags)       # neither the userpic's initial nor the sender's name


def test_each_post_is_a_part_titled_by_its_headline() -> None:
    page = export(message(1, "<strong>📌 怎么开号码归属证明</strong><br>带护照去营业厅，当场打印。"),
                  message(2, "⚠️ <strong>缴费记录</strong><br>App 里选起止日期，一次最长 12 个月。"),
                  message(3, "营业厅周日不开门。"))
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("section", "怎么开号码归属证明", "带护照去营业厅，当场打印。"),
        ("section", "缴费记录", "App 里选起止日期，一次最长 12 个月。"),
        ("section", CHANNEL, "营业厅周日不开门。")]       # one line, and a sentence: no headline


def test_a_posts_lines_keep_the_writers_line_breaks() -> None:
    page = export(message(1, "<strong>营业时间</strong><br>周一至周五 9:00–19:00<br>周六 10:00–16:00<br>周日休息"))
    assert [(f.title, f.text) for f in cut(page)] == [("营业时间", "周一至周五 9:00–19:00\n周六 10:00–16:00\n周日休息")]


def test_numbered_lines_are_the_posts_steps_and_do_not_swallow_the_next_post() -> None:
    page = export(message(1, "<strong>在 App 里开</strong><br>1. 打开 My Kcell；<br>2. 点「Ещё」→「Справки」；"
                             "<br>① 选归属证明<br>② 选语言<br>3. 填邮箱，5 分钟收到 PDF。<br>App 开的 PDF 没有公章。"),
                  message(2, "<strong>去营业厅</strong><br>带护照原件，每份 500 ₸。"))
    frags = cut(page)
    steps = [f for f in frags if f.type == "step"]
    assert [f.title for f in steps] == ["打开 My Kcell", "点「Ещё」→「Справки」", "填邮箱，5 分钟收到 PDF"]
    assert {f.procedure.title for f in steps if f.procedure} == {"在 App 里开"}
    assert steps[1].text == "点「Ещё」→「Справки」；\n① 选归属证明\n② 选语言"        # its sub-steps
    assert steps[-1].text == "填邮箱，5 分钟收到 PDF。"
    assert [(f.type, f.title, f.text) for f in frags if f.type != "step"] == [
        ("section", "在 App 里开", "App 开的 PDF 没有公章。"),
        ("section", "去营业厅", "带护照原件，每份 500 ₸。")]


def test_keycap_numbers_number_lines_too() -> None:
    page = export(message(1, "<strong>查余额</strong><br>1️⃣ 打开拨号盘<br>2️⃣ 拨 *111#<br>3️⃣ 按通话键"))
    assert [(f.type, f.title) for f in cut(page)] == [("step", "打开拨号盘"), ("step", "拨 *111#"), ("step", "按通话键")]


@pytest.mark.parametrize(("question", "answer"), [("❓ ", "👉 "), ("Q：", "A："), ("问：", "答：")])
def test_question_and_answer_lines_pair_and_the_closing_line_is_no_answer(question: str, answer: str) -> None:
    page = export(message(1, f"📌 <strong>FAQ：运营商证明常见问题</strong><br>{question}能开中文版吗？<br>{answer}没有中文版。"
                             f"<br>{question}注销了还能开吗？<br>{answer}注销后 3 年内可以去营业厅开。<br>营业厅地址见官网。"))
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags if f.type == "qa"] == [
        ("qa", "能开中文版吗？", "没有中文版。"), ("qa", "注销了还能开吗？", "注销后 3 年内可以去营业厅开。")]
    assert all(f.path[-1] == "FAQ：运营商证明常见问题" for f in frags)
    if question == "❓ ":           # a line after one-line answers is no part of the last one
        assert ("section", "营业厅地址见官网。") in [(f.type, f.text) for f in frags]


def test_a_forwarded_posts_header_goes_and_its_text_stays() -> None:
    page = export(message(1, "Beeline 昨天发的更新，转过来："),
                  message(2, "Теперь справку можно получить в приложении My Beeline за 1 минуту.",
                          joined=True, forwarded="Beeline Kazakhstan"))
    text = words(cut(page))
    assert "Теперь справку можно получить в приложении My Beeline за 1 минуту." in text
    for gone in ("Beeline Kazakhstan", "19.11.2026", "18:00"):
        assert gone not in text


def test_a_follow_up_is_titled_by_its_post_and_is_no_part_of_its_answer() -> None:
    page = export(message(1, "<strong>运营商能开哪些证明？</strong><br>归属证明、缴费记录和无欠费证明。"),
                  message(2, "↑ 这是归属证明的样子。", joined=True, photo=True),
                  message(3, "<strong>去营业厅</strong><br>带护照原件。"),
                  message(4, "补充：缴费记录最多查 3 年。", reply=1))
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("qa", "运营商能开哪些证明？", "归属证明、缴费记录和无欠费证明。"),
        ("section", "运营商能开哪些证明？", "↑ 这是归属证明的样子。"),
        ("section", "去营业厅", "带护照原件。"),
        ("qa", "运营商能开哪些证明？", "补充：缴费记录最多查 3 年。")]


def test_a_groups_question_and_the_agents_reply_to_it_are_a_qa() -> None:
    page = export(message(1, "请问 Kcell 的号码归属证明在哪里开？", "Aigerim"),
                  message(2, "Beeline 的缴费记录能开几个月？", "Данияр"),
                  message(3, "在 My Kcell 里开，点「Справки и документы」。", "Kcell 客服", reply=1),
                  message(4, "最多 12 个月。", "Kcell 客服", reply=2),
                  name="Kcell 用户互助群")
    assert [(f.type, f.title, f.text) for f in cut(page)] == [
        ("qa", "请问 Kcell 的号码归属证明在哪里开？", "在 My Kcell 里开，点「Справки и документы」。"),
        ("qa", "Beeline 的缴费记录能开几个月？", "最多 12 个月。")]


@pytest.mark.parametrize(("page", "text"), [
    # Telegram's class names on a page of another kind: no page_wrap around the history
    (("<html><body><article><h1>消息记录</h1><div class='history'><div class='message default'>"
      "<div class='body'><div class='from_name'>客服</div><div class='text'>在 App 里查。</div></div></div></div>"
      "</article></body></html>"), "客服\n在 App 里查。"),
    # a page_wrap whose history holds no messages
    (("<html><body><div class='page_wrap'><h1>消息记录</h1><div class='history'><p>在 App 里查。</p>"
      "<div class='from_name'>客服</div></div></div></body></html>"), "在 App 里查。\n客服"),
    # messages without Telegram's body
    (("<html><body><div class='page_wrap'><h1>消息记录</h1><div class='history'><div class='message default'>"
      "<p>在 App 里查。</p><p class='from_name'>客服</p></div></div></div></body></html>"), "在 App 里查。\n客服"),
])
def test_class_names_alone_make_no_export(page: str, text: str) -> None:
    assert [(f.type, f.title, f.text) for f in cut(page)] == [("section", "消息记录", text)]


# A channel's public web preview (t.me/s/…) as the browser saves it.
PREVIEW_NAME = "阿拉木图华人互助 | Almaty Huaren"


def web_post(number: int, text: str, *, forwarded: str = "", reply: tuple[int, str] | None = None,
             link_preview: str = "") -> str:
    """A post as t.me/s draws one: userpic, bubble with the owner's name, a forward or reply header,
    the text, a link preview, views and the time link."""
    head = (f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from&nbsp;<a class="'
            f'tgme_widget_message_forwarded_from_name" href="https://t.me/x/1"><span dir="auto">{forwarded}</span></a></div>'
            if forwarded else "")
    if reply:
        head += (f'<a class="tgme_widget_message_reply" href="https://t.me/kz/{reply[0]}"><div class="tgme_widget_message_author '
                 f'accent_color"><span class="name">{PREVIEW_NAME}</span></div><div class="tgme_widget_message_text '
                 f'js-message_reply_text" dir="auto">{reply[1]}</div></a>')
    card = (f'<a class="tgme_widget_message_link_preview" href="https://yandex.kz/support"><div class="link_preview_site_name">'
            f'Яндекс Справка</div><div class="link_preview_title">{link_preview}</div></a>' if link_preview else "")
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" '
            f'data-post="kz/{number}"><div class="tgme_widget_message_user"><a href="https://t.me/kz"><i class="'
            f'tgme_widget_message_user_photo" data-content="阿"></i></a></div><div class="tgme_widget_message_bubble">'
            f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
            f'href="https://t.me/kz"><span dir="auto">{PREVIEW_NAME}</span></a></div>{head}'
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>{card}'
            f'<div class="tgme_widget_message_footer"><div class="tgme_widget_message_info"><span class="'
            f'tgme_widget_message_views">4.1K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">'
            f'<a class="tgme_widget_message_date" href="https://t.me/kz/{number}"><time datetime="2025-04-14T08:02:11+00:00" '
            f'class="time">08:02</time></a></span></div></div></div></div></div>')


def day(text: str) -> str:
    return (f'<div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">{text}'
            '</div></div>')


def preview(*posts: str) -> str:
    """A t.me/s page: the header with the name and subscribers, 「Load more」, the posts, the right column."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>阿拉木图华人互助 | Almaty Huaren – Telegram</title>'
            '<meta property="og:site_name" content="Telegram"></head><body class="widget_frame_base tgme_webpreview">'
            '<header class="tgme_header"><div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/kz">'
            f'<div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">{PREVIEW_NAME}</span>'
            '</div></div><div class="tgme_header_counter">8.73K subscribers</div></a></div><div class="'
            'tgme_header_right_column"><a class="tgme_action_button_new" href="https://t.me/kz">Preview channel</a></div>'
            '</header><main class="tgme_main"><div class="tgme_container"><section class="tgme_channel_history '
            'js-message_history"><div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/kz?before=1" '
            'class="tme_messages_more js-messages_more">Load more</a></div>' + "".join(posts) +
            '</section><section class="tgme_right_column"><div class="tgme_channel_info"><div class="'
            f'tgme_channel_info_header_title"><span dir="auto">{PREVIEW_NAME}</span></div><div class="'
            'tgme_channel_info_description">投稿和提问请私信 @kzhr_admin</div><div class="tgme_channel_info_counters">'
            '<div class="tgme_channel_info_counter"><span class="counter_value">1.2K</span> <span class="counter_type">photos'
            '</span></div></div></div><div class="tgme_channel_download_telegram"><a href="//telegram.org/dl">Download '
            'Telegram</a></div></section></main></body></html>')


def test_a_channels_web_preview_is_its_posts_each_a_part_titled_by_its_bold_line() -> None:
    page = preview(day("April 14"),
                   web_post(1, "<b>【读者投稿】手机落在出租车上</b><br/><br/>第二天司机把手机送到了小区门口。<br/><br/>"
                               '<a href="?q=%23%E6%89%93%E8%BD%A6">#打车</a>', forwarded="投稿箱 · 阿拉木图华人"),
                   web_post(2, "<b>① Yandex Go：怎么联系司机</b><br/><br/>1. 打开「История заказов」。<br/>"
                               "2. 点「Я забыл вещи в машине」。<br/><br/>要在 <b>7 天内</b> 提交。",
                            link_preview="Я забыл вещи в машине — Справка Яндекс Go"),
                   day("April 15"),
                   web_post(3, "<b>② 先别挂失号码</b><br/><br/>只锁 SIM 卡，号码留着。", reply=(2, "① Yandex Go 引用的字")))
    article, frags = parse_source(Source("kz.html", "kz", page, "html", "0"))
    assert article.title == PREVIEW_NAME
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "【读者投稿】手机落在出租车上", "第二天司机把手机送到了小区门口。"),
        ("step", "打开「История заказов」", "打开「История заказов」。"),
        ("step", "点「Я забыл вещи в машине」", "点「Я забыл вещи в машине」。"),
        ("section", "① Yandex Go：怎么联系司机", "要在 7 天内 提交。"),
        ("section", "② 先别挂失号码", "只锁 SIM 卡，号码留着。")]
    text = words(frags)
    for gone in ("subscribers", "Load more", "April", "Forwarded", "投稿箱", "Справка Яндекс", "4.1K", "views", "08:02",
                 "#打车", "引用的字", "kzhr_admin", "photos", "Download Telegram", "Preview channel"):
        assert gone not in text


def test_the_web_previews_class_names_without_its_history_make_no_preview() -> None:
    page = ("<html><body><article><h1>频道说明</h1><div class='tgme_widget_message_wrap'>"
            "<p>在 App 里查。</p><p class='tgme_header_counter'>100 subscribers</p></div></article></body></html>")
    assert [(f.type, f.title, f.text) for f in cut(page)] == [("section", "频道说明", "在 App 里查。\n100 subscribers")]
