"""Ranking helpers as pure functions (the end-to-end order is in test_ranking.py)."""
from search_app.rank import Doc, Scored, _fold_introductions, dice


def scored(type, title, score, procedure=None, introduction=False, article="a"):
    stored = {"type": type, "title": title, "article_id": article, "order": 0,
              "procedure": {"title": procedure, "index": 1, "count": 3} if procedure else None}
    return Scored(stored, 1.0, 1.0, score, introduction=introduction)


def candidate(title: str, text: str, type: str = "qa") -> tuple[Doc, float]:
    """A retrieved fragment of article "t" under its own heading, as `rerank` receives it."""
    return Doc.of({"type": type, "title": title, "article_title": "t", "text": text,
                   "path": ["t", title], "article_id": "a", "order": 0}, str), 1.0


def test_characters_are_the_unit_of_chinese_and_words_the_unit_of_latin_text():
    assert dice("远游卡是什么", "什么是远游卡？") == 1.0
    # every English sentence shares most of the alphabet with every other
    assert dice("check balance", "短信内容输入大写英文 balance") < 0.3


def test_a_section_that_only_introduces_a_procedure_gives_its_place_to_the_procedure():
    intro = scored("section", "eSIM激活步骤", 5.0, introduction=True)
    step = scored("step", "扫描二维码", 4.0, procedure="eSIM激活步骤")
    other = scored("qa", "扫码失败怎么办？", 4.5)
    out = _fold_introductions([intro, step, other])
    assert intro not in out and step.score == 5.0


def test_a_section_with_its_own_matching_text_stays():
    section = scored("section", "查询剩余流量", 5.0, introduction=False)
    step = scored("step", "拨打 *100*1#", 4.0, procedure="查询剩余流量")
    assert _fold_introductions([section, step]) == [section, step]


def test_only_the_same_articles_procedure_takes_the_place():
    intro = scored("section", "激活步骤", 5.0, introduction=True, article="a")
    step = scored("step", "扫码", 4.0, procedure="激活步骤", article="b")
    assert _fold_introductions([intro, step]) == [intro, step]


def test_what_the_reader_typed_is_looked_for_verbatim_when_it_is_a_phrase():
    from search_app.rank import _verbatim
    assert _verbatim(" my  kcell? ") == ("my kcell",)   # a product name of two words
    assert _verbatim("esim") == ()                       # one word: coverage already says it
    assert _verbatim("充值") == ()
    # a product name inside a question keeps its little words
    assert _verbatim("my kcell 挂失") == ("my kcell 挂失", "my kcell")


def test_a_passage_that_announces_what_follows_is_an_introduction():
    from search_app.rank import introduces
    assert introduces("以下是具体步骤：")
    assert introduces("拿到二维码后，按下面的步骤操作即可。整个过程大约 5 分钟。")
    assert not introduces("余额和流量是分开计算的。套餐里包含的流量用完后，不会自动从余额里扣钱继续上网。")
    assert not introduces("以下" + "很长的正文。" * 40)       # a long passage is content, whatever it announces
    # a colon leads into the steps, but a passage that first says something answers by itself
    assert introduces("按这几步操作：")
    assert not introduces("PUK 码连续输错 10 次，SIM 卡会被永久锁死，只能换卡。号码本身没有丢：")


def test_an_articles_lead_passage_has_no_heading_of_its_own():
    # the article title says what the article covers, not what its lead passage answers
    lead = Doc.of({"title": "手机丢失怎么办", "article_title": "手机丢失怎么办", "text": "本文介绍挂失与补卡。",
                   "path": ["手机丢失怎么办"]}, str)
    section = Doc.of({"title": "如何挂失", "article_title": "手机丢失怎么办", "text": "拨打客服热线。",
                      "path": ["手机丢失怎么办", "如何挂失"]}, str)
    assert (lead.heading, lead.title.strip(), lead.context) == ("", "", "手机丢失怎么办")
    assert (section.heading, section.title.strip()) == ("如何挂失", "如何挂失")


