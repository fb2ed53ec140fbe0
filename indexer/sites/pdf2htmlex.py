"""A PDF converted to HTML by pdf2htmlEX (a manual, a guide or a leaflet published as the page the tool writes).

pdf2htmlEX draws every page of the PDF as it was printed: the outline sidebar (`div#sidebar`, the PDF's bookmarks),
then `div#page-container`, one `div.pf` per page (`data-page-no`), its `div.pc` holding the page's background
image (`img.bi`) and one absolutely positioned `div.t` per printed line (「t m0 x1 h3 y4 ff2 fs1 fc0 sc0 ls0 ws0」:
its position, its font `ffN` and its font size `fsN`, numbered as the tool met them, their sizes in the page's
own stylesheet when it embeds one). No element says what a line is: a heading is only a line set in a font and
size the body text is not in, and a paragraph is the lines the PDF broke it into at the page's right margin.

Read as it stood (holdout244), no heading was one (「1 产品概述」, 「2 安装 SIM 卡」… kept as lines, every part titled
by the page title, the numbered steps the page title's steps, each heading glued to the text above it) and the
PDF's breaks stayed inside sentences (「…报告温度、湿度和」 / 「土壤水分，…」).

`pdf2htmlex` reads the pages' lines as the document they print. The body's font is the font and size most of the
text is set in. A line in another font and size is a heading when it is short and no sentence (it ends
without a full stop; when the page's stylesheet gives the sizes, in a size larger than the body's): the first line
of the document an `<h1>` (its title), the others an `<h2>`, a heading numbered 「1.1」 an `<h3>` (a level a
number's dot). A body line is joined to the one before it when that one ran to the margin (nearly as wide as the
widest body line) and ended mid-sentence (no full stop or colon), and this one opens no step, item or 问/答 label:
a paragraph again, across a page break too. Each other body line stays a line of its own (a step 「1.」, a
「问：」/「答：」 line, a command line), as the generic reading takes it. A page's running header and footer (its
number, or a line opening or closing two pages or more, its numbers aside) are the printer's, not the text's:
dropped, bar the document's first line (its title). The outline sidebar (the bookmarks repeating the headings) and
the loading indicator are the tool's furniture, dropped.

Detected by the tool's generator meta (「pdf2htmlEX」) and its page container with its pages.
"""
from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup, Tag

from indexer.analysis import width
from indexer.html_text import class_names, clean, generated_by, raw_text, site_reader, text_tag

