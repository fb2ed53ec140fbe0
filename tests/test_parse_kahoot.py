"""A Kahoot! details page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def card(kind: str, question: str, choices: list[str], right: int) -> str:
    items = "".join(f"<li class='choice{' choice--correct' if k == right else ''}'>{choice}</li>"
                    for k, choice in enumerate(choices))
    return (f"<div class='question-card'><div class='question-card__Meta'><span class='question-type'>{kind}</span>"
            f"<span class='time-limit'>20 秒</span></div><h3 class='question-card__Title'>{question}</h3>"
            f"<ul class='choices'>{items}</ul></div>")


# Kahoot: its assets, the header (title, stats spans, creator line, buttons, description), the question list
PAGE = (
    "<html><head><title>订场小测验 - Kahoot!</title>"
    "<link rel='stylesheet' href='{assets}/builder/v2/static/css/main.css'></head><body>"
    "<main class='kahoot-details__Wrapper'><section class='kahoot-details__Header'>"
    "<h1 class='kahoot-details__Title'>订场小测验</h1><div class='kahoot-details__Stats'><span>46 收藏</span>"
    "<span>1,903 次游戏</span></div><div class='kahoot-details__Creator'><a href='/profile/Arena'>Arena</a>"
    "<span class='verified-badge'>已验证</span><span class='updated'>更新于 2026年10月8日</span></div>"
    "<div class='kahoot-details__Description'><p>押金 15 000 ₸，比赛后退回。</p></div></section>"
    "<section class='question-list__Wrapper'><h2 class='question-list__Heading'>问题（2）</h2>"
    + card("测验", "1 - 用手机订场要拨哪个代码？", ["*100#", "*8080# 然后选 1", "发短信到 8080"], 1)
    + card("判断题", "2 - 押金会退回到话费余额里", ["正确", "错误"], 0)
    + "</section></main></body></html>")


def test_a_kahoot_question_is_answered_by_its_right_choice_alone() -> None:
    frags = cut(PAGE.replace("{assets}", "https://assets-cdn.kahoot.it"))
    assert texts(frags) == [
        ("section", "订场小测验", "押金 15 000 ₸，比赛后退回。"),
        ("qa", "用手机订场要拨哪个代码？", "*8080# 然后选 1"),
        ("section", "押金会退回到话费余额里", "正确"),
    ]
    every = all_text(frags)
    for chrome in ("收藏", "已验证", "判断题", "20 秒", "发短信到 8080"):
        assert chrome not in every


def test_the_same_cards_on_a_page_not_loading_kahoot_assets_are_left_alone() -> None:
    frags = cut(PAGE.replace("{assets}", "https://example.com"))
    assert "发短信到 8080" in all_text(frags)
