"""A Slido event as its participant page shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def question(author: str, text: str, score: int, reply: str = "") -> str:
    """A question as the participant page lists one: its asker and time, the question, the upvotes
    and badge, the host's reply under its label."""
    badge = '<span class="question-item__badge">已回答</span>' if reply else ""
    answer = (f'<div class="question-item__reply"><span class="question-item__reply-author">主持人</span>'
              f'<p>{reply}</p></div>') if reply else ""
    return (f'<div class="question-item"><div class="question-item__header"><span class="question-item__author">'
            f'{author}</span><span class="question-item__time">14:05</span></div><p class="question-item__text">{text}</p>'
            f'<div class="question-item__footer"><span class="question-item__score" aria-label="讚">{score}</span>{badge}'
            f'</div>{answer}</div>')


def event(*items: str, assets: str = "https://assets.sli.do/participant/static/css/main.css") -> str:
    """The participant page: the cookie banner, the header, the tabs, a poll, the questions, the footer."""
    return ('<!DOCTYPE html><html lang="zh-TW"><head><title>宿舍說明會 - Slido</title>'
            f'<link rel="stylesheet" href="{assets}"></head><body><div id="root">'
            '<div class="cookie-consent" role="dialog"><p>我們使用 Cookie。</p><button>接受全部</button></div>'
            '<header class="app-header"><div class="event-info"><h1 class="event-info__title">宿舍說明會</h1>'
            '<span class="event-info__code">#Dorm26</span><span class="event-info__dates">2026 年 11 月 20 日</span></div>'
            '</header><nav class="event-tabs" role="tablist"><a role="tab">問答 Q&amp;A</a><a role="tab">投票</a>'
            '<a role="tab">測驗</a></nav><main class="event-content"><section class="poll-results">'
            '<h2 class="poll-results__title">投票：你住哪一棟？（20 票）</h2><ul class="poll-results__options">'
            '<li class="poll-option"><span class="poll-option__label">A 棟</span><span class="poll-option__percent">60%</span></li>'
            '<li class="poll-option"><span class="poll-option__label">B 棟</span><span class="poll-option__percent">40%</span></li>'
            '</ul></section><section class="questions" aria-label="問題"><div class="questions__toolbar">'
            '<span class="questions__count">3 個問題</span><span class="questions__sort">排序：熱門 ▾</span></div>'
            + "".join(items) + '</section></main><footer class="app-footer"><span>Powered by Slido</span></footer>'
            '</div></body></html>')


QUESTIONS = (question("林老師", "宿舍有網路嗎？", 42, "只有公共 Wi-Fi，晚上很慢。"),
             question("匿名", "門禁幾點關？", 31, "晚上 11 點。"),
             question("匿名", "可以養貓嗎？", 12))


def test_each_answered_question_is_a_qa_and_the_event_keeps_its_code() -> None:
    # read as a page, the questions had no heading and were titled 「宿舍說明會（測驗）」 (the last tab
    # glued on), a question and its reply were paragraphs cut by size, the options glued to their
    # shares (「A 棟60%」) and the code and dates lost; now each reply answers its question
    assert texts(cut(event(*QUESTIONS))) == [
        ("section", "宿舍說明會", "#Dorm26 · 2026 年 11 月 20 日"),
        ("qa", "投票：你住哪一棟？（20 票）", "A 棟：60%\nB 棟：40%"),
        ("qa", "宿舍有網路嗎？", "只有公共 Wi-Fi，晚上很慢。"),
        ("qa", "門禁幾點關？", "晚上 11 點。"),
        ("section", "問題", "可以養貓嗎？"),
    ]


def test_the_same_class_names_on_a_page_slido_did_not_serve_are_left_alone() -> None:
    # the reader's guard: the class names alone, without Slido's assets, make no event
    page = event(*QUESTIONS, assets="https://example.com/main.css")
    assert ("qa", "宿舍有網路嗎？", "只有公共 Wi-Fi，晚上很慢。") not in texts(cut(page))
