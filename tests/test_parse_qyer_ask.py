"""穷游问答 (ask.qyer.com) question pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

QYER = "https://static.qyer.com/ask/js/ask_detail.js?v=20261102"


def answer(name: str, content: str, badge: str = "", useful: int = 3) -> str:
    """An answer card: the answerer (avatar, name, badge), the text, the footer (date, 有用, 评论)."""
    tag = f"<span class='user_tag'>{badge}</span>" if badge else ""
    return (f"<li class='answer_item'><div class='answer_user'><a href='/u/1'><img class='avatar' src='a.png'></a>"
            f"<a class='name' href='/u/1'>{name}</a>{tag}</div><div class='answer_content'>{content}</div>"
            f"<div class='answer_info'><span class='answer_time'>2026-11-09 08:02</span><a class='answer_useful'>"
            f"有用 ({useful})</a><a class='answer_comment'>评论 (8)</a></div></li>")


def qyer_page(assets: str = QYER) -> str:
    """A question page: header, crumbs, the question and its info line, three answers (numbered lines, 问：/答：
    pairs), the answer form, the side column and the footer."""
    return ("<html><head><title>欧洲电话卡怎么买？_穷游问答</title></head><body>"
            "<div class='qyer_head'><ul class='qyer_head_nav'><li><a>目的地</a></li><li><a>问答</a></li></ul></div>"
            "<div class='ask_crumb'><a>穷游问答</a> &gt; <a>欧洲</a></div><div class='ask_main'>"
            "<div class='ask_detail_box'><h1 class='ask_detail_title'>欧洲电话卡怎么买？</h1>"
            "<div class='ask_detail_content'><p>瑞士能用吗？</p></div><div class='ask_detail_tags'><a>法国</a></div>"
            "<div class='ask_detail_info'><a class='ask_user'>背包里的柚子</a><span class='ask_time'>2026-11-08 21:14 提问"
            "</span><span class='ask_view'>1832 浏览</span><a class='ask_follow'>关注问题</a></div></div>"
            "<div class='ask_answer_box'><div class='ask_answer_num'>3 个回答</div><ul class='answer_list'>"
            + answer("Lyon小马哥", "<p>推荐 Orange Holiday，瑞士包含在内。</p><p>激活步骤：</p>"
                     "<p>1. 在 Relay 便利店买卡；<br>\n2. 关机换卡；<br>\n3. 拨打 <strong>#123#</strong> 查询流量。</p>"
                     "<p>注意：代购贵一点。</p>", badge="欧洲达人", useful=126)
            + answer("米兰的云朵", "<p>中国移动的欧洲多国 7 天包是 168 元 10GB。</p>")
            + answer("阿尔卑斯的土拨鼠", "<p>问：能开热点吗？<br>答：可以，热点不限制。</p>"
                     "<p>问：卡过期了号码还能保留吗？<br>答：6 个月内不充值号码就会被收回。</p>")
            + "</ul><div class='ask_answer_form'><textarea placeholder='我来回答这个问题…'></textarea>"
            "<a class='ui_button'>提交回答</a></div></div></div><div class='ask_side'><h3 class='side_title'>相关问题</h3>"
            "<ul><li><a>英国的 giffgaff 卡在法国能用吗？</a></li></ul></div>"
            f"<div class='qyer_footer'><p>© 2004-2026 穷游网</p></div><script src='{assets}'></script></body></html>")


def test_each_qyer_answer_is_a_reply_the_top_one_answering_the_question() -> None:
    # holdout295: every fragment was a plain section titled by the h1, cut by length, not by answer; the first
    # answer's tail ran into the whole of the second
    frags = texts(cut(qyer_page()))
    assert frags[0] == ("section", "欧洲电话卡怎么买？", "瑞士能用吗？")
    assert ("欧洲电话卡怎么买？（回复）", "推荐 Orange Holiday，瑞士包含在内。") in [(title, text) for _, title, text in frags]
    assert ("section", "米兰的云朵的回答", "中国移动的欧洲多国 7 天包是 168 元 10GB。") in frags


def test_a_qyer_answers_numbered_lines_are_steps_and_its_questions_qas() -> None:
    # holdout295: the 「1. …<br>2. …」 lines were one passage, split by length; the 问：/答： pairs one run of text
    frags = texts(cut(qyer_page()))
    steps = [(title, text) for kind, title, text in frags if kind == "step"]
    assert steps == [("在 Relay 便利店买卡", "在 Relay 便利店买卡；"), ("关机换卡", "关机换卡；"),
                     ("拨打 #123# 查询流量", "拨打 #123# 查询流量。")]
    assert {frag.procedure.title for frag in cut(qyer_page()) if frag.type == "step"} == {"激活步骤"}
    assert ("qa", "能开热点吗？", "可以，热点不限制。") in frags
    assert ("qa", "卡过期了号码还能保留吗？", "6 个月内不充值号码就会被收回。") in frags


def test_qyer_chrome_is_gone() -> None:
    # holdout295: the asker's info line, 「4 个回答」, each answer's footer and the badge glued to the name were text
    text = all_text(cut(qyer_page()))
    for chrome in ("1832 浏览", "关注问题", "个回答", "有用", "评论 (8)", "欧洲达人", "2026-11-09", "我来回答",
                   "相关问题", "giffgaff", "穷游网", "目的地", "法国"):
        assert chrome not in text, chrome


def test_qyer_classes_on_another_sites_page_are_left_alone() -> None:
    # no qyer asset: the reader does not run, the answers are not replies
    frags = texts(cut(qyer_page(assets="/js/site.js")))
    assert all("的回答" not in title and "（回复）" not in title for _, title, _ in frags)
