"""A VK wall post with its comments as the browser saves it (holdout53): its first line titles it, the
post is its text (the cut text's rest too), each comment and answer a part headed by its writer, a
reader's question the post's author answered under it a Q&A; the community's block, names, dates,
counts and the 「Показать…」 links are no text."""
from __future__ import annotations


from fragments import all_text, cut


def texts(html: str) -> list[tuple[str, str, str]]:
    return [(f.type, f.title, f.text) for f in cut(html)]


CLUB = "/club1845"
GROUP = "哈萨克斯坦华人互助"


def reply(rid: str, name: str, link: str, text: str, answers: str = "", more: str = "") -> str:
    """A comment as VK draws it: avatar, name link, text, date and 「ответить」, a like count, its answers nested."""
    deep = f"<div class='replies_wrap_deep'><div class='replies_list_deep'>{answers}{more}</div></div>" if answers else ""
    klass = "reply reply_dived clear _post" + (" reply_deep" if not deep and rid.endswith("a") else "")
    return (f"<div id='post-1845_{rid}' class='{klass}'><div class='reply_wrap _reply_wrap clear'>"
            f"<a class='reply_image' href='{link}'><img class='reply_img' src='u.jpg' alt='{name}'></a>"
            f"<div class='reply_content'><div class='reply_author'><a class='author' href='{link}'>{name}</a></div>"
            f"<div class='reply_text'><div class='wall_reply_text'>{text}</div></div>"
            "<div class='reply_footer'><div class='reply_date'><a class='wd_lnk'><span class='rel_date'>12 мар в 14:31"
            "</span></a> <a class='reply_link'>ответить</a></div><div class='like_wrap'><a class='like_btn like _like'>"
            "<div class='like_button_count'>9</div></a></div></div></div></div>" + deep + "</div>")


def page(text: str, replies: str, *, assets: str = "https://vk.com/css/al/common.css", posts: int = 1) -> str:
    post = ("<div id='post-1845_2291' class='_post post page_block all own' data-post-id='-1845_2291'>"
            "<div class='_post_content'><div class='post_header'><a class='post_image' href='/club1845'>"
            f"<img class='post_img' src='a.jpg' alt='{GROUP}'></a><div class='post_header_info'>"
            f"<h5 class='post_author'><a class='author' href='{CLUB}' data-from-id='-1845'>{GROUP}</a></h5>"
            "<div class='post_date'><a class='post_link' href='/wall-1845_2291'><span class='rel_date'>12 мар в 14:05"
            "</span></a></div></div></div><div class='post_content'><div class='post_info'><div class='wall_text'>"
            f"<div class='wall_post_cont _wall_post_cont'><div class='wall_post_text'>{text}</div></div></div>"
            "<div class='like_wrap'><div class='like_btns'><a class='like_btn like _like' role='button' title='Нравится'>"
            "<div class='like_button_count'>214</div></a></div><div class='like_views _views'>👁 3.4K</div></div>"
            f"</div></div></div><div class='replies'><div class='replies_list _replies_list'>{replies}</div>"
            "<a class='replies_next _replies_next'>Показать следующие комментарии</a></div></div>")
    return (f"<!DOCTYPE html><html lang='ru'><head><title>Запись на стене | {GROUP} | ВКонтакте</title>"
            f"<link rel='stylesheet' href='{assets}'></head><body>"
            "<div id='page_header' class='p_head'><input class='ts_input' placeholder='Поиск'>"
            "<a class='top_nav_link' href='/join'>Войти</a></div><div id='side_bar' class='side_bar'><nav><ol>"
            "<li><a href='/feed'>Новости</a></li></ol></nav></div><div id='page_body'><div id='content'>"
            "<div class='page_block redesigned-group-info' id='group_info_block'>"
            f"<h1 class='page_name'>{GROUP}</h1><div class='page_current_info'><span class='current_text'>"
            "在哈华人的生活、证件、手机卡互助</span></div><div class='group_info_row'>18 406 подписчиков</div>"
            "<button class='FlatButton'>Подписаться</button></div>"
            f"<div id='page_wall_posts' class='page_block wall_posts'>{post * posts}</div></div></div></body></html>")


TEXT = ("📢【科普】政府机关的短信怎么分辨？<br><br>收到 «KGD» 说欠税的短信，先别点链接。<br>"
        "真的官方短信不会让你转账。<br><br><a class='wall_post_more' onclick='return false;'>Показать полностью…</a>"
        "<span style='display: none'>🔎 打 1414 核实，客服帮你查是不是他们发的。<br><br>#政府短信 #防骗</span>")
REPLIES = (reply("2295", "Лэй Ван", "/id5228", "上周收到一条 KGD 的，让点 kgd-oplata.kz 付款，还好没点😅",
                 reply("2298a", GROUP, CLUB, "<a href='/id5228' class='mem_link'>Лэй</a>, 对，那条是假的。"))
           + reply("2302", "Анна Ли", "/id4081", "外国人没有 ИИН，也会收到 KGD 的短信吗？",
                   reply("2304a", GROUP, CLUB, "<a href='/id4081' class='mem_link'>Анна</a>, 不会给你发。"),
                   "<a class='replies_next replies_next_deep'>Показать ещё ответы</a>")
           + reply("2310", "Чэнь Хао", "/id6110", "退订以后还收停水通知吗？"))


def test_a_vk_wall_posts_text_titles_it_and_its_comments_are_parts_by_their_writers() -> None:
    assert texts(page(TEXT, REPLIES)) == [
        ("section", "【科普】政府机关的短信怎么分辨",
         "收到 «KGD» 说欠税的短信，先别点链接。\n真的官方短信不会让你转账。\n🔎 打 1414 核实，客服帮你查是不是他们发的。"),
        ("section", "Лэй Ван", "上周收到一条 KGD 的，让点 kgd-oplata.kz 付款，还好没点😅"),
        ("section", f"{GROUP}（楼主）", "对，那条是假的。"),
        ("qa", "外国人没有 ИИН，也会收到 KGD 的短信吗？", "不会给你发。"),
        ("section", "Чэнь Хао", "退订以后还收停水通知吗？")]


def test_a_vk_post_without_a_headline_is_titled_by_its_wall() -> None:
    frags = cut(page("收到 «KGD» 说欠税的短信，先别点链接。<br>真的官方短信不会让你转账。", ""))
    assert [(f.title, f.text) for f in frags] == [
        (GROUP, "收到 «KGD» 说欠税的短信，先别点链接。\n真的官方短信不会让你转账。")]


def test_a_page_vk_did_not_make_or_a_wall_of_posts_is_read_as_a_page() -> None:
    for other in (page(TEXT, REPLIES, assets="/static/site.css"), page(TEXT, REPLIES, posts=2)):
        text = all_text(cut(other))
        assert "（楼主）" not in text
