"""A Quizlet study set as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def card(term: str, definition: str) -> str:
    return ("<div class='SetPageTerms-term'><div class='SetPageTerm-wordText'><span class='TermText lang-ru'>"
            f"{term}</span></div><div class='SetPageTerm-definitionText'><span class='TermText lang-zh-TW'>{definition}"
            "</span></div></div>")


# Quizlet: its assets, the set's title and rating, the study modes, the creator's line over the description,
# the list's heading over the cards (terms, pre-wrapped definitions), Share / Print, the other sets to study
PAGE = (
    "<html><head><title>門市俄語 Flashcards | Quizlet</title>"
    "<link rel='stylesheet' href='{assets}/a/j/dist/app/i/SetPage.css'></head><body><main class='SetPage'>"
    "<div class='SetPageHeader'><h1 class='SetPageHeader-title'>門市俄語</h1>"
    "<div class='SetPageHeader-rating'>★ 4.8 (37 reviews)</div></div>"
    "<div class='SetPageModes'><a>Flashcards</a><a>Learn</a></div><div class='SetPageInformation'>"
    "<div class='UserLink'>Created by <a href='/user/tw/'>tw_students</a> · Teacher</div>"
    "<p class='SetPageInformation-description'>去門市時最常聽到的俄語。</p></div>"
    "<h2 class='SetPageTerms-header'>Terms in this set (4)</h2><section class='SetPageTerms-termsList'>"
    + card("Пополнить баланс", "儲值話費。最低儲值 200 ₸。")
    + card("Мобильный перевод", "轉話費給別人。Beeline 撥 *145*門號*金額#。")
    + card("Как пополнить через терминал", "終端機儲值的步驟：\n1. 點「Мобильная связь」；\n2. 放入紙鈔。")
    + card("問：寒假回台灣，門號怎麼保留？", "答：每 90 天儲一次值就不會被收回。")
    + "</section><div class='SetPageFooter'><a>Share</a> <a>Print</a></div>"
    "<section class='SetPageStudiers'><h3>Students also studied</h3><ul><li>Russian numbers 1–100</li></ul></section>"
    "</main></body></html>")


def test_a_quizlet_set_is_a_part_a_card_titled_by_its_term() -> None:
    frags = cut(PAGE.replace("{assets}", "https://assets.quizlet.com"))
    assert texts(frags) == [
        ("section", "門市俄語", "去門市時最常聽到的俄語。"),
        ("section", "Пополнить баланс", "儲值話費。最低儲值 200 ₸。"),
        ("section", "Мобильный перевод", "轉話費給別人。Beeline 撥 *145*門號*金額#。"),
        ("section", "Как пополнить через терминал", "終端機儲值的步驟："),
        ("step", "點「Мобильная связь」", "點「Мобильная связь」；"),
        ("step", "放入紙鈔", "放入紙鈔。"),
        ("qa", "寒假回台灣，門號怎麼保留？", "每 90 天儲一次值就不會被收回。"),
    ]
    every = all_text(frags)
    for chrome in ("Created by", "Terms in this set", "Students also studied", "Russian numbers"):
        assert chrome not in every


def test_the_same_cards_on_a_page_not_loading_quizlet_assets_are_left_alone() -> None:
    frags = cut(PAGE.replace("{assets}", "https://example.com"))
    assert "Terms in this set (4)" in all_text(frags)
