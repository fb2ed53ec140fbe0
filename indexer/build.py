"""Build the Whoosh index from fragments, as immutable versions switched atomically.

The directory layout and its pointer, lock and pruning live in `indexer.store`.  A build or update writes a new `.partial` directory, renames it, then points CURRENT at it:
readers see either the old version or the new one, never a half-written index.  An update
hard-links the current version's files (Whoosh never rewrites a file, deletions live in the
table of contents) and only re-analyses added and changed articles.
"""
from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm
from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, Schema

from . import analysis
from .fragment import fragment_article
from .load import article_id as load_article_id
from .load import discover_relative, fingerprint, load, load_corpus
from .model import ArticleError, Fragment, Procedure, Source
from .parse import parse_article
from .store import (INDEX_NAME, Codec, MANIFEST, SCHEMA_VERSION, TITLES, IndexProblem, current_version, new_version_name,
                    prune, read_manifest, served_version, switch, version_dir, writer_lock)

log = logging.getLogger(__name__)


@dataclass
class Summary:
    """What one build or update did: printed as the command's one-line summary."""

    version: str
    articles: int
    fragments: int
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    full: bool = True
    seconds: float = 0.0

    def line(self) -> str:
        kind = "full build" if self.full else "update"
        delta = "" if self.full else (
            f", +{len(self.added)} ~{len(self.changed)} -{len(self.removed)}")
        return (f"{kind}: version {self.version}, {self.articles} articles, "
                f"{self.fragments} fragments{delta}, {self.seconds:.2f} s")


# -- schema -------------------------------------------------------------------------------

def make_schema(extra_words=()) -> Schema:
    """Return the index schema; title and body are apart so ranking can weigh them."""
    analyzer = analysis.ChineseAnalyzer(extra_words)
    # Frequencies, not positions: phrase and proximity are judged by re-scoring on the
    # fragment's text (search_app/rank.py), so positions would only slow the build.
    # The heading path is stored in `data` and matched there, not indexed.
    return Schema(
        id=ID(unique=True),
        article=ID(),
        type=ID(),
        title=analysis.ChineseText(analyzer=analyzer, phrase=False),
        body=analysis.ChineseText(analyzer=analyzer, phrase=False),
        data=STORED(),
    )


_FRAGMENT_FIELDS = tuple(f.name for f in fields(Fragment))
_PROCEDURE_FIELDS = tuple(f.name for f in fields(Procedure))


def fragment_document(fragment: Fragment) -> dict:
    """Return the Whoosh document of one fragment."""
    # what `asdict` gives, without its deep copy of every string (5 % of a full build)
    data = {name: getattr(fragment, name) for name in _FRAGMENT_FIELDS}
    data["path"] = list(fragment.path)
    if fragment.procedure is not None:
        data["procedure"] = {name: getattr(fragment.procedure, name) for name in _PROCEDURE_FIELDS}
    # An intro passage is titled by its article: that title says what the article is
    # about, not what the passage answers, so it weighs as heading context only.
    # A step is found by its procedure's title as much as by its own heading.
    intro = fragment.title == fragment.article_title
    title = "" if intro else fragment.title
    if fragment.procedure and fragment.procedure.title not in title:
        title = f"{fragment.procedure.title} {title}"
    return {
        "id": fragment.id,
        "article": fragment.article_id,
        "type": fragment.type,
        "title": title,
        "body": fragment.text,
        "data": data,
    }


# -- versions -----------------------------------------------------------------------------

def _dictionary_digest(words: list[str]) -> str:
    """Digest of every word the segmenter is taught: a change means a full rebuild."""
    every = set(words) | set(analysis.shipped_words())
    return hashlib.sha256("\n".join(sorted(every)).encode()).hexdigest()


def _fragments(source: Source) -> list[Fragment]:
    return fragment_article(parse_article(source))


