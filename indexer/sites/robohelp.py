"""An Adobe RoboHelp HTML5 topic, as the browser saves it.

RoboHelp (2019 and later) writes every topic of its frameless HTML5 output inside its skin's layout
(`RH-LAYOUT-HEADER`, `-LEFTPANEL` with the table of contents, the topic header with the breadcrumbs
and the toolbar, the feedback box, `-FOOTER`), which the chrome rules take already. In the topic's
own text it draws two parts of its own by script:

- the mini-TOC (`div.minitoc`), a title 「本頁內容」 over links to the topic's headings: a menu of the
  page, not its text;
- a drop-down text (`a.dropspot`) or an expanding text (`a.expandspot`), a hot-spot link naming in
  `data-target` the block it opens, which names itself by its `id` or `data-targetname` (the
  `div.droptext` / `span.expandtext`, or a wrapper's `div.dropdown-text`).

Read as they stood, the mini-TOC's title (its links went as a menu) opened the lead passage, and each
hot spot, a link, and the text it opens were two lines glued to the end of the section before
(「為甚麼收到兩條回覆短訊？」 in 「投票短訊怎樣收費」). `robohelp_topic` drops the mini-TOC and makes each
hot spot that stands alone in its block a `<details>` asked by its words over the blocks it opens, so
the fragmenter reads a question and its answer. A hot spot inside a sentence (an expanding term) is
left as it reads.

Detected strictly by RoboHelp's generator meta (`<meta name="generator" content="Adobe RoboHelp …">`),
on a page with a hot spot or a mini-TOC (html_text.page_marks).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, generated_by, page_marks, raw_text

_GENERATOR = re.compile(r"^\s*Adobe RoboHelp\b", re.IGNORECASE)
_HOT_SPOTS = ("dropspot", "expandspot")
_MINI_TOC = "minitoc"


def robohelp_topic(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Drop a RoboHelp topic's mini-TOC and make its drop-down and expanding texts `<details>`
    (see the module's docstring). A page of any other kind is unchanged."""
    marks = page_marks(soup) if marks is None else marks
    if not any(mark in marks for mark in (*_HOT_SPOTS, _MINI_TOC)):
        return
    if not generated_by(soup, _GENERATOR):
        return
    for mini_toc in soup.find_all("div", class_=_MINI_TOC):
        mini_toc.decompose()
    for hot_spot in soup.find_all("a", class_=list(_HOT_SPOTS)):
        _hot_spot(soup, hot_spot)


def _targets(soup: BeautifulSoup, hot_spot: Tag) -> list[Tag]:
    """The blocks the hot spot opens: named by `id` or `data-targetname`, not holding the hot spot."""
    found: list[Tag] = []
    for name in str(hot_spot.get("data-target", "")).split():
        for target in (*soup.find_all(id=name), *soup.find_all(attrs={"data-targetname": name})):
            if hot_spot not in target.descendants and target not in found:
                found.append(target)
    return found


def _hot_spot(soup: BeautifulSoup, hot_spot: Tag) -> None:
    words = clean(raw_text(hot_spot, frozenset({"img", "script", "style"}))).replace("\n", " ")
    targets = _targets(soup, hot_spot)
    if not targets or not words:
        return
    # the hot spot alone in its block is the question; one inside a sentence reads as it stands
    holder = hot_spot
    while holder.parent is not None and holder.parent.name in ("p", "span", "div") \
            and holder.parent.get_text(strip=True) == hot_spot.get_text(strip=True):
        holder = holder.parent
    if _inline_siblings(holder, targets):
        return
    details = soup.new_tag("details")
    summary = soup.new_tag("summary")
    summary.string = words
    details.append(summary)
    holder.replace_with(details)
    for target in targets:
        details.append(target.extract())


def _inline_siblings(tag: Tag, targets: list[Tag]) -> bool:
    """Text or inline elements (other than the opened text) stand beside the tag: it is a term within a sentence."""
    for sibling in (*tag.previous_siblings, *tag.next_siblings):
        if isinstance(sibling, Tag):
            if sibling in targets:
                continue
            if sibling.name in ("a", "span", "b", "strong", "em", "i", "code") and sibling.get_text(strip=True):
                return True
        elif str(sibling).strip():
            return True
    return False
