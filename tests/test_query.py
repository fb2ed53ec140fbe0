"""Query planning as a pure function: a fake vocabulary stands in for the index."""
import math

import pytest

from search_app.query import Synonyms, Vocabulary, make_plan, stem


class FakeVocabulary(Vocabulary):
    """Document frequencies from a dict; homophones by a fixed map."""

    def __init__(self, df: dict[str, int], homophones: dict[str, str] | None = None, n: int = 100):
        self._df, self._homophones, self.doc_count = df, homophones or {}, n

    def df(self, term):
        return self._df.get(term, 0)

    def idf(self, term):
        return math.log(1 + (self.doc_count - self.df(term) + 0.5) / (self.df(term) + 0.5))

    def homophone(self, text):
        return self._homophones.get(text)

    def completions(self, prefix, limit):
        found = [t for t in self._df if t.startswith(prefix) and t != prefix]
        return tuple(sorted(found, key=lambda t: -self._df[t])[:limit])


VOCAB = FakeVocabulary({"充值": 60, "到账": 5, "多久": 3, "beeline": 8, "*111*": 1, "111": 1, "余额": 9},
                       homophones={"冲值": "充值"})


def words(plan):
    return [g.word for g in plan.groups]


def test_question_words_and_particles_are_set_aside_but_shape_the_intent():
    plan = make_plan("充值后多久能到账？", VOCAB)
    assert words(plan) == ["充值", "多久", "到账"]
    assert plan.question


@pytest.mark.parametrize("text", ["*111*", "AND", "title:x", "(", '"', "OR NOT *"])
def test_query_syntax_is_text(text):
    plan = make_plan(text, VOCAB)
    assert all(g.word in text.lower() for g in plan.groups)


def test_a_code_is_one_word_and_weighs_double():
    plan = make_plan("*111*", VOCAB)
    assert words(plan) == ["*111*"]
    assert plan.codes == ("*111*",)
    assert plan.groups[0].weight == pytest.approx(2 * VOCAB.idf("*111*"))


def test_rare_words_weigh_more_than_common_ones():
    plan = make_plan("充值到账", VOCAB)
    weight = {g.word: g.weight for g in plan.groups}
    assert weight["到账"] > weight["充值"]


def test_pinyin_corrects_a_run_of_single_characters_and_keeps_the_readers_text():
    plan = make_plan("Beeline怎么冲值", VOCAB)
    assert words(plan) == ["beeline", "充值"]
    assert plan.corrected == "Beeline怎么充值"
    assert make_plan("Beeline怎么冲值", VOCAB, correct=False).corrected is None


def test_a_web_address_weighs_like_a_code():
    # what the reader copied verbatim (an address, a code) tells more than any word
    vocab = FakeVocabulary({"consumer.oofd.kz": 1, "*100#": 1, "收据": 1})
    plan = make_plan("consumer.oofd.kz 和 *100# 能查收据吗", vocab)
    weight = {g.word: g.weight for g in plan.groups}
    assert weight["consumer.oofd.kz"] == weight["*100#"] == 2 * weight["收据"]
    assert plan.codes == ("consumer.oofd.kz", "*100#")


def test_a_question_particle_is_never_part_of_a_typo():
    # 号吗 sounds like 号码: the 吗 ends the question, it is no misspelt 码
    vocab = FakeVocabulary({"号码": 5}, homophones={"号吗": "号码"})
    assert make_plan("过户给我的号吗", vocab).corrected is None


def test_an_everyday_word_the_index_lacks_is_not_corrected():
    vocab = FakeVocabulary({"一致": 3}, homophones={"一直": "一致"})
    assert make_plan("一直没到账", vocab).corrected is None


def test_a_word_typed_for_its_homophone_is_corrected_when_they_share_a_character():
    # the input method typed a real word, just not the article's: 首富 for 首付, 紀錄 for 记录
    vocab = FakeVocabulary({"首付": 3, "分期": 4}, homophones={"首富": "首付", "几期": "机器"})
    plan = make_plan("分期要交首富吗", vocab)
    assert plan.corrected == "分期要交首付吗" and "首付" in words(plan)
    # …not one that shares nothing with it (分几期 is no typo of 机器), nor a synonym the list knows
    assert make_plan("能分几期", vocab).corrected is None
    assert make_plan("分期要交首富吗", vocab, [("首富", "富豪")]).corrected is None


