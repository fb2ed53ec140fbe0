"""A Tango how-to guide as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

# Tango: og:site_name, the workflow meta, h1, a header block with a paragraph and a table under its h2, a header
# block holding only its h2 over the steps (step cards: number, title, screenshot), a warning alert, the sidebar
PAGE = (
    "<html><head><meta property='og:site_name' content='{site}'><title>取鞋短信 | Tango</title></head>"
    "<body><div id='__next'><main class='workflow-page'>"
    "<div class='workflow-meta'><span class='workflow-meta__author'>Created by A.</span>"
    "<span class='workflow-meta__steps'>2 steps</span></div>"
    "<h1 class='workflow-title'>取鞋短信</h1>"
    "<section class='step-block step-block--header'><h2 class='header-block__title'>一、短信长什么样</h2>"
    "<p class='header-block__text'>短信里的 4 位数字是取件码。</p>"
    "<table class='header-block__table'><thead><tr><th>项目</th><th>价格</th></tr></thead>"
    "<tbody><tr><td>换鞋跟</td><td>1 500 ₸</td></tr></tbody></table></section>"
    "<section class='step-block step-block--header'><h2 class='header-block__title'>二、到店取鞋</h2></section>"
    "<ol class='workflow-steps'>"
    "<li class='step-card' data-step='1'><div class='step-card__number'>1</div><div class='step-card__body'>"
    "<p class='step-card__title'>打开 App，点击 <span class='click-target'>Мои заказы</span></p>"
    "<figure class='step-card__screenshot'><img src='s1.png' alt='Screenshot'></figure></div></li>"
    "<li class='step-card' data-step='2'><div class='step-card__number'>2</div><div class='step-card__body'>"
    "<p class='step-card__title'>报出取件码</p></div></li></ol>"
    "<section class='step-block step-block--alert step-block--warning'>"
    "<p class='alert-block__text'>⚠️ 免费保管 30 天。</p></section>"
    "</main><aside class='workflow-sidebar'><h3>Steps</h3><ul><li>打开 App</li></ul></aside></div></body></html>")


def test_a_tango_header_block_keeps_its_text_and_table_and_an_alert_loses_its_pictograph() -> None:
    # holdout114: the header block's paragraph and table went as a page header's, and its part with them
    assert texts(cut(PAGE.format(site="Tango"))) == [
        ("section", "短信长什么样", "短信里的 4 位数字是取件码。\n项目 | 价格\n换鞋跟 | 1 500 ₸"),
        ("step", "打开 App，点击 Мои заказы", "打开 App，点击 Мои заказы"),
        ("step", "报出取件码", "报出取件码"),
        ("section", "到店取鞋", "免费保管 30 天。")]


def test_a_page_another_site_served_is_left_alone() -> None:
    frags = cut(PAGE.format(site="Shoes"))
    assert "短信里的 4 位数字是取件码。" not in all_text(frags)
    assert "⚠️ 免费保管 30 天。" in all_text(frags)
