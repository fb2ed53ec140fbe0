"""Auction.co.kr item pages (Gmarket's VIP template in Korean), saved by the browser: what a reader gets from them,
fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def auction_page() -> str:
    """An item page: the header's logo h1, the item's head (shop, h1, prices), the tab bar, a description, a review
    under the summary, a question answered by the seller."""
    return ("<html><head><title>키즈폰 KW-7 - 옥션</title></head><body><div id='header' class='header'>"
            "<h1 class='logo'><a href='/'><img src='logo.png' alt='옥션'></a></h1></div><div id='content'>"
            "<div class='item-topinfo'><p class='shoptit'><a>키즈스마트 공식스토어</a></p>"
            "<h1 class='itemtit'>키즈폰 KW-7 儿童4G电话手表</h1><div class='price_wrap'><span class='price_sale'>22%"
            "</span><del class='price_original'>189,000원</del><strong class='price_real'>147,400<span>원</span>"
            "</strong></div></div><ul class='vip-tabnavi'><li><a href='#d'>상품정보</a></li><li><a href='#r'>상품평</a>"
            "</li></ul><div class='vip-detailarea'><h3>产品简介</h3><p>插一张 Nano SIM 卡就能打电话。</p></div>"
            "<div id='reviewSection' class='vip-reviewarea'><h2 class='vip-tabtit'>상품평 <span>(212)</span></h2>"
            "<div class='review_summary'><strong>4.6</strong><span>/5</span> 아주 만족 81%</div>"
            "<ul class='list__review'><li class='list-item'><div class='box__info'><span class='text__writer'>sun***"
            "</span><span class='text__date'>2026.11.02</span><span class='text__option'>핑크 / 본체 단품</span></div>"
            "<div class='box__star'><span class='blind'>별점 5점</span></div><p class='text__review'>定位很准。</p>"
            "</li></ul></div><div id='qnaSection' class='vip-qnaarea'><h2 class='vip-tabtit'>Q&amp;A <span>(37)</span>"
            "</h2><ul class='list__qna'><li><p class='qna-q'><span class='badge'>Q</span> 保修多久？</p>"
            "<p class='qna-a'><span class='badge'>A</span> 판매자 답변: 本体保修 1 年。</p></li></ul></div></div>"
            "</body></html>")


def test_an_auction_item_is_titled_by_its_h1_over_one_price_line() -> None:
    # holdout262: the logo's empty h1 titled the item's head (an empty title), the prices ran together
    frags = texts(cut(auction_page()))
    assert frags[0] == ("section", "키즈폰 KW-7 儿童4G电话手表", "키즈스마트 공식스토어\n22% · 189,000원 · 147,400원")


def test_each_auction_review_is_a_part_by_its_writer_and_each_question_a_qa() -> None:
    # holdout262: the writer, date and option were one word under the summary and 「별점 5점」; the questions one passage
    frags = texts(cut(auction_page()))
    assert ("section", "sun***", "2026.11.02 · 핑크 / 본체 단품\n定位很准。") in frags
    assert ("qa", "保修多久？", "本体保修 1 年。") in frags
    text = all_text(cut(auction_page()))
    assert "별점" not in text and "아주 만족" not in text and "판매자 답변" not in text
