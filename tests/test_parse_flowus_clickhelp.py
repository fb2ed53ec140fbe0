"""FlowUs shared pages and ClickHelp topics, saved by the browser (holdout294), and the pages that draw list markers
the same way (Babilon's steps, holdout291; Tencent Docs saved without its page content, holdout293): what a reader
gets from them, fragment by fragment. Both are read by generic rules (`clean._numbered_blocks`,
`clean._accordions_to_details`), not by site readers."""
from __future__ import annotations

from fragments import all_text, cut, texts


def flowus_block(kind: str, marker: str, text: str) -> str:
    """One FlowUs list block: its wrapper, the block, the marker drawn in a div of its own, then the text."""
    dot = " class='dot'" if marker == "•" else ""
    return (f"<div class='block-wrapper' data-block-id='x'><div class='block {kind}-list-block'><div class='list-marker'>"
            f"<span{dot}>{marker}</span></div><div class='block-content rich-text'>{text}</div></div></div>")


def flowus_page() -> str:
    """A FlowUs page: a bulleted list, a numbered list of three steps, then a paragraph."""
    return ("<html><body><main><h1 class='page-title'>团长守则</h1><div class='page-content'>"
            "<div class='block-wrapper'><div class='block heading-2-block'><h2>开通条件</h2></div></div>"
            + flowus_block("bulleted", "•", "至少 3 平方米空间；") + flowus_block("bulleted", "•", "押金 500 元。")
            + "<div class='block-wrapper'><div class='block heading-2-block'><h2>到货流程</h2></div></div>"
            + flowus_block("numbered", "1.", "13:30 司机送货到点。") + flowus_block("numbered", "2.", "点「一键到货通知」。")
            + flowus_block("numbered", "3.", "21:00 收点前登记滞留。")
            + "<div class='block-wrapper'><div class='block text-block'><div class='block-content'>有疑问问运营。</div>"
            "</div></div></div></main></body></html>")


def test_flowus_numbered_list_blocks_are_steps_in_order() -> None:
    # holdout294: each 「1.」 … marker a line of its own over its step's text, the five steps one section fragment
    frags = texts(cut(flowus_page()))
    assert [f for f in frags if f[0] == "step"] == [
        ("step", "13:30 司机送货到点", "13:30 司机送货到点。"), ("step", "点「一键到货通知」", "点「一键到货通知」。"),
        ("step", "21:00 收点前登记滞留", "21:00 收点前登记滞留。")]
    assert ("section", "到货流程", "有疑问问运营。") in frags


def test_flowus_bulleted_list_blocks_lose_their_drawn_bullets() -> None:
    # holdout294: every 「•」 marker was a line of its own before its item
    frags = texts(cut(flowus_page()))
    assert ("section", "开通条件", "至少 3 平方米空间；\n押金 500 元。") in frags
    assert "•" not in all_text(cut(flowus_page()))


def test_bare_number_badges_beside_their_steps_text_are_steps() -> None:
    # holdout291: Babilon's div.steps, each item a bare 「1」 span beside its text, was one section of numbered lines
    item = "<div class='steps__item'><span class='steps__num'>{}</span><div class='steps__text'>{}</div></div>"
    page = ("<html><body><main><h1>漫游</h1><h2>如何开通</h2><div class='steps'>" + item.format(1, "拨打 *111*3#。")
            + item.format(2, "重启手机。") + "</div></main></body></html>")
    assert texts(cut(page)) == [("step", "拨打 *111*3#", "拨打 *111*3#。"), ("step", "重启手机", "重启手机。")]


def test_bullets_drawn_in_a_span_before_their_text_runs_are_a_list() -> None:
    # holdout293: Tencent Docs saved without its melo-page-content (its reader does not run) kept each 「•」 glued to
    # its line (「•結帳時先扣贈送金，再扣本金。」)
    para = ("<div class='melo-para melo-list' data-list-type='bullet'><span class='melo-list-marker'>•</span>"
            "<span class='melo-text'>{}</span></div>")
    page = ("<html><body><main><h1>會員卡規定</h1><h2>使用規則</h2>" + para.format("先扣贈送金，再扣本金。")
            + para.format("會員卡僅限本人使用。") + "</main></body></html>")
    assert texts(cut(page)) == [("section", "使用規則", "先扣贈送金，再扣本金。\n會員卡僅限本人使用。")]


def test_a_lone_bullet_or_numbers_out_of_order_are_left_as_they_are() -> None:
    # a separator dot before one line, or badges 1, 3 (no run counting up), is no list
    page = ("<html><body><main><h1>说明</h1><div class='meta'><span>•</span><span>更新于 2026-11-20</span></div>"
            "<div><span>1</span><div>第一条很长的说明。</div></div><div><span>3</span><div>第三条很长的说明。</div></div>"
            "</main></body></html>")
    assert not [f for f in texts(cut(page)) if f[0] == "step"]


def test_stat_cards_and_a_by_line_s_dots_are_no_list() -> None:
    # a bare figure over its words is a stat card's (「1 年质保」), a 「·」 before a name a by-line's: without a class
    # calling the badge a marker (num, step, marker, bullet, dot…), they keep their own text
    page = ("<html><body><article><h1>售后</h1><p>本店承诺：</p>"
            "<div class='stat'><span class='big'>1</span><p>年质保</p></div>"
            "<div class='stat'><span class='big'>2</span><p>次免费换新</p></div>"
            "<p>值班客服：</p><div class='staff'><span>·</span><p>张三</p></div>"
            "<div class='staff'><span>·</span><p>李四</p></div></article></body></html>")
    frags = cut(page)
    assert [f.type for f in frags] == ["section"]
    assert "1\n年质保\n2\n次免费换新" in frags[0].text and "·\n张三" in frags[0].text


def test_clickhelp_expandable_blocks_are_qa_pairs() -> None:
    # holdout294: ClickHelp's ch-expandable FAQ, its three questions and answers glued into one 「常见问题」 section
    pair = ("<div class='ch-expandable'><div class='ch-expandable-header' role='button'>{}</div>"
            "<div class='ch-expandable-content'><p>{}</p></div></div>")
    page = ("<html><body><main><h1>联网与固件升级</h1><h2>常见问题</h2>" + pair.format("秤显示 E-31 是什么意思？", "连不上 HT Cloud。")
            + pair.format("可以降级吗？", "不能低于 V3.0.0。") + "</main></body></html>")
    assert texts(cut(page)) == [("qa", "秤显示 E-31 是什么意思？", "连不上 HT Cloud。"), ("qa", "可以降级吗？", "不能低于 V3.0.0。")]
