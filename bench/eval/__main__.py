"""Measure answer quality: the project against the tutorial baseline on the graded evaluation set.

    python -m bench.eval [--only CATEGORY] [--verbose]

Builds both indexes over the evaluation corpus (corpus/*.md + bench/eval/articles/ +
corpus/_kb/) in a temporary directory, runs every question through the same code path as
the HTTP API, prints a per-category table and the target verdicts, lists the failing
questions, and writes bench/results/quality.json and quality.md. Always exits 0: it is a
measurement, not a gate.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.eval.baseline import Baseline
from bench.eval.dataset import CATEGORIES, NO_ANSWER, QUESTIONS, REPO, assemble_corpus, load_questions
from bench.eval.metrics import CUTOFF, Hit, Score, score, summarize

RESULTS = REPO / "bench" / "results"

# The targets of issue 6, in one place: (label, metric, threshold).
TARGETS = (
    ("MRR@10 >= 0.95", "mrr@10", 0.95),
    ("Success@1 >= 0.90", "success@1", 0.90),
    ("Success@3 >= 0.98", "success@3", 0.98),
    ("no-answer accuracy >= 0.95", "no_answer_accuracy", 0.95),
)
CATEGORY_MRR_FLOOR = 0.90


class Project:
    """The system under test, reached exactly as the HTTP API reaches it."""

    def __init__(self, corpus_dir: Path, index_dir: Path, cards: bool = False):
        self.cards = cards
        from indexer.build import build_index
        from search_app.engine import Engine

        build_index(corpus_dir, index_dir)
        self.engine = Engine.open(index_dir)
        self.took_ms: list[float] = []

    def search(self, q: str) -> list[Hit]:
        """Return the API's results for q as hits (with `cards`, graded by what each answer card shows)."""
        response = self.engine.search(q, limit=CUTOFF)
        self.took_ms.append(response["took_ms"])
        return [Hit(r["title"], card_text(r) if self.cards else r["text"], r["article"]["id"])
                for r in response["results"]]

    def close(self) -> None:
        close = getattr(self.engine, "close", None)
        if close is not None:
            close()


def card_text(result: dict) -> str:
    """What a result's answer card shows: a step's card lists every step of its procedure
    (the widget and the search page render `steps`), so the answer is on screen whichever
    step leads."""
    steps = result.get("steps") or []
    return "\n".join([result["text"], *(f"{s['title']}\n{s['text']}" for s in steps)])


def open_project(corpus_dir: Path, index_dir: Path, cards: bool = False) -> tuple[Project | None, str]:
    """Build and open the project's engine; report why not while its modules have not landed."""
    try:
        return Project(corpus_dir, index_dir, cards), ""
    except ModuleNotFoundError as exc:
        if exc.name not in ("indexer.build", "search_app.engine"):
            raise
        return None, f"not available yet ({exc.name} is missing)"
    except ImportError as exc:
        # a module exists but does not offer the interface yet (build_index / Engine)
        if "cannot import name" not in str(exc):
            raise
        return None, f"not available yet ({exc})"


def run(search: Callable[[str], list[Hit]], questions) -> list[Score]:
    """Score every question against one system's search function."""
    return [score(q, search(q.q)) for q in questions]


def baseline_search(baseline: Baseline) -> Callable[[str], list[Hit]]:
    """Adapt the baseline's section dicts to hits."""
    return lambda q: [Hit(r["title"], r["text"], r["article_id"]) for r in baseline.search(q, limit=CUTOFF)]


def by_category(scores: list[Score]) -> dict[str, dict]:
    """Summarize scores per category (report order), then overall."""
    table = {}
    for category in CATEGORIES:
        subset = [s for s in scores if s.question.category == category]
        if subset:
            table[category] = summarize(subset)
    table["overall"] = summarize(scores)
    return table


def primary(row: dict, category: str) -> float | None:
    """Return the one figure a category is judged on: no-answer accuracy or MRR@10."""
    return row["no_answer_accuracy"] if category == NO_ANSWER else row["mrr@10"]


