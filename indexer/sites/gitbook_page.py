"""A GitBook docs site page (the Next.js app GitBook serves), as the browser saves it.

GitBook's page (its stylesheets and scripts under static.gitbook.com) sets the site header `header#site-header` (logo,
search, a button), the table of contents `aside.table-of-contents` (its links `a.toclink`), then `main`: the page's own
`<header>` (the breadcrumbs, the h1 and, under it, the page's description, a `p.text-lg` no class names one), the blocks
(h2 with hash links, hints, lists, tabs, tables, <details> expandables), the line 「Last updated <time>1 month ago</time>」,
the previous / next links (each a link whose small `span` says 「Previous」 or 「Next」 over the other page's title) and
「Was this helpful?」, beside the outline 「On this page」.

Read as it stood (holdout270, the SteppeLink IoT SIM API; holdout29's page lost its description the same way): the
description went with the page's header, so the page's opening sentence was no text of it, and the 「Last updated」 line
and the pager — 「Previous鉴权与 API KeyNext流量用量查询」 glued — were a last part titled by the h1. `gitbook_page` marks
the description the page's lead (kept under the h1 as a CMS's summary is: `clean._article_headers`) and drops the
「Last updated」 line and the previous / next links.

holdout289's page (the NeoLink NG300 gateway manual, a Chinese site: its site header without the id `site-header`)
was not read at all: its description went again, and its pager 「上一页快速入门下一页有线/4G 自动切换」 was a last part
titled by the h1. The pager's labels and the dating line are matched in Chinese too (上一页 / 下一页, 「最后更新于 3 个月前」).

Detected by the page's mark `toclink` (the table of contents' links, on every GitBook page; the site header's id is
not) on a page loading GitBook's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"toclink"})
_ASSETS = re.compile(r"^https?://static(?:-[\w]+)?\.gitbook\.com/")
_UPDATED = re.compile(r"^(?:last (?:updated|modified|edited)\b|最后(?:更新|修改|编辑)于|最後(?:更新|修改|編輯)於).{0,40}$",
                      re.IGNORECASE)
_PAGER = frozenset({"previous", "next", "上一页", "下一页", "上一頁", "下一頁"})


@site_reader(MARKS, assets=_ASSETS)
def gitbook_page(soup: BeautifulSoup) -> None:
    """Keep a GitBook page's description under its h1 and drop its 「Last updated」 line and previous / next links (see
    the module's docstring). A page of any other kind is unchanged."""
    main = soup.find("main")
    if not isinstance(main, Tag):
        return
    header = main.find("header")
    title = header.find("h1") if isinstance(header, Tag) else None
    if isinstance(title, Tag):
        for lead in title.find_next_siblings("p"):
            if one_line(lead):
                lead["class"] = [*lead.get("class", []), "page-description"]     # (`clean._LEAD_CLASS`)
    for line in main.find_all("p"):
        if _UPDATED.match(one_line(line)):
            line.decompose()
    for link in main.find_all("a"):
        labels = [one_line(span).lower() for span in link.find_all("span")]
        if not link.decomposed and any(label in _PAGER for label in labels):
            link.decompose()
