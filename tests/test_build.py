"""The index lifecycle: versions, atomic switch, incremental update, bad articles, writers, CLI."""
from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import indexer.build
import indexer.store
from indexer.build import build_index, update_index
from indexer.store import CURRENT, MANIFEST, SCHEMA_VERSION, VERSIONS, IndexProblem, current_version, read_manifest, version_dir, writer_lock
from indexer.model import ArticleError
from search_app.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SENTINEL = ROOT / "tests" / "fixtures" / "sentinel"

SENTINEL_IDS = ["data-package", "dial-codes", "roaming-traditional", "top-up-faq"]
NEW_ARTICLE = "# 紫晶卡说明\n\n## 紫晶卡怎么激活？\n\n插卡后发送 zircon 到客服号码即可激活。\n"
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"


def search_ids(index_dir: Path, q: str) -> list[str]:
    """Fragment ids the current version answers `q` with."""
    return [r["id"] for r in Engine.open(index_dir).search(q, limit=50)["results"]]


def search_articles(index_dir: Path, q: str) -> set[str]:
    return {r["article"]["id"] for r in Engine.open(index_dir).search(q, limit=50)["results"]}


def versions(index_dir: Path) -> set[str]:
    return {p.name for p in (index_dir / VERSIONS).iterdir()}


def count_parses(monkeypatch) -> list[str]:
    """Record the path of every article the build parses (the expensive analysis step)."""
    parsed: list[str] = []
    real = indexer.build.parse_article

    def counting(source):
        parsed.append(source.path)
        return real(source)

    monkeypatch.setattr(indexer.build, "parse_article", counting)
    return parsed


# -- build ----------------------------------------------------------------------------------

