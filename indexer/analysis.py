"""Chinese text analysis shared by indexing and querying.

Whoosh pickles the analyzer into the index, so everything the serving process needs to
tokenize exactly like the indexer did lives here: the shipped domain dictionary is applied
on import, and the corpus-owned words travel inside the pickled analyzer (`__setstate__`
re-applies them), so a server can never segment 远游卡 differently from the index.

Pipeline for one string:

    normalize (NFKC, casefold, Traditional → Simplified; offsets kept)
      → split into runs: codes (*111*, *#06#), URLs/domains, words (Latin, Cyrillic and every
        other script's letters: Hangul, kana, Thai, Arabic, Devanagari…), CJK
      → CJK runs segmented by rjieba (precise mode: one position per word)
      → SubwordFilter adds search-mode sub-words at the same position (远游卡 → 远游),
        the parts of codes and domains (www.kcell.kz → kcell, *111* → 111), and the character
        bigrams of Hangul, kana and Thai/Lao/Khmer/Myanmar words (카카오페이로 → 카카, 카오, …)

Positions are consecutive word positions (phrase queries work); character offsets point
into the original text (normalization is kept length-preserving per character).
"""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import opencc
import rjieba
from whoosh.analysis import Filter, Token, Tokenizer
from whoosh.fields import TEXT
from whoosh.system import pack_uint

DICTIONARY_FILE = "dictionary.txt"     # in corpus/_kb/ (editors) and indexer/data/ (shipped)
SYNONYMS_FILE = "synonyms.txt"         # in corpus/_kb/, read at query time
KB_DIR = "_kb"

_T2S = opencc.OpenCC("t2s")

# rjieba's segmenter is process-wide state; `add_word` while another thread cuts raises
# "Already borrowed", so every use goes through this lock (rjieba holds the GIL anyway).
_JIEBA = rjieba.Jieba()
_JIEBA_LOCK = threading.Lock()

def _letters(*ranges: str) -> str:
    """A character class body holding the letters, combining marks and digits of `ranges`
    ("\u0900-\u0dff"): a script's punctuation (।, ؟, ๆ's neighbours ฯ ๏) ends a word as a space does."""
    out = []
    for span in ranges:
        first, _, last = span.partition("-")
        run = None
        for code in range(ord(first), ord(last or first) + 1):
            keep = unicodedata.category(chr(code))[0] in "LMN"
            if keep and run is None:
                run = code
            if not keep and run is not None:
                out.append((run, code - 1))
                run = None
        if run is not None:
            out.append((run, ord(last or first)))
    return "".join(f"{chr(a)}-{chr(b)}" if b > a else chr(a) for a, b in out)


# Scripts spaces separate, other than Latin/Cyrillic/Armenian/Georgian: a run of letters with their
# combining marks (and a zero-width joiner inside it, as Persian and Bengali write) is a word.
_ALPHABETS = _letters("\u0370-\u03ff", "\u1f00-\u1fff",                  # Greek
                      "\u0590-\u05ff",                                   # Hebrew
                      "\u0600-\u06ff", "\u0750-\u077f", "\u08a0-\u08ff",  # Arabic, Persian, Urdu
                      "\u0900-\u0dff",                                   # Devanagari … Sinhala
                      "\u1200-\u139f")                                   # Ethiopic
# Hangul: words too (spaces separate them), but a particle is glued on (카카오페이로 = 카카오페이 + 로).
_HANGUL = _letters("\u1100-\u11ff", "\u3130-\u318f", "\ua960-\ua97f", "\uac00-\ud7af", "\ud7b0-\ud7ff")
# Kana: katakana runs are mostly loanwords (チャージ, ポイント); hiragana of two or more (らじる) is kept too.
_KATAKANA = _letters("\u30a1-\u30fa", "\u30fc-\u30ff", "\u31f0-\u31ff")
_HIRAGANA = _letters("\u3041-\u309f")
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer): a run is a "word" whose
# character bigrams are indexed beside it, and a query's run the index lacks stands for its bigrams.
_UNSPACED = _letters("\u0e00-\u0e7f", "\u0e80-\u0eff", "\u1000-\u109f", "\uaa60-\uaa7f",
                     "\u1780-\u17ff", "\u19e0-\u19ff")
_BIGRAMMED = re.compile(f"[{_HANGUL}{_KATAKANA}{_HIRAGANA}{_UNSPACED}]")

