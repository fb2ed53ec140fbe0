"""An Apple Support article (support.apple.com/…/HT…, /1xxxxx), as the browser saves it.

Under Apple's global nav (`nav#ac-globalnav`) and the support site's local nav, `main` holds the article: the
breadcrumbs, the h1 (`h1.gb-header`), the sections (`section.section-content`: `h2`/`h3.gb-header`,
`p.gb-paragraph`, `ol`/`ul.gb-list`, tables) and under them the date line (`div.mod-date`: `span.note`
「發佈日期：」 and a `<time>`); then, still in `main`, the 「有幫助嗎？」 rating, 「類似的問題」 links and two calls to
action: the community box (`section.community-question-wrapper` 「向社群詢問問題 / 從其他用戶處取得協助。」) and the
contact box (`section.contact-support` 「聯絡 Apple 支援 / 需要協助？透過電話、聊天或電子郵件與 Apple 支援聯絡…」).

Read as it stood (holdout213), the date line and both boxes were glued to the last FAQ answer (the rating and
links went by the generic chrome rules). `apple_support` drops them: the same lines under every article of the
site, none of what the article tells. The outer wrapper of the article (`div#howto-section`) is classed
`mod-date` too: only a date line that holds no heading goes.

Detected by the site's marks together (the article's `gb-header` headings and `gb-paragraph` text) on a page
Apple Support names its own (`og:site_name`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, drop_classed, site_named, site_reader

MARKS = frozenset({"gb-header", "gb-paragraph"})
_SITE = re.compile(r"^Apple\s*(?:Support|支援|支持|サポート|지원|Поддержка)$", re.IGNORECASE)
# the calls to action under every article: ask the community, contact Apple Support
_CALLS = ("community-question-wrapper", "contact-support")


@site_reader(MARKS)
def apple_support(soup: BeautifulSoup) -> None:
    """Drop an Apple Support article's date line and calls to action (see the module's docstring); any other page
    is unchanged."""
    if not site_named(soup, _SITE):
        return
    drop_classed(soup, _CALLS)
    for line in soup.find_all(class_="mod-date"):
        if isinstance(line, Tag) and line.parent is not None and line.find(HEADINGS) is None:
            line.decompose()
