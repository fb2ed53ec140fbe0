"""A help article's links to itself in other languages (a box named for its languages), saved by the browser: gone,
not a line of the title's part (holdout253's Telstra page)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def page(links: str, name: str = "tcom-support-article__lang") -> str:
    """A support article: its h1, the box `name` of `links` under it, an intro and a part."""
    return ("<html><head><title>x</title></head><body><main><div class='tcom-support-article__header'>"
            f"<h1>国际日通行证：出国前如何开启漫游</h1><p class='{name}'>{links}</p></div>"
            "<div class='tcom-text'><p>回国探亲时可以使用 International Day Pass。</p><h2>收费标准</h2>"
            "<p>每天 AU$10。</p></div></main></body></html>")


def test_the_links_to_other_languages_under_the_title_are_gone() -> None:
    # holdout253: 「其他语言：English · Tiếng Việt」 was the first line of the title's part
    frags = texts(cut(page("其他语言：<a href='/en'>English</a> · <a href='/vi'>Tiếng Việt</a>")))
    assert frags[0] == ("section", "国际日通行证：出国前如何开启漫游", "回国探亲时可以使用 International Day Pass。")
    assert "English" not in all_text(cut(page("其他语言：<a href='/en'>English</a> · <a href='/vi'>Tiếng Việt</a>")))
    assert "Deutsch" not in all_text(cut(page("<a href='/de'>Deutsch</a> | <a href='/fr'>Français</a>",
                                              "language-switcher")))


def test_a_language_box_saying_more_than_a_label_stays() -> None:
    said = "本页的<a href='/en'>English</a>版本已停止更新，请以中文版为准。"
    assert "版本已停止更新" in all_text(cut(page(said)))
    assert "English" in all_text(cut(page("其他语言：<a href='/en'>English</a>", "intro")))


def test_a_language_named_box_of_links_to_guides_stays() -> None:
    # the review of holdout253's rule: links naming pages, not languages (Latin and Chinese in one link), are the
    # page's own list of guides, whatever the box's class says
    guides = "<a href='/py'>Python SDK 安装指南</a> <a href='/java'>Java SDK 安装指南</a>"
    assert "Java SDK 安装指南" in all_text(cut(page(guides, "sdk-languages")))
