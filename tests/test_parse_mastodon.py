"""A Mastodon status page as the web app shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import texts
from indexer.fragment import parse_source
from indexer.model import Fragment, Source

AUTHOR = "阿哲在阿拉木圖 🎓"


def name(display: str, account: str) -> str:
    return (f'<span class="display-name"><bdi><strong class="display-name__html">{display}</strong></bdi>'
            f'<span class="display-name__account">@{account}</span></span>')


def mention(account: str, host: str = "formosa.social") -> str:
    return (f'<span class="h-card" translate="no"><a class="u-url mention" href="https://{host}/@{account}">@'
            f'<span>{account}</span></a></span> ')


def status(ident: int, display: str, account: str, text: str, *, to: str = "", warning: str = "") -> str:
    """One of the thread's statuses: 「回覆給 …」, time, writer, content warning, text, counters."""
    prepend = (f'<div class="status__prepend"><div class="status__prepend__icon"><i class="icon icon-reply"></i></div>'
               f'<span>回覆給 {to}</span></div>') if to else ""
    cw = (f'<p><span class="status__content__spoiler-text">{warning}</span><button class="status__content__spoiler-link">'
          '顯示較少</button></p>') if warning else ""
    return (f'<div><div class="focusable status__wrapper status__wrapper-public" data-id="{ident}">{prepend}'
            f'<div class="status status-public" data-id="{ident}"><div class="status__info"><a class="status__relative-time">'
            f'<time title="2025年9月14日">9月14日</time></a><a class="status__display-name">{name(display, account)}</a></div>'
            f'<div class="status__content">{cw}<div class="status__content__text" lang="zh-TW">{text}</div></div>'
            '<div class="status__action-bar"><button title="回覆"><span class="icon-button__counter">1</span></button>'
            '<button title="最愛"><span class="icon-button__counter">31</span></button></div></div></div></div>')


def page(*statuses: str, warning: str = "長文｜宿舍辦門號心得 1/6") -> str:
    """The web app's status page: the compose pane with the server banner, the focused status, the
    thread's other statuses, the navigation panel and the link footer."""
    cw = (f'<p><span class="status__content__spoiler-text">{warning}</span><button class="status__content__spoiler-link">'
          '顯示較少</button></p>') if warning else ""
    return ('<!DOCTYPE html><html lang="zh-TW"><head><meta property="og:site_name" content="formosa.social">'
            f'<title>{AUTHOR}: "{warning or "在 KazNU 交換一學期"}" - formosa.social</title></head><body class="app-body">'
            '<div id="mastodon" class="notranslate app-holder"><div class="ui"><div class="compose-panel"><div class="server-banner">'
            '<div class="server-banner__introduction"><strong>formosa.social</strong> 是 Mastodon 的一部份。</div>'
            '<div class="server-banner__meta"><strong class="server-banner__number">2,318</strong> 活躍使用者</div></div></div>'
            '<div class="column"><h1 class="column-header"><button>返回</button></h1><div class="scrollable"><div>'
            '<div class="focusable detailed-status__wrapper"><div class="detailed-status">'
            f'<a class="detailed-status__display-name">{name(AUTHOR, "azhe_kz@formosa.social")}</a>'
            f'<div class="status__content">{cw}<div class="status__content__text" lang="zh-TW">'
            '<p>在 KazNU 交換一學期，住 7 號宿舍。</p><p>1/6 先講結論：<br>・不要在機場買觀光方案<br>・宿舍一樓有電信攤位</p>'
            '<p><a class="mention hashtag" href="https://formosa.social/tags/哈薩克">#<span>哈薩克</span></a> '
            '<a class="mention hashtag" href="https://formosa.social/tags/交換學生">#<span>交換學生</span></a></p></div></div>'
            '<div class="detailed-status__meta"><time>2025年9月14日 下午10:49</time> · Ivory for iOS '
            '<span class="detailed-status__reblogs">86</span> 次轉嘟 <span class="detailed-status__favorites">214</span> 個最愛'
            '</div></div></div></div>' + "".join(statuses) + '</div></div><div class="navigation-panel"><a>探索</a><a>即時內容</a>'
            '<div class="link-footer"><p><strong>Mastodon</strong>: 關於 · <span class="version">v4.3.2</span></p></div></div>'
            '</div></div></body></html>')


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("status.html", "status", html, "html", "0"))[1]


