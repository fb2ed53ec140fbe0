"""A Rocket.Chat room as its web app shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def message(ident: str, name: str, user: str, time: str, body: str, *, root: bool = False, metrics: bool = False,
            sequential: bool = False) -> str:
    """A message as the web app lists one: avatar, header (name, @username, time; none when
    sequential), body, reactions, and under a thread's root its metrics."""
    kind = "rcx-box rcx-box--full rcx-message" + (" rcx-message--thread-root" if root else "")
    header = "" if sequential else (
        '<div class="rcx-box rcx-message-header"><div class="rcx-message-header__wrapper">'
        f'<span class="rcx-message-header__name-container" data-username="{user}"><span class="rcx-message-header__name">'
        f'{name}</span><span class="rcx-message-header__username">@{user}</span></span>'
        f'<span class="rcx-message-header__time" title="2025年10月20日 {time}">{time}</span></div></div>')
    counts = ('<div class="rcx-message-block rcx-message-metrics"><div class="rcx-message-metrics__item"><button>'
              '<span class="rcx-button--content">查看讨论串</span></button></div><div class="rcx-message-metrics__item" '
              'title="回复"><div class="rcx-message-metrics__item-label">3</div></div><div class="rcx-message-metrics__item">'
              '<div class="rcx-message-metrics__item-label">10月21日 16:40</div></div></div>') if metrics else ""
    return (f'<div class="{kind}" role="listitem" data-qa-type="message" data-id="{ident}" data-qa-username="{user}" '
            f'data-sequential="{str(sequential).lower()}"><div class="rcx-message-container rcx-message-container--left">'
            f'<figure class="rcx-avatar"><img src="/avatar/{user}" alt="{user}"></figure></div>'
            f'<div class="rcx-message-container">{header}<div class="rcx-message-body" data-qa-type="message-body">{body}'
            '</div><div class="rcx-message-block"><div class="rcx-message-reactions"><div class="rcx-message-reactions__reaction">'
            f'<span class="rcx-message-reactions__emoji">👍</span><div class="rcx-message-reactions__counter">7</div></div>'
            f'</div></div>{counts}</div></div>')


def system(text: str) -> str:
    return f'<div class="rcx-box rcx-message-system"><span>{text}</span><span>09:02</span></div>'


def divider(text: str) -> str:
    return f'<div class="rcx-box rcx-message-divider">{text}</div>'


def room(messages: list[str], thread: list[str] | None = None) -> str:
    """The web app's page: the sidebar, the room header with its topic, the announcement, the
    message list, the composer, and the thread open in the contextual bar."""
    bar = ('<aside class="rcx-vertical-bar rcx-contextual-bar"><div class="rcx-vertical-bar__header">'
           '<h3 id="contextual-bar-title" class="rcx-vertical-bar__title">讨论串</h3><span class="rcx-vertical-bar__subtitle">'
           '昨晚 5 号楼…</span></div><div class="rcx-vertical-bar__content thread-list"><div class="thread">'
           + "".join(thread) + '</div></div><footer class="rcx-vertical-bar__footer"><label class="rcx-check-box">'
           '<span class="rcx-check-box__label">同时发送到频道</span></label></footer></aside>') if thread else ""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta name="application-name" content="Rocket.Chat">'
            '<title>(1) lift-gsm | 金禾物业 · 工作台</title></head><body><div id="react-root"><div id="rocket-chat">'
            '<div class="rcx-sidebar"><div class="rcx-sidebar-title">频道</div><a class="rcx-sidebar-item">'
            '<div class="rcx-sidebar-item__title">general</div></a><div class="rcx-sidebar-footer">Powered by Rocket.Chat</div>'
            '</div><main class="rcx-room"><header class="rcx-room-header"><h1 class="rcx-room-header__title">lift-gsm</h1>'
            '<div class="rcx-room-header__topic">电梯紧急通话模块和 SIM 卡。困人请先打调度台</div></header>'
            '<div class="rcx-room-announcement"><div class="rcx-room-announcement__content">公告：调度台 +7 7172 64 33 10。'
            '</div></div><div class="rcx-room-body"><div class="messages-box"><div class="rcx-room-body__start">'
            '这是 #lift-gsm 频道的开始</div>' + "".join(messages) + '</div><footer class="rc-message-box">'
            '<textarea placeholder="消息"></textarea></footer>' + bar + '</div></main></div></div></body></html>')


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("room.html", "room", page, "html", "0"))[1]


