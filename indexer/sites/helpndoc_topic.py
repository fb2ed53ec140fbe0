"""A topic of a HelpNDoc HTML help site, as the browser saves it.

HelpNDoc writes every topic as its frame around the topic's own text, `div#topic_content`: the left
pane's tabs (`div#tabs`: the table of contents `#tab-toc`, the keyword index `#tab-keywords` and the
search form `#tab-search`), the topic header (`#topic_header`: the h1 title, the breadcrumb and the
previous / next arrows) and the footers (`#topic_footer`, `#hnd-footer`). The text is written by its
rich-text editor: every paragraph a `<p class="rvpsN">` of `<span class="rvtsN">` runs, styled by
the topic's own `<style>` (`.rvts2 { font-size: 13pt; font-weight: bold; … }`), the classes numbered
afresh on every topic. A heading the writer typed with a heading style is such a paragraph, no `<h2>`.

Read as it stood (holdout77), the keyword index's entries (「APN」, 「簡訊指令」) opened the first
fragment, no heading was a heading (each section titled by the page title, each heading the last line
of the fragment before it), the numbered steps were the page title's steps and the last heading, its
table and the paragraph after it were glued to the last FAQ answer.

`helpndoc_topic` drops the left pane's tabs and makes a paragraph a heading when all its words are in
runs of one style the topic's stylesheet draws bold and larger than its body text (the size most of
the text is in): an `<h2>` for the largest such size, `<h3>` for the next, and so on. A bold run of the
body's size (「Q：…」, a table's head) stays text.

Detected strictly by HelpNDoc's marks: its generator meta (「HelpNDoc …」) and `div#topic_content`.
"""
from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, generated_by, raw_text, site_reader

_GENERATOR = re.compile(r"^\s*HelpNDoc\b", re.IGNORECASE)
_RULE = re.compile(r"\.(rvts\d+)\s*\{([^}]*)\}")
_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*pt", re.IGNORECASE)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b", re.IGNORECASE)


@site_reader({"#topic_content"})
def helpndoc_topic(soup: BeautifulSoup) -> None:
    """Drop a HelpNDoc topic's left pane and read its heading-styled paragraphs as headings (see the
    module's docstring). A page of any other kind is unchanged."""
    head = soup.head
    if head is None or not generated_by(head, _GENERATOR):
        return
    content = soup.find(id="topic_content")
    if not isinstance(content, Tag):
        return
    tabs = soup.find("div", id="tabs")
    if isinstance(tabs, Tag) and content not in tabs.descendants:
        tabs.decompose()
    styles = _run_styles(head)
    if not styles:
        return
    body_size = _body_size(content, styles)
    if body_size is None:
        return
    heading_sizes = sorted({size for size, bold in styles.values() if bold and size > body_size}, reverse=True)
    for paragraph in content.find_all("p"):
        style = _only_style(paragraph)
        if style is None or style not in styles or paragraph.find_parent("table") is not None:
            continue
        size, bold = styles[style]
        if not bold or size not in heading_sizes:
            continue
        text = clean(raw_text(paragraph)).replace("\n", " ").strip()
        if not text:
            continue
        heading = soup.new_tag(f"h{min(2 + heading_sizes.index(size), 6)}")
        heading.string = text
        paragraph.replace_with(heading)


def _run_styles(head: Tag) -> dict[str, tuple[float, bool]]:
    """Each run class the topic's stylesheet draws: its font size (0 when it sets none) and whether it is bold."""
    styles: dict[str, tuple[float, bool]] = {}
    for style in head.find_all("style"):
        for name, body in _RULE.findall(style.get_text()):
            size = _SIZE.search(body)
            styles[name] = (float(size.group(1)) if size else 0.0, bool(_BOLD.search(body)))
    return styles


def _body_size(content: Tag, styles: dict[str, tuple[float, bool]]) -> float | None:
    """The font size most of the topic's words are in (the body text's)."""
    counts: Counter[float] = Counter()
    for span in content.find_all("span", class_=True):
        for name in span.get("class", ()):
            if name in styles and styles[name][0]:
                counts[styles[name][0]] += len(span.get_text(strip=True))
    return counts.most_common(1)[0][0] if counts else None


def _only_style(paragraph: Tag) -> str | None:
    """The one run class all the paragraph's words are in, else None."""
    found: set[str] = set()
    for text in paragraph.find_all(string=True):
        if not text.strip():
            continue
        span = text.parent
        names = [name for name in span.get("class", ()) if name.startswith("rvts")] if isinstance(span, Tag) \
            and span.name == "span" else []
        if len(names) != 1:
            return None
        found.add(names[0])
    return found.pop() if len(found) == 1 else None
