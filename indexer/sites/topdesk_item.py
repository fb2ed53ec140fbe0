"""A TOPdesk knowledge item in the Self-Service Portal, as the browser saves it.

TOPdesk's portal (its pages under `/tas/public/ssp/`) shows a knowledge item (`article.knowledge-item`)
as a record: the header (`h1.knowledge-item__title` over a `dl.knowledge-item__meta` of number, status,
target group and last change, chrome by its class), then one `section.knowledge-item__field` per field,
each its label (`h2.knowledge-item__field-label`: 「描述」, 「内容」, 「关键字」) over its value
(`div.knowledge-item__field-value`), then the attachments, the 「此知识项是否有帮助？」 feedback and the
related items beside it.

Read as it stood (holdout83), the labels were the page's headings: the description, the item's summary,
was a part titled 「描述」 (no fragment under the item's title), 「内容」 headed the item's own headings,
and the keywords (「展会, MiFi, 临时SIM, …」, what the portal's search matches) were a part of their own.
`topdesk_item` drops the labels of the description and the content, whose values are the item's text
(the description its introduction under the title, the content's headings its parts), and the
keywords field, the item's search terms as a note's tag line is. Another field keeps its label as
the heading of its value.

Detected strictly by TOPdesk's marks: the field's label and value classes on a page that links into
TOPdesk's own paths (`/tas/`).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

_LABEL = "knowledge-item__field-label"
_VALUE = "knowledge-item__field-value"
_TEXT_FIELDS = ("knowledge-item__field--description", "knowledge-item__field--content")
_KEYWORDS = "knowledge-item__field--keywords"
_TAS = "/tas/"          # every page, style sheet and script of TOPdesk is under it


@site_reader({_LABEL, _VALUE})
def topdesk_item(soup: BeautifulSoup) -> None:
    """Read a TOPdesk knowledge item's fields as its text (see the module's docstring). A page of any
    other kind is unchanged."""
    if not _links_into_topdesk(soup):
        return
    for field in soup.find_all("section", class_="knowledge-item__field"):
        classes = field.get("class", ())
        if _KEYWORDS in classes:
            field.decompose()
        elif any(name in classes for name in _TEXT_FIELDS):
            for label in field.find_all(class_=_LABEL):
                label.decompose()


def _links_into_topdesk(soup: BeautifulSoup) -> bool:
    return any(_TAS in str(tag.get(attr, ""))
               for tag in soup.find_all(["link", "script", "a"])
               for attr in ("href", "src") if isinstance(tag, Tag))
