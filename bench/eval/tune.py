"""Search the answer-signal weights (`search_app.rank.Weights`) over many evaluation sets at once.

    python -m bench.eval.tune [--sets questions,holdout,holdout2,…] [--rounds N]

One set's questions are too few to tell a general gain from a fit to particular questions, and
the held-out sets say more than `questions.toml` alone: the index of every set is built once,
then a coordinate search walks `GRID`, keeping a change that answers at least half a question
more (reciprocal rank of each answerable question plus each no-answer question left unanswered,
summed over the sets). The sets are split in two alternating halves, and the search runs on
each half and is reported on the other: only a change that gains in both directions is worth
making, and the script says which those are. Writes nothing; paste what holds into rank.py.
"""
from __future__ import annotations

import argparse
import dataclasses
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.eval.dataset import QUESTIONS, REPO, Question, assemble_corpus, load_questions
from bench.eval.metrics import CUTOFF, Hit, score
from search_app.rank import WEIGHTS, Weights

EVAL = REPO / "bench" / "eval"
SEALED = ("holdout7", "holdout10")      # never read, never tuned on: run only at a session's start and end

# the values tried for each weight (the current one is always kept as a candidate)
GRID = {
    "retrieval_share": (0.0, 0.25, 0.5, 0.75, 1.0),
    "coverage": (2.5, 3.0, 3.5, 4.0),
    "title_coverage": (0.0, 0.25, 0.5, 1.0),
    "title_similarity": (1.5, 2.0, 2.5, 3.0),
    "phrase": (0.3, 0.6, 0.9),
    "verbatim": (0.5, 1.0, 1.5),
    "has_code": (0.4, 0.8, 1.2),
    "has_code_howto": (0.0, 0.3, 0.6),
    "qa_for_question": (0.2, 0.4, 0.6, 0.8),
    "step_for_howto": (0.2, 0.4, 0.8, 1.2),
    "section_penalty": (0.0, 0.2, 0.4),
    "reversal": (0.25, 0.5, 1.0),
    "title_boost": (1.5, 2.5, 3.5),
    "length": (0.2, 0.35, 0.5),
}
MIN_GAIN = 0.5


def open_sets() -> list[str]:
    """Every set in the repository but the sealed ones, in a stable order."""
    numbered = sorted((p.parent.name for p in EVAL.glob("holdout*/questions.toml") if p.parent.name not in SEALED),
                      key=lambda name: int(name.removeprefix("holdout")))
    return ["questions", "holdout", *numbered]


def halves(sets: Sequence[str]) -> tuple[list[str], list[str]]:
    """Alternate sets into two halves (neighbouring sets were written in the same round).

    >>> halves(["questions", "holdout", "holdout2", "holdout3", "holdout4"])
    (['questions', 'holdout2', 'holdout4'], ['holdout', 'holdout3'])
    """
    return list(sets[0::2]), list(sets[1::2])


def value(question: Question, hits: list[Hit]) -> float:
    """A question's worth in the objective: its reciprocal rank, or 1 for a no-answer question
    rightly left unanswered.

    >>> from bench.eval.dataset import Question
    >>> value(Question("no_answer", "q", ()), [])
    1.0
    """
    s = score(question, hits)
    return float(s.empty) if not question.answerable else s.rr


class Sets:
    """The sets' indexes, built once; `measure` runs every question under other weights."""

    def __init__(self, names: Sequence[str], workdir: Path):
        from indexer.build import build_index
        from search_app.engine import Engine

        self.engines, self.questions = {}, {}
        for name in names:
            extra = EVAL / name / "articles" if name.startswith("holdout") and name != "holdout" else None
            path = QUESTIONS if name == "questions" else EVAL / "holdout.toml" if name == "holdout" \
                else EVAL / name / "questions.toml"
            corpus = assemble_corpus(workdir / name / "corpus", extra=extra)
            build_index(corpus, workdir / name / "index")
            self.engines[name] = Engine.open(workdir / name / "index")
            self.questions[name] = load_questions(path)
            print(f"built {name}", flush=True)

    def measure(self, names: Sequence[str], weights: Weights) -> dict[str, float]:
        out = {}
        for name in names:
            engine = self.engines[name]
            engine.weights = weights
            engine._answers.clear()
            out[name] = sum(value(q, [Hit(r["title"], r["text"], r["article"]["id"])
                                      for r in engine.search(q.q, limit=CUTOFF)["results"]])
                            for q in self.questions[name])
        return out


def search(sets: Sets, names: Sequence[str], rounds: int) -> dict[str, float]:
    """Coordinate search from the current weights; returns the changes kept."""
    best: dict[str, float] = {}
    best_total = sum(sets.measure(names, WEIGHTS).values())
    for _ in range(rounds):
        improved = False
        for field, values in GRID.items():
            current = best.get(field, getattr(WEIGHTS, field))
            for candidate in values:
                if candidate == current:
                    continue
                changes = dict(best, **{field: candidate})
                total = sum(sets.measure(names, dataclasses.replace(WEIGHTS, **changes)).values())
                if total >= best_total + MIN_GAIN:
                    best, best_total, current, improved = changes, total, candidate, True
                    print(f"  {field} = {candidate}: {total:.2f}", flush=True)
        if not improved:
            break
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="", help="comma-separated set names (default: every open set)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    names = args.sets.split(",") if args.sets else open_sets()
    first, second = halves(names)
    with tempfile.TemporaryDirectory() as tmp:
        sets = Sets(names, Path(tmp))
        found = []
        for tune, check in ((first, second), (second, first)):
            print(f"tuning on {', '.join(tune)}", flush=True)
            changes = search(sets, tune, args.rounds)
            before = sets.measure(check, WEIGHTS)
            after = sets.measure(check, dataclasses.replace(WEIGHTS, **changes))
            print(f"held out: {sum(before.values()):.2f} -> {sum(after.values()):.2f}  {changes}", flush=True)
            found.append(changes)
        agreed = {k: v for k, v in found[0].items()
                  if k in found[1] and (v - getattr(WEIGHTS, k)) * (found[1][k] - getattr(WEIGHTS, k)) > 0}
        print(f"changed the same way on both halves: {agreed or 'none'}")
        if agreed:
            whole = sets.measure(names, WEIGHTS), sets.measure(names, dataclasses.replace(WEIGHTS, **agreed))
            print(f"all sets: {sum(whole[0].values()):.2f} -> {sum(whole[1].values()):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
