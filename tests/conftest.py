"""Shared fixtures: corpora, built indexes, and the app → client → runner chain.

Read-only fixtures (share freely, never write into them):

- `corpus_index`   session: the real `corpus/` built once into a temporary index directory.
- `sentinel_index` session: the sentinel corpus (tests/fixtures/sentinel) built the same way.
- `app`, `client`, `runner`: the Flask app serving `corpus_index`, its test client, its CLI runner.

Writable fixtures (a fresh copy per test, in `tmp_path`):

- `corpus_copy`, `sentinel_copy`: copies of the two corpora a test may edit.
- `index_dir`: an empty index directory.
- `make_app(index_dir, corpus_dir, **config)`: an app over any index (for reindex, hot switch).
- `indexer_cli(*args, env=None)`: runs `python -m indexer ARGS` in-process (click's CliRunner).

`serving(index_dir)` (a context manager, not a fixture) runs the production server in another
process and yields its port once /healthz answers.
"""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build import build_index
from indexer.cli import main as indexer_main
from search_app import create_app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"                                  # the real knowledge base
SENTINEL = Path(__file__).resolve().parent / "fixtures" / "sentinel"   # tiny, hand-written


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """Return an index directory holding one full build of the real corpus (read-only)."""
    index_dir = tmp_path_factory.mktemp("corpus-index")
    build_index(CORPUS, index_dir)
    return index_dir


@pytest.fixture(scope="session")
def sentinel_index(tmp_path_factory) -> Path:
    """Return an index directory holding one full build of the sentinel corpus (read-only)."""
    index_dir = tmp_path_factory.mktemp("sentinel-index")
    build_index(SENTINEL, index_dir)
    return index_dir


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """Return a private copy of the real corpus that the test may edit."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture
def sentinel_copy(tmp_path) -> Path:
    """Return a private copy of the sentinel corpus that the test may edit."""
    return Path(shutil.copytree(SENTINEL, tmp_path / "sentinel"))


@pytest.fixture
def index_dir(tmp_path) -> Path:
    """Return an empty index directory (nothing built yet)."""
    return tmp_path / "index"


@pytest.fixture
def make_app():
    """Return a factory of test apps serving `index_dir` with `corpus_dir` as their corpus."""
    def make(index_dir: Path, corpus_dir: Path = CORPUS, **config):
        return create_app({"TESTING": True, "INDEX_DIR": str(index_dir),
                           "CORPUS_DIR": str(corpus_dir), **config})
    return make


@pytest.fixture
def app(make_app, corpus_index):
    """Return the app serving the real corpus's index."""
    return make_app(corpus_index)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def indexer_cli():
    """Return a function running the `indexer` command line in-process; it returns click's Result."""
    def invoke(*args: str, env: dict[str, str] | None = None):
        return CliRunner().invoke(indexer_main, [str(a) for a in args], env=env, catch_exceptions=False)
    return invoke


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(index_dir: Path, *args: str, log: Path | None = None):
    """Run `python -m search_app serve` on `index_dir` in another process; yield its port."""
    port = free_port()
    out = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([sys.executable, "-m", "search_app", "serve", "--index", str(index_dir),
                             "--port", str(port), *args], cwd=ROOT, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text() if log else "server died"
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()
