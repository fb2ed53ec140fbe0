"""The search engine over one index version: query → rank → present.

An `Engine` is opened once per index version and shared by all threads; a version never
changes once published, so its searcher, term statistics and result cache stay valid
until the app moves to a newer version (see `search_app.index`).
"""
from __future__ import annotations

import json
import re
import threading
import time
import weakref
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as Q

from indexer import analysis
from indexer.glossary import shipped_glossary
from indexer.store import INDEX_NAME, TITLES, read_manifest, served_version, version_dir

from . import present
from .query import MAX_INPUT_CHARS, Plan, Synonyms, Vocabulary, make_plan
from .cache import LRU
from .rank import WEIGHTS, Doc, Weights, idf, leads_in, rerank
from .retrieve import Postings, candidates, pieces_of

TYPES = ("qa", "step", "section")
CACHE_SIZE = 1024             # answers kept per version
DOC_CACHE_SIZE = 2000        # stored fragments kept per version, normalized
RETRIEVAL_CACHE_SIZE = 128   # questions' plans and candidates kept per version (`Engine._retrieved`)
RELATED_LIMIT = 3            # near misses offered when a question gets no answer (`Engine.related`)
RELATED_MAX = 10


@dataclass
class Answer:
    """One question's answer, cached per version; its JSON is encoded once, on first need."""

    query: str
    results: list[dict]
    total: int
    suggestion: str | None
    _encoded: bytes | None = field(default=None, repr=False, compare=False)

    def encoded(self) -> bytes:
        if self._encoded is None:
            body = {"query": self.query, "total": self.total, "results": self.results, "suggestion": self.suggestion}
            self._encoded = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self._encoded


class BadQuery(ValueError):
    """A request parameter the API refuses with 400 (the message is shown to the caller)."""


class IndexVocabulary(Vocabulary):
    """Term statistics of one version, and its homophone map (built on first need)."""

    def __init__(self, reader, io_lock: threading.RLock):
        self.reader = reader
        self.io_lock = io_lock
        self.doc_count = max(reader.doc_count(), 1)
        self._homophones: dict[str, str] | None = None
        self._lock = threading.Lock()
        # per instance (a class-level lru_cache would keep every old version alive)
        self.df = lru_cache(maxsize=65536)(self._df)
        self._completions = lru_cache(maxsize=4096)(self._load_completions)

    def _df(self, term: str) -> int:
        pieces = pieces_of(term)
        if len(pieces) > 1:     # 「wi-fi」, 「top up」: no rarer than its rarest piece (retrieve.Postings)
            return min(self.df(p) for p in pieces)
        with self.io_lock:
            return max(self.reader.doc_frequency("body", term), self.reader.doc_frequency("title", term))

    def idf(self, term: str) -> float:
        return idf(self.df(term), self.doc_count)

    def share(self, term: str) -> float:
        return self.df(term) / self.doc_count

    def homophone(self, text: str) -> str | None:
        if self._homophones is None:
            with self._lock:
                if self._homophones is None:
                    self._homophones = self._build_homophones()
        return self._homophones.get(analysis.pinyin_key(text))

    def completions(self, prefix: str, limit: int) -> tuple[str, ...]:
        return self._completions(prefix, limit)

    def _load_completions(self, prefix: str, limit: int) -> tuple[str, ...]:
        with self.io_lock:
            found = {t.decode("utf-8") for fieldname in ("title", "body")
                     for t in self.reader.expand_prefix(fieldname, prefix)}
        found.discard(prefix)
        return tuple(sorted(found, key=lambda t: (-self.df(t), t))[:limit])

    def _build_homophones(self) -> dict[str, str]:
        """pinyin key → the most frequent indexed CJK word of 2–4 characters with it."""
        best: dict[str, tuple[int, str]] = {}
        with self.io_lock:
            lexicon = [t for fieldname in ("title", "body") for t in self.reader.lexicon(fieldname)]
        for termbytes in lexicon:
            term = termbytes.decode("utf-8")
            if not 2 <= len(term) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in term):
                continue
            key = analysis.pinyin_key(term)
            freq = self.df(term)
            if key not in best or freq > best[key][0]:
                best[key] = (freq, term)
        return {key: term for key, (_, term) in best.items()}


