"""Every open evaluation set in one run: MRR@10 and no-answer accuracy per set, by category, and
what changed since an earlier run.

    python -m bench.eval.sweep [--sets a,b,…] [--out run.json] [--against earlier.json]

One held-out set holds ~50 questions; a change judged on one set is judged on noise. Every change
to analysis, ranking or fragmenting is measured here on all open sets at once (the sealed ones
excepted: `tune.SEALED`), and `--against` lists the questions whose reciprocal rank moved, so a
gain on one set that costs another shows up by name. Each set is built and asked in a worker
process of its own (two at a time): the figures are the engine's, through the same
`Engine.search` the HTTP API calls.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.eval.dataset import NO_ANSWER, QUESTIONS, assemble_corpus, load_questions
from bench.eval.metrics import CUTOFF, Hit, score
from bench.eval.tune import EVAL, open_sets


def set_paths(name: str) -> tuple[Path, Path | None]:
    """A set's questions file and its own articles' folder (None: the evaluation corpus only)."""
    if name == "questions":
        return QUESTIONS, None
    if name == "holdout":
        return EVAL / "holdout.toml", None
    return EVAL / name / "questions.toml", EVAL / name / "articles"


def run_set(name: str) -> list[dict]:
    """Build one set's index and ask its questions: one record per question."""
    from indexer.build import build_index
    from search_app.engine import Engine

    questions_path, extra = set_paths(name)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = assemble_corpus(Path(tmp) / "corpus", extra=extra)
        build_index(corpus, Path(tmp) / "index")
        engine = Engine.open(Path(tmp) / "index")
        records = []
        for q in load_questions(questions_path):
            hits = [Hit(r["title"], r["text"], r["article"]["id"])
                    for r in engine.search(q.q, limit=CUTOFF)["results"]]
            s = score(q, hits)
            record = {"set": name, "category": q.category, "q": q.q,
                      "rr": round(s.rr, 4) if q.answerable else None, "empty": s.empty}
            if s.empty:         # what the page offers instead (「可能相关」): the answer, or noise?
                near = [Hit(r["title"], r["text"], r["article"]["id"]) for r in engine.related(q.q)["related"]]
                record["related"] = round(score(q, near).rr, 4) if q.answerable else len(near)
            records.append(record)
        return records


def summary(records: list[dict]) -> dict:
    """MRR over answerable questions, accuracy over no-answer ones, and their counts.

    >>> summary([{"category": "direct", "rr": 0.5, "empty": False},
    ...          {"category": "no_answer", "rr": None, "empty": True}])
    {'mrr': 0.5, 'n': 1, 'no_answer': 1.0, 'n_no_answer': 1}
    """
    answerable = [r["rr"] for r in records if r["category"] != NO_ANSWER and r["rr"] is not None]
    refused = [r["empty"] for r in records if r["category"] == NO_ANSWER]
    return {"mrr": round(sum(answerable) / len(answerable), 4) if answerable else None, "n": len(answerable),
            "no_answer": round(sum(refused) / len(refused), 4) if refused else None, "n_no_answer": len(refused)}


def related_summary(records: list[dict]) -> dict:
    """What the 「可能相关」 passages offer where the search returns nothing (`Engine.related`):
    for the answerable questions refused, the share whose answer they hold (and MRR over the
    three); for the no-answer questions, the share shown any (noise the reader must skip).

    >>> related_summary([{"category": "direct", "rr": 0.0, "empty": True, "related": 0.5},
    ...                  {"category": "direct", "rr": 0.0, "empty": True, "related": 0.0},
    ...                  {"category": "no_answer", "rr": None, "empty": True, "related": 0}])
    {'refused': 2, 'found': 0.5, 'mrr': 0.25, 'no_answer': 1, 'shown': 0.0}
    """
    refused = [r["related"] for r in records if r["category"] != NO_ANSWER and "related" in r]
    offered = [r["related"] > 0 for r in records if r["category"] == NO_ANSWER and "related" in r]
    return {"refused": len(refused),
            "found": round(sum(rr > 0 for rr in refused) / len(refused), 4) if refused else None,
            "mrr": round(sum(refused) / len(refused), 4) if refused else None,
            "no_answer": len(offered), "shown": round(sum(offered) / len(offered), 4) if offered else None}


