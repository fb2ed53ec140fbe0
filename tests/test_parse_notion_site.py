"""A Notion page published to the web (notion.site) as the browser saves it: every block a <div>
with Notion's block id and kind, no heading, list or table of the HTML's own but the page's title
and a table block's <table>. What a reader gets from it, fragment by fragment."""
from __future__ import annotations

import itertools

from bs4 import BeautifulSoup

from indexer.sites.notion_site import notion_blocks

from fragments import cut

_IDS = itertools.count(1)


def block(kind: str, text: str = "", inner: str = "", marker: str = "") -> str:
    """A block as the live page draws it: its marker (a bullet, a number, a toggle's triangle) in a
    box of its own, its text in the editable leaf, its nested blocks in a div after the leaf."""
    leaf = f"<div contenteditable='false' data-content-editable-leaf='true' placeholder=' '>{text}</div>"
    box = f"<div class='notion-list-item-box-left pseudoSelection' contenteditable='false'>{marker}</div>" if marker else ""
    return (f"<div class='notion-selectable notion-{kind}-block' data-block-id='b-{next(_IDS)}'>"
            f"<div>{box}<div><div>{leaf}</div><div>{inner}</div></div></div></div>")


def numbered(number: int, text: str, inner: str = "") -> str:
    return block("numbered_list", text, inner, f"<span class='pseudoBefore' style='--pseudoBefore--content: \"{number}.\";'></span>")


def bullet(text: str, inner: str = "") -> str:
    return block("bulleted_list", text, inner, "<div class='pseudoBefore' style='--pseudoBefore--content: \"•\";'></div>")


def toggle(question: str, answer: str) -> str:
    return block("toggle", question, block("text", answer), "<div role='button' aria-label='Close'><svg class='triangle'></svg></div>")


def callout(icon: str, text: str) -> str:
    return (f"<div class='notion-selectable notion-callout-block' data-block-id='b-{next(_IDS)}'><div><div role='note'>"
            f"<div><div class='notion-record-icon notranslate' aria-label='{icon}' role='button'>"
            f"<img class='notion-emoji' alt='{icon}'></div></div><div><div contenteditable='false' "
            f"data-content-editable-leaf='true'>{text}</div></div></div></div></div>")


def table(*rows: tuple[str, ...]) -> str:
    cells = ("".join(f"<td><div class='notion-table-cell'><div class='notion-table-cell-text' contenteditable='false' "
                     f"data-content-editable-leaf='true'>{cell}</div></div></td>" for cell in row) for row in rows)
    return (f"<div class='notion-selectable notion-table-block' data-block-id='b-{next(_IDS)}'><div><table><tbody>"
            + "".join(f"<tr class='notion-selectable notion-table_row-block' data-block-id='r-{next(_IDS)}'>{row}</tr>"
                      for row in cells) + "</tbody></table></div></div>")


def page(title: str, *blocks: str) -> str:
    return ("<html><body><div id='notion-app'><div class='notion-frame'><div class='notion-topbar'>"
            "<div class='notranslate shadow-cursor-breadcrumb'><a href='/a' role='button'>通讯手册</a><span>/</span>"
            f"<div role='button'>{title}</div></div><a href='https://www.notion.so/signup' role='button'>Get Notion free</a></div>"
            "<div class='notion-scroller vertical'><div class='layout'><div class='layout-content'><div>"
            f"<div class='notion-selectable notion-page-block' data-block-id='p-0'><h1 class='notranslate' "
            f"contenteditable='false' data-content-editable-leaf='true'>{title}</h1></div></div>"
            f"<div class='notion-page-content'>{''.join(blocks)}</div></div></div></div>"
            "<div class='notion-presence-container'><a class='notion-made-with-notion-badge' href='https://www.notion.com'>"
            "<span>Made with</span><span>Notion</span></a></div></div></div></body></html>")


def test_header_blocks_are_headings_and_the_outline_block_goes() -> None:
    # each section was a text line and every fragment carried the page's title
    html = page("漫游消费上限",
                block("table_of_contents", "<a href='#h1'>什么是上限</a><a href='#h2'>各家的上限</a>"),
                block("header", "什么是上限"), block("text", "按 MB 计费的流量花到上限，移动数据就暂停。"),
                block("sub_header", "各家的上限"), block("text", "Kcell 是 25 000 ₸。"),
                block("sub_sub_header", "Beeline"), block("text", "Beeline 是 50 USD。"))
    assert [(f.title, f.text, f.path) for f in cut(html)] == [
        ("什么是上限", "按 MB 计费的流量花到上限，移动数据就暂停。", ("漫游消费上限", "什么是上限")),
        ("各家的上限", "Kcell 是 25 000 ₸。", ("漫游消费上限", "什么是上限", "各家的上限")),
        ("Beeline", "Beeline 是 50 USD。", ("漫游消费上限", "什么是上限", "各家的上限", "Beeline"))]


def test_a_run_of_numbered_blocks_is_one_procedure_and_toggles_are_questions() -> None:
    # the numbers were only in CSS: the items were plain lines, the toggles loose lines
    html = page("到了上限怎么办",
                block("header", "用 USSD 确认继续上网"),
                numbered(1, "先确认「数据漫游」开着。"),
                numbered(2, "Kcell 拨 <span class='notion-enable-hover'>*144*9*1#</span>。", bullet("拨了没反应就连 Wi-Fi。")),
                numbered(3, "开关一次飞行模式。"),
                block("text", "确认只在本周期内有效。"),
                block("header", "常见问题"),
                toggle("上限是按号码算吗？", "按号码。"), toggle("回国要手动恢复吗？", "不用。"))
    assert [(f.type, f.title, f.text) for f in cut(html)] == [
        ("step", "先确认「数据漫游」开着", "先确认「数据漫游」开着。"),
        ("step", "Kcell 拨 *144*9*1#", "Kcell 拨 *144*9*1#。\n拨了没反应就连 Wi-Fi。"),
        ("step", "开关一次飞行模式", "开关一次飞行模式。"),
        ("section", "用 USSD 确认继续上网", "确认只在本周期内有效。"),
        ("qa", "上限是按号码算吗？", "按号码。"), ("qa", "回国要手动恢复吗？", "不用。")]


