"""당근 (Daangn, Karrot) 중고거래 listings, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

DAANGN = "https://www.daangn.com/assets/karrot-web.6b21e.css"


def daangn_page(css: str = DAANGN) -> str:
    """A Daangn listing: header, the seller's card, title, category line with its bump time, price, the seller's
    text with one h2 part, counts and buttons, two boxes of other listings."""
    others = "<section class='hot-articles'><h3>{}</h3><ul><li><a href='/kr/buy-sell/1/'>{}</a></li></ul></section>"
    return (f"<html><head><title>二手 iPhone 12 | 당근 중고거래</title><link rel='stylesheet' href='{css}'></head>"
            "<body><div id='main-app'><header><nav class='header-nav'><a href='/kr/buy-sell/'>중고거래</a>"
            "<a href='/kr/realty/'>부동산</a></nav></header><main class='article-page'>"
            "<section class='article-profile'><a class='profile-link' href='/kr/users/u1/'>"
            "<div class='profile-left'><div class='profile-nickname'>아스타나사람</div>"
            "<div class='profile-region'>고잔동</div></div></a><div class='profile-right'><dl class='manner-temp'>"
            "<dt>매너온도</dt><dd class='temp-text'>37.5°C</dd></dl></div></section>"
            "<section class='article-description'><h1 class='article-title'>二手 iPhone 12，电池 85%</h1>"
            "<p class='article-category'><a href='/kr/buy-sell/?category=디지털기기'>디지털기기</a> · "
            "<time datetime='2026-11-22T10:12:00+09:00'>끌올 2일 전</time></p>"
            "<p class='article-price'>250,000원</p><div class='article-detail'><p>回国前卖掉，可以当面交易。</p>"
            "<h2>能不能用</h2><p>KT 和 SKT 的卡都能用。</p></div>"
            "<p class='article-counts'>관심 3 · 채팅 1 · 조회 88</p><div class='article-actions'>"
            "<a class='btn-chat' href='/chat'>채팅하기</a></div></section>"
            + others.format("아스타나사람님의 판매 상품", "에어팟 프로 · 90,000원")
            + others.format("이 글과 함께 봤어요", "갤럭시 S21 · 180,000원 · 선부동")
            + "</main></div></body></html>")


def test_daangn_price_category_and_place_one_line_without_the_seller_card_or_other_listings() -> None:
    # holdout229: the seller's card opened the first part (nick, 동, 「매너온도」, 「38.4°C」), the category line kept its
    # bump time, the price stood alone, and the seller's other items were a part of their own
    assert texts(cut(daangn_page())) == [
        ("section", "二手 iPhone 12，电池 85%", "250,000원 · 디지털기기 · 고잔동\n回国前卖掉，可以当面交易。"),
        ("section", "能不能用", "KT 和 SKT 的卡都能用。")]


def test_daangn_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "매너온도" in all_text(cut(daangn_page(css="/css/app.css")))