def report(records: list[dict]) -> dict:
    by_set, by_category = defaultdict(list), defaultdict(list)
    for r in records:
        by_set[r["set"]].append(r)
        by_category[r["category"]].append(r)
    return {"overall": summary(records), "related": related_summary(records),
            "categories": {c: summary(rs) for c, rs in sorted(by_category.items())},
            "sets": {s: summary(rs) for s, rs in by_set.items()},
            "questions": records}


def changes(before: dict, after: dict) -> list[str]:
    """The questions whose outcome moved between two runs, worst loss first."""
    old = {(r["set"], r["q"]): r for r in before["questions"]}
    moved = []
    for r in after["questions"]:
        was = old.get((r["set"], r["q"]))
        if was is None:
            continue
        if r["category"] == NO_ANSWER:
            if was["empty"] != r["empty"]:
                moved.append((1.0 if r["empty"] else -1.0, f"{r['set']} no_answer 「{r['q']}」: "
                              + ("now refused" if r["empty"] else "now answered")))
        elif was["rr"] != r["rr"] and None not in (was["rr"], r["rr"]):
            moved.append((r["rr"] - was["rr"], f"{r['set']} {r['category']} 「{r['q']}」: "
                          f"{was['rr']:.3f} -> {r['rr']:.3f}"))
    return [line for _, line in sorted(moved, key=lambda m: m[0])]


def print_report(rep: dict, against: dict | None) -> None:
    def line(label: str, s: dict, was: dict | None) -> str:
        text = f"{label:<14} MRR {s['mrr'] if s['mrr'] is not None else '-':<7} (n={s['n']})"
        text += f"  no-answer {s['no_answer'] if s['no_answer'] is not None else '-':<7} (n={s['n_no_answer']})"
        if was and s["mrr"] is not None and was.get("mrr") is not None:
            text += f"  Δ MRR {s['mrr'] - was['mrr']:+.4f}"
        if was and s["no_answer"] is not None and was.get("no_answer") is not None:
            text += f"  Δ NA {s['no_answer'] - was['no_answer']:+.4f}"
        return text

    for name, s in rep["sets"].items():
        print(line(name, s, against and against["sets"].get(name)))
    for name, s in rep["categories"].items():
        print(line(name, s, against and against["categories"].get(name)))
    if against:
        # compare over the sets both runs have, so that a set added since does not read as a change
        common = [r for r in rep["questions"] if r["set"] in against["sets"]]
        was = [r for r in against["questions"] if r["set"] in rep["sets"]]
        print(line("common sets", summary(common), summary(was)))
        for moved in changes(against, rep):
            print("  " + moved)
    print(line("overall", rep["overall"], None))
    near = rep["related"]
    print(f"related (可能相关, where nothing answers): the answer among them for {near['found']} of "
          f"{near['refused']} answerable questions refused (MRR {near['mrr']}); shown for {near['shown']} of "
          f"{near['no_answer']} no-answer questions refused")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="", help="comma-separated set names (default: every open set)")
    ap.add_argument("--out", type=Path, help="write the run (figures and every question's outcome) as JSON")
    ap.add_argument("--against", type=Path, help="an earlier --out file: print the differences")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args(argv)
    names = args.sets.split(",") if args.sets else open_sets()
    with ProcessPoolExecutor(args.workers) as pool:
        records = [r for rs in pool.map(run_set, names) for r in rs]
    rep = report(records)
    print_report(rep, json.loads(args.against.read_text()) if args.against else None)
    if args.out:
        args.out.write_text(json.dumps(rep, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
