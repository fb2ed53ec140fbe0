"""A Mentimeter presentation's results page, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts


def results(*slides: str, assets: str = "https://static.mentimeter.com/static/css/results.css") -> str:
    """The results page: the app bar, the results header with its meta line, the slide list, the slides, the footer."""
    return ('<!DOCTYPE html><html lang="zh"><head><title>手机课 – Results – Mentimeter</title>'
            f'<link rel="stylesheet" href="{assets}"></head><body><div id="__next"><div class="mm-app-bar" role="banner">'
            '<a class="mm-logo" href="#">Mentimeter</a><nav class="mm-breadcrumbs"><a href="#">My presentations</a></nav>'
            '<button class="mm-btn">Share</button></div><div class="mm-results-header">'
            '<h1 class="mm-results-header__title">手机课</h1><p class="mm-results-header__meta">适应中心 · 2026 年 11 月 15 日 · '
            '38 participants · Voting code 5182 4407</p></div><div class="mm-layout"><aside class="mm-slide-list">'
            '<ol><li>哪张卡</li></ol></aside><main class="mm-results">' + "".join(slides)
            + '</main></div><div class="mm-footer"><span>© 2026 Mentimeter AB</span></div></div></body></html>')


def slide(kind: str, question: str, body: str, note: str = "") -> str:
    extra = f'<p class="mm-slide__note">{note}</p>' if note else ""
    return (f'<section class="mm-slide" data-slide-type="{kind}"><h2 class="mm-slide__question">{question}</h2>'
            f'{body}{extra}</section>')


BARS = ('<ul class="mm-bar-chart"><li><span class="mm-bar__label">不到 1 小时</span><span class="mm-bar__value">6</span></li>'
        '<li><span class="mm-bar__label">5 小时以上</span><span class="mm-bar__value">15</span></li></ul>')
CLOUD = '<ul class="mm-wordcloud"><li data-count="12">语言</li><li data-count="3">排队</li></ul>'
QUESTIONS = ('<ul class="mm-qa-list"><li class="mm-qa-item mm-qa-item--answered"><p class="mm-qa-item__text">'
             '老人能不能用按键机？</p><span class="mm-qa-item__upvotes">▲ 13</span><span class="mm-qa-item__status">'
             'Answered</span><p class="mm-qa-item__answer">可以，按键机能收短信。</p></li><li class="mm-qa-item">'
             '<p class="mm-qa-item__text">平板能办卡吗？</p><span class="mm-qa-item__upvotes">▲ 4</span></li></ul>')


def test_counts_stand_beside_their_labels_and_the_meta_line_is_kept() -> None:
    # read as a page, each bar's label was glued to its count (「不到 1 小时6」), the word cloud's
    # counts and the results header's meta line were lost
    assert texts(cut(results(slide("multiple-choice", "1. 你每月打电话多久？", BARS),
                             slide("wordcloud", "2. 办卡最难的是什么？", CLOUD)))) == [
        ("section", "手机课", "适应中心 · 2026 年 11 月 15 日 · 38 participants · Voting code 5182 4407"),
        ("qa", "你每月打电话多久？", "不到 1 小时：6\n5 小时以上：15"),
        ("qa", "办卡最难的是什么？", "语言：12\n排队：3"),
    ]


def test_a_slide_s_note_stands_apart_from_its_results() -> None:
    # the presenter's note was glued into the poll's results
    frags = texts(cut(results(slide("ranking", "4. 你每月打电话多久？", BARS, note="讲师备注：附加包 990 ₸/月。"))))
    assert frags[1:] == [
        ("qa", "你每月打电话多久？", "不到 1 小时：6\n5 小时以上：15"),
        ("qa", "你每月打电话多久？（讲师备注）", "讲师备注：附加包 990 ₸/月。"),
    ]


def test_the_audience_s_questions_are_qas_without_their_votes() -> None:
    # the questions were glued two by two with their answers and 「▲ 13Answered」 between them
    assert texts(cut(results(slide("qa", "5. 观众提问", QUESTIONS))))[1:] == [
        ("qa", "老人能不能用按键机？", "可以，按键机能收短信。"),
        ("section", "观众提问", "平板能办卡吗？"),
    ]


def test_the_same_class_names_on_a_page_mentimeter_did_not_serve_are_left_alone() -> None:
    # the reader's guard: the class names alone, without Mentimeter's assets, make no results page
    page = results(slide("qa", "5. 观众提问", QUESTIONS), assets="https://example.com/results.css")
    assert ("qa", "老人能不能用按键机？", "可以，按键机能收短信。") not in texts(cut(page))
