"""Analysis: the tokens, positions and offsets both indexing and querying rely on."""
import pickle

import pytest

from indexer import analysis
from indexer.analysis import ChineseAnalyzer, ChineseText, normalize, pinyin_key, read_synonyms, words


def tokens(text, **kw):
    return [(t.text, t.pos, t.startchar, t.endchar)
            for t in ChineseAnalyzer()(text, positions=True, chars=True, **kw)]


@pytest.mark.parametrize("raw, folded", [
    ("遠遊卡是什麼", "远游卡是什么"),
    ("ＫＣＥＬＬ　１２３", "kcell 123"),
    ("BEELINE", "beeline"),
    ("哈薩克斯坦", "哈萨克斯坦"),
])
def test_normalize_folds_width_case_and_script(raw, folded):
    assert normalize(raw) == folded


def test_normalize_keeps_length_for_offsets():
    text = "遠遊卡Ｋcell㎏①"
    assert len(normalize(text)) == len(text)


def test_positions_are_consecutive_words_and_subwords_share_them():
    assert tokens("远游卡充值") == [
        ("远游卡", 0, 0, 3), ("远游", 0, 0, 3), ("充值", 1, 3, 5)]


def test_offsets_point_into_the_original_text():
    text = "請撥打＊１１１＊充值"
    spans = [(start, end) for word, _, start, end in tokens(text) if word == "*111*"]
    assert [text[start:end] for start, end in spans] == ["＊１１１＊"]


@pytest.mark.parametrize("text, expected", [
    ("对于Kcell：*111*", ["对于", "kcell", "*111*"]),
    ("*#06#", ["*#06#"]),
    ("拨打*100#查询", ["拨打", "*100#", "查询"]),
    ("网址是www.kcell.kz，", ["网址", "是", "www.kcell.kz"]),
    ("4G和eSIM", ["4g", "和", "esim"]),
    ("пополнить баланс", ["пополнить", "баланс"]),
])
def test_latin_words_codes_and_urls_are_tokens_of_their_own(text, expected):
    assert words(text) == expected


def test_code_and_domain_parts_are_indexed_beside_the_whole():
    texts = [t for t, *_ in tokens("*111* www.kcell.kz")]
    assert texts == ["*111*", "111", "www.kcell.kz", "kcell", "kz"]
    assert [t for t, *_ in tokens("driver's license")] == ["driver's", "driver", "license"]


@pytest.mark.parametrize("word", ["远游卡", "上网卡", "充值码",
                                  "门号", "来电转驳"])   # 门号: in the general dictionary, too rare to stay whole
def test_domain_words_stay_whole(word):
    assert words(f"哈萨克斯坦{word}怎么用") == ["哈萨克斯坦", word, "怎么", "用"]


def test_traditional_text_yields_simplified_terms():
    assert words("遠遊卡怎麼儲值") == words("远游卡怎么储值")


def test_query_mode_adds_no_subwords():
    assert [t.text for t in ChineseAnalyzer()("远游卡", mode="query")] == ["远游卡"]


def test_analyzer_survives_pickling_with_its_corpus_words():
    analyzer = ChineseAnalyzer(["流量套餐包"])
    clone = pickle.loads(pickle.dumps(analyzer))
    assert clone == analyzer
    assert [t.text for t in clone("流量套餐包", mode="query")] == ["流量套餐包"]


@pytest.mark.parametrize("typo, right", [("冲值", "充值"), ("到帐", "到账"), ("于额", "余额"), ("流亮", "流量")])
def test_homophone_typos_share_a_pinyin_key(typo, right):
    assert pinyin_key(typo) == pinyin_key(right)


def test_synonym_groups_are_normalized(tmp_path):
    path = tmp_path / "synonyms.txt"
    path.write_text("# comment\n充值 = 儲值 = Top Up\n\nsolo\n", encoding="utf-8")
    assert read_synonyms(path) == [("充值", "储值", "top up")]


def test_corpus_dictionary_is_read_from_kb_folder(tmp_path):
    (tmp_path / analysis.KB_DIR).mkdir()
    (tmp_path / analysis.KB_DIR / analysis.DICTIONARY_FILE).write_text("# x\n遠遊套餐 3\n", encoding="utf-8")
    assert analysis.corpus_words(tmp_path) == ["远游套餐"]


def test_the_shipped_synonyms_are_words_of_the_segmenter():
    # otherwise 双卡 is indexed as 双 / 卡 and its synonym group has no posting to retrieve by
    from indexer.analysis import shipped_synonym_words, words
    assert "双卡" in shipped_synonym_words()
    assert "双卡" in words("支持双卡的手机")


def test_normalize_folds_every_character_as_folding_it_alone_would() -> None:
    # the translate table (filled as characters are met) must agree with the one-character rule
    # everywhere, expanding characters (ß, ﬁ, ㎏) included, or offsets would drift
    text = "".join(chr(c) for c in range(32, 0x10000) if not 0xD800 <= c < 0xE000)
    folded = "".join(map(analysis._fold_char, text))
    assert text.translate(analysis._FOLD) == folded and len(folded) == len(text)


@pytest.mark.parametrize("text", [
    "遠遊卡充值：撥打*111*，或访问www.kcell.kz 充值充值", "Kcell Kcell kcell 流量包 5G", "", "   ",
])
def test_the_text_field_indexes_what_whoosh_would_index_through_the_analyzer(text):
    # ChineseText counts terms itself, for speed: postings must be Whoosh's own, weights included
    from whoosh.fields import TEXT
    analyzer = ChineseAnalyzer()
    ours = list(ChineseText(analyzer=analyzer, phrase=False).index(text))
    whooshs = list(TEXT(analyzer=analyzer, phrase=False).index(text))
    assert ours == whooshs
    if text.startswith("遠遊卡"):
        weight = {term.decode(): w for term, _, w, _ in ours}
        assert weight["*111*"] == 1.0 and weight["111"] == 0.5 and weight["远游"] == 0.5   # parts weigh half


@pytest.mark.parametrize("text, expected", [
    ("baro 로밍 패스流量", ["baro", "로밍", "패스", "流量"]),                 # Hangul: words, as spaces cut them
    ("PayPayフリマ 的商品の状態", ["paypay", "フリマ", "的", "商品", "状态"]),   # katakana runs; a lone の is no word
    ("らじる★らじる", ["らじる", "らじる"]),
    ("เติมเงิน ออนไลน์", ["เติมเงิน", "ออนไลน์"]),                          # Thai vowel marks stay in the run
    ("रिचार्ज करें।", ["रिचार्ज", "करें"]),                                    # Devanagari marks in, the danda out
    ("موبائل؟ δεδομένα שלום", ["موبائل", "δεδομένα", "שלום"]),
    ("میخواهم", ["میخواهم"]),                                           # a zero-width non-joiner inside a word
])
def test_the_letters_of_every_script_form_words(text, expected):
    assert words(text) == expected


def test_words_of_scripts_without_spaces_or_with_particles_index_their_bigrams_beside_them():
    assert [(t, p) for t, p, *_ in tokens("카카오페이로 충전")] == [
        ("카카오페이로", 0), ("카카", 0), ("카오", 0), ("오페", 0), ("페이", 0), ("이로", 0), ("충전", 1)]
    assert analysis.bigrams("ポイント") == ("ポイ", "イン", "ント")
    assert analysis.bigrams("로밍") == analysis.bigrams("aquos") == analysis.bigrams("квартира") == ()
