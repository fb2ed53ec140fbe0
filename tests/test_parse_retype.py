"""A Retype documentation page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts

# Retype 3: the generator meta, the text in <main> with h2 header anchors, a FAQ's 问/答 paragraphs, a !!!warning
# callout after the last answer, then the edit link, Previous / Next and 「Last updated」
PAGE = (
    "<html><head><meta name='generator' content='{generator}'><title>疫苗提醒短信 | 宠物诊所</title></head><body>"
    "<main id='retype-main'><h1 id='t'>疫苗提醒短信</h1><p>诊所会在疫苗到期前发短信提醒。</p>"
    "<h2 id='faq'>常见问题<a class='header-anchor' href='#faq'>#</a></h2>"
    "<p><strong>问：在国外漫游时也能收到吗？</strong></p><p>答：能收到，接收短信不收费。</p>"
    "<div class='doc-callout doc-callout-warning'><div class='doc-callout-title'>Warning</div>"
    "<p>诊所不会通过短信要您付款。</p></div>"
    "<div class='retype-edit-link'><a href='https://github.com/x/docs/edit/main/a.md'>Edit this page</a></div>"
    "<div class='retype-last-updated'>Last updated 2026-10-02</div></main></body></html>")


def test_a_retype_callout_after_the_last_answer_is_a_passage_of_its_own_without_the_edit_link() -> None:
    # holdout102: the warning callout and 「Edit this page」 were glued into the last answer
    assert texts(cut(PAGE.format(generator="Retype 3.6.0"))) == [
        ("section", "疫苗提醒短信", "诊所会在疫苗到期前发短信提醒。"),
        ("qa", "在国外漫游时也能收到吗？", "能收到，接收短信不收费。"),
        ("section", "常见问题", "诊所不会通过短信要您付款。")]


def test_a_page_another_generator_wrote_keeps_its_callout_with_the_text_before_it() -> None:
    frags = cut(PAGE.format(generator="Hugo 0.120"))
    assert "诊所不会通过短信要您付款。" in frags[-1].text and frags[-1].type == "qa"
