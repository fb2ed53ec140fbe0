"""Ranking: a query plan → the fragments that answer it, best first.

Two passes.  Whoosh's BM25F gathers candidates over the title, body and heading-path
fields; then each candidate is re-scored with signals BM25 cannot see: how much of the
question's informative words it covers, whether they appear as the reader's phrase,
an exact code match, and whether its type fits the question (Q&A for questions, steps for
"how / which number").  A candidate that answers none of the informative words is
dropped, so a question the knowledge base cannot answer gets no results at all.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from whoosh import query as Q
from whoosh.scoring import BM25F

from .query import Group, Plan

FIELDS = ("title", "body", "path")


@dataclass(frozen=True)
class Weights:
    """Every ranking tunable, in one place."""

    field_boost: dict = field(default_factory=lambda: {"title": 3.0, "body": 1.0, "path": 0.6})
    synonym: float = 0.8            # a synonym or correction counts this much of the word itself
    bm25_b: float = 0.6
    bm25_k1: float = 1.2
    candidates: int = 60            # re-scored per query
    # re-scoring: final = bm25 * bm25_share + Σ signal * weight
    bm25_share: float = 1.0
    coverage: float = 2.0           # share of the query's informative weight the fragment holds
    title_coverage: float = 1.2     # … of it in the title (the question / step heading)
    phrase: float = 0.8             # adjacent query words adjacent in the fragment
    code: float = 3.0               # every code the reader typed is in the fragment verbatim
    has_code: float = 0.9           # a "which number" question and the fragment shows a code
    qa_for_question: float = 0.5
    step_for_howto: float = 0.5
    section_penalty: float = 0.15   # plain passages yield to answers and steps on ties
    # answerability
    ubiquity: float = 0.3           # a word in more than this share of fragments is not informative alone
    unknown_share: float = 0.5      # an unknown word weighs this share of a word seen once in the index
    min_coverage: float = 0.5       # a result must cover at least this share of the informative weight
    relative_floor: float = 0.25    # and score at least this share of the best result


WEIGHTS = Weights()


@dataclass
class Scored:
    """A candidate with the signals that ranked it."""

    docnum: int
    stored: dict
    bm25: float
    coverage: float = 0.0
    score: float = 0.0
    matched_weight: float = 0.0                      # informative weight of the groups it matched


def whoosh_query(plan: Plan, df, weights: Weights = WEIGHTS) -> Q.Query | None:
    """Return the candidate query: an OR of the informative groups over the text fields."""
    groups = []
    for group in plan.informative:
        leaves = []
        for k, term in enumerate(group.terms):
            if df(term) == 0:
                continue
            boost = 1.0 if k == 0 else weights.synonym
            for fieldname in FIELDS:
                leaves.append(Q.Term(fieldname, term, boost=boost * weights.field_boost[fieldname]))
        if leaves:
            groups.append(Q.Or(leaves, boost=max(group.weight, 0.05)))
    return Q.Or(groups) if groups else None


def scoring(weights: Weights = WEIGHTS) -> BM25F:
    return BM25F(B=weights.bm25_b, K1=weights.bm25_k1)


def _term_groups(plan: Plan) -> dict[str, list[Group]]:
    out: dict[str, list[Group]] = {}
    for group in plan.informative:
        for term in group.terms:
            out.setdefault(term, []).append(group)
    return out


def _phrase_hits(plan: Plan, text: str) -> float:
    """Share of adjacent query-word pairs that stand adjacent in `text` (normalized)."""
    words = [g for g in plan.groups if g.kind == "cjk" or g.kind == "word"]
    pairs = list(zip(words, words[1:]))
    if not pairs:
        return 0.0
    hits = 0
    for a, b in pairs:
        if any((x + y in text) or (x + " " + y in text) for x in a.terms for y in b.terms):
            hits += 1
    return hits / len(pairs)


def rerank(plan: Plan, hits, normalize, ubiquitous, max_idf: float, weights: Weights = WEIGHTS) -> list[Scored]:
    """Re-score Whoosh hits with the answer signals; drop those that answer nothing.

    `max_idf` is the weight of a word seen once in the index: words the index does not
    know count against coverage as a share of it (the question asks about something else).
    """
    term_groups = _term_groups(plan)
    informative = plan.informative
    total = sum(g.weight for g in informative) + sum(
        weights.unknown_share * max_idf for g in plan.groups if not g.known and not _is_noise(g))
    if total <= 0:
        return []
    top_bm25 = max((h.score for h in hits), default=0.0) or 1.0
    out: list[Scored] = []
    for hit in hits:
        stored = hit.fields()
        data = stored["data"]
        matched_any: set[str] = set()
        matched_title: set[str] = set()
        for fieldname, termbytes in hit.matched_terms():
            term = termbytes.decode("utf-8") if isinstance(termbytes, bytes) else termbytes
            for group in term_groups.get(term, ()):
                matched_any.add(group.word)
                if fieldname == "title":
                    matched_title.add(group.word)
        groups = {g.word: g for g in informative}
        telling = [w for w in matched_any if w in matched_title or not ubiquitous(groups[w])]
        if not telling:
            continue
        matched_weight = sum(groups[w].weight for w in matched_any)
        coverage = matched_weight / total
        if coverage < weights.min_coverage:
            continue
        title_cov = sum(groups[w].weight for w in matched_title) / total
        text = normalize(data["title"] + "\n" + data["text"])
        score = weights.bm25_share * hit.score / top_bm25
        score += weights.coverage * coverage + weights.title_coverage * title_cov
        score += weights.phrase * _phrase_hits(plan, text)
        if plan.codes:
            found = sum(code in text for code in plan.codes) / len(plan.codes)
            score += weights.code * found
        if plan.number and _shows_code(text):
            score += weights.has_code
        if data["type"] == "qa" and plan.question:
            score += weights.qa_for_question
        if data["type"] == "step" and plan.howto:
            score += weights.step_for_howto
        if data["type"] == "section":
            score -= weights.section_penalty
        out.append(Scored(hit.docnum, data, hit.score, coverage, score, matched_weight))
    out.sort(key=lambda s: (-s.score, s.stored["article_id"], s.stored["order"]))
    if out:
        floor = out[0].score * weights.relative_floor
        out = [s for s in out if s.score >= floor]
    return out


_CODE = re.compile(r"[*#][0-9*#]*[0-9]")


def _shows_code(text: str) -> bool:
    return _CODE.search(text) is not None


def _is_noise(group: Group) -> bool:
    """An unknown single character says little about the topic: it does not count against coverage."""
    return group.kind == "cjk" and len(group.word) == 1


def idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))
