"""In-process measurements, each run in a fresh interpreter by bench.run.

    python -m bench.child floor    --corpus DIR
    python -m bench.child build    --corpus DIR --index DIR
    python -m bench.child update   --corpus DIR --index DIR [--changes 3]
    python -m bench.child latency  --index DIR --queries FILE.json

A fresh process per measurement keeps caches honest: the build does not profit from
segmentation the floor already did, and the cold query pass really is the first one
the engine sees. Each prints one JSON object on stdout; `--profile FILE` also writes
a cProfile dump of the measured part.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from bench.stats import percentiles, vm_status

_profiler: cProfile.Profile | None = None


@contextmanager
def measured():
    """Profile the block when --profile was given."""
    if _profiler is not None:
        _profiler.enable()
    try:
        yield
    finally:
        if _profiler is not None:
            _profiler.disable()


def _jsonable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):        # long id lists become their length
        return [_jsonable(v) for v in value] if len(value) <= 5 else len(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _peak_mb() -> float:
    return round(vm_status(_self_pid())["VmHWM"] / 1024, 1)


def _self_pid() -> int:
    import os
    return os.getpid()


def fragments_of(corpus: Path) -> tuple[list, dict]:
    """Load, parse and fragment the corpus the way the indexer does; time each stage."""
    from indexer import load, parse
    fragment = __import__("indexer.fragment", fromlist=["fragment_article"])
    parse_article = getattr(parse, "parse_article", None) or parse.parse
    started = time.perf_counter()
    sources, errors = load.load_corpus(corpus)
    loaded = time.perf_counter()
    articles = [parse_article(source) for source in sources]
    parsed = time.perf_counter()
    fragments = [f for article in articles for f in fragment.fragment_article(article)]
    done = time.perf_counter()
    if errors:
        raise SystemExit(f"corpus errors: {[str(e) for e in errors[:5]]}")
    return fragments, {
        "articles": len(sources), "fragments": len(fragments),
        "load_s": round(loaded - started, 3), "parse_s": round(parsed - loaded, 3),
        "fragment_s": round(done - parsed, 3), "load_parse_fragment_s": round(done - started, 3),
    }


def floor(corpus: Path) -> dict:
    """Time parsing, then segmentation alone over every fragment's title and text."""
    import rjieba

    with measured():
        fragments, out = fragments_of(corpus)
    texts = [f"{f.title}\n{f.text}" for f in fragments]
    out["chars"] = sum(map(len, texts))
    rjieba.tokenize("预热", mode="search")          # dictionary load is not segmentation
    started = time.perf_counter()
    for text in texts:
        rjieba.tokenize(text, mode="search")
    out["rjieba_search_s"] = round(time.perf_counter() - started, 3)
    try:
        from indexer import analysis
    except ImportError:
        analysis = None
    if analysis is not None and hasattr(analysis, "words"):
        analysis.words("预热")
        started = time.perf_counter()
        with measured():
            for text in texts:
                analysis.words(text)
        out["project_words_s"] = round(time.perf_counter() - started, 3)
    if analysis is not None and hasattr(analysis, "ChineseAnalyzer"):
        analyzer = analysis.ChineseAnalyzer()
        started = time.perf_counter()
        for text in texts:
            for _ in analyzer(text, positions=True, chars=True):
                pass
        out["project_analyzer_s"] = round(time.perf_counter() - started, 3)
    out["peak_mb"] = _peak_mb()
    return out


def build(corpus: Path, index: Path) -> dict:
    """Time a full build of the corpus into index."""
    from indexer.build import build_index

    started = time.perf_counter()
    with measured():
        summary = build_index(corpus, index)
    took = time.perf_counter() - started
    return {"build_s": round(took, 3), "summary": _jsonable(summary), "peak_mb": _peak_mb(),
            "index_mb": round(sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) / 1e6, 1)}


