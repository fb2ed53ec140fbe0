"""A Fluid Topics documentation portal's reader page (a topic of a publication), as the browser saves it.

Fluid Topics (its scripts and stylesheets under the portal's `/static/ft-app/`, `/static/ft-reader/` and
`/static/ft-theme/`) sets the cookie banner and the portal's header, then `div.ft-reader`: the reader's toolbar
`div.ft-reader__toolbar` (the publication's title `div.ft-reader__title` 「ML-410 系列工业标签打印机 用户手册」, its
`div.ft-reader__meta` 「Version: 3.2 · Last updated: 2026-09-15」 and the Bookmark / Print / PDF / Share / Feedback
buttons), the breadcrumb, the TOC tree, and `main.ft-reader-content` holding the topic `div.ft-topic` — a DITA topic
with its own h1 (「6.3 错误代码与日常维护」) — then the rating, feedback, related links and prev / next.

Read as it stood (holdout279): the topic kept its h1, but the publication's title went with the toolbar, outside the
<main>: the topic's book — the product every section of it is about — was nowhere in its text or titles, so a
question naming the product (「标签打印机…」) found the topic by its sections' words only. `fluid_topics_reader`
sets the publication's title after the topic's h1, 「6.3 错误代码与日常维护 - ML-410 系列工业标签打印机 用户手册」, as
the page's <title> joins them: the article's title, in every fragment's heading path. The toolbar's version and date
and its buttons stay out, with the rest of the portal's frame.

Detected by the page's marks (`ft-reader__title`, `ft-topic`) on a page loading Fluid Topics' assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"ft-reader__title", "ft-topic"})
_ASSETS = re.compile(r"https?://[^/]+/static/ft-(?:app|reader|theme)/")


@site_reader(MARKS, assets=_ASSETS)
def fluid_topics_reader(soup: BeautifulSoup) -> None:
    """Title a Fluid Topics topic by its h1 and its publication's title (see the module's docstring). A page of any
    other kind, or a topic without an h1 or whose h1 already names its publication, is unchanged."""
    publication = one_line(soup.find(class_="ft-reader__title"))
    topic = soup.find(class_="ft-topic")
    title = topic.find("h1") if isinstance(topic, Tag) else None
    if not publication or not isinstance(title, Tag) or publication in one_line(title):
        return
    title.append(f" - {publication}")