# Runs of the normalized text, in priority order.  Codes keep their * and #; a domain or
# URL is one token; Latin, digits, Cyrillic, Armenian and Georgian letters form words (a Georgian
# operator's page names its menus 「როუმინგი」, and a reader types them), and so do the letters of
# every other script (one kind, "word": the answer gate treats them as it treats Latin words);
# CJK goes to the segmenter.
_RUN = re.compile(
    r"""
    (?P<code>[*#][0-9*#]*[0-9][0-9*#]*)                                   # *111*  *#06#  *100#
  | (?P<url>(?:https?://)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?
            (?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?:/[^\s\u3000-\u9fff]*)?)   # www.kcell.kz
  | (?P<word>[0-9a-z\u00c0-\u024f\u0400-\u04ff\u0561-\u0587\u10d0-\u10ff]+(?:['’][a-z]+)?   # kcell 4g esim пополнить როუმინგი
           | [ALPHABETS]+(?:[\u200c\u200d][ALPHABETS]+)*                 # δεδομένα  שלום  موبائل  रिचार्ज
           | [HANGUL]+ | [KATAKANA]+ | [HIRAGANA]{2,} | [UNSPACED]+)         # 알뜰폰  チャージ  らじる  เติมเงิน
  | (?P<cjk>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)
    """.replace("ALPHABETS", _ALPHABETS).replace("HANGUL", _HANGUL).replace("KATAKANA", _KATAKANA)
       .replace("HIRAGANA", _HIRAGANA).replace("UNSPACED", _UNSPACED),
    re.VERBOSE,
)
_PART = re.compile(r"[0-9a-z\u00c0-\u024f\u0400-\u04ff\u0561-\u0587\u10d0-\u10ff]+")
_CLUSTER = re.compile(r"[^\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]|.(?:[\u1039\u17d2].)?[MARKS]*".replace(
    "MARKS", "".join(c for c in map(chr, range(0x0e00, 0x1800)) if unicodedata.category(c).startswith("M")
                     and c not in "\u1039\u17d2")), re.S)


# -- normalization -------------------------------------------------------------------------

def _fold_char(ch: str) -> str:
    """NFKC + casefold of one character, kept to exactly one character."""
    folded = unicodedata.normalize("NFKC", ch).casefold()
    return folded if len(folded) == 1 else ch.casefold()[:1] or ch


class _FoldTable(dict):
    """`str.translate` table folding each character (`_fold_char`), filled as characters are met:
    the per-character loop runs in C (normalizing every candidate fragment is on a query's path)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def normalize(text: str) -> str:
    """Return `text` folded for matching, with the same length as `text`.

    Full-width letters and digits become ASCII, case is folded, Traditional becomes
    Simplified.  Keeping one character per character lets token offsets point into the
    text as the reader sees it (for highlighting).

    >>> normalize("遠遊卡ＫＣＥＬＬ１２３")
    '远游卡kcell123'
    """
    folded = text.translate(_FOLD)
    simplified = _T2S.convert(folded)
    if len(simplified) == len(folded):
        return simplified
    # a phrase rule changed the length: convert character by character instead
    return "".join(c if len(s := _T2S.convert(c)) != 1 else s for c in folded)


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    """OpenCC's Simplified → Traditional converter, loaded on first use: only the parser asks for it
    (`writes_traditional`), and its dictionaries would cost every search server 27 MB it never uses."""
    return opencc.OpenCC("s2t")


def writes_traditional(text: str) -> bool:
    """Whether `text` is written in Traditional characters: more of its characters are Traditional-only
    than Simplified-only. The parser words what it adds to a page (a reply's 「（回覆）」) in the page's script;
    a Simplified sentence naming 「臺灣」 stays Simplified.

    >>> writes_traditional("孵蛋器溫度超標卻沒收到簡訊警報？"), writes_traditional("在臺灣怎么充值话费")
    (True, False)
    """
    traditional = sum(a != b for a, b in zip(text, _T2S.convert(text)))
    simplified = sum(a != b for a, b in zip(text, _s2t().convert(text)))
    return traditional > simplified


# -- dictionaries -------------------------------------------------------------------------

def read_words(path: Path | None = None, text: str | None = None) -> list[str]:
    """Read a user dictionary: one word per line (jieba format; extra columns ignored)."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8")
    words = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(normalize(line.split()[0]))
    return words


def shipped_words() -> list[str]:
    """Return the domain dictionary that ships with the project."""
    return read_words(text=resources.files("indexer.data").joinpath(DICTIONARY_FILE).read_text("utf-8"))


def corpus_words(corpus: Path) -> list[str]:
    """Return the corpus-owned dictionary (`corpus/_kb/dictionary.txt`), if any."""
    path = Path(corpus) / KB_DIR / DICTIONARY_FILE
    return read_words(path) if path.is_file() else []


