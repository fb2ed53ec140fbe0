"""人人秀 (rrx.cn) H5 event pages, saved by the browser: what a reader gets from them, fragment by fragment (read by
the generic rules: no site reader)."""
from __future__ import annotations

from fragments import all_text, cut, texts

RRX = "https://static.rrx.cn/h5/viewer/v3.8.2/js/viewer.js"


def slide(number: int, heading: str, paragraphs: str) -> str:
    """One swiper slide of ele-text boxes: an h2 box, then a box of paragraphs."""
    return (f"<section class='swiper-slide page page-{number}' data-page='{number}'><div class='ele ele-text'><div "
            f"class='text-content'><h2>{heading}</h2></div></div><div class='ele ele-text'><div class='text-content'>"
            f"{paragraphs}</div></div></section>")


def rrx_page() -> str:
    """An event page: a slide of numbered rules, one of 第一步… steps, the footer logo and the report link."""
    return ("<html><head><title>以旧换新</title></head><body class='rrx-viewer'><div id='app' class='h5-wrapper'>"
            "<div class='swiper-container page-swiper'><div class='swiper-wrapper'>"
            + slide(1, "活动规则", "<p>1. 旧手机按回收评估价折价，另加门店补贴。</p><p>2. 每位顾客凭一本护照限换 1 台。</p>"
                                  "<p>3. 新机须在本店购买并当场激活。</p>")
            + slide(2, "参与流程", "<p>第一步：在本页底部填写报名表。</p><p>第二步：到店出示核销码和护照。</p>")
            + "</div></div><div class='rrx-footer-logo'><a href='https://www.rrx.cn/?from=h5footer'>人人秀提供技术支持</a>"
            "</div><div class='report-btn'><a href='https://www.rrx.cn/report?id=8YzQ2kLpA7'>举报</a></div></div>"
            f"<script src='{RRX}'></script></body></html>")


def test_an_events_numbered_rules_are_lines_of_its_part_not_steps() -> None:
    # holdout267: 「活动规则」's 1.–4. rules were the steps 1/4 … 4/4 of a procedure 「活动规则」
    frags = texts(cut(rrx_page()))
    assert frags[0] == ("section", "活动规则", "旧手机按回收评估价折价，另加门店补贴。\n每位顾客凭一本护照限换 1 台。\n"
                        "新机须在本店购买并当场激活。")
    assert [kind for kind, _, _ in frags] == ["section", "step", "step"]


def test_a_rule_heading_over_a_lead_in_naming_steps_still_has_steps() -> None:
    # a quiz 「…押金、USSD 和比赛规则」 whose lead-in 「用手机订场的步骤：」 names the list's steps
    page = ("<html><body><main><h1>订场小测验：押金和比赛规则</h1><p>用手机订场的步骤：</p><ol><li>拨打 *8080#。</li>"
            "<li>输入日期和开始时间。</li></ol></main></body></html>")
    assert [kind for kind, _, _ in texts(cut(page))] == ["step", "step"]


def test_the_report_link_box_is_gone() -> None:
    # holdout267: 「举报」 (div.report-btn around its bare link) closed the page's last passage
    text = all_text(cut(rrx_page()))
    assert "举报" not in text and "技术支持" not in text
    assert texts(cut(rrx_page()))[-1][2] == "第二步：到店出示核销码和护照。"
