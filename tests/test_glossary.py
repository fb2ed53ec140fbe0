"""The English → Chinese glossary: derived from CC-CEDICT's glosses, chosen by the index at query time."""
import pytest

from indexer.glossary import english_word, read_glossary, reverse, shipped_glossary
from search_app.query import make_plan, stem

from test_query import FakeVocabulary


@pytest.mark.parametrize(("gloss", "word"), [
    ("battery", "battery"), ("to pause", "pause"), ("an extension (phone)", "extension"),
    ("(mobile telephony) roaming", "roaming"), ("CL:節|节[jie2]", None), ("flow rate", None),
    ("to turn off (a machine or device)", None), ("Kazakhstan", "kazakhstan"),
])
def test_only_a_one_word_gloss_is_a_translation(gloss, word):
    assert english_word(gloss) == word


def test_the_dictionary_is_read_backwards_first_senses_first():
    entries = [("炮台", ["fort", "battery (artillery)"]), ("电池", ["battery"]), ("池", ["pool"]),
               ("电瓶", ["accumulator", "battery"])]
    table = reverse(entries)
    assert table["battery"] == ["电池", "炮台", "电瓶"]     # 电池's first sense is battery
    assert "pool" not in table                             # a lone character is never a term


def test_a_word_is_looked_up_itself_and_an_inflection_by_its_stem():
    table = read_glossary("# comment\nemploy\temploy\t雇用 采用\nemployer\temploy\t雇主\n")
    assert table.of("employer", stem("employer")) == ("雇主",)       # not 采用: employ is another word
    assert table.of("employs", stem("employs")) == ("雇用", "采用", "雇主")
    assert table.of("unknown", stem("unknown")) == ()
    assert read_glossary("# comment\nbroken\tline\n").of("broken", "broken") == ()   # not three fields
    glossary = shipped_glossary()
    assert "电池" in glossary.of("batteries", stem("batteries"))
    assert "停顿" in glossary.of("pause", stem("pause"))
    assert "垃圾" not in glossary.of("refuses", stem("refuses"))[:1]


def glossary():
    return read_glossary("battery\tbatteri\t炮台 电池 电瓶\nkazakhstan\tkazakhstan\t哈萨克斯坦\nweather\tweather\t天气\n")


VOCAB = FakeVocabulary({"电池": 3, "电瓶": 1, "哈萨克斯坦": 40, "充值": 20, "天气": 2}, n=100)


def terms(plan, word):
    return next(g.terms for g in plan.groups if g.word == word)


def test_an_english_word_stands_for_the_knowledge_bases_words_for_it():
    plan = make_plan("battery weather", VOCAB, glossary=glossary)
    assert terms(plan, "battery") == ("battery", "电池", "电瓶")     # 炮台 is not in the index
    assert all(g.known for g in plan.groups)
    assert not make_plan("battery weather", VOCAB).groups[0].known   # without the glossary: unknown


def test_a_translation_found_everywhere_is_left_out():
    # 哈萨克斯坦 in a tenth of a Kazakhstan help centre tells nothing: it would only add coverage
    plan = make_plan("kazakhstan battery", VOCAB, glossary=glossary)
    assert terms(plan, "kazakhstan") == ("kazakhstan",)


def test_the_synonym_list_comes_before_the_dictionary():
    plan = make_plan("recharge battery", VOCAB, [("充值", "recharge")], glossary=glossary)
    assert terms(plan, "recharge") == ("recharge", "充值")
    calls = []
    make_plan("充值", VOCAB, glossary=lambda: calls.append(1) or {})
    assert calls == []                  # a Chinese question never reads the table


def test_the_dictionary_stands_in_when_the_index_has_none_of_a_words_synonyms():
    # 「ticket」 is listed with 工单 (a support ticket); a knowledge base selling match tickets has neither
    plan = make_plan("battery ticket", VOCAB, [("工单", "ticket"), ("蓄电池", "battery")], glossary=glossary)
    assert terms(plan, "battery") == ("battery", "蓄电池", "电池", "电瓶")
    assert plan.groups[0].known
