"""A Logseq page as Logseq writes it (holdout32): an outline of bullets with page and block
properties, read as the page Logseq shows — what a reader of the knowledge base gets, fragment by
fragment. An ordinary Markdown list is never read so."""
from __future__ import annotations

import re

from indexer.fragment import parse_source
from indexer.model import Fragment, Procedure, Source
from indexer.render_logseq import OUTLINE_DEPTH, is_logseq, logseq_page, tags

from fragments import texts

UUID = "64f1c2a0-5b7e-4d21-9a3c-1e0f2b7d8a11"


def cut(text: str, path: str = "page.md") -> list[Fragment]:
    return parse_source(Source(path, "page", text, "markdown", "0"))[1]


PAGE = (
    "title:: 换一张合适尺寸的 SIM 卡\n"
    "alias:: 剪卡, 卡套\n"
    "tags:: [[SIM 卡]], [[帮助中心/待校对]]\n"
    "updated:: [[2026-11-18]]\n"
    "\n"
    "- 卡太大或太小都可以去营业厅换，见 [[eSIM 开通]]。\n"
    "- ## 费用\n"
    "  collapsed:: true\n"
    "\t- | 运营商 | 14 天内 | 其他情况 |\n"
    "\t  | --- | --- | --- |\n"
    "\t  | Kcell | 免费 | 500 ₸ |\n"
    "\t  | Beeline | 免费 | 300 ₸ |\n"
    "\t- #提示 在 #Kcell 营业厅也能用余额付。\n"
    "\t- DONE 给前台准备一盒卡套\n"
    "\t  id:: 64f1c2a0-77aa-4c01-8f3e-5a2b9c0d1e22\n"
    "- ## 自己剪卡\n"
    "\t- 如果你已经决定要剪：\n"
    "\t\t- 1. 先拨 *114# 记下号码。\n"
    "\t\t- 2. 用 100% 比例打印剪卡模板。\n"
    "\t\t- 3. 用细砂纸把边缘磨圆，卡住了见 ((" + UUID + "))。\n"
    "- ## 办理步骤\n"
    "\t- 在叫号机上选「Замена SIM-карты」。\n"
    "\t  logseq.order-list-type:: number\n"
    "\t- 出示护照，新卡 10 分钟内生效。\n"
    "\t  logseq.order-list-type:: number\n"
    "- ## 卡托卡在手机里了\n"
    "  id:: " + UUID + "\n"
    "\t- 用回形针掰直的一头顶出卡托。\n"
    "- ## 常见问题\n"
    "\t- ### 换了小卡号码还在吗？\n"
    "\t\t- 在，余额也在。\n"
    "\t- ### 能用卡套反过来吗？\n"
    "\t\t- 不能，卡套只能把小卡变大。\n"
    "- ## 相关页面\n"
    "\t- {{embed [[换卡证件清单]]}}\n"
    "\t- {{query (and [[SIM 卡]] (task TODO DOING))}}\n"
    "\t- #SIM卡 #换卡\n"
)


def test_a_logseq_page_reads_as_logseq_shows_it() -> None:
    # the title:: titles it, the other page properties (the graph's filing) show nothing; 「- ## 」
    # bullets are headings and the bullets under them their text; a table inside a bullet keeps
    # its rows; nested 「- 1. 」 bullets and order-list-type blocks are steps; block properties,
    # task markers, macros and filing tags go; a block reference shows the block it references;
    # the FAQ's 「### …？」 bullets are questions with their answers
    frags = cut(PAGE)
    title = "换一张合适尺寸的 SIM 卡"
    assert {f.article_title for f in frags} == {title}
    assert [(f.type, f.title, f.text, f.procedure) for f in frags] == [
        ("section", title, "卡太大或太小都可以去营业厅换，见 eSIM 开通。", None),
        ("section", "费用", "运营商 | 14 天内 | 其他情况\nKcell | 免费 | 500 ₸\nBeeline | 免费 | 300 ₸\n"
                            "在 Kcell 营业厅也能用余额付。\n给前台准备一盒卡套", None),
        ("section", "自己剪卡", "如果你已经决定要剪：", None),
        ("step", "先拨 *114# 记下号码", "先拨 *114# 记下号码。", Procedure("自己剪卡", 1, 3)),
        ("step", "用 100% 比例打印剪卡模板", "用 100% 比例打印剪卡模板。", Procedure("自己剪卡", 2, 3)),
        ("step", "用细砂纸把边缘磨圆，卡住了见 卡托卡在手机里了", "用细砂纸把边缘磨圆，卡住了见 卡托卡在手机里了。", Procedure("自己剪卡", 3, 3)),
        ("step", "在叫号机上选「Замена SIM-карты」", "在叫号机上选「Замена SIM-карты」。", Procedure("办理步骤", 1, 2)),
        ("step", "出示护照，新卡 10 分钟内生效", "出示护照，新卡 10 分钟内生效。", Procedure("办理步骤", 2, 2)),
        ("section", "卡托卡在手机里了", "用回形针掰直的一头顶出卡托。", None),
        ("qa", "换了小卡号码还在吗？", "在，余额也在。", None),
        ("qa", "能用卡套反过来吗？", "不能，卡套只能把小卡变大。", None),
    ]


