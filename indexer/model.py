"""The records the indexer's stages hand each other (load → parse → fragment → analyze → build).

Every record is a frozen dataclass so that stages stay pure and tests compare whole objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Format = Literal["markdown", "html"]
FragmentType = Literal["qa", "step", "section"]


@dataclass(frozen=True)
class Source:
    """One corpus file, decoded: what `load` gives `parse`."""

    path: str            # relative to the corpus root, POSIX separators
    article_id: str      # stable slug from the file name
    text: str            # decoded text (BOM stripped)
    format: Format
    sha256: str          # of the raw bytes: the incremental update's change test
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Block:
    """One block of reader-visible text under a heading.

    kind: "p" paragraph, "li" list item, "dt"/"dd" definition list, "summary" a
    collapsible's title (<details>: its content follows as "dd"), "pre" code, "table", "quote",
    "hr" a thematic break (no text: an answer ends there, a footer may follow), "meta" a page's
    properties (parse.is_properties), dropped under the title and read as "p" anywhere else,
    "caption" a picture's caption (<figcaption>: a passage of its own, no part of an answer).
    """

    kind: str
    text: str
    ordered: bool = False        # li: in an <ol> (dd: an <ol>'s item in a <details> answer)
    list_id: int = -1            # li (and such a dd): items of one list share it (document order)
    strong_lead: str = ""        # text of a leading <strong>/<b> (e.g. "问：" or "确认运营商类型："), if any


@dataclass(frozen=True)
class Section:
    """A heading and what it owns; level 0 is the text before the first heading."""

    level: int
    title: str
    anchor: str                  # the heading's id (existing id, else a slug of its title)
    blocks: tuple[Block, ...] = ()
    children: tuple["Section", ...] = ()
    by_writer: bool = False      # the heading names who wrote the part (a thread's reply, a comment), not its topic


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    path: str
    sha256: str
    format: Format
    root: Section                # level 0: intro blocks + top-level sections as children
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Procedure:
    title: str
    index: int                   # 1-based position of the step in its procedure
    count: int


@dataclass(frozen=True)
class Fragment:
    """An answer-sized piece of an article: what gets indexed and returned."""

    id: str                      # f"{article_id}#{anchor}", stable under edits elsewhere in the article
    article_id: str
    article_title: str
    anchor: str
    type: FragmentType
    title: str                   # the question, the step's heading, or the section heading
    text: str                    # whole plain text as a reader sees it (answer / step body / passage)
    path: tuple[str, ...]        # heading trail from the article title down to the fragment
    order: int                   # position in the article, 0-based
    procedure: Procedure | None = None
    by_writer: bool = False      # a passage titled by who wrote it (Section.by_writer): about its thread's subject


class ArticleError(Exception):
    """A corpus file that cannot become an article: names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self):          # crosses process boundaries (parallel parsing) intact
        return (type(self), (self.path, self.problem))
