"""A news article's closing editor credit in brackets (IT168's p.edit-end 「（责任编辑：李蔓）」): what a reader gets
from such a page, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def news_page(editor: str) -> str:
    """An IT168-style article: the h1, an h2 section, its 问/答 pair and a 小结, then the editor's credit."""
    return ("<html><head><title>t</title></head><body><main><div class='article-box'><h1 class='title'>门店备份链路"
            "选购</h1><div class='detailWord'><p>　　门店用5G CPE做备份，成本每月不到两百元。</p><h2>五、读者常问</h2>"
            "<p><strong>问：</strong>切换的时候收银会不会掉单？</p><p><strong>答：</strong>聚合支付系统会自动重试。</p>"
            f"<p>　　<strong>小结：</strong>临街门店选家用5G CPE就够用。</p><p class='edit-end'>{editor}</p></div></div>"
            "</main></body></html>")


def test_a_bracketed_editor_credit_closing_the_text_goes() -> None:
    # holdout307: 「（责任编辑：李蔓）」 stayed as a line under the 小结, in the article's last fragment
    frags = texts(cut(news_page("（责任编辑：李蔓）")))
    assert "责任编辑" not in all_text(cut(news_page("（责任编辑：李蔓）")))
    assert any("小结：临街门店选家用5G CPE就够用。" in text for _, _, text in frags)
    assert ("qa", "切换的时候收银会不会掉单？") in [(kind, title) for kind, title, _ in frags]


def test_a_bracketed_line_that_says_more_stays() -> None:
    # only the credit itself: a bracketed note with a sentence in it is text
    text = all_text(cut(news_page("（责任编辑提醒：价格以京东自营为准，仅供参考）")))
    assert "价格以京东自营为准" in text
