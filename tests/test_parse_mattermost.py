"""A Mattermost channel as its web app shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def post_id(number: int) -> str:
    return f"k1d8s3xm4fbw7gr2nq6ty9{number:04d}"


def post(number: int, author: str, text: str, *, root: int = 0, linked: bool = False, status: str = "",
         pinned: bool = False, extra: str = "") -> str:
    """A post as the web app lists one: a root post, or a reply to `root` (the first of a run led by
    「回复了 … 的主题」 when `linked`), with its pre-header, avatar, author, custom status, time, text
    and reactions."""
    kind = "post post--comment same--root other--root" if root else "post other--root"
    pin = ('<div class="post-pre-header"><div class="post-pre-header__icons-container"><span class="icon icon-pin">'
           '</span></div><div class="post-pre-header__text-container"><span>已置顶</span></div></div>') if pinned else ""
    link = (f'<div class="post__link"><span>回复了 <a class="theme" href="#">someone</a> 的主题：<a class="theme" '
            f'href="/kz-admin/pl/{post_id(root)}">开头的几个字…</a></span></div>') if linked else ""
    custom = (f'<span class="post__header-set-custom-status"><span class="custom-status-text">{status}</span></span>'
              if status else "")
    return (f'<div role="listitem" id="post_{post_id(number)}" class="a11y__section {kind}" aria-label="9:{number:02d} '
            f'上午 2025年9月3日 星期三, {author} 写道">{pin}{link}<div class="post__content"><div class="post__img">'
            f'<img class="Avatar Avatar-md" alt="{author} 的头像" src="./files/image.png"></div><div>'
            f'<div class="post__header"><div class="col col__name"><button class="user-popover style--none" '
            f'aria-label="{author}">{author}</button></div>{custom}<div class="col"><div class="post__time">'
            f'<a class="post__permalink" href="/kz-admin/pl/{post_id(number)}"><time class="post__time" '
            f'datetime="2025-09-03T09:{number:02d}:00.000+05:00">9:{number:02d} 上午</time></a></div></div></div>'
            f'<div class="post__body"><div class="post-message post-message--collapsed"><div '
            f'class="post-message__text-container"><div id="postMessageText_{post_id(number)}" '
            f'class="post-message__text" tabindex="0" dir="auto">{text}</div></div></div>'
            f'<div class="post-reaction-list"><div class="post-reaction"><button class="Reaction"><span '
            f'class="Reaction__count"><span class="Reaction__number--display">12</span></span></button></div></div>'
            f'{extra}</div></div></div></div>')


def separator(day: str) -> str:
    return (f'<div role="listitem" class="date-separator"><div class="separator__hr"></div>'
            f'<div class="separator__text">{day}</div></div>')


def channel(*posts: str, description: str = "小区东门道闸的 GSM 开门登记和问题反馈。紧急情况打东门保安 +7 727 355 20 10。") -> str:
    """The web app's page: the title, the sidebar, the channel header with its description, the post list, the message box."""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta name="application-name" content="Mattermost">'
            '<title>宿舍-门禁道闸 - KZ项目部·行政 Mattermost</title></head><body class="app__body channel-view">'
            '<div id="root"><div class="announcement-bar"><span>服务器将于 11 月 30 日升级。</span></div>'
            '<div id="SidebarContainer" class="SidebarContainer"><h1 id="headerTeamName" class="SidebarHeader__name">'
            'KZ项目部·行政</h1><ul><li class="SidebarChannel"><span class="SidebarChannelLinkLabel">公告大厅</span></li>'
            '</ul></div><div id="channel-header" class="channel-header"><div id="channelHeaderInfo">'
            '<strong id="channelHeaderTitle" class="heading"><span>宿舍-门禁道闸</span></strong>'
            '<button id="member_rhs"><span class="icon__text">86</span></button><div class="channel-header__description">'
            f'<span class="header-description__text"><p>{description}</p></span></div></div></div>'
            '<div class="post-list-holder-by-time" id="post-list" role="main"><div id="postListContent" '
            'class="post-list__content" role="list"><div class="post-list__loading-more"><span>载入更早的消息</span></div>'
            + "".join(posts) + '<div class="NewMessagesBelow"><span>新消息</span></div></div></div><div id="post-create">'
            '<textarea id="post_textbox" placeholder="写给 宿舍-门禁道闸"></textarea></div></div></body></html>')


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("channel.html", "channel", page, "html", "0"))[1]


TITLE = "宿舍-门禁道闸：小区东门道闸的 GSM 开门登记和问题反馈"


