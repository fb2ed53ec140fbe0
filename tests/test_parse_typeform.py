"""A Typeform form as the browser saves the rendered form: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def form(block_type_attr: str = "data-block-type") -> str:
    return ("<html><head><title>报名</title></head><body class='typeform-renderer'><main data-qa='form-container'>"
            "<section class='screen welcome-screen' data-qa='welcome-screen'>"
            "<h1 data-qa='welcome-screen-title'>志愿者报名</h1><p>本表单约 6 分钟。</p>"
            "<button data-qa='start-button'>开始</button>"
            "<div class='welcome-screen__time' data-qa='time-to-complete'>⏱ Takes 6 minutes</div></section>"
            f"<section class='screen statement' data-qa='question-wrapper' {block_type_attr}='statement'>"
            "<div class='question-number'>1 →</div><h2 class='block-title'>短信验证码</h2>"
            "<div class='block-description'><p>验证码有效期 5 分钟。</p></div></section>"
            f"<section class='screen question' data-qa='question-wrapper' {block_type_attr}='phone_number'>"
            "<div class='question-number'>2 →</div><h2 class='block-title'>你的手机号 *</h2>"
            "<div class='phone-input'><span class='country-flag'>🇰🇿 +7</span><input type='tel'></div></section>"
            f"<section class='screen question' data-qa='question-wrapper' {block_type_attr}='multiple_choice'>"
            "<div class='question-number'>3 →</div><h2 class='block-title'>你想参加哪些班次？</h2>"
            "<ul class='choices'><li data-qa='choice'><span class='choice__key'>A</span>3 月 21 日 上午班</li>"
            "<li data-qa='choice'><span class='choice__key'>B</span>3 月 22 日 全天</li></ul></section>"
            f"<section class='screen statement' data-qa='question-wrapper' {block_type_attr}='statement'>"
            "<div class='question-number'>4 →</div><h2 class='block-title'>签到</h2>"
            "<div class='block-description'><p>提前 30 分钟签到。</p></div></section>"
            "</main></body></html>")


def test_a_typeform_forms_numbers_time_line_and_input_questions_are_no_text() -> None:
    # holdout126: 「1 →」… glued under the fragment before each screen, 「⏱ Takes 6 minutes」 kept, the phone
    # question a section of 「🇰🇿 +7」 and the choice question a Q&A answered by 「A3 月 21 日 上午班」
    assert texts(cut(form())) == [
        ("section", "志愿者报名", "本表单约 6 分钟。"),
        ("section", "短信验证码", "验证码有效期 5 分钟。"),
        ("section", "签到", "提前 30 分钟签到。")]


def test_a_page_without_typeforms_block_types_is_left_alone() -> None:
    assert "Takes 6 minutes" in texts(cut(form("data-kind")))[0][2]