def test_a_heading_that_undoes_the_task_is_told_apart():
    from search_app.rank import _reverses
    assert _reverses("手机找回来了，怎么解除挂失？", "手机丢了怎么挂失")
    assert _reverses("如何取消漫游", "漫游怎么开")
    assert not _reverses("如何取消漫游", "怎么取消漫游")        # the reader asks for the undoing
    assert not _reverses("如何挂失号码", "手机丢了怎么挂失")


def test_a_lone_character_is_not_found_inside_another_word_of_the_question():
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("手机", "cjk", ("手机",), 1.0, True), Group("修", "cjk", ("修",), 3.0, True),
              Group("机", "cjk", ("机",), 3.0, True))
    plan = Plan("手机机修", "手机机修", groups, True, False, False, None)
    only_phone = rerank(plan, [candidate("手机设置", "打开手机设置。", "section")], lambda g: False, 3.0)
    both = rerank(plan, [candidate("手机维修", "关机后送修。", "section")], lambda g: False, 3.0)
    # 机 inside 手机 does not count again; a 机 of its own (关机) does
    assert only_phone == [] and len(both) == 1


def test_ungated_ranking_keeps_the_near_misses_of_a_question_nothing_answers():
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("远游卡", "cjk", ("远游卡",), 2.0, True), Group("蜗牛", "cjk", ("蜗牛",), 4.0, False),
              Group("网速", "cjk", ("网速",), 3.0, True))
    plan = Plan("远游卡网速跟蜗牛一样", "远游卡网速跟蜗牛一样", groups, True, False, False, None)
    near = [candidate("远游卡网络设置", "打开数据漫游。", "section"), candidate("其他", "无关的文字。", "section")]
    # 蜗牛 is unknown and unexplained: the gate refuses; ungated, the passage on the topic is offered
    assert rerank(plan, near, lambda g: False, 4.0) == []
    offered = rerank(plan, near, lambda g: False, 4.0, gated=False)
    assert [s.stored["title"] for s in offered] == ["远游卡网络设置"]
    assert not offered[0].answers


def test_a_question_asking_for_a_kind_of_value_is_answered_by_a_fragment_showing_one():
    from search_app.query import Group, Plan
    from search_app.rank import rerank, values_shown
    assert values_shown(frozenset({"duration"}), "整个流程一般需要 1 到 8 天。") == {"duration"}
    assert values_shown(frozenset({"price"}), "补卡费：Kcell 为 500 坚戈") == {"price"}
    assert values_shown(frozenset({"documents"}), "带护照原件去营业厅") == {"documents"}
    assert values_shown(frozenset({"duration", "price"}), "打开设置，点击转网。") == frozenset()
    groups = (Group("转网", "cjk", ("转网",), 3.0, True), Group("多久", "cjk", ("多久",), 3.0, True))
    plan = Plan("转网要多久", "转网要多久", groups, True, False, False, None, frozenset({"duration"}))
    doc = lambda text: (Doc.of({"type": "qa", "title": "转网流程", "article_title": "t", "text": text,  # noqa: E731
                                "path": ["t"], "article_id": "a", "order": 0}, str), 1.0)
    timed = rerank(plan, [doc("一般需要 1 到 8 天。")], lambda g: False, 3.0)
    untimed = rerank(plan, [doc("到新运营商的营业厅办理。")], lambda g: False, 3.0)
    assert timed[0].coverage == 1.0 and (untimed[0].coverage if untimed else 0.0) < 1.0


def test_the_plan_knows_which_kind_of_value_a_question_asks_for():
    from search_app.query import make_plan

    class Vocab:
        doc_count = 10
        def df(self, term): return 1
        def idf(self, term): return 1.0
        def homophone(self, text): return None
        def completions(self, prefix, limit): return ()

    assert make_plan("携号转网要多久", Vocab()).asks == {"duration"}
    assert make_plan("补卡要多少钱", Vocab()).asks == {"price"}
    assert make_plan("转到银行卡的手续费是多少", Vocab()).asks == {"price"}
    assert make_plan("补办SIM卡要带什么证件", Vocab()).asks == {"documents"}
    assert make_plan("怎么开通漫游", Vocab()).asks == frozenset()


