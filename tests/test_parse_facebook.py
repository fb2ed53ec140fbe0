"""A Facebook post with its comments as the browser saves it (holdout51): its headline titles it,
the post is its text, each comment and reply a part headed by its writer, a reader's question the
post's author answered in the reply after it a Q&A; the group's header, names, dates, counts and
buttons are no text."""
from __future__ import annotations


from fragments import cut


def texts(html: str) -> list[tuple[str, str, str]]:
    return [(f.type, f.title, f.text) for f in cut(html)]


POST = "https://www.facebook.com/groups/hkkz/posts/77/"


def comment(name: str, text: str, link: str, badge: str = "", lines: bool = True) -> str:
    """A comment card as Facebook draws it: avatar, name link (and badge), text, 讚 · 回覆 · date, reactions;
    its text a `div[dir=auto]` a paragraph (`lines`), else bare in the `span[dir=auto][lang]`."""
    text = f"<div class='xdj266r'><div dir='auto' style='text-align: start;'>{text}</div></div>" if lines else text
    return (f"<div aria-label='{name}的留言' role='article' class='x1n2onr6 x1ye3gou'>"
            f"<div class='x1rg5ohu'><a aria-hidden='true' href='https://www.facebook.com/groups/hkkz/user/1/'>"
            f"<img class='x1rg5ohu' src='a.jpg' alt=''></a></div><div class='x1r8uery'>"
            f"<span class='xt0psk2'><a href='https://www.facebook.com/groups/hkkz/user/1/' role='link'>"
            f"<span class='x3nfvp2'>{name}</span></a>{badge}</span>"
            f"<div class='x1lliihq'><span dir='auto' lang='zh-Hant'>{text}</span></div>"
            f"<ul class='x1rg5ohu'><li><div role='button'>讚</div></li><li><div role='button'>回覆</div></li>"
            f"<li><a href='{POST}?{link}' role='link'><span>3日</span></a></li></ul>"
            f"<div class='x1n2onr6'><span aria-label='5 個心情' role='button'>👍 5</span></div></div></div>")


def page(comments: str, *, title: str = "(3) 香港人在哈薩克 | 部機顯示「無SIM卡」 | Facebook",
         html_id: str = "facebook", message: str = "", feed: str = "") -> str:
    text = message or ("<div dir='auto' style='text-align: start;'>今朝部機突然顯示「無SIM卡」，重開都係咁。</div>"
                       "<div dir='auto' style='text-align: start;'>想問吓係咪張卡壞咗？<img alt='😩' src='e.png'></div>")
    post = ("<div aria-posinset='1' role='article' class='x1a2a7pz'>"
            "<div class='x78zum5'><a aria-label='陳家明' href='https://www.facebook.com/groups/hkkz/user/9/'>"
            "<img src='b.jpg' alt=''></a><h3 class='x1heor9g'><span><a href='https://www.facebook.com/groups/hkkz/user/9/'>"
            f"<strong><span>陳家明</span></strong></a></span></h3><span><a aria-label='3日' href='{POST}'>3日</a></span>"
            "<div aria-label='帖子的操作' role='button'></div></div>"
            f"<div dir='auto' class='x1iorvi4'><div data-ad-comet-preview='message' data-ad-preview='message'>"
            f"<span dir='auto' class='x193iq5w'>{text}</span></div></div>"
            "<div class='x168nmei'><span aria-label='讚：14 人' role='toolbar'><span>👍</span><span>😮</span></span>"
            "<span class='xt0b8zv'><span>14</span></span><div role='button'><span>12 則留言</span></div>"
            "<div aria-label='讚' role='button'><span>讚</span></div><div aria-label='發佈留言' role='button'>"
            "<span>留言</span></div><div aria-label='分享到其他地方' role='button'><span>分享</span></div></div>"
            "<div class='x1jx94hy'><div aria-haspopup='menu' role='button'><span>最相關</span></div>"
            f"{comments}<div role='button'><span>查看更多留言</span></div>"
            "<div contenteditable='true' role='textbox' aria-label='撰寫公開留言……'><p><br></p></div>"
            "<div class='x1i10hfl'><span>撰寫公開留言……</span></div></div></div>")
    return (f"<!DOCTYPE html><html id='{html_id}' lang='zh-Hant'><head><title>{title}</title></head><body>"
            "<div role='banner'><a aria-label='Facebook' href='https://www.facebook.com/'></a>"
            "<input aria-label='搜尋 Facebook' type='search'></div><div role='main'>"
            "<h1><a href='https://www.facebook.com/groups/hkkz/'>香港人在哈薩克</a></h1>"
            "<div><span>私人群組 · 2,317 位成員</span></div><div aria-label='已加入' role='button'><span>已加入</span></div>"
            "<div aria-label='邀請' role='button'><span>＋ 邀請</span></div>"
            f"<div role='feed'>{post}{feed}</div></div></body></html>")


