"""A wikiHow article as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def step(n: int, summary: str, rest: str) -> str:
    """A step as the skin draws it: its picture, its number badge, its text led by the bold summary."""
    return (f"<li id='step-id-{n}'><div class='mwimg largeimage'><img alt='步骤{n}的图片' src='/images/s{n}.jpg'></div>"
            f"<div class='step_num' aria-label='步骤 {n}'>{n}</div><div class='step'><b class='whb'>{summary}</b>{rest}"
            "<div class='clearall'></div></div></li>")


def page(assets: str = "/extensions/wikihow/common/css/wh_common.css") -> str:
    return ("<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>如何给手机充值 - wikiHow</title>"
            f"<link rel='stylesheet' href='{assets}'></head><body><div id='article'>"
            "<div id='intro' class='section'><h1 class='firstHeading'>如何给手机充值</h1><p>充值有两种办法。</p></div>"
            "<div class='section steps'><h3><div class='altblock'><span>方法</span> <span>1</span></div>"
            "<span class='mw-headline'>在应用里充值</span></h3><div class='section_text'><ol class='steps_list_2'>"
            + step(1, "打开运营商的应用。", "首次使用要用手机号登录。")
            + step(2, "点「充值」并输入金额。", "最低 200 ₸。")
            + "</ol></div></div>"
            "<div id='qa' class='section'><h3><span class='mw-headline'>问答</span></h3><div class='qa_list'>"
            "<div class='qa_li'><div class='qa_q_txt'>充值多久到账？</div><div class='qa_answer'>"
            "<div class='qa_a_txt'>一般一分钟内。</div><div class='qa_aq_author'>社区回答 · 有帮助 12</div></div></div>"
            "<div class='qa_li'><div class='qa_q_txt'>能用外国银行卡吗？</div><div class='qa_answer'>"
            "<div class='qa_a_txt'>Visa 和 Mastercard 都可以。</div><div class='qa_aq_author'>wikiHow员工 · 有帮助 8</div></div></div>"
            "</div><div id='qa_ask'><textarea placeholder='提问'></textarea><button>提交</button></div></div>"
            "<div id='sources_section' class='section'><h3><span class='mw-headline'>参考</span></h3>"
            "<ol class='references'><li>↑ https://example.kz</li></ol></div></div></body></html>")


def test_steps_are_titled_by_their_bold_summary_under_the_method_name():
    assert texts(cut(page()))[1:3] == [
        ("step", "打开运营商的应用", "打开运营商的应用。首次使用要用手机号登录。"),
        ("step", "点「充值」并输入金额", "点「充值」并输入金额。最低 200 ₸。"),
    ]
    assert all(f.path[-1] == "在应用里充值" for f in cut(page())[1:3])


def test_questions_are_pairs_without_credits_and_the_sources_go():
    frags = cut(page())
    assert texts(frags)[3:] == [
        ("qa", "充值多久到账？", "一般一分钟内。"),
        ("qa", "能用外国银行卡吗？", "Visa 和 Mastercard 都可以。"),
    ]
    assert "有帮助" not in all_text(frags) and "example.kz" not in all_text(frags)


def test_a_page_without_the_skin_is_left_alone():
    assert "参考" in all_text(cut(page(assets="/css/site.css")))
