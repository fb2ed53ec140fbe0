"""Time a refused question's search + related with and without the shared retrieval.

    python -m bench.refused [--sets 20] [--rounds 5] [--scale 1000]

A question nothing answers is asked twice: `Engine.search` finds nothing, then
`Engine.related` offers the near misses (the page at once, search.js and the widget by a
second request).  Both rank the same plan and candidates; `Engine._retrieved` keeps them
for the second.  This measures that pair per refused question, cold (the answers and
retrievals cleared before each question, the stored fragments and term statistics warm),
on an engine that shares the retrieval and on one that retrieves again as before, in the
same process, interleaved question by question so the shared machine's drift hits both.
The questions: the refused ones of bench/eval/questions.toml and of held-out sets (each
over the evaluation corpus, built as `python -m bench.eval` builds it) and, with --scale,
the refused ones of bench.queries' mix over the generated index of `make bench`.
Prints the figures and writes bench/results/refused.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.eval.dataset import QUESTIONS, assemble_corpus, load_questions
from bench.stats import machine

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
EVAL = BENCH / "eval"
GENERATED = BENCH / "generated"


def engines(index: Path):
    """The engine as it is, and one that retrieves for `related` again (the code before session 24)."""
    from search_app.engine import Engine

    class Unshared(Engine):
        def _retrieved(self, q, correct, type, article, synonyms):
            return self._retrieve(q, correct, type, article, synonyms)

    return Unshared.open(index), Engine.open(index)


def pair(engine, q: str) -> float:
    """Seconds for one cold search + related, as the page asks them."""
    engine._answers.clear()
    engine._retrievals.clear()
    started = time.perf_counter()
    engine.search(q)
    engine.related(q)
    return time.perf_counter() - started


def measure(index: Path, questions: list[str], rounds: int) -> dict:
    """Per-question minimum over `rounds` of each engine; the refused questions only."""
    before, after = engines(index)
    refused = [q for q in questions if not after.search(q)["results"]]
    for q in refused:               # stored fragments and term statistics warm in both
        pair(before, q), pair(after, q)
    times = {q: ([], []) for q in refused}
    for _ in range(rounds):
        for q in refused:
            times[q][0].append(pair(before, q))
            times[q][1].append(pair(after, q))
    b = sum(min(t[0]) for t in times.values())
    a = sum(min(t[1]) for t in times.values())
    ratios = [min(t[1]) / min(t[0]) for t in times.values()]
    return {"questions": len(questions), "refused": len(refused),
            "before_ms": round(b * 1000, 2), "after_ms": round(a * 1000, 2),
            "ratio": round(a / b, 3) if b else None,
            "median_question_ratio": round(statistics.median(ratios), 3) if ratios else None}


def eval_sets(count: int) -> list[tuple[str, Path, Path | None]]:
    holdouts = sorted((p for p in EVAL.glob("holdout*") if (p / "questions.toml").is_file()),
                      key=lambda p: int(p.name.removeprefix("holdout")))
    step = max(1, len(holdouts) // count) if count else 1
    return [("questions", QUESTIONS, None)] + [(p.name, p / "questions.toml", p / "articles")
                                               for p in holdouts[::step][:count]]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=20, help="held-out sets, spread over all of them")
    parser.add_argument("--rounds", type=int, default=5, help="timings per question and engine (the minimum counts)")
    parser.add_argument("--scale", type=int, help="also the generated index of `make bench SCALE=N`, if built")
    args = parser.parse_args(argv)
    from indexer.build import build_index

    rows = {}
    with tempfile.TemporaryDirectory(prefix="kb-refused-") as tmp:
        for name, questions, extra in eval_sets(args.sets):
            corpus = assemble_corpus(Path(tmp) / name / "corpus", extra=extra)
            build_index(corpus, Path(tmp) / name / "index")
            rows[name] = measure(Path(tmp) / name / "index", [q.q for q in load_questions(questions)], args.rounds)
            print(name, rows[name], flush=True)
    if args.scale:
        from bench import queries
        index = GENERATED / f"index-{args.scale}"
        if not index.is_dir():
            raise SystemExit(f"{index}: not built (make bench SCALE={args.scale})")
        rows[f"generated-{args.scale}"] = measure(index, [q.text for q in queries.mix(600)], args.rounds)
        print(f"generated-{args.scale}", rows[f"generated-{args.scale}"], flush=True)

    evals = [r for name, r in rows.items() if not name.startswith("generated")]
    before = sum(r["before_ms"] for r in evals)
    after = sum(r["after_ms"] for r in evals)
    summary = {"sets": len(evals), "refused": sum(r["refused"] for r in evals),
               "before_ms": round(before, 2), "after_ms": round(after, 2), "ratio": round(after / before, 3)}
    print(f"\nevaluation sets: {summary['refused']} refused questions in {summary['sets']} sets, "
          f"search + related {summary['before_ms']} ms before, {summary['after_ms']} ms after: "
          f"ratio {summary['ratio']}")
    for name, r in rows.items():
        if name.startswith("generated"):
            print(f"{name}: {r['refused']} refused of {r['questions']}, {r['before_ms']} → {r['after_ms']} ms: "
                  f"ratio {r['ratio']}")
    RESULTS.mkdir(exist_ok=True)
    out = {"machine": machine(), "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "rounds": args.rounds, "summary": summary, "sets": rows}
    (RESULTS / "refused.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
