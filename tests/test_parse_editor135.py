"""135编辑器 (135editor) article preview pages, saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

EDITOR135 = "https://static.135editor.com/css/preview.css?v=20261101"


def numbered(number: str, text: str) -> str:
    """One of 135editor's numbered sections: its drawn number in a coloured span, then the step's text."""
    return (f"<section style='border-left:3px solid #2f9e6e;'><p><span style='font-weight:bold;'>{number}</span>"
            f"\u3000{text}</p></section>")


def editor135_page(assets: str = EDITOR135) -> str:
    """A preview page: the top bar, the title and by-line, a part of three numbered sections, the closing address
    and share line, the toolbar."""
    return (f"<html><head><title>图文教程｜健康码放到桌面</title><link rel='stylesheet' href='{assets}'></head>"
            "<body><div class='preview-topbar'><a class='logo'>135编辑器</a><a class='btn'>我也要排版</a></div>"
            "<div class='rich_media'><h2 class='rich_media_title'>健康码放到桌面</h2><div class='rich_media_meta_list'>"
            "<span class='rich_media_meta'>原创</span><span class='rich_media_meta'>青禾服务站</span>"
            "<em class='rich_media_meta' id='publish_time'>2026-11-20 09:30</em></div><div id='js_content'>"
            "<section class='_135editor'><p>老人总找不到健康码。</p></section>"
            "<section class='_135editor'><section><section><strong>一、放到桌面</strong></section></section>"
            + numbered("01", "打开微信，搜索“健康码”。") + numbered("02", "点“本人申领”，完成人脸识别。")
            + numbered("03", "点右上角“···”，选择“添加到桌面”。")
            + "</section><section class='_135editor'><p>服务站地址：青禾路 18 号。</p>"
            "<p>点个“在看”，转给需要的家人 👇</p></section></div>"
            "<div class='rich_media_tool'><a>阅读 2.1万</a><a>赞 316</a></div></div></body></html>")


def test_135editor_numbered_sections_are_the_steps_of_their_part() -> None:
    # holdout262: the sections 「01 打开微信…」 to 「06 …」 were lines of one section, not a procedure
    frags = texts(cut(editor135_page()))
    assert [(kind, text) for kind, _, text in frags if kind == "step"] == [
        ("step", "打开微信，搜索“健康码”。"), ("step", "点“本人申领”，完成人脸识别。"),
        ("step", "点右上角“···”，选择“添加到桌面”。")]


def test_135editor_share_line_and_frame_are_gone() -> None:
    # holdout262: 「点个“在看”，转给需要的家人 👇」 was the article's last line
    text = all_text(cut(editor135_page()))
    assert "服务站地址" in text
    for chrome in ("点个“在看”", "我也要排版", "阅读 2.1万"):
        assert chrome not in text


def test_135editor_classes_on_another_sites_page_are_read_as_they_were() -> None:
    text = all_text(cut(editor135_page(assets="/css/site.css")))
    assert "01" in text and "点个“在看”" in text
