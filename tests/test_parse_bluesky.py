"""A Bluesky post page as the web app (bsky.app) shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

AUTHOR = "阿凱在阿拉木圖"
AVATAR = '<div class="css-175oi2r"><img alt="" src="https://cdn.bsky.app/img/avatar.jpg" class="css-9pa8cd"></div>'


def text(lines: str, size: str = "15px") -> str:
    return (f'<div class="css-175oi2r" data-testid="contentHider-post"><div dir="auto" data-testid="postText" '
            f'class="css-146c3p1" style="font-size:{size}">{lines}</div></div>')


def reply(display: str, handle: str, lines: str, indent: int = 0) -> str:
    """A reply: its item nested by its padding, the post a role=link, postMeta, postText, postCtrls."""
    return (f'<div class="css-175oi2r" data-testid="postThreadItem-by-{handle}" style="padding-left:{indent}px">'
            f'<div role="link" tabindex="0" aria-label="{display} 的貼文" class="css-175oi2r r-1loqt21">'
            f'<div class="css-175oi2r r-18u37iz">{AVATAR}<div class="css-175oi2r r-16y2uox">'
            '<div class="css-175oi2r r-18u37iz" data-testid="postMeta">'
            f'<div dir="auto" class="css-146c3p1 r-dnmrzs">{display}</div>'
            f'<div dir="auto" class="css-146c3p1">&nbsp;@{handle}</div><div dir="auto" class="css-146c3p1">&nbsp;·&nbsp;</div>'
            f'<a href="/profile/{handle}/post/3ly" class="css-146c3p1" aria-label="9月14日">9月14日</a></div>'
            f'{text(lines)}<div class="css-175oi2r r-18u37iz postCtrls">'
            '<button aria-label="回覆 (1 則回覆)" data-testid="replyBtn" class="css-175oi2r" type="button">'
            '<div dir="auto" data-testid="replyCount" class="css-146c3p1">1</div></button>'
            '<button aria-label="喜歡 (21 個喜歡)" data-testid="likeBtn" class="css-175oi2r" type="button">'
            '<div dir="auto" data-testid="likeCount" class="css-146c3p1">21</div></button></div></div></div></div></div>')


def page(*replies: str) -> str:
    """The post's page: the tab title, the left nav, the header, the anchor post with its date and
    counts, the reply prompt, the sort menu, the replies, the hidden-replies note, the right column."""
    return ('<!DOCTYPE html><html lang="zh-TW"><head><title>@kai-almaty.bsky.social on Bluesky</title>'
            '<meta property="og:site_name" content="Bluesky Social"></head><body><div id="root"><div class="css-175oi2r">'
            '<nav role="navigation" class="css-175oi2r"><a href="/" aria-label="首頁" class="css-175oi2r">'
            '<div dir="auto" class="css-146c3p1">首頁</div></a><a href="/search" class="css-175oi2r">'
            '<div dir="auto" class="css-146c3p1">探索</div></a></nav>'
            '<div class="css-175oi2r" data-testid="postThreadScreen"><div class="css-175oi2r" data-testid="headerHeader">'
            '<button aria-label="返回" data-testid="headerBackButton" class="css-175oi2r" type="button"></button>'
            '<div dir="auto" role="heading" aria-level="1" class="css-146c3p1">貼文</div></div>'
            '<div class="css-175oi2r" data-testid="postThreadItem-by-kai-almaty.bsky.social" style="padding:12px 16px 0 16px">'
            f'<div class="css-175oi2r r-18u37iz">{AVATAR}<div class="css-175oi2r r-16y2uox">'
            f'<a href="/profile/kai-almaty.bsky.social" class="css-146c3p1" aria-label="{AUTHOR}">{AUTHOR}</a>'
            '<div dir="auto" class="css-146c3p1">@kai-almaty.bsky.social</div></div></div>'
            + text('來哈薩克快半年，我的 Kcell 方案每個月給 500 分鐘通話，網路每個月 20 號左右就用光了。<br>'
                   '有沒有辦法把用不完的分鐘數換成流量？在地的朋友救救我 🙏<br>'
                   '<a href="/hashtag/哈薩克" role="link" class="css-146c3p1">#哈薩克</a> #Kcell', "18px") +
            '<div class="css-175oi2r r-18u37iz"><a href="/profile/kai-almaty.bsky.social/post/3lyq" class="css-146c3p1">'
            '2025年9月14日 晚上10:21</a><div dir="auto" class="css-146c3p1">&nbsp;·&nbsp;所有人都可以回覆</div></div>'
            '<div class="css-175oi2r r-18u37iz"><a href="/reposted-by" data-testid="repostCount-expanded" class="css-175oi2r">'
            '<div dir="auto" class="css-146c3p1"><span>8</span> 次轉發</div></a></div></div>'
            '<div class="css-175oi2r" data-testid="replyPromptBtn" role="button"><div class="css-175oi2r">'
            '<div dir="auto" class="css-146c3p1">寫下你的回覆</div></div></div>'
            '<div class="css-175oi2r" role="button"><div dir="auto" class="css-146c3p1">排序：熱門 ▾</div></div>'
            + "".join(replies) +
            '<div class="css-175oi2r"><div dir="auto" class="css-146c3p1">已顯示全部回覆。有 2 則回覆因為你的內容過濾設定而被隱藏。'
            '</div></div></div><div class="css-175oi2r"><input placeholder="搜尋"><div dir="auto" class="css-146c3p1">熱門</div>'
            '<a href="https://bsky.social/about/support/privacy-policy" class="css-146c3p1">隱私權政策</a></div>'
            '</div></div></body></html>')


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("post.html", "post", html, "html", "0"))[1]


def test_a_post_page_reads_as_a_thread_titled_by_its_question() -> None:
    # read as a page, the article was titled by the tab's <title>, the header, prompt, sort menu and
    # note were text, and each reply's name, handle and date ended the fragment before it; now the
    # anchor post is titled by its question, each reply is a part headed by its writer (the author's
    # marked), and a reader's question the author answers right under it is a Q&A
    frags = cut(page(
        reply("Mina 在阿斯塔納", "minaastana.bsky.social", "Kcell 有！My Kcell App →「Сервисы」→ «Обмен минут на ГБ»。"),
        reply(AUTHOR, "kai-almaty.bsky.social", "天啊原來藏在那裡！", 42),
        reply("Sherry", "sherry-kz.bsky.social", "順便問：簡訊可以換嗎？"),
        reply(AUTHOR, "kai-almaty.bsky.social", "簡訊不能換，用不完就浪費掉了。", 42),
        reply("Hsu 在奇姆肯特", "hsu-shymkent.bsky.social", "提醒一下：換來的 GB 出國漫遊的時候不算。<br>照樣按漫遊價收費 😭")))
    title = "有沒有辦法把用不完的分鐘數換成流量"
    assert {f.article_title for f in frags} == {title}
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", title, "來哈薩克快半年，我的 Kcell 方案每個月給 500 分鐘通話，網路每個月 20 號左右就用光了。\n"
                           "有沒有辦法把用不完的分鐘數換成流量？在地的朋友救救我 🙏\n#哈薩克 #Kcell"),
        ("section", "Mina 在阿斯塔納", "Kcell 有！My Kcell App →「Сервисы」→ «Обмен минут на ГБ»。"),
        ("section", f"{AUTHOR}（楼主）", "天啊原來藏在那裡！"),
        ("qa", "順便問：簡訊可以換嗎？", "簡訊不能換，用不完就浪費掉了。"),
        ("section", "Hsu 在奇姆肯特", "提醒一下：換來的 GB 出國漫遊的時候不算。\n照樣按漫遊價收費 😭")]
    text = "\n".join(f.title + f.text for f in frags)
    for gone in ("on Bluesky", "貼文", "@minaastana", "9月14日", "所有人都可以回覆", "次轉發", "寫下你的回覆", "排序",
                 "已顯示全部回覆", "首頁", "探索", "熱門", "隱私權政策", "喜歡"):
        assert gone not in text


def test_a_reply_not_nested_under_the_readers_question_is_no_answer() -> None:
    # the author's reply at the top level answers the post's thread, not the question right before it
    frags = cut(page(reply("Sherry", "sherry-kz.bsky.social", "順便問：簡訊可以換嗎？"),
                     reply(AUTHOR, "kai-almaty.bsky.social", "整理一下，謝謝大家 🙇")))
    assert [(f.type, f.title) for f in frags][1:] == [("section", "Sherry"), ("section", f"{AUTHOR}（楼主）")]


def test_react_native_web_markup_without_the_thread_screen_is_a_page() -> None:
    # another react-native-web app's page (the same base classes and test ids) is read as a page, as before
    html = ('<html><head><title>門號心得</title></head><body><div class="css-175oi2r" data-testid="feed">'
            '<h1>門號心得</h1><div dir="auto" data-testid="postText" class="css-146c3p1">宿舍一樓有電信攤位。</div>'
            '</div></body></html>')
    frags = cut(html)
    assert {f.article_title for f in frags} == {"門號心得"}
    assert [(f.type, f.text) for f in frags] == [("section", "宿舍一樓有電信攤位。")]