def test_a_status_thread_reads_as_a_thread_titled_by_its_content_warning() -> None:
    # read as a page, the article was titled by the instance, fragments had no titles, each reply's
    # 「回覆給 …」, time and writer were glued to the status before, the hashtags were lost and the
    # content warning was a plain line; now the post is titled by its content warning, each status
    # is a part headed by its writer, and a reader's question the author answers right after is a Q&A
    frags = cut(page(
        status(2, AUTHOR, "azhe_kz", "<p>2/6 開學週的攤位：SIM 卡免費，第一個月月租 1 990 ₸。</p>"),
        status(3, "小米粒 🍚", "mili@mastodon.social", f"<p>{mention('azhe_kz')}請問攤位錯過了怎麼辦？</p>", to=AUTHOR),
        status(4, AUTHOR, "azhe_kz", f"<p>{mention('mili', 'mastodon.social')}去電信門市自己辦就好，SIM 卡要 500 ₸。</p>"),
        status(5, "Kuo 郭", "kuo_almaty@g0v.social", f"<p>{mention('azhe_kz')}學生方案要看學生證。</p>", to=AUTHOR,
               warning="抱怨文，關於 Tele2")))
    title = "長文｜宿舍辦門號心得 1/6"
    assert {f.article_title for f in frags} == {title}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", title, "在 KazNU 交換一學期，住 7 號宿舍。\n1/6 先講結論：\n・不要在機場買觀光方案\n・宿舍一樓有電信攤位\n"
                           "#哈薩克 #交換學生"),
        ("section", f"{AUTHOR}（楼主）", "2/6 開學週的攤位：SIM 卡免費，第一個月月租 1 990 ₸。"),
        ("qa", "請問攤位錯過了怎麼辦？", "去電信門市自己辦就好，SIM 卡要 500 ₸。"),
        ("section", "Kuo 郭", "抱怨文，關於 Tele2\n學生方案要看學生證。")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("回覆給", "9月14日", "@azhe_kz", "@mili", "顯示較少", "次轉嘟", "個最愛", "214", "活躍使用者", "返回",
                 "探索", "v4.3.2", "formosa.social"):
        assert gone not in text


def test_without_a_content_warning_the_title_quotes_the_status() -> None:
    frags = cut(page(warning=""))
    assert {f.article_title for f in frags} == {"在 KazNU 交換一學期"}


def test_class_names_alone_make_no_status_page() -> None:
    # a page with Mastodon's class names but not its web app's root is a page, as before
    html = ('<html><head><title>門號心得</title></head><body><article><h1>門號心得</h1><div class="detailed-status">'
            '<div class="status__content__text"><p>宿舍一樓有電信攤位。</p></div></div></article></body></html>')
    frags = cut(html)
    assert {f.article_title for f in frags} == {"門號心得"}
    assert [(f.type, f.text) for f in frags] == [("section", "宿舍一樓有電信攤位。")]


def static_fe_status(ident: str, display: str, profile: str, text: str, reply: bool = True) -> str:
    """One status as Pleroma's and Akkoma's static-fe draws it: the author's h-card, the text, the meta line."""
    nickname = "@" + profile.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return (f'<div class="activity{" reply" if reply else ""}" id="{ident}"><div class="p-author h-card">'
            f'<a class="u-url" href="{profile}"><img class="u-photo avatar" src="/a.png" alt="">'
            f'<bdi class="display-name">{display}</bdi> <span class="nickname">{nickname}</span></a></div>'
            f'<div class="activity-content e-content">{text}</div><div class="activity-meta"><a class="u-url" '
            f'href="/notice/{ident}"><time datetime="2026-11-02T09:02:00Z">Nov 2, 2026, 15:02</time></a> · '
            '<span class="counters">Favorites 9</span></div></div>')


def static_fe_mention(profile: str) -> str:
    user = profile.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return f'<span class="h-card"><a class="u-url mention" href="{profile}">@<span>{user}</span></a></span> '


