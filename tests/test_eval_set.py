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
# the held-out sets with articles of their own, in the order they were written
OWN_SETS = ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
            "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17",
            "holdout18", "holdout19", "holdout20", "holdout21",
            "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29",
            "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39",
            "holdout40", "holdout41", "holdout42", "holdout43",
            "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55",
            "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61",
            "holdout62", "holdout63", "holdout64", "holdout65",
            "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77",
            "holdout78", "holdout79", "holdout80",
            "holdout81", "holdout82", "holdout83", "holdout84",
            "holdout85", "holdout86", "holdout87", "holdout88",
            "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95", "holdout96",
            "holdout97", "holdout98", "holdout99", "holdout100",
            "holdout101", "holdout102", "holdout103", "holdout104",
            "holdout105", "holdout106", "holdout107", "holdout108",
            "holdout109", "holdout110", "holdout111", "holdout112",
            "holdout113", "holdout114", "holdout115", "holdout116",
            "holdout117", "holdout118", "holdout119", "holdout120",
            "holdout121", "holdout122", "holdout123", "holdout124",
            "holdout125", "holdout126", "holdout127", "holdout128", "holdout129", "holdout130", "holdout131",
            "holdout132", "holdout133", "holdout134", "holdout135", "holdout136", "holdout137", "holdout138", "holdout139", "holdout140", "holdout141", "holdout142", "holdout143", "holdout144",
            "holdout145", "holdout146", "holdout147", "holdout148", "holdout149", "holdout150", "holdout151",
            "holdout152",
            "holdout153", "holdout154", "holdout155", "holdout156", "holdout157", "holdout158", "holdout159",
            "holdout160",
            "holdout161", "holdout162", "holdout163", "holdout164", "holdout165", "holdout166", "holdout167",
            "holdout168", "holdout169", "holdout170", "holdout171", "holdout172", "holdout173", "holdout174",
            "holdout175",
            "holdout176", "holdout177", "holdout178", "holdout179", "holdout180", "holdout181", "holdout182",
            "holdout183",
            "holdout184", "holdout185", "holdout186", "holdout187", "holdout188", "holdout189", "holdout190",
            "holdout191",
            "holdout192", "holdout193", "holdout194", "holdout195", "holdout196", "holdout197", "holdout198", "holdout199",
            "holdout200", "holdout201", "holdout202", "holdout203", "holdout204", "holdout205", "holdout206",
            "holdout207", "holdout208", "holdout209", "holdout210", "holdout211", "holdout212", "holdout213",
            "holdout214", "holdout215", "holdout216", "holdout217", "holdout218",
            "holdout219", "holdout220", "holdout221", "holdout222", "holdout223", "holdout224", "holdout225",
            "holdout226", "holdout227", "holdout228", "holdout229", "holdout230", "holdout231", "holdout232",
            "holdout233", "holdout234", "holdout238", "holdout237", "holdout241", "holdout240", "holdout236",
            "holdout239", "holdout235", "holdout242", "holdout243", "holdout245", "holdout247", "holdout246",
            "holdout244", "holdout248", "holdout249", "holdout250", "holdout251", "holdout252", "holdout255",
            "holdout257", "holdout259", "holdout253", "holdout256", "holdout258", "holdout254", "holdout260",
            "holdout261", "holdout262", "holdout264", "holdout263", "holdout265", "holdout267", "holdout266",
            "holdout268", "holdout269", "holdout270", "holdout272", "holdout271", "holdout273", "holdout274",
            "holdout275", "holdout276", "holdout277", "holdout278", "holdout279", "holdout280", "holdout281",
            "holdout282", "holdout283", "holdout284", "holdout285", "holdout286", "holdout287", "holdout288",
            "holdout289", "holdout294", "holdout291", "holdout292", "holdout295", "holdout290", "holdout293",
            "holdout296", "holdout297", "holdout298", "holdout299", "holdout301", "holdout300", "holdout302",
            "holdout303", "holdout304", "holdout305", "holdout306", "holdout307", "holdout308", "holdout309")
OWN_QUESTIONS = {name: load_questions(EVAL / name / "questions.toml") for name in OWN_SETS}


def _fragments(corpus: Path) -> list:
    sources, problems = load_corpus(corpus)
    assert problems == []
    return [f for source in sources for f in fragment_article(parse_article(source))]


@pytest.fixture(scope="module")
def fragments(tmp_path_factory) -> list:
    return _fragments(assemble_corpus(tmp_path_factory.mktemp("eval") / "corpus"))


@pytest.fixture(scope="module")
def own_fragments(tmp_path_factory):
    """The evaluation corpus with one held-out set's own articles, by set name (built once each)."""
    built: dict[str, list] = {}

    def of(name: str) -> list:
        if name not in built:
            corpus = tmp_path_factory.mktemp(name) / "corpus"
            built[name] = _fragments(assemble_corpus(corpus, extra=EVAL / name / "articles"))
        return built[name]
    return of


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


@pytest.mark.parametrize(("name", "question"), [(name, q) for name in OWN_SETS for q in OWN_QUESTIONS[name]
                                                if q.answerable], ids=lambda v: v if isinstance(v, str) else v.q)
def test_held_out_items_occur_in_exactly_one_article(name, question, own_fragments):
    for item in question.relevant:
        articles = {f.article_id for f in own_fragments(name) if item.matches(f.title, f.text, f.article_id)}
        assert (item.text, len(articles)) == (item.text, 1)


@pytest.mark.parametrize("name", OWN_SETS)
def test_each_held_out_set_is_its_own(name, own_fragments):
    earlier = QUESTIONS + HOLDOUT + [q for other in OWN_SETS[:OWN_SETS.index(name)] for q in OWN_QUESTIONS[other]]
    assert {q.q for q in OWN_QUESTIONS[name]}.isdisjoint(q.q for q in earlier)
    assert {q.category for q in OWN_QUESTIONS[name]} == set(CATEGORIES)
    articles = {p.stem for p in (EVAL / name / "articles").iterdir()}
    others = {p.stem for folder in [ARTICLES, *(EVAL / o / "articles" for o in OWN_SETS if o != name)]
              for p in folder.iterdir()}
    assert articles.isdisjoint(others)
    assert articles <= {f.article_id for f in own_fragments(name)}     # every one read (.txt too)
