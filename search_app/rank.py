"""Ranking: a query plan → the fragments that answer it, best first.

Second pass after `retrieve`: each candidate is re-scored with what answers a question:

- coverage: how much of the question's informative weight the fragment holds, matched on
  the normalized text itself (so a segmentation difference cannot hide a word);
- the title: its coverage, and its character overlap with the whole question (question
  to question matching: 「遠遊卡是什麼」 ~ 「什么是远游卡？」);
- the reader's phrase kept adjacent, or whole (「My Kcell」), an exact code, a code when a
  number is asked for;
- the type that fits the question: Q&A for questions, steps for "how / which number";
- the question asked in the passage before (a thread's opening post before its reply, a
  lead-in before a step): a damped share of its words, in ranking only (`asks_or_leads_in`);
- the passage's length: one that explains before one that only names the words.

A section that only introduces a procedure gives its place to the procedure's best step.

Whether the knowledge base answers at all is decided once: unless some candidate covers
enough of the question with words that tell (not only words found everywhere), the question
gets no results.  When one does, the others need only a fifth of the question and a share of
the best score: they are ranked, not gated again, since a neighbour that words the answer
differently is often the answer.  Steps stay separate results (the one that matches best
leads; its card lists the whole procedure).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.analysis import width

from .query import NUMBER_WORDS, STOPWORDS, VALUE_WORDS, Group, Plan


@dataclass(frozen=True)
class Weights:
    """Every ranking tunable, in one place."""

    # retrieval (search_app/retrieve.py)
    synonym: float = 0.8            # a synonym or correction counts this much of the word itself
    title_boost: float = 2.5        # a word in the title counts this much more than in the body
    candidates: int = 40            # re-scored per query
    retrieval_groups: int = 8       # most informative words of a question used to retrieve
    # re-scoring: final = retrieval share + Σ signal × weight
    retrieval_share: float = 0.5
    coverage: float = 3.5           # share of the query's weight the fragment holds
    title_coverage: float = 0.5     # … of it in the title (the question / step heading)
    title_similarity: float = 2.5   # character overlap (Dice) of the question and the title
    context_share: float = 0.6      # a word found only in the heading path counts this much
    before_share: float = 0.15      # … only in the passage before, when that one asks or leads in: this much,
                                    # in ranking only, never in the answerability gate (see `asks_or_leads_in`)
    phrase: float = 0.6             # adjacent query words adjacent in the fragment
    code: float = 3.0               # the codes the reader typed are in the fragment verbatim
    verbatim: float = 1.0           # … and the whole of what the reader typed
    reversal: float = 0.5           # the heading undoes what the question asks (取消, 解除…)
    has_code: float = 0.8           # a "which number" question and the fragment shows a code
    has_code_howto: float = 0.6     # a "how" question: the step with the code is the one to act on
    qa_for_question: float = 0.4
    step_for_howto: float = 0.4
    value_shown: float = 1.5        # a question asking a kind of value (多久, 多少钱, 带什么) and the fragment shows one
    step_order: float = 0.75        # … the earlier a step of its procedure, the more (a reader starts at step 1)
    section_penalty: float = 0.0    # plain passages yield to answers and steps on ties
    length: float = 0.35            # × log(1 + the text's characters): a passage that explains over a line
    # answerability
    ubiquity: float = 0.3           # a word in more than this share of fragments is not informative alone
    unknown_share: float = 0.75     # a word the index lacks weighs this share of a word seen once
    single_char_share: float = 0.25 # … a lone character the index lacks (often part of a phrase)
    single_char_known: float = 0.5  # a lone character the index knows weighs this share of its idf
    min_coverage: float = 0.7       # a result must cover at least this share of the question's weight,
    min_coverage_topical: float = 0.4   # … or this much when its title (a lead passage: its article's) holds a telling word
    relative_floor: float = 0.3     # and score at least this share of the best result
    unknown_floor: float = 0.5      # … and this much when a word the index lacks is left unexplained
    min_coverage_rest: float = 0.2  # once one result answers, the others need only this much
    long_question: float = 24.0     # a question wider than this (`analysis.width`) is a spoken sentence:
    long_relief: float = 0.03       # … each character more lowers both coverage bars this much,
    long_relief_max: float = 0.15   # … this much at most
    related_coverage: float = 0.2   # a near miss offered when nothing answers (Engine.related) covers this much


WEIGHTS = Weights()


@dataclass(frozen=True)
class Doc:
    """A stored fragment with its text normalized once (engines cache these)."""

    data: dict
    title: str          # the fragment's title (+ its procedure's), normalized
    body: str
    context: str        # the heading path, normalized
    heading: str        # the title alone, normalized
    procedure: str
    docnum: int = -1    # where the index keeps it (the steps of a procedure are neighbours)
    by_writer: bool = False     # titled by who wrote it: a reply, about its thread's subject
    before: str = ""    # the passage before it in its article, when that one asks or leads in (normalized)

    @classmethod
    def of(cls, data: dict, normalize, docnum: int = -1, before: dict | None = None) -> "Doc":
        """`before`: the article's fragment just before this one, if the engine read it."""
        procedure = (data.get("procedure") or {}).get("title", "")
        # An article's lead passage is titled by the article: that title says what the whole
        # article covers, not what the passage answers, so it counts as context (the path),
        # as it does in the index (indexer.build.fragment_document).
        heading = "" if data["title"] == data.get("article_title") else data["title"]
        return cls(data, normalize(heading + " " + procedure), normalize(data["text"]),
                   normalize(" ".join(data["path"])), normalize(heading), normalize(procedure), docnum,
                   bool(data.get("by_writer")),
                   normalize(before["title"] + " " + before["text"])
                   if before and asks_or_leads_in(before["text"]) else "")


