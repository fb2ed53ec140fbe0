"""A file Yandex Disk shares publicly (disk.yandex.ru/d/…, /i/…), as the browser saves its page: a document's text.

Under the site's header (`div.PublicHeader`: the logo, 「Перейти на Диск」, 「Войти」) the resources action bar
(`div.resources-action-bar`: the file's name `div.file-name`, the line of size, date and owner `div.file-info`
「38 КБ · Изменён 18.06.2026 · Айгерим С.」, the buttons Скачать / Сохранить на Яндекс Диск / Поделиться), then the
document viewer (`div.doc-viewer`: its toolbar `div.doc-viewer__toolbar` 「Страница 1 из 3」, zoom and print, and a
`div.doc-viewer__page` per page holding the document as the converter writes it, each paragraph a `<p>` of a style
class, a title or heading set in bold), then the Yandex 360 promo banner (`div.promo-banner` 「Храните фото и
видео в Яндекс Диске」), a Yandex Direct ad unit (`div.direct-block`, its label 「Реклама」), the footer and the cookie
dialog.

Read as it stood (holdout213), the file-info line was the whole text of a first part titled by the page's <title>
(the file's name), the document's own title (its bold first paragraph) became a section of its own, so the page
stayed titled by the file's name and the words closing the document after its Q&A were titled by that name too,
and the promo banner with the ad's label 「Реклама」 glued to it was a part of its own. `yandex_disk_public` drops
the action bar, the viewer's toolbar, the promo banner and the ad unit (the service's furniture, around every
file alike) and makes the document's paragraphs set in bold throughout its headings, as Word drew them: the first,
when it opens the document, the page's title (`h1`), the others its sections (`h2`; the generic reading took a run
of them for headings, but not one alone).

Detected by the viewer's marks together (the action bar, the viewer's pages) on a page Yandex Disk names its own
(`og:site_name`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_classed, one_line, site_named, site_reader
from indexer.render_text import HEADING_MAX

MARKS = frozenset({"resources-action-bar", "doc-viewer__page"})
_SITE = re.compile(r"^(?:Яндекс|Yandex)[\s.]*(?:Диск|Disk)$", re.IGNORECASE)
# the service's furniture around the file: its name, size, date, owner and buttons; the viewer's pager and zoom;
# Yandex 360's promo banner and a Yandex Direct ad unit with its label 「Реклама」
_FURNITURE = ("resources-action-bar", "doc-viewer__toolbar", "promo-banner", "direct-block")


@site_reader(MARKS)
def yandex_disk_public(soup: BeautifulSoup) -> None:
    """Read a Yandex Disk public file's page as its document (see the module's docstring); any other page is
    unchanged."""
    if not site_named(soup, _SITE):
        return
    pages = soup.find_all(class_="doc-viewer__page")
    if not pages:
        return
    drop_classed(soup, _FURNITURE)
    first = pages[0].find(["p", "h1", "h2", "h3", "h4", "h5", "h6"])
    for page in pages:
        for paragraph in page.find_all("p"):
            if _all_bold(paragraph) and paragraph.find_parent(["td", "th", "li"]) is None:
                paragraph.name = "h1" if paragraph is first else "h2"


def _all_bold(paragraph: Tag) -> bool:
    """Whether the paragraph is a short line set in bold throughout (a document's title as Word writes it)."""
    text = one_line(paragraph)
    bold = "".join(one_line(run) for run in paragraph.find_all(["b", "strong"]) if run.find_parent(["b", "strong"]) is None)
    return 0 < len(text) <= HEADING_MAX and "".join(bold.split()) == "".join(text.split())