def test_build_creates_a_version_and_points_current_at_it(index_dir):
    summary = build_index(SENTINEL, index_dir)
    assert (index_dir / CURRENT).read_text(encoding="utf-8").strip() == summary.version
    assert current_version(index_dir) == summary.version
    assert versions(index_dir) == {summary.version}
    manifest = json.loads((version_dir(index_dir, summary.version) / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["schema"] == SCHEMA_VERSION
    assert manifest["version"] == summary.version
    assert sorted(manifest["articles"]) == SENTINEL_IDS
    assert (summary.articles, summary.full) == (4, True)
    assert summary.fragments == sum(a["fragments"] for a in manifest["articles"].values())


def test_second_build_switches_and_prunes_all_but_the_previous_version(index_dir, monkeypatch):
    monkeypatch.setattr(indexer.store, "KEEP_RECENT_SECONDS", 0)
    first = build_index(SENTINEL, index_dir).version
    second = build_index(SENTINEL, index_dir).version
    assert current_version(index_dir) == second
    assert versions(index_dir) == {first, second}
    third = build_index(SENTINEL, index_dir).version
    assert current_version(index_dir) == third
    assert versions(index_dir) == {second, third}


def test_young_versions_survive_pruning_for_readers_still_on_them(index_dir):
    built = [build_index(SENTINEL, index_dir).version for _ in range(3)]
    assert versions(index_dir) == set(built)


def break_schema(index_dir: Path) -> Path:
    path = version_dir(index_dir, current_version(index_dir))
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    manifest["schema"] = SCHEMA_VERSION + 99
    (path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return path


def test_schema_mismatch_is_refused_with_a_rebuild_hint(index_dir):
    build_index(SENTINEL, index_dir)
    path = break_schema(index_dir)
    for open_it in (lambda: read_manifest(path), lambda: Engine.open(index_dir)):
        with pytest.raises(IndexProblem, match=r"schema .*rebuild.*python -m indexer build"):
            open_it()


def test_update_over_an_old_schema_says_so_and_rebuilds_fully(index_dir, caplog):
    """`make run` runs `indexer update`: after a schema bump it must rebuild, not die."""
    old = build_index(SENTINEL, index_dir).version
    break_schema(index_dir)
    with caplog.at_level(logging.WARNING, logger="indexer.build"):
        summary = update_index(SENTINEL, index_dir)
    assert summary.full is True
    assert summary.version != old
    assert read_manifest(version_dir(index_dir, summary.version))["schema"] == SCHEMA_VERSION
    assert "schema" in caplog.text


# -- update ---------------------------------------------------------------------------------

def test_update_reflects_added_changed_and_removed_articles(sentinel_copy, index_dir):
    build_index(sentinel_copy, index_dir)
    assert search_articles(index_dir, "zircon") == set()
    assert "roaming-traditional" in search_articles(index_dir, "漫游费用")

    (sentinel_copy / "amethyst.md").write_text(NEW_ARTICLE, encoding="utf-8")
    faq = sentinel_copy / "top-up-faq.md"
    faq.write_text(faq.read_text(encoding="utf-8").replace("五分钟", "十分钟 quokka"), encoding="utf-8")
    (sentinel_copy / "roaming-traditional.md").unlink()

    summary = update_index(sentinel_copy, index_dir)
    assert (summary.added, summary.changed, summary.removed, summary.full) == (
        ["amethyst"], ["top-up-faq"], ["roaming-traditional"], False)
    assert summary.articles == 4
    assert search_articles(index_dir, "zircon") == {"amethyst"}
    assert search_articles(index_dir, "quokka") == {"top-up-faq"}
    assert "roaming-traditional" not in search_articles(index_dir, "漫游费用")
    assert sorted(read_manifest(version_dir(index_dir, summary.version))["articles"]) == [
        "amethyst", "data-package", "dial-codes", "top-up-faq"]
    assert Engine.open(index_dir).health()["fragments"] == summary.fragments


def test_update_parses_only_the_changed_article(sentinel_copy, index_dir, monkeypatch):
    build_index(sentinel_copy, index_dir)
    parsed = count_parses(monkeypatch)
    faq = sentinel_copy / "top-up-faq.md"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n补充说明 quokka。\n", encoding="utf-8")
    summary = update_index(sentinel_copy, index_dir)
    assert parsed == ["top-up-faq.md"]
    assert summary.changed == ["top-up-faq"]


def test_update_without_changes_parses_nothing_and_keeps_the_version(sentinel_copy, index_dir, monkeypatch):
    version = build_index(sentinel_copy, index_dir).version
    parsed = count_parses(monkeypatch)
    summary = update_index(sentinel_copy, index_dir)
    assert parsed == []
    assert (summary.version, current_version(index_dir)) == (version, version)
    assert summary.fragments == 16


def test_changed_dictionary_triggers_a_full_rebuild(sentinel_copy, index_dir, monkeypatch):
    build_index(sentinel_copy, index_dir)
    with open(sentinel_copy / "_kb" / "dictionary.txt", "a", encoding="utf-8") as fh:
        fh.write("企鹅套餐\n")
    parsed = count_parses(monkeypatch)
    summary = update_index(sentinel_copy, index_dir)
    assert summary.full is True
    assert sorted(parsed) == sorted(f"{name}.md" for name in SENTINEL_IDS)
    assert "企鹅套餐" in read_manifest(version_dir(index_dir, summary.version))["extra_words"]


def test_the_old_version_still_answers_after_an_update(sentinel_copy, index_dir):
    old = build_index(sentinel_copy, index_dir).version
    old_dir = version_dir(index_dir, old)
    before = {f.name: (f.stat().st_ino, f.stat().st_size, f.read_bytes()) for f in old_dir.iterdir()}
    reader = Engine.open(index_dir)                     # a server still on the old version

    (sentinel_copy / "top-up-faq.md").unlink()
    (sentinel_copy / "amethyst.md").write_text(NEW_ARTICLE, encoding="utf-8")
    new = update_index(sentinel_copy, index_dir).version
    assert new != old

    assert {f.name: (f.stat().st_ino, f.stat().st_size, f.read_bytes()) for f in old_dir.iterdir()} == before
    assert "top-up-faq" in {r["article"]["id"] for r in reader.search("充值失败怎么办")["results"]}
    assert reader.search("zircon")["results"] == []
    fresh = Engine(old_dir, read_manifest(old_dir), None)
    assert "top-up-faq" in {r["article"]["id"] for r in fresh.search("充值失败怎么办")["results"]}
    assert search_articles(index_dir, "充值失败怎么办") & {"top-up-faq"} == set()


def stored_fragments(index_dir: Path) -> list[dict]:
    engine = Engine.open(index_dir)
    return sorted((d["data"] for d in engine.searcher.documents()), key=lambda d: d["id"])


def test_a_large_corpus_is_parsed_in_another_process_to_the_same_fragments(tmp_path, monkeypatch):
    alone = build_index(CORPUS, tmp_path / "alone")
    monkeypatch.setattr(indexer.build, "PIPELINE_MIN_ARTICLES", 1)
    parsed = count_parses(monkeypatch)          # counts only parses in this process
    piped = build_index(CORPUS, tmp_path / "piped")
    assert parsed == []
    assert (piped.articles, piped.fragments) == (alone.articles, alone.fragments)
    assert stored_fragments(tmp_path / "piped") == stored_fragments(tmp_path / "alone")


def test_one_parser_per_core_parses_while_this_process_writes_up_to_a_few():
    # parsing costs twice what writing does: on two cores two parsers keep the writer busy
    assert [indexer.build.parser_count(n) for n in (1, 2, 3, 64)] == [1, 2, 3, indexer.build.MAX_PARSERS]


def test_a_bad_article_parsed_in_another_process_stops_the_build(sentinel_copy, index_dir, monkeypatch):
    version = build_index(sentinel_copy, index_dir).version
    (sentinel_copy / "empty.html").write_text("<html><body><img src='a.png'></body></html>", encoding="utf-8")
    monkeypatch.setattr(indexer.build, "PIPELINE_MIN_ARTICLES", 1)
    with pytest.raises(ArticleError) as info:
        build_index(sentinel_copy, index_dir)
    assert (info.value.path, current_version(index_dir), versions(index_dir)) == ("empty.html", version, {version})


# -- bad articles -----------------------------------------------------------------------------

def test_a_page_the_parser_trips_on_is_named_and_the_previous_version_keeps_serving(sentinel_copy, index_dir,
                                                                                     monkeypatch):
    # a parser bug one page triggers is that page's problem, told in one line, not a traceback
    version = build_index(sentinel_copy, index_dir).version
    (sentinel_copy / "odd.html").write_text("<html><body><h1>奇怪的页面</h1><p>正文。</p></body></html>", encoding="utf-8")
    real = indexer.build.parse_article

    def trips(source):
        if source.path == "odd.html":
            raise AttributeError("'NoneType' object has no attribute 'get'")
        return real(source)

    monkeypatch.setattr(indexer.build, "parse_article", trips)
    with pytest.raises(ArticleError) as info:
        build_index(sentinel_copy, index_dir)
    assert info.value.path == "odd.html" and "AttributeError" in str(info.value)
    assert current_version(index_dir) == version and versions(index_dir) == {version}


@pytest.mark.parametrize("step", [build_index, update_index], ids=["build", "update"])
def test_a_bad_article_stops_everything_and_the_previous_version_keeps_serving(sentinel_copy, index_dir, step):
    version = build_index(sentinel_copy, index_dir).version
    (sentinel_copy / "amethyst.md").write_text(NEW_ARTICLE, encoding="utf-8")
    (sentinel_copy / "broken.md").write_bytes(BINARY)
    with pytest.raises(ArticleError) as info:
        step(sentinel_copy, index_dir)
    assert info.value.path == "broken.md"
    assert "broken.md" in str(info.value)
    assert current_version(index_dir) == version
    assert versions(index_dir) == {version}                       # no .partial left behind
    assert "top-up-faq" in search_articles(index_dir, "充值后多久到账")
    assert search_articles(index_dir, "zircon") == set()


@pytest.mark.parametrize("command", ["build", "update"])
def test_cli_names_the_bad_file_and_exits_1(sentinel_copy, index_dir, indexer_cli, command):
    build_index(sentinel_copy, index_dir)
    version = current_version(index_dir)
    (sentinel_copy / "broken.md").write_bytes(BINARY)
    result = indexer_cli(command, "--corpus", sentinel_copy, "--index", index_dir)
    assert result.exit_code == 1
    assert "broken.md" in result.stderr
    assert "previous version keeps serving" in result.stderr
    assert current_version(index_dir) == version


def test_check_passes_on_the_real_corpus(indexer_cli):
    result = indexer_cli("check", "--corpus", CORPUS)
    assert result.exit_code == 0
    assert "kazakhstan-travel-sim-top-up" in result.stdout


def test_check_fails_and_names_a_bad_file(sentinel_copy, indexer_cli):
    (sentinel_copy / "broken.md").write_bytes(BINARY)
    result = indexer_cli("check", "--corpus", sentinel_copy)
    assert result.exit_code == 1
    assert "broken.md" in result.output


# -- writers ----------------------------------------------------------------------------------

def hold_lock(index_dir: Path, release: threading.Event) -> threading.Thread:
    """Hold the writer lock in another thread until `release` is set; return once it is held."""
    held = threading.Event()

    def run():
        with writer_lock(index_dir):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=run)
    thread.start()
    assert held.wait(5) is True
    return thread


def test_a_second_writer_fails_clearly_when_the_lock_stays_taken(index_dir, monkeypatch):
    version = build_index(SENTINEL, index_dir).version
    monkeypatch.setattr(indexer.store, "LOCK_WAIT_SECONDS", 0.3)
    release = threading.Event()
    thread = hold_lock(index_dir, release)
    try:
        with pytest.raises(IndexProblem, match="another indexer is writing"):
            build_index(SENTINEL, index_dir)
    finally:
        release.set()
        thread.join()
    assert current_version(index_dir) == version


def test_a_second_writer_waits_for_the_first(index_dir, monkeypatch):
    build_index(SENTINEL, index_dir)
    monkeypatch.setattr(indexer.store, "LOCK_WAIT_SECONDS", 10)
    release = threading.Event()
    thread = hold_lock(index_dir, release)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    summary = build_index(SENTINEL, index_dir)
    waited = time.monotonic() - started
    thread.join()
    assert waited >= 0.3
    assert current_version(index_dir) == summary.version


def test_a_crashed_build_leaves_a_partial_that_the_next_build_removes(index_dir):
    build_index(SENTINEL, index_dir)
    stale = index_dir / VERSIONS / "20200101T000000000000Z-1.partial"
    stale.mkdir()
    (stale / "_fragments_1.toc").write_bytes(b"half written")
    summary = build_index(SENTINEL, index_dir)
    assert stale.exists() is False
    assert [p.name for p in (index_dir / VERSIONS).iterdir() if p.name.endswith(".partial")] == []
    assert current_version(index_dir) == summary.version


def test_a_build_interrupted_before_the_switch_leaves_nothing(index_dir):
    version = build_index(SENTINEL, index_dir).version

    def crash():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(SENTINEL, index_dir, before_publish=crash)
    assert current_version(index_dir) == version
    assert versions(index_dir) == {version}


LOCKER = """
import sys, time
from indexer.store import writer_lock
with writer_lock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(120)
"""


def test_the_lock_of_a_killed_writer_vanishes_with_it(index_dir, monkeypatch):
    build_index(SENTINEL, index_dir)
    monkeypatch.setattr(indexer.store, "LOCK_WAIT_SECONDS", 0.3)
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(index_dir)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(IndexProblem, match="another indexer"):
            build_index(SENTINEL, index_dir)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    summary = build_index(SENTINEL, index_dir)
    assert current_version(index_dir) == summary.version


# -- command line -----------------------------------------------------------------------------

SUMMARY_LINE = r"(full build|update): version \S+, (\d+) articles, (\d+) fragments(, \+\d+ ~\d+ -\d+)?, [\d.]+ s"


@pytest.mark.parametrize(("command", "kind"), [("build", "full build"), ("update", "full build")])
def test_cli_prints_a_one_line_summary(index_dir, indexer_cli, command, kind):
    result = indexer_cli(command, "--corpus", SENTINEL, "--index", index_dir)
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    match = re.fullmatch(SUMMARY_LINE, lines[0])
    assert match is not None
    assert (match[1], match[2], match[3]) == (kind, "4", "16")


def test_cli_update_summary_counts_the_changes(sentinel_copy, index_dir, indexer_cli):
    build_index(sentinel_copy, index_dir)
    (sentinel_copy / "amethyst.md").write_text(NEW_ARTICLE, encoding="utf-8")
    result = indexer_cli("update", "--corpus", sentinel_copy, "--index", index_dir)
    assert result.exit_code == 0
    match = re.fullmatch(SUMMARY_LINE, result.stdout.strip())
    assert match is not None
    assert (match[1], match[2], match[4]) == ("update", "5", ", +1 ~0 -0")


def test_cli_export_writes_one_json_object_per_fragment(index_dir, indexer_cli, tmp_path):
    build_index(SENTINEL, index_dir)
    out = tmp_path / "fragments.jsonl"
    result = indexer_cli("export", "--index", index_dir, "--out", out)
    assert result.exit_code == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 16
    assert len({d["id"] for d in docs}) == 16
    assert {d["article_id"] for d in docs} == set(SENTINEL_IDS)
    assert {d["type"] for d in docs} == {"qa", "step", "section"}
    assert any("*#06#" in d["text"] for d in docs)
    assert "exported 16 fragments" in result.stderr


def test_cli_export_without_an_index_exits_1(index_dir, indexer_cli):
    result = indexer_cli("export", "--index", index_dir)
    assert result.exit_code == 1
    assert "indexer build" in result.stderr


def test_cli_honours_the_environment(index_dir, indexer_cli):
    result = indexer_cli("build", env={"KB_CORPUS_DIR": str(SENTINEL), "KB_INDEX_DIR": str(index_dir)})
    assert result.exit_code == 0
    assert sorted(read_manifest(version_dir(index_dir, current_version(index_dir)))["articles"]) == SENTINEL_IDS


def test_cli_flags_override_the_environment(index_dir, indexer_cli, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    env = {"KB_CORPUS_DIR": str(tmp_path / "no-corpus"), "KB_INDEX_DIR": str(elsewhere)}
    result = indexer_cli("build", "--corpus", SENTINEL, "--index", index_dir, env=env)
    assert result.exit_code == 0
    assert current_version(index_dir) is not None
    assert elsewhere.exists() is False


@pytest.mark.parametrize("step", [build_index, update_index], ids=["build", "update"])
def test_an_empty_corpus_never_replaces_the_index_with_nothing(tmp_path, index_dir, step):
    version = build_index(SENTINEL, index_dir).version
    empty = tmp_path / "unmounted"
    empty.mkdir()
    with pytest.raises(ArticleError, match="no articles"):
        step(empty, index_dir)
    assert current_version(index_dir) == version
    assert "top-up-faq" in search_articles(index_dir, "充值后多久到账")
