"""The versioned index directory: immutable versions, the CURRENT pointer, the writer lock.

    var/index/
      CURRENT                  # name of the version being served (replaced with os.replace)
      .lock                    # flock held by the one writer; the kernel drops it if the writer dies
      versions/<version>/      # a complete Whoosh index + manifest.json; never modified once named
      versions/<version>.partial/   # being written; left over only by a crash, removed by the next writer

Readers (the search service) need only this module; `build` writes through it.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from whoosh.codec.whoosh3 import W3Codec

SCHEMA_VERSION = 26           # bump when the schema, analysis or fragmenting change: old indexes are refused and rebuilt
                              # (6 was a reverted experiment with another field set: never reuse it)
INDEX_NAME = "fragments"
MANIFEST = "manifest.json"
TITLES = "titles.json"        # article id -> [[title, type, fragment id], ...] for suggestions
CURRENT = "CURRENT"
VERSIONS = "versions"
KEEP_RECENT_SECONDS = 120     # a version this young is kept even when pruned: a server may still be reading it
LOCK_WAIT_SECONDS = 30.0


class Codec(W3Codec):
    """Whoosh's codec without per-posting length statistics.

    Those feed Whoosh's own BM25 block bounds; search_app scores fragments itself
    (retrieve.py, rank.py), and looking up a field length for each of 3.5 million
    postings was 8 % of a 10k-article build.  Segments name their codec, so readers
    import it from here.
    """

    length_stats = False


class IndexProblem(Exception):
    """An index that cannot be used or written: the message says what to do."""


def current_version(index_dir: Path) -> str | None:
    """Return the name of the version being served, or None when there is none."""
    try:
        name = (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def served_version(index_dir: Path) -> str:
    """Return the current version's name, or fail with what to do when there is none."""
    version = current_version(index_dir)
    if version is None:
        raise IndexProblem(f"没有索引 / no index at {index_dir}: run `python -m indexer build`")
    return version


def version_dir(index_dir: Path, version: str) -> Path:
    return Path(index_dir) / VERSIONS / version


def read_manifest(path: Path) -> dict:
    """Read a version's manifest, refusing one written with another schema."""
    try:
        manifest = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexProblem(f"索引版本不完整 / incomplete index version at {path}: "
                           "run `python -m indexer build`") from None
    if manifest.get("schema") != SCHEMA_VERSION:
        raise IndexProblem(
            f"索引格式已过期 / index schema {manifest.get('schema')} at {path} is not "
            f"{SCHEMA_VERSION}: rebuild it with `python -m indexer build`")
    return manifest


def new_version_name() -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{os.getpid()}"


def switch(index_dir: Path, version: str) -> None:
    tmp = Path(index_dir) / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, Path(index_dir) / CURRENT)


def prune(index_dir: Path, keep: set[str]) -> None:
    """Remove versions other than `keep` and left-over partial builds (writer lock held)."""
    now = time.time()
    for entry in (Path(index_dir) / VERSIONS).iterdir():
        if entry.name in keep:
            continue
        partial = entry.name.endswith(".partial")
        if not partial and now - entry.stat().st_mtime < KEEP_RECENT_SECONDS:
            continue
        shutil.rmtree(entry, ignore_errors=True)


@contextmanager
def writer_lock(index_dir: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the index's single-writer lock; a crashed writer's lock vanishes with it."""
    # read at call time, not bound as a default: tests and deployments tune the module constant
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    Path(index_dir, VERSIONS).mkdir(parents=True, exist_ok=True)
    with open(Path(index_dir) / ".lock", "a+") as fh:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexProblem(
                        f"另一个索引进程正在写入 / another indexer is writing {index_dir}; "
                        f"waited {wait:.0f} s") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# -- build and update ---------------------------------------------------------------------
