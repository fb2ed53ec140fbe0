"""An X (Twitter) conversation page as a logged-out browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from fragments import all_text

AUTHOR, HANDLE = "阿欣 in Almaty", "yan_in_almaty"
SPAN = '<span class="css-1jxf684 r-bcqeeo r-qvutc0">{}</span>'
EMOJI = '<img alt="{0}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/x.svg" title="{0}" class="r-4qtqp9">'


def tweet(name: str, handle: str, text: str, replying_to: str = "", views: str = "9.8K") -> str:
    """A post's cell: avatar, User-Name (name, badge, @handle, · date), 「Replying to」, tweetText, counters."""
    replying = (f'<div class="css-175oi2r"><div dir="ltr" class="css-146c3p1">Replying to <div class="css-175oi2r">'
                f'<a href="/{replying_to}" role="link" class="css-175oi2r"><span>@{replying_to}</span></a></div></div></div>'
                if replying_to else "")
    return (f'<div class="css-175oi2r" data-testid="cellInnerDiv"><article aria-labelledby="id__t1" role="article" '
            f'data-testid="tweet" class="css-175oi2r"><div class="css-175oi2r" data-testid="Tweet-User-Avatar">'
            f'<a href="/{handle}" role="link" class="css-175oi2r"><img alt="" src="https://pbs.twimg.com/a.jpg"></a></div>'
            f'<div class="css-175oi2r" data-testid="User-Name"><a href="/{handle}" role="link" class="css-175oi2r">'
            f'<div dir="ltr" class="css-146c3p1"><span><span>{name}</span></span></div>'
            '<svg aria-label="Verified account" data-testid="icon-verified" role="img"></svg></a>'
            f'<a href="/{handle}" role="link" tabindex="-1" class="css-175oi2r"><div dir="ltr" class="css-146c3p1">'
            f'<span>@{handle}</span></div></a><div dir="ltr" aria-hidden="true" class="css-146c3p1"><span>·</span></div>'
            f'<a href="/{handle}/status/1988" aria-label="Nov 12" role="link" class="css-146c3p1"><time datetime="2026-11-12">'
            f'Nov 12</time></a></div>{replying}<div class="css-175oi2r"><div dir="auto" lang="zh" data-testid="tweetText" '
            f'class="css-146c3p1 r-bnwqim">{text}</div></div>'
            f'<div role="group" aria-label="2 replies, 3 reposts, 58 likes, 9800 views" class="css-175oi2r">'
            '<button data-testid="reply" role="button" class="css-175oi2r"><span>2</span></button>'
            f'<button data-testid="like" role="button" class="css-175oi2r"><span>58</span></button>'
            f'<a href="/{handle}/status/1988/analytics" class="css-175oi2r"><span>{views}</span></a></div></article></div>')


def page(*cells: str) -> str:
    """The conversation page: header, the column's 「Post」 bar, the hidden 「Conversation」 <h1>, the
    cells, the sidebar's trends, and the layers' sign-up bar."""
    return ('<!DOCTYPE html><html dir="ltr" lang="en"><head><title>阿欣 in Almaty on X: "喺阿拉木圖用咗一個月…" / X</title>'
            '<meta property="og:site_name" content="X (formerly Twitter)"></head><body><div id="react-root" class="css-175oi2r">'
            '<header role="banner" class="css-175oi2r"><nav aria-label="Primary" role="navigation">'
            '<a href="https://x.com/explore" data-testid="AppTabBar_Explore_Link"><span>Explore</span></a></nav></header>'
            '<main role="main" class="css-175oi2r"><div data-testid="primaryColumn" class="css-175oi2r">'
            '<div class="css-175oi2r"><h2 dir="ltr" role="heading" class="css-146c3p1"><span>Post</span></h2></div>'
            '<section aria-labelledby="accessible-list-1" role="region" class="css-175oi2r">'
            '<h1 dir="ltr" role="heading" id="accessible-list-1" class="css-146c3p1">Conversation</h1>'
            '<div aria-label="Timeline: Conversation" class="css-175oi2r"><div class="css-175oi2r">'
            + "".join(cells) +
            '<div class="css-175oi2r" data-testid="cellInnerDiv"><button role="button" class="css-175oi2r">'
            '<span>Show more replies</span></button></div></div></div></section></div>'
            '<div data-testid="sidebarColumn" class="css-175oi2r"><section aria-labelledby="accessible-list-3" role="region">'
            '<h1 id="accessible-list-3" role="heading">Timeline: Trending now</h1><div aria-label="Timeline: Trending now">'
            '<div data-testid="cellInnerDiv"><h2 role="heading"><span>What’s happening</span></h2></div>'
            '<div data-testid="cellInnerDiv"><div role="link" data-testid="trend"><span>Trending in Kazakhstan</span>'
            '<span>#Алматы</span><span>5,212 posts</span></div></div></div></section></div></main></div>'
            '<div id="layers"><div data-testid="BottomBar"><span>Don’t miss what’s happening</span>'
            '<a href="https://x.com/login" data-testid="loginButton">Log in</a></div></div></body></html>')


LEAD = tweet(AUTHOR, HANDLE, SPAN.format("喺阿拉木圖用咗一個月 Kcell 嘅 AI 接聽助手，Beeline 亦有個差唔多嘅「Секретарь」。"
                                         "好多朋友問我值唔值得開 ") + EMOJI.format("🧵")
             + SPAN.format("\n") + '<span><a href="/hashtag/Kcell" role="link">#Kcell</a></span>', views="48.2K")
