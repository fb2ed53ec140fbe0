"""Query understanding: the reader's free text → a plan of weighted term groups.

The text is never Whoosh query syntax: it goes through the index's own analysis, so
`*111*`, `AND`, `title:x` and `(` are just words.  Each content word becomes a group of
interchangeable terms (the word, its synonyms, its pinyin correction); question words and
particles are set aside but remembered as the intent of the question.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import lru_cache

from whoosh.lang import stemmer_for_language

from indexer.analysis import bigrams, normalize, parts_of, possessor, split_words
from indexer.glossary import Glossary

MAX_QUERY_CHARS = 200          # analysed; longer input is cut (the API refuses > MAX_INPUT_CHARS)
MAX_INPUT_CHARS = 1000
MAX_GROUPS = 12                # content words kept, most informative first

# Words that carry the shape of a question, not its topic. The last two Chinese lines (session 18, measured on
# every open set, alike on both alternating halves) are the spoken adverbs and filler a reader wraps a
# question in (突然, 根本, 死活, 要是, 半天, 东西…), which weighed in the coverage as much as a topic word and left a
# colloquial question short of it (MRR +0.0037 in two steps, 52 questions up and 13 down, three no-answer
# questions answered); and the family a reader asks for (我妈, 老婆, 娃): who, not what, as a name is — the
# articles say 家人 or 父母 (9 up, 1 down, one no-answer question refused). The last line (session 19) is more
# of the same, read off the words of the refused questions: 「是什么意思」 asks what a message means, not about
# 意思; 还要, 别的, 干嘛, 好久, 烦死 (MRR 0.6659 → 0.6671 over 123 sets, 16 up and 5 down, no-answer unchanged;
# 不想, 知道, 有人, 别人, 偷偷 were measured too and are topics: 「转给别人」, 「偷偷装了」, 17 down); and the day or
# season a reader tells of (那天, 半夜, 上个月, 夏天): when it happened, which the articles do not word so (MRR
# → 0.6682, 16 up and 2 down, two no-answer questions refused); and more of the people a reader asks for
# (闺女, 奶奶, 宝宝, 同事, 小哥: over 151 sets MRR 0.6579 → 0.6587, 7 up, 1 down, no-answer unchanged). The English line
# 「as need not …」 (session 20): a whole-English question weighed them as rare words the index lacks (MRR 0.6600 →
# 0.6605 over 151 sets, 5 up, 1 down, no-answer unchanged); and 好久没, 一夜: how long, as 好久 (1 up, none down;
# 好几遍 too lost one: 「点了好几遍重新发送」); and the directions and manners of a spoken verb (回去, 起来, 来得及, 没空, 一遍,
# 不好: 「晚点回去」, 「封起来」, 「信号不好」; over 166 sets 8 up, 1 down, no-answer unchanged; 过去 too lost three
# 「打过去」 and answered a no-answer question, 变成 two).
# The English line's and the last Russian line's ends (without, never, instead…; кто, куда, нужен…) are more of the
# foreign questions' function words (13 up, 1 down over 166 sets, no-answer unchanged).
STOPWORDS = frozenset("""
怎么 怎样 怎么样 怎么办 怎么回事 是不是 要不要 会不会 如何 吗 呢 吧 啊 呀 么 嘛 哦 的 地 得 了 着 过 是 是否 有没有 能不能 可不可以 可以 能 能否
会 要 想 请问 请 问 一下 我 你 他 她 我们 你们 什么 啥 哪 哪里 哪儿 哪个 哪些 为什么 为何 多少 几 几号 谁
在 和 与 及 或 或者 还是 就 都 也 还 又 才 把 被 给 让 对 从 向 到 于 以 这 那 这个 那个 这些 那些 个
一 一个 有 没 没有 不 很 太 最 吗 后 之后 以后 前 之前 以前 时 时候 如果 但是 但 而 并 然后 需要 应该 一直
大概 大约 大致 差不多 左右 一般 通常 办法 没办法 有办法 具体 详细
看看 帮忙 弄 搞 咋 咋办 怎么破 到底 老是 总是 明明 好像 其实 那种 这种 人家 真的 已经 觉得 感觉 发现 结果 这边 那边
突然 根本 莫名其妙 现在 天天 要是 万一 一会儿 早就 完全 有点 好好 死活 听说 可是 居然 竟然 究竟 反正 似乎 刚才 刚刚 赶紧 一下子 不小心 偶尔 有时候 半天 老半天 好多 一堆 一大堆 东西 一声 怕 几次 好几次
妈 妈妈 爸 爸爸 爸妈 老婆 老公 娃
别的 还要 烦死 干嘛 没事 好久 白白 意思
半夜 那天 礼拜 上个月 下个月 明天 昨天 今天 前天 夏天 冬天
闺女 奶奶 爷爷 姥姥 外婆 宝宝 同事 小哥
好久没 一夜
回去 起来 来得及 没空 一遍 不好
the a an to of in on for is are do does how what which can i my me it and or with at by from
did will should could would there this that these those be been being have has had why when where who
if you your we our us am was were any some so than then just also very please much many per mean
after before during since until about into over under again only same other all get got still already
as need needs not no its they them their he she him her because while each both too here now want wants without never instead near re take
в на с со по для и или как что где когда ли не у к о об от до из за мне меня мой моя можно нужно
я вы мы ты это есть сколько почему какой какая какие каким бы же будет будут если чтобы тоже его её их он она они
делать сделать моем моём моей моего моему кто куда нужен нужны нужна
после перед через при без над под также уже еще ещё только очень все всё свой свою своего своей мои
""".split())

# A word in capitals glued to a command's punctuation or argument (「WHERE,123456#」, 「INFO#」) is
# a device's or a service's command, typed as its manual prints it: a code (copied verbatim,
# it tells most), kept even when it is an English question word.
_COMMAND_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?=[#*=]|,[0-9A-Za-z])")

# … as is a long number (an order's, a ticket's, a device's): no word of a question says more
LONG_NUMBER = 5

# 这/那/哪 with a measure word (那段, 这张, 哪条) points at something; it never names the topic.
_DETERMINER = re.compile(r"[这那哪][个段条张次部台位种样块份本项件句封笔通些款家]")

# Particles end a question, never a typo: 「门号吗」 is not 「门号码」 (吗 and 码 sound alike).
PARTICLES = frozenset("吗呢吧啊呀么嘛哦了的")

# Intent cues, looked for in the normalized text before stopwords are removed.
QUESTION_CUES = ("吗", "呢", "?", "什么", "怎么", "如何", "多久", "多长", "是否", "能不能", "可以",
                 "为什么", "哪", "几", "多少", "有没有", "how", "what", "why", "when", "can",
                 "как", "что", "почему", "где", "когда", "можно", "сколько")
HOWTO_CUES = ("怎么", "如何", "怎样", "步骤", "流程", "方法", "拨", "号码", "代码", "输入", "操作",
              "how", "как")
# A yes/no question (「…吗」) that only names a number or a step (「我能帮她看看号码的余额吗」) asks whether,
# not how: it is a "how" question only with a word that asks how. Over 99 sets: 3 questions up, 1 down.
_HOW_WORDS = ("怎么", "如何", "怎样", "how", "как")
_YES_NO = re.compile(r"吗[?？]?\s*$")
# 「输错 10 次会怎么样」 asks what happens, not how to do something
_WHAT_HAPPENS = re.compile(r"(?:会|會)(?:怎么|怎麼|怎)样|(?:怎么|怎麼|怎)样[?？]?$")
# Words that ask for a number: a fragment that shows a code answers them.
NUMBER_WORDS = frozenset({"号码", "代码", "号", "短号", "短码", "指令", "ussd", "code", "number", "номер", "код"})
NUMBER_CUES = ("拨什么", "什么号", "号码", "代码", "拨打", "多少号", "哪个号", "几号", "short code", "ussd", "code")
# Questions that ask for a kind of value, and the words of theirs that name it: a fragment
# showing such a value answers the word (「多久」 by 「1 到 8 天」, 「带什么证件」 by 「护照原件」).
VALUE_CUES = {
    "duration": re.compile(r"多久|多长时间|多少天|几天|多少小时|几个小时|多快|how long|сколько времени"),
    "price": re.compile(r"多少钱|要钱|收费|收钱|费用|价格|价钱|多贵|贵不贵|免费|费\w{0,2}多少|how much|cost|сколько стоит|стоимость"),
    "documents": re.compile(r"带什么|带哪些|证件|材料|准备什么|documents|документ"),
}
VALUE_WORDS = {
    "duration": frozenset({"多久", "多长时间", "多少天", "几天", "多少小时", "多快", "long", "времени"}),
    "price": frozenset({"钱", "要钱", "收费", "收钱", "费用", "价格", "价钱", "多贵", "免费", "cost", "стоит", "стоимость"}),
    "documents": frozenset({"带什么", "要带什么", "带哪些", "证件", "材料", "准备什么", "需要准备什么", "documents", "документы"}),
}


@dataclass(frozen=True)
class Group:
    """One content word of the query and the terms that may stand for it."""

    word: str                  # as analysed (normalized)
    kind: str                  # "cjk", "word", "code", "url"
    terms: tuple[str, ...]     # the word first, then synonyms; for a word the index lacks, its fallbacks
    weight: float              # informativeness (idf); 0 for words the index does not know
    known: bool                # some term of the group occurs in the index


@dataclass(frozen=True)
class Plan:
    """What the ranker needs to know about a query."""

    text: str                  # the input, cut to MAX_QUERY_CHARS
    normalized: str            # the text normalized (and corrected, when it was)
    groups: tuple[Group, ...]
    question: bool             # question-shaped: favour Q&A
    howto: bool                # asks how / which number: favour steps
    number: bool               # asks for a number or code: favour fragments with codes
    corrected: str | None      # did-you-mean text, when pinyin corrected a word
    asks: frozenset[str] = frozenset()   # kinds of value asked for (VALUE_CUES)

    @property
    def informative(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.known)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(g.word for g in self.groups if g.kind in ("code", "url"))


class Vocabulary:
    """What the plan asks of the index: document frequencies and homophone lookups."""

    doc_count: int = 0

    def df(self, term: str) -> int:  # pragma: no cover - interface
        raise NotImplementedError

    def idf(self, term: str) -> float:  # pragma: no cover - interface
        raise NotImplementedError

    def homophone(self, text: str) -> str | None:  # pragma: no cover - interface
        raise NotImplementedError

    def completions(self, prefix: str, limit: int) -> tuple[str, ...]:  # pragma: no cover - interface
        """The index's words that start with `prefix`, most frequent first."""
        raise NotImplementedError


