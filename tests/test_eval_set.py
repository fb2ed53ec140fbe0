"""The evaluation set itself (bench/eval/): big enough, balanced, and pointing at real content."""
from collections import Counter
from pathlib import Path

import pytest

from bench.eval.dataset import ARTICLES, CATEGORIES, NO_ANSWER, assemble_corpus, load_questions
from indexer.fragment import fragment_article
from indexer.load import load_corpus
from indexer.parse import parse_article

QUESTIONS = load_questions()
ANSWERABLE = [q for q in QUESTIONS if q.answerable]
EVAL = Path(__file__).resolve().parents[1] / "bench" / "eval"
HOLDOUT = load_questions(EVAL / "holdout.toml")
HOLDOUT2 = load_questions(EVAL / "holdout2" / "questions.toml")
HOLDOUT2_ARTICLES = EVAL / "holdout2" / "articles"
HOLDOUT3 = load_questions(EVAL / "holdout3" / "questions.toml")
HOLDOUT3_ARTICLES = EVAL / "holdout3" / "articles"
HOLDOUT4 = load_questions(EVAL / "holdout4" / "questions.toml")
HOLDOUT4_ARTICLES = EVAL / "holdout4" / "articles"


def _fragments(corpus: Path) -> list:
    sources, problems = load_corpus(corpus)
    assert problems == []
    return [f for source in sources for f in fragment_article(parse_article(source))]


@pytest.fixture(scope="module")
def fragments(tmp_path_factory) -> list:
    return _fragments(assemble_corpus(tmp_path_factory.mktemp("eval") / "corpus"))


@pytest.fixture(scope="module")
def fragments_with_holdout2(tmp_path_factory) -> list:
    return _fragments(assemble_corpus(tmp_path_factory.mktemp("eval2") / "corpus", extra=HOLDOUT2_ARTICLES))


@pytest.fixture(scope="module")
def fragments_with_holdout3(tmp_path_factory) -> list:
    return _fragments(assemble_corpus(tmp_path_factory.mktemp("eval3") / "corpus", extra=HOLDOUT3_ARTICLES))


@pytest.fixture(scope="module")
def fragments_with_holdout4(tmp_path_factory) -> list:
    return _fragments(assemble_corpus(tmp_path_factory.mktemp("eval4") / "corpus", extra=HOLDOUT4_ARTICLES))


def test_at_least_100_questions():
    assert len(QUESTIONS) >= 100


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_has_ten_questions(category):
    assert Counter(q.category for q in QUESTIONS)[category] >= 10


def test_questions_are_unique():
    assert [q for q, n in Counter(q.q for q in QUESTIONS).items() if n > 1] == []


def test_only_no_answer_questions_lack_relevant_items():
    assert {q.category for q in QUESTIONS if not q.answerable} == {NO_ANSWER}


def test_test_articles_are_outside_the_real_corpus():
    names = {p.name for p in ARTICLES.iterdir()}
    assert {".html", ".md"} <= {Path(n).suffix for n in names}
    assert names.isdisjoint(p.name for p in (ARTICLES.parents[2] / "corpus").iterdir())


@pytest.mark.parametrize("question", ANSWERABLE + [q for q in HOLDOUT if q.answerable],
                         ids=lambda q: f"{q.category}-{q.q}")
def test_relevant_items_occur_in_exactly_one_article(question, fragments):
    for item in question.relevant:
        articles = {f.article_id for f in fragments if item.matches(f.title, f.text, f.article_id)}
        assert (item.text, len(articles)) == (item.text, 1)


def test_every_test_article_has_questions(fragments):
    answered = {f.article_id for q in ANSWERABLE for item in q.relevant for f in fragments
                if item.grade == 2 and item.matches(f.title, f.text, f.article_id)}
    assert answered == {f.article_id for f in fragments}


def test_the_held_out_set_asks_other_questions():
    assert {q.q for q in HOLDOUT}.isdisjoint(q.q for q in QUESTIONS)
    assert {q.category for q in HOLDOUT} == set(CATEGORIES)


@pytest.mark.parametrize("question", [q for q in HOLDOUT2 if q.answerable], ids=lambda q: f"{q.category}-{q.q}")
def test_held_out_set_2_items_occur_in_exactly_one_article(question, fragments_with_holdout2):
    for item in question.relevant:
        articles = {f.article_id for f in fragments_with_holdout2 if item.matches(f.title, f.text, f.article_id)}
        assert (item.text, len(articles)) == (item.text, 1)


def test_held_out_set_2_is_its_own():
    assert {q.q for q in HOLDOUT2}.isdisjoint(q.q for q in QUESTIONS + HOLDOUT)
    assert {q.category for q in HOLDOUT2} == set(CATEGORIES)
    assert {p.name for p in HOLDOUT2_ARTICLES.iterdir()}.isdisjoint(p.name for p in ARTICLES.iterdir())


@pytest.mark.parametrize("question", [q for q in HOLDOUT3 if q.answerable], ids=lambda q: f"{q.category}-{q.q}")
def test_held_out_set_3_items_occur_in_exactly_one_article(question, fragments_with_holdout3):
    for item in question.relevant:
        articles = {f.article_id for f in fragments_with_holdout3 if item.matches(f.title, f.text, f.article_id)}
        assert (item.text, len(articles)) == (item.text, 1)


def test_held_out_set_3_is_its_own():
    assert {q.q for q in HOLDOUT3}.isdisjoint(q.q for q in QUESTIONS + HOLDOUT + HOLDOUT2)
    assert {q.category for q in HOLDOUT3} == set(CATEGORIES)
    assert {p.name for p in HOLDOUT3_ARTICLES.iterdir()}.isdisjoint(
        p.name for p in [*ARTICLES.iterdir(), *HOLDOUT2_ARTICLES.iterdir()])


@pytest.mark.parametrize("question", [q for q in HOLDOUT4 if q.answerable], ids=lambda q: f"{q.category}-{q.q}")
def test_held_out_set_4_items_occur_in_exactly_one_article(question, fragments_with_holdout4):
    for item in question.relevant:
        articles = {f.article_id for f in fragments_with_holdout4 if item.matches(f.title, f.text, f.article_id)}
        assert (item.text, len(articles)) == (item.text, 1)


def test_held_out_set_4_is_its_own_and_its_plain_text_article_is_evaluated(fragments_with_holdout4):
    assert {q.q for q in HOLDOUT4}.isdisjoint(q.q for q in QUESTIONS + HOLDOUT + HOLDOUT2 + HOLDOUT3)
    assert {q.category for q in HOLDOUT4} == set(CATEGORIES)
    assert "international-calls-sms-to-china" in {f.article_id for f in fragments_with_holdout4}   # a .txt file
