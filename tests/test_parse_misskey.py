"""A Misskey note page as the web client shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def head(name: str, account: str) -> str:
    return (f"<div class='xDcPl'><a class='avatar' href='/@{account}'><img src='a.webp' alt=''></a><div class='xhead'>"
            f"<a class='name' href='/@{account}'>{name}</a> <span class='username'>@{account}</span>"
            "<a class='time' href='/notes/1'><time>2026年11月2日 23:41</time></a></div></div>")


def reply(name: str, account: str, text: str, child: bool = False) -> str:
    return (f"<div class='xreply{' xreply-child' if child else ''} _panel'>{head(name, account)}"
            f"<div class='xtext'><span>{text}</span></div><footer class='xfooter'><button class='_button'>返信</button>"
            "</footer></div>")


def note(lines: str, replies: str = "", app: str = "Misskey") -> str:
    return (f"<html><head><meta name='application-name' content='{app}'><title>雪球媽媽のノート | misskey.kz</title>"
            "</head><body><div id='misskey_app'><nav><a class='item' href='/'>タイムライン</a></nav><main>"
            "<div class='_panel'><header><span class='title'>ノート</span></header><article class='_panel'>"
            f"{head('雪球媽媽', 'snowball_mama')}<div class='xbody'><div class='xtext'>{lines}</div></div>"
            "<footer class='xfooter'><button class='_button'>返信 3</button></footer>"
            "<div class='xinfo'><span>2026年11月2日 23:41 · Misskey Web</span></div></article>"
            f"<div class='xreplies'>{replies}</div></div></main><aside class='xwidgets'>トレンド</aside></div></body></html>")


LINES = ("<span>【長文】寵物夜間急診熱線</span><br><span>上個月凌晨兩點搵獸醫。</span><br><br>"
         "<span>■ 半夜打電話嘅步驟</span><br><span>1. 先打熱線。</span><br><span>2. 叫 Yandex Go。</span><br><br>"
         "<span>■ 上門獸醫</span><br><span>VetLife 有上門服務。</span><br><br>"
         "<a class='hashtag' href='/tags/寵物'>#寵物</a> <a class='hashtag' href='/tags/獸醫'>#獸醫</a>")


def test_a_notes_first_line_titles_it_and_its_glyph_lines_head_its_parts() -> None:
    # holdout89: every fragment was titled by the <title>, the note's head opened the first, the 「■」 lines were
    # plain lines (the numbered lines steps of the note), the hashtags and the info line closed the last part
    frags = cut(note(LINES))
    assert frags[0].article_title == "【長文】寵物夜間急診熱線"
    assert texts(frags) == [
        ("section", "【長文】寵物夜間急診熱線", "上個月凌晨兩點搵獸醫。"),
        ("step", "先打熱線", "先打熱線。"), ("step", "叫 Yandex Go", "叫 Yandex Go。"),
        ("section", "上門獸醫", "VetLife 有上門服務。")]
    assert frags[1].procedure is not None and frags[1].procedure.title == "半夜打電話嘅步驟"


def test_a_readers_question_answered_by_the_author_under_it_is_a_qa_and_other_replies_parts() -> None:
    # holdout89: the replies, outside the note's <article>, were lost
    replies = (reply("狗狗爸爸", "kz_dogdad@mstdn.asia", "@snowball_mama 想問保險可以報銷嗎？")
               + reply("雪球媽媽", "snowball_mama", "@kz_dogdad 報銷 70%。", child=True)
               + reply("阿拉木圖港人", "almaty_hk", "補充：元旦夜晚唔開。"))
    assert texts(cut(note(LINES, replies)))[-2:] == [
        ("qa", "想問保險可以報銷嗎？", "報銷 70%。"), ("section", "阿拉木圖港人", "補充：元旦夜晚唔開。")]


def test_a_page_without_misskeys_client_is_left_alone() -> None:
    assert "上個月凌晨兩點搵獸醫。" in cut(note(LINES, app="Other"))[0].text.split("\n")


def test_a_run_of_glyph_lines_is_a_list_not_headings() -> None:
    lines = ("<span>【長文】寵物夜間急診熱線</span><br><span>要帶嘅嘢：</span><br><span>● 寵物護照</span><br>"
             "<span>● 誤食嘅包裝</span><br><span>夜間診金 15 000 堅戈。</span>")
    assert [(f.title, f.text) for f in cut(note(lines))] == [
        ("【長文】寵物夜間急診熱線", "要帶嘅嘢：\n● 寵物護照\n● 誤食嘅包裝\n夜間診金 15 000 堅戈。")]