_TAUGHT: set[str] = set()     # words given to the segmenter by this process (each once)


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter `words` (CJK words only: Latin words are split by regex).

    A word its general dictionary already holds is taught too: 门号, 过户 and the like are
    there with frequencies too low to survive a sentence (「我的门号」 → 门/号), and a domain
    word must come out whole.  `add_word` without a frequency suggests one that keeps the
    word whole and never lowers the one it has.
    """
    new = [w for w in words if w not in _TAUGHT and re.search(r"[\u3400-\u9fff]", w)]
    if not new:
        return
    with _JIEBA_LOCK:
        for word in new:
            _JIEBA.add_word(word, None, None)
            _TAUGHT.add(word)
    _subwords.cache_clear()


# -- segmentation -------------------------------------------------------------------------

def _segment(run: str) -> list[tuple[str, int, int]]:
    with _JIEBA_LOCK:
        return _JIEBA.tokenize(run, "default", False)


@lru_cache(maxsize=65536)
def _subwords(word: str) -> tuple[str, ...]:
    """Dictionary sub-words of a CJK word (search mode), without the word itself."""
    if len(word) < 3:
        return ()
    with _JIEBA_LOCK:
        parts = _JIEBA.cut_for_search(word, False)
    return tuple(dict.fromkeys(p for p in parts if p != word and len(p) > 1))


def shipped_synonym_words() -> list[str]:
    """The CJK members of the shipped synonym groups: words of the domain too (双卡, 简讯).

    Unless the segmenter knows them, 双卡 is indexed as 双/卡 and the group that names it has
    no posting to retrieve by.  (A knowledge base's own synonyms are read at query time and
    need no rebuild; words it wants indexed whole go in its dictionary.)
    """
    return [m for group in shipped_synonyms() for m in group if " " not in m and len(m) > 1]



def width(text: str) -> float:
    """How long `text` reads, in Chinese characters: a Latin or Cyrillic letter, a digit or a space
    half of one, as they are set. A step's title is measured so (「带护照和入境卡（миграционная карта）到营业厅」
    is 22 wide, not 31: counted by characters, its gloss was dropped, and 「再發 SERVER#meter.hongming.kz#9100#
    設定…」 cut to 「再發…」), and so is how long a reader's question is (search_app.rank).

    >>> width("带护照和入境卡"), width("APN#internet")
    (7, 6.0)
    """
    return sum(1 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def split_words(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Yield `(kind, word, start, end)` for the words of normalized `text`, in order.

    kind is "code", "url", "word" (digits and the letters of any script but CJK's) or "cjk".

    >>> [w for _, w, _, _ in split_words(normalize("Kcell：*111*，访问www.kcell.kz"))]
    ['kcell', '*111*', '访问', 'www.kcell.kz']
    >>> [w for _, w, _, _ in split_words(normalize("Geocell როუმინგი 流量"))]
    ['geocell', 'როუმინგი', '流量']
    >>> [w for _, w, _, _ in split_words(normalize("KT 키즈워치 요금제，メール持ち運び"))]
    ['kt', '키즈워치', '요금제', 'メール', '持', '运']
    """
    for match in _RUN.finditer(text):
        kind = match.lastgroup
        if kind == "cjk":
            base = match.start()
            for word, start, end in _segment(match.group()):
                yield "cjk", word, base + start, base + end
        else:
            yield kind, match.group(), match.start(), match.end()


def parts_of(kind: str, word: str) -> tuple[str, ...]:
    """Return the extra terms indexed at the same position as `word`."""
    if kind == "cjk":
        return _subwords(word)
    if kind == "code":
        return tuple(dict.fromkeys(re.findall(r"[0-9]+", word)))
    if kind == "url":
        return tuple(p for p in dict.fromkeys(_PART.findall(word)) if p not in {"www", "http", "https"})
    if (base := possessor(word)) != word:
        return (base,)
    return bigrams(word)


@lru_cache(maxsize=65536)
def bigrams(word: str) -> tuple[str, ...]:
    """The character bigrams of a word in a script whose words are not cut by spaces (Thai, Lao,
    Myanmar, Khmer, kana) or carry a particle glued on (Hangul): indexed beside the word, they let
    카카오페이로 meet 카카오페이 and a question's Thai run meet the page's.  A character is a letter
    with its combining marks (a Thai vowel sign, a Khmer subscript consonant stays on its letter).

    >>> bigrams("카카오페이로"), bigrams("ชาร์จ"), bigrams("로밍"), bigrams("aquos")
    (('카카', '카오', '오페', '페이', '이로'), ('ชา', 'าร์', 'ร์จ'), (), ())
    """
    if not _BIGRAMMED.match(word):
        return ()
    chars = _CLUSTER.findall(word)
    if len(chars) < 3:
        return ()
    return tuple(dict.fromkeys(a + b for a, b in zip(chars, chars[1:])))


def possessor(word: str) -> str:
    """An English possessive's noun (「driver's license」 is about a driver's licence, and a reader
    types 「driver license」 as often): the word itself otherwise.

    >>> possessor("driver's"), possessor("driver’s"), possessor("don't")
    ('driver', 'driver', "don't")
    """
    return word[:-2] if len(word) > 2 and word[-2] in "'’" and word[-1] == "s" else word