def verdicts(project: dict, baseline: dict) -> list[tuple[str, bool | None, str]]:
    """Judge every target: (label, holds or None when not measurable, detail)."""
    overall = project["overall"]
    out = []
    for label, metric, threshold in TARGETS:
        value = overall[metric]
        out.append((label, None if value is None else value >= threshold, _fmt(value)))
    categories = [c for c in project if c not in ("overall", NO_ANSWER)]
    low = [f"{c} {_fmt(project[c]['mrr@10'])}" for c in categories if project[c]["mrr@10"] < CATEGORY_MRR_FLOOR]
    out.append((f"no category MRR@10 below {CATEGORY_MRR_FLOOR:.2f}", not low if categories else None,
                ", ".join(low) or "all above"))
    behind = [f"{c} {_fmt(primary(project[c], c))} vs {_fmt(primary(baseline[c], c))}"
              for c in project if c != "overall" and not primary(project[c], c) > primary(baseline[c], c)]
    out.append(("above baseline in every category", not behind, ", ".join(behind) or "all above"))
    return out


def _fmt(value) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _row(row: dict, category: str) -> str:
    if category == NO_ANSWER:
        return f"{'acc ' + _fmt(row['no_answer_accuracy']):>31}"
    if category == "overall":
        extra = f" acc {_fmt(row['no_answer_accuracy'])}" if row["no_answer"] else ""
    else:
        extra = ""
    return " ".join(_fmt(row[m]) for m in ("mrr@10", "success@1", "success@3", "ndcg@5")) + extra


def print_table(project: dict | None, baseline: dict) -> None:
    """Print project and baseline side by side per category."""
    head = "MRR@10 S@1   S@3   nDCG@5"
    print(f"\n{'category':<12} {'n':>3}  {'project: ' + head:<42} baseline: {head}")
    for category, row in baseline.items():
        left = _row(project[category], category) if project else "(engine not available)"
        print(f"{category:<12} {row['questions']:>3}  {left:<42} {_row(row, category)}")


def describe_failure(s: Score) -> str:
    """Say in one line what went wrong for a question and what came first instead."""
    q = s.question
    if not q.answerable:
        got = f"returned results, top: {s.top.title!r} ({s.top.article_id})"
    elif s.empty:
        got = "returned nothing"
    else:
        where = f"answer at rank {s.rank}" if s.rank else f"answer not in top {CUTOFF}"
        got = f"{where}, top: {s.top.title!r} ({s.top.article_id})"
    return f"[{q.category}] {q.q!r}: {got}"


