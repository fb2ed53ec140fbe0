"""A GLPI knowledge-base item (front/knowbaseitem.form.php), as the browser saves it.

GLPI (Teclib's IT service desk) draws its sidebar menu, breadcrumb and user menu, then the item as a card: tabs
(Статья / Целевые объекты / Отзывы (2) / …), a header line `div.kb-header` of the item's category (`span.kb-category`
「Категория: Посетители > Кемпинг」), its view count (`span.kb-views` 「Просмотров: 318」) and a 「FAQ」 badge, the
subject (`h2.kb-subject`), the answer (`div.kb-answer`: the writer's headings, lists, tables, Q&A paragraphs), the
author and dates (`div.kb-meta`), buttons, and the readers' reviews (`div.kb-comments`).

Read as it stood (holdout137), the header line was a fragment of its own titled by the subject: where the item is
filed and how often it was read, no text of it (as a post's tag line and counts are not). `glpi_kb_item` drops it;
the rest reads as it stands (the sidebar, tabs, meta and buttons as chrome, the reviews by the comment reader).

Detected strictly by GLPI's marks: the subject's and the answer's classes on a page that links into GLPI's own
knowledge-base script (`/front/knowbaseitem.php`).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

MARKS = frozenset({"kb-subject", "kb-answer", "kb-header"})
_SCRIPT = "/front/knowbaseitem"         # GLPI's knowledge-base pages: the list and each item's form


@site_reader(MARKS)
def glpi_kb_item(soup: BeautifulSoup) -> None:
    """Drop a GLPI knowledge-base item's header line of category, views and FAQ badge (see the module's
    docstring). A page of any other kind is unchanged."""
    if not any(_SCRIPT in str(a.get("href", "")) for a in soup.find_all("a") if isinstance(a, Tag)):
        return
    for header in soup.find_all("div", class_="kb-header"):
        if header.find_next_sibling(class_="kb-subject") is not None:
            header.decompose()
