"""Candidate retrieval: the fragments worth re-scoring for a query plan.

Whoosh's general query matchers (nested OR/boost wrappers, block-quality skipping) cost
hundreds of milliseconds per question on a 10k-article index, and so does any per-posting
Python loop: planning and vector arithmetic, not the fork, decide speed.  Here:

- posting lists are read a block at a time into numpy arrays, cached per index version;
- each known group of the plan adds, to every fragment holding one of its terms, the
  group's weight once (a title hit counts `Weights.title_boost` times);
- a group found in more than `Weights.ubiquity` of the fragments (充值 in a top-up KB)
  counts only in titles while rarer words are present; it still counts in re-scoring;
- the best `Weights.candidates` fragments go on to `rank.rerank`.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher

from indexer import analysis

from .cache import LRU
from .query import Plan
from .rank import WEIGHTS, Weights

CACHE_IDS = 4_000_000          # posting ids kept in memory per version (4 bytes each)
TEXT_FIELDS = ("title", "body")   # analysed text; the other fields hold ids as they are (an article's own name)


class Postings:
    """Posting lists of one index version as arrays of document numbers, LRU-cached."""

    def __init__(self, reader, io_lock, budget: int = CACHE_IDS):
        self.reader = reader
        self.io_lock = io_lock                       # serializes file reads (see Engine)
        self.size = reader.doc_count_all()          # document numbers run below this
        self._cache = LRU(budget, weigh=len)         # (field, term) -> document numbers

    def ids(self, fieldname: str, term: str) -> np.ndarray:
        return self._cache.get_or_make((fieldname, term), lambda: self._read_locked(fieldname, term))

    def _read_locked(self, fieldname: str, term: str) -> np.ndarray:
        with self.io_lock:
            return self._read(fieldname, term)

    def _read(self, fieldname: str, term: str) -> np.ndarray:
        """Read a posting list block by block (not id by id), without deleted documents."""
        pieces = pieces_of(term) if fieldname in TEXT_FIELDS else (term,)
        if len(pieces) > 1:
            # a term of several index words (a synonym 「wi-fi」 or 「top up」: the analyser splits
            # 「Wi-Fi」 into wi + fi) is in the fragments holding all of them
            found = self._read(fieldname, pieces[0])
            for piece in pieces[1:]:
                found = np.intersect1d(found, self._read(fieldname, piece), assume_unique=True)
            return found
        parts = []
        for leaf, base in self.reader.leaf_readers():
            if (fieldname, term) not in leaf:
                continue
            matcher = leaf.postings(fieldname, term)
            raw = getattr(matcher, "child", matcher)         # a FilterMatcher hides deletions
            if isinstance(raw, W3LeafMatcher):
                blocks = []
                while raw.is_active():
                    blocks.append(_block_ids(raw))
                    raw._next_block()
                ids = np.concatenate(blocks) if blocks else np.empty(0, np.int32)
            else:
                ids = np.fromiter(raw.all_ids(), dtype=np.int32)
            if leaf.has_deletions():
                ids = ids[~np.isin(ids, np.fromiter(leaf.deleted_docs_set, dtype=np.int32))]
            parts.append(ids + base)
        return np.concatenate(parts) if parts else np.empty(0, np.int32)


@lru_cache(maxsize=4096)
def pieces_of(term: str) -> tuple[str, ...]:
    """The index words a term is made of: one for a word, several for 「wi-fi」 or 「top up」."""
    return tuple(analysis.words(term)) if (" " in term or "-" in term) else (term,)


def _block_ids(raw: W3LeafMatcher) -> np.ndarray:
    """The document numbers of the matcher's current block.

    Whoosh stores them as deltas and decodes them with a Python generator, one step per
    posting (a third of a long question's time at 10k articles); numpy sums them at once.
    """
    if raw._ids is not None:
        return np.asarray(raw._ids, dtype=np.int32)
    if raw._data is None:
        raw._read_data()
    stored = raw._data[0]
    if raw._byteids:
        return np.asarray(stored, dtype=np.int32)
    return np.cumsum(np.asarray(stored, dtype=np.int64)).astype(np.int32)


def candidates(plan: Plan, postings: Postings, df, ubiquitous, allowed: np.ndarray | None = None,
               weights: Weights = WEIGHTS) -> list[tuple[int, float]]:
    """Return (docnum, retrieval score) of the best candidates, best first.

    `allowed` is an optional array of document numbers (type/article filters).
    """
    # a long question retrieves by its most informative words; re-scoring still reads them all
    groups = sorted(plan.informative, key=lambda g: -g.weight)[:weights.retrieval_groups]
    rare = [g for g in groups if not ubiquitous(g)]
    scores = _accumulate(groups, rare, postings, df, weights)
    if np.count_nonzero(scores) < weights.candidates and len(rare) < len(groups):
        scores = _accumulate(groups, groups, postings, df, weights)     # too few: common words in bodies too
    if allowed is not None:
        mask = np.zeros(postings.size, dtype=bool)
        mask[allowed] = True
        scores[~mask] = 0.0
    found = np.flatnonzero(scores)
    if len(found) > weights.candidates:
        found = found[np.argpartition(-scores[found], weights.candidates - 1)[:weights.candidates]]
    order = sorted(found.tolist(), key=lambda d: (-scores[d], d))
    return [(d, float(scores[d])) for d in order]


def _accumulate(groups, everywhere, postings: Postings, df, weights: Weights) -> np.ndarray:
    """Sum, per fragment, the best weight each group reaches in it (title hits boosted)."""
    scores = np.zeros(postings.size, dtype=np.float32)
    for group in groups:
        best = np.zeros(postings.size, dtype=np.float32)
        for k, term in enumerate(group.terms):
            if df(term) == 0:
                continue
            weight = group.weight * (1.0 if k == 0 else weights.synonym)
            fields = [("title", weight * weights.title_boost)]
            if group in everywhere:
                fields.append(("body", weight))
            for fieldname, value in fields:
                ids = postings.ids(fieldname, term)          # unique within one list
                best[ids] = np.maximum(best[ids], value)
        scores += best
    return scores