@dataclass
class Scored:
    """A candidate with the signals that ranked it."""

    stored: dict
    retrieval: float
    coverage: float = 0.0
    score: float = 0.0
    matched_weight: float = 0.0     # the question's weight it holds (title/body/context)
    introduction: bool = False      # it matched by its heading alone, or its text only announces what follows
    docnum: int = -1
    answers: bool = True            # it passes the answerability gate on its own


def group_weight(group: Group, max_idf: float, weights: Weights = WEIGHTS) -> float:
    """The share of the question a group stands for; unknown words weigh as rare ones.

    A lone character is rare as a token but common inside words (充 in 充值), and coverage
    is matched on text, so it weighs less than its idf says.
    """
    single = group.kind == "cjk" and len(group.word) == 1
    if group.known:
        return group.weight * (weights.single_char_known if single else 1.0)
    share = weights.single_char_share if single else weights.unknown_share
    return share * max_idf


@lru_cache(maxsize=8192)
def _whole_word(term: str) -> re.Pattern:
    # compiled once per term: re's own cache (512 patterns) thrashes on a synonym-rich query mix
    return re.compile(rf"(?<![0-9a-z]){re.escape(term)}(?![0-9a-z])")


def _contains(text: str, term: str) -> bool:
    if term.isascii() and term[:1].isalnum():
        return term in text and _whole_word(term).search(text) is not None
    return term in text


def found_in(group: Group, text: str) -> bool:
    return any(_contains(text, t) for t in group.terms)


_CJK_STOPWORDS = frozenset(w for w in STOPWORDS if len(w) > 1 and not w.isascii() and "\u4e00" <= w[0] <= "\u9fff")

_UNIT = re.compile(r"[0-9a-z\u00c0-\u024f\u0400-\u04ff]+|[^\W\d_a-z\u00c0-\u024f\u0400-\u04ff]")


@lru_cache(maxsize=65536)
def units(text: str) -> frozenset[str]:
    """The units two questions share: CJK characters, and whole Latin/Cyrillic/digit words.

    Characters are the unit of Chinese (远游卡 ~ 遠遊卡 ~ 卡远游); letters are not the unit
    of English, where any two sentences share most of the alphabet.
    """
    return frozenset(_UNIT.findall(text))


