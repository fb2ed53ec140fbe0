"""A docs page built with dumi 2 (its default theme) as the browser saves it, its code demos read.

dumi's default theme sets `div.dumi-default-header` (navbar, search 「⌘ K」, language select, colour switch, GitHub
icon), the sidebar and the page's markdown (`div.markdown`: headings with anchor links, lists, tables in
`div.dumi-default-table`), the content footer (最後更新時間, 幫助改進此文件), 「Powered by dumi」 and the TOC. A code demo
is a `div.dumi-default-previewer`: the rendered demo `div.dumi-default-previewer-demo` (the component itself: a
button 「NT$ 19.90 立即支付」), then `div.dumi-default-previewer-meta` holding the demo's description
`div.dumi-default-previewer-desc` (its h4 title 「基本用法」 over its markdown) and the action buttons (CodeSandbox,
copy, show code). The site serves dumi's bundles itself (`umi.<hash>.css`, `umi.<hash>.js`), no CDN of dumi's.

Read as it stood (holdout292), the demo's description was lost — the h4 「基本用法」 and 「金額以「分」為單位傳入，元件自動
顯示兩位小數。」 — while the rendered demo's button text was kept as the section's only text (UI as content).
`dumi_page` puts each previewer's description (its title and text) in the previewer's place; the rendered demo and
the action buttons go.

Detected by the page's marks (`dumi-default-previewer`, `dumi-default-previewer-desc`) on a page loading dumi's
bundles (`umi.<hash>.css` / `.js`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"dumi-default-previewer", "dumi-default-previewer-desc"})
# dumi's (umi's) bundles, served by the site itself: 「https://mini-pay.tinyshop.dev/umi.8c4e2f1a.css」
_ASSETS = re.compile(r"^(?:(?:https?:)?//[^/]+)?/(?:[^?#]*/)?umi\.[0-9a-f]{6,}\.(?:css|js)(?:[?#]|$)")


@site_reader(MARKS, assets=_ASSETS)
def dumi_page(soup: BeautifulSoup) -> None:
    """Read a dumi page's code demos as their descriptions (see the module's docstring); a page of any other kind
    is unchanged."""
    for previewer in soup.find_all("div", class_="dumi-default-previewer"):
        desc = previewer.find(class_="dumi-default-previewer-desc")
        if not isinstance(desc, Tag) or not one_line(desc):
            previewer.decompose()       # a demo without a description: the rendered component alone, no text
            continue
        for link in desc.find_all("a", href=re.compile(r"^#")):
            link.unwrap()               # the title's anchor link: its words are the title's
        desc.name = "div"
        desc.attrs = {}
        previewer.replace_with(desc)
