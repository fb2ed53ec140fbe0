"""Rebuilds and crashes under continuous query load: readers never see a failed or empty answer.

The server runs as `python -m search_app serve` in its own process; a load client in another
process hammers /api/search on 127.0.0.1 (bounded in time and count) while this process edits a
copy of the corpus and runs incremental updates and full builds, or SIGKILLs a build half-way.
The client counts every non-200 answer and every empty answer to a question the corpus always
answers; both must stay 0, and the version /healthz reports must advance.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import serving
from indexer.build import build_index, update_index
from indexer.store import VERSIONS, current_version

ROOT = Path(__file__).resolve().parents[1]
ALWAYS_ANSWERED = ["充值后多久能到账", "Kcell 充值代码", "在线充值", "哈萨克斯坦流量卡怎么充值"]
UPDATES = 20
MAX_LOAD_SECONDS = 120

# The load client: runs in its own interpreter, stops when STOP appears (or at its deadline).
LOAD_CLIENT = r"""
import http.client, json, os, sys, time, urllib.parse
port, stop, deadline, limit = int(sys.argv[1]), sys.argv[2], time.monotonic() + float(sys.argv[3]), int(sys.argv[4])
queries = json.loads(sys.argv[5])
stats = {"requests": 0, "failed": 0, "empty": 0, "versions": [], "errors": []}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
def get(path):
    global conn
    for attempt in range(2):
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            if attempt:
                raise
i = 0
while time.monotonic() < deadline and stats["requests"] < limit and not os.path.exists(stop):
    q = queries[i % len(queries)] + ("" if i % 3 else " " * (i % 7))   # defeat the result cache a little
    i += 1
    try:
        status, body = get("/api/search?" + urllib.parse.urlencode({"q": q}))
    except Exception as exc:
        stats["failed"] += 1; stats["errors"].append(repr(exc)); continue
    stats["requests"] += 1
    if status != 200:
        stats["failed"] += 1; stats["errors"].append(f"{status} {body[:200]!r}"); continue
    if not json.loads(body)["results"]:
        stats["empty"] += 1; stats["errors"].append(f"empty: {q}")
    if i % 25 == 0:
        status, body = get("/healthz")
        version = json.loads(body)["index"]["version"] if status == 200 else None
        if status != 200:
            stats["failed"] += 1; stats["errors"].append(f"healthz {status}")
        elif not stats["versions"] or stats["versions"][-1] != version:
            stats["versions"].append(version)
print(json.dumps(stats))
"""


def healthz(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
        return json.load(response)["index"]


@pytest.fixture
def served(tmp_path):
    """A copy of the corpus, its index, and a server on it in another process."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    with serving(index_dir, "--threads", "4", log=tmp_path / "server.log") as port:
        yield corpus, index_dir, port, tmp_path
    assert "Traceback" not in (tmp_path / "server.log").read_text(), (tmp_path / "server.log").read_text()[-3000:]


class Load:
    """The load client process: start it, do things, stop it and read its counts."""

    def __init__(self, port: int, tmp_path: Path, limit: int = 200_000):
        self.stop_file = tmp_path / "STOP-LOAD"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LOAD_CLIENT, str(port), str(self.stop_file), str(MAX_LOAD_SECONDS), str(limit),
             json.dumps(ALWAYS_ANSWERED)], stdout=subprocess.PIPE, text=True)

    def finish(self) -> dict:
        self.stop_file.touch()
        out, _ = self.proc.communicate(timeout=MAX_LOAD_SECONDS + 30)
        assert self.proc.returncode == 0
        return json.loads(out)


