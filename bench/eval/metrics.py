"""Score ranked results against graded relevant items: MRR@10, Success@k, nDCG@5, no-answer accuracy.

Conventions:
- "relevant" for MRR and Success@k means matching an answer item (grade 2): the product is
  the answer first, a related neighbour on top is a miss at rank 1.
- nDCG@5 uses graded gains (2 answer, 1 related). Each item is credited once, to the first
  result that matches it. When one result matches several items (a coarser fragment holding
  two of them), the ideal list drops all but the best of them, so fragment size is not punished.
- An answerable question answered with [] scores 0 everywhere; a no-answer question is
  right only when the results are [].
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from bench.eval.dataset import Question

CUTOFF = 10      # MRR@10 and the result list requested
NDCG_AT = 5


@dataclass(frozen=True)
class Hit:
    """One returned result, reduced to what relevance matching needs."""

    title: str
    text: str
    article_id: str | None


@dataclass(frozen=True)
class Score:
    question: Question
    rank: int | None          # 1-based rank of the first answer within CUTOFF; None if absent
    ndcg: float
    empty: bool               # the system returned []
    head: tuple[Hit, ...]     # the first three results, for failure reports

    @property
    def top(self) -> Hit | None:
        return self.head[0] if self.head else None

    @property
    def rr(self) -> float:
        return 1.0 / self.rank if self.rank else 0.0

    def success(self, k: int) -> bool:
        return self.rank is not None and self.rank <= k

    @property
    def correct(self) -> bool:
        """Tell whether the question counts as answered right (answer first, or [] when there is none)."""
        return self.empty if not self.question.answerable else self.rank == 1


def _dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def score(question: Question, hits: list[Hit]) -> Score:
    """Score one question's ranked hits."""
    hits = hits[:CUTOFF]
    head = tuple(hits[:3])
    if not question.answerable:
        return Score(question, None, 0.0, not hits, head)
    items = question.relevant
    rank = None
    credited: set[int] = set()
    merged: set[int] = set()      # items sharing a result with a better-or-equal item
    gains: list[float] = []
    for i, hit in enumerate(hits):
        matched = [j for j, item in enumerate(items) if item.matches(hit.title, hit.text, hit.article_id)]
        if rank is None and any(items[j].grade == 2 for j in matched):
            rank = i + 1
        fresh = [j for j in matched if j not in credited]
        gains.append(max((items[j].grade for j in fresh), default=0))
        credited.update(matched)
        if len(matched) > 1:
            best = max(matched, key=lambda j: items[j].grade)
            merged.update(j for j in matched if j != best)
    ideal = sorted((item.grade for j, item in enumerate(items) if j not in merged), reverse=True)
    idcg = _dcg(ideal[:NDCG_AT])
    ndcg = _dcg(gains[:NDCG_AT]) / idcg if idcg else 0.0
    return Score(question, rank, ndcg, not hits, head)


def summarize(scores: list[Score]) -> dict:
    """Aggregate scores: answerable metrics over answerable questions, accuracy over no-answer ones."""
    answerable = [s for s in scores if s.question.answerable]
    no_answer = [s for s in scores if not s.question.answerable]

    def mean(values) -> float | None:
        values = list(values)
        return round(sum(values) / len(values), 4) if values else None

    return {
        "questions": len(scores),
        "answerable": len(answerable),
        "no_answer": len(no_answer),
        "mrr@10": mean(s.rr for s in answerable),
        "success@1": mean(s.success(1) for s in answerable),
        "success@3": mean(s.success(3) for s in answerable),
        "ndcg@5": mean(s.ndcg for s in answerable),
        "answerable_empty": sum(s.empty for s in answerable),
        "no_answer_accuracy": mean(s.empty for s in no_answer),
    }