def _load(corpus: Path) -> list[Source]:
    sources, problems = load_corpus(Path(corpus))
    if len(problems) == 1:
        raise problems[0]
    if problems:
        more = f" (+{len(problems) - 1} more: run `python -m indexer check`)"
        raise ArticleError(problems[0].path, problems[0].problem + more)
    if not sources:
        # an unmounted volume or a wrong --corpus must not replace the served index with nothing
        raise ArticleError(str(corpus), "语料库里没有文章 / no articles in the corpus folder (.md .txt .html)")
    return sources


def _checked_fragments(source: Source) -> list[Fragment]:
    """Fragments of one article; a bad article is an ArticleError naming it."""
    try:
        fragments = _fragments(source)
    except RecursionError:
        # the parser walks the tree recursively: thousands of nested (or unclosed) tags
        raise ArticleError(source.path, "标签嵌套太深 / markup nested too deeply to parse") from None
    except ArticleError:
        raise
    except Exception as exc:        # a parser bug one page trips: name the page, keep the index serving
        log.debug("parsing %s failed", source.path, exc_info=True)
        raise ArticleError(source.path, f"无法解析 / could not be parsed ({type(exc).__name__}: {exc})") from None
    if not fragments:
        raise ArticleError(source.path, "文章没有内容 / the article has no text")
    return fragments


PIPELINE_MIN_ARTICLES = 500    # below this a second process costs more than it saves (spawn ≈ 0.5 s)
MAX_PARSERS = 4                 # beyond this Whoosh's one writer cannot keep up anyway


def parser_count(cores: int) -> int:
    """How many processes parse while this one writes: one per core, up to MAX_PARSERS.

    Parsing costs about twice what writing does (10k articles: 60 s against 30 s of CPU), so
    with one parser the writer waits half the time; a second parser on a two-core host fills
    that idle half (the three processes share the two cores)."""
    return max(1, min(cores, MAX_PARSERS))


def _analysed(sources: list[Source], progress: bool) -> Iterator[tuple[str, list[Fragment]]]:
    """Yield (article id, fragments) in order; the first bad article raises and stops everything.

    Consumed while Whoosh writes.  A large corpus is parsed in other processes
    (`parser_count`), so parsing overlaps Whoosh's writing, which must stay in this one.
    """
    bar = tqdm(total=len(sources), desc="index", unit="article", disable=not progress, leave=False)
    with bar:
        cores = len(os.sched_getaffinity(0))
        if len(sources) < PIPELINE_MIN_ARTICLES or cores < 2:
            for source in sources:
                yield source.article_id, _checked_fragments(source)
                bar.update()
            return
        done = 0
        pool = ProcessPoolExecutor(parser_count(cores), mp_context=multiprocessing.get_context("spawn"))
        try:
            for source, fragments in zip(sources, pool.map(_checked_fragments, sources, chunksize=32)):
                yield source.article_id, fragments
                bar.update()
                done += 1
        except BrokenProcessPool as exc:
            # e.g. a calling script without `if __name__ == "__main__":`, which spawn re-runs
            log.warning("parsing in this process instead: the parser process failed (%s)", exc)
            for source in sources[done:]:
                yield source.article_id, _checked_fragments(source)
                bar.update()
        finally:
            pool.shutdown(cancel_futures=True)      # a bad article stops the rest at once


def _write(ix, analysed: Iterator[tuple[str, list[Fragment]]], delete: list[str]) -> dict[str, list[Fragment]]:
    """Write the analysed articles (after deleting `delete`); return them by article id."""
    per_article: dict[str, list[Fragment]] = {}
    # Separate segment files, not one compound file: a reader of a compound segment copies
    # whole columns (the stored fragments, tens of MB at 10k articles) into memory.
    # limitmb is Whoosh's estimate of its posting pool, kept in memory up to 10k articles:
    # beyond it the pool is sorted in runs on disk and merged (13 % of a 10k build at 256).
    writer = ix.writer(limitmb=1024, compound=False, codec=Codec())
    try:
        for article_id in delete:
            writer.delete_by_term("article", article_id)
        for article_id, fragments in analysed:
            per_article[article_id] = fragments
            for fragment in fragments:
                writer.add_document(**fragment_document(fragment))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return per_article