def test_a_channel_reads_as_its_threads_titled_by_its_channel_its_description_kept() -> None:
    # read as a page, the description was lost, authors went while their custom status, times, date
    # separators, 「载入更早的消息」「已置顶」「新消息」 and 「回复了 … 的主题」 stayed; now the description
    # is the channel's first text, a reply answers the question asked in its thread, and the next
    # root post (the same writer's) is no part of that answer
    page = channel(
        separator("2025年9月3日 星期三"),
        post(1, "zhang.wei", "<p>道闸号码打过去一直响，就是不挂断，杆也不起来。</p>"),
        post(2, "liu.yang", "<p>一直响 = 模块没认出你的号码，先检查拨出的那张卡。</p>", root=1, linked=True,
             status="行政·宿舍"),
        post(3, "zhang.wei", "<p>对，是双卡。那中国号码能不能也登记上？</p>", root=1),
        post(4, "liu.yang", "<p>能登记，写 <strong>+86</strong> 开头就行。</p>", root=1),
        separator("昨天"),
        post(5, "liu.yang", "<p>@channel 道闸打不通的原因查清楚了：模块里那张 Tele2 卡余额变成负数。</p>"))
    frags = cut(page)
    assert {f.article_title for f in frags} == {TITLE}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", TITLE, "小区东门道闸的 GSM 开门登记和问题反馈。紧急情况打东门保安 +7 727 355 20 10。"),
        ("section", TITLE, "道闸号码打过去一直响，就是不挂断，杆也不起来。\n一直响 = 模块没认出你的号码，先检查拨出的那张卡。"),
        ("qa", "对，是双卡。那中国号码能不能也登记上？", "能登记，写 +86 开头就行。"),
        ("section", TITLE, "@channel 道闸打不通的原因查清楚了：模块里那张 Tele2 卡余额变成负数。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("zhang.wei", "liu.yang 的", "行政·宿舍", "9:0", "上午", "星期三", "昨天", "载入更早的消息", "已置顶",
                 "新消息", "回复了", "开头的几个字", "KZ项目部", "公告大厅", "升级", "写给", "86\n", "12"):
        assert gone not in text


def test_a_posts_heading_or_bold_first_line_titles_it_and_its_list_is_its_own() -> None:
    # the pinned post's <h4> titled every later post, and their numbered lists were steps of its
    # procedure; a bold first line was no title. Now each titles its own post only.
    page = channel(
        post(1, "liu.yang", '<h4 class="markdown__heading">道闸 GSM 开门说明</h4><p>道闸号码 <strong>+7 707 555 18 40</strong>。'
                            '</p><p><strong>怎么开：</strong></p><ol class="markdown__list"><li>用登记过的手机号拨打道闸号码。</li>'
                            '<li>响一声以后模块自动挂断。</li></ol>', pinned=True),
        post(2, "liu.yang", '<p><strong>10 月 22 日东门道闸换新模块</strong></p><ul class="markdown__list"><li>新模块是 4G 的。'
                            '</li><li>新功能：发短信 <code>OPEN</code> 也能开。</li></ul>'),
        post(3, "aigerim.s", "<p>物业通知，转给大家：</p><blockquote><p>换了新号码的请在 3 天内提交新号码。</p></blockquote>",
             status="物业对接 / 翻译"))
    frags = cut(page)
    assert [(f.type, f.title, f.procedure.title if f.procedure else "") for f in frags] == [
        ("section", TITLE, ""),
        ("section", "道闸 GSM 开门说明", ""),
        ("step", "用登记过的手机号拨打道闸号码", "道闸 GSM 开门说明"),
        ("step", "响一声以后模块自动挂断", "道闸 GSM 开门说明"),
        ("section", "10 月 22 日东门道闸换新模块", ""),
        ("section", TITLE, "")]
    assert frags[4].text == "新模块是 4G 的。\n新功能：发短信 OPEN 也能开。"
    assert frags[5].text == "物业通知，转给大家：\n换了新号码的请在 3 天内提交新号码。"


def test_class_names_alone_make_no_channel() -> None:
    # posts laid out with Mattermost's class names but without its post ids are a page, as before
    page = ('<html><head><title>道闸说明</title></head><body><article><h1>道闸说明</h1><div class="post-list__content">'
            '<div class="post"><button class="user-popover">liu.yang</button><div class="post-message__text">'
            '<p>道闸号码是多少？</p></div></div></div></article></body></html>')
    frags = cut(page)
    assert {f.article_title for f in frags} == {"道闸说明"}
    assert [(f.type, f.text) for f in frags] == [("section", "道闸号码是多少？")]
