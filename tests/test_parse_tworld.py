"""An SK Telecom T world support page, saved by the browser: the generic rules its markup needed (a breadcrumb
<ol> in a box named for no breadcrumb, step badges 「STEP 1」 in an <ol>, a Korean 「was this helpful」 bar)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def tworld_page(current: str = " aria-current='page'") -> str:
    """A support page: the location breadcrumb, a part of text, a STEP-badged procedure, the rating bar."""
    return ("<html><head><title>baro 로밍 패스 | T world</title></head><body><div class='container'>"
            "<div class='location'><ol><li><a href='/'>홈</a></li><li><a href='/support'>고객지원</a></li>"
            f"<li{current}>baro 로밍 패스</li></ol></div><div class='cont-area'><h2>baro 로밍 패스使用指南</h2>"
            "<div class='cont-box'><h3>是什么</h3><p>按天数计费的漫游流量套餐。</p></div>"
            "<div class='cont-box'><h3>申请方法</h3><ol class='step-list'><li><span class='num'>STEP 1</span>打开"
            "「T world」App。</li><li><span class='num'>STEP 2</span>选择「baro 로밍 패스」。</li></ol></div>"
            "<div class='satisfy-area'><p class='tit'>이 정보가 도움이 되었나요?</p><div class='btns'><button>예</button>"
            "<button>아니요</button></div></div></div></div></body></html>")


def test_a_breadcrumb_ol_ending_in_the_current_page_is_no_procedure() -> None:
    # holdout260: 홈 / 고객지원 / … were four steps of a procedure 「T world」
    frags = texts(cut(tworld_page()))
    assert frags[0][1] != "홈" and "고객지원" not in all_text(cut(tworld_page()))
    assert [kind for kind, _, _ in frags].count("step") == 2


def test_an_ol_without_the_current_page_is_read_as_it_was() -> None:
    assert "고객지원" in all_text(cut(tworld_page(current="")))


def test_step_badges_leave_the_steps_titles_and_the_korean_rating_bar_goes() -> None:
    # holdout260: steps titled 「STEP 1打开…」; 「이 정보가 도움이 되었나요?」 glued to the last answer
    frags = texts(cut(tworld_page()))
    assert ("step", "打开「T world」App", "打开「T world」App。") in frags
    assert ("step", "选择「baro 로밍 패스」", "选择「baro 로밍 패스」。") in frags
    assert "도움이" not in all_text(cut(tworld_page()))