TITLE = "lift-gsm：电梯紧急通话模块和 SIM 卡"


def test_a_room_reads_as_a_chat_titled_by_its_topic_with_its_announcement() -> None:
    # read as a page, every fragment was titled 「lift-gsm」, the topic and announcement were lost,
    # each header (「刘洋@liu.yang09:31」) was glued to the previous message, and joins, dividers,
    # 「未读消息」 and reactions' counters were text; now the room is a chat: a question and its answer a Q&A
    page = room([
        divider("2025年10月13日"), system("陈浩 @chen.hao 已加入频道"),
        message("m1", "王磊", "wang.lei", "09:14", "<div>轿厢里的呼叫按住 3 秒，模块就会拨调度台。</div>"),
        message("m2", "刘洋", "liu.yang", "09:31", "<div>所以是每部电梯一张卡？</div>"),
        message("m3", "王磊", "wang.lei", "09:33", "<div>对，一部一张。</div>"),
        message("m4", "王磊", "wang.lei", "09:34", "<div>号码都在《电梯 SIM 台账》里。</div>", sequential=True),
        divider("2025年11月3日 未读消息")])
    frags = cut(page)
    assert {f.article_title for f in frags} == {TITLE}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", TITLE, "电梯紧急通话模块和 SIM 卡。困人请先打调度台\n公告：调度台 +7 7172 64 33 10。"),
        ("section", TITLE, "轿厢里的呼叫按住 3 秒，模块就会拨调度台。"),
        ("qa", "所以是每部电梯一张卡？", "对，一部一张。\n号码都在《电梯 SIM 台账》里。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("@wang.lei", "09:", "已加入频道", "2025年", "未读消息", "频道的开始", "general", "Powered", "7\n", "👍"):
        assert gone not in text


def test_the_thread_open_in_the_contextual_bar_answers_its_root() -> None:
    # the thread's replies, shown only in the contextual bar, were lost whole with its counters kept;
    # now they stand right under their root (shown in the list and again in the bar, read once),
    # before the room's later messages, and answer the question the root asks
    root = message("t1", "Aigerim", "aigerim.n", "08:47", "<div>5 号楼 1 号梯对讲打不通，怎么查？</div>", root=True)
    page = room(
        [message("t1", "Aigerim", "aigerim.n", "08:47", "<div>5 号楼 1 号梯对讲打不通，怎么查？</div>", metrics=True),
         system("王磊 @wang.lei 置顶了一条消息：每周一测试呼叫"),
         message("m9", "赵丽", "zhao.li", "10:12", "<div>听说运营商要关 2G，模块要换吗？</div>"),
         message("m10", "王磊", "wang.lei", "10:30", "<div>先关的是 3G，对它没影响。</div>")],
        thread=[root,
                message("r1", "王磊", "wang.lei", "09:02", "<div>发短信 <code>1111 BAL</code> 查余额。</div>"),
                message("r2", "陈浩", "chen.hao", "09:40", "<div>余额 −312 ₸，已经开了自动充值。</div>")])
    frags = cut(page)
    assert [(f.type, f.title, f.text) for f in frags][1:] == [
        ("qa", "5 号楼 1 号梯对讲打不通，怎么查？", "发短信 1111 BAL 查余额。\n余额 −312 ₸，已经开了自动充值。"),
        ("qa", "听说运营商要关 2G，模块要换吗？", "先关的是 3G，对它没影响。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("查看讨论串", "讨论串", "10月21日", "置顶了", "同时发送到频道", "3\n"):
        assert gone not in text


def test_class_names_alone_make_no_room() -> None:
    # a page using some of Rocket.Chat's class names without its app root is a page, as before
    page = ('<html><head><title>对讲说明</title></head><body><article><h1>对讲说明</h1><div class="messages-box">'
            '<div class="rcx-message" data-id="x"><span class="rcx-message-header__name">王磊</span>'
            '<div class="rcx-message-body"><div>调度台号码是多少？</div></div></div></div></article></body></html>')
    frags = cut(page)
    assert {f.article_title for f in frags} == {"对讲说明"}
    assert [(f.type, f.text) for f in frags] == [("section", "王磊\n调度台号码是多少？")]
