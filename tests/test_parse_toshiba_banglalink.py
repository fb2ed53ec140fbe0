"""Two generic rules holdout280's pages showed, read fragment by fragment: a FAQ whose question and answer are each
led by a letter badge 「Q」 / 「A」 (Toshiba Taiwan's support FAQ), and a hero's standfirst that types its dating
line after its last sentence (Banglalink's help FAQ)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body><main>{body}</main></body></html>"


def toshiba_faq(answer_badge: str = "A") -> str:
    """Toshiba's FAQ items: a <dl> each, the question and the answer led by an icon span."""
    item = ("<dl class='faq-item'><dt class='faq-q'><span class='faq-q__icon'>Q</span>{}</dt>"
            "<dd class='faq-a'><span class='faq-a__icon'>{}</span>{}</dd></dl>")
    return page("<h1>變頻冷氣遙控器設定</h1><p>適用機型：RAS-22J2KVG-T。</p><section class='faq-list'><h2>常見問題</h2>"
                + item.format("遙控器顯示正常，冷氣卻沒有反應？", answer_badge, "請確認「應急運轉」開關。")
                + item.format("室外機過了好幾分鐘才啟動，正常嗎？", answer_badge, "正常。最長約 3 分鐘。")
                + "</section>")


def test_a_faqs_letter_badges_are_no_words_of_its_questions_and_answers() -> None:
    # holdout280: titled 「Q遙控器顯示正常…？」, answered 「A請確認…」, the icon letters glued to the first word
    frags = texts(cut(toshiba_faq()))
    assert ("qa", "遙控器顯示正常，冷氣卻沒有反應？", "請確認「應急運轉」開關。") in frags
    assert ("qa", "室外機過了好幾分鐘才啟動，正常嗎？", "正常。最長約 3 分鐘。") in frags


def test_a_lone_letter_badge_without_its_pair_stays() -> None:
    # a page drawing a 「Q」 but no 「A」 badge is no badge-labelled FAQ: its letters are left as they are
    text = all_text(cut(toshiba_faq(answer_badge="B")))
    assert "B請確認" in text


def banglalink_hero(sub: str) -> str:
    return page(f"<div class='faq-hero'><h1>SIM Replacement（SIM 卡补办）</h1><p class='faq-hero__sub'>{sub}</p></div>"
                "<section><h2>SIM 补办须知</h2><p>补卡费：Tk 200（含 VAT）。</p></section>")


def test_the_dating_line_typed_after_the_standfirst_goes() -> None:
    # holdout280: 「Last updated: 12 Nov 2026」 was the title's text, glued after its subtitle
    frags = texts(cut(banglalink_hero("中文说明，适用于在孟加拉的中国用户。Last updated: 12 Nov 2026")))
    assert frags[0] == ("section", "SIM Replacement（SIM 卡补办）", "中文说明，适用于在孟加拉的中国用户。")
    assert "Last updated" not in all_text(cut(banglalink_hero("中文说明。Last updated: 12 Nov 2026")))


def test_a_date_that_opens_a_sentence_of_the_standfirst_stays() -> None:
    # 「更新于2025年的套餐：…」 after a sentence is what it says, not a by-line
    frags = texts(cut(banglalink_hero("资费如下。更新于2025年的套餐：每月 2 990 ₸")))
    assert frags[0][2] == "资费如下。更新于2025年的套餐：每月 2 990 ₸"


def test_an_a_to_z_indexs_letter_badges_are_no_question_and_answer() -> None:
    # review of session 27: an index drawing 「A」 … 「Q」 … 「R」 as badges before its entries holds a Q and an A
    # badge too, which were read as the labels 「Q：」 / 「A：」
    index = "".join(f"<li><span class='letter'>{c}</span>{word}</li>"
                    for c, word in zip("ABPQR", ("Apple ID", "Beeline", "PayPay", "QQ 邮箱", "Rakuten")))
    text = all_text(cut(page(f"<h1>品牌索引</h1><p>按首字母查找品牌。</p><ul>{index}</ul>")))
    assert "Q：" not in text and "A：" not in text


def test_letter_badges_whose_first_is_an_answers_are_no_question_and_answer() -> None:
    # review of session 27: any 「Q」 badge was paired with any 「A」 badge, in any order; a list of Q&As opens with a
    # question (here a grade table drawing 「A」 before its 「Q」 row: quality grades, no answers)
    rows = "".join(f"<p><span class='grade'>{c}</span>{what}</p>" for c, what in (("A", "全新未拆封"), ("Q", "质检后翻新")))
    text = all_text(cut(page(f"<h1>成色说明</h1><p>我们把二手机分为以下几档。</p>{rows}")))
    assert "A全新未拆封" in text and "Q质检后翻新" in text
