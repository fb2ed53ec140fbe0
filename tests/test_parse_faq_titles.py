"""A support page whose FAQ is headed 「Frequently Asked Questions」 in full (Mobitel's Bootstrap accordion, holdout284):
read as a FAQ headed 「FAQ」 or 「常见问题」 is, so the text after its last pair closes the page."""
from __future__ import annotations

from fragments import cut, texts


def support_page(heading: str = "Frequently Asked Questions") -> str:
    """A Mobitel-style support page: the h1, a Bootstrap panel accordion of two questions under the FAQ's h2, and a
    help box after it."""
    panel = ("<div class='panel panel-default'><div class='panel-heading'><h4 class='panel-title'><a data-toggle='collapse'"
             " href='#f{0}'>{1}</a></h4></div><div id='f{0}' class='panel-collapse collapse'><div class='panel-body'>"
             "<p>{2}</p></div></div></div>")
    return ("<html><head><title>Tourist SIM FAQ</title></head><body><main><h1>Tourist SIM FAQ</h1><p>欢迎来到斯里兰卡。</p>"
            f"<h2>{heading}</h2><div class='panel-group accordion' id='faq'>"
            + panel.format(1, "怎么查询余额？", "拨打 #456#。") + panel.format(2, "怎么打回中国？", "拨 00 86。")
            + "</div><div class='help-box'><p>仍需帮助？拨打热线 1717。</p></div></main></body></html>")


def test_the_help_box_after_a_frequently_asked_questions_accordion_answers_none_of_its_questions() -> None:
    # holdout284: the help box after the accordion was a part titled 「Frequently Asked Questions」
    frags = texts(cut(support_page()))
    assert ("qa", "怎么查询余额？", "拨打 #456#。") in frags and ("qa", "怎么打回中国？", "拨 00 86。") in frags
    assert ("section", "Tourist SIM FAQ", "仍需帮助？拨打热线 1717。") in frags
    assert not any(title == "Frequently Asked Questions" for _, title, _ in frags)
