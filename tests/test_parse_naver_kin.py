"""Naver 지식iN question pages in the layout saved without og:site_name (the answer's text in
.c-heading-answer__body, the asker's thanks under the chosen answer), saved by the browser: what a reader gets from
them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

KIN = "https://ssl.pstatic.net/static.kin/static/pc/20261112/css/kin_pc_qna.css"


def _answer(number: int, writer: str, text: str, chosen: bool = False, thanks: str = "") -> str:
    """An answer as this layout draws one: 「질문자 채택」 on the chosen one, 「N번째 답변」 over the answerer's line
    (name, 님 답변, grade, rate), the SmartEditor text, the date with 추천 / 신고, the asker's thanks."""
    return (f"<div class='answer-content__item _contentWrap _answer' id='answer_{number}'>"
            + ("<div class='adopt-check-box'><span class='badge__adopt'>질문자 채택</span></div>" if chosen else "")
            + f"<div class='c-heading-answer'><div class='c-heading-answer__title'><span class='title'>{number}번째 답변"
            f"</span></div><div class='c-heading-answer__content-user'><a class='profile_link' href='#'>{writer}</a> 님 "
            "답변 <span class='badge_grade'>고수</span> <span class='info'>답변채택률 87.4%</span></div></div><div "
            f"class='c-heading-answer__body'><div class='se-main-container'>{text}</div></div><div "
            "class='c-heading-answer__info'><span class='answer_date'>2026.10.08</span> <button class='button_like'>추천 "
            "<em>42</em></button> <button class='button_report'>신고</button></div>"
            + (f"<div class='c-heading-answer__author-comment'><strong>질문자 인사</strong> {thanks}</div>" if thanks
               else "") + "</div>")


def kin_page(assets: str = KIN) -> str:
    """A 지식iN question page of this layout: skip link, header, the question with 내공 and its meta line, three
    answers (the first chosen, thanked), the aside."""
    return ("<html lang='ko'><head><title>首尔办预付卡？ : 지식iN</title>"
            f"<link rel='stylesheet' href='{assets}'></head><body><div id='u_skip'><a href='#au_content'>본문 바로가기"
            "</a></div><div id='header'><h1 class='logo'><a>NAVER</a><a>지식iN</a></h1></div><div id='content'><div "
            "class='question-content' id='au_content'><div class='c-heading _questionContentsArea'><div "
            "class='c-heading__title'><div class='c-heading__title-inner'><div class='title'>首尔办预付卡？</div><span "
            "class='c-heading__badge'>내공 50</span></div></div><div class='c-heading__content'>没有登录证能办吗？<br>"
            "谢谢！</div><div class='c-userinfo'><span class='c-userinfo__author'>비공개</span> <span "
            "class='c-userinfo__info'>작성일 2026.10.08</span> <span class='c-userinfo__info'>조회수 1,284</span></div>"
            "</div></div><div class='answer-content'><div class='answer-content__list _answerList'>"
            + _answer(1, "유심박사", "<p class='se-text-paragraph'>用护照就能开通。</p>", chosen=True, thanks="太详细了！谢谢！")
            + _answer(2, "seoul_liuxue", "<p class='se-text-paragraph'>以后可以换后付费。</p>")
            + _answer(3, "mobile_kr****", "<p class='se-text-paragraph'>学生证不能代替护照。</p>")
            + "</div></div></div><div id='aside'><h3>지식iN 인기 질문</h3></div></body></html>")


def test_each_kin_answer_is_its_own_part_the_first_answering_the_question_with_the_askers_thanks() -> None:
    # holdout259: cut by length under the question's title, the first answer glued to the question with the skip
    # link, 내공, the meta line and the card, answers 2 and 3 one passage with their cards and dates, the thanks lost
    assert texts(cut(kin_page())) == [
        ("section", "首尔办预付卡？", "没有登录证能办吗？\n谢谢！"),
        ("qa", "首尔办预付卡？（回复）", "用护照就能开通。\n질문자 인사：太详细了！谢谢！"),
        ("section", "seoul_liuxue的回答", "以后可以换后付费。"),
        ("section", "mobile_kr****的回答", "学生证不能代替护照。")]
    text = all_text(cut(kin_page()))
    for chrome in ("본문 바로가기", "내공", "작성일", "조회수", "번째 답변", "답변채택률", "추천", "2026.10.08"):
        assert chrome not in text


def test_kin_classes_on_another_sites_page_make_no_thread() -> None:
    assert "본문 바로가기" in all_text(cut(kin_page(assets="/css/site.css")))