def test_a_code_with_other_digits_stands_for_its_service_number():
    # *616*500# is what the reader dialled; the article writes *616*金额# and *616*800#
    vocab = FakeVocabulary({"616": 2, "800": 5})
    group = {g.word: g for g in make_plan("拨 *616*500# 借钱", vocab).groups}["*616*500#"]
    assert group.terms == ("616",) and group.known


def test_synonyms_join_the_group_including_phrases_and_inflections():
    synonyms = [("充值", "top up", "пополнить"), ("机场", "аэропорт")]
    plan = make_plan("top up в аэропорту", VOCAB, synonyms)
    terms = {g.word: g.terms for g in plan.groups}
    assert terms["top up"] == ("top up", "充值", "пополнить")
    assert terms["аэропорту"] == ("аэропорту", "机场")


def test_a_hyphenated_member_is_the_phrase_of_its_words():
    # holdout291: 「top-up 高峰期 delay 最长要等多久」 asked 「top」 and 「up」, words the index lacks, not 充值 (the synonym
    # list's 「top-up」, a member no word of the question could match)
    synonyms = [("充值", "top up", "top-up"), ("wifi", "wi-fi", "无线网")]
    terms = {g.word: g.terms for g in make_plan("top-up 要多久", VOCAB, synonyms).groups}
    assert terms["top up"] == ("top up", "充值", "top-up") and "top" not in terms and "up" not in terms
    terms = {g.word: g.terms for g in make_plan("免费Wi-Fi怎么连", VOCAB, synonyms).groups}
    assert terms["wi fi"] == ("wi fi", "wifi", "wi-fi", "无线网")


def test_a_hyphenated_member_is_no_word_and_its_phrase_is_listed_once():
    # 「top-up」 is only the phrase 「top up」: no word key (no question's word is ever 「top-up」), and the phrase is
    # listed once where the group names both forms (review of session 28)
    synonyms = Synonyms([("充值", "top up", "top-up")])
    assert "top-up" not in synonyms and synonyms._phrase_groups == {"top up": [0]}
    assert synonyms.in_text("top-up 要多久") == [("top up", ("充值", "top-up"))]


@pytest.mark.parametrize("word, folded", [("аэропорту", "аэропорт"), ("settings", "set"), ("4g", "4g"), ("充值", "充值")])
def test_stem_folds_english_and_russian_only(word, folded):
    assert stem(word) == folded


def test_intent_cues():
    assert make_plan("Beeline充值拨什么号码", VOCAB).number
    assert make_plan("怎么充值", VOCAB).howto
    assert not make_plan("余额", VOCAB).question
    # 「会怎么样」 asks what happens; a Russian 「как」 asks how
    assert not make_plan("PUK码输错10次会怎么样", VOCAB).howto
    assert make_plan("怎么样才能充值", VOCAB).howto
    plan = make_plan("как заблокировать номер", VOCAB)
    assert plan.howto and plan.question
    # a yes/no question naming a number asks whether, unless it asks how too
    assert make_plan("余额号码", VOCAB).howto and not make_plan("能帮家人看号码的余额吗", VOCAB).howto
    assert make_plan("号码的余额怎么查吗", VOCAB).howto


def test_an_a_not_a_question_is_question_shape_however_it_was_cut():
    # the segmenter cuts 要不要 into 要 / 不要 and 能不能 into 能 / 不能: none is a topic
    vocab = FakeVocabulary({"不要": 2, "不能": 2, "登记": 3, "买卡": 4})
    plan = make_plan("手机要不要登记", vocab)
    assert "不要" not in words(plan) and "登记" in words(plan)
    assert plan.question
    assert "不能" not in words(make_plan("能不能买卡", vocab))


def test_adjacent_words_that_spell_a_synonym_become_one_group():
    # 加钱 is no dictionary word: the segmenter cuts 加 / 钱, the synonym list names it
    plan = make_plan("怎么给卡里加钱", VOCAB, [("充值", "加钱")])
    groups = {g.word: g for g in plan.groups}
    assert "加钱" in groups and "加" not in groups and "钱" not in groups
    assert groups["加钱"].terms == ("加钱", "充值") and groups["加钱"].known


