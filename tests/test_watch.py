"""`indexer watch`: a burst of saves becomes one incremental update; stopping is clean."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import indexer.watch
from indexer.build import build_index
from indexer.store import current_version
from indexer.watch import watch_corpus
from search_app.engine import Engine

NEW_ARTICLE = "# 紫晶卡说明\n\n## 紫晶卡怎么激活？\n\n插卡后发送 zircon 到客服号码即可激活。\n"
DEBOUNCE = 0.2


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass; return whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def update_calls(monkeypatch) -> list[float]:
    """Count the watcher's updates (monotonic time of each)."""
    calls: list[float] = []
    real = indexer.watch.update_index

    def counting(corpus, index_dir, *args, **kwargs):
        calls.append(time.monotonic())
        return real(corpus, index_dir, *args, **kwargs)

    monkeypatch.setattr(indexer.watch, "update_index", counting)
    return calls


@pytest.fixture
def watching(sentinel_copy, index_dir, update_calls) -> Iterator[tuple[Path, Path]]:
    """Run the watcher over a private corpus in a thread; stop it (and check it stopped) after the test."""
    build_index(sentinel_copy, index_dir)
    stop = threading.Event()
    thread = threading.Thread(target=watch_corpus, args=(sentinel_copy, index_dir),
                              kwargs={"debounce": DEBOUNCE, "stop": stop})
    thread.start()
    assert wait_for(lambda: len(update_calls) == 1) is True      # the update at start-up
    time.sleep(0.3)       # let the observer attach its watches before the test writes
    yield sentinel_copy, index_dir
    stop.set()
    thread.join(5)
    assert thread.is_alive() is False


def finds(index_dir: Path, q: str) -> set[str]:
    return {r["article"]["id"] for r in Engine.open(index_dir).search(q)["results"]}


def test_a_new_article_becomes_searchable(watching):
    corpus, index_dir = watching
    before = current_version(index_dir)
    (corpus / "amethyst.md").write_text(NEW_ARTICLE, encoding="utf-8")
    assert wait_for(lambda: current_version(index_dir) != before) is True
    assert finds(index_dir, "zircon") == {"amethyst"}


def test_a_removed_article_leaves_the_index(watching):
    corpus, index_dir = watching
    before = current_version(index_dir)
    (corpus / "roaming-traditional.md").unlink()
    assert wait_for(lambda: current_version(index_dir) != before) is True
    assert "roaming-traditional" not in finds(index_dir, "漫游费用怎么计算")


def test_a_burst_of_saves_is_one_update(watching, update_calls):
    corpus, index_dir = watching
    before = current_version(index_dir)
    faq = corpus / "top-up-faq.md"
    text = faq.read_text(encoding="utf-8")
    for n in range(5):
        faq.write_text(text + f"\n第 {n} 次修改 quokka{n}。\n", encoding="utf-8")
        time.sleep(0.02)
    assert wait_for(lambda: len(update_calls) == 2) is True
    time.sleep(DEBOUNCE * 4)                 # no late second update trails the burst
    assert len(update_calls) == 2
    assert current_version(index_dir) != before
    assert finds(index_dir, "quokka4") == {"top-up-faq"}
    assert finds(index_dir, "quokka3") == set()


def test_a_bad_save_keeps_the_previous_version_and_the_watcher_alive(watching, update_calls):
    corpus, index_dir = watching
    before = current_version(index_dir)
    (corpus / "broken.md").write_bytes(b"\x00\x01binary\x00")
    assert wait_for(lambda: len(update_calls) == 2) is True
    assert current_version(index_dir) == before
    (corpus / "broken.md").unlink()
    (corpus / "amethyst.md").write_text(NEW_ARTICLE, encoding="utf-8")
    assert wait_for(lambda: current_version(index_dir) != before) is True
    assert finds(index_dir, "zircon") == {"amethyst"}


def test_watch_builds_a_missing_index_at_start_and_stops_on_request(sentinel_copy, index_dir):
    stop = threading.Event()
    thread = threading.Thread(target=watch_corpus, args=(sentinel_copy, index_dir),
                              kwargs={"debounce": DEBOUNCE, "stop": stop})
    thread.start()
    assert wait_for(lambda: current_version(index_dir) is not None) is True
    stop.set()
    thread.join(5)
    assert thread.is_alive() is False
    assert "top-up-faq" in finds(index_dir, "充值后多久到账")