def _change(path: Path, n: int) -> bytes:
    """Edit one article the way an editor would (a new Q&A appended); return the old bytes."""
    old = path.read_bytes()
    path.write_bytes(old + f"\n\n### Q: 第{n}次更新后还能用*111*充值吗？\nA: 可以，更新{n}不影响充值。\n".encode())
    return old


def update(corpus: Path, index: Path, changes: int) -> dict:
    """Time a no-op update, then `changes` updates of one edited article each, then the revert."""
    from indexer.build import update_index

    articles = sorted(p for p in corpus.rglob("*.md") if "_kb" not in p.parts)
    picks = [articles[(i * 7919) % len(articles)] for i in range(changes)]
    out: dict = {}
    started = time.perf_counter()
    with measured():
        noop = update_index(corpus, index)
    out["noop_s"] = round(time.perf_counter() - started, 3)
    out["noop_full_rebuild"] = bool(getattr(noop, "full", False))   # e.g. the dictionary digest changed
    times, originals = [], {}
    for n, path in enumerate(picks, 1):
        originals[path] = _change(path, n)
        started = time.perf_counter()
        with measured():
            summary = update_index(corpus, index)
        times.append(time.perf_counter() - started)
        out.setdefault("summary", _jsonable(summary))
    for path, old in originals.items():
        path.write_bytes(old)
    started = time.perf_counter()
    update_index(corpus, index)
    out["revert_s"] = round(time.perf_counter() - started, 3)
    out["changed_s"] = [round(t, 3) for t in times]
    out["changed_median_s"] = round(statistics.median(times), 3)
    out["changed_max_s"] = round(max(times), 3)
    out["peak_mb"] = _peak_mb()
    return out


def latency(index: Path, queries: list[dict]) -> dict:
    """Open a fresh engine; time every question once (cold) and again (warm)."""
    started = time.perf_counter()
    from search_app.engine import Engine
    imported = time.perf_counter()
    engine = Engine.open(index)
    opened = time.perf_counter()
    passes = {}
    for name in ("cold", "warm"):
        times, by_cat, empty = [], {}, {}
        with measured() if name == "cold" else _null():
            for q in queries:
                began = time.perf_counter()
                body = engine.search(q["text"], limit=10)
                took = time.perf_counter() - began
                times.append(took)
                by_cat.setdefault(q["category"], []).append(took)
                if not body.get("results"):
                    empty[q["category"]] = empty.get(q["category"], 0) + 1
        passes[name] = {
            "ms": {k: round(v * 1000, 2) for k, v in percentiles(times).items()},
            "first_ms": round(times[0] * 1000, 2),
            "by_category_ms": {c: {k: round(v * 1000, 2) for k, v in percentiles(ts).items() if k in ("p50", "p99")}
                               for c, ts in sorted(by_cat.items())},
            "empty_by_category": {c: f"{empty.get(c, 0)}/{len(ts)}" for c, ts in sorted(by_cat.items())},
        }
    return {"queries": len(queries), "import_s": round(imported - started, 3),
            "open_s": round(opened - imported, 3), **passes, "peak_mb": _peak_mb()}


@contextmanager
def _null():
    yield


def main(argv: list[str] | None = None) -> int:
    global _profiler
    parser = argparse.ArgumentParser(description="one in-process measurement, printed as JSON")
    parser.add_argument("what", choices=("floor", "build", "update", "latency"))
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--index", type=Path)
    parser.add_argument("--queries", type=Path)
    parser.add_argument("--changes", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)
    if args.profile:
        _profiler = cProfile.Profile()
    if args.what == "floor":
        out = floor(args.corpus)
    elif args.what == "build":
        out = build(args.corpus, args.index)
    elif args.what == "update":
        out = update(args.corpus, args.index, args.changes)
    else:
        out = latency(args.index, json.loads(args.queries.read_text(encoding="utf-8")))
    if _profiler is not None:
        _profiler.dump_stats(args.profile)
    json.dump(out, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