MARKS = frozenset({"#page-container", "pf", "pc"})
_GENERATOR = re.compile(r"^\s*pdf2htmlEX\b", re.IGNORECASE)
_FONT = re.compile(r"^(?:ff|fs)[0-9a-f]+$")
# a font size the page's own stylesheet gives: 「.fs2{font-size:52.000000px;}」
_SIZE_RULE = re.compile(r"\.(fs[0-9a-f]+)\s*\{\s*font-size\s*:\s*([\d.]+)px", re.IGNORECASE)
# how a sentence or a label ends: a line ending so is no paragraph broken at the margin, nor a heading
_ENDED = re.compile(r"[。！？!?.．：:…；;]$")
_CLAUSE_END = re.compile(r"[。！？!?.．：:…]$")
# how a line of its own opens: a step or item 「1.」 「（2）」 「•」, a 「问：」/「答：」 label
_OWN_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、)）](?!\d)|[（(]\d{1,2}[)）]|[•·▪●■◆\-–—*]\s|(?:问|答|問|Q|A)\s*[：:])")
# a heading's section number: 「1」, 「1.1」, 「2.3.1」
_NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s")
# a page's number printed at its head or foot: 「3」, 「- 3 -」, 「第 3 页」, 「3 / 12」, 「Page 3」, 「Стр. 3」
_PAGE_NUMBER = re.compile(r"^[\s\-–—]*(?:第\s*\d{1,4}\s*[页頁]"
                          r"|(?:page|p\.|стр\.?|страница)?\s*\d{1,4}(?:\s*(?:/|of|из)\s*\d{1,4})?)[\s\-–—]*$",
                          re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_MARGIN = 0.75          # a line at least this share of the widest body line's width ran to the margin
_HEADING_WIDTH = 30     # a heading is no longer than this many Chinese characters' width


@site_reader(MARKS)
def pdf2htmlex(soup: BeautifulSoup) -> None:
    """Read a pdf2htmlEX page's lines as its headings and paragraphs (see the module's docstring). A page of any
    other kind is unchanged."""
    head = soup.head
    if head is None or not generated_by(head, _GENERATOR):
        return
    container = soup.find("div", id="page-container")
    if not isinstance(container, Tag):
        return
    lines = _printed_lines(container)
    if not lines:
        return
    fonts = [_font(line) for line, _ in lines]
    reach: Counter[tuple[str, ...]] = Counter()     # font -> how much of the text is set in it
    for (_, text), font in zip(lines, fonts):
        reach[font] += width(text)
    body = reach.most_common(1)[0][0]
    sizes = _sizes(head)
    widest = max(width(text) for (_, text), font in zip(lines, fonts) if font == body)
    blocks: list[Tag] = []
    before = ""             # the body line the last paragraph ends with, "" after a heading
    for k, ((line, text), font) in enumerate(zip(lines, fonts)):
        if font != body and _is_heading(text, font, body, sizes):
            blocks.append(text_tag(soup, "h1" if k == 0 else _level(text), text))
            before = ""
        elif before and font == body and width(before) >= _MARGIN * widest and not _CLAUSE_END.search(before) \
                and not _OWN_LINE.match(text):
            paragraph = blocks[-1]
            paragraph.string = str(paragraph.string) + ("" if _cjk_joint(before, text) else " ") + text
            before = text
        else:
            blocks.append(text_tag(soup, "p", text))
            before = text if font == body else ""
    for furniture in (soup.find("div", id="sidebar"), soup.find("div", class_="loading-indicator")):
        if isinstance(furniture, Tag):
            furniture.decompose()
    container.clear()
    container.extend(blocks)


def _printed_lines(container: Tag) -> list[tuple[Tag, str]]:
    """The pages' lines with their text, in order, without the page's running header and footer: a page number
    (「3」, 「第 3 页」, 「3 / 12」) or a line repeated (its numbers aside) as the first or last of two pages or more.
    The document's first line stays (its title, which a running header repeats)."""
    pages = [[(line, text) for line in page.find_all("div", class_="t")
              if (text := clean(raw_text(line)).replace("\n", " "))]
             for page in container.find_all("div", class_="pf")]
    edges = [[lines[0], lines[-1]] if len(lines) > 1 else lines for lines in pages]
    # a line's shape (its numbers aside) -> how many pages open or close with it
    shapes = Counter(shape for page_edges in edges for shape in {_DIGITS.sub("#", text) for _, text in page_edges})
    running = {id(line) for page_edges in edges for line, text in page_edges
               if _PAGE_NUMBER.match(text) or (len(pages) > 1 and shapes[_DIGITS.sub("#", text)] > 1)}
    printed = [(line, text) for page in pages for line, text in page]
    return [(line, text) for k, (line, text) in enumerate(printed) if k == 0 or id(line) not in running]


def _font(line: Tag) -> tuple[str, ...]:
    """The line's font and size classes (「ff2」, 「fs1」)."""
    return tuple(sorted(name for name in class_names(line) if _FONT.match(name)))


def _sizes(head: Tag) -> dict[str, float]:
    """Each font-size class the page's own stylesheet sizes (none when it links the tool's stylesheets only)."""
    return {name: float(size) for style in head.find_all("style")
            for name, size in _SIZE_RULE.findall(style.get_text())}


def _is_heading(text: str, font: tuple[str, ...], body: tuple[str, ...], sizes: dict[str, float]) -> bool:
    """A line in a font other than the body's is a heading when it is short, no sentence, no item, and (when the
    stylesheet says) set larger than the body."""
    if width(text) > _HEADING_WIDTH or _ENDED.search(text) or _OWN_LINE.match(text):
        return False
    size, body_size = (next((sizes[name] for name in classes if name in sizes), None) for classes in (font, body))
    return size is None or body_size is None or size > body_size


def _level(text: str) -> str:
    """A heading's level by its section number's depth: 「1 产品概述」 an h2, 「1.1 技术参数」 an h3; unnumbered an h2."""
    number = _NUMBERED.match(text)
    return f"h{min(2 + number.group(1).count('.'), 6)}" if number else "h2"


def _cjk_joint(before: str, after: str) -> bool:
    """Whether the break between two lines falls next to a Chinese character or mark: joined without a space."""
    return width(before[-1]) == 1 or width(after[0]) == 1
