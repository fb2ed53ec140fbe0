"""A channel Pachca (Пачка) exported as an HTML page: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def message(ident: str, author: str, time: str, text: str, *, thread: str = "", attachments: str = "") -> str:
    """A message as the export writes one: avatar, header (author, time), text, attachments, reactions, thread."""
    files = f'<div class="message__attachments">{attachments}</div>' if attachments else ""
    return (f'<div class="message" id="{ident}"><div class="message__avatar"><img src="a.png" alt=""></div>'
            f'<div class="message__body"><div class="message__header"><span class="message__author">{author}</span>'
            f'<span class="message__time">{time}</span></div><div class="message__text">{text}</div>{files}'
            f'<div class="message__reactions"><span class="reaction">👍 3</span></div>{thread}</div></div>')


def reply(author: str, time: str, text: str) -> str:
    return (f'<div class="thread__message"><span class="message__author">{author}</span>'
            f'<span class="message__time">{time}</span><div class="message__text"><p>{text}</p></div></div>')


def export(messages: list[str], body_class: str = "pachca-export") -> str:
    """The export's page: its header, the channel sidebar, the channel's header, the messages, the footer."""
    return (f'<!DOCTYPE html><html lang="ru"><head><title>#родители — Пачка</title></head><body class="{body_class}">'
            '<header class="export-header"><span class="export-header__meta">Экспорт от 18.11.2026 · 9 сообщений</span>'
            '</header><aside class="export-sidebar"><ul><li class="sidebar__chat">#общий</li></ul></aside>'
            '<main class="chat"><div class="chat__header"><h1 class="chat__name">#родители</h1>'
            '<div class="chat__description">家长群：签到短信和退费。请勿发广告。</div><div class="chat__members">成员 64</div>'
            '</div><div class="chat__date-separator">10 ноября 2026</div>' + "".join(messages)
            + '<div class="message message--system" id="m9">'
            '<div class="message__text">Сауле присоединилась к каналу</div></div></main><footer class="export-footer">Экспорт создан в Пачке · pachca.com</footer></body></html>')


THREAD = ('<div class="thread"><div class="thread__header">Тред · 3 ответа</div>'
          + reply("Айгерим (администратор)", "10:52", "答：带身份证到前台换绑，2 分钟就好。")
          + reply("Дана (мама)", "11:05", "好的，周六去办。")
          + reply("Ержан (тренер)", "11:20", "补充：Tele2 开了「Запрет коротких номеров」会拦截短信。") + '</div>')


def test_each_message_its_own_part_no_author_time_or_app_text() -> None:
    frags = cut(export([
        message("m1", "Айгерим (администратор)", "09:12", "<p><b>签到短信怎么开通</b></p><p>从 11 月起用短号 4545 发短信。</p>"),
        message("m2", "Дана (мама)", "10:40", "<p>问：我换了新号码，收不到短信，怎么办？</p>", thread=THREAD),
        message("m3", "Айгерим (администратор)", "12:15", "<p><b>学费说明</b></p><table><tr><th>课程</th><th>每月</th></tr>"
                "<tr><td>EV3</td><td>24 000 ₸</td></tr></table><p>退款 10 个工作日内到账。</p>"),
    ]))
    got = texts(frags)
    assert got[0] == ("section", "#родители：家长群：签到短信和退费", "家长群：签到短信和退费。请勿发广告。")
    assert got[1] == ("section", "签到短信怎么开通", "从 11 月起用短号 4545 发短信。")
    assert ("qa", "我换了新号码，收不到短信，怎么办？", "带身份证到前台换绑，2 分钟就好。") in got
    assert any(text == "补充：Tele2 开了「Запрет коротких номеров」会拦截短信。" for _, _, text in got)
    assert ("section", "学费说明", "课程 | 每月\nEV3 | 24 000 ₸\n退款 10 个工作日内到账。") in got
    every = all_text(frags)
    for chrome in ("09:12", "10:52", "Тред", "10 ноября", "成员 64", "Закреплено", "Сауле", "Экспорт", "👍"):
        assert chrome not in every


def test_a_titled_post_with_a_thread_keeps_its_title_attachments_and_the_question_asked_under_it() -> None:
    thread = ('<div class="thread"><div class="thread__header">Тред · 2 ответа</div>'
              + reply("Марат (папа)", "18:30", "问：儿童手表里是 activ 的卡，也要开漫游吗？")
              + reply("Ержан (тренер)", "18:41", "答：要开，打 activ 客服 455 开通。") + '</div>')
    files = ('<div class="attachment attachment--file"><a class="attachment__name" href="f/trip.pdf">trip.pdf</a>'
             '<span class="attachment__size">1,2 МБ</span></div><div class="attachment attachment--image">'
             '<img src="f/bus.jpg" alt="bus.jpg"><span class="attachment__size">340 КБ</span></div>')
    got = texts(cut(export([message("m3", "Ержан (тренер)", "18:03", "<p><b>比赛通知：Robofest 2026</b></p>"
                                    "<p>费用 95 000 ₸，坐大巴出发。</p>", thread=thread, attachments=files)])))
    assert ("section", "比赛通知：Robofest 2026", "费用 95 000 ₸，坐大巴出发。\ntrip.pdf (1,2 МБ)\nbus.jpg (340 КБ)") in got
    assert ("qa", "儿童手表里是 activ 的卡，也要开漫游吗？", "要开，打 activ 客服 455 开通。") in got


def test_a_page_not_exported_by_pachca_is_left_alone() -> None:
    frags = cut(export([message("m1", "Айгерим", "09:12", "<p>从 11 月起用短号 4545 发短信。</p>")], body_class="chat-page"))
    # (the reader drops the channel's member count and its system lines; the generic cleaning keeps them)
    assert "成员 64" in all_text(frags) and "Сауле присоединилась к каналу" in all_text(frags)
