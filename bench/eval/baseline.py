"""The tutorial answer the project must beat: stock Whoosh + jieba over one document per heading section.

Deliberately naive, as a tutorial would write it: split Markdown on `#` lines and HTML on
h1–h6 with BeautifulSoup's get_text, index title and body with jieba's bundled
ChineseAnalyzer, and query with an OR group over both fields. No synonyms, no
Traditional folding, no typo handling, no threshold: it answers "nothing" only on zero hits.
"""
from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import jieba
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from jieba.analyse import ChineseAnalyzer
from whoosh import index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.qparser import MultifieldParser, OrGroup

from bench.eval.dataset import ARTICLE_SUFFIXES
from indexer.load import decode

jieba.setLogLevel(logging.INFO)   # jieba logs its dictionary loading at DEBUG to stderr

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Section:
    article_id: str
    title: str
    text: str


def _strip_markdown(line: str) -> str:
    """Drop the markup a tutorial would regex away: links, images, bold, inline code."""
    return _MD_LINK.sub(r"\1", line).replace("**", "").replace("`", "")


def markdown_sections(text: str, article_id: str) -> list[Section]:
    """Split Markdown into one section per heading; text before the first heading has no title."""
    sections: list[Section] = []
    title, body = "", []
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            sections.append(Section(article_id, title, "\n".join(body).strip()))
            title, body = _strip_markdown(heading.group(2)), []
        else:
            body.append(_strip_markdown(line))
    sections.append(Section(article_id, title, "\n".join(body).strip()))
    return [s for s in sections if s.text or s.title]


def html_sections(html: str, article_id: str) -> list[Section]:
    """Split HTML into one section per h1–h6: the heading and the text of its following siblings."""
    with warnings.catch_warnings():     # an XHTML page is HTML to a browser
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    names = {f"h{i}" for i in range(1, 7)}
    sections = []
    for heading in soup.find_all(list(names)):
        body = []
        for sibling in heading.find_next_siblings():
            if sibling.name in names:
                break
            body.append(sibling.get_text(" ", strip=True))
        sections.append(Section(article_id, heading.get_text(" ", strip=True), "\n".join(body)))
    return sections


def corpus_sections(corpus_dir: Path) -> list[Section]:
    """Read every article file at the top of corpus_dir into heading sections."""
    sections: list[Section] = []
    for path in sorted(corpus_dir.iterdir()):
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        # files are decoded as the indexer decodes them (an old CMS page may be Big5 or GBK):
        # the baseline differs in how it ranks, not in whether it can read a file
        text, _ = decode(path.read_bytes(), path)
        split = html_sections if path.suffix.lower() in (".html", ".htm") else markdown_sections
        sections += split(text, path.stem)
    return sections


class Baseline:
    """A Whoosh index of heading sections, searched the tutorial way."""

    def __init__(self, ix):
        self.ix = ix
        self.parser = MultifieldParser(["title", "body"], ix.schema, group=OrGroup)

    @classmethod
    def build(cls, corpus_dir: Path, index_dir: Path) -> "Baseline":
        """Index every heading section of the corpus into index_dir."""
        analyzer = ChineseAnalyzer()
        schema = Schema(
            title=TEXT(stored=True, analyzer=analyzer),
            body=TEXT(stored=True, analyzer=analyzer),
            article=ID(stored=True),
            n=STORED,
        )
        index_dir.mkdir(parents=True, exist_ok=True)
        ix = index.create_in(str(index_dir), schema)
        with ix.writer() as writer:
            for n, section in enumerate(corpus_sections(corpus_dir)):
                writer.add_document(title=section.title, body=section.text, article=section.article_id, n=n)
        return cls(ix)

    def search(self, q: str, limit: int = 10) -> list[dict]:
        """Return the top sections as {title, text, article_id} dicts; [] on zero hits."""
        query = self.parser.parse(q)
        with self.ix.searcher() as searcher:
            return [
                {"title": hit["title"], "text": hit["body"], "article_id": hit["article"]}
                for hit in searcher.search(query, limit=limit)
            ]

    def close(self) -> None:
        self.ix.close()
