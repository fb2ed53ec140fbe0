"""An Apple Support article, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def article(site: str = "Apple Support") -> str:
    """An article: its wrapper (classed mod-date too), the h1, an FAQ section, the date line, then the community and
    contact boxes."""
    return (f"<html><head><meta property='og:site_name' content='{site}'></head><body><main>"
            "<div id='howto-section' class='mod-date'><div id='content' class='content-section'>"
            "<h1 class='gb-header'>使用私密轉送</h1><div class='intro'><p class='gb-paragraph'>私密轉送是 iCloud+ 的功能。</p></div>"
            "<section class='section section-content'><h2 class='gb-header'>常見問題</h2>"
            "<h3 class='gb-header'>會多用行動數據嗎？</h3><p class='gb-paragraph'>會多一點點。</p></section>"
            "<div class='mod-date'><span class='note'>發佈日期：</span><time datetime='2026-09-22'>2026 年 9 月 22 日</time>"
            "</div></div></div><section class='community-question-wrapper'><div class='community-question'>向社群詢問問題"
            "<p>從其他用戶處取得協助。</p></div></section><section class='contact-support'><div>聯絡 Apple 支援"
            "<p>需要協助？透過電話、聊天或電子郵件與 Apple 支援聯絡。</p></div></section></main></body></html>")


def test_an_apple_support_article_ends_with_its_last_answer() -> None:
    # holdout213: the date line 「發佈日期：…」 and the community and contact boxes were glued to the last FAQ answer
    assert texts(cut(article())) == [("section", "使用私密轉送", "私密轉送是 iCloud+ 的功能。"),
                                     ("qa", "會多用行動數據嗎？", "會多一點點。")]


def test_apples_markup_on_a_page_apple_support_does_not_name_is_read_as_it_was() -> None:
    assert "聯絡 Apple 支援" in all_text(cut(article(site="Apple 代理商")))