class Engine:
    """Answers queries from one immutable index version."""

    def __init__(self, path: Path, manifest: dict, synonyms_path: Path | None, weights: Weights = WEIGHTS):
        self.path = Path(path)
        self.manifest = manifest
        self.version = manifest["version"]
        self.weights = weights
        self.ix = whoosh_index.open_dir(str(self.path), indexname=INDEX_NAME)
        self.searcher = self.ix.searcher()
        # Whoosh reads segment files with seek+read on shared file objects: one thread at a
        # time (the work is Python under the GIL anyway, so this costs no parallelism).
        self.io_lock = threading.RLock()
        # Versions are dropped, never closed, while a request may still hold one: close the
        # segment files when the last reference goes (weakref.finalize runs once, at GC or exit).
        weakref.finalize(self, self.searcher.close)
        self.reader = self.searcher.reader()
        self.vocab = IndexVocabulary(self.reader, self.io_lock)
        self.postings = Postings(self.reader, self.io_lock)
        self._docs = LRU(DOC_CACHE_SIZE)                        # docnum -> stored fragment, normalized
        self.synonyms_path = synonyms_path
        self._shipped_synonyms = analysis.shipped_synonyms()
        self._synonyms: tuple[float, Synonyms] = (-2.0, Synonyms(self._shipped_synonyms))
        self._answers = LRU(CACHE_SIZE)                         # (q, limit, type, article) -> answer
        # (q, correct, type, article, synonyms, weights) -> (plan, ((doc, retrieval score), …))
        self._retrievals = LRU(RETRIEVAL_CACHE_SIZE)
        self._titles: list[tuple[str, str, str, str]] | None = None
        # per-version caches (class-level lru_caches would keep every old version alive)
        self._article_fragments = lru_cache(maxsize=128)(self._load_article_fragments)
        self._latin_terms = lru_cache(maxsize=1024)(self._load_latin_terms)

    @classmethod
    def open(cls, index_dir: Path, synonyms_path: Path | None = None, weights: Weights = WEIGHTS) -> "Engine":
        """Open the current version of the index at `index_dir`."""
        path = version_dir(index_dir, served_version(index_dir))
        manifest = read_manifest(path)
        if synonyms_path is None:
            synonyms_path = Path(manifest["corpus"]) / analysis.KB_DIR / analysis.SYNONYMS_FILE
        return cls(path, manifest, synonyms_path, weights)

    # -- synonyms are read at query time (mtime-checked), so editing them needs no rebuild

    def synonyms(self) -> Synonyms:
        path = self.synonyms_path
        try:
            mtime = path.stat().st_mtime if path else -1.0
        except OSError:
            mtime = -1.0
        if mtime != self._synonyms[0]:
            groups = analysis.read_synonyms(path) if mtime >= 0 else []
            self._synonyms = (mtime, Synonyms(groups + self._shipped_synonyms))
            self._answers.clear()
            self._retrievals.clear()
        return self._synonyms[1]

    # -- search

    def plan(self, q: str) -> Plan:
        return make_plan(q, self.vocab, self.synonyms(), glossary=shipped_glossary)

    def search(self, q: str, limit: int = 10, type: str | None = None, article: str | None = None) -> dict:
        """Return the API body for a query (see CONTRACT.md)."""
        started = time.perf_counter()
        answer = self._answer(q, limit, type, article)
        return {"query": answer.query, "total": answer.total,
                "took_ms": round((time.perf_counter() - started) * 1000, 2),
                "results": answer.results, "suggestion": answer.suggestion}

    def search_json(self, q: str, limit: int = 10, type: str | None = None, article: str | None = None) -> bytes:
        """The same body as `search`, encoded: a repeated question costs a cache lookup, not
        a serialization of its results (the widget asks the same questions again and again)."""
        started = time.perf_counter()
        encoded = self._answer(q, limit, type, article).encoded()
        took = round((time.perf_counter() - started) * 1000, 2)
        return b'{"took_ms":' + repr(took).encode() + b"," + encoded[1:]

    def _answer(self, q, limit, type, article) -> "Answer":
        q = validate_query(q)
        if not 1 <= limit <= 50:
            raise BadQuery("limit 必须在 1 到 50 之间 / limit must be 1..50")
        if type is not None and type not in TYPES:
            raise BadQuery("type 只能是 qa、step 或 section / type must be qa, step or section")
        synonyms = self.synonyms()
        return self._answers.get_or_make(
            (q, limit, type, article), lambda: Answer(q, *self._search(q, limit, type, article, synonyms)))

    def _search(self, q, limit, type, article, synonyms):
        plan, ranked, suggestion = self._ranked(q, type, article, synonyms)
        terms = [t for g in plan.informative for t in g.terms]
        results = [present.result(s.stored, s.score, terms, self._steps(s.stored, s.docnum))
                   for s in ranked[:limit]]
        return results, len(ranked), suggestion

    def _ranked(self, q, type, article, synonyms, gated: bool = True):
        """The question's plan, its ranked candidates and the corrected query if that ranked better."""
        plan, docs = self._retrieved(q, False, type, article, synonyms)
        ranked = self._rank(plan, docs, type, gated)
        suggestion = None
        # a typo may leave a word unknown (冲值) or cut into known characters (套参 → 套 / 参):
        # whenever the best answer leaves part of the question unexplained, try the homophones
        if not ranked or plan.informative != plan.groups or ranked[0].coverage < 1.0:
            fixed, fixed_docs = self._retrieved(q, True, type, article, synonyms)
            if fixed.corrected:
                better = self._rank(fixed, fixed_docs, type, gated)
                if better and (not ranked or better[0].coverage > ranked[0].coverage):
                    plan, ranked, suggestion = fixed, better, fixed.corrected
        return plan, ranked, suggestion

    def related(self, q: str, limit: int = RELATED_LIMIT) -> dict:
        """Passages near a question, for a page to offer as 「可能相关」 when it has no answer.

        The answerability gate refuses a question when no passage holds enough of it: right
        for a question the knowledge base cannot answer, but also for most spoken paraphrases
        (「超市卡里攒了好多分…结果分全没了」 says 分 for 积分), whose answer is often among the
        candidates the gate turned away.  A reader left with 「没有找到」 has nowhere to go;
        offered the few passages nearest the question (sharing its telling words), clearly apart
        from answers, they often find it.  The results keep the search results' shape (a
        procedure once, without its steps), best first; the search itself still returns nothing.
        """
        q = validate_query(q)
        if not 1 <= limit <= RELATED_MAX:
            raise BadQuery(f"limit 必须在 1 到 {RELATED_MAX} 之间 / limit must be 1..{RELATED_MAX}")
        synonyms = self.synonyms()
        answer = self._answers.get_or_make(("related", q, limit),
                                           lambda: Answer(q, *self._related(q, limit, synonyms)))
        return {"query": answer.query, "related": answer.results}

    def _related(self, q, limit, synonyms):
        plan, ranked, suggestion = self._ranked(q, None, None, synonyms, gated=False)
        terms = [t for g in plan.informative for t in g.terms]
        near = [s for s in ranked if s.coverage >= self.weights.related_coverage]
        # one link per procedure (its steps would repeat it); two passages of one article may both
        # be offered: the best three passages held the answer a third more often than the best
        # passage of each of three articles (66 % against 53 % of the refused questions, 76 sets)
        offered = present.distinct_cards([present.result(s.stored, s.score, terms) for s in near])[:limit]
        return offered, len(offered), suggestion

    def _retrieved(self, q, correct: bool, type, article, synonyms) -> tuple[Plan, tuple]:
        """The question's plan (`correct`: with the homophone correction) and its candidates.

        A refused question is asked twice: `search` finds nothing, then `related` ranks the
        same candidates without the answerability gate (the page at once, the widget and
        search.js by a second request).  Only the gate differs, so both rank one retrieval,
        about half of a refused search's time (`bench.refused`: the pair now costs about 0.7
        of what it did).  The weights are in the key: retrieval reads them, and
        bench.eval.tune swaps them.
        """
        key = (q, correct, type, article, synonyms, self.weights)
        return self._retrievals.get_or_make(key, lambda: self._retrieve(q, correct, type, article, synonyms))

    def _retrieve(self, q, correct: bool, type, article, synonyms) -> tuple[Plan, tuple]:
        plan = make_plan(q, self.vocab, synonyms, correct=correct, glossary=shipped_glossary)
        if correct and not plan.corrected:
            return plan, ()             # nothing corrected: the plan is not ranked (`_ranked`)
        return plan, self._candidates(plan, type, article)

    def _candidates(self, plan: Plan, type, article) -> tuple:
        """The plan's candidates as (doc, retrieval score), best first, within the filters."""
        allowed = None
        for fieldname, value in (("type", type), ("article", article)):
            if value:
                ids = self.postings.ids(fieldname, value)
                allowed = ids if allowed is None else np.intersect1d(allowed, ids)
        found = candidates(plan, self.postings, self.vocab.df, self._ubiquitous, allowed, self.weights)
        return tuple((self._doc(docnum), score) for docnum, score in found)

    def _rank(self, plan: Plan, docs, type, gated: bool = True):
        max_idf = idf(1, self.vocab.doc_count)
        ranked = rerank(plan, docs, self._ubiquitous, max_idf, self.weights, gated)
        return ranked if type else self._lead_to_procedures(ranked)

    def _lead_to_procedures(self, ranked: list) -> list:
        """A passage that only introduces the procedure below it (「如果經常收到騷擾電話，可以：」)
        and matched when none of its steps did is followed by that procedure: its first step
        comes next, and the step's card shows every step."""
        taken = {s.docnum for s in ranked}
        out = []
        for s in ranked:
            out.append(s)
            leads = s.introduction or leads_in(s.stored["text"])
            if not (leads and s.stored["type"] == "section" and 0 <= s.docnum < self.postings.size - 1):
                continue
            n = s.docnum + 1                # an article's fragments are written in order
            if n in taken:
                continue
            with self.io_lock:
                if self.reader.is_deleted(n):
                    continue
            step = self._stored(n)
            procedure = step.get("procedure") or {}
            if step["article_id"] == s.stored["article_id"] and procedure.get("index") == 1 \
                    and procedure.get("title") == s.stored["title"]:
                out.append(replace(s, stored=step, docnum=n, introduction=False))
                taken.add(n)
        return out

    def _doc(self, docnum: int) -> Doc:
        return self._docs.get_or_make(docnum, lambda: self._read_doc(docnum))

    def _read_doc(self, docnum: int) -> Doc:
        data = self._stored(docnum)
        # read whatever the weights (bench.eval.tune swaps them on a live engine; docs stay cached)
        return Doc.of(data, analysis.normalize, docnum, self._before(data, docnum))

    def _before(self, data: dict, docnum: int) -> dict | None:
        """The fragment before one in its article, or None for an article's first.

        An article's fragments are written in order, so it is the document before it in the
        index; anything unexpected (deleted, another article's) counts as none.
        """
        n = docnum - 1
        if n < 0 or data.get("order", 0) == 0:
            return None
        with self.io_lock:
            if self.reader.is_deleted(n):
                return None
        cached = self._docs.get(n)
        before = cached.data if cached is not None else self._stored(n)
        if before["article_id"] != data["article_id"] or before.get("order") != data["order"] - 1:
            return None
        return before

    def _stored(self, docnum: int) -> dict:
        with self.io_lock:
            return self.reader.stored_fields(docnum)["data"]

    def _ubiquitous(self, group) -> bool:
        """A word found in so many fragments that it cannot tell an answer on its own."""
        shares = [self.vocab.share(t) for t in group.terms if self.vocab.df(t)]
        return bool(shares) and min(shares) > self.weights.ubiquity

    def _steps(self, data: dict, docnum: int = -1) -> list[dict] | None:
        """The whole procedure of a step, in order, for answer cards."""
        procedure = data.get("procedure")
        if not procedure:
            return None
        steps = self._neighbour_steps(data, docnum) if docnum >= 0 else None
        if steps is None:
            steps = [f for f in self._article_fragments(data["article_id"])
                     if f.get("procedure") and f["procedure"]["title"] == procedure["title"]
                     and f["procedure"]["count"] == procedure["count"]]
        return [{"id": f["id"], "title": f["title"], "text": f["text"], "index": f["procedure"]["index"],
                 "anchor": f["anchor"]} for f in steps]

    def _neighbour_steps(self, data: dict, docnum: int) -> list[dict] | None:
        """The steps of a procedure from the documents around one of them, or None.

        An article's fragments are written in order, so a step's siblings are its
        neighbours; reading those few is cheaper than the whole article.  Anything
        unexpected (a deleted neighbour, another article) falls back to the article.
        """
        procedure = data["procedure"]
        first = docnum - (procedure["index"] - 1)
        numbers = range(first, first + procedure["count"])
        if first < 0 or numbers[-1] >= self.postings.size:
            return None
        steps = []
        for expected, n in enumerate(numbers, start=1):
            if n == docnum:
                steps.append(data)
                continue
            with self.io_lock:
                if self.reader.is_deleted(n):
                    return None
            cached = self._docs.get(n)      # a sibling is shown, not ranked: no need to normalize it
            sibling = cached.data if cached is not None else self._stored(n)
            p = sibling.get("procedure") or {}
            if (sibling["article_id"], p.get("title"), p.get("count"), p.get("index")) != \
                    (data["article_id"], procedure["title"], procedure["count"], expected):
                return None
            steps.append(sibling)
        return steps

    def _load_article_fragments(self, article_id: str) -> tuple[dict, ...]:
        with self.io_lock:
            docs = [d["data"] for d in self.searcher.documents(article=article_id)]
        return tuple(sorted(docs, key=lambda d: d["order"]))

    # -- articles, suggestions, health

    def article(self, article_id: str) -> dict | None:
        """Return an article with its ordered fragments, or None if unknown."""
        meta = self.manifest["articles"].get(article_id)
        if meta is None:
            return None
        fragments = self._article_fragments(article_id)
        return {
            "id": article_id,
            "title": meta["title"],
            "path": meta["path"],
            "url": present.article_url(article_id),
            "fragments": [present.fragment_summary(f) for f in fragments],
        }

    def suggest(self, prefix: str, limit: int = 8) -> dict:
        """Titles and questions that start with the typed prefix, for as-you-type."""
        prefix = validate_query(prefix)
        if not 1 <= limit <= 50:
            raise BadQuery("limit 必须在 1 到 50 之间 / limit must be 1..50")
        folded = analysis.normalize(prefix).strip()
        out, seen = [], set()
        if folded:
            for norm, text, kind, fid in self._title_index():
                if text in seen:
                    continue
                if norm.startswith(folded) or (len(folded) >= 2 and folded in norm):
                    out.append({"text": text, "type": kind, "id": fid})
                    seen.add(text)
                    if len(out) >= limit:
                        break
            if len(out) < limit and folded.isascii() and folded.isalnum():
                for term in self._latin_terms(folded, limit - len(out)):
                    if term not in seen:
                        out.append({"text": term, "type": "term", "id": None})
        return {"query": prefix, "suggestions": out}

    def _title_index(self) -> list[tuple[str, str, str, str]]:
        if self._titles is None:
            rows = []
            try:
                titles = json.loads((self.path / TITLES).read_text(encoding="utf-8"))
            except FileNotFoundError:
                titles = {}
            seen: set[str] = set()          # one row per distinct title: the first place it stands
            for meta_id, meta in sorted(self.manifest["articles"].items()):
                for title, kind, fragment_id in [(meta["title"], "article", meta_id), *titles.get(meta_id, ())]:
                    if title not in seen:
                        seen.add(title)
                        rows.append((analysis.normalize(title), title, kind, fragment_id))
            rank = {"qa": 0, "article": 1, "step": 2, "section": 3}
            rows.sort(key=lambda r: (rank[r[2]], len(r[1])))
            self._titles = rows
        return self._titles

    def _load_latin_terms(self, prefix: str, limit: int) -> tuple[str, ...]:
        terms = []
        with self.io_lock:
            expanded = list(self.reader.expand_prefix("body", prefix))
        for termbytes in expanded:
            term = termbytes.decode("utf-8")
            if term.isascii() and len(term) > len(prefix) - 1:
                terms.append((-self.vocab.df(term), term))
        terms.sort()
        return tuple(self._display_form(t) for _, t in terms[:limit])

    def _display_form(self, term: str) -> str:
        """How a Latin word is written in the articles (beeline → Beeline)."""
        with self.io_lock:
            texts = [hit["data"]["text"] for hit in self.searcher.search(Q.Term("body", term), limit=1)]
        for text in texts:
            m = re.search(rf"(?i)(?<![0-9a-z]){re.escape(term)}(?![0-9a-z])", text)
            if m:
                return m.group()
        return term

    def health(self) -> dict:
        return {
            "version": self.version,
            "articles": len(self.manifest["articles"]),
            "fragments": self.vocab.doc_count,
            "built_at": self.manifest["built_at"],
        }


def validate_query(q) -> str:
    """Return the query text, refusing what no reader types (too long, not text)."""
    if q is None:
        raise BadQuery("缺少参数 q / missing parameter q")
    if len(q) > MAX_INPUT_CHARS:
        raise BadQuery(f"查询太长（最多 {MAX_INPUT_CHARS} 个字符）/ query longer than {MAX_INPUT_CHARS} characters")
    # control characters and lone surrogates (undecodable bytes) are not text a reader typed
    text = "".join(ch for ch in q if ch.isprintable() or ch in " \t")
    return text.encode("utf-8", "replace").decode("utf-8").strip()
