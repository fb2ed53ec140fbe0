"""A Qualtrics survey as its printable preview saves it: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def survey(skin: str = "SkinInner") -> str:
    return ("<html><head><title>调查</title></head><body>"
            f"<div class='{skin}' id='SkinContent'><div class='Survey-Name'><h1>终端 SIM 卡调查</h1></div>"
            "<div class='BlockHeader'>Block: 开场说明 (1 Question)</div>"
            "<div class='QuestionOuter DB' id='QID1'><div class='QuestionText'><h2>致各位机手</h2>"
            "<p>终端里插的是 Kcell 的 M2M 卡，每月 1 490 ₸。</p></div></div>"
            "<div class='BlockHeader'>Block: 您的使用情况 (3 Questions)</div>"
            "<div class='QuestionOuter MC' id='QID2'><div class='QuestionText'>Q1. 车辆离线大约有几天？</div>"
            "<div class='QuestionBody'><ul class='ChoiceStructure'><li class='Selection'><label>从未离线</label></li>"
            "<li class='Selection'><label>1–3 天</label></li></ul></div></div>"
            "<div class='QuestionOuter MC' id='QID3'><div class='DisplayLogic'>Display This Question: If Q1 != 从未离线</div>"
            "<div class='QuestionText'>Q2. 离线主要发生在哪里？</div>"
            "<div class='QuestionBody'><ul class='ChoiceStructure'><li class='Selection'><label>洼地、河谷</label></li>"
            "<li class='Selection'><label>边境地块</label></li></ul></div></div>"
            "<div class='QuestionOuter Matrix' id='QID4'><div class='QuestionText'>Q3. 请为以下方面打分（1–5）</div>"
            "<div class='QuestionBody'><table class='ChoiceStructure'><thead><tr><th></th><th>1</th><th>2</th></tr></thead>"
            "<tbody><tr><th class='c1'>月费的性价比</th><td>○</td><td>○</td></tr>"
            "<tr><th class='c1'>复机是否方便</th><td>○</td><td>○</td></tr></tbody></table></div></div>"
            "<div class='QuestionOuter TE' id='QID5'><div class='QuestionText'>Q4. 您还有什么建议？</div>"
            "<div class='QuestionBody'><textarea class='InputText'></textarea></div></div>"
            "<div class='EndOfSurvey'><p>感谢您的参与！代金券在经销中心前台兑换。</p></div>"
            "</div></body></html>")


def test_a_qualtrics_previews_block_headers_conditions_matrix_and_end_message_read_as_the_survey_shows_them() -> None:
    # holdout194: 「Block: …」 lines fragments of their own, Q2's display condition ending Q1, the matrix's
    # radio marks 「○」 under an empty header cell, the end-of-survey message the answer of the open question
    got = texts(cut(survey()))
    assert got[0] == ("section", "致各位机手", "终端里插的是 Kcell 的 M2M 卡，每月 1 490 ₸。")
    assert not any("Block:" in title + text for _, title, text in got)
    assert [text for _, title, text in got if "离线大约" in title] == ["从未离线\n1–3 天"]
    assert [text for _, title, text in got if "离线主要" in title] == [
        "Display This Question: If Q1 != 从未离线\n洼地、河谷\n边境地块"]
    assert [text for _, title, text in got if "打分" in title] == ["月费的性价比\n复机是否方便"]
    assert got[-1] == ("section", "终端 SIM 卡调查", "感谢您的参与！代金券在经销中心前台兑换。")


def test_a_page_without_qualtrics_skin_is_left_alone() -> None:
    assert any("Block:" in text for _, _, text in texts(cut(survey(skin="Skin"))))