THREAD = [
    tweet(AUTHOR, HANDLE, SPAN.format("2/ 收費\n• Kcell「Умный ассистент」：每日 25 ₸，首 14 日免費\n"
                                      "• Beeline「Секретарь」：月費 990 ₸\n試用期完之前一日會收到短訊。")),
    tweet(AUTHOR, HANDLE, SPAN.format("3/ 私隱\n對方一接通會先聽到「Вам отвечает голосовой помощник」。\n"
                                      "Kcell 錄音保留 30 日、文字稿保留 90 日。")),
]


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("post.html", "post", html, "html", "0"))[1]


def test_the_writers_thread_is_the_article_its_posts_line_by_line() -> None:
    # read as a page, the article was titled 「Conversation」, the first post 「Post」 kept its writer's
    # name, handle, time and views, each later post was 「Conversation（回复）」 with its view count, and
    # a post's lines ran together (「3/ 私隱對方一接通」); now the first post's first sentence titles the
    # thread and each numbered post is a part headed by its first line, its lines apart
    frags = cut(page(LEAD, *THREAD))
    title = "喺阿拉木圖用咗一個月 Kcell 嘅 AI 接聽助手，Beeline 亦有個差唔多嘅「Секретарь」"
    assert {f.article_title for f in frags} == {title}
    assert [(f.type, f.title) for f in frags] == [("section", title), ("section", "收費"), ("section", "私隱")]
    assert frags[0].text == ("喺阿拉木圖用咗一個月 Kcell 嘅 AI 接聽助手，Beeline 亦有個差唔多嘅「Секретарь」。"
                             "好多朋友問我值唔值得開 🧵\n#Kcell")
    assert frags[1].text == ("Kcell「Умный ассистент」：每日 25 ₸，首 14 日免費\nBeeline「Секретарь」：月費 990 ₸\n"
                             "試用期完之前一日會收到短訊。")
    assert frags[2].text == "對方一接通會先聽到「Вам отвечает голосовой помощник」。\nKcell 錄音保留 30 日、文字稿保留 90 日。"
    text = all_text(frags)
    for chrome in ("Conversation", "Post", "@yan_in_almaty", "Nov 12", "48.2K", "9.8K", "Replying to",
                   "Trending", "5,212", "Show more", "Log in", "Explore"):
        assert chrome not in text


def test_a_readers_question_the_author_answers_is_a_question_and_answer() -> None:
    # the author's answers stood apart from the questions they answer, each opening with
    # 「Replying to」 and 「@handle」; now a reader's question with the author's reply to it right after
    # it is a Q&A, and a reader's remark is a part headed by its writer
    frags = cut(page(LEAD, *THREAD,
                     tweet("Ken 🇭🇰", "kz_techguy", SPAN.format("可唔可以同留言信箱一齊開？我啲客人習慣留言")),
                     tweet(AUTHOR, HANDLE, SPAN.format("唔得，兩樣係二揀一。"), replying_to="kz_techguy"),
                     tweet("阿 Jo", "jo_kz_hk", SPAN.format("試咗 Kcell 個免費 14 日，覺得幾好用，多謝整理 ") + EMOJI.format("👍"))))
    assert [(f.type, f.title, f.text) for f in frags[3:]] == [
        ("qa", "可唔可以同留言信箱一齊開？我啲客人習慣留言", "唔得，兩樣係二揀一。"),
        ("section", "阿 Jo", "試咗 Kcell 個免費 14 日，覺得幾好用，多謝整理 👍"),
    ]


def test_an_authors_reply_to_someone_else_answers_no_question_before_it() -> None:
    # the author's reply names another writer than the question's: no answer to it
    frags = cut(page(LEAD, *THREAD,
                     tweet("Mandy", "mandy_ast", SPAN.format("Glovo 打嚟，個 AI 識唔識叫佢放門口？")),
                     tweet(AUTHOR, HANDLE, SPAN.format("識㗎！可以預設最多 5 句回覆。"), replying_to="someone_else")))
    assert [(f.type, f.title) for f in frags[3:]] == [("section", "Mandy"), ("section", AUTHOR + "（楼主）")]


def test_posts_without_xs_root_and_layers_are_a_page() -> None:
    # the same cells in a page without x.com's root and layers (a copy, a mock-up) are read as a page
    html = page(LEAD, *THREAD).replace('id="react-root"', 'id="app"').replace('id="layers"', 'id="popups"')
    assert {f.article_title for f in cut(html)} != {"喺阿拉木圖用咗一個月 Kcell 嘅 AI 接聽助手，Beeline 亦有個差唔多嘅「Секретарь」"}


def test_a_page_saved_without_the_layers_is_still_a_thread() -> None:
    # x.com fills `div#layers` after load: a page saved before it has none and was read as a page,
    # titled 「Conversation」, the first post 「Post」 with its writer's name and handle
    html = page(LEAD, *THREAD).replace('<div id="layers">', "<div>")
    frags = cut(html)
    assert [f.title for f in frags] == ["喺阿拉木圖用咗一個月 Kcell 嘅 AI 接聽助手，Beeline 亦有個差唔多嘅「Секретарь」",
                                        "收費", "私隱"]


def test_the_thread_mark_closing_the_first_post_is_no_part_of_its_headline() -> None:
    # 「…外送員打不通」🧵 1/8」: the thread emoji and the post's number titled the thread
    lead = tweet(AUTHOR, HANDLE, SPAN.format("整理一下客人最常問的「怎麼訂、怎麼付」🧵 1/3\n我們在 Абай 大道，週一公休。"))
    assert {f.article_title for f in cut(page(lead, *THREAD))} == {"整理一下客人最常問的「怎麼訂、怎麼付」"}

