"""A TOPdesk knowledge item in the Self-Service Portal as the browser saves it: what a reader gets from it."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("topdesk.html", "topdesk", html, "html", "0"))[1]


def field(kind: str, label: str, value: str) -> str:
    return (f"<section class='knowledge-item__field knowledge-item__field--{kind}'>"
            f"<h2 class='knowledge-item__field-label'>{label}</h2>"
            f"<div class='knowledge-item__field-value'>{value}</div></section>")


def page(*fields: str, portal: str = "/tas/public/ssp/") -> str:
    """The portal's frame (header, breadcrumb) around a knowledge item: its header, fields and feedback."""
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
            f"<title>KI 0101 借用笔记本电脑 - 自助服务门户 - TOPdesk</title><link rel='stylesheet' href='{portal}css/ssp.css'></head>"
            f"<body><header class='ssp-header'><a href='{portal}'>首页</a></header>"
            "<main class='ssp-content'><article class='knowledge-item'>"
            "<div class='knowledge-item__header'><h1 class='knowledge-item__title'>借用笔记本电脑</h1>"
            "<dl class='knowledge-item__meta'><dt>编号</dt><dd>KI 0101</dd><dt>状态</dt><dd>已发布</dd></dl></div>"
            + "".join(fields) +
            "<div class='knowledge-item__feedback'><span>此知识项是否有帮助？</span><button>是</button></div>"
            "</article></main></body></html>")


ITEM = (field("description", "描述", "出差时可以向 IT 服务台借用笔记本电脑。"),
        field("content", "内容", "<h3>借用期限</h3><p>最长 14 天，到期前可以在门户续借一次。</p>"),
        field("keywords", "关键字", "笔记本, 借用, 出差"))


def test_the_description_is_the_items_introduction_and_the_keywords_are_no_part():
    item = (*ITEM, field("solution", "解决方法", "在门户提交借用请求。"))
    assert texts(cut(page(*item))) == [
        ("section", "借用笔记本电脑", "出差时可以向 IT 服务台借用笔记本电脑。"),
        ("section", "借用期限", "最长 14 天，到期前可以在门户续借一次。"),
        ("section", "解决方法", "在门户提交借用请求。"),       # another field keeps its label
    ]
    # the same classes on a page that is no TOPdesk portal's are read as any page's
    assert [f.title for f in cut(page(*item, portal="/kb/"))][0] == "描述"
