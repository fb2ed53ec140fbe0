"""Compare the candidate Chinese segmenters on the same text: jieba vs rjieba (jieba-rs).

    python -m bench.segmenters [--count 300]

Both are run in search mode over the prose of generated articles (plus the real corpus)
in this process; cold load is measured in a fresh interpreter each.  Prints the figures
and writes bench/results/segmenters.json.  This measurement chose rjieba for the project
(indexer/analysis.py); the Whoosh distribution was chosen from shared/DEPENDENCIES.md's
measurements (see README, "Design").
"""
from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import time
from pathlib import Path

from bench.generate import article

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"

COLD = {
    "jieba": "import jieba, logging; jieba.setLogLevel(logging.INFO); jieba.lcut('充值后多久能到账')",
    "rjieba": "import rjieba; rjieba.cut('充值后多久能到账')",
}


def corpus_text(count: int) -> str:
    parts = [article(i)[1] for i in range(count)]
    parts += [p.read_text("utf-8") for p in sorted((REPO / "corpus").glob("*.md"))]
    return "\n".join(parts)


def cold_load(module: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", COLD[module]], check=True, capture_output=True)
    return time.perf_counter() - started


def throughput(cut, text: str) -> float:
    started = time.perf_counter()
    for line in text.splitlines():
        cut(line)
    return len(text.encode("utf-8")) / 1e6 / (time.perf_counter() - started)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="generated articles to segment")
    args = parser.parse_args(argv)
    import jieba
    import rjieba

    jieba.setLogLevel(logging.INFO)
    text = corpus_text(args.count)
    jieba.lcut("预热")          # dictionary loaded before timing
    rjieba.cut("预热")
    # the project runs both without HMM (dictionary words only): compare them that way
    same = all(jieba.lcut_for_search(s, HMM=False) == rjieba.cut_for_search(s, False)
               for s in text.splitlines()[:2000] if s.strip())
    figures = {
        "text_mb": round(len(text.encode("utf-8")) / 1e6, 2),
        "jieba": {"cold_s": round(cold_load("jieba"), 3),
                  "search_mb_s": round(throughput(jieba.lcut_for_search, text), 2)},
        "rjieba": {"cold_s": round(cold_load("rjieba"), 3),
                   "search_mb_s": round(throughput(rjieba.cut_for_search, text), 2)},
        "identical_tokens_without_hmm_first_2000_lines": same,
    }
    figures["speedup"] = round(figures["rjieba"]["search_mb_s"] / figures["jieba"]["search_mb_s"], 1)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "segmenters.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
