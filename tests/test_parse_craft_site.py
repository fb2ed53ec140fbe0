"""A Craft document shared as a public page, as the browser saves it: every block a
div.craft-block with its id and kind, list items no <li> but a decoration and an indentation
level, a toggle's blocks in a div after its text. What a reader gets from it, fragment by fragment."""
from __future__ import annotations

import itertools

from bs4 import BeautifulSoup

from indexer.sites.craft_site import craft_blocks

from fragments import cut

_IDS = itertools.count(1)


def text(body: str, style: str = "body", extra: str = "", children: str = "", before: str = "") -> str:
    """A text block as Craft draws it: its decoration (a bullet, a number, a toggle's button), its
    text in div.craft-text, the blocks it holds (a toggle's) in div.craft-block-children."""
    inner = f"<h2 class='craft-text craft-heading'>{body}</h2>" if style == "subtitle" else f"<div class='craft-text'>{body}</div>"
    held = f"<div class='craft-block-children'>{children}</div>" if children else ""
    return (f"<div class='craft-block craft-text-block' data-block-id='B-{next(_IDS)}' data-block-type='text' "
            f"data-text-style='{style}' {extra}>{before}<div class='craft-block-content text-style-{style}'>{inner}</div>{held}</div>")


def item(kind: str, body: str, level: int = 0, mark: str = "•") -> str:
    return text(body, extra=f"data-list-style='{kind}' data-indentation-level='{level}'",
                before=f"<span class='craft-list-decoration' aria-hidden='true'>{mark}</span>")


def numbered(number: int, body: str, level: int = 0) -> str:
    return item("numbered", body, level, f"{number}.")


def toggle(question: str, answer: str) -> str:
    return text(question, extra="data-list-style='toggle'",
                before="<button class='craft-list-decoration craft-toggle' aria-label='Collapse'><svg></svg></button>",
                children=text(answer, extra="data-indentation-level='1'"))


def code(source: str, language: str = "Shell") -> str:
    return (f"<div class='craft-block craft-code-block' data-block-id='B-{next(_IDS)}' data-block-type='code'>"
            f"<div class='craft-code-header'><span class='craft-code-language'>{language}</span>"
            f"<button class='craft-code-copy' type='button'>Copy</button></div>"
            f"<pre class='craft-code'><code>{source}</code></pre></div>")


def page(title: str, *blocks: str) -> str:
    return ("<html><body><div id='root'><header class='share-topbar'><div class='share-topbar-title'>"
            f"{title}</div><a href='craftdocs://open'>Open in Craft</a></header><main class='share-document'>"
            f"<div class='craft-document'><div class='craft-block craft-page-title' data-block-id='P-0' "
            f"data-block-type='page'><h1 class='craft-text craft-title'>{title}</h1></div>{''.join(blocks)}</div></main>"
            "<footer class='share-footer'><a href='https://www.craft.do'>Made with Craft</a></footer></div></body></html>")


def test_numbered_blocks_are_a_procedure_holding_their_indented_bullets() -> None:
    # the numbers were decorations: the items were plain lines, the brands' bullets run into them
    html = page("USB 网络共享",
                text("安卓手机", "subtitle"),
                numbered(1, "用数据线连上电脑。"),
                numbered(2, "打开共享开关，位置因品牌而异："),
                item("bullet", "三星：设置 → 连接", level=1), item("bullet", "小米：设置 → 连接与共享", level=1),
                numbered(3, "电脑上出现“以太网”就好了。"))
    assert [(f.type, f.title, f.text) for f in cut(html)] == [
        ("step", "用数据线连上电脑", "用数据线连上电脑。"),
        ("step", "打开共享开关，位置因品牌而异", "打开共享开关，位置因品牌而异：\n三星：设置 → 连接\n小米：设置 → 连接与共享"),
        ("step", "电脑上出现“以太网”就好了", "电脑上出现“以太网”就好了。")]