def dice(a: str, b: str) -> float:
    """Overlap of two normalized strings' units (see `units`).

    >>> round(dice("远游卡是什么", "什么是远游卡？"), 2)
    1.0
    >>> dice("check balance", "短信内容输入 balance") < 0.3
    True
    """
    sa, sb = units(a), units(b)
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


# Words that turn a heading into the opposite task: 「解除挂失」 is not 「挂失」, 「取消漫游」 not 「开通漫游」.
_REVERSAL = re.compile(r"取消|解除|关闭|退订|注销|停用|撤销|删除|找回来")


def asked_for(plan: Plan) -> str:
    """The question with every term that stands for one of its words: 「unsubscribe」 asks for 退订."""
    return " ".join((plan.normalized, *(t for g in plan.groups for t in g.terms)))


def _reverses(heading: str, question: str) -> bool:
    """The heading asks for the undoing of what the question asks (a reversal word it alone has)."""
    return any(m.group() not in question for m in _REVERSAL.finditer(heading))


def _masked(text: str, words: list[str]) -> str:
    """`text` with `words` blanked out (longest first), for finding what lies outside them."""
    for word in words:
        if word in text:
            text = text.replace(word, "\0" * len(word))
    return text


def _phrase_hits(plan: Plan, text: str) -> float:
    """Share of adjacent query-word pairs that stand adjacent in `text` (normalized)."""
    pairs = list(zip(plan.groups, plan.groups[1:]))
    if not pairs:
        return 0.0
    # only terms present can stand adjacent: test those pairs, not every synonym × synonym
    present = [[t for t in g.terms if t in text] for g in plan.groups]
    hits = sum(
        any((x + y in text) or (x + " " + y in text) for x in xs for y in ys)
        for xs, ys in zip(present, present[1:]))
    return hits / len(pairs)


_CODE = re.compile(r"[*#][0-9*#]*[0-9]")
# how a fragment shows each kind of value a question may ask for (query.VALUE_CUES)
_VALUES = {
    "duration": re.compile(r"\d+\s*(?:[-–~到至]\s*\d+\s*)?(?:个)?(?:秒|分钟|小时|天|工作日|周|星期|个月)"
                           r"|几分钟|几秒|几个小时|立即|立刻|马上|当天|即时|实时"),
    "price": re.compile(r"\d[\d\s,.]*\s*(?:坚戈|tenge|тенге|₸|元|美元|рубл)|免费|不收费|不收取|不要钱"),
    "documents": re.compile(r"护照|证件|身份证|居留|签证"),
}


def values_shown(asks: frozenset[str], body: str) -> frozenset[str]:
    """The kinds of value asked for that `body` shows."""
    return frozenset(kind for kind in asks if _VALUES[kind].search(body))


_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


_LATIN_RUN = re.compile(r"[0-9a-z\u00c0-\u024f\u0400-\u04ff]+(?:[ \-][0-9a-z\u00c0-\u024f\u0400-\u04ff]+)+")


def _verbatim(normalized: str) -> tuple[str, ...]:
    """Phrases of the reader's to find verbatim: the whole of what they typed, and each run of
    two or more Latin words in it — a product name keeps its little words (「My Kcell 挂失」)."""
    phrase = _EDGES.sub("", " ".join(normalized.split()))
    whole = (phrase,) if len(phrase) >= 4 and len(units(phrase)) >= 2 else ()
    return whole + tuple(run for run in _LATIN_RUN.findall(phrase) if run != phrase)