def test_a_lead_passage_is_on_topic_through_its_article_title():
    # the lead passage has no heading: the article's title says what it is about, for the
    # lower coverage an on-topic fragment needs as much as for whether it may answer at all
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("携号转网", "cjk", ("携号转网",), 3.0, True), Group("运营商", "cjk", ("运营商",), 1.0, True),
              Group("舍不得", "cjk", ("舍不得",), 2.5, True))
    plan = Plan("携号转网运营商舍不得", "携号转网运营商舍不得", groups, False, False, False, None)
    lead = Doc.of({"type": "section", "title": "携号转网指南", "article_title": "携号转网指南",
                   "text": "号码不变，只是把服务换到另一家运营商。", "path": ["携号转网指南"],
                   "article_id": "a", "order": 0}, str)
    found = rerank(plan, [(lead, 1.0)], lambda g: False, 3.0)
    assert len(found) == 1 and 0.4 <= found[0].coverage < 0.7


def test_a_reply_titled_by_its_writer_is_on_topic_through_its_threads_subject():
    # a thread's reply headed by who wrote it is about the thread's subject, as a lead passage
    # is about its article's title: the subject's words make it topical; a heading of its own does not
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("补卡", "cjk", ("补卡",), 3.0, True), Group("证件", "cjk", ("证件",), 1.0, True),
              Group("营业厅", "cjk", ("营业厅",), 2.5, True))
    plan = Plan("补卡证件营业厅", "补卡证件营业厅", groups, False, False, False, None)

    def reply(by_writer: bool) -> tuple[Doc, float]:
        return Doc.of({"type": "section", "title": "陈家明", "article_title": "SIM卡坏了怎么补卡",
                       "text": "带护照去营业厅就行，十分钟办好。", "path": ["SIM卡坏了怎么补卡", "陈家明"],
                       "article_id": "a", "order": 3, "by_writer": by_writer}, str), 1.0

    # 营业厅 in its text, 补卡 in the subject only (at context_share), 证件 nowhere: 0.66 of the question
    [found] = rerank(plan, [reply(True)], lambda g: False, 3.0)
    assert 0.4 <= found.coverage < 0.7
    assert rerank(plan, [reply(False)], lambda g: False, 3.0) == []


def test_a_lone_character_is_not_found_inside_a_question_word_of_the_text():
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("转网", "cjk", ("转网",), 2.0, True), Group("办", "cjk", ("办",), 2.0, True))
    plan = Plan("转网办", "转网办", groups, False, False, False, None)
    [failed] = rerank(plan, [candidate("转网失败了怎么办", "说明。")], lambda g: False, 3.0)
    [apply] = rerank(plan, [candidate("办理转网的流程", "说明。")], lambda g: False, 3.0)
    assert failed.coverage < 1.0 == apply.coverage        # 办 of 怎么办 is not 办 (handle)


def test_once_one_fragment_answers_the_others_follow_by_score_instead_of_passing_the_gate_again():
    # whether the knowledge base answers is one decision; a neighbour covering less of the
    # question (often the answer itself, in other words) is then ranked, not dropped
    from search_app.query import Group, Plan
    from dataclasses import replace
    from search_app.rank import WEIGHTS, rerank
    groups = (Group("漫游", "cjk", ("漫游",), 3.0, True), Group("流量", "cjk", ("流量",), 1.0, True),
              Group("太贵", "cjk", ("太贵",), 4.0, True))
    plan = Plan("漫游流量太贵", "漫游流量太贵", groups, False, False, False, None)
    full = candidate("漫游流量太贵怎么办？", "买漫游日包。")
    partial = candidate("漫游怎么开？", "发短信开通。")            # 漫游 alone: 3 of 8
    noise = candidate("套餐说明", "每月 10 GB 流量。")             # 流量 alone: 1 of 8, under the floor of the rest
    assert rerank(plan, [partial], lambda g: False, 3.0) == []
    ranked = rerank(plan, [full, partial, noise], lambda g: False, 3.0, replace(WEIGHTS, relative_floor=0.0))
    assert [s.stored["title"] for s in ranked] == ["漫游流量太贵怎么办？", "漫游怎么开？"]
    assert ranked[0].answers and not ranked[1].answers


