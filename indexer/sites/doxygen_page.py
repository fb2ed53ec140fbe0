"""A page Doxygen writes (its HTML output: a related page, the main page, a class or file reference).

Pure: no I/O. Doxygen writes every page as its frame — the project's title area (`div#titlearea`: the
logo, `#projectname`, `#projectbrief`), the menu bar (`#main-nav`), the tree view (`#side-nav`), the
navigation path at the foot (`div.navpath`) — around the page: a `div.header` whose
`div.headertitle > div.title` holds the page's title (no heading tag: a styled `<div>`, its groups
`div.ingroups` and a member's labels `span.mlabels` inside it), then `div.contents` holding the text,
where the writer's `\\section` is an `<h1>`, `\\subsection` an `<h2>`. A paragraph command (`\\note`,
`\\warning`, `\\attention`, `\\remark`, `\\see`, `\\par 標題`…) is a `dl.section` (`dl.section note`)
whose `<dt>` is its label in the output language (「注意」, 「警告」, 「Note」) over its text in a `<dd>`.
Read as it stood (holdout80's related page):

- the title, in no heading, was lost as one: the first `\\section`'s `<h1>` titled the article, and
  the introduction before it was a passage under that section's title, so two passages bore it;
- the note box's label was a bare line 「注意」 glued between the list before it and its own text.

`doxygen_page` makes the page's title the `<h1>` heading its text (`div.contents`), so the sections
are parts under it and the introduction is the title's; a paragraph command's label leads its text
(「注意：SIM 卡必須…」) as a callout's label does, an English kind name alone (「Note」) leading nothing
(`html_text.is_kind_name`). The frame goes by the general rules (menus, tree, table of contents
`div.toc`, scripts).

Detected strictly by Doxygen's generator meta (`<meta name="generator" content="Doxygen 1.9.8">`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import BLOCK_TAGS, clean, generated_by, is_kind_name, raw_text, site_reader

_GENERATOR = re.compile(r"^\s*Doxygen\b", re.IGNORECASE)
_NOT_TITLE = ("ingroups", "mlabels")     # a reference page's groups and a member's labels, inside its title


@site_reader({"headertitle", "contents"})
def doxygen_page(soup: BeautifulSoup) -> None:
    """Head a Doxygen page's text with its title and lead each paragraph command's text with its
    label (see the module's docstring). A page of any other kind is unchanged."""
    head = soup.head        # (the meta is in the head: no walk of the whole page for other pages)
    if head is None or not generated_by(head, _GENERATOR):
        return
    _page_title(soup)
    for box in soup.find_all("dl", class_="section"):
        _labelled(soup, box)


def _page_title(soup: BeautifulSoup) -> None:
    header = soup.find("div", class_="headertitle")
    title = header.find("div", class_="title") if isinstance(header, Tag) else None
    contents = soup.find("div", class_="contents")
    if not isinstance(title, Tag) or not isinstance(contents, Tag):
        return
    for extra in title.find_all(class_=_NOT_TITLE):
        extra.decompose()
    words = clean(raw_text(title)).replace("\n", " ")
    if words:
        heading = soup.new_tag("h1")
        heading.string = words
        contents.insert(0, heading)
        title.decompose()


def _labelled(soup: BeautifulSoup, box: Tag) -> None:
    """The box a `<div>` of its text in paragraphs, the first led by the label."""
    term = box.find("dt", recursive=False)
    texts = box.find_all("dd", recursive=False)
    if term is None or not texts:
        return
    label = clean(raw_text(term)).replace("\n", " ").rstrip(":： ")
    blocks: list[Tag] = []
    for text in texts:
        run: Tag | None = None      # the paragraph gathering the inline text between blocks
        for child in list(text.children):
            if isinstance(child, Tag) and child.name in BLOCK_TAGS:
                blocks.append(child.extract())
                run = None
                continue
            if run is None:
                if isinstance(child, NavigableString) and not child.strip():
                    continue
                run = soup.new_tag("p")
                blocks.append(run)
            run.append(child.extract())
    term.decompose()
    for text in texts:
        text.decompose()
    first = blocks[0] if blocks else None
    if label and not is_kind_name(label):
        if first is not None and first.name == "p":
            first.insert(0, NavigableString(f"{label}："))
        else:
            line = soup.new_tag("p")
            line.string = label
            blocks.insert(0, line)
    box.extend(blocks)
    box.name = "div"
