"""A `.txt` that is a Sphinx page's reStructuredText source (`_sources/<page>.rst.txt`): read with
docutils as the published page shows it, fragment by fragment; plain text is never taken for it."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from docutils.utils import column_width as docutils_column_width

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render import render
from indexer import render_rst
from indexer.render_rst import RST_MAX_CHARS, column_width, is_rst, rst_html
from fragments import texts
from timing import assert_linear


def cut(text: str, path: str = "doc.txt") -> list[Fragment]:
    return parse_source(Source(path, "doc", text, "markdown", "0"))[1]


def test_underlined_titles_are_sections_and_the_overlined_one_titles_the_page() -> None:
    # the target, the comment and its TODO, the by-line's field list and the table of contents
    # were fragments of their own, every fragment titled by the file's name
    text = (".. _top:\n\n.. 本页最后核对：2026-11-12\n   TODO(aliya): 上线后更新。\n\n"
            "==========\n远游卡充值\n==========\n\n:作者: 编辑组\n:更新: 2026-11-12\n\n"
            ".. contents:: 本页目录\n   :local:\n\n先看余额。\n\n资费\n----\n\n每天 500 ₸。\n\n流量包\n~~~~~~\n\n1 GB 1 000 ₸。\n")
    frags = cut(text)
    assert {f.article_title for f in frags} == {"远游卡充值"}
    assert [(f.type, f.title, f.text, f.path) for f in frags] == [
        ("section", "远游卡充值", "先看余额。", ("远游卡充值",)),
        ("section", "资费", "每天 500 ₸。", ("远游卡充值", "资费")),
        ("section", "流量包", "1 GB 1 000 ₸。", ("远游卡充值", "资费", "流量包")),
    ]


def test_callouts_are_text_of_their_section_without_their_kind() -> None:
    # note, warning, tip and seealso: their text where they stand, as MkDocs admonitions are read;
    # 「Note」 titles nothing, a callout's own title leads its text, a question's is a Q&A;
    # roles show their text, a link its text without the URL
    text = ("充值\n====\n\n.. note::\n\n   充值前先查余额，见 :ref:`余额查询 <balance>`。\n\n拨 :kbd:`*100#` 查询。\n\n"
            ".. warning:: 不要把充值码告诉别人。\n\n.. tip::\n\n   双卡手机先选卡。\n\n"
            ".. admonition:: 销号前\n\n   先解绑银行卡。\n\n.. admonition:: 充值码丢了怎么办？\n\n   带护照去营业厅。\n\n"
            ".. seealso::\n\n   `运营商官网 <https://kcell.kz>`_ 与 :doc:`/refunds`\n")
    assert texts(cut(text)) == [
        ("section", "充值", "充值前先查余额，见 余额查询。\n拨 *100# 查询。\n不要把充值码告诉别人。\n双卡手机先选卡。\n"
                            "销号前：先解绑银行卡。"),
        ("qa", "充值码丢了怎么办？", "带护照去营业厅。"),
        ("section", "充值", "运营商官网 与 /refunds"),
    ]


def test_code_blocks_keep_codes_as_typed() -> None:
    # Sphinx's code-block (and an option docutils does not know) is a literal block under its
    # caption: the stars of USSD codes are no emphasis
    text = ("开通\n====\n\n用下面的代码开通：\n\n.. code-block:: ussd\n   :caption: 代码表\n   :linenos:\n\n"
            "   Kcell  开通 *156*1#   关闭 *156*0#\n   *Beeline*  开通 *110*151#\n\n也可以拨 ``*100#`` 或 *111#。\n")
    assert texts(cut(text)) == [
        ("section", "开通", "用下面的代码开通：\n代码表\nKcell  开通 *156*1#   关闭 *156*0#\n*Beeline*  开通 *110*151#\n"
                            "也可以拨 *100# 或 *111#。"),
    ]


def test_auto_numbered_and_numbered_lists_are_steps_under_a_how_to_heading() -> None:
    text = ("添加付款\n========\n\n.. highlight:: text\n\n如何在 Google Play 里添加\n-------------------------\n\n"
            "#. 关掉 Wi-Fi。\n#. 打开 Play 商店，点「付款方式」。\n\n如何在 App Store 里添加\n-----------------------\n\n"
            "1. 打开「设置」。\n2. 选「手机号码」。\n")
    assert [(f.type, f.title, f.procedure.title if f.procedure else "") for f in cut(text)] == [
        ("step", "关掉 Wi-Fi", "如何在 Google Play 里添加"),
        ("step", "打开 Play 商店，点「付款方式」", "如何在 Google Play 里添加"),
        ("step", "打开「设置」", "如何在 App Store 里添加"),
        ("step", "选「手机号码」", "如何在 App Store 里添加"),
    ]


def test_a_definition_list_faq_pairs_questions_and_answers() -> None:
    # a reference to a section of the page shows its title, as Sphinx shows it; to another page, its label
    text = ("代扣\n====\n\n.. _cb-kids:\n\n孩子误买了怎么退\n----------------\n\n先找商店，见 :ref:`pay-bills`。\n\n"
            "常见问题\n--------\n\n为什么没有“运营商账单”选项？\n   连着 Wi-Fi，或者默认数据卡不对。\n\n"
            "余额不够能先买吗？\n   不能，见 :ref:`cb-kids`。\n")
    assert texts(cut(text)) == [
        ("section", "孩子误买了怎么退", "先找商店，见 pay-bills。"),
        ("qa", "为什么没有“运营商账单”选项？", "连着 Wi-Fi，或者默认数据卡不对。"),
        ("qa", "余额不够能先买吗？", "不能，见 孩子误买了怎么退。"),
    ]


def test_sphinx_directives_show_what_the_page_shows() -> None:
    # version notes lead with what Sphinx says; toctree, index and todo (hidden by Sphinx's
    # default) show nothing; `only` shows what the HTML page holds; footnotes are 注释, unnumbered
    text = (":orphan:\n\n套餐\n====\n\n.. versionchanged:: 2026 改为按天计费。\n\n.. toctree::\n   :hidden:\n\n   tariffs\n\n"
            ".. index:: single: 套餐\n\n.. todo:: 补充 Tele2。\n\n.. only:: latex\n\n   打印版说明。\n\n"
            ".. only:: html\n\n   网页版说明。\n\n每天 500 ₸ [#]_。\n\n.. [#] 不含税。\n")
    assert texts(cut(text)) == [
        ("section", "套餐", "在 2026 版本发生变更：改为按天计费。\n网页版说明。\n每天 500 ₸ 。"),
        ("section", "注释", "不含税。"),
    ]


def test_unknown_directives_keep_their_text() -> None:
    # an extension's directive (docutils only reports an error, dropped with the text): its
    # argument in bold over its content, a question with its answer; raw HTML and files never
    text = ("办理\n====\n\n.. tabs::\n\n   .. tab:: Kcell\n\n      拨 *111#。\n\n   .. tab:: Beeline\n      :sync: b\n\n"
            "      拨 *102#。\n\n.. dropdown:: 如何关闭自动续费？\n\n   在 App 里关闭。\n\n"
            ".. raw:: html\n\n   <script>alert(1)</script>\n\n.. include:: /etc/passwd\n\n结束。\n")
    assert texts(cut(text)) == [
        ("section", "Kcell", "拨 *111#。"),
        ("section", "Beeline", "拨 *102#。"),
        ("qa", "如何关闭自动续费？", "在 App 里关闭。"),
        ("section", "Beeline", "结束。"),
    ]


@pytest.mark.parametrize("text", [
    # a canned reply's rules and a 「..」 in a sentence
    "客服话术\n\n==========\n\n请稍等.. 我查一下。\n\n==========\n\n好的。\n",
    # an e-mail whose subject is underlined, no explicit markup
    "Subject: 资费调整\n\n资费调整\n========\n\n各位用户：\n\n.. 以上内容以官网为准。\n",
    # a title underlined one mark a character (docutils' own width is two a Chinese character)
    "资费说明\n====\n\n.. note::\n\n   每天 500 ₸。\n",
    # a directive, but no title at all (a chat, a PDF's text)
    "[22/11/2026, 14:03] 客服: 请看 .. note:: 的说明\n.. note:: 这不是标题\n",
])
def test_plain_text_is_not_taken_for_restructuredtext(text: str) -> None:
    assert not is_rst(text)


def test_an_ordinary_text_with_rules_and_dots_reads_as_before() -> None:
    text = "资费说明\n\n==========\n\n每天 500 ₸.. 具体以官网为准。\n\n==========\n\n.. 客服 455\n"
    assert not is_rst(text)
    assert texts(cut(text)) == [("section", "资费说明", "每天 500 ₸.. 具体以官网为准。"), ("section", "资费说明", ".. 客服 455")]


@pytest.mark.parametrize("text", ["哪些运营商支持", "Kcell 455", "e\u0301", "ＡＢ ½ ①", ""])
def test_column_width_counts_as_docutils_does(text: str) -> None:
    assert column_width(text) == docutils_column_width(text)


HEAD = "标题\n====\n\n.. note::\n\n   提示。\n\n"


@pytest.mark.parametrize("body, n, growth", [
    (lambda n: "`a ``b :ref:`c *d **e |f| [#]_ _`g\n\n" * n, 50, 4),                         # unbalanced markup
    (lambda n: "+---+---+\n| a | b\n+---+\n| c |\n\n" * n, 50, 4),                              # malformed tables
    (lambda n: ".. list-table::\n\n   * - a\n   * b\n\n" * n, 25, 4),                           # a malformed list-table
    (lambda n: "".join(" " * i + "段落\n\n" for i in range(n)), 100, 2),                        # quotes nested n deep
    (lambda n: "".join(" " * (3 * i) + f".. x{i}:: 标{i}\n\n" for i in range(n)) + " " * 200 + "底\n", 30, 2),  # unknown, nested
    (lambda n: "长" * n + "\n", 20_000, 4),                                                     # a line docutils refuses
    (lambda n: "T\n=\n\nT\n-\n\nT\n=\n\nT\n~\n\n" * n + "\x00\x01\ufffd\U0001F600\n", 50, 4),   # title styles out of order
])
def test_hostile_restructuredtext_is_read_quickly_or_left_to_plain_text(body: Callable[[int], str], n: int,
                                                                        growth: int) -> None:
    # a guard against a hang, not a speed target: the text at growth·n against the text at n, in the
    # same run (the staircases of indents double their depth: four times the text); both under
    # RST_MAX_CHARS, so that docutils is still what reads them
    def read(text: str) -> str:
        source = Source("doc.txt", "doc", text, "markdown", "0")
        html, _ = render(source)
        parse_source(source)
        return html

    assert len(HEAD + body(growth * n)) <= RST_MAX_CHARS
    assert assert_linear(read, lambda size: HEAD + body(size), n, growth)


def test_deep_nesting_and_overlong_lines_fall_back_to_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert rst_html(HEAD + "".join(" " * i + "段落\n\n" for i in range(400))) is None       # docutils' RecursionError
    assert rst_html(HEAD + "长" * 20_000 + "\n") is None                                   # its line-length limit
    # a page too long for docutils (~140 000 characters a second) is left to plain text without
    # reading it: docutils is never asked (told structurally, not by the clock: a time bound was
    # flaky on a busy machine, and being asked at all is what would cost the seconds)
    asked: list[str] = []
    monkeypatch.setattr(render_rst, "_docutils", lambda: lambda text: asked.append(text) or "<p>读了</p>")
    huge = HEAD + "段落 *111# ``x`` :ref:`y`\n\n" * 40_000                                  # 1 MB
    assert len(huge) > RST_MAX_CHARS and is_rst(huge) and rst_html(huge) is None and not asked
    assert rst_html(HEAD) == "<p>读了</p>" and asked == [HEAD]       # (the stand-in is what rst_html asks)