COMMENTS = (comment("黃小慧", "先熄機，用眼鏡布抹晶片再開機。", "comment_id=1")
            + comment("陳家明", "<a href='https://www.facebook.com/groups/hkkz/user/1/'>黃小慧</a> 抹咗都係唔讀卡😭",
                      "comment_id=1&reply_comment_id=2")
            + comment("何美玲", "補卡：<br>Beeline 免費", "comment_id=3", lines=False)
            + comment("陳家明", "更新：去門市補咗卡，唔使錢。", "comment_id=4", "<span> · 作者</span>"))


def test_a_facebook_post_is_its_text_then_each_comment_by_its_writer_without_header_counts_or_buttons() -> None:
    # read as a page, the group's header opened the post's passage under the group's name, the reaction
    # counts titled passages, the buttons were lines and a name ended one passage, its text opening the next
    assert texts(page(COMMENTS)) == [
        ("section", "部機顯示「無SIM卡」", "今朝部機突然顯示「無SIM卡」，重開都係咁。\n想問吓係咪張卡壞咗？😩"),
        ("section", "黃小慧", "先熄機，用眼鏡布抹晶片再開機。"),
        ("section", "陳家明（楼主）", "抹咗都係唔讀卡😭"),
        ("section", "何美玲", "補卡：\nBeeline 免費"),
        ("section", "陳家明（楼主）", "更新：去門市補咗卡，唔使錢。")]


def test_a_comment_headed_by_its_writer_is_marked_so_but_a_question_it_asked_is_not() -> None:
    # the writer's name says who, not what: such a passage is about the post's headline (rank's gate);
    # a reader's question answered by the author is titled by the question itself
    asked = (comment("李志強", "你張卡係咪 Beeline 㗎？", "comment_id=5")
             + comment("陳家明", "係呀，用咗兩年。", "comment_id=5&reply_comment_id=6", "<span> · 作者</span>"))
    assert [(f.title, f.by_writer) for f in cut(page(COMMENTS + asked))] == [
        ("部機顯示「無SIM卡」", False), ("黃小慧", True), ("陳家明（楼主）", True), ("何美玲", True),
        ("陳家明（楼主）", True), ("你張卡係咪 Beeline 㗎？", False)]


def test_a_readers_question_the_posts_author_answered_in_the_reply_after_it_is_a_qa() -> None:
    asked = (comment("李志強", "你張卡係咪 Beeline 㗎？", "comment_id=5")
             + comment("陳家明", "係呀，用咗兩年。", "comment_id=5&reply_comment_id=6", "<span> · 作者</span>"))
    assert texts(page(asked))[1:] == [("qa", "你張卡係咪 Beeline 㗎？", "係呀，用咗兩年。")]


def test_an_authors_comment_of_its_own_answers_no_question_above_it() -> None:
    # the author's new comment (not a reply in the asker's thread) may be about anything
    asked = comment("李志強", "你張卡係咪 Beeline 㗎？", "comment_id=5") + comment("陳家明", "更新：搞掂。", "comment_id=6")
    assert texts(page(asked))[1:] == [("section", "李志強", "你張卡係咪 Beeline 㗎？"),
                                      ("section", "陳家明（楼主）", "更新：搞掂。")]


def test_a_post_without_a_headline_in_its_title_is_titled_by_its_first_sentence() -> None:
    assert cut(page("", title="香港人在哈薩克 | Facebook"))[0].title == "今朝部機突然顯示「無SIM卡」，重開都係咁"
    long = "<div dir='auto'>" + "我部機" * 20 + "。</div>"
    assert cut(page("", title="(2) 香港人在哈薩克 | Facebook", message=long))[0].title == "香港人在哈薩克"   # the group's name


def test_the_message_markup_outside_facebooks_page_or_in_a_feed_of_posts_is_read_as_any_page() -> None:
    # a page Facebook did not make (no id="facebook", no fbcdn.net assets), or a feed: no one post
    other = texts(page(COMMENTS, html_id="other"))
    assert any("已加入" in text for _, _, text in other)
    feed = page(COMMENTS, feed="<div role='article'><div data-ad-preview='message'><div dir='auto'>第二個帖</div></div></div>")
    assert any("已加入" in text for _, _, text in texts(feed))
    assets = page(COMMENTS, html_id="other").replace(
        "<head>", "<head><link rel='stylesheet' href='https://static.xx.fbcdn.net/rsrc.php/v3/a.css'>")
    assert texts(assets)[1] == ("section", "黃小慧", "先熄機，用眼鏡布抹晶片再開機。")