def machine() -> str:
    """Describe this machine in one line for the report."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def write_results(report: dict) -> None:
    """Write quality.json (everything) and quality.md (the short table)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "quality.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    systems = report["systems"]
    project, baseline = systems["project"]["metrics"], systems["baseline"]["metrics"]
    lines = [
        "# Answer quality",
        "",
        f"{report['date']} · {report['machine']}",
        "",
        f"{report['counts']['questions']} questions over {report['corpus']['articles']} articles "
        "(`make eval`; relevance by content, see bench/eval/questions.toml).",
        "MRR/Success: first result holding the answer (grade 2); nDCG@5 graded 2/1; "
        "no-answer: share of out-of-scope questions answered with `[]`.",
        "",
        "| category | n | project MRR@10 | S@1 | S@3 | nDCG@5 | baseline MRR@10 | S@1 | S@3 | nDCG@5 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for category, row in baseline.items():
        cells = []
        for table in (project, baseline):
            r = table.get(category) if table else None
            if r is None:
                cells += ["n/a"] * 4
            elif category == NO_ANSWER:
                cells += [f"acc {_fmt(r['no_answer_accuracy'])}", "", "", ""]
            else:
                cells += [_fmt(r[m]) for m in ("mrr@10", "success@1", "success@3", "ndcg@5")]
        lines.append(f"| {category} | {row['questions']} | " + " | ".join(cells) + " |")
    if project:
        lines.append(f"\nNo-answer accuracy: project {_fmt(project['overall']['no_answer_accuracy'])}, "
                     f"baseline {_fmt(baseline['overall']['no_answer_accuracy'])}.")
        lines += ["", "| target | holds | value |", "|---|---|---|"]
        lines += [f"| {t['target']} | {'PASS' if t['holds'] else 'FAIL'} | {t['value']} |" for t in report["targets"]]
    else:
        lines.append(f"\nProject: {systems['project']['status']}.")
    (RESULTS / "quality.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    """Run the evaluation and report; always 0."""
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CATEGORIES), help="evaluate one category (results not written)")
    parser.add_argument("--verbose", action="store_true", help="also list the baseline's failures, and the top 3 results of every failure")
    parser.add_argument("--questions", type=Path, default=QUESTIONS,
                        help="another graded set, e.g. bench/eval/holdout.toml (results not written)")
    parser.add_argument("--cards", action="store_true",
                        help="grade a step by its answer card (every step of its procedure), as a reader sees it, "
                             "not by its own text (results not written)")
    parser.add_argument("--articles", type=Path,
                        help="a folder of more articles for that set, e.g. bench/eval/holdout2/articles")
    args = parser.parse_args(argv)

    questions = [q for q in load_questions(args.questions) if args.only in (None, q.category)]
    with tempfile.TemporaryDirectory(prefix="kb-eval-") as tmp:
        corpus = assemble_corpus(Path(tmp) / "corpus", extra=args.articles)
        articles = sorted(p.name for p in corpus.iterdir() if p.is_file())
        started = time.perf_counter()
        project, status = open_project(corpus, Path(tmp) / "index", cards=args.cards)
        baseline = Baseline.build(corpus, Path(tmp) / "baseline")
        try:
            base_scores = run(baseline_search(baseline), questions)
            proj_scores = run(project.search, questions) if project else None
        finally:
            baseline.close()
            if project:
                project.close()
        elapsed = time.perf_counter() - started

    base_table = by_category(base_scores)
    proj_table = by_category(proj_scores) if proj_scores else None
    print(f"{len(questions)} questions, {len(articles)} articles: {', '.join(articles)}")
    print(f"project: {status or 'search_app.engine over indexer.build_index'}")
    print_table(proj_table, base_table)

    targets = []
    if proj_table:
        print("\ntargets:")
        for label, holds, value in verdicts(proj_table, base_table):
            mark = "n/a " if holds is None else ("PASS" if holds else "FAIL")
            print(f"  {mark}  {label:<36} {value}")
            targets.append({"target": label, "holds": holds, "value": value})
    else:
        print("\ntargets: not measured (the project is not available)")

    failures = {}
    for name, scores in (("project", proj_scores), ("baseline", base_scores)):
        if scores is None:
            continue
        failures[name] = [s for s in scores if not s.correct]
        if name == "baseline" and proj_scores is not None and not args.verbose:
            print(f"\nbaseline failures: {len(failures[name])} (--verbose lists them)")
            continue
        print(f"\n{name} failures ({len(failures[name])}):")
        for s in failures[name]:
            print("  " + describe_failure(s))
            if args.verbose:
                for i, hit in enumerate(s.head, 1):
                    print(f"      {i}. {hit.title!r} ({hit.article_id}): {hit.text[:60]!r}")
    if args.only or args.questions != QUESTIONS or args.articles or args.cards:
        print("\n--only / --questions / --articles / --cards: results not written")
        return 0

    report = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "seconds": round(elapsed, 2),
        "corpus": {"articles": len(articles), "files": articles},
        "counts": {"questions": len(questions),
                   **{c: sum(q.category == c for q in questions) for c in CATEGORIES}},
        "systems": {
            "project": {"status": status or "ok", "metrics": proj_table,
                        "took_ms_mean": round(sum(project.took_ms) / len(project.took_ms), 2) if project else None},
            "baseline": {"status": "ok", "metrics": base_table},
        },
        "targets": targets,
        "failures": {name: [{"category": s.question.category, "q": s.question.q, "rank": s.rank,
                             "empty": s.empty, "top_title": s.top.title if s.top else None,
                             "top_article": s.top.article_id if s.top else None} for s in fs]
                     for name, fs in failures.items()},
    }
    write_results(report)
    print(f"\nwrote {RESULTS.relative_to(REPO)}/quality.json and quality.md ({elapsed:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
