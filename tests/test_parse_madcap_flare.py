"""A MadCap Flare HTML5 topic as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import all_text, texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("flare.htm", "flare", html, "html", "0"))[1]


def drop_down(n: int, question: str, answer: str) -> str:
    """A drop-down as Flare writes one: the head's hot-spot link (an arrow image before the words) over the body."""
    return ("<div class='MCDropDown MCDropDown_Closed dropDown'><span class='MCDropDownHead dropDownHead'>"
            "<a class='MCDropDownHotSpot dropDownHotspot MCDropDownHotSpot_' href='#' aria-expanded='false'>"
            "<img class='MCDropDown_Image_Icon' src='../../Skins/Default/Stylesheets/Images/transparent.gif' alt='Closed' />"
            f"{question}</a></span><div class='MCDropDownBody dropDownBody' id='mc-dropdown-body-{n}'><p>{answer}</p></div></div>")


def toggler(name: str, question: str, answer: str) -> str:
    """A toggler alone in its paragraph, and the block it opens, named in data-mc-target-name."""
    return (f"<p><a class='MCToggler MCToggler_Closed toggler' data-mc-targets='{name}' href='#'>{question}</a></p>"
            f"<div data-mc-target-name='{name}' class='toggle-target'><p>{answer}</p></div>")


def page(*blocks: str, flare: bool = True) -> str:
    """The Top Navigation skin's frame: off-canvas menu, title bar with the top menu and search, side-nav TOC,
    breadcrumbs, then the topic body (h1, the writer's p.topic-meta), the feedback box and the footer."""
    html_attrs = " data-mc-path-to-help-system='../../' data-mc-target-type='WebHelp2'" if flare else ""
    body_attrs = " data-mc-content-body='True'" if flare else ""
    return ("<!DOCTYPE html><html xmlns:MadCap='http://www.madcapsoftware.com/Schemas/MadCap.xsd' lang='zh-cn'"
            + html_attrs + "><head><title>给 4G 模块配 SIM 卡</title></head><body>"
            "<aside class='off-canvas position-right' role='navigation' data-mc-ignore='true'><ul class='menu'>"
            "<li><a href='../Start/Welcome.htm'>欢迎使用</a></li><li><a href='#'>图传与网络</a></li></ul></aside>"
            "<nav class='title-bar tab-bar sticky' role='banner' data-mc-ignore='true'><div class='navigation-wrapper nocontent'>"
            "<ul class='navigation'><li><a href='../Start/Welcome.htm'>欢迎使用</a></li></ul></div>"
            "<form class='search'><input class='search-field' type='search' placeholder='搜索帮助' /></form></nav>"
            "<div class='body-container'><div" + body_attrs + "><div class='nocontent'>"
            "<div class='MCBreadcrumbsBox_0 breadcrumbs' role='navigation'><span class='MCBreadcrumbsPrefix'>当前位置：</span>"
            "<a class='MCBreadcrumbsLink' href='../Start/Welcome.htm'>首页</a><span class='MCBreadcrumbsDivider'> &gt; </span>"
            "<span class='MCBreadcrumbs'>4G 增强图传</span></div></div>"
            "<h1>给 4G 模块配 SIM 卡</h1>"
            "<p class='topic-meta'>适用于：DJI Cellular 模块 · Mavic 3 系列、Air 3 · DJI RC 2 遥控器</p>"
            "<p>飞行器和遥控器各装一个 Cellular 模块、各插一张 SIM 卡。</p>"
            + "".join(blocks) +
            "<div class='helpful-feedback nocontent' data-mc-ignore='true'><p class='helpful-question'>这篇文章对您有帮助吗？</p>"
            "<button type='button'>有帮助</button><p class='helpful-count'>42 人觉得有帮助</p></div>"
            "</div></div><footer class='footer nocontent' data-mc-ignore='true'><p>© 2025 SkyLine KZ · 阿拉木图</p></footer>"
            "</body></html>")


FAQ = ("<h2>常见问题</h2>"
       + drop_down(1, "流量用完了会掉下来吗？", "不会。4G 断开后飞机自动退回普通图传。")
       + drop_down(2, "能不能直接用国内的手机卡漫游？", "技术上可以，但不划算：漫游流量按天计费。")
       + toggler("phoneShare", "遥控器那张卡能和我自己手机的卡共用吗？", "不能共用同一张实体卡，可以办「副卡」。"))


def test_drop_downs_and_togglers_are_questions_with_their_answers():
    assert texts(cut(page(FAQ)))[1:] == [
        ("qa", "流量用完了会掉下来吗？", "不会。4G 断开后飞机自动退回普通图传。"),
        ("qa", "能不能直接用国内的手机卡漫游？", "技术上可以，但不划算：漫游流量按天计费。"),
        ("qa", "遥控器那张卡能和我自己手机的卡共用吗？", "不能共用同一张实体卡，可以办「副卡」。"),
    ]


def test_the_line_under_the_title_is_kept_and_the_skin_goes():
    frags = cut(page(FAQ))
    assert texts(frags)[0] == ("section", "给 4G 模块配 SIM 卡",
                               "适用于：DJI Cellular 模块 · Mavic 3 系列、Air 3 · DJI RC 2 遥控器\n"
                               "飞行器和遥控器各装一个 Cellular 模块、各插一张 SIM 卡。")
    every = all_text(frags)
    for chrome in ("欢迎使用", "当前位置", "搜索帮助", "这篇文章对您有帮助吗", "42 人", "SkyLine"):
        assert chrome not in every


def test_a_toggler_opens_its_target_wherever_it_stands():
    """The target named by the toggler may stand after other blocks: it is still that question's answer."""
    html = page("<h2>常见问题</h2>"
                "<p><a class='MCToggler' data-mc-targets='airport' href='#'>机场附近为什么 4G 模块自动关闭？</a></p>"
                "<p>机场的规定见下。</p>"
                "<div data-mc-target-name='airport'><p>离开限飞区即可恢复。</p></div>")
    assert ("qa", "机场附近为什么 4G 模块自动关闭？", "离开限飞区即可恢复。") in texts(cut(html))


@pytest.mark.parametrize("html", [page(FAQ, flare=False)])
def test_a_page_without_flare_marks_is_read_as_before(html):
    frags = cut(html)
    assert all(f.type != "qa" for f in frags)
    assert "适用于" not in "\n".join(f.text for f in frags)
