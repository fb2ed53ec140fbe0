"""A Banki.ru reviews page of a bank, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def card(number: int, score: int, title: str, text: str, writer: str, answer: str = "") -> str:
    """A review card as Banki.ru draws it: header of score, status and product, title, message, footer, answer."""
    reply = (f"<div class='bank-answer'><div class='bank-answer__title'>Ответ банка «Примбанк»</div>"
             f"<div class='bank-answer__text'>{answer}</div>"
             f"<div class='bank-answer__date'>16.10.2025 11:27 · Служба поддержки</div></div>") if answer else ""
    return (f"<article class='responses__item' id='response-{number}'><div class='responses__item__header'>"
            f"<span class='responses__item__rating'>Оценка: {score}</span> "
            f"<span class='responses__item__status'>Проверено</span> "
            f"<span class='responses__item__product'>Дебетовые карты</span></div>"
            f"<h3 class='header-h3'><a href='/r/{number}/'>{title}</a></h3>"
            f"<div class='responses__item__message'><p>{text}</p></div>"
            f"<div class='responses__item__footer'><span class='responses__item__author'>{writer}</span> · "
            f"<span class='responses__item__city'>г. Алматы</span> · <time>14.10.2025 19:02</time> "
            f"<a class='responses__item__comments' href='#'>Комментарии (3)</a></div>{reply}</article>")


def page(assets: str = "https://static.banki.ru/ng/dist/responses.css") -> str:
    """Two review cards under the h1, the first answered by the bank with a list of steps."""
    answer = "<p>开启方法：</p><ol><li>更新 App；</li><li>打开「Уведомления」。</li></ol>"
    return (f"<html><head><link rel='stylesheet' href='{assets}'></head><body><main>"
            "<h1>Отзывы о «Примбанк»: 短信通知</h1><div class='rating-summary'><span>2.1</span></div>"
            "<div class='responses-list'>"
            + card(1, 1, "短信费照扣", "每个月照样扣 99 ₽。", "alma_lin", answer)
            + card(2, 4, "收不到验证码", "Beeline 拦了字母发件人。", "王小舟")
            + "</div></main></body></html>")


def test_each_banki_review_keeps_its_byline_and_the_banks_answer_is_a_part_of_its_own() -> None:
    # holdout197: the second card opened a fake reply 「…（回复）」 of its status and product, no card kept its
    # writer, city, date or score, and the answer's title was the review's last line, its steps the review's
    assert texts(cut(page())) == [
        ("section", "短信费照扣",
         "alma_lin · г. Алматы · 14.10.2025 19:02 · Оценка: 1 · Проверено · Дебетовые карты\n每个月照样扣 99 ₽。"),
        ("section", "Ответ банка «Примбанк»：短信费照扣", "16.10.2025 11:27 · Служба поддержки\n开启方法："),
        ("step", "更新 App", "更新 App；"),
        ("step", "打开「Уведомления」", "打开「Уведомления」。"),
        ("section", "收不到验证码",
         "王小舟 · г. Алматы · 14.10.2025 19:02 · Оценка: 4 · Проверено · Дебетовые карты\nBeeline 拦了字母发件人。"),
    ]


def test_banki_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "Ответ банка «Примбанк»：" not in all_text(cut(page(assets="/css/site.css")))