def static_fe_page(post: str, *replies: str) -> str:
    """A static-fe thread page: navbar, the static-rendering banner, the status, its replies, the footer."""
    return ('<!DOCTYPE html><html lang="en"><head><title>aidos (@aidos@social.example): "别墅气象站用 SIM 卡上传数据，'
            '流量到底要多少？……" — example social</title></head><body><div id="app" class="static-fe">'
            '<nav class="navbar"><a class="site-brand" href="/">example social</a> <a href="/main/public">Public timeline'
            '</a></nav><div class="container"><div class="instance-banner">This is a static rendering of a thread. For the '
            'full experience, <a href="/notice/A1">open it in Pleroma-FE</a>.</div>' + post
            + '<div class="replies">' + "".join(replies) + '</div></div><footer class="footer">Powered by Akkoma</footer>'
            '</div></body></html>')


AIDOS = "https://social.example/users/aidos"
ZHANNA = "https://mastodon.example/@zhanna_iot"


def test_a_pleroma_static_thread_is_titled_by_its_bold_headline_each_reply_a_part_by_its_writer() -> None:
    # read as a page, the article was titled by the <title> with the static-rendering banner its only text, the
    # bold first line titled the introduction as a question, the hashtags stayed and the replies lost their
    # writers, glued into 「评论」 parts cut by length; now the banner and tags go, the bold line is the headline,
    # and each reply is a part headed by its writer, its paragraphs its lines, without the mentions it opens with
    post = static_fe_status("A1", "Айдос 🌦️", AIDOS, (
        '<p><b>别墅气象站用 SIM 卡上传数据，流量到底要多少？（长文）</b></p><p>家里没有宽带，全靠一张手机卡。</p>'
        '<ul><li>网关 GW1100</li><li>路由器 ZTE MF79U</li></ul>'
        '<p><a class="hashtag" href="/tag/iot">#IoT</a> <a class="hashtag" href="/tag/dacha">#dacha</a></p>'), reply=False)
    frags = cut(static_fe_page(
        post,
        static_fe_status("A2", "Жанна | IoT", ZHANNA, f'<p>{static_fe_mention(AIDOS)}Tele2 的 IoT 卡每月 490 ₸。</p>'
                                                      '<p>90 天没有流量就会被暂停。</p>'),
        static_fe_status("A3", "Айдос 🌦️", AIDOS, f'<p>{static_fe_mention(ZHANNA)}怎么远程知道气象站掉线了？</p>'),
        static_fe_status("A4", "Жанна | IoT", ZHANNA, f'<p>{static_fe_mention(AIDOS)}打开「Station offline」邮件提醒。</p>')))
    title = "别墅气象站用 SIM 卡上传数据，流量到底要多少？（长文）"
    assert {f.article_title for f in frags} == {title}
    assert texts(frags) == [
        ("section", title, "家里没有宽带，全靠一张手机卡。\n网关 GW1100\n路由器 ZTE MF79U"),
        ("section", "Жанна | IoT", "Tele2 的 IoT 卡每月 490 ₸。\n90 天没有流量就会被暂停。"),
        ("section", "Айдос 🌦️（楼主）", "怎么远程知道气象站掉线了？"),
        ("section", "Жанна | IoT", "打开「Station offline」邮件提醒。")]


def test_a_pleroma_static_status_without_a_bold_line_is_titled_by_its_titles_quote_when_whole() -> None:
    post = static_fe_status("A1", "Айдос", AIDOS, "<p>气象站的流量其实很少。一个月 60 MB。</p>", reply=False)
    page_html = static_fe_page(post).replace("别墅气象站用 SIM 卡上传数据，流量到底要多少？……", "气象站流量")
    assert texts(cut(page_html)) == [("section", "气象站流量", "气象站的流量其实很少。一个月 60 MB。")]
    # a quote the title cut short (「……」) is no headline: the status's first sentence is
    assert texts(cut(static_fe_page(post))) == [("section", "气象站的流量其实很少", "气象站的流量其实很少。一个月 60 MB。")]
