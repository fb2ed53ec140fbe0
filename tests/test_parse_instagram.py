"""An Instagram post with its comments as the browser saves it, in Instagram's own comment markup (holdout88):
the caption's first line titles it, the caption is its text, each comment and reply a part headed by its
writer, a reader's question the post's author answered in a reply to it a Q&A; the header, the names'
badge, times, like counts and buttons are no text."""
from __future__ import annotations


from fragments import cut


def comment(name: str, text: str, badge: bool = False) -> str:
    """A comment as Instagram draws it: the name's heading (the author's badge in it), text, time, likes, 「Ответить」."""
    mark = "<span title='Автор'>Автор</span>" if badge else ""
    return (f"<li class='_a9zj _a9zl'><div class='_a9zr'><h3 class='_a9zc'><a href='/{name}/'>{name}</a>{mark}</h3>"
            f"<div class='_a9zs'><span dir='auto'>{text}</span></div><div class='_a9zt'><time>4 дн.</time>"
            "<span>12 отметок «Нравится»</span><button>Ответить</button></div></div></li>")


def page(site: str = "Instagram") -> str:
    caption = ("<div role='button' class='_a9zj'><li class='_a9zj _a9z5'><div class='_a9zr'>"
               "<h2 class='_a9zc'><a href='/bakery.kz/'>bakery.kz</a></h2><h1 dir='auto'>🎉 抽奖：10 位粉丝各得话费！<br><br>"
               "奖品直接充到您的手机号上。<br><br>#抽奖 #话费</h1><div class='_a9zs'><time>4 дн.</time></div></div></li></div>")
    thread = ("<div class='_a9zm'>" + comment("dana", "eSIM 号码能充吗？")
              + "<ul class='_a9yo'><li><button><span>Скрыть ответы</span></button></li><div class='_a9zm'>"
              + comment("bakery.kz", "@dana 可以的，eSIM 一样充值。", badge=True) + "</div></ul></div>")
    return (f"<html><head><title>bakery в Instagram: «🎉 抽奖»</title><meta property='og:site_name' content='{site}'>"
            "</head><body><div role='navigation'><span>Главная</span></div><main><article>"
            "<header><a href='/bakery.kz/'><span>bakery.kz</span></a><span>•</span><div role='button'>Подписаться</div>"
            f"<div><span>Алматы, Казахстан</span></div></header><ul class='_a9z6'>{caption}<ul class='_a9ym'>{thread}"
            "<div class='_a9zm'>" + comment("timur", "祝你们开业大吉") + "</div></ul></ul>"
            "<section><span>1 248 отметок «Нравится»</span></section></article></main></body></html>")


def test_the_caption_is_the_text_and_the_authors_reply_answers_the_question() -> None:
    assert [(f.type, f.title, f.text) for f in cut(page())] == [
        ("section", "🎉 抽奖：10 位粉丝各得话费", "奖品直接充到您的手机号上。"),
        ("qa", "eSIM 号码能充吗？", "可以的，eSIM 一样充值。"),
        ("section", "timur", "祝你们开业大吉"),
    ]


def test_a_page_instagram_did_not_make_is_left_alone() -> None:
    assert "отметок «Нравится»" in " ".join(f.text for f in cut(page(site="Other")))