def words(text: str) -> list[str]:
    """Return the precise-mode words of `text` (normalized), as a query sees them."""
    return [w for _, w, _, _ in split_words(normalize(text))]


# -- Whoosh analyzer ----------------------------------------------------------------------

class ChineseTokenizer(Tokenizer):
    """Whoosh tokenizer: precise-mode words with consecutive positions and original offsets.

    Carries the corpus dictionary it was built with, so that the copy Whoosh unpickles in
    a serving process segments the same way.
    """

    def __init__(self, extra_words: Iterable[str] = ()):
        self.extra_words = tuple(sorted(set(extra_words)))
        add_words(self.extra_words)

    def __getstate__(self):
        return {"extra_words": self.extra_words}

    def __setstate__(self, state):
        self.extra_words = tuple(state.get("extra_words", ()))
        add_words(self.extra_words)

    def __eq__(self, other):
        return type(other) is type(self) and other.extra_words == self.extra_words

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = normalize(value)
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for pos, (kind, word, start, end) in enumerate(split_words(normalize(value))):
            t.text = word
            t.kind = kind
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[start:end]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class SubwordFilter(Filter):
    """Add search-mode sub-words (and code/domain parts, Hangul/kana/Thai bigrams) at the word's own position.

    So a query for 远游 finds 远游卡, and 111 or kcell find *111* and www.kcell.kz, while
    phrase positions stay those of the precise words.
    """

    def __eq__(self, other):
        return type(other) is type(self)

    def __call__(self, tokens):
        for t in tokens:
            yield t
            if t.mode == "query":
                continue
            text, boost = t.text, t.boost
            for part in parts_of(getattr(t, "kind", "word"), text):
                t.text = part
                t.boost = boost * 0.5
                yield t
            t.text, t.boost = text, boost


def ChineseAnalyzer(extra_words: Iterable[str] = ()):
    """Return the analyzer used for every text field of the index.

    >>> [t.text for t in ChineseAnalyzer()("遠遊卡充值：撥打*111*")]
    ['远游卡', '远游', '充值', '拨打', '*111*', '111']
    """
    return ChineseTokenizer(extra_words) | SubwordFilter()


class ChineseText(TEXT):
    """A TEXT field (frequencies, no positions) that counts its terms without Whoosh's tokens.

    Whoosh indexes a text through a generator of Token objects, three generator frames per
    term; counting the analyzer's words directly gives the same postings in a third of the
    time (the field indexing was most of the writer's work in a full build).  The analyzer
    stays on the field: it is what a serving process unpickles, with the corpus's words.
    """

    def index(self, value, **kwargs):
        if not isinstance(value, str) or self.format.__class__.__name__ != "Frequency":
            yield from super().index(value, **kwargs)
            return
        counts: dict[str, int] = {}
        weights: dict[str, float] = {}
        for kind, word, _, _ in split_words(normalize(value)):
            counts[word] = counts.get(word, 0) + 1
            weights[word] = weights.get(word, 0.0) + 1.0
            for part in parts_of(kind, word):       # as SubwordFilter: half a word's boost
                counts[part] = counts.get(part, 0) + 1
                weights[part] = weights.get(part, 0.0) + 0.5
        boost = self.format.field_boost
        for word, freq in counts.items():
            yield word.encode("utf-8"), freq, weights[word] * boost, pack_uint(freq)


# -- pinyin (homophone typos) --------------------------------------------------------------

os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")   # 79 MB instead of 143 MB; readings per char suffice


def pinyin_key(word: str) -> str:
    """Return the toneless pinyin of `word`, the key under which homophones meet.

    >>> pinyin_key("冲值") == pinyin_key("充值")
    True
    """
    from pypinyin import Style, lazy_pinyin   # imported on first use: keeps cold start fast

    return " ".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore"))


# -- synonyms -----------------------------------------------------------------------------

def shipped_synonyms() -> list[tuple[str, ...]]:
    """Return the general telecom synonyms that ship with the project."""
    return read_synonyms(text=resources.files("indexer.data").joinpath(SYNONYMS_FILE).read_text("utf-8"))


def read_synonyms(path: Path | None = None, text: str | None = None) -> list[tuple[str, ...]]:
    """Read synonym groups: one group a line, members separated by `=` (or `,`)."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8")
    groups = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        members = [normalize(m).strip() for m in re.split(r"[=,，]", line)]
        members = [m for m in members if m]
        if len(members) > 1:
            groups.append(tuple(dict.fromkeys(members)))
    return groups


# The shipped domain words, known before any text is cut (the corpus's own travel in the analyzer).
add_words(shipped_words() + shipped_synonym_words())
