"""A Memrise community course page as the browser saves it.

Pure: no I/O. Memrise's course page (its assets from static.memrise.com, 「… - by <creator> - Memrise」) draws in
`div.course-wrapper` the course's head (`div.course-head`: the photo, `h1.course-name`, the description
`div.course-description`, the learners and duration `div.course-meta`, the creator line `div.creator`
「kz_travel_zh 创建」, 开始学习 and share buttons), then `div.levels`: 「关卡（6）」 (`h2.levels-title`) over its levels,
each an `a.level` link of its number `div.level-index` and its title `div.level-title`, followed by its words
`div.things`, each `div.thing` a word `div.col_a` and its definition `div.col_b`; then the learners' notes.

Read as it stood (holdout153), the level titles were plain lines (no headings), so all six levels and their words
were one run titled 「关卡（6）」, cut by size anywhere (a word ending one fragment, its definition opening the next),
each level number a line of its own and each word and its definition two lines, not a pair; the creator line was
the description's text.

`memrise_course` writes each level as one part under its title (a heading), its words lines 「word：definition」,
the pair on one line as a glossary's row reads, so a level is a passage about its topic (a word alone as a part of
its own, as Quizlet's cards are, holds too few of a question's words to be found; docs/design.md has holdout153's
measure). A definition typed as numbered clauses on one line (「1. 打开 Kaspi.kz …；2. …；3. …」) is a
line a clause, the first on the word's line: as steps of a procedure titled by the word they would cut the level in
three (its words before, the steps, the words after it under the level's title again), so they stay the level's
lines. A long level is cut by the passage length rule as any part. The list's heading, the level numbers, the
course's counters and the creator line go. Detected by the level and word classes (html_text.page_marks) on a page
loading Memrise's assets.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_classed, one_line, site_reader, text_tag

_ASSETS = re.compile(r"https?://(?:[\w-]+\.)*memrise\.com/")
# a numbered clause after the first in a definition typed on one line: 「…；2. 输入…」
_NEXT_CLAUSE = re.compile(r"(?<=[；;])\s*(?=\d{1,2}[.、．]\s*\S)")
# the app's own lines about the course: counters, who made it, the levels' heading and numbers
_CHROME = ("course-meta", "creator", "levels-title", "level-index")


@site_reader({"level-title", "thing", "col_a", "col_b"}, assets=_ASSETS, gather_marks=True)
def memrise_course(soup: BeautifulSoup) -> None:
    """Write a Memrise course's levels as headings over their words, each word a line 「word：definition」 (see the
    module's docstring). A page of any other kind is unchanged."""
    for level in soup.find_all(class_="level-title"):
        title = one_line(level)
        link = level.find_parent("a", class_="level") or level
        if title:
            link.replace_with(text_tag(soup, "h2", title))
    for thing in soup.find_all("div", class_="thing"):
        word, definition = thing.find(class_="col_a"), thing.find(class_="col_b")
        if not isinstance(word, Tag) or not isinstance(definition, Tag):
            continue
        term = one_line(word)
        clauses = [" ".join(clause.split()) for clause in _NEXT_CLAUSE.split(one_line(definition))]
        clauses = [clause for clause in clauses if clause]
        if not term or not clauses:
            continue
        clauses[0] = f"{term}：{clauses[0]}"
        lines = "".join(f"<p>{html.escape(clause)}</p>" for clause in clauses)
        thing.clear()
        thing.append(BeautifulSoup(f"<div>{lines}</div>", "html.parser").div)
    drop_classed(soup, _CHROME)