def test_callouts_tables_and_dividers_read_as_the_page_shows_them() -> None:
    html = page("上限档位",
                block("header", "可选的档位"), table(("运营商", "档位"), ("Kcell", "5 000 / 25 000 ₸")),
                callout("⚠️", "取消上限以后就没有封顶了。"), block("divider"),
                block("text", "Tele2 的档位下个月公布。"))
    assert [(f.title, f.text) for f in cut(html)] == [
        ("可选的档位", "运营商 | 档位\nKcell | 5 000 / 25 000 ₸\n取消上限以后就没有封顶了。"),
        ("可选的档位", "Tele2 的档位下个月公布。")]


def test_lists_keep_their_first_number_their_kinds_apart_and_typed_line_breaks() -> None:
    soup = BeautifulSoup(page("t", numbered(3, "第三步"), numbered(4, "第四步"), bullet("一点"),
                              block("text", "第一行\n第二行"), block("text", ""), block("image"),
                              block("image", "提醒短信长这样")), "lxml")
    notion_blocks(soup)
    content = soup.find(class_="notion-page-content")
    # an empty text block is Notion's spacing, a picture shows its caption only
    assert [tag.name for tag in content.find_all(True, recursive=False)] == ["ol", "ul", "p", "figure"]
    assert content.ol["start"] == "3" and [li.get_text() for li in content.ol.find_all("li")] == ["第三步", "第四步"]
    assert str(content.p) == "<p>第一行<br/>第二行</p>" and content.figure.get_text() == "提醒短信长这样"
    assert soup.h1.get_text() == "t"        # the title stays the page's <h1>


def test_only_notions_own_blocks_are_rewritten() -> None:
    # a block id without Notion's kind class (another editor's), a Notion-like class without the id
    for html in ("<html><body><main><div data-block-id='x' class='block'><div>要点</div></div></main></body></html>",
                 ("<html><body><main><div class='notion-header-block'><div>标题</div></div>"
                  "<div class='notion-text-block'><div>正文</div></div></main></body></html>")):
        soup = BeautifulSoup(html, "lxml")
        notion_blocks(soup)
        assert str(soup) == str(BeautifulSoup(html, "lxml"))


def test_the_pages_footer_under_its_divider_is_no_answer() -> None:
    # the related pages are a line of links, as anywhere; the note asking readers to have the page
    # corrected is a sign-off (it was a passage of its own, titled by the FAQ heading above it)
    html = page("漫游消费上限", block("header", "常见问题"), toggle("上限按号码算吗？", "按号码。"), block("divider"),
                block("text", "相关页面：<a href='/a'>漫游开通</a> · <a href='/b'>打电话回家</a> · <a href='/c'>账单晚到</a>"),
                block("text", "有错误或者价格变了，请在群里 @管理员 更新本页。"))
    assert [(f.type, f.title, f.text) for f in cut(html)] == [("qa", "上限按号码算吗？", "按号码。")]


def saved_block(kind: str, text: str, inner: str = "", icon: str = "", block_id: bool = True) -> str:
    """A block as another save of the live page writes it (holdout270): its text in a 「div.notranslate」 without the
    leaf mark, a nested block without its id, a callout's icon an emoji in a 「div.notion-record-icon」."""
    ident = f" data-block-id='s-{next(_IDS)}'" if block_id else ""
    mark = (f"<div class='notion-record-icon notranslate' role='img' aria-label='{icon}'><span>{icon}</span></div>"
            if icon else "<div role='button' aria-expanded='false'><svg class='arrowCaretDownFillSmall'></svg></div>"
            if kind == "toggle" else "")
    nested = f"<div style='padding-left:26px;'>{inner}</div>" if inner else ""
    return (f"<div{ident} class='notion-selectable notion-{kind}-block'><div style='display:flex;'>{mark}"
            f"<div><div class='notranslate'>{text}</div></div></div>{nested}</div>")


def test_a_save_without_leaf_marks_keeps_toggles_apart_and_drops_the_callouts_emoji() -> None:
    # holdout270: the callouts' 「💡」 / 「⚠️」 were text, the toggles one section, each question glued to its answer
    html = page("落地指南",
                saved_block("callout", "本页由学联外联部维护。", icon="💡"),
                block("header", "开银行卡"), saved_block("text", "先办 ИИН。"),
                saved_block("callout", "注意：卡绑定手机号。", icon="⚠️"),
                block("header", "常见问题"),
                saved_block("toggle", "银联卡能用吗？", saved_block("text", "Halyk 的 ATM 能取。", block_id=False)),
                saved_block("toggle", "能先办 SIM 卡吗？", saved_block("text", "可以。", block_id=False)))
    assert [(f.type, f.title, f.text) for f in cut(html)] == [
        ("section", "落地指南", "本页由学联外联部维护。"),
        ("section", "开银行卡", "先办 ИИН。\n注意：卡绑定手机号。"),
        ("qa", "银联卡能用吗？", "Halyk 的 ATM 能取。"), ("qa", "能先办 SIM 卡吗？", "可以。")]