def rerank(plan: Plan, docs: list[tuple[Doc, float]], ubiquitous, max_idf: float,
           weights: Weights = WEIGHTS, gated: bool = True) -> list[Scored]:
    """Re-score retrieved fragments with the answer signals; drop those that answer too little.

    `docs` pairs each candidate with its retrieval score; `max_idf` is the weight of a word
    seen once in the index; `ubiquitous(group)` tells a word found nearly everywhere
    (哈萨克斯坦 in a Kazakhstan KB), which alone answers nothing.  `gated=False` ranks the
    candidates of a question no fragment answers as well (the near misses a page offers
    as 「可能相关」 when it has no answer: `Engine.related`).
    """
    gweights = {g.word: group_weight(g, max_idf, weights) for g in plan.groups}
    total = sum(gweights.values())
    if total <= 0 or not plan.informative:
        return []
    question = plan.normalized
    verbatim = _verbatim(question)
    asked = asked_for(plan)
    top_retrieval = max((r for _, r in docs), default=0.0) or 1.0
    lone = {g.word for g in plan.groups if g.kind == "cjk" and len(g.word) == 1}
    relief = long_question_relief(plan.text, weights)
    # the question's longer words holding one of its lone characters: 机 of 「开不了机」 is not
    # found in a text because 手机, itself a word of the question, is there
    # — nor inside a question word of the text (办 of 「办下来」 in 「怎么办」)
    holders = sorted({t for g in plan.groups if g.word not in lone for t in g.terms
                      if len(t) > 1 and any(c in t for c in lone)}
                     | {w for w in _CJK_STOPWORDS if any(c in w for c in lone)}, key=len, reverse=True)
    # first which candidates count and whether any answers: a question the knowledge base cannot
    # answer stops here, before the costlier signals are computed for every candidate
    kept = []
    for doc, retrieval in docs:
        body = doc.body
        shows_code = _CODE.search(body) is not None
        shown = values_shown(plan.asks, body) if plan.asks else frozenset()
        texts = (doc.title, body, doc.context, doc.before)
        masked = tuple(_masked(t, holders) for t in texts) if holders else texts
        in_title, in_body, in_context, in_before = [], [], [], []
        for g in plan.groups:  # each group where it is found first: title, body, heading path, passage before
            t, b, c, p = masked if g.word in lone else texts
            if found_in(g, t):
                in_title.append(g)
            elif found_in(g, b) or (shows_code and g.word in NUMBER_WORDS) \
                    or any(g.word in VALUE_WORDS[kind] for kind in shown):
                in_body.append(g)
            elif found_in(g, c):
                in_context.append(g)
            elif p and weights.before_share and found_in(g, p):
                in_before.append(g)
        telling = [g for g in in_title + in_body if g.known and not ubiquitous(g)]
        # a word of the fragment's title, or of the article's for its lead passage (see Doc.of) and
        # for a reply titled by its writer (a thread's subject), says what it is about even when
        # the word is everywhere in the knowledge base
        titled = bool(doc.heading or doc.procedure) and not doc.by_writer
        named = in_title if titled else [g for g in plan.groups if found_in(g, doc.context)]
        if not telling and not any(g.known for g in named):
            continue
        matched = (sum(gweights[g.word] for g in in_title + in_body)
                   + weights.context_share * sum(gweights[g.word] for g in in_context))
        coverage = matched / total
        # … as does a code the reader typed that the fragment shows (*110*481#): no word says more
        topical = any(g.known and not ubiquitous(g) for g in named) or any(g.kind in ("code", "url") for g in telling)
        answers = coverage >= (weights.min_coverage_topical if topical else weights.min_coverage) - relief
        # a word the knowledge base never uses (靓号, 鼓包, 拒付) that the fragment leaves unexplained
        # is often what the question is about: then half of the question must be there
        if coverage < weights.unknown_floor and any(
                not g.known and g not in in_title and g not in in_body and g not in in_context for g in plan.groups):
            answers = False
        if answers or coverage >= weights.min_coverage_rest:
            # the question asked in the passage before (a thread's opening post before its reply, the
            # lead-in before a procedure's first step) says what this one answers: a damped share of
            # its words ranks it, but never lets it pass the gate (see `asks_or_leads_in`)
            borrowed = weights.before_share * sum(gweights[g.word] for g in in_before) / total
            kept.append((doc, retrieval, shows_code, in_title, in_body, coverage, borrowed, matched, answers))
    if gated and not any(k[-1] for k in kept):
        return []
    out: list[Scored] = []
    for doc, retrieval, shows_code, in_title, in_body, coverage, borrowed, matched, answers in kept:
        data, title, body = doc.data, doc.title, doc.body
        ranked_coverage = coverage + borrowed
        score = weights.retrieval_share * retrieval / top_retrieval
        score += weights.coverage * ranked_coverage
        score += weights.title_coverage * sum(gweights[g.word] for g in in_title) / total
        score += weights.title_similarity * max(dice(question, doc.heading), dice(question, doc.procedure))
        score += weights.phrase * _phrase_hits(plan, title + "\n" + body)
        # retrieval (BM25) discounts a long passage, and coverage cannot tell a passage that
        # explains from a line that names the words: of two that cover the question, the
        # longer more often holds the answer (a leave-one-set-out fit over 32 sets found it)
        score += weights.length * math.log1p(len(body))
        undoes = _reverses(doc.heading + " " + doc.procedure, asked)     # a step of 「关闭…」 undoes too
        if undoes:
            score -= weights.reversal
        if any(_contains(title, v) or _contains(body, v) for v in verbatim):
            score += weights.verbatim
        if plan.codes:
            score += weights.code * sum(c in body or c in title for c in plan.codes) / len(plan.codes)
        fit = ranked_coverage ** 2      # the right type of answer is worth as much as it answers
        # 「验光收费吗」: of the optician's passages, the one that says 「免费」 or 「3,000 ₸」 answers
        if plan.asks and values_shown(plan.asks, body):
            score += fit * weights.value_shown
        if (plan.number or plan.howto) and shows_code:
            score += fit * (weights.has_code if plan.number else weights.has_code_howto)
        if data["type"] == "qa" and plan.question:
            score += fit * weights.qa_for_question
        if data["type"] == "step" and plan.howto:
            score += fit * weights.step_for_howto
            if not undoes:      # where to begin, in the procedure that does what is asked
                score += fit * weights.step_order * step_earliness(data.get("procedure"))
        if data["type"] == "section":
            score -= weights.section_penalty
        # a passage leading into steps gives way to them when the question asks how
        # (matched by its heading, unless its text alone holds the whole question as well)
        by_heading = not in_body and not all(found_in(g, body) for g in in_title)
        introduction = by_heading or introduces(body) or (plan.howto and leads_in(body))
        out.append(Scored(data, retrieval, coverage, score, matched, introduction, doc.docnum, answers))
    out = _fold_introductions(out)
    out.sort(key=lambda s: (-s.score, s.stored["article_id"], s.stored["order"]))
    if out:
        floor = out[0].score * weights.relative_floor
        out = [s for s in out if s.score >= floor]
    return out