FileInfo = tuple[str, str, int, int]     # (path, sha256, size, mtime_ns) of one article file


def _stat(corpus: Path, rel: str) -> tuple[int, int]:
    st = (Path(corpus) / rel).stat()
    return st.st_size, st.st_mtime_ns


def _manifest(version, corpus, words, per_article: dict[str, list[Fragment]], files: dict[str, FileInfo],
              previous: dict | None = None) -> dict:
    """The new version's manifest; `files` maps every article id of the corpus to its FileInfo."""
    articles = {}
    for article_id, (path, sha256, size, mtime_ns) in files.items():
        fragments = per_article.get(article_id)
        if fragments is None:                        # unchanged: carried over from the previous version
            articles[article_id] = {**previous[article_id], "size": size, "mtime_ns": mtime_ns}
            continue
        articles[article_id] = {
            "path": path, "sha256": sha256, "size": size, "mtime_ns": mtime_ns,
            "title": fragments[0].article_title, "fragments": len(fragments)}
    return {
        "schema": SCHEMA_VERSION,
        "version": version,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": str(Path(corpus).resolve()),
        "dictionary": _dictionary_digest(words),
        "extra_words": sorted(set(words)),
        "articles": articles,
    }


def _titles(per_article: dict[str, list[Fragment]], files: dict, previous: Path | None = None) -> dict:
    """Questions and headings per article (titles.json), for as-you-type suggestions.

    Kept out of the manifest: a server reads them only when someone types.
    """
    old = json.loads((previous / TITLES).read_text(encoding="utf-8")) if previous else {}
    titles = {}
    for article_id in files:
        fragments = per_article.get(article_id)
        if fragments is None:
            titles[article_id] = old.get(article_id, [])
        else:
            titles[article_id] = list({f.title: [f.title, f.type, f.id] for f in fragments
                                       if f.title != f.article_title}.values())
    return titles


def _scan(corpus: Path, known: dict) -> tuple[dict[str, FileInfo], list[Source]]:
    """Find what changed since the manifest `known`; fully load only added and changed files.

    A file whose path, size and modification time match the manifest is taken as unchanged
    without being read; any other file is hashed, and decoded only if its bytes changed.
    At 10k articles this is the difference between seconds and a fraction of one.
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise ArticleError(str(corpus), "语料库目录不存在 / corpus directory not found")
    files: dict[str, FileInfo] = {}
    todo: list[Path] = []
    for rel in discover_relative(corpus):
        article_id = load_article_id(rel)
        if article_id in files:
            raise ArticleError(rel, f"重复的文章 id / duplicate article id {article_id!r} "
                                    f"(already used by {files[article_id][0]})")
        st = os.stat(os.path.join(corpus, rel))
        size, mtime_ns = st.st_size, st.st_mtime_ns
        old = known.get(article_id)
        if old and old["path"] == rel and old.get("size") == size and old.get("mtime_ns") == mtime_ns:
            files[article_id] = (rel, old["sha256"], size, mtime_ns)
            continue
        path = corpus / rel
        rel, article_id, sha256 = fingerprint(path, corpus)
        files[article_id] = (rel, sha256, size, mtime_ns)
        if old is None or old["sha256"] != sha256 or old["path"] != rel:
            todo.append(path)
    if not files:
        raise ArticleError(str(corpus), "语料库里没有文章 / no articles in the corpus folder (.md .txt .html)")
    return files, [load(path, corpus) for path in todo]


def _publish(index_dir: Path, partial: Path, manifest: dict, titles: dict) -> None:
    for name, data in ((TITLES, titles), (MANIFEST, manifest)):   # the manifest last: it marks a complete version
        (partial / name).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    final = partial.with_name(manifest["version"])
    os.rename(partial, final)
    previous = current_version(index_dir)
    switch(index_dir, manifest["version"])
    prune(index_dir, keep={manifest["version"], previous or ""})


def build_index(corpus: Path, index_dir: Path, progress: bool = False,
                before_publish: Callable[[], None] | None = None) -> Summary:
    """Build every article into a new version and make it current."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    with writer_lock(index_dir):
        sources = _load(corpus)
        words = analysis.corpus_words(corpus)
        version = new_version_name()
        partial = version_dir(index_dir, version + ".partial")
        partial.mkdir(parents=True)
        try:
            ix = whoosh_index.create_in(str(partial), make_schema(words), indexname=INDEX_NAME)
            per_article = _write(ix, _analysed(sources, progress), [])
            ix.close()
            if before_publish:
                before_publish()
            files = {s.article_id: (s.path, s.sha256, *_stat(corpus, s.path)) for s in sources}
            manifest = _manifest(version, corpus, words, per_article, files)
            _publish(index_dir, partial, manifest, _titles(per_article, files))
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
    fragments = sum(map(len, per_article.values()))
    return Summary(version, len(sources), fragments, added=sorted(per_article),
                   full=True, seconds=time.perf_counter() - started)


