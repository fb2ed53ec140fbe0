"""A Memrise community course page as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def level(number: int, title: str, words: list[tuple[str, str]]) -> str:
    things = "".join(f"<div class='thing text-text'><div class='col_a col text'><div class='text'>{word}</div></div>"
                     f"<div class='col_b col text'><div class='text'>{definition}</div></div></div>"
                     for word, definition in words)
    return (f"<a class='level clearfix' href='/course/1/x/{number}/'><div class='level-index'>{number}</div>"
            f"<div class='level-title'>{title}</div></a><div class='things'>{things}</div>")


# Memrise: its assets, the course head (name, description, counters, creator line), the levels, the notes
PAGE = (
    "<html><head><title>骑骆驼 - by kz - Memrise</title>"
    "<link rel='stylesheet' href='{assets}/dist/css/course-page.css'></head><body><div class='course-wrapper'>"
    "<div class='course-head'><h1 class='course-name'>骑骆驼</h1><div class='course-description text'>三天两夜的须知。</div>"
    "<div class='course-meta'><span class='learners'>1,284 位学员</span><span class='duration'>约 25 分钟</span></div>"
    "<div class='creator'><a href='/user/kz/'>kz</a> 创建</div></div><div class='levels clearfix'>"
    "<h2 class='levels-title'>关卡（2）</h2>"
    + level(1, "报名和付款", [("报名短信", "发送 TUYE 0920 到 4040"),
                            ("付款步骤", "1. 打开 Kaspi.kz；2. 输入 +7 701 404 40 40；3. 备注填预订号")])
    + level(2, "营地生活", [("住宿", "每顶毡房住 4–6 人")])
    + "</div></div></body></html>")


def test_a_memrise_course_is_its_levels_each_a_part_of_its_words_as_lines() -> None:
    frags = cut(PAGE.replace("{assets}", "https://static.memrise.com"))
    assert texts(frags) == [
        ("section", "骑骆驼", "三天两夜的须知。"),
        ("section", "报名和付款", "报名短信：发送 TUYE 0920 到 4040\n"
                                  "付款步骤：1. 打开 Kaspi.kz；\n2. 输入 +7 701 404 40 40；\n3. 备注填预订号"),
        ("section", "营地生活", "住宿：每顶毡房住 4–6 人"),
    ]
    assert [f.path[-1] for f in frags[1:]] == ["报名和付款", "营地生活"]
    every = all_text(frags)
    for chrome in ("创建", "位学员", "关卡（2）"):
        assert chrome not in every


def test_the_same_levels_on_a_page_not_loading_memrise_assets_are_left_alone() -> None:
    frags = cut(PAGE.replace("{assets}", "https://example.com"))
    assert "关卡（2）" in all_text(frags)
