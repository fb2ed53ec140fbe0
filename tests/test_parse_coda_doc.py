"""A Coda doc page published to the web, saved by the browser: what a reader gets from its canvas, fragment by fragment."""
from __future__ import annotations

from bs4 import BeautifulSoup

from indexer.sites.coda_doc import coda_blocks
from indexer.fragment import parse_source
from indexer.model import Fragment, Source

from fragments import texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("coda.html", "coda", html, "html", "0"))[1]


def line(kind: str, text: str) -> str:
    tag = "h2" if kind == "heading2" else "div"
    return f'<{tag} class="kr-line kr-{kind}">{text}</{tag}>'


def check(text: str, done: bool) -> str:
    return (f'<div class="kr-line kr-checklist-item{" kr-checked" if done else ""}"><span class="kr-checkbox" '
            f'role="checkbox" aria-checked="{"true" if done else "false"}"></span>'
            f'<span class="kr-checklist-text">{text}</span></div>')


def callout(icon: str, text: str) -> str:
    return (f'<div class="kr-callout"><span class="kr-callout-icon">{icon}</span>'
            f'<div class="kr-callout-content">{line("paragraph", text)}</div></div>')


def question(title: str, answer: str) -> str:
    return (f'<div class="kr-collapsible"><h3 class="kr-line kr-heading3 kr-collapsible-heading">'
            f'<span class="kr-collapse-toggle">▸</span>{title}</h3>'
            f'<div class="kr-collapsible-content">{line("paragraph", answer)}</div></div>')


def table(title: str, *rows: tuple[str, ...]) -> str:
    def row(cells: tuple[str, ...], role: str) -> str:
        return '<div class="kr-table-row" role="row">' + "".join(
            f'<div class="kr-table-cell" role="{role}">{cell}</div>' for cell in cells) + "</div>"
    return (f'<div class="kr-table-container" data-coda-ui-id="table-view"><div class="kr-table-title">{title}</div>'
            f'<div class="kr-table" role="grid">{row(rows[0], "columnheader")}'
            + "".join(row(cells, "gridcell") for cells in rows[1:])
            + f'</div><div class="kr-table-footer">{len(rows) - 1} rows · 区域 ▾</div></div>')


def page(*blocks: str) -> str:
    """The published page: doc header, page list, the canvas with its title, the page links, Made with Coda."""
    return ('<html><head><title>SIM 卡 · 手册</title><meta property="og:site_name" content="Coda"></head>'
            '<body class="kr-body kr-published-doc"><div id="root"><div class="kr-app-shell" data-coda-ui-id="app-shell">'
            '<header class="kr-doc-header" data-coda-ui-id="doc-header"><div class="kr-doc-title">手册</div>'
            '<button class="kr-button" type="button">Copy doc</button></header><div class="kr-layout">'
            '<nav class="kr-page-list" role="navigation"><ul><li><a href="https://coda.io/d/a">首页</a></li>'
            '<li><a href="https://coda.io/d/b">照片整理</a></li></ul></nav>'
            '<main class="kr-canvas" data-coda-ui-id="canvas"><div class="kr-page"><div class="kr-page-header">'
            '<h1 class="kr-page-title"><span class="kr-page-title-icon">📶</span>SIM 卡</h1></div>'
            + "".join(blocks)
            + '<div class="kr-page-nav"><a class="kr-page-nav-prev" href="https://coda.io/d/a">← 安装点位</a>'
            '<a class="kr-page-nav-next" href="https://coda.io/d/b">照片整理与物种标注 →</a></div>'
            '<div class="kr-page-footer"><button class="kr-button" type="button">有用 18</button></div></div></main></div>'
            '<footer class="kr-made-with-coda" data-coda-ui-id="made-with-coda"><a href="https://coda.io/">Made with Coda</a>'
            '</footer></div></div></body></html>')


def test_list_lines_are_lists_and_a_checklist_keeps_what_is_done() -> None:
    # read as it stood, the numbered and bulleted lines were plain lines and the ticks (empty spans) were lost
    html = page(line("heading2", "套餐怎么选"), line("paragraph", "我们现在用的是："),
                line("numbered-list", "Kcell IoT：每月 590 坚戈。"), line("numbered-list", "Tele2：每月 800 坚戈。"),
                line("heading2", "装卡前的检查清单"),
                '<div class="kr-checklist">' + check("关掉 PIN 码", True) + check("填 APN", False) + "</div>")
    soup = BeautifulSoup(html, "lxml")
    coda_blocks(soup)
    assert [li.get_text() for li in soup.main.find("ol").find_all("li")] == ["Kcell IoT：每月 590 坚戈。", "Tele2：每月 800 坚戈。"]
    assert [li.get_text() for li in soup.main.find("ul").find_all("li")] == ["[x] 关掉 PIN 码", "[ ] 填 APN"]
    assert texts(cut(html))[-1] == ("section", "装卡前的检查清单", "[x] 关掉 PIN 码\n[ ] 填 APN")


def test_callouts_are_text_of_their_section_and_the_next_page_link_closes_no_answer() -> None:
    # the callout's icon goes, its text a note of the part it stands in; the previous / next page links
    # (「照片整理与物种标注 →」 was glued to the last answer) are no text of the page
    frags = cut(page(line("paragraph", "每台相机插一张卡。"), callout("⚠️", "放相机之前先看信号。"),
                     line("heading2", "常见问题"), question("冬天卡会不会坏？", "SIM 卡本身耐冻。")))
    assert texts(frags) == [
        ("section", "SIM 卡", "每台相机插一张卡。\n放相机之前先看信号。"),
        ("qa", "冬天卡会不会坏？", "SIM 卡本身耐冻。")]


def test_a_table_view_is_a_table_captioned_by_its_title_without_its_footer() -> None:
    html = page(line("heading2", "选哪家运营商"),
                table("点位与信号", ("区域", "运营商"), ("歌唱沙丘", "Kcell"), ("Актау", "Tele2")))
    soup = BeautifulSoup(html, "lxml")
    coda_blocks(soup)
    assert soup.find("table").caption.get_text() == "点位与信号"
    assert texts(cut(html)) == [("section", "选哪家运营商", "点位与信号\n区域 | 运营商\n歌唱沙丘 | Kcell\nАктау | Tele2")]


def test_a_page_without_codas_marks_is_unchanged() -> None:
    html = ('<html><body><main class="kr-canvas"><div class="kr-line kr-numbered-list">一</div>'
            '<div class="kr-line kr-numbered-list">二</div></main></body></html>')
    soup = BeautifulSoup(html, "lxml")
    coda_blocks(soup)
    assert soup.find("ol") is None and len(soup.find_all("div", class_="kr-line")) == 2
