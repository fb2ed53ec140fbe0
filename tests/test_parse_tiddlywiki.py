"""A TiddlyWiki static export: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def tiddler(title: str, body: str, modified: str = "2026年11月9日 21:40:12") -> str:
    """A tiddler as the static template renders one: titlebar, subtitle, tags, body."""
    return ('<p><div class="tc-tiddler-frame tc-tiddler-view-frame" data-tiddler-title="{0}" role="article">'
            '<div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls">'
            '<span class=" tc-reveal"><button class="tc-btn-invisible" title="编辑此条目"><svg></svg></button></span></span>'
            '<h2 class="tc-title">{0}</h2></div></div><div class=" tc-reveal" hidden="true"></div>'
            '<div class=" tc-reveal"><div class="tc-subtitle"><a class="tc-tiddlylink" href="wl.html">王莉</a> {2}</div></div>'
            '<div class=" tc-reveal"><div class="tc-tags-wrapper"><span class="tc-tag-list-item">'
            '<button class="tc-tag-label">摄像头</button></span></div></div>'
            '<div class=" tc-reveal"><div class="tc-tiddler-body tc-reveal">{1}</div></div></div></p>').format(title, body, modified)


def export(*tiddlers: str, title: str = "家庭摄像头 — 家里的小 Wiki") -> str:
    return (f'<!doctype html><html><head><meta name="generator" content="TiddlyWiki" /><title>{title}</title></head>'
            '<body class="tc-body"><section class="tc-story-river tc-static-story-river">' + "".join(tiddlers)
            + '</section><section class="tc-sidebar-scrollable"><h1 class="tc-site-title">家里的小 Wiki</h1>'
            '<div class="tc-site-subtitle">一家人的笔记</div></section></body></html>')


def cut(page: str) -> list[Fragment]:
    return parse_source(Source("wiki.html", "wiki", page, "html", "0"))[1]


def test_each_tiddler_is_a_part_titled_by_it_without_its_subtitle_and_tags() -> None:
    # the first tiddler titles the page (its text the introduction), the others are its parts, each
    # one's headings under its title; who changed it and when (the subtitle) and the tags are no text
    page = export(
        tiddler("家庭摄像头", '<p>家里装了运营商的摄像头。</p><ul><li><a class="tc-tiddlylink" href="a.html">云录像</a></li>'
                '<li><a class="tc-tiddlylink" href="b.html">共享</a></li><li><a class="tc-tiddlylink" href="c.html">隐私</a></li>'
                '</ul><h2>谁在卖</h2><p>Beeline 和 Kcell。</p>'),
        tiddler("云录像", "<p>按存几天收月费。</p><h3>4G 摄像头</h3><p>卡要单独开资费。</p>"),
        tiddler("共享和提醒", "<h2>共享给家人</h2><p>最多共享给 5 个人。</p><h2>移动侦测</h2><p>推送免费。</p>",
                "2026年11月10日 09:02:26"))
    assert [(f.title, f.text, f.path) for f in cut(page)] == [
        ("家庭摄像头", "家里装了运营商的摄像头。", ("家庭摄像头",)),
        ("谁在卖", "Beeline 和 Kcell。", ("家庭摄像头", "谁在卖")),
        ("云录像", "按存几天收月费。", ("家庭摄像头", "云录像")),
        ("4G 摄像头", "卡要单独开资费。", ("家庭摄像头", "云录像", "4G 摄像头")),
        ("共享给家人", "最多共享给 5 个人。", ("家庭摄像头", "共享和提醒", "共享给家人")),
        ("移动侦测", "推送免费。", ("家庭摄像头", "共享和提醒", "移动侦测")),
    ]


def test_a_story_the_page_is_not_titled_by_has_every_tiddler_as_a_part() -> None:
    page = export(tiddler("云录像", "<p>按存几天收月费。</p>"), tiddler("共享", "<p>最多 5 个人。</p>"),
                  title="最近的条目 — 家里的小 Wiki")
    assert [(f.title, f.text, f.path[1:]) for f in cut(page)] == [
        ("云录像", "按存几天收月费。", ("云录像",)), ("共享", "最多 5 个人。", ("共享",))]