_STEMMERS = (stemmer_for_language("en"), stemmer_for_language("ru"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Fold an English or Russian inflection (аэропорту → аэропорт, settings → set).

    Used only to look words up in the synonym groups: the index keeps words as written.
    """
    if word.isascii():
        return _STEMMERS[0](word) if word.isalpha() else word
    if all("\u0400" <= c <= "\u04ff" for c in word):
        return _STEMMERS[1](word)
    return word


_ENDINGS = frozenset({"", "s", "es", "e", "ed", "d", "ing", "ings", "y", "ies", "ied"})


def inflections(a: str, b: str) -> bool:
    """Whether two words of one stem are forms of one word (charge, charged; top, topping).

    The stemmer also strips derivations, and those change the word: terminal and termination,
    general and generic share a stem.  Russian stems are its inflections and pass.

    >>> inflections("cancel", "cancelled"), inflections("terminal", "termination")
    (True, False)
    """
    if not (a.isascii() and b.isascii()):
        return True
    base = os.path.commonprefix([a, b])
    return all(rest in _ENDINGS or (rest[:1] == base[-1:] and rest[1:] in _ENDINGS)
               for rest in (a[len(base):], b[len(base):]))


class Synonyms:
    """Synonym groups indexed for lookup by word, by stem, and by multi-word phrase."""

    def __init__(self, groups: Sequence[tuple[str, ...]] = ()):
        self.groups = [tuple(g) for g in groups]
        self._by_key: dict[str, list[int]] = {}        # word or stem -> group numbers
        self._phrase_groups: dict[str, list[int]] = {}  # multi-word member -> group numbers
        for number, group in enumerate(self.groups):
            for member in group:
                # (a hyphenated member, 「top-up」「wi-fi」, is only the phrase of its words: the reader's 「top-up」 is
                # split into 「top」 and 「up」 as the index's text is, `in_text`, so no word is ever 「top-up」; a
                # group naming both 「top up」 and 「top-up」 lists the phrase once)
                phrase = _HYPHEN.sub(" ", member)
                if " " in phrase:
                    if number not in (numbers := self._phrase_groups.setdefault(phrase, [])):
                        numbers.append(number)
                    continue
                for key in {member, stem(member)}:
                    self._by_key.setdefault(key, []).append(number)
        # one pattern for every phrase, longest first; lookahead so overlapping phrases all match
        alternatives = "|".join(re.escape(m) for m in sorted(self._phrase_groups, key=len, reverse=True))
        self._phrase_pattern = re.compile(rf"(?<![a-z])(?=({alternatives})(?![a-z]))") if alternatives else None

    def __contains__(self, word: str) -> bool:
        return word in self._by_key

    def of(self, word: str) -> tuple[str, ...]:
        """The other members of every group holding `word` (or an inflection of it)."""
        by_stem = [n for n in self._by_key.get(stem(word), [])
                   if any(stem(word) in (m, stem(m)) and inflections(m, word) for m in self.groups[n])]
        numbers = dict.fromkeys(self._by_key.get(word, []) + by_stem)
        out: list[str] = []
        for number in numbers:
            out.extend(m for m in self.groups[number] if m != word and m not in out
                       and (" " in m or stem(m) != stem(word)))
        return tuple(out)

    def in_text(self, normalized: str) -> list[tuple[str, tuple[str, ...]]]:
        """Multi-word members (top up, sim card) found in the text, with their group; a hyphen between two words is
        a space (「top-up」 is 「top up」). The hyphenated member stays one of the phrase's alternatives: the ranker
        reads a fragment's text as written (`rank.found_in`), where 「top-up」 is no 「top up」.

        >>> Synonyms([("充值", "top up", "top-up"), ("wifi", "wi-fi")]).in_text("top-up 和 wi-fi")
        [('top up', ('充值', 'top-up')), ('wi fi', ('wifi', 'wi-fi'))]
        """
        normalized = _HYPHEN.sub(" ", normalized)
        if self._phrase_pattern is None or " " not in normalized:
            return []
        found, seen = [], set()
        for match in self._phrase_pattern.finditer(normalized):
            member = match.group(1)
            for number in self._phrase_groups[member]:
                if number not in seen:
                    seen.add(number)
                    found.append((member, tuple(m for m in self.groups[number] if m != member)))
        return found


Word = tuple[str, str, int, int]      # (kind, word, start, end) from analysis.split_words


def _correct(text: str, words: list[Word], vocab: Vocabulary, known: Container[str] = ()) -> tuple[list[Word], str | None]:
    """Replace runs of CJK words the index does not know by a known homophone (冲值 → 充值).

    A typo like 冲值 is no dictionary word, so the segmenter leaves it as single characters
    (冲/值): a window of 2–4 adjacent single characters that the index does not know as a
    word is a candidate, and the longest with a homophone in the index wins.  A pinyin input
    method also types whole words that are words, just not this one (首富 for 首付, 紀錄 for
    记录): a word the index lacks, that shares a character in place with its homophone, is a
    candidate too — unless it is an everyday word of questions (一直) or one the synonym list
    knows.  The engine keeps the correction only if it answers more of the question.  Returns
    the words and the corrected text.
    """
    out: list[Word] = []
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        kind, word, start, end = words[i]
        if kind == "cjk" and 2 <= len(word) <= 4 and word not in STOPWORDS and word not in known \
                and not vocab.df(word):
            fix = vocab.homophone(word)
            if fix and fix != word and any(a == b for a, b in zip(word, fix)):
                out.append(("cjk", fix, start, end))
                spans.append((start, end, fix))
                i += 1
                continue
        best = None
        window = ""
        for j in range(i, min(len(words), i + 4)):
            kind, word, _, _ = words[j]
            if kind != "cjk" or len(word) != 1 or len(window) == 4 or word in PARTICLES:
                break
            window += word
            if len(window) >= 2 and vocab.df(window) == 0:
                fix = vocab.homophone(window)
                if fix:
                    best = (j, fix)
        if best:
            j, fix = best
            start, end = words[i][2], words[j][3]
            out.append(("cjk", fix, start, end))
            spans.append((start, end, fix))
            i = j + 1
            continue
        joined = _joined_with_previous(out[-1], words[i], vocab) \
            if out and (not spans or spans[-1][1] != out[-1][3]) else None
        if joined:
            out[-1:] = joined
            spans.append((joined[-1][2], joined[-1][3], joined[-1][1]))
        else:
            out.append(words[i])
        i += 1
    if not spans:
        return words, None
    corrected = text
    for start, end, fix in reversed(spans):
        corrected = corrected[:start] + fix + corrected[end:]
    return out, corrected


def _joined_with_previous(previous: Word, lone: Word, vocab: Vocabulary) -> list[Word] | None:
    """A lone character the index lacks may end a misspelt word whose first characters the
    segmenter took into the word before (的话废 = 的 + 话费, 服务废 = 服务费, 新手机浩 = 新 + 手机号): the
    previous word with it, or that word's last two or last character with it, may sound like a word of the
    index."""
    kind, word, start, end = previous
    char = lone[1]
    if kind != "cjk" or lone[0] != "cjk" or len(char) != 1 or end != lone[2] or len(word) < 2 \
            or char in PARTICLES or vocab.df(char):
        return None
    for keep in dict.fromkeys((0, max(len(word) - 2, 0), len(word) - 1)):  # the whole word, or its last two or one
        fix = vocab.homophone(word[keep:] + char)
        if fix:
            head = [("cjk", word[:keep], start, start + keep)] if keep else []
            return head + [("cjk", fix, start + keep, lone[3])]
    return None


_HYPHEN = re.compile(r"(?<=[a-z0-9])-(?=[a-z])")       # 「top-up」「wi-fi」「e-sim」: one word of the reader's
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")      # 要不要 能不能 有没有: the shape of a question


def _drop_a_not_a(normalized: str, words: list[Word]) -> tuple[list[Word], bool]:
    """Drop the words of an A-not-A question (要不要, 能不能), however the segmenter cut it."""
    spans = [m.span() for m in _A_NOT_A.finditer(normalized)]
    if not spans:
        return words, False
    kept = [w for w in words if not any(a <= w[2] and w[3] <= b for a, b in spans)]
    return kept, True


def _join_synonyms(words: list[Word], synonyms: "Synonyms") -> list[Word]:
    """Join adjacent CJK words that together spell a synonym member (加/钱 → 加钱 = 充值).

    The segmenter knows the corpus's words, not the reader's colloquial ones; a synonym
    list names them, so its members are whole words of the question whatever the cut.
    """
    out: list[Word] = []
    i = 0
    while i < len(words):
        joined = None
        for j in range(min(len(words), i + 4) - 1, i, -1):
            run = words[i:j + 1]
            if all(w[0] == "cjk" for w in run) and all(a[3] == b[2] for a, b in zip(run, run[1:])):
                text = "".join(w[1] for w in run)
                if text in synonyms:
                    joined = (j, ("cjk", text, run[0][2], run[-1][3]))
                    break
        if joined:
            i = joined[0] + 1
            out.append(joined[1])
        else:
            out.append(words[i])
            i += 1
    return out


def make_plan(text: str, vocab: Vocabulary, synonyms: Synonyms | Sequence[tuple[str, ...]] = (),
              correct: bool = True, glossary: Callable[[], Glossary] | None = None) -> Plan:
    """Analyse the reader's text into a plan; `correct=False` skips the pinyin fallback.

    `glossary()` gives the English → Chinese table (indexer.glossary), read only when an
    English word has no synonyms."""
    text = text[:MAX_QUERY_CHARS]
    normalized = normalize(text)
    words = list(split_words(normalized))
    corrected = None
    if not isinstance(synonyms, Synonyms):
        synonyms = Synonyms(synonyms)
    if correct:
        words, corrected = _correct(text, words, vocab, synonyms)
    groups: dict[str, Group] = {}
    words, a_not_a = _drop_a_not_a(normalized, words)
    words = _join_synonyms(words, synonyms)
    for member, alternatives in synonyms.in_text(normalized):
        groups[member] = _group(member, "word", alternatives, vocab)
    phrase_words = {w for member in groups for w in member.split()}
    commands = {m.group().casefold() for m in _COMMAND_WORD.finditer(unicodedata.normalize("NFKC", text))}
    for kind, word, _, _ in words:
        if kind == "word":
            word = possessor(word)          # 「driver's」: the index has 「driver」 wherever it has 「driver's」
        if word in groups or word in phrase_words \
                or (kind in ("cjk", "word") and word in STOPWORDS and word not in commands) \
                or (kind == "cjk" and _DETERMINER.fullmatch(word)):
            continue
        if word in commands or (kind == "word" and word.isdigit() and len(word) >= LONG_NUMBER):
            kind = "code"
        groups[word] = _group(word, kind, _alternatives(word, synonyms, glossary, vocab), vocab)
    ranked = sorted(groups.values(), key=lambda g: -g.weight)[:MAX_GROUPS]
    order = {w: i for i, w in enumerate(groups)}
    kept = tuple(sorted(ranked, key=lambda g: order[g.word]))
    question = a_not_a or any(c in normalized for c in QUESTION_CUES) or normalized.rstrip().endswith("?")
    howto = any(c in _WHAT_HAPPENS.sub("", normalized) for c in HOWTO_CUES) \
        and not (_YES_NO.search(normalized) and not any(c in normalized for c in _HOW_WORDS))
    number = any(c in normalized for c in NUMBER_CUES)
    if corrected and len(corrected) == len(text):   # a homophone has as many syllables, hence characters
        normalized = normalize(corrected)
    asks = frozenset(kind for kind, cue in VALUE_CUES.items() if cue.search(normalized))
    return Plan(text, normalized, kept, question, howto, number, corrected, asks)


def _alternatives(word: str, synonyms: Synonyms, glossary: Callable[[], Glossary] | None,
                  vocab: Vocabulary) -> tuple[str, ...]:
    """The terms that may stand for a word: its synonyms, else (or when the index has none of them)
    the glossary's translations."""
    listed = synonyms.of(word)
    if listed and any(vocab.df(t) for t in (word,) + listed):
        return listed
    return listed + _translations(word, glossary, vocab)


TRANSLATIONS = 3            # the glossary's Chinese words an English word may stand for
TRANSLATION_SHARE = 0.1     # … each found in no more than this share of the fragments


def _translations(word: str, glossary: Callable[[], Glossary] | None, vocab: Vocabulary) -> tuple[str, ...]:
    """The knowledge base's words for an English word the synonym list lacks (indexer.glossary).

    A general dictionary lists every sense of a word; the knowledge base's own words pick the
    ones that can matter here, first senses first.  A word found in a tenth of the fragments
    (哈萨克斯坦 in a Kazakhstan help centre) is left out: it would add to how much of the
    question seems answered without telling what is asked.
    """
    if glossary is None or not word.isascii() or not word.isalpha():
        return ()
    limit = TRANSLATION_SHARE * vocab.doc_count
    return tuple([h for h in glossary().of(word, stem(word)) if 0 < vocab.df(h) <= limit][:TRANSLATIONS])


COMPLETIONS = 8     # index words tried for a lone character the index lacks
_VERB_SUFFIXES = frozenset("给了过着到完来")
_LOCATIVES = frozenset("里")
STEM_CHARS = 4      # a shorter stem (set, top) is no word's own
INFLECTIONS = 2


def _fallbacks(word: str, kind: str, vocab: Vocabulary) -> tuple[str, ...]:
    """Index words that may stand for a word the index lacks.

    Readers write the short or the long form of what the article says: 负 for 负数, 欠 for
    欠款 (a lone character: the index's words that start with it), 很久没 for 很久 (a longer
    word: its dictionary sub-words); another inflection (квартиру), a code with other digits,
    or a Hangul, kana or Thai run cut otherwise than the page's (its bigrams).  Coverage is matched on text, so these only decide
    which fragments are retrieved and how much the word weighs.
    """
    if kind == "code" and not vocab.df(word):
        # a code with other digits than the article's (*616*500# for *616*金额#): its service number
        service = parts_of(kind, word)[:1]
        return service if service and vocab.df(service[0]) else ()
    if vocab.df(word):
        return ()
    if kind == "word" and (pairs := bigrams(word)):
        # a Hangul word with its particle (카카오페이로 for the page's 카카오페이), a Thai or kana run
        # cut otherwise than the page's: the character bigrams the index holds beside the page's words
        return tuple(p for p in pairs if vocab.df(p))
    if kind == "word":
        # another inflection of the article's word (квартиру for квартира, Караганде for Караганда)
        root = stem(word)
        if len(root) < STEM_CHARS:
            return ()
        own = (root,) if root.isascii() and vocab.df(root) else ()    # downloads → download (a Russian root: −0.2 more)
        return (own + tuple(t for t in vocab.completions(root, COMPLETIONS) if stem(t) == root))[:INFLECTIONS]
    if kind != "cjk":
        return ()
    if len(word) == 1:
        return vocab.completions(word, COMPLETIONS)
    if len(word) == 2 and word[1] in _VERB_SUFFIXES:
        # a verb glued to its particle (捐给, 交了) or to 来 (发来, 拿来): the verb, as a lone character is read
        return vocab.completions(word[0], COMPLETIONS)
    if len(word) == 2 and word[1] in _LOCATIVES and vocab.df(word[0]):
        # a noun glued to the place word after it (卡里 of 「卡里的钱」, 店里, 车里): the noun
        return (word[0],)
    return tuple(p for p in parts_of(kind, word) if vocab.df(p))


def _group(word: str, kind: str, alternatives: tuple[str, ...], vocab: Vocabulary) -> Group:
    terms = tuple(dict.fromkeys((word,) + alternatives))
    if not any(vocab.df(t) for t in terms):
        # the index lacks the word: its fallbacks stand for it, the lone character itself
        # would match inside any word (办 in 怎么办)
        terms = _fallbacks(word, kind, vocab) or terms
    known_terms = [t for t in terms if vocab.df(t) > 0]
    # a group is as common as its most common member (пополнить weighs what 充值 weighs)
    weight = vocab.idf(word) if vocab.df(word) else min((vocab.idf(t) for t in known_terms), default=0.0)
    if kind in ("code", "url") and known_terms:     # what the reader copied verbatim tells most
        weight *= 2.0
    return Group(word, kind, terms, weight, bool(known_terms))
