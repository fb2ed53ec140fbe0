"""Why a question gets what it gets: the query plan, the ranked results, and the same ranking with
the answerability gate opened.

    python -m bench.eval.why holdoutNN "question" ["another question" …]   (or: questions, holdout)

The failure lists of `python -m bench.eval` say *that* a question failed; fixing it in general needs
*why*: which words the analyser made of it (and their weights), which candidates the gate let
through and at what coverage, and where the graded answer stood. Results holding one of the
question's graded items are marked `*` (answer) or `+` (related) when the question is in the set.
The set's index is built once into a cache folder, again when its schema is out of date (`--rebuild`
after any other change to the indexer).
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import tempfile
from pathlib import Path

from bench.eval.dataset import assemble_corpus, load_questions
from bench.eval.sweep import set_paths


def _mark(question, stored: dict) -> str:
    if question is None:
        return " "
    for item in question.relevant:
        if item.matches(stored["title"], stored["text"], stored["article_id"]):
            return "*" if item.grade == 2 else "+"
    return " "


def explain(engine, q: str, question=None, shown: int = 5) -> None:
    from indexer.glossary import shipped_glossary
    from search_app.query import make_plan
    from search_app.rank import group_weight, idf

    synonyms = engine.synonyms()
    max_idf = idf(1, engine.vocab.doc_count)
    for correct in (False, True):
        plan = make_plan(q, engine.vocab, synonyms, correct=correct, glossary=shipped_glossary)
        if correct and not plan.corrected:
            break
        print(f"plan{' (corrected: ' + plan.corrected + ')' if correct else ''}: "
              f"question={plan.question} howto={plan.howto} number={plan.number} asks={sorted(plan.asks)}")
        for g in plan.groups:
            print(f"   {g.word!r:<16} {g.kind:<6} known={g.known!s:<5} ubiquitous={engine._ubiquitous(g)!s:<5} "
                  f"weight={group_weight(g, max_idf, engine.weights):.2f} terms={list(g.terms)[:6]}")
        for label, weights in (("ranked", engine.weights),
                               ("gate open", dataclasses.replace(engine.weights, min_coverage=0.0,
                                                                 min_coverage_topical=0.0, unknown_floor=0.0))):
            saved, engine.weights = engine.weights, weights
            try:
                ranked = engine._rank(plan, engine._candidates(plan, None, None), None)
            finally:
                engine.weights = saved
            print(f"  {label}: {len(ranked)}")
            for s in ranked[:shown]:
                d = s.stored
                print(f"  {_mark(question, d)} {s.score:6.2f} cov={s.coverage:.2f} answers={s.answers!s:<5} "
                      f"{d['type']:<7} {d['article_id'][:38]:<38} {d['title'][:40]} | {d['text'][:60]!r}")


def main(argv=None) -> int:
    from indexer.build import build_index
    from indexer.store import IndexProblem
    from search_app.engine import Engine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="holdoutNN, questions or holdout")
    ap.add_argument("questions", nargs="+")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the cached index")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bench-eval-why")
    args = ap.parse_args(argv)
    questions_path, extra = set_paths(args.set)
    where = args.cache / args.set
    engine = None
    if not args.rebuild and (where / "index").exists():
        try:
            engine = Engine.open(where / "index")
        except IndexProblem:            # built by an older schema: rebuilt below
            engine = None
    if engine is None:
        shutil.rmtree(where, ignore_errors=True)
        build_index(assemble_corpus(where / "corpus", extra=extra), where / "index")
        engine = Engine.open(where / "index")
    graded = {q.q: q for q in load_questions(questions_path)}
    for q in args.questions:
        print(f"=== {q}")
        explain(engine, q, graded.get(q))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