def test_a_lone_character_the_index_lacks_stands_for_the_index_words_it_begins():
    vocab = FakeVocabulary({"欠款": 2, "欠费": 1, "话费": 9})
    group = {g.word: g for g in make_plan("话费欠了", vocab).groups}["欠"]
    assert group.terms == ("欠款", "欠费") and group.known
    # a lone character the index knows stays itself
    vocab = FakeVocabulary({"负": 3, "负数": 2})
    assert {g.word: g for g in make_plan("负", vocab).groups}["负"].terms == ("负",)


def test_a_verb_glued_to_its_particle_stands_for_the_index_words_the_verb_begins():
    # jieba keeps 捐给 as one word; the articles say 捐款, 捐赠
    vocab = FakeVocabulary({"捐款": 5, "捐赠": 2, "基金": 4})
    group = {g.word: g for g in make_plan("捐给哪个基金", vocab).groups}["捐给"]
    assert group.terms == ("捐款", "捐赠") and group.known


def test_a_noun_glued_to_its_place_word_stands_for_the_noun():
    # jieba keeps 卡里 (「卡里的钱」) as one word the articles never use; they say 卡
    vocab = FakeVocabulary({"卡": 40, "钱": 9})
    group = {g.word: g for g in make_plan("卡里的钱没了", vocab).groups}["卡里"]
    assert group.terms == ("卡",) and group.known
    # … only when the index has the noun
    assert not {g.word: g for g in make_plan("店里的钱", vocab).groups}["店里"].known


def test_a_longer_word_the_index_lacks_stands_for_its_known_sub_words():
    vocab = FakeVocabulary({"远游": 4})
    group = {g.word: g for g in make_plan("远游卡商店", vocab).groups}
    assert any("远游" in g.terms and g.known for g in group.values())


def test_a_corrected_plan_reads_the_corrected_question():
    plan = make_plan("Beeline怎么冲值", VOCAB)
    assert plan.normalized == "beeline怎么充值"


@pytest.mark.parametrize(("text", "content"), [
    ("how much does beeline top up cost", ["beeline", "top", "up", "cost"]),
    ("сколько стоит пополнить beeline", ["стоит", "пополнить", "beeline"]),
    # a whole-English question's function words are not rare words the index lacks
    ("do I need a criminal record certificate to work as a carer",
     ["criminal", "record", "certificate", "work", "carer"]),
    ("reply on whatsapp instead of sms", ["reply", "whatsapp", "sms"]),
    ("кто платит налог", ["платит", "налог"]),
])
def test_english_and_russian_question_words_are_not_content(text, content):
    assert words(make_plan(text, VOCAB)) == content


@pytest.mark.parametrize(("word", "member"), [
    ("автоплатёж", "自动充值"), ("domestic", None), ("每个月", "每月"), ("销号", "注销"),
    ("роутер", "路由器"), ("бонусы", "积分"), ("停话", "停机"), ("复话", "复机"), ("hide", "隐藏"),
    ("礼拜一", "星期一"), ("镭射", "激光"), ("小强", "蟑螂"), ("salary", "工资"), ("买票", "购票"), ("pickup", "自取"), ("提款", "取款"), ("底片", "胶片"),
])
def test_the_shipped_vocabulary_names_services_in_every_language(word, member):
    from indexer.analysis import shipped_synonyms
    synonyms = Synonyms(shipped_synonyms())
    assert (member in synonyms.of(word)) if member else word not in synonyms
    assert "挂失" not in synonyms.of("停机")         # suspended for debt is not reported lost


def test_a_typo_glued_to_the_word_before_is_corrected_with_it():
    # 「的话废」: the segmenter takes 的话 as a word, leaving 废 alone; 「服务废」: 服务 + 废
    vocab = FakeVocabulary({"座机": 2, "话费": 9, "服务费": 3}, homophones={"话废": "话费", "服务废": "服务费"})
    assert make_plan("座机的话废怎么交", vocab).corrected == "座机的话费怎么交"
    assert "服务费" in words(make_plan("借款的服务废多少", vocab))
    # 「新手机浩」: the typo ends a word whose last two characters begin it (新手机 + 浩 → 新 + 手机号)
    vocab = FakeVocabulary({"新手机": 2, "手机号": 9, "积分": 3}, homophones={"手机浩": "手机号"})
    assert make_plan("换了新手机浩积分还在吗", vocab).corrected == "换了新手机号积分还在吗"


