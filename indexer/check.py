"""Check a corpus without building an index: load, parse and fragment every article, report problems."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from indexer.fragment import parse_source
from indexer.load import load_corpus
from indexer.model import ArticleError
from indexer.parse import title_fallback

FRAGMENT_TYPES = ("qa", "step", "section")


@dataclass(frozen=True)
class ArticleReport:
    path: str
    id: str
    counts: dict[str, int]          # fragment type -> number of fragments
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    articles: tuple[ArticleReport, ...]
    errors: tuple[ArticleError, ...] = ()     # files that could not be loaded at all

    @property
    def ok(self) -> bool:
        return not self.errors and not any(article.problems for article in self.articles)


def check_corpus(corpus: Path) -> CheckReport:
    """Load, parse and fragment every article of the corpus and collect their problems."""
    sources, errors = load_corpus(Path(corpus))
    articles = []
    for source in sources:
        article, fragments = parse_source(source)
        counts = Counter(fragment.type for fragment in fragments)
        problems = []
        if not fragments:
            problems.append("空文章 / empty article (no fragments)")
        if article.title == title_fallback(source):
            problems.append("没有标题 / no title (using the file name)")
        articles.append(ArticleReport(source.path, source.article_id,
                                      {kind: counts.get(kind, 0) for kind in FRAGMENT_TYPES},
                                      tuple(problems)))
    return CheckReport(tuple(articles), tuple(errors))


def format_report(report: CheckReport) -> str:
    """Render a check report: one line per article, then one ERROR line per problem."""
    width = max((len(article.id) for article in report.articles), default=0)
    lines = [
        f"{article.id:<{width}}  " + " ".join(f"{kind}={n}" for kind, n in article.counts.items())
        for article in report.articles
    ]
    lines += [f"ERROR {article.path}: {problem}" for article in report.articles for problem in article.problems]
    lines += [f"ERROR {error.path}: {error.problem}" for error in report.errors]
    return "\n".join(lines)
