"""The evaluation set and corpus: graded questions, relevance matching, corpus assembly."""
from __future__ import annotations

import shutil
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from indexer.load import FORMATS

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
QUESTIONS = HERE / "questions.toml"
ARTICLES = HERE / "articles"            # test-only articles, never in corpus/
KB_DIR = "_kb"                          # dictionary and synonym files of the analysis stage
ARTICLE_SUFFIXES = tuple(FORMATS)          # what the indexer reads (.txt too), never a list of our own

NO_ANSWER = "no_answer"
# category -> what it exercises (report order)
CATEGORIES = {
    "direct": "direct questions",
    "colloquial": "colloquial paraphrases sharing few words with the article",
    "typo": "homophone typos from pinyin input methods",
    "traditional": "Traditional-character questions and the Traditional article",
    "codes": "USSD codes, URLs and Latin product names",
    "foreign": "English and Russian words reached through synonyms",
    NO_ANSWER: "nothing in the knowledge base answers: results must be []",
}


def normalize(text: str) -> str:
    """Fold text for substring matching: NFKC, case-folded, without whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class Relevant:
    """One relevant item: a distinctive substring of a fragment's title + text."""

    text: str
    grade: int                  # 2 = the answer, 1 = related
    article: str | None = None  # article id (file stem) the fragment must belong to, if pinned

    def matches(self, title: str, text: str, article_id: str | None) -> bool:
        """Tell whether a result with this title, text and article is this item."""
        if self.article is not None and article_id != self.article:
            return False
        return normalize(self.text) in normalize(f"{title}\n{text}")


@dataclass(frozen=True)
class Question:
    category: str
    q: str
    relevant: tuple[Relevant, ...]   # empty for no-answer questions

    @property
    def answerable(self) -> bool:
        return bool(self.relevant)


def _items(raw: list, grade: int, where: str) -> list[Relevant]:
    items = []
    for entry in raw:
        if isinstance(entry, str):
            items.append(Relevant(entry, grade))
        elif isinstance(entry, dict) and set(entry) <= {"text", "article"} and "text" in entry:
            items.append(Relevant(entry["text"], grade, entry.get("article")))
        else:
            raise ValueError(f"{where}: a relevant item is a string or {{text, article}}, got {entry!r}")
    return items


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    """Read the evaluation set; fail loudly on unknown categories or malformed entries."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    questions: list[Question] = []
    for category, table in data.items():
        if category not in CATEGORIES:
            raise ValueError(f"{path.name}: unknown category [{category}]")
        for i, entry in enumerate(table["questions"]):
            where = f"{path.name} [{category}] #{i + 1}"
            if not isinstance(entry, dict) or not set(entry) <= {"q", "answer", "related"} or "q" not in entry:
                raise ValueError(f"{where}: expected {{q, answer, related}}, got {entry!r}")
            relevant = _items(entry.get("answer", []), 2, where) + _items(entry.get("related", []), 1, where)
            if (category == NO_ANSWER) == bool(relevant):
                raise ValueError(f"{where}: {entry['q']!r}: only [{NO_ANSWER}] questions go without an answer")
            if relevant and not any(r.grade == 2 for r in relevant):
                raise ValueError(f"{where}: {entry['q']!r} has related items but no answer")
            questions.append(Question(category, entry["q"], tuple(relevant)))
    return questions


def assemble_corpus(dest: Path, repo: Path = REPO, extra: Path | None = None) -> Path:
    """Copy the evaluation corpus into dest: corpus/ articles, the test articles and corpus/_kb/,
    and the articles of `extra` (a held-out set's own articles) if given."""
    dest.mkdir(parents=True, exist_ok=True)
    sources = [p for p in sorted((repo / "corpus").iterdir()) if p.suffix.lower() in ARTICLE_SUFFIXES]
    for folder in (ARTICLES, extra):
        if folder is not None:
            sources += [p for p in sorted(Path(folder).iterdir()) if p.suffix.lower() in ARTICLE_SUFFIXES]
    for path in sources:
        if (dest / path.name).exists():
            raise ValueError(f"{path.name}: an evaluation article shadows a corpus article")
        shutil.copy2(path, dest / path.name)
    kb = repo / "corpus" / KB_DIR
    if kb.is_dir():
        shutil.copytree(kb, dest / KB_DIR)
    return dest
