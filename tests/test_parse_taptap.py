"""A TapTap forum post (moment) as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

TAPTAP = "https://assets.tapimg.com/m/site/_nuxt/app.4c9e1a7b.js"


def reply(name: str, floor: int, text: str, answer: str = "", badge: str = "") -> str:
    """A reply card: its header (name, badge, floor, date), its text, likes, and the poster's sub-reply."""
    mark = f"<span class='official-badge'>{badge}</span>" if badge else ""
    sub = (f"<div class='sub-reply'><a class='user-name'>阿凱</a><span class='author-tag'>樓主</span><p>{answer}</p></div>"
           if answer else "")
    return (f"<div class='reply-item'><div class='reply-item__header'><a href='/user/{floor}' class='user-name'>{name}</a>"
            f"{mark}<span class='reply-floor'>{floor}樓</span><span class='reply-time'>2026/11/0{floor}</span></div>"
            f"<div class='tap-rich-text reply-item__content'><p>{text}</p></div>"
            f"<div class='reply-item__actions'><span>讚 {floor * 7}</span><span>回覆</span></div>{sub}</div>")


def page(assets: str = TAPTAP) -> str:
    return ("<html><head><title>【心得】帳號綁定 - TapTap</title></head><body><div id='__nuxt'>"
            "<header class='tap-header'><a href='https://www.taptap.io/'>首頁</a></header><div class='moment-page'>"
            "<div class='moment-page__main'><div class='moment-detail'><div class='moment-header'>"
            "<a class='user-name'>阿凱</a><div class='moment-header__meta'><span class='moment-time'>發佈於 2026/11/08</span>"
            "</div></div><h1 class='moment-title'>【心得】帳號綁定全紀錄</h1><div class='tap-rich-text moment-content'>"
            "<p>遊客帳號的資料只存在這支手機，清除遊戲資料就救不回來。</p></div>"
            "<div class='moment-actions'><button class='moment-action'><span>讚 286</span></button></div></div>"
            "<div class='moment-replies'><div class='moment-replies__header'><span>全部回覆 3</span>"
            "<div class='sort-switch'><span>熱門</span><span>最新</span></div></div>"
            + reply("小羽Yu", 1, "請問已經綁了 Google，還能再加綁 TapTap 嗎？", "可以，最多 2 種。")
            + reply("星軌官方客服", 2, "補充一下：家長可以填寫「未成年消費申訴單」。", badge="官方")
            + reply("Otter水獺", 3, "退款後星晶變負數，是不是帳號會被封？", "不會封號。")
            + f"</div></div></div></div><script src='{assets}' defer></script></body></html>")


def test_taptap_replies_keep_the_pages_order_and_a_lone_reply_is_its_writers_part() -> None:
    # holdout290: the reply nobody answered was a part titled 「评论」 moved before the Q&As, its writer, floor and
    # date dropped
    frags = texts(cut(page()))
    assert frags[1:] == [
        ("qa", "請問已經綁了 Google，還能再加綁 TapTap 嗎？", "可以，最多 2 種。"),
        ("section", "星軌官方客服（官方）", "2樓 · 2026/11/02\n補充一下：家長可以填寫「未成年消費申訴單」。"),
        ("qa", "退款後星晶變負數，是不是帳號會被封？", "不會封號。")]
    words = all_text(cut(page()))
    for chrome in ("评论", "讚", "熱門", "全部回覆 3"):
        assert chrome not in words


def test_taptap_classes_on_another_sites_page_are_not_read_by_its_reader() -> None:
    # (no TapTap asset: the generic comment reader reads the replies, as before)
    assert "星軌官方客服（官方）" not in all_text(cut(page(assets="/js/app.js")))


def test_a_taptap_sub_reply_typed_bare_after_its_writer_is_read() -> None:
    # (review of session 28: only a sub-reply's <p>s were read, so one typed 「name 樓主：text」 as coolapk's are was lost)
    html = page().replace("<span class='author-tag'>樓主</span><p>不會封號。</p>", "<span class='author-tag'>樓主</span>：不會封號。")
    assert ("qa", "退款後星晶變負數，是不是帳號會被封？", "不會封號。") in texts(cut(html))
