"""The text of an HTML tree as both the cleaning stage (`indexer.clean`) and the walker
(`indexer.parse`) read it: which tags are blocks and headings, a node's text as typed
(`raw_text`: nothing added between inline runs, each block and <br> marked by `BR`), the same
text as a reader sees it (`clean`: whitespace collapsed, none across a CJK line break) and a
table's own rows.

One module for both so that they read alike: a summary the cleaner builds from a toggle's text,
or a title it measures, holds the words the walker will give the index.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "hr", "figure",
    "figcaption", "details", "summary", "address", "center", "body", "html", *HEADINGS,
})
BR = "\x1e"                 # stands for <br> until whitespace is collapsed
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
# a mailing tool's placeholder left in a campaign saved as a page (Mailchimp's 「*|FNAME|*」)
_MERGE_TAG = re.compile(r"\*\|[^|*\n]{1,60}\|\*")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")   # zero-width spaces (a heading's anchor link holds one)
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{CJK}])[ \t\r\f\v]*\n[ \t\r\f\v\n]*(?=[{CJK}])")


def clean(text: str) -> str:
    """Collapse whitespace the way a reader sees it: one space, none across a CJK line break."""
    text = _CJK_BREAK.sub("", _INVISIBLE.sub("", _MERGE_TAG.sub("", text)))
    lines = (_WS.sub(" ", line).strip() for line in text.split(BR))
    return "\n".join(line for line in lines if line)


def raw_text(node: Tag | NavigableString, skip: frozenset[str] = frozenset()) -> str:
    """Concatenate a node's text without adding spaces; block children are separated by <br> marks."""
    if isinstance(node, NavigableString):
        return str(node)
    if node.name == "br":
        return BR
    if node.name in skip:
        return ""
    inner = "".join(raw_text(child, skip) for child in node.children)
    return f"{BR}{inner}{BR}" if node.name in BLOCK_TAGS else inner


def table_rows(table: Tag) -> list[Tag]:
    """The table's own rows, not those of tables nested in its cells."""
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


def page_marks(soup: BeautifulSoup) -> frozenset[str]:
    """Every class name, `#id` and `@attribute` name of the page, gathered in one walk.

    A site reader first looks for the mark every page of its site has (Tieba's `#j_p_postlist`,
    Zhidao's `@accuse`): a search of the tree is a walk of the whole page, every page is offered
    to every reader, and the readers' failed searches had grown to a fifth of parsing an HTML page.
    """
    marks: set[str] = set()
    for node in soup.descendants:
        if type(node) is Tag and node.attrs:
            attrs = node.attrs
            marks.update("@" + name for name in attrs)
            classes = attrs.get("class")
            if classes:
                marks.update(classes if isinstance(classes, list) else str(classes).split())
            if "id" in attrs:
                marks.add("#" + str(attrs["id"]))
    return frozenset(marks)