def update_index(corpus: Path, index_dir: Path, progress: bool = False) -> Summary:
    """Apply only the added, changed and removed articles; build fully when needed."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    current = current_version(index_dir)
    words = analysis.corpus_words(corpus)
    try:
        manifest = read_manifest(version_dir(index_dir, current)) if current else None
    except IndexProblem as exc:
        # an old schema or a damaged version cannot be patched: say so, then build it anew
        log.warning("full rebuild instead of an update: %s", exc)
        manifest = None
    if manifest is not None and manifest.get("dictionary") != _dictionary_digest(words):
        log.info("the corpus dictionary changed: full rebuild")
        manifest = None
    if manifest is None:
        return build_index(corpus, index_dir, progress)

    with writer_lock(index_dir):
        if current_version(index_dir) != current:       # another writer switched meanwhile
            return update_index(corpus, index_dir, progress)
        known = manifest["articles"]
        files, sources = _scan(corpus, known)
        added = [s for s in sources if s.article_id not in known]
        changed = [s for s in sources if s.article_id in known]
        removed = sorted(set(known) - set(files))
        ready = list(_analysed(sources, progress))   # a bad article fails before anything is written
        summary = Summary(current, len(files), 0, added=sorted(s.article_id for s in added),
                          changed=sorted(s.article_id for s in changed), removed=removed, full=False)
        if added or changed or removed:
            version = new_version_name()
            partial = version_dir(index_dir, version + ".partial")
            partial.mkdir(parents=True)
            try:
                source_dir = version_dir(index_dir, current)
                for f in source_dir.iterdir():
                    if f.name not in (MANIFEST, TITLES) and f.is_file():   # rewritten, so never shared
                        os.link(f, partial / f.name)
                ix = whoosh_index.open_dir(str(partial), indexname=INDEX_NAME)
                per_article = _write(ix, iter(ready), [s.article_id for s in changed] + removed)
                ix.close()
                new_manifest = _manifest(version, corpus, words, per_article, files, known)
                _publish(index_dir, partial, new_manifest, _titles(per_article, files, source_dir))
            except BaseException:
                shutil.rmtree(partial, ignore_errors=True)
                raise
            summary.version = version
            known = new_manifest["articles"]
    summary.fragments = sum(a["fragments"] for a in known.values())
    summary.seconds = time.perf_counter() - started
    return summary


def export_jsonl(index_dir: Path, out) -> int:
    """Write every fragment of the current version as one JSON document a line."""
    path = version_dir(index_dir, served_version(index_dir))
    read_manifest(path)
    ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
    count = 0
    with ix.searcher() as searcher:
        for stored in searcher.all_stored_fields():
            out.write(json.dumps(stored["data"], ensure_ascii=False) + "\n")
            count += 1
    ix.close()
    return count