def test_a_command_in_capitals_is_content_even_when_it_is_a_question_word():
    # a tracker's SMS command 「WHERE,123456#」 as its manual prints it; 「where」 typed as a word still asks
    vocab = FakeVocabulary({"where": 1, "123456": 1, "短信": 9})
    plan = make_plan("WHERE,123456# 发过去有什么用", vocab)
    assert words(plan)[:2] == ["where", "123456"] and plan.codes == ("where", "123456")
    assert words(make_plan("ＷＨＥＲＥ＃ 短信", vocab)) == ["where", "短信"]
    assert "where" not in words(make_plan("where can I buy 123456", vocab))
    assert "where" not in words(make_plan("WHERE CAN I BUY A SIM", vocab))
    assert make_plan("屏幕上就一个SOS，电话打不了", FakeVocabulary({"sos": 1})).codes == ()     # a word before a comma
    assert make_plan("固定 IP 能给 IPv6 吗", FakeVocabulary({"ip": 1})).codes == ()


def test_a_long_number_is_a_code_a_short_one_a_word():
    vocab = FakeVocabulary({"8841207": 1, "1414": 2, "tk": 1})
    assert make_plan("TK-8841207 这种编号是什么", vocab).codes == ("8841207",)
    assert make_plan("1414 发来的短信", vocab).codes == ()


def test_an_english_possessive_stands_for_its_noun():
    assert words(make_plan("driver's license in eGov", FakeVocabulary({"driver": 1}))) == ["driver", "license", "egov"]


def test_a_demonstrative_with_its_measure_word_is_not_a_topic():
    # 那段 (that part), 这张 (this card), 哪条 (which one) point at something the question names
    plan = make_plan("密码那段要加逗号", FakeVocabulary({"密码": 3, "逗号": 2, "加": 9}))
    assert words(plan) == ["密码", "加", "逗号"]
    assert "这张" not in words(make_plan("这张卡怎么充值", VOCAB))


def test_a_word_finds_the_synonyms_of_its_inflections_not_of_its_derivations():
    from search_app.query import Synonyms
    synonyms = Synonyms([("自助终端", "terminal"), ("扣费", "charge")])
    assert "扣费" in synonyms.of("charged")          # an inflection: the same word
    assert synonyms.of("termination") == ()         # one stem with terminal, another word


@pytest.mark.parametrize(("text", "content"), [
    # the direction or manner of a spoken verb, and how long ago, are not what is asked about
    ("到账晚点回去", ["到账", "晚点"]),
    ("充值好久没到账", ["充值", "到账"]),
    ("余额不好查", ["余额", "查"]),
])
def test_spoken_directions_and_durations_are_not_content(text, content):
    assert sorted(words(make_plan(text, VOCAB))) == sorted(content)


@pytest.mark.parametrize("word, index_words, expected", [
    ("квартиру", {"квартира": 3, "квартал": 2}, ("квартира",)),      # another case of the article's noun
    ("караганде", {"караганда": 4, "карагандинский": 1}, ("караганда",)),
    ("downloads", {"download": 2, "downtown": 5}, ("download",)),
    ("sets", {"setting": 3, "settle": 2}, ()),                         # a stem too short to be a word's own
])
def test_an_unknown_latin_or_cyrillic_word_stands_for_the_indexs_inflection_of_it(word, index_words, expected):
    group = make_plan(word, FakeVocabulary(index_words)).groups[0]
    assert group.terms[-len(expected):] == expected if expected else group.terms == (word,)
    assert group.known == bool(expected)


@pytest.mark.parametrize("word, index_words, expected", [
    ("카카오페이로", {"카카": 2, "카오": 2, "오페": 2, "페이": 3}, ("카카", "카오", "오페", "페이")),   # 카카오페이 + 로
    ("aquos", {"os": 3}, ()),                                  # a Latin word is never cut into bigrams
])
def test_an_unknown_hangul_kana_or_thai_word_stands_for_the_bigrams_the_index_holds(word, index_words, expected):
    group = make_plan(word, FakeVocabulary(index_words)).groups[0]
    assert group.terms == (expected or (word,)) and group.known == bool(expected)


@pytest.mark.parametrize("word, chinese", [("ポイント", "积分"), ("충전", "充值"), ("요금제", "套餐")])
def test_korean_and_japanese_words_of_the_page_join_the_shipped_chinese_groups(word, chinese):
    from indexer.analysis import shipped_synonyms
    group = make_plan(word, FakeVocabulary({chinese: 3}), shipped_synonyms()).groups[0]
    assert chinese in group.terms and group.known
