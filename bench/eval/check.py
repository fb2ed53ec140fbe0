"""Check a held-out set against the indexer's fragments, before it is ever run through the engine.

    python -m bench.eval.check bench/eval/holdoutNN [--dump]
    python -m bench.eval.check --all > fragments.txt

A set's writer must not see the ranking nor run the engine (the set would stop being blind), but
needs to know that every graded item points at real content: this runs only the fragmenting
(load → parse → fragment) over the evaluation corpus plus the set's own articles, and reports
each item found in no article, in several, or in no single fragment, and each category short
of questions. `--dump` prints the set's own articles as fragments, which is how a writer
writes items that survive (and sees the faults to report). Exit status 1 when anything fails.

`--all` prints every evaluation article of every set as fragments: run in two checkouts (before and
after a change meant to change nothing) and `diff` the outputs — the guard of every refactoring.
"""
from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

from bench.eval.dataset import ARTICLES, CATEGORIES, REPO, assemble_corpus, load_questions
from indexer.fragment import fragment_article
from indexer.load import load_corpus
from indexer.parse import parse_article

MIN_PER_CATEGORY = 5


def fragments_of(corpus: Path) -> list:
    sources, problems = load_corpus(corpus)
    for problem in problems:
        print(f"UNREADABLE {problem}")
    return [f for source in sources for f in fragment_article(parse_article(source))]


def problems(questions, fragments) -> list[str]:
    """What is wrong with the set: one line each (empty when it is sound).

    >>> from bench.eval.dataset import Question, Relevant
    >>> from indexer.model import Fragment
    >>> f = Fragment("a#1", "a", "A", "1", "section", "充值", "余额到账", ("A",), 0)
    >>> q = Question("direct", "多久到账", (Relevant("余额到账", 2),))
    >>> problems([q], [f])[0]          # the item is sound; only the category is short
    'category direct: 1 questions (fewer than 5)'
    >>> problems([Question("direct", "x", (Relevant("不存在", 2),))], [f])[0]
    'direct 「x」: 「不存在」 is in 0 articles'
    """
    out = []
    for q in questions:
        for item in q.relevant:
            articles = {f.article_id for f in fragments if item.matches(f.title, f.text, f.article_id)}
            if len(articles) != 1:
                out.append(f"{q.category} 「{q.q}」: 「{item.text}」 is in {len(articles)} articles"
                           + (f" ({', '.join(sorted(articles))})" if articles else ""))
    counts = Counter(q.category for q in questions)
    out += [f"category {c}: {counts[c]} questions (fewer than {MIN_PER_CATEGORY})"
            for c in CATEGORIES if counts[c] < MIN_PER_CATEGORY]
    asked = Counter(q.q for q in questions)
    out += [f"asked twice: 「{q}」" for q, n in asked.items() if n > 1]
    return out


def dump(fragments, articles: set[str]) -> None:
    for f in fragments:
        if f.article_id in articles:
            step = f" {f.procedure.index}/{f.procedure.count} of 「{f.procedure.title}」" if f.procedure else ""
            print(f"--- {f.article_id} #{f.order} {f.type}{step}: {f.title}\n{f.text}")


def dump_all() -> None:
    """Every article of the evaluation, each set's folder read on its own (stems may repeat across sets)."""
    for folder in [REPO / "corpus", ARTICLES, *sorted((REPO / "bench" / "eval").glob("holdout*/articles"))]:
        print(f"=== {folder.relative_to(REPO)}")
        fragments = fragments_of(folder)
        dump(fragments, {f.article_id for f in fragments})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", type=Path, nargs="?", help="the set's folder (questions.toml + articles/)")
    ap.add_argument("--dump", action="store_true", help="print the set's own articles as fragments")
    ap.add_argument("--all", action="store_true", help="print every evaluation article as fragments (no checks)")
    args = ap.parse_args(argv)
    if args.all:
        dump_all()
        return 0
    if args.set is None:
        ap.error("name a set's folder, or --all")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = assemble_corpus(Path(tmp) / "corpus", extra=args.set / "articles")
        fragments = fragments_of(corpus)
    own = {p.stem for p in (args.set / "articles").iterdir()}
    if args.dump:
        dump(fragments, own)
    unread = own - {f.article_id for f in fragments}
    found = [f"article {a} gave no fragment" for a in sorted(unread)]
    found += problems(load_questions(args.set / "questions.toml"), fragments)
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
