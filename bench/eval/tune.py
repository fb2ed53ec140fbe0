"""Search the ranking weights (`search_app.rank.Weights`) against the evaluation set.

    python -m bench.eval.tune [--trials N] [--seed S]

A random search followed by coordinate perturbation.  The questions are split in two
halves per category (alternating); weights are chosen on one half and reported on the
other, so a setting that only fits particular questions shows up as a gap between the two.
The objective is the mean of the per-category figures (MRR@10, no-answer accuracy), the
way issue 6 judges them.  Prints the best weights as a `Weights(...)` to paste into
search_app/rank.py after reading the held-out figure; writes nothing.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
from pathlib import Path

from bench.eval.__main__ import Project, by_category, primary
from bench.eval.dataset import assemble_corpus, load_questions
from bench.eval.metrics import score
from search_app.rank import WEIGHTS, Weights

# (low, high) of each tunable searched; the rest stay as they are.
RANGES = {
    "synonym": (0.5, 1.0), "title_boost": (1.0, 4.0), "retrieval_share": (0.0, 1.5),
    "coverage": (1.0, 5.0), "title_coverage": (0.0, 2.0), "title_similarity": (0.5, 4.0),
    "context_share": (0.0, 1.0), "phrase": (0.0, 2.0), "code": (1.0, 5.0), "has_code": (0.0, 2.0),
    "has_code_howto": (0.0, 1.0), "qa_for_question": (0.0, 1.5), "step_for_howto": (0.0, 1.5),
    "section_penalty": (0.0, 1.0), "ubiquity": (0.1, 0.5), "unknown_share": (0.2, 1.0),
    "single_char_share": (0.0, 0.8), "single_char_known": (0.2, 1.0), "min_coverage": (0.3, 0.9),
    "min_coverage_topical": (0.2, 0.7), "relative_floor": (0.1, 0.6), "common_low": (3.0, 7.0),
    "common_high": (8.0, 12.0), "common_floor": (0.0, 0.5),
}


def objective(scores) -> float:
    table = by_category(scores)
    figures = [primary(row, c) for c, row in table.items() if c != "overall"]
    return sum(figures) / len(figures)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    questions = load_questions()
    halves: tuple[list, list] = ([], [])
    seen: dict[str, int] = {}
    for q in questions:
        n = seen[q.category] = seen.get(q.category, -1) + 1
        halves[n % 2].append(q)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = assemble_corpus(Path(tmp) / "corpus")
        project = Project(corpus, Path(tmp) / "index")
        engine = project.engine

        def measure(weights: Weights, subset) -> float:
            engine.weights = weights
            engine._answers.clear()
            return objective([score(q, project.search(q.q)) for q in subset])

        def report(label: str, weights: Weights) -> None:
            print(f"{label}: tune {measure(weights, halves[0]):.3f}  held-out {measure(weights, halves[1]):.3f}"
                  f"  all {measure(weights, questions):.3f}", flush=True)

        best, best_score = WEIGHTS, measure(WEIGHTS, halves[0])
        report("current", WEIGHTS)
        for trial in range(args.trials):
            if trial < args.trials // 3:          # explore
                changes = {k: rng.uniform(*r) for k, r in RANGES.items() if rng.random() < 0.5}
            else:                                   # refine around the best
                changes = {}
                for k in rng.sample(sorted(RANGES), rng.randint(1, 3)):
                    low, high = RANGES[k]
                    value = getattr(best, k) + rng.gauss(0, (high - low) / 6)
                    changes[k] = min(high, max(low, value))
            candidate = dataclasses.replace(best, **changes)
            value = measure(candidate, halves[0])
            if value > best_score:
                best, best_score = candidate, value
                report(f"trial {trial}", best)
        report("best", best)
        print({k: round(getattr(best, k), 3) for k in RANGES})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