def step_earliness(procedure: dict | None) -> float:
    """1 for a procedure's first step, 0 for its last, evenly between.

    Asked how, a reader wants where to begin: of two steps of the right procedure that match
    the question alike, the earlier is the answer (a later step often repeats the task's words:
    「收到「订阅成功」后…提醒」 outscored 「发送 ORAZA…」 for 「短信提醒怎么订阅」). Over 99 open sets,
    MRR 0.6577 → 0.6589 (57 questions up, 27 down, alike on both alternating halves of the sets),
    no-answer unchanged.

    >>> step_earliness({"title": "开通", "index": 1, "count": 5}), step_earliness({"title": "开通", "index": 5, "count": 5})
    (1.0, 0.0)
    >>> step_earliness(None), step_earliness({"title": "开通", "index": 1, "count": 1})
    (0.0, 0.0)
    """
    if not procedure or procedure.get("count", 0) < 2:
        return 0.0
    return (procedure["count"] - procedure["index"]) / (procedure["count"] - 1)


def long_question_relief(question: str, weights: Weights = WEIGHTS) -> float:
    """How much less of a long question a candidate must cover to answer it.

    A reader who types a whole sentence (「跑完一趟车回国了，那张哈国的卡下回再来还能不能接着用，会不会给
    收回去？」) wraps the topic in spoken words a help article never uses; each weighs in the coverage
    as much as a topic word would, so the answer found covered too little of it and the question got nothing — the
    colloquial questions fell below the baseline's on every blind set.  No-answer questions are
    shorter (over 85 sets: a median of 23 characters against 27 for the colloquial ones refused),
    and a bar lowered with the width of the question (a Latin letter half a character: 「visa
    application for Kazakhstan」 is no long sentence) found 29 reciprocal ranks for 7 no-answer
    questions answered over 85 sets, alike on both halves of them (session 16).

    >>> long_question_relief("充值后多久能到账"), long_question_relief("跑完一趟车回国了，那张哈国的卡下回再来还能不能接着用，会不会给收回去？")
    (0.0, 0.15)
    >>> long_question_relief("visa application for Kazakhstan")       # 15.5 wide
    0.0
    """
    return min(weights.long_relief_max, max(0.0, (width(question) - weights.long_question) * weights.long_relief))