def test_of_two_passages_that_cover_the_question_the_one_that_explains_leads():
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("换卡", "cjk", ("换卡",), 3.0, True), Group("护照", "cjk", ("护照",), 2.0, True))
    plan = Plan("换卡护照", "换卡护照", groups, False, False, False, None)
    line = candidate("换卡须知", "换卡带护照。", "section")
    passage = candidate("换卡须知", "换卡带护照原件，到任意营业厅办理，工作人员当场激活新卡，号码和余额都不变。", "section")
    ranked = rerank(plan, [line, passage], lambda g: False, 3.0)
    assert ranked[0].stored["text"].startswith("换卡带护照原件")


def test_a_heading_that_undoes_is_what_a_question_in_another_language_asks_for():
    # 「unsubscribe」 asks for 退订: the heading 「退订包月」 is not the opposite of the question
    from search_app.query import Group, Plan
    from search_app.rank import _reverses, asked_for
    groups = (Group("unsubscribe", "word", ("unsubscribe", "退订"), 3.0, True),
              Group("包月", "cjk", ("包月",), 3.0, True))
    plan = Plan("unsubscribe 包月", "unsubscribe 包月", groups, False, False, False, None)
    assert _reverses("退订包月", plan.normalized)
    assert not _reverses("退订包月", asked_for(plan))
    assert _reverses("关闭包月", asked_for(plan))


def test_a_code_the_reader_typed_makes_the_fragment_showing_it_on_topic():
    # 「beeline *110*481# 每个月扣多少钱」: a price table showing the code covers half the question's
    # weight; no word says more about what it is about than the code, so half is enough
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("*110*481#", "code", ("*110*481#",), 4.0, True), Group("每个月", "cjk", ("每个月",), 2.0, True),
              Group("扣", "cjk", ("扣",), 2.0, True))
    plan = Plan("*110*481# 每个月扣", "*110*481# 每个月扣", groups, False, False, False, None)
    table = candidate("三家的服务和价格", "Beeline | 家长控制 | 350 ₸ | *110*481#")
    [found] = rerank(plan, [table], lambda g: False, 3.0)
    assert 0.4 <= found.coverage < 0.7
    assert rerank(plan, [candidate("三家的服务和价格", "Beeline | 家长控制 | 350 ₸ | *110*480#")], lambda g: False, 3.0) == []


def test_a_long_spoken_question_needs_to_cover_less_of_itself():
    # the same candidate covers 0.6 of both questions (below the 0.7 bar): the long one, a whole
    # sentence with spoken words no article uses, is answered; the short one is not
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("转网", "cjk", ("转网",), 3.0, True), Group("撤回", "cjk", ("撤回",), 3.0, True),
              Group("后悔", "cjk", ("后悔",), 4.0, True))
    short = "转网撤回后悔"
    spoken = "我在新公司那边办了转网，后悔了想撤回，跑回原来的营业厅他们说管不了"
    fragment = candidate("办理须知", "转网申请在新运营商的营业厅撤回。")     # no word of the question in its title
    assert rerank(Plan(short, short, groups, True, False, False, None), [fragment], lambda g: False, 3.0) == []
    [found] = rerank(Plan(spoken, spoken, groups, True, False, False, None), [fragment], lambda g: False, 3.0)
    assert 0.55 < found.coverage < 0.7


