"""A TikTok video page with its comments as the browser saves it (holdout113): the description's first span
titles it, its lines are its text, keycap-numbered lines its steps, each comment and reply a part headed by its
writer, a reader's question the author answered in a reply to it a Q&A; the author block, music line, copied
link, counts and buttons are no text."""
from __future__ import annotations

from fragments import all_text, cut, texts


def comment(name: str, text: str, replies: str = "") -> str:
    """A comment as TikTok draws it: the name, text, date 「Ответить」 and likes, then its replies."""
    return (f"<div data-e2e='comment-item'><a href='/@{name}'><span data-e2e='comment-username-1'>{name}</span></a>"
            f"<p data-e2e='comment-level-1'><span dir=''>{text}</span></p><p class='css-comment-sub'>"
            "<span data-e2e='comment-time-1'>2026-10-13</span><span>Ответить</span><span>14</span></p>"
            f"<div class='css-reply-container'>{replies}</div></div>")


def reply(name: str, text: str, badge: bool = False) -> str:
    mark = "<span class='css-creator-badge'>Автор</span>" if badge else ""
    return (f"<div data-e2e='comment-reply-item'><span data-e2e='comment-username-2'>{name}</span>{mark}"
            f"<p data-e2e='comment-level-2'><span dir=''>{text}</span></p>"
            "<p class='css-comment-sub'><span>2026-10-13</span><span>Ответить</span><span>9</span></p></div>")


def page(assets: str = "https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok/app.css") -> str:
    return ("<html><head><title>温泉泡池怎么预订 | TikTok</title>"
            f"<link rel='stylesheet' href='{assets}'></head><body><div id='app'>"
            "<div data-e2e='top-bar'><a href='/' data-e2e='tiktok-logo'>TikTok</a></div>"
            "<div class='css-1sb4dwc-DivContentContainer'><div data-e2e='browse-user-info'><a href='/@almaty.zhongwen'>"
            "<span data-e2e='browse-username'>almaty.zhongwen</span><span data-e2e='browser-nickname'>almaty_life · "
            "2026-10-12</span></a><button>Подписаться</button></div>"
            "<h1 data-e2e='browse-video-desc'><span class='css-j2a19r-SpanText'>温泉泡池怎么预订</span>"
            "<p>周末去泡了温泉。</p><p>📌 怎么用短信预订</p><p>1️⃣ 往 +7 705 318 22 90 发短信。</p>"
            "<p>2️⃣ 回复你要的时间。</p><p>💰 价格：每小时 8 000 ₸。</p>"
            "<a href='/tag/温泉'><strong>#温泉</strong></a> <a href='/tag/алматы'><strong>#алматы</strong></a></h1>"
            "<h4 data-e2e='browse-music'><a href='/music/1'>оригинальный звук - almaty_life</a></h4>"
            "<div class='css-copy-link'><p data-e2e='browse-video-link'>https://www.tiktok.com/@almaty.zhongwen/video/1</p>"
            "<button>Копировать ссылку</button></div></div><div data-e2e='comment-list'>"
            + comment("dana_trip", "两个小时都没回，是不是号码换了？", reply("almaty.zhongwen", "号码没换。", badge=True))
            + comment("serik.k", "Спасибо! 👍") + "</div></div></body></html>")


def test_a_tiktok_description_is_the_text_its_keycap_lines_steps_and_the_authors_reply_an_answer() -> None:
    # holdout113: the author block opened the text (「almaty.zhongwenalmaty_life · 2026-10-12」), the keycap lines were
    # no steps, the hashtags closed the text, the music line titled the copied link and two threads shared a passage
    frags = cut(page())
    assert texts(frags) == [
        ("section", "温泉泡池怎么预订", "周末去泡了温泉。"),
        ("step", "往 +7 705 318 22 90 发短信", "往 +7 705 318 22 90 发短信。"),
        ("step", "回复你要的时间", "回复你要的时间。"),
        ("section", "温泉泡池怎么预订", "💰 价格：每小时 8 000 ₸。"),      # after the steps, in page order (holdout278)
        ("qa", "两个小时都没回，是不是号码换了？", "号码没换。"),
        ("section", "serik.k", "Спасибо! 👍")]
    assert {f.procedure.title for f in frags if f.procedure} == {"怎么用短信预订"}


def test_a_page_tiktok_did_not_serve_is_left_alone() -> None:
    assert "almaty_life · 2026-10-12" in all_text(cut(page(assets="/static/app.css")))