_POINTS_BELOW = re.compile(r"以下|下面|如下|下列")


def introduces(body: str) -> bool:
    """A short passage that only announces what follows (「以下是具体步骤：」, 「按下面的步骤操作即可」);
    one that first says something (「输错 10 次卡会永久锁死。号码没有丢：」) is an answer itself."""
    return len(body) <= 120 and (_POINTS_BELOW.search(body) is not None
                                 or (leads_in(body) and not _SENTENCE_END.search(body)))


_ASKS = re.compile(r"[?？]")


def asks_or_leads_in(text: str) -> bool:
    """The passage asks something (a question mark) or leads into what follows (ends with a colon):
    the passage after it is read as its answer or its continuation.

    A faithful fragmenter splits what a reader sees as parts — a thread's opening post and each
    reply, a lead-in and each step — and the words that locate the answer (the product's name, the
    question's own wording) then sit in the part before it, not in the answer's.  Only such a part
    lends its words (`Weights.before_share`, in ranking, never in the gate): any passage before
    lent them to the passage after an answer as well, which then overtook the answer (246
    questions up, 312 down over 272 open sets), and counted in the gate it answered no-answer
    questions at the rate every looser gate does (+90 reciprocal ranks for 44 no-answer questions).

    >>> asks_or_leads_in("我的帆船锚位漂移报警老是误报，有人知道怎么调吗？谢谢"), asks_or_leads_in("按下面操作：")
    (True, True)
    >>> asks_or_leads_in("出厂的漂移半径是 30 米，发短信 RADIUS,80 改成 80 米。")
    False
    """
    return _ASKS.search(text) is not None or leads_in(text)


def leads_in(text: str) -> bool:
    """The text ends with a colon: what follows it (a list, a procedure) completes it."""
    return _LEADS_IN.search(text) is not None


_SENTENCE_END = re.compile(r"[。！？!?](?!$)")
_LEADS_IN = re.compile(r"[:：]\s*$")


def _fold_introductions(scored: list[Scored]) -> list[Scored]:
    """A section headed like a procedure, that matched by that heading alone or only introduces
    it (「按下面的步骤操作即可」), gives its place to the procedure's best step: the step's
    answer card shows the whole procedure."""
    steps: dict[tuple[str, str], Scored] = {}
    for s in scored:
        procedure = s.stored.get("procedure")
        if s.stored["type"] == "step" and procedure:
            key = (s.stored["article_id"], procedure["title"])
            if key not in steps or s.score > steps[key].score:
                steps[key] = s
    out = []
    for s in scored:
        step = steps.get((s.stored["article_id"], s.stored["title"])) \
            if s.stored["type"] == "section" and s.introduction else None
        if step is None:
            out.append(s)
        else:
            step.score = max(step.score, s.score)
    return out


def idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))