def test_a_code_block_between_steps_that_go_on_counting_is_the_step_above_it() -> None:
    # its language label was a line of text, a length cut fell after it, and step 3 was cut off alone
    html = page("排查", text("无 Internet", "subtitle"),
                numbered(1, "关掉电脑的 Wi-Fi。"), numbered(2, "依次运行下面的命令："),
                code("ipconfig /release\nipconfig /renew"), numbered(3, "重启电脑。"))
    assert [(f.type, f.text) for f in cut(html)] == [
        ("step", "关掉电脑的 Wi-Fi。"), ("step", "依次运行下面的命令：\nipconfig /release\nipconfig /renew"),
        ("step", "重启电脑。")]
    # a list counted afresh is another list: the block between stays the part's own text
    html = page("排查", text("无 Internet", "subtitle"), numbered(1, "关掉 Wi-Fi。"), numbered(2, "重启。"),
                code("ipconfig /all"), numbered(1, "再插线。"), numbered(2, "再试。"))
    assert [(f.type, f.text) for f in cut(html)][2] == ("section", "ipconfig /all")


def test_toggles_are_questions_and_a_strong_block_is_a_heading() -> None:
    html = page("USB 网络共享",
                text("Windows 认不出手机", "subtitle"), text("按 Win + X 打开设备管理器。"),
                text("Mac 配安卓手机", "strong"), text("macOS 不带 RNDIS 驱动。"),
                text("常见问题", "subtitle"),
                toggle("能和热点同时开吗？", "可以。"), toggle("Linux 能用吗？", "能，自带 rndis_host。"))
    assert [(f.type, f.title, f.text) for f in cut(html)] == [
        ("section", "Windows 认不出手机", "按 Win + X 打开设备管理器。"),
        ("section", "Mac 配安卓手机", "macOS 不带 RNDIS 驱动。"),
        ("qa", "能和热点同时开吗？", "可以。"), ("qa", "Linux 能用吗？", "能，自带 rndis_host。")]


def test_tables_lines_and_focus_blocks_read_as_the_page_shows_them() -> None:
    table = ("<div class='craft-block craft-table-block' data-block-id='T-1' data-block-type='table'>"
             "<div class='craft-table' role='table'><div role='row'><div role='columnheader'><div class='craft-text'>"
             "方式</div></div><div role='columnheader'><div class='craft-text'>速度</div></div></div><div role='row'>"
             "<div role='cell'><div class='craft-text'>USB</div></div><div role='cell'><div class='craft-text'>"
             "30–60 Mbps</div></div></div></div></div>")
    line = "<div class='craft-block craft-line-block' data-block-id='L-1' data-block-type='line'><hr class='craft-line'></div>"
    soup = BeautifulSoup(page("t", table, text("⚠️ 线只能充电就换一根。", extra="data-decoration='focus'"), line,
                              text(""), item("bullet", "一点"), item("bullet", "两点")), "lxml")
    craft_blocks(soup)
    document = soup.find(class_="craft-document")
    # (an empty text block is spacing)
    assert [tag.name for tag in document.find_all(True, recursive=False)] == ["div", "table", "div", "hr", "ul"]
    assert [cell.name for cell in document.table.find_all(["th", "td"])] == ["th", "th", "td", "td"]
    assert [li.get_text() for li in document.ul.find_all("li")] == ["一点", "两点"]
    assert soup.h1.get_text() == "t"        # the title stays the page block's <h1>


def test_only_crafts_own_blocks_are_rewritten() -> None:
    # a block id and kind without Craft's class (another editor's), Craft's class without the id
    for html in (("<html><body><main><div data-block-id='x' data-block-type='text' class='block'>"
                  "<span class='craft-list-decoration'>1.</span><div>要点</div></div></main></body></html>"),
                 ("<html><body><main><div class='craft-block' data-block-type='text' data-list-style='numbered'>"
                  "<span>1.</span><div class='craft-text'>第一步</div></div></main></body></html>")):
        soup = BeautifulSoup(html, "lxml")
        craft_blocks(soup)
        assert str(soup) == str(BeautifulSoup(html, "lxml"))