def test_page_properties_may_be_the_first_block_and_indentation_spaces() -> None:
    # Logseq may write the page properties as the first bullet, and indent with two spaces
    # (:export/bullet-indentation); a block's further lines are indented two spaces under it
    text = ("- title:: 卡套\n  type:: 帮助文章\n- ## 哪里买\n  - 营业厅都有卖，\n    一般 300 ₸。\n"
            "  - TODO [#A] 核对 Altel 门店\n    SCHEDULED: <2026-11-20 Fri>\n")
    assert logseq_page(text) == ("## 哪里买\n\n营业厅都有卖，\n一般 300 ₸。\n\n核对 Altel 门店\n", "卡套")
    assert texts(cut(text)) == [("section", "哪里买", "营业厅都有卖，一般 300 ₸。\n核对 Altel 门店")]


def test_code_in_a_block_keeps_its_text() -> None:
    # a fence inside a block is code: its 「key:: value」 and #words are no properties nor tags
    text = "- ## 配置\n  id:: " + UUID + "\n\t- 写入：\n\t  ```\n\t  apn:: internet #1\n\t  ```\n"
    page, _ = logseq_page(text)
    assert "```\napn:: internet #1\n```" in page


def test_tags_that_file_a_block_go_and_those_in_a_sentence_are_words() -> None:
    assert tags("#注意 换卡后 #Kcell 会暂停验证码 #换卡", True, True) == "换卡后 Kcell 会暂停验证码"
    assert tags("#[[SIM 卡]] 是 #[[SIM 卡]] 的一种", True, False) == "是 SIM 卡 的一种"
    # codes are no tags: 「#21#」, 「*#06#」, a number alone
    assert tags("拨 #21# 或 *#06# 或 #31 号", True, True) == "拨 #21# 或 *#06# 或 #31 号"


def test_an_ordinary_markdown_list_is_no_logseq_page() -> None:
    # nested bullets, a heading in a bullet, a 「key:: value」 line in an ordinary page: nothing of
    # Logseq's, so nothing is rewritten
    assert not is_logseq("- 一\n\t- 二\n- ## 三\n  接着写\n")
    assert not is_logseq("# 换卡\n\n- 一\n- 二\n  collapsed:: true\n")
    assert not is_logseq("alias:: 剪卡\n\n换卡要带护照。\n\n- 一\n")
    assert not is_logseq("alias:: 剪卡\n")
    assert not is_logseq("- 设置：\n  Note:: 只是写法\n")         # a key of the writer's own, no page properties
    assert is_logseq("- 设置：\n  collapsed:: true\n")
    # read as Logseq's, its 「- 1. 」 bullets would be steps
    assert texts(cut("- 带护照。\n\t- 原件。\n- 1. 取号\n- 2. 等叫号\n")) == [("section", "page", "带护照。\n原件。\n取号\n等叫号")]


def test_a_deep_outline_is_read_at_a_bounded_depth() -> None:
    # blocks nested deeper than OUTLINE_DEPTH are read beside each other at that depth: every
    # line is kept, and no recursion runs away
    depth = 1500                    # past Python's recursion limit
    page, title = logseq_page("title:: 深\n" + "\n".join("\t" * i + f"- 第{i}层" for i in range(depth)))
    assert title == "深" and re.findall(r"第(\d+)层", page) == [str(i) for i in range(depth)]
    assert max(len(line) - len(line.lstrip()) for line in page.split("\n")) < 4 * OUTLINE_DEPTH


def test_a_block_after_a_sub_heading_is_its_sections_again() -> None:
    # Logseq shows the note as the section's, after its sub-section 办理步骤: its heading is
    # repeated over it, so the note is no part of the procedure's section
    text = ("title:: 换卡\n- ## 去营业厅换卡\n\t- ### 办理步骤\n\t\t- 取号。\n\t\t  logseq.order-list-type:: number\n"
            "\t\t- 出示护照。\n\t\t  logseq.order-list-type:: number\n\t- #注意 换卡后 24 小时内银行会暂停验证码。\n")
    assert [(f.type, f.title, f.text, f.path[1:]) for f in cut(text)] == [
        ("step", "取号", "取号。", ("去营业厅换卡", "办理步骤")),
        ("step", "出示护照", "出示护照。", ("去营业厅换卡", "办理步骤")),
        ("section", "去营业厅换卡", "换卡后 24 小时内银行会暂停验证码。", ("去营业厅换卡",)),
    ]
