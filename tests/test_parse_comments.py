"""Comments under a page no site reader knows, read by their shape (`indexer.comments`): a list named for
comments of repeated cards, each its writer, text and whether the post's author wrote it; the page's last
part 「评论」 (a reader's question the author answered a Q&A). A comment form or an empty list is nothing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from indexer.html_text import comments_read_by_reader
from indexer.sites import newegg_item
from indexer.sites.blogs import COMMENTS_TITLE
from indexer.sites.shop_pages import OZON_MARKS

from fragments import cut, drive2_comment


def comments(html: str) -> list[tuple[str, str, str]]:
    return [(f.type, f.title, f.text) for f in cut(html) if f.path[-1] == COMMENTS_TITLE]


def page(text: str, after: str = "", title: str = "彩铃怎么开通") -> str:
    return (f"<html><head><title>{title} - 小站</title></head><body><nav><a href='/'>首页</a></nav>"
            f"<main><article><h1>{title}</h1>{text}</article>{after}</main>"
            "<footer>© 2026 小站</footer></body></html>")


POST = ("<h2>Beeline 的 Привет</h2><p>拨 *0770# 开通，月费 15 坚戈，每天扣费。</p>"
        "<h2>Kcell 的 Hello Tune</h2><p>在 My Kcell 里选「Hello Tune」，第一首歌免费。</p>")

# a theme's comment list as WordPress writes it, on a page no WordPress mark names (no generator, no wp- class)
WORDPRESS_LIKE = (
    "<div id='comments' class='comments-area'><h2 class='comments-title'>《彩铃》有 3 条评论</h2>"
    "<ol class='comment-list'>"
    "<li id='comment-11' class='comment even thread-even depth-1 parent'><article class='comment-body'>"
    "<footer class='comment-meta'><div class='comment-author vcard'><img class='avatar' src='a.png'>"
    "<b class='fn'>阿丽娅</b> <span class='says'>说道：</span></div>"
    "<div class='comment-metadata'><a href='#comment-11'><time>2026年9月20日 下午12:41</time></a></div></footer>"
    "<div class='comment-content'><p>请问 Tele2 的号码能不能复制别人的彩铃？</p></div>"
    "<div class='reply'><a class='comment-reply-link' href='#'>回复</a></div></article>"
    "<ol class='children'><li id='comment-12' class='comment byuser bypostauthor odd alt depth-2'>"
    "<article class='comment-body'><footer class='comment-meta'><div class='comment-author vcard'>"
    "<b class='fn'>小周</b></div><div class='comment-metadata'><time>2026年9月20日 下午3:02</time></div></footer>"
    "<div class='comment-content'><p>@阿丽娅 Tele2 目前确实不行，只能在自己的曲库里选。</p></div>"
    "<div class='reply'><a class='comment-reply-link' href='#'>回复</a></div></article></li></ol></li>"
    "<li id='comment-13' class='comment even thread-odd depth-1'><article class='comment-body'>"
    "<footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>Dana</b></div></footer>"
    "<div class='comment-content'><p>已经按 *770*0# 关了，第二天就不扣费了。</p></div></article></li></ol>"
    "<div id='respond' class='comment-respond'><h3 class='comment-reply-title'>发表回复</h3>"
    "<form class='comment-form'><textarea name='comment'></textarea><input type='submit' value='发表评论'></form>"
    "</div></div>")

# Disqus's thread as a page shows it: cards `li.post` in the comments box, replies in `ul.children`
DISQUS_LIKE = (
    "<section id='comments' class='comments'><div id='disqus_thread'><div class='nav'>4 Comments · Login</div>"
    "<ul id='post-list' class='post-list'>"
    "<li class='post'><div class='post-content'><div class='avatar'><img src='u1.jpg'></div>"
    "<div class='post-body'><header class='post-byline'><span class='author publisher-anchor-color'>"
    "<a href='https://disqus.com/by/marat/'>Marat</a></span> <span class='time-ago'>3 days ago</span></header>"
    "<div class='post-message'><p>Does Hello Tune work when I am roaming in Kyrgyzstan?</p></div>"
    "<footer><menu class='comment-footer__menu'><li class='voting'><a class='vote-up'>2</a></li>"
    "<li class='reply'><a>Reply</a></li></menu></footer></div></div>"
    "<ul class='children'><li class='post'><div class='post-content'><div class='post-body'>"
    "<header class='post-byline'><span class='author'><a href='https://disqus.com/by/xiaozhou/'>小周</a></span>"
    "<span class='badge moderator'>Author</span></header>"
    "<div class='post-message'><p>Yes, callers hear it wherever you are; only the monthly fee is charged.</p></div>"
    "</div></div></li></ul></li>"
    "<li class='post'><div class='post-content'><div class='post-body'><header class='post-byline'>"
    "<span class='author'><a href='https://disqus.com/by/lena/'>Lena</a></span></header>"
    "<div class='post-message'><p>Kcell 的第二首歌要 50 坚戈，别选太多。</p></div></div></div></li>"
    "</ul><div class='load-more'><a>Load more comments</a></div></div></section>")

# a Chinese CMS's list: `div.comment-item` cards with `.nickname` and `.content`, replies in `.reply-list`
CMS_LIKE = (
    "<div class='comment-wrap' id='comment'><div class='comment-title'>评论（4）</div>"
    "<div class='comment-item'><img class='avatar' src='a.jpg'><span class='nickname'>草原上的雪莲</span>"
    "<span class='floor'>1楼</span><span class='time'>11-08 21:14</span>"
    "<div class='content'>彩铃能不能设置成只给家里人听？</div>"
    "<div class='actions'><span class='like'>赞 12</span><span class='reply-btn'>回复</span></div>"
    "<div class='reply-list'><div class='reply-item'><span class='nickname'>老刘</span>"
    "<span class='tag'>作者</span><div class='content'>回复 草原上的雪莲：Beeline 可以按联系人分组设置，"
    "在 My Beeline 的「Привет」里加分组。</div></div></div></div>"
    "<div class='comment-item'><span class='nickname'>阿拉木图小王</span><span class='time'>11-09 08:02</span>"
    "<div class='content'>Hello Tune 换歌每次扣 50 坚戈，我试过了。</div></div>"
    "<div class='comment-item'><span class='nickname'>匿名用户</span><div class='content'>此评论已被删除</div></div>"
    "<div class='comment-more'>查看更多评论</div></div>")

# schema.org's markup of a page's comments: UserComments with their creator and commentText
SCHEMA_ORG = (
    "<section class='user-comments'><h3>读者留言</h3>"
    "<div itemprop='comment' itemscope itemtype='http://schema.org/UserComments'>"
    "<span itemprop='creator'>Aidana</span> <time itemprop='commentTime'>2026-10-02</time>"
    "<p itemprop='commentText'>Tele2 的彩铃在 Мой Tele2 里叫「Гудок」，月费 10 坚戈。</p></div>"
    "<div itemprop='comment' itemscope itemtype='http://schema.org/UserComments'>"
    "<span itemprop='creator'>Serik</span> <time itemprop='commentTime'>2026-10-05</time>"
    "<p itemprop='commentText'>退订发 STOP 到 7070 也可以，免费。</p></div></section>")


def test_a_wordpress_like_list_is_the_pages_last_part_its_authors_answer_a_qa() -> None:
    # read as a page, 「comments-area」 and 「comment-list」 went as chrome with the author's answer
    frags = cut(page(POST, WORDPRESS_LIKE))
    assert [(f.type, f.title, f.text) for f in frags if f.path[-1] == COMMENTS_TITLE] == [
        ("section", COMMENTS_TITLE, "已经按 *770*0# 关了，第二天就不扣费了。"),
        ("qa", "请问 Tele2 的号码能不能复制别人的彩铃？", "Tele2 目前确实不行，只能在自己的曲库里选。")]
    assert [f.title for f in frags][:2] == ["Beeline 的 Привет", "Kcell 的 Hello Tune"]
    shown = "".join(f.title + f.text for f in frags)
    assert all(word not in shown for word in ("说道", "阿丽娅", "回复", "发表回复", "3 条评论", "2026年9月20日"))


def test_a_disqus_like_thread_reads_each_post_and_its_replies_in_order() -> None:
    assert comments(page(POST, DISQUS_LIKE)) == [
        ("section", COMMENTS_TITLE, "Kcell 的第二首歌要 50 坚戈，别选太多。"),
        ("qa", "Does Hello Tune work when I am roaming in Kyrgyzstan?",
         "Yes, callers hear it wherever you are; only the monthly fee is charged.")]


def test_a_cms_comment_item_list_with_nested_replies_and_the_authors_tag() -> None:
    # the reply's 「回复 name：」, the floor, time, likes and buttons go; a comment taken away says nothing
    assert comments(page(POST, CMS_LIKE)) == [
        ("section", COMMENTS_TITLE, "Hello Tune 换歌每次扣 50 坚戈，我试过了。"),
        ("qa", "彩铃能不能设置成只给家里人听？", "Beeline 可以按联系人分组设置，在 My Beeline 的「Привет」里加分组。")]


def test_schema_org_user_comments_are_read_by_their_itemprops() -> None:
    frags = cut(page(POST, SCHEMA_ORG))
    assert [(f.type, f.title, f.text) for f in frags if f.path[-1] == COMMENTS_TITLE] == [
        ("section", COMMENTS_TITLE, "Tele2 的彩铃在 Мой Tele2 里叫「Гудок」，月费 10 坚戈。\n退订发 STOP 到 7070 也可以，免费。")]
    assert not any("Aidana" in f.text or "（回复）" in f.title for f in frags)


def test_a_question_typed_with_its_mark_is_a_qa_titled_without_it() -> None:
    # Drive2 (holdout110): a reader's 「问：…」 answered by the author was titled 「问：主机插的卡…」
    answer = drive2_comment("w", "Wei", "答：可以，在 My Beeline 里加分组。", reply=True, badge="Автор")
    thread = ("<section class='c-comments'>" + drive2_comment("s", "Sultan", "问：彩铃能不能只给家里人听？", answer)
              + drive2_comment("a", "Arman", "Спасибо, полезно.") + "</section>")
    assert comments(page(POST, thread)) == [
        ("section", COMMENTS_TITLE, "Спасибо, полезно."),
        ("qa", "彩铃能不能只给家里人听？", "可以，在 My Beeline 里加分组。")]


def test_a_comment_form_and_an_empty_list_are_no_comments() -> None:
    empty = ("<div id='comments' class='comments-area'><h3>评论 (0)</h3>"
             "<p class='no-comments'>暂无评论，快来抢沙发吧~</p><p class='no-comments'>登录后才能发表评论</p>"
             "<form class='comment-form'><textarea placeholder='发表评论'></textarea><button>发表评论</button></form></div>")
    frags = cut(page(POST, empty))
    assert [f.title for f in frags] == ["Beeline 的 Привет", "Kcell 的 Hello Tune"]
    assert not any("评论" in f.title + f.text or "沙发" in f.text for f in frags)


def test_comments_under_each_post_of_a_qa_page_are_no_comments_of_the_page() -> None:
    # a Q&A page's question and answers each with their own list (SegmentFault): a thread reader's to read
    def post(text: str, notes: list[str]) -> str:
        cards = "".join(f"<li class='py-2'><div class='fmt'>{note}</div> — <a href='/u/k{k}'>k{k}</a></li>"
                        for k, note in enumerate(notes))
        return f"<article class='article'>{text}</article><ul class='comment-list'>{cards}</ul>"
    html = ("<html><body><h1>零下三十度手机关机怎么办？</h1>"
            + post("<p>手机一出门就关机，怎么办？</p>", ["是 iPhone 吗？电池老化更明显。", "安卓也一样，我试过。"])
            + post("<p>放在内兜里，贴身保暖。</p>", ["内兜这招有用，亲测。", "充电宝也要保暖。"])
            + "</body></html>")
    assert comments(html) == []


def test_a_page_a_site_reader_reads_keeps_the_readers_comments_only() -> None:
    # WordPress's own markup (its generator meta): `blogs._wordpress` reads the list, the fallback leaves the page
    wordpress = page(POST, WORDPRESS_LIKE).replace(
        "<head>", "<head><meta name='generator' content='WordPress 6.6'>").replace(
        "<article>", "<article class='post'><div class='entry-content'>", 1).replace(
        "</article>", "</div></article>", 1)
    assert comments(wordpress) == [
        ("section", COMMENTS_TITLE, "已经按 *770*0# 关了，第二天就不扣费了。"),
        ("qa", "请问 Tele2 的号码能不能复制别人的彩铃？", "Tele2 目前确实不行，只能在自己的曲库里选。")]


def test_a_side_columns_latest_comments_are_no_comments_of_the_page() -> None:
    widget = ("<aside class='sidebar'><section class='widget widget_recent_comments'><h2>最新评论</h2>"
              "<ul class='comments'><li class='recentcomments'>阿丽娅 发表在《<a href='/a'>国际漫游怎么开</a>》</li>"
              "<li class='recentcomments'>Dana 发表在《<a href='/b'>Kaspi 转账限额</a>》</li></ul></section></aside>")
    assert comments(page(POST, widget)) == []


def test_a_page_a_site_reader_read_is_left_to_it() -> None:
    # a Douban note (`blogs._douban_note`) whose comments stand in a list the reader does not know: the
    # reader read the page (its title and author line), what it left is no comment list of the fallback's
    note = ("<html><head><meta property='og:site_name' content='豆瓣'><title>彩铃怎么开通</title></head><body>"
            "<div class='note-container'><div class='note-header'><h1>彩铃怎么开通</h1>"
            "<div><a class='note-author' href='/people/zhou/'>小周</a> 2026-05-12</div></div>"
            f"<div id='link-report'><div class='note'>{POST}</div></div></div>{WORDPRESS_LIKE}</body></html>")
    frags = cut(note)
    assert frags[0].article_title == "彩铃怎么开通"
    assert comments(note) == []


def test_the_readers_reading_their_pages_comments_are_all_recorded_once_comments_is_imported() -> None:
    # each says so where it names its page (Newegg's `@site_reader(..., reads_comments=True)`, Ozon's
    # `OZON_MARKS = reads_comments(...)`); comments.py's import of clean.py records them all, none left to a later import
    script = ("from indexer import comments, html_text\n"
              "first = len(html_text._COMMENT_READERS)\n"
              "import importlib, pkgutil, indexer.parse, indexer.sites\n"
              "for module in pkgutil.iter_modules(indexer.sites.__path__):\n"
              "    importlib.import_module('indexer.sites.' + module.name)\n"
              "print(first, len(html_text._COMMENT_READERS))")
    first, after_all = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                      cwd=Path(__file__).resolve().parents[1]).stdout.split()
    assert first == after_all
    newegg = BeautifulSoup("<script src='https://c1.neweggimages.com/a.js'></script>", "html.parser")
    assert comments_read_by_reader(newegg, newegg_item.MARKS | {"comments-cell"})
    bare = BeautifulSoup("<p>x</p>", "html.parser")
    assert comments_read_by_reader(bare, OZON_MARKS) and not comments_read_by_reader(bare, frozenset({"review", "comments"}))


def test_a_look_alike_holding_a_readers_marks_without_its_sites_assets_keeps_its_comments() -> None:
    # Ceneo's reader reads its pages' opinions (`reads_comments=True`) on pages loading static.ceneo.pl only: a blog
    # post copying its class names is read by no reader, so its comment list is the generic reader's (it was left
    # to a reader that does not run, and lost)
    look_alike = page(POST + "<div class='product-review__score'>4,5 / 5</div>"
                      "<p>作者：<span class='user-post__author-name'>小周</span></p>", WORDPRESS_LIKE)
    assert comments(look_alike) == comments(page(POST, WORDPRESS_LIKE)) != []


def test_a_reply_set_inside_the_card_it_answers_is_a_comment_of_its_own() -> None:
    # a document's comment panel (holdout32's Tencent Docs page, none of melo's marks): each bubble's
    # 「comment-reply」 holds the answer with its writer's name; the bubble's time and buttons go
    panel = ("<div class='comment-panel'>"
             "<div class='comment-bubble'><div class='comment-author'><img src='a.png'>Dana 李"
             "<span class='comment-time'>11月18日 10:05</span></div>"
             "<div class='comment-content'>Beeline 的「Запрос не может быть обработан」是不是也可能是余额不足？</div>"
             "<div class='comment-reply'><span class='comment-author'>Marat</span>：不是，余额不足时查询仍然能回。</div></div>"
             "<div class='comment-bubble'><div class='comment-author'>王小川<span class='comment-time'>11月19日</span></div>"
             "<div class='comment-content'>@Marat 群友说 Tele2 的会话超时好像是 20 秒，待确认</div>"
             "<div class='comment-actions'><span>回复</span><span>解决</span></div></div></div>")
    assert comments(page(POST, panel)) == [
        ("section", COMMENTS_TITLE, "Beeline 的「Запрос не может быть обработан」是不是也可能是余额不足？\n"
                                    "不是，余额不足时查询仍然能回。\n群友说 Tele2 的会话超时好像是 20 秒，待确认")]


# Tettra's page (holdout71): the owner named in the page's header, not in the comments; 「Comments (3)」 with
# each answer a reply nested in the question's card, no class or badge saying whose it is
def tettra_like(owner: str) -> str:
    return ("<html><head><title>彩铃怎么开通 | 小站 Knowledge Base | Tettra</title></head><body><main class='PageView'>"
            "<div class='PageHeader'><h1 class='PageHeader__title'>彩铃怎么开通</h1><div class='PageHeader__owner'>"
            f"<span class='PageHeader__label'>Owner</span><span class='Avatar'>林</span><a href='/users/4'>{owner}</a>"
            "<span class='PageHeader__label'>Last updated</span><time>Nov 10, 2026</time></div></div>"
            f"<div class='PageView__content'><div class='TettraEditor'>{POST}</div></div>"
            "<section class='Comments'><h3 class='Comments__title'>Comments (2)</h3>"
            "<div class='Comment'><div class='Comment__header'><span class='Avatar'>陳</span>"
            "<strong class='Comment__author'>陳冠宇</strong><time class='Comment__time'>Nov 11, 2026</time></div>"
            "<div class='Comment__body'><p>Tele2 的號碼可以複製別人的彩鈴嗎？</p></div><div class='Comment__replies'>"
            "<div class='Comment Comment--reply'><div class='Comment__header'><span class='Avatar'>林</span>"
            "<strong class='Comment__author'>林郁婷</strong><time class='Comment__time'>Nov 11, 2026</time></div>"
            "<div class='Comment__body'><p>不行，Tele2 沒有複製彩鈴的功能。</p></div></div></div></div>"
            "<div class='Comment'><div class='Comment__header'><strong class='Comment__author'>Aizhan</strong>"
            "<time class='Comment__time'>Nov 13, 2026</time></div><div class='Comment__body'><p>第一首歌真的免費，"
            "我上週剛開。</p></div></div>"
            "<div class='Comments__form'><textarea placeholder='Add a comment…'></textarea></div></section>"
            "</main></body></html>")


def test_a_reply_by_the_pages_named_owner_answers_the_question_it_replies_to() -> None:
    assert comments(tettra_like("林郁婷 (IT)")) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免費，我上週剛開。"),
        ("qa", "Tele2 的號碼可以複製別人的彩鈴嗎？", "不行，Tele2 沒有複製彩鈴的功能。")]


def test_a_reply_by_someone_else_than_the_pages_owner_is_a_remark() -> None:
    assert comments(tettra_like("王小明")) == [
        ("section", COMMENTS_TITLE, "Tele2 的號碼可以複製別人的彩鈴嗎？\n不行，Tele2 沒有複製彩鈴的功能。\n"
                                    "第一首歌真的免費，我上週剛開。")]


def test_an_owner_named_after_a_label_in_one_string_answers_the_question_before_its_comment() -> None:
    # Almanac's document (holdout122): 「Owner: Айгерим С.」 in one span of the doc meta, her comment after the
    # question a card of its own (div.comment.reply); the label hid her name, and both comments were remarks
    html = page(POST, "<div class='doc-meta'><span class='doc-owner'>Owner: Айгерим С.</span></div>"
                "<section class='doc-comments'><h3>Comments (2)</h3><div class='comment'><span class='comment-author'>"
                "Данияр К.</span> <span class='comment-date'>10 Nov</span><p>Tele2 的号码能复制别人的彩铃吗？</p></div>"
                "<div class='comment reply'><span class='comment-author'>Айгерим С.</span> <span class='comment-date'>"
                "11 Nov</span><p>不行，Tele2 没有复制彩铃的功能。</p></div></section>")
    assert comments(html) == [("qa", "Tele2 的号码能复制别人的彩铃吗？", "不行，Tele2 没有复制彩铃的功能。")]


def test_the_authors_badge_written_after_the_name_marks_the_authors_reply() -> None:
    # TenChat's post (holdout122): div.comment-author 「Ержан Абдрахманов · Автор」 on the reply nested in the
    # question's card; with the badge in the name's own string the reply was a remark glued to the question
    html = page(POST, "<section class='post-comments'><h3>Комментарии 2</h3><div class='comment'>"
                "<div class='comment-author'>Айнур Мусина · Клининг «Таза үй»</div><p>Tele2 的号码能复制别人的彩铃吗？</p>"
                "<div class='comment-reply'><div class='comment-author'>Ержан Абдрахманов · Автор</div>"
                "<p>不行，Tele2 没有复制彩铃的功能。</p></div></div><div class='comment'><div class='comment-author'>"
                "Мадина Ким</div><p>第一首歌真的免费，我上周刚开。</p></div></section>")
    assert comments(html) == [("section", COMMENTS_TITLE, "第一首歌真的免费，我上周刚开。"),
                              ("qa", "Tele2 的号码能复制别人的彩铃吗？", "不行，Tele2 没有复制彩铃的功能。")]


def test_a_korean_reply_button_is_no_words_of_the_comment() -> None:
    # Tistory's card ends in 「답글」 (Reply), a link: it was glued to the question it closed (holdout71)
    cards = ("<div class='tt-comment-cont'><ul class='tt-list-reply'>"
             "<li class='tt-item-reply'><div class='tt-box-content'><span class='tt-link-user'>Dana</span>"
             "<p class='tt_desc'>Tele2 的号码能复制别人的彩铃吗？</p><div class='tt-box-reply'><a href='#' "
             "class='tt-link-comment'><span>답글</span></a></div></div></li>"
             "<li class='tt-item-reply'><div class='tt-box-content'><span class='tt-link-user'>Marat</span>"
             "<p class='tt_desc'>第一首歌真的免费，我上周刚开。</p><div class='tt-box-reply'><a href='#' "
             "class='tt-link-comment'><span>답글</span></a></div></div></li></ul></div>")
    assert comments(page(POST, cards)) == [
        ("section", COMMENTS_TITLE, "Tele2 的号码能复制别人的彩铃吗？\n第一首歌真的免费，我上周刚开。")]


def test_a_russian_author_badge_marks_the_authors_answer() -> None:
    # Dzen's comments2 section (holdout72): the channel's answers carry the badge 「Автор」 beside the name; they
    # read as anonymous lines glued to the questions they answer
    def card(name: str, text: str, replies: str = "", badge: bool = False) -> str:
        mark = " <span class='comments2--author-badge'>Автор</span>" if badge else ""
        nested = f"<div class='comments2--replies'>{replies}</div>" if replies else ""
        return (f"<div class='comments2--comment'><a class='comments2--author-name' href='#'>{name}</a>{mark}"
                f"<div class='comments2--comment-text'>{text}</div><div class='comments2--comment-footer'>"
                "<span class='comments2--date'>16 апреля</span> <button class='comments2--reply-button'>Ответить"
                f"</button> <span class='comments2--likes'>3</span></div>{nested}</div>")
    section = ("<section class='comments2--root'><h3 class='comments2--header'>Комментарии <span>2</span></h3>"
               "<div class='comments2--input-placeholder'>Войдите, чтобы оставить комментарий</div>"
               "<div class='comments2--list'>"
               + card("Ерлан", "Tele2 的号码能复制别人的彩铃吗？", card("老周", "不能，只能在自己的曲库里选。", badge=True))
               + card("Марина", "第一首歌真的免费，我上周刚开。") + "</div></section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免费，我上周刚开。"),
        ("qa", "Tele2 的号码能复制别人的彩铃吗？", "不能，只能在自己的曲库里选。")]


def test_a_korean_author_badge_and_css_module_class_names_mark_the_writer_and_the_authors_answer() -> None:
    # Weverse (holdout93): Next.js CSS-module classes with short hashes (「CommentView_nickname__b」) and the
    # author's 「작성자」 badge; the nicks were glued before the texts and the author's reply read as a remark
    def card(name: str, text: str, replies: str = "", reply: bool = False) -> str:
        badge = "<span class='CommentView_badge__h'>작성자</span>" if reply else ""
        nested = f"<div class='ReplyListView_container__f'>{replies}</div>" if replies else ""
        return (f"<div class='CommentView_comment__m1{' CommentView_reply__g' if reply else ''}'>"
                f"<div class='CommentView_header__a'><strong class='CommentView_nickname__b'>{name}</strong>{badge}"
                "<span class='CommentView_date__c'>11. 19. 23:02</span></div>"
                f"<div class='CommentView_content__d'><p>{text}</p></div>"
                f"<div class='CommentView_footer__e'><button>좋아요 12</button><button>답글 1</button></div>{nested}</div>")
    section = ("<section class='CommentListView_container__7k'><h3 class='CommentListView_title__r'>댓글 2</h3>"
               + card("Ерлан", "Tele2 的号码能复制别人的彩铃吗？", card("老周", "不能，只能在自己的曲库里选。", reply=True))
               + card("Марина", "第一首歌真的免费，我上周刚开。") + "</section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免费，我上周刚开。"),
        ("qa", "Tele2 的号码能复制别人的彩铃吗？", "不能，只能在自己的曲库里选。")]


def test_comments_in_a_layout_named_like_a_side_column_are_the_pages() -> None:
    # Deskpro's portal (holdout82) wraps the article, its comments and the side column in
    # 「div.dp-layout--with-sidebar」: read as a side column's box, the comments were lost whole; the agent's
    # 「客服」 badge marks the help centre's answer to a reader's question
    def card(name: str, text: str, agent: bool = False) -> str:
        badge = " <span class='dp-badge'>客服</span>" if agent else ""
        return (f"<li class='dp-comment'><div class='dp-comment__meta'><span class='dp-comment__author'>{name}</span>"
                f"{badge} <time>2025年9月21日</time></div><div class='dp-comment__body'><p>{text}</p></div></li>")
    html = ("<html><head><title>彩铃怎么开通 - 帮助中心</title></head><body><header class='dp-header'>"
            "<a href='/'>首页</a></header><div class='dp-container dp-layout dp-layout--with-sidebar'>"
            f"<main class='dp-layout__main'><article class='dp-article'><h1>彩铃怎么开通</h1>"
            f"<div class='dp-article__content'>{POST}</div>"
            "<section class='dp-comments' id='comments'><h3 class='dp-comments__title'>评论（3）</h3>"
            "<ul class='dp-comments__list'>"
            + card("Ержан", "Tele2 的号码能复制别人的彩铃吗？") + card("Айгерим", "目前不行，只能在自己的曲库里选。", True)
            + card("Dana", "第一首歌真的免费，我上周刚开。")
            + "</ul><form class='dp-comment-form'><textarea></textarea><button>发表评论</button></form></section>"
            "</article></main><aside class='dp-layout__sidebar'><h3>相关文章</h3><ul><li><a href='/kb/1'>"
            "如何购买会员卡</a></li></ul></aside></div></body></html>")
    assert comments(html) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免费，我上周刚开。"),
        ("qa", "Tele2 的号码能复制别人的彩铃吗？", "目前不行，只能在自己的曲库里选。")]


def test_a_russian_date_beside_the_name_is_no_words_of_the_comment() -> None:
    # Patreon (holdout90) names a card's parts in data-tag attributes, no class: the date 「13 окт.」 beside the
    # commenter's link opened the question's title and the creator's answer
    def card(name: str, date: str, text: str, replies: str = "", badge: bool = False) -> str:
        mark = "<span data-tag='creator-badge'>Автор</span>" if badge else ""
        nested = f"<div data-tag='comment-replies' class='sc-replies'>{replies}</div>" if replies else ""
        return (f"<div data-tag='comment-row' class='sc-comment'><a data-tag='commenter-name' "
                f"href='https://www.patreon.com/user?u=1'>{name}</a>{mark}<span data-tag='comment-date'>{date}</span>"
                f"<div data-tag='comment-body'><p>{text}</p></div><div class='sc-comment-actions'><button>Нравится"
                f"</button><button>Ответить</button></div>{nested}</div>")
    section = ("<div data-tag='comments' class='sc-comments'><h2>Комментарии (3)</h2>"
               + card("Wang Lei", "13 окт.", "Tele2 的号码能复制别人的彩铃吗？",
                      card("Дамир", "13 окт.", "不能，只能在自己的曲库里选。", badge=True))
               + card("Marina K.", "14 окт. 2026 г.", "Первая мелодия бесплатно, проверила.") + "</div>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "Первая мелодия бесплатно, проверила."),
        ("qa", "Tele2 的号码能复制别人的彩铃吗？", "不能，只能在自己的曲库里选。")]


def test_the_authors_reply_nested_under_a_remark_answers_it() -> None:
    # Boosty (holdout91): CSS modules' classes with a short hash (「Comment_author_2」, 「Comment_text_L」) hid the
    # reply's name, kept as a prefix of its text, and the author's reply set under a reader's hint (no question)
    # was a remark of its own, apart from the hint it answers
    def card(name: str, text: str, replies: str = "", badge: bool = False, reply: bool = False) -> str:
        mark = " <span class='Comment_badge_a'>Автор</span>" if badge else ""
        nested = f"<div class='Comment_replies_q'>{replies}</div>" if replies else ""
        classes = "Comment_root_Z Comment_reply_4" if reply else "Comment_root_Z"
        return (f"<div class='{classes}'><div class='Comment_author_2'><a href='/{name}'>{name}</a>{mark} "
                f"<span class='Comment_date_x'>15 окт 2026</span></div><div class='Comment_text_L'>{text}</div>"
                f"<div class='Comment_actions_R'><button>Ответить</button> <span>❤ 12</span></div>{nested}</div>")
    section = ("<section class='Comments_root_Wd'><h3 class='Comments_title_7'>Комментарии (3)</h3>"
               + card("samal", "Tele2 的彩铃也可以在 *555# 里开，我就是这样开的。",
                      card("laozhou", "试过了，*555# 只能开不能选歌。", badge=True, reply=True))
               + card("dmitry", "第一首歌真的免费，我上周刚开。")
               + "<div class='Comments_form_8'><textarea></textarea><button>Отправить</button></div></section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免费，我上周刚开。"),
        ("qa", "Tele2 的彩铃也可以在 *555# 里开，我就是这样开的。", "试过了，*555# 只能开不能选歌。")]


def test_a_gallery_posts_comments_and_its_writers_answers() -> None:
    # DCinside (holdout91): each card's 「div.cmt_info」 (an info box by its name) holds the nickname, the text
    # 「p.usertxt」 and the date, and was dropped whole as furniture: the 댓글 section was lost; the post's
    # writer is named in its header's 「div.gall_writer」, so his replies answer the questions before them
    def card(name: str, text: str, reply: bool = False) -> str:
        classes = "ub-content reply" if reply else "ub-content"
        return (f"<li class='{classes}'><div class='cmt_info'><span class='nickname'>{name}</span>"
                f"<span class='ip'>(118.235)</span><p class='usertxt ub-word'>{text}</p>"
                "<span class='date_time'>10.19 23:30:12</span></div></li>")
    html = ("<html><head><title>彩铃怎么开通 - 마이너 갤러리</title></head><body><main id='container'>"
            "<section class='gall_view'><header><h3 class='title'><span class='title_subject'>彩铃怎么开通</span></h3>"
            "<div class='gall_writer ub-writer'><span class='nickname'>스텝사냥꾼</span><span class='ip'>(175.223)"
            "</span><span class='gall_date'>2026.10.19 23:02</span></div></header>"
            f"<div class='write_div'>{POST}</div></section>"
            "<div class='comment_wrap show'><div class='comment_count'><span>전체 댓글</span> <em>2</em>개</div>"
            "<ul class='cmt_list'>" + card("ㅇㅇ", "Tele2 的号码能复制别人的彩铃吗？")
            + card("스텝사냥꾼", "不能，只能在自己的曲库里选。", reply=True)
            + "</ul><div class='cmt_write_box'><textarea></textarea><button>등록</button></div></div>"
            "</main></body></html>")
    assert comments(html) == [("qa", "Tele2 的号码能复制别人的彩铃吗？", "不能，只能在自己的曲库里选。")]


def test_a_feedback_boards_admin_badge_marks_the_teams_answer() -> None:
    # Nolt's post (holdout99) and Frill's announcement (holdout100): the board team's replies, nested in the
    # readers' comments, carry the badge 「Admin」 beside the name; they read as lines glued to the questions
    def card(name: str, text: str, reply: str = "") -> str:
        return (f"<div class='comment'><div class='comment-author'><span class='name'>{name}</span> "
                f"<time>Oct 13, 2026</time></div><div class='comment-body'><p>{text}</p></div>{reply}</div>")

    def admin(text: str) -> str:
        return ("<div class='comment-reply'><div class='comment-author'><span class='name'>Kids team</span> "
                "<span class='badge-admin'>Admin</span> <time>Oct 14, 2026</time></div>"
                f"<div class='comment-body'><p>{text}</p></div></div>")
    section = ("<section class='comments'><h3 class='comments-title'>Comments (3)</h3>"
               + card("Айгерим", "activ 号码能收到验证码吗？", admin("可以，activ、Kcell 都能收到。"))
               + card("Marat K.", "第一首歌真的免费，我上周刚开。")
               + "<form class='comment-form'><textarea></textarea><button>Comment</button></form></section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免费，我上周刚开。"),
        ("qa", "activ 号码能收到验证码吗？", "可以，activ、Kcell 都能收到。")]


def test_a_comment_lists_content_box_is_searched_for_its_cards() -> None:
    # Steemit's post (holdout103): the cards lie in the list's 「Post_comments__content」, read as a comment's text
    # (「content」) and not searched, so the three comments and two replies were lost with the list
    def card(name: str, text: str, replies: str = "", kind: str = "root") -> str:
        return (f"<div class='hentry Comment {kind}'><div class='Comment__header'><span class='Comment__header-user'>"
                f"<a class='ptc' href='/@{name}'>{name} (58)</a></span> · <span title='12/14/2025'>2 years ago</span>"
                f"</div><div class='Comment__body entry-content'><div class='MarkdownViewer Markdown'><div><p>{text}</p>"
                "</div></div></div><div class='Comment__footer'><span class='Comment__footer__controls'><a>Reply</a>"
                f"</span></div>{replies}</div>")
    section = ("<div id='comments' class='Post_comments row hfeed'><div class='column large-12'>"
               "<div class='Post_comments__content'><div class='Post__comments_sort_order float-right'>Sort Order: "
               "<select><option>Trending</option></select></div>"
               + card("aliya-cn", "请问 Tele2 的号码能复制别人的彩铃吗？",
                      "<div class='Comment__replies hfeed'>"
                      + card("xiaozhou", "不能，只能在自己的曲库里选。", kind="reply") + "</div>")
               + card("steppe-bear", "补充一下：第一首歌真的免费。")
               + "</div></div></div>")
    html = page("<div class='PostFull__time_author_category_large vcard'><span class='author'>"
                "<a href='/@xiaozhou'>xiaozhou (58)</a></span></div>" + POST, section)
    assert comments(html) == [
        ("section", COMMENTS_TITLE, "补充一下：第一首歌真的免费。"),
        ("qa", "请问 Tele2 的号码能复制别人的彩铃吗？", "不能，只能在自己的曲库里选。")]


def test_a_review_sites_reviewer_answers_the_question_under_the_review() -> None:
    # irecommend.ru (holdout116): the review's writer is its hReview 「a.reviewer」, inside div.authorName (a box
    # named for a name, not an author); the reply by her (「Автор отзыва」 beside her name) was a remark glued
    # between the question it answers and another reader's comment
    def card(name: str, text: str, reply: bool = False) -> str:
        badge = " <span class='author-badge'>Автор отзыва</span>" if reply else ""
        return (f"<div class='cmnt-item{' cmnt-reply' if reply else ''}'><div class='cmnt-author'>"
                f"<a href='/users/{name.lower()}'>{name}</a>{badge} <span class='cmnt-date'>19.10.2026 21:07</span>"
                f"</div><div class='cmnt-text'>{text}</div></div>")
    html = ("<html><head><title>Боулинг-клуб «Страйк» | отзывы</title></head><body><div id='page'>"
            "<div class='product-header'><h1 class='largeHeader'>Боулинг-клуб «Страйк»</h1></div>"
            "<div class='hreview'><div class='authorSection'><div class='authorName'>"
            "<a href='/users/meilan-astana' class='reviewer'>Meilan_Astana</a></div></div>"
            f"<div class='description' itemprop='reviewBody'>{POST}</div></div>"
            "<div class='comments-block' id='comments'><h3 class='comments-title'>Комментарии (3)</h3>"
            + card("Daniyar_K", "请问带 5 岁孩子能玩吗？") + card("Meilan_Astana", "@Daniyar_K 可以的，有儿童球。", reply=True)
            + card("Olga_Nur", "补充：只发 +7 号码。")
            + "<div class='cmnt-form'><a href='/user/login'>Войдите</a>, чтобы оставить комментарий.</div></div>"
            "</div></body></html>")
    assert comments(html) == [("section", COMMENTS_TITLE, "补充：只发 +7 号码。"),
                              ("qa", "请问带 5 岁孩子能玩吗？", "可以的，有儿童球。")]


def test_a_reply_carrying_the_creators_badge_and_no_name_answers_its_comment() -> None:
    # Buy Me a Coffee's post (holdout115): the creator's reply nested in a supporter's comment carries the badge
    # 「Creator」 and no name, so it was no reply card and its text was lost with the comment's own
    def card(name: str, text: str, reply: str = "") -> str:
        return (f"<div class='supporter-comment'><div class='supporter-name'>{name} <span class='supporter-action'>"
                f"bought 3 coffees</span></div><p class='supporter-message'>{text}</p>{reply}</div>")
    creator = ("<div class='creator-reply'><span class='creator-badge'>Creator</span>"
               "<p>不用，連結支援續傳，重新點同一個連結就會接著下載。</p></div>")
    section = ("<section class='bmc-post-comments'><h3 class='comments-title'>Comments</h3>"
               "<div class='comment-box'><textarea placeholder='Leave a comment...'></textarea><button>Post</button></div>"
               + card("阿哲", "TIFF 下載到一半斷掉要從頭來嗎？", creator)
               + card("Mei", "寫 +7 才收得到簡訊，大家注意！") + "</section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "寫 +7 才收得到簡訊，大家注意！"),
        ("qa", "TIFF 下載到一半斷掉要從頭來嗎？", "不用，連結支援續傳，重新點同一個連結就會接著下載。")]


def test_a_lone_comment_with_a_reply_nested_in_it_is_read() -> None:
    # Teamly (holdout117): one 「tm-comment」 and its 「tm-comment-reply」 were no list of two cards, and went as chrome
    teamly = ("<section class='tm-comments'><div class='tm-comments-title'>Комментарии (2)</div>"
              "<div class='tm-comment'><span class='tm-comment-author'>Ержан К.</span>"
              "<span class='tm-comment-date'>15.10.2026</span><p>夜班时可以手动用值班手机发吗？</p>"
              "<div class='tm-comment-reply'><span class='tm-comment-author'>Айгерим С.</span>"
              "<span class='tm-comment-date'>15.10.2026</span><p>可以，发完在订单备注里写明。</p></div></div></section>")
    assert comments(page(POST, teamly)) == [
        ("section", COMMENTS_TITLE, "夜班时可以手动用值班手机发吗？\n可以，发完在订单备注里写明。")]


def test_comments_typed_as_a_question_and_its_answer_are_a_qa_whoever_wrote_them() -> None:
    # (a GetCourse lesson's curator, not badged as the author: the remark after the pair was glued to the answer)
    card = ("<div class='comment-item'><div class='user-name'>{}</div><div class='comment-date'>14 окт 2025</div>"
            "<div class='comment-text'>{}</div></div>")
    listed = ("<div class='comments-block'><h3 class='comments-title'>Комментарии</h3>"
              + card.format("Жанна Б.", "问：客户是老人，不会用视频怎么办？")
              + card.format("Куратор Алия", "答：可以打普通电话，让家人量好后发彩信。")
              + card.format("Ольга", "视频一直卡，后来换成语音电话就好了。") + "</div>")
    assert comments(page("<p>开通说明。</p>", listed)) == [
        ("section", "评论", "视频一直卡，后来换成语音电话就好了。"),
        ("qa", "客户是老人，不会用视频怎么办？", "可以打普通电话，让家人量好后发彩信。")]


def test_an_owner_named_after_a_label_in_the_same_text_answers_the_question_before_it() -> None:
    # Whale's SOP card (holdout121): 「Owner: Aigerim S.」 in one span of the card's meta; the comments side by side,
    # the owner's answer the card after the question, no badge
    html = ("<html><head><title>彩铃怎么开通 | Whale</title></head><body><main class='card-view'>"
            "<div class='card-header'><h1 class='card-title'>彩铃怎么开通</h1><div class='card-meta'>"
            "<span class='owner'>Owner: Aigerim S.</span> <span class='updated'>Last updated 2026-10-02</span></div>"
            f"</div><div class='card-body whale-editor'>{POST}</div>"
            "<section class='card-comments'><h3>Comments (2)</h3>"
            "<div class='comment'><span class='author'>Daniyar K.</span> <span class='time'>3 days ago</span>"
            "<p>Tele2 的号码能开彩铃吗？</p></div>"
            "<div class='comment'><span class='author'>Aigerim S.</span> <span class='time'>2 days ago</span>"
            "<p>不能，Tele2 没有彩铃业务。</p></div></section></main></body></html>")
    assert comments(html) == [("qa", "Tele2 的号码能开彩铃吗？", "不能，Tele2 没有彩铃业务。")]


def test_an_event_pages_reviews_are_its_comments() -> None:
    # Afisha (holdout151): 「section.reviews」 of 「div.review」 cards (author, date, text) after the article: lost
    reviews = ("<section class='reviews'><h2>Отзывы <span class='count'>2</span></h2>"
               "<div class='review'><div class='review__author'>Айгерим К.</div><div class='review__date'>18 октября "
               "2026</div><p>段子很接地气，封袋一开始不习惯。</p></div><div class='review'><div class='review__author'>"
               "王磊</div><div class='review__date'>19 октября 2026</div><p>话费买票方便，但记得 3% 手续费。</p></div>"
               "<button class='reviews__more'>Показать ещё</button></section>")
    assert comments(page(POST, reviews)) == [
        ("section", COMMENTS_TITLE, "段子很接地气，封袋一开始不习惯。\n话费买票方便，但记得 3% 手续费。")]


def test_a_date_after_a_bold_name_does_not_open_the_comment() -> None:
    # Kino.kz (holdout151): 「<b>阿哲</b> · 2 дек 2026<p>…」: each comment opened with 「2 дек 2026」
    cards = ("<section class='comments-block'><h3>Отзывы зрителей</h3>"
             "<div class='review-card'><b>阿哲</b> · 2 дек 2026<p>中文字幕場要提早訂，星期二只剩第一排了。</p></div>"
             "<div class='review-card'><b>Marat</b> · 2 дек 2026<p>Отличный IMAX, субтитры не мешают.</p></div></section>")
    assert comments(page(POST, cards)) == [
        ("section", COMMENTS_TITLE, "中文字幕場要提早訂，星期二只剩第一排了。\nОтличный IMAX, субтитры не мешают.")]


def test_the_seller_badge_marks_the_listings_owner_answering_a_buyer() -> None:
    # Poshmark (holdout167): the seller's replies (「span.comment__badge」 「Seller」) were remarks glued to the buyers'
    # questions in one passage, nothing telling buyer from seller
    card = ("<div class='comment'><a class='comment__user' href='/closet/{0}'>@{0}</a>{1}<p>{2}</p>"
            "<span class='comment__time'>3 days ago</span></div>")
    seller = "<span class='comment__badge'>Seller</span>"
    thread = ("<section class='listing__comments'><h2>Comments</h2>"
              + card.format("almaty_snow", "", "请问能便宜一点吗？$70 可以吗？")
              + card.format("kz_closet_dina", seller, "@almaty_snow 最低 $78，用 Make an Offer 出价。")
              + card.format("astana_mom", "", "收货后发现不合身可以退吗？")
              + card.format("kz_closet_dina", seller, "@astana_mom Posh Protect 不包尺码不合适。")
              + "</section>")
    assert comments(page(POST, thread)) == [
        ("qa", "请问能便宜一点吗？$70 可以吗？", "最低 $78，用 Make an Offer 出价。"),
        ("qa", "收货后发现不合身可以退吗？", "Posh Protect 不包尺码不合适。")]


def test_the_organizer_mark_after_the_name_marks_the_events_reply_nested_in_a_question() -> None:
    # Meetup (holdout170): the organizer's reply nested in an attendee's question, its name line 「Arman K. ·
    # Organizer」, was glued with the question and an unrelated remark into one passage
    thread = ("<section class='comments'><h2>Comments (2)</h2>"
              "<div class='comment'><p class='author'>Dana S.</p><p>我的手机是华为，没有 Google Play，能装 App 吗？</p>"
              "<p class='timestamp'>2 days ago</p><div class='reply'><p class='author'>Arman K. · Organizer</p>"
              "<p>可以从 GitHub 的 Releases 下载 APK 直接安装。</p></div></div>"
              "<div class='comment'><p class='author'>小李</p><p>上次在山谷里试了，两个节点还能收到。</p>"
              "<p class='timestamp'>1 day ago</p></div></section>")
    assert comments(page(POST, thread)) == [
        ("section", COMMENTS_TITLE, "上次在山谷里试了，两个节点还能收到。"),
        ("qa", "我的手机是华为，没有 Google Play，能装 App 吗？", "可以从 GitHub 的 Releases 下载 APK 直接安装。")]


def test_the_editorial_badge_marks_the_sites_reply_to_the_comment_it_is_nested_in() -> None:
    # Sxodim (holdout151): the staff's reply nested in a reader's comment, badged 「редакция」, was a remark
    # between the others, nothing showing what it answered
    thread = ("<section class='comments'><h3 class='comments__title'>Комментарии (3)</h3><div class='comment'>"
              "<div class='comment__head'><span class='comment__author'>Ержан</span></div>"
              "<div class='comment__text'>话费充值的 4% 有点狠，建议直接用 Kaspi QR。</div>"
              "<div class='comment comment--reply'><div class='comment__head'><span class='comment__author'>Sxodim"
              "</span> <span class='badge'>редакция</span></div><div class='comment__text'>Ержан，谢谢补充！帐篷现金"
              "充值也不收手续费。</div></div></div><div class='comment'><div class='comment__head'><span "
              "class='comment__author'>Alina_T</span></div><div class='comment__text'>Tele2 发到 7090 之后没收到确认短信。"
              "</div></div></section>")
    assert comments(page(POST, thread)) == [
        ("section", COMMENTS_TITLE, "Tele2 发到 7090 之后没收到确认短信。"),
        ("qa", "话费充值的 4% 有点狠，建议直接用 Kaspi QR。", "Ержан，谢谢补充！帐篷现金充值也不收手续费。")]


def test_a_crowdfunding_teams_badge_marks_its_reply_to_a_backer() -> None:
    # Indiegogo and Planeta.ru (holdout168): the campaign team's reply, badged 「TEAM」 (nested in the backer's
    # comment) or 「Автор проекта」 (a card after it), was glued to the backer's question in one passage
    indiegogo = ("<div class='campaignComments'><h2>Comments</h2><div class='commentItem'>"
                 "<span class='commentAuthor'>Gulnara S.</span> <span class='commentDate'>3 days ago</span>"
                 "<p>喇叭声音能调大吗？</p><div class='commentReply'><span class='commentAuthor'>PillNur Team</span> "
                 "<span class='teamBadge'>TEAM</span><p>可以，最大 85 分贝，App 里调。</p></div></div></div>")
    planeta = ("<div class='project-comments'><h2>Комментарии</h2><div class='comment'><div class='comment_author'>"
               "Дина М.</div><div class='comment_date'>2 дня назад</div><p>12 歲可以報名嗎？</p></div>"
               "<div class='comment comment--reply'><div class='comment_author'>Kino Klub <span class='author-label'>"
               "Автор проекта</span></div><p>今年限 13 歲以上。</p></div></div>")
    assert comments(page(POST, indiegogo)) == [("qa", "喇叭声音能调大吗？", "可以，最大 85 分贝，App 里调。")]
    assert comments(page(POST, planeta)) == [("qa", "12 歲可以報名嗎？", "今年限 13 歲以上。")]


def test_a_review_cards_score_and_reviewer_line_are_no_words_of_the_review() -> None:
    # Hotels.com (holdout166): each 「div.review」 of 「section#Reviews」 holds 「span.score」 「10/10 極好」, the text and
    # 「span.reviewer」 「Wei-Ting，2026年8月」: the grade's word opened the review and the writer's line closed it
    reviews = ("<section id='Reviews'><h2>住客評論</h2>"
               "<div class='review'><span class='score'>10/10 極好</span><p>櫃檯幫忙辦好了通行證，很省事。</p>"
               "<span class='reviewer'>Wei-Ting，2026年8月</span></div>"
               "<div class='review'><span class='score'>8/10 很好</span><p>河景很漂亮，早餐選擇少了一點。</p>"
               "<span class='reviewer'>Alexey，2026年7月</span></div></section>")
    assert comments(page(POST, reviews)) == [
        ("section", COMMENTS_TITLE, "櫃檯幫忙辦好了通行證，很省事。\n河景很漂亮，早餐選擇少了一點。")]


def test_a_reply_by_the_publications_editors_answers_the_question_before_it() -> None:
    # Sravni.ru's journal (holdout197): the editors answer readers as 「Редакция Сравни」, a card of its own after the
    # reader's, no badge nor the article's by-line naming them; their answer was a remark, read as a reader's
    def card(name: str, text: str) -> str:
        return (f"<div class='Comment_item__17'><span class='Comment_author__18'>{name}</span> "
                f"<time>19.11.2025</time><p>{text}</p></div>")
    section = ("<section class='Comments_wrapper__16'><h2>Комментарии (3)</h2>"
               + card("Марат", "Tele2 的號碼能複製別人的彩鈴嗎？") + card("Редакция Сравни", "不行，Tele2 沒有複製彩鈴的功能。")
               + card("Айгерим", "第一首歌真的免費，我上週剛開。") + "</section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免費，我上週剛開。"),
        ("qa", "Tele2 的號碼能複製別人的彩鈴嗎？", "不行，Tele2 沒有複製彩鈴的功能。")]


def test_a_help_centres_official_comment_answers_the_question_before_it() -> None:
    # a Zendesk Guide theme (Just Eat's partner centre, holdout228): the support team's comment is marked by the
    # card's class 「official」 alone, no badge and no by-line naming it; its answer was a remark glued to the question
    def card(kind: str, name: str, text: str) -> str:
        return (f"<div class='{kind}'><span class='comment-author'>{name}</span><time>2026年3月5日</time>"
                f"<p>{text}</p></div>")
    section = ("<section class='article-comments'><h3>評論</h3>"
               + card("comment", "Dastan K.", "換了號碼後要等多久才生效？")
               + card("comment official", "支援團隊", "儲存後 15 分鐘內生效。")
               + card("comment", "Aigerim", "第一首歌真的免費，我上週剛開。") + "</section>")
    assert comments(page(POST, section)) == [
        ("section", COMMENTS_TITLE, "第一首歌真的免費，我上週剛開。"),
        ("qa", "換了號碼後要等多久才生效？", "儲存後 15 分鐘內生效。")]


def test_a_lone_card_named_a_comment_with_its_writer_is_read() -> None:
    # holdout269: Confluence's comments section holding one div.comment (its span.author over the text) was
    # dropped with its box, a box of one card being read as no list
    page = ("<html><body><main><h1>补换卡 FAQ</h1><div class='wiki-content'><h2>费用</h2><p>门店补卡 990 ₸，快递补卡"
            " 1 490 ₸。</p></div><div id='comments-section'><h2>2 条评论</h2><div class='comment'><span class='author'>"
            "Arman T.</span><p>快递补卡的时效已经和市场部确认过，没问题。</p></div></div></main></body></html>")
    assert [(f.title, f.text) for f in cut(page)][-1] == ("评论", "快递补卡的时效已经和市场部确认过，没问题。")


def test_a_lone_card_without_a_writer_is_no_comment_list() -> None:
    page = ("<html><body><main><h1>补换卡 FAQ</h1><p>门店补卡 990 ₸，快递补卡 1 490 ₸。</p><div class='comments'>"
            "<div class='comment'><p>这里是一个普通的说明框，写着几句话。</p></div></div></main></body></html>")
    assert all(f.title != "评论" for f in cut(page))