def wait_served(port: int, version: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while healthz(port)["version"] != version:
        assert time.monotonic() < deadline, f"server never switched to {version}"
        time.sleep(0.1)


def test_updates_and_full_builds_under_load(served):
    corpus, index_dir, port, tmp_path = served
    first = healthz(port)["version"]
    load = Load(port, tmp_path)
    versions = [first]
    extra = corpus / "extra"
    extra.mkdir()
    try:
        time.sleep(0.5)
        for n in range(UPDATES):
            # an edit, an added article and a removed one, then an incremental update or a full build
            with open(corpus / "kazakhstan-data-sim-top-up.md", "a", encoding="utf-8") as fh:
                fh.write(f"\n\n## 第{n}次补充说明\n\n这是第{n}次编辑加入的补充说明，测试词汇甲乙丙{n}。\n")
            (extra / f"extra-{n}.md").write_text(f"# 临时文章 {n}：夜间套餐\n\n夜间套餐第{n}版说明。\n", encoding="utf-8")
            if n:
                (extra / f"extra-{n - 1}.md").unlink()
            summary = build_index(corpus, index_dir) if n % 4 == 3 else update_index(corpus, index_dir)
            assert summary.version != versions[-1]
            versions.append(summary.version)
            wait_served(port, summary.version)
            time.sleep(0.2)
    finally:
        stats = load.finish()
    print(f"\nrebuilds under load: {UPDATES}, requests: {stats['requests']}, failed: {stats['failed']}, "
          f"empty: {stats['empty']}, versions seen by the client: {len(stats['versions'])}")
    assert stats["failed"] == 0, stats["errors"][:10]
    assert stats["empty"] == 0, stats["errors"][:10]
    assert stats["requests"] >= 100
    assert len(stats["versions"]) >= 3
    assert healthz(port)["version"] == versions[-1] == current_version(index_dir)
    assert healthz(port)["articles"] == 3


def partial_dirs(index_dir: Path) -> list[str]:
    return sorted(p.name for p in (index_dir / VERSIONS).iterdir() if p.name.endswith(".partial"))


def big_corpus(corpus: Path, copies: int) -> None:
    """Copies of the real articles under other names: slow enough to kill a build half-way."""
    articles = [p for p in sorted(corpus.glob("*.md"))]
    for i in range(copies):
        for p in articles:
            shutil.copy(p, corpus / f"copy-{i:03d}-{p.name}")


COPIES = 120


def start_build(corpus: Path, index_dir: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "indexer", "build", "--corpus", str(corpus),
                             "--index", str(index_dir)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill(build: subprocess.Popen) -> None:
    os.kill(build.pid, signal.SIGKILL)
    build.wait(10)
    assert build.returncode == -signal.SIGKILL


def test_sigkill_during_build(served):
    """SIGKILL `indexer build` while it parses (lock held) and while it writes the .partial version:
    the server keeps answering from the previous version and the next build needs no clean-up."""
    corpus, index_dir, port, tmp_path = served
    before = current_version(index_dir)
    big_corpus(corpus, COPIES)
    load = Load(port, tmp_path)
    try:
        # 1. killed while parsing: the interpreter is up and holds the writer lock
        build = start_build(corpus, index_dir)
        time.sleep(1.5)
        assert build.poll() is None, "the build finished before it could be killed: raise COPIES"
        kill(build)
        assert current_version(index_dir) == before
        # 2. killed while writing: a .partial version with files in it exists
        build = start_build(corpus, index_dir)
        deadline = time.monotonic() + 120
        while not (partial_dirs(index_dir) and any((index_dir / VERSIONS / partial_dirs(index_dir)[0]).iterdir())):
            assert build.poll() is None, "the build finished before it could be killed: raise COPIES"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.2)
        kill(build)
        assert current_version(index_dir) == before
        assert partial_dirs(index_dir) != []                     # the crash left it behind...
        time.sleep(1.0)                                          # keep querying the crashed state
        assert healthz(port)["version"] == before
        # 3. the next build starts at once (the kernel dropped the flock) and cleans the leftovers
        done = subprocess.run([sys.executable, "-m", "indexer", "build", "--corpus", str(corpus),
                               "--index", str(index_dir)], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        after = current_version(index_dir)
        assert after != before
        wait_served(port, after)
    finally:
        stats = load.finish()
    print(f"\nkilled builds: 2, requests: {stats['requests']}, failed: {stats['failed']}, empty: {stats['empty']}")
    assert partial_dirs(index_dir) == []                         # ...and the next writer removed it
    assert stats["failed"] == 0, stats["errors"][:10]
    assert stats["empty"] == 0, stats["errors"][:10]
    assert healthz(port)["articles"] == 2 + 2 * COPIES
