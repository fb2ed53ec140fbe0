"""A TWiki or Foswiki topic as the browser saves it: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

import pytest

from fragments import cut, texts

# PatternSkin: the topic's text, a 问/答 FAQ closed by the writer's signature 「-- Main.WikiName - date」
PAGE = (
    "<html><head><title> ZooPass &lt; Visitors &lt; TWiki</title></head><body class='patternViewPage'>"
    "<div class='{topic}'><h1>年卡短信开通</h1><p>年卡用短信激活。</p><h2>常见问题</h2>"
    "<p><strong>问：</strong>孩子没有手机怎么入园？</p><p><strong>答：</strong>家长打印二维码给孩子带着。</p>"
    "<p>-- <a href='/twiki/bin/view/Main/AigulS' class='{link}'>AigulS</a> - 23 Nov 2026</p></div></body></html>")


@pytest.mark.parametrize(("topic", "link"), [("patternTopic", "twikiLink"), ("foswikiTopic", "foswikiLink")])
def test_a_topics_signature_is_no_part_of_the_last_answer(topic: str, link: str) -> None:
    # holdout105: 「-- AiguleSerikbayeva - 23 Nov 2026」 was glued to the last answer
    assert texts(cut(PAGE.format(topic=topic, link=link))) == [
        ("section", "年卡短信开通", "年卡用短信激活。"),
        ("qa", "孩子没有手机怎么入园？", "家长打印二维码给孩子带着。")]


def test_a_line_linking_a_topic_of_another_web_is_no_signature() -> None:
    page = PAGE.format(topic="patternTopic", link="twikiLink").replace("/Main/AigulS'", "/Visitors/AigulS'", 1)
    assert "AigulS" in cut(page)[-1].text
