"""A Mastodon status page as the web app shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

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
