"""A 135编辑器 (135editor.com) article preview page, as the browser saves it.

135editor's preview (its stylesheets and scripts under static.135editor.com) sets a top bar (logo, 「这是一篇 135编辑器
的预览文章…」, 「我也要排版」), then a WeChat-like article: `h2.rich_media_title`, the by-line
`div.rich_media_meta_list` (「原创」, the account's name, the date `em#publish_time`), `div#js_content` of the editor's
styled blocks (`section._135editor`: a coloured box holding a part's title, paragraphs, numbered sections each
opened by its drawn number `<span>01</span>`, a dashed tip box, the closing address, QR code and 「点个“在看”…」 line),
the toolbar 「阅读 / 赞 / 在看」 and the footer.

Read as it stood (holdout262): the six numbered sections 「01 打开微信…」 to 「06 让老人自己点一次…」 were lines of one
section, not a procedure; the by-line was dropped; the share line 「点个“在看”，转给需要的家人 👇」 stayed the article's
last line. `editor135_article` makes a run of two or more blocks opened by consecutive drawn numbers (01, 02, …) an
ordered list without the numbers, so that they are the steps of their part; the by-line is one line 「原创 · 青禾社区…
· 2026-11-20 09:30」 under the title; the share line, the top bar, the toolbar and the footer go.

Detected by the page's marks (`_135editor`, `rich_media_meta_list`) on a page loading 135editor's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import drop_selected, joined_line, one_line, site_reader

MARKS = frozenset({"_135editor", "rich_media_meta_list"})
_ASSETS = re.compile(r"^https?://static\.135editor\.com/")
_FURNITURE = ("div.preview-topbar", "div.rich_media_tool", "div.preview-footer")
_DRAWN_NUMBER = re.compile(r"^\s*(\d{2})\s*$")                  # a numbered section's drawn 「01」
_SHARE = re.compile(r"^\s*点个\s*[“\"「]?\s*在看")                # 「点个“在看”，转给需要的家人 👇」


@site_reader(MARKS, assets=_ASSETS)
def editor135_article(soup: BeautifulSoup) -> None:
    """Read a 135editor preview page's numbered sections, by-line and share line (see the module's docstring). A
    page of any other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for by_line in soup.find_all("div", class_="rich_media_meta_list"):
        joined_line(soup, by_line.find_all(class_="rich_media_meta"))
    for line in soup.select("section._135editor p"):
        if _SHARE.match(one_line(line)):
            line.decompose()
    for box in soup.find_all("section", class_="_135editor"):
        _numbered_steps(soup, box)


def _number(block: Tag) -> int:
    """The drawn number (「01」) a numbered section opens with, in its first element's first text; 0 for none."""
    first = block.find(string=lambda text: isinstance(text, NavigableString) and text.strip())
    drawn = _DRAWN_NUMBER.match(str(first)) if first is not None else None
    return int(drawn.group(1)) if drawn is not None and first.parent is not block else 0


def _numbered_steps(soup: BeautifulSoup, box: Tag) -> None:
    """A run of two or more of `box`'s blocks opened by consecutive drawn numbers an ordered list in their place,
    each item the block's text without its number."""
    blocks = [child for child in box.children if isinstance(child, Tag)]
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and _number(blocks[end]) == _number(blocks[k]) + (end - k) and _number(blocks[k]):
            end += 1
        if end - k < 2:
            k = max(end, k + 1)
            continue
        listed = soup.new_tag("ol")
        blocks[k].insert_before(listed)
        for block in blocks[k:end]:
            drawn = block.find(string=lambda text: isinstance(text, NavigableString) and text.strip())
            drawn.parent.decompose() if drawn.parent.get_text(strip=True) == drawn.strip() else drawn.extract()
            item = soup.new_tag("li")
            item.string = one_line(block).lstrip("\u3000 ")
            listed.append(item)
            block.decompose()
        k = end
