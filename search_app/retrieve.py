"""Candidate retrieval: the fragments worth re-scoring for a query plan.

Whoosh's general query matchers (nested OR/boost wrappers, block-quality skipping) cost
hundreds of milliseconds per question on a 10k-article index: planning, not the fork,
decides speed.  Retrieval here is term-at-a-time over the posting lists, read a block at a
time and cached per index version:

- each known group adds its weight to the fragments holding any of its terms, once per
  fragment (a title hit counts `title_boost` times);
- a group found in more than `Weights.ubiquity` of the fragments (充值 in a top-up KB)
  only retrieves by title when rarer words are present — it still counts in re-scoring;
- the best `Weights.candidates` fragments go on to `rank.rerank`.
"""
from __future__ import annotations

import heapq
import threading
from array import array
from collections import OrderedDict
from operator import itemgetter

from whoosh.codec.whoosh3 import W3LeafMatcher

from .query import Plan
from .rank import WEIGHTS, Weights

CACHE_IDS = 4_000_000          # posting ids kept in memory per version (4 bytes each)


class Postings:
    """Posting lists of one index version as arrays of document numbers, LRU-cached."""

    def __init__(self, reader, budget: int = CACHE_IDS):
        self.reader = reader
        self.budget = budget
        self._cache: OrderedDict[tuple[str, str], array] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def ids(self, fieldname: str, term: str) -> array:
        key = (fieldname, term)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        found = self._read(fieldname, term)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = found
                self._size += len(found)
                while self._size > self.budget and len(self._cache) > 1:
                    _, dropped = self._cache.popitem(last=False)
                    self._size -= len(dropped)
        return found

    def _read(self, fieldname: str, term: str) -> array:
        """Read a posting list block by block (not id by id), without deleted documents."""
        out = array("i")
        for leaf, base in self.reader.leaf_readers():
            if (fieldname, term) not in leaf:
                continue
            matcher = leaf.postings(fieldname, term)
            deleted = leaf.deleted_docs_set if leaf.has_deletions() else ()
            if not isinstance(matcher, W3LeafMatcher) and not deleted:
                out.extend(base + i for i in matcher.all_ids())
                continue
            raw = matcher.child if deleted else matcher       # unwrap FilterMatcher
            if not isinstance(raw, W3LeafMatcher):
                out.extend(base + i for i in matcher.all_ids())
                continue
            while raw.is_active():
                if raw._ids is None:
                    raw._read_ids()
                if deleted:
                    out.extend(base + i for i in raw._ids if i not in deleted)
                else:
                    out.extend(base + i for i in raw._ids)
                raw._next_block()
        return out


def candidates(plan: Plan, postings: Postings, df, ubiquitous, allowed=None,
               weights: Weights = WEIGHTS) -> list[tuple[int, float]]:
    """Return (docnum, retrieval score) of the best candidates, best first.

    `allowed` is an optional set of document numbers (type/article filters).
    """
    groups = plan.informative
    rare = [g for g in groups if not ubiquitous(g)]
    scores = _accumulate(groups, rare, postings, df, weights)
    if len(scores) < weights.candidates and len(rare) < len(groups):
        scores = _accumulate(groups, groups, postings, df, weights)     # too few: common words in bodies too
    if allowed is not None:
        scores = {d: s for d, s in scores.items() if d in allowed}
    return heapq.nlargest(weights.candidates, scores.items(), key=itemgetter(1))


def _accumulate(groups, everywhere, postings: Postings, df, weights: Weights) -> dict[int, float]:
    """Sum, per fragment, the best weight each group reaches in it (title hits boosted)."""
    scores: dict[int, float] = {}
    for group in groups:
        title_only = group not in everywhere
        best: dict[int, float] = {}
        for k, term in enumerate(group.terms):
            if " " in term or df(term) == 0:
                continue
            weight = group.weight * (1.0 if k == 0 else weights.synonym)
            fields = (("title", weights.title_boost),) if title_only else (("title", weights.title_boost), ("body", 1.0))
            for fieldname, boost in fields:
                value = weight * boost
                for docnum in postings.ids(fieldname, term):
                    if best.get(docnum, 0.0) < value:
                        best[docnum] = value
        for docnum, value in best.items():
            scores[docnum] = scores.get(docnum, 0.0) + value
    return scores
