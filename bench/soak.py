"""Soak: minutes of query load while the corpus is edited, updated, rebuilt and builds are SIGKILLed.

    python -m bench.soak --minutes 5

The long variant of tests/test_rebuild_under_load.py (same load client, in its own process):
it runs past KEEP_RECENT_SECONDS so old versions are pruned while the server keeps serving.
Prints one JSON object; exits 1 if any request failed or came back empty.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from indexer.build import build_index, update_index
from indexer.store import current_version

ROOT = Path(__file__).resolve().parents[1]


def _load_test_module():
    spec = importlib.util.spec_from_file_location("rebuild_under_load", ROOT / "tests" / "test_rebuild_under_load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--copies", type=int, default=60, help="copies of the corpus (bigger builds to kill)")
    args = parser.parse_args()
    t = _load_test_module()
    t.MAX_LOAD_SECONDS = args.minutes * 60 + 300
    tmp = Path(tempfile.mkdtemp(prefix="kb-soak-"))
    corpus, index_dir = tmp / "corpus", tmp / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    t.big_corpus(corpus, args.copies)
    build_index(corpus, index_dir)
    port = t.free_port()
    server = subprocess.Popen([sys.executable, "-m", "search_app", "serve", "--index", str(index_dir),
                               "--port", str(port)], cwd=ROOT, stderr=subprocess.DEVNULL)
    cycles = kills = 0
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                t.healthz(port)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        load = t.Load(port, tmp)
        end = time.monotonic() + args.minutes * 60
        try:
            while time.monotonic() < end:
                with open(corpus / "kazakhstan-data-sim-top-up.md", "a", encoding="utf-8") as fh:
                    fh.write(f"\n\n## 浸泡第{cycles}轮\n\n浸泡测试第{cycles}轮的补充说明。\n")
                if cycles % 10 == 9:
                    build = t.start_build(corpus, index_dir)
                    time.sleep(1.0 + (cycles % 3) * 0.7)
                    if build.poll() is None:
                        t.kill(build)
                        kills += 1
                summary = build_index(corpus, index_dir) if cycles % 5 == 4 else update_index(corpus, index_dir)
                t.wait_served(port, summary.version, timeout=30)
                cycles += 1
        finally:
            stats = load.finish()
        stats.update(cycles=cycles, killed_builds=kills, final_version=current_version(index_dir),
                     versions_seen=len(stats.pop("versions")), errors=stats["errors"][:20])
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0 if stats["failed"] == 0 and stats["empty"] == 0 and not t.partial_dirs(index_dir) else 1
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
