"""Plain-text articles (`.txt`): read as their writers lay them out, and in time linear in their length
however long a careless export makes them."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render import render
from indexer.render_text import drop_text_toc
from timing import assert_linear, ordinary_text


def cut(text: str, path: str = "doc.txt") -> list[Fragment]:
    return parse_source(Source(path, "doc", text, "markdown", "0"))[1]


def test_a_long_paragraph_is_looked_at_once_for_a_table_of_contents() -> None:
    # every line used to scan the rest of its paragraph for the entries of a contents list it
    # does not head: a 40 000-line paragraph took minutes; only a 目錄 / Contents line is looked
    # past now (a guard against a hang, not a speed target: 160 000 lines against 40 000, in the same
    # run), and a real contents list still goes
    text = "普通的文字。\n" * 40_000
    assert assert_linear(drop_text_toc, lambda n: "普通的文字。\n" * n, 40_000) == text * 4
    assert drop_text_toc("目錄\n\n一、資費\n二、問答\n\n" + text) == "\n" + text


def test_text_typed_under_a_list_is_no_part_of_its_last_step() -> None:
    # a canned reply's closing words typed right under its steps (no blank line): Markdown ran them
    # into the last step; a line under an item cut mid-sentence, or indented, still goes on with it
    text = ("单通排查\n\n请按顺序试一下：\n1. 取下手机壳再试。\n2. 把手机重启一次。\n如果还是不行，麻烦您回复我。\n\n"
            "需要的信息：\n1. 日期和时间，\n精确到分钟。\n2. 您的号码。\n   对方的号码也要。\n")
    assert [(f.type, f.title, f.text) for f in cut(text)] == [
        ("step", "取下手机壳再试", "取下手机壳再试。"),
        ("step", "把手机重启一次", "把手机重启一次。"),
        ("section", "单通排查", "如果还是不行，麻烦您回复我。"),
        ("step", "日期和时间，精确到分钟", "日期和时间，精确到分钟。"),
        ("step", "您的号码", "您的号码。对方的号码也要。"),
    ]


def test_canned_replies_are_titled_by_their_templates() -> None:
    # a file of canned replies titles each template 「【模板 3】…」 or 「=== 模板 4：… ===」: they are its
    # parts (every step hung under the file's title), so a template's short opening line ending in
    # 「：」 is its text again (it named the steps below it and was lost); a 【bracketed title】 line is
    # a part there too, and the file's first line still titles it
    text = ("通话质量 回复模板\n\n给坐席的说明：先换掉占位符。\n\n----------\n\n【模板 3】我听不到对方的声音\n\n"
            "{客户姓名}您好，听不到对方一般是听筒的问题，请您试试：\n1. 按音量加键。\n2. 切换一次免提。\n\n----------\n\n"
            "=== 模板 4：回声（听到自己的声音） ===\n\n{客户姓名}您好，回声一般是对方那一端造成的。\n\n【内部备注】\n不用建工单。\n")
    assert [(f.type, f.title, f.text, f.procedure.title if f.procedure else "") for f in cut(text)] == [
        ("section", "通话质量 回复模板", "给坐席的说明：先换掉占位符。", ""),
        ("section", "【模板 3】我听不到对方的声音", "{客户姓名}您好，听不到对方一般是听筒的问题，请您试试：", ""),
        ("step", "按音量加键", "按音量加键。", "【模板 3】我听不到对方的声音"),
        ("step", "切换一次免提", "切换一次免提。", "【模板 3】我听不到对方的声音"),
        ("section", "模板 4：回声（听到自己的声音）", "{客户姓名}您好，回声一般是对方那一端造成的。", ""),
        ("section", "内部备注", "不用建工单。", ""),
    ]
    # but one 【label】 line alone titles no parts, a closing line framed by two hyphens is no title,
    # nor is a framed sentence
    text = "匯出說明\n\n【轉人工】以上未能解答，請致電客服。\n\n-- 匯出完畢 · 共 14 條 --\n\n=== 注意：請勿外傳。 ===\n\n【提示】請先重啟\n"
    assert [(f.type, f.title, f.text) for f in cut(text)] == [
        ("section", "匯出說明", "【轉人工】以上未能解答，請致電客服。\n-- 匯出完畢 · 共 14 條 --\n=== 注意：請勿外傳。 ===\n【提示】請先重啟"),
    ]



def test_step_lines_typed_one_under_the_other_are_steps() -> None:
    # 「第一步」 to 「第三步」 without blank lines were one paragraph to Markdown: one passage, cut mid-step
    # when long; an indented 「第二步」 stays the line of the item above it
    text = ("导出照片\n\n做法如下：\n第一步：导出。打开 cloud.kcell.kz。\n第二步：解压。\n第三步：上传到 icloud.com/photos。\n\n"
            "- 备注\n  第二步可以跳过。\n")
    assert [(f.type, f.title, f.text, f.procedure.title if f.procedure else "") for f in cut(text)] == [
        ("step", "导出", "第一步：导出。打开 cloud.kcell.kz。", "做法如下"),
        ("step", "解压", "第二步：解压。", "做法如下"),
        ("step", "上传到 icloud.com/photos", "第三步：上传到 icloud.com/photos。", "做法如下"),
        ("section", "导出照片", "备注第二步可以跳过。", ""),
    ]


@pytest.mark.parametrize("text, n, times", [
    (lambda n: "[[a][" * n, 5_000, 10),                                            # brackets that never close into a link
    (lambda n: "".join(" " * (i % 200) + "- 行\n" for i in range(n)), 1_000, 4),   # deep indents under e-mail header patterns
])
def test_pathological_text_is_read_in_linear_time(text: Callable[[int], str], n: int, times: float) -> None:
    # a guard against a hang (100 s and 13 s before), not a speed target: the text at 4n against the
    # text at n and against ordinary text as long, in the same run. Both blow-ups were linear, a
    # cost per bracket or per indented line: 「[[a][」 was read 100× slower than ordinary text, the
    # indented lines 6× (0.8× now)
    assert assert_linear(lambda t: render(Source("doc.txt", "doc", t, "markdown", "0"))[0], text, n,
                         ordinary=ordinary_text, times=times)