def test_asked_how_the_earlier_of_two_like_steps_leads():
    # a later step repeating the task's words (「订阅成功后…提醒」) is not where the reader begins
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("订阅", "cjk", ("订阅",), 3.0, True), Group("提醒", "cjk", ("提醒",), 2.0, True))
    plan = Plan("提醒怎么订阅", "提醒怎么订阅", groups, True, True, False, None)

    def step(index: int, text: str) -> tuple[Doc, float]:
        return Doc.of({"type": "step", "title": text, "article_title": "t", "text": text, "path": ["t", "订阅提醒"],
                       "article_id": "a", "order": index,
                       "procedure": {"title": "订阅提醒", "index": index, "count": 4}}, str), 1.0

    later = step(4, "收到「订阅成功」的回复后，每天早上会收到一条提醒短信，内容是当天的时间")
    ranked = rerank(plan, [later, step(1, "发送 ORAZA 到 7715")], lambda g: False, 3.0)
    assert [s.stored["procedure"]["index"] for s in ranked] == [1, 4]


def test_a_question_asking_a_price_is_answered_first_by_the_passage_showing_one():
    # 「验光收费吗」: two passages of the optician's page hold its words; the one with the price answers
    from search_app.query import Group, Plan
    from search_app.rank import rerank
    groups = (Group("验光", "cjk", ("验光",), 3.0, True), Group("收费", "cjk", ("收费",), 2.0, True))
    plan = Plan("验光收费吗", "验光收费吗", groups, True, False, False, None, frozenset({"price"}))
    lead = candidate("门店服务", "我们在阿拉木图和阿斯塔纳有九家门店，提供配镜和隐形眼镜服务，验光收费标准见各门店的公告栏。", "section")
    price = candidate("门店服务", "验光收费 3,000 ₸，约 25 分钟。", "section")
    ranked = rerank(plan, [lead, price], lambda g: False, 3.0)
    assert ranked[0].stored["text"].startswith("验光收费 3,000 ₸")


def test_a_reply_borrows_a_damped_share_of_the_question_asked_before_it_in_ranking_only():
    # a thread split faithfully into posts: the product's name and the question's wording are in the
    # opening post, the answer in the reply after it; the reply ranks by a share of those words,
    # never passes the gate on them, and a post that asks nothing lends nothing
    from search_app.query import Group, Plan
    from search_app.rank import asks_or_leads_in, rerank
    assert asks_or_leads_in("BoatEye 的锚位报警老是误报，怎么调？") and asks_or_leads_in("步骤如下：")
    assert not asks_or_leads_in("谢谢，已经解决了。")
    groups = (Group("boateye", "word", ("boateye",), 2.0, True), Group("误报", "cjk", ("误报",), 4.0, True),
              Group("半径", "cjk", ("半径",), 4.0, True))
    plan = Plan("boateye 误报 半径", "boateye 误报 半径", groups, False, False, False, None)

    def reply(before_text: str | None, article: str) -> tuple[Doc, float]:
        data = {"type": "section", "title": "Kevin", "article_title": "锚位报警", "text": "误报多半是半径太小，改大就好。",
                "path": ["锚位报警", "Kevin"], "article_id": article, "order": 1, "by_writer": True}
        before = {"title": "老周", "text": before_text} if before_text is not None else None
        return Doc.of(data, str, before=before), 1.0

    asked = reply("我的 boateye 老是误报，怎么办？", "b")        # (texts as normalized: lower case)
    told = reply("我的 boateye 老是误报。", "a")          # asks nothing: lends nothing
    assert asked[0].before and not told[0].before
    ranked = rerank(plan, [told, asked], lambda g: False, 3.0)
    assert [s.stored["article_id"] for s in ranked] == ["b", "a"]     # ties would go by article: "a" first
    assert ranked[0].coverage == ranked[1].coverage       # the gate's coverage: the reply's own words
    # the question's words only in the post before: no answer, however much of it that post holds
    alone = Doc.of({"type": "section", "title": "Kevin", "article_title": "锚位报警", "text": "改一下就好。",
                    "path": ["锚位报警", "Kevin"], "article_id": "c", "order": 1, "by_writer": True}, str,
                   before={"title": "老周", "text": "boateye 误报，半径怎么调？"})
    assert rerank(plan, [(alone, 1.0)], lambda g: False, 3.0) == []
