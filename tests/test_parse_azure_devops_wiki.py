"""An Azure DevOps wiki page's Markdown (holdout274): what its wiki shows, fragment by fragment — a `::: mermaid`
diagram is its drawing (no text), a mention `@<name>` reads 「@name」, a link's bracketed text `[[page]](/path)` its
page without its target."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import texts


def cut(text: str) -> list[Fragment]:
    return parse_source(Source("wiki.md", "wiki", text, "markdown", "0"))[1]


PAGE = """[[_TOC_]]

# 退款规程

> 本页由 @<王晓雯> 维护，如有疑问请 @<陈立>。

## 1. 退款流程

::: mermaid
graph LR
    A[用户申请退款] --> B{金额 ≤ 200?}
    B -- 是 --> C[一线直接退款]
:::

## 2. 操作步骤

1. 在 Zendesk 工单中核对订单号。
2. 打开 OMS 后台「售后 → 退款申请」。

## 3. 相关链接

- 上级页面：[[客服知识库首页]](/客服知识库)
- 代码 `@<x>` 原样
"""


def test_a_mermaid_container_shows_its_drawing_not_its_source() -> None:
    frags = texts(cut(PAGE))
    assert not any("graph LR" in text or "-->" in text or "B{" in text for _, _, text in frags)
    assert "退款流程" not in [title for _, title, _ in frags]    # a heading over a drawing only: no text of its own
    assert ("step", "在 Zendesk 工单中核对订单号", "在 Zendesk 工单中核对订单号。") in frags


def test_a_mention_reads_as_the_wiki_shows_it() -> None:
    assert texts(cut(PAGE))[0] == ("section", "退款规程", "本页由 @王晓雯 维护，如有疑问请 @陈立。")


def test_a_links_bracketed_text_is_its_page_without_the_target() -> None:
    assert texts(cut(PAGE))[-1] == ("section", "相关链接", "上级页面：客服知识库首页\n代码 @<x> 原样")


def test_an_ordinary_container_is_still_a_callout() -> None:
    assert texts(cut("# 文\n\n::: tip\n拨 *100# 查余额\n:::\n")) == [("section", "文", "拨 *100# 查余额")]
