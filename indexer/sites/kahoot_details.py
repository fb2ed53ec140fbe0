"""A Kahoot! kahoot's details page as the browser saves it.

Pure: no I/O. Kahoot's details page (create.kahoot.it/details/…, its assets from assets-cdn.kahoot.it) draws
the kahoot's header (`section.kahoot-details__Header`: the cover, the title `h1.kahoot-details__Title`, the stats
`div.kahoot-details__Stats` 「46 收藏」「1,903 次游戏」「12,418 名玩家」 as spans, the creator line
`div.kahoot-details__Creator` of name, 「已验证」 badge and 「更新于 …」 date, the 开始 / 布置 / share buttons, then the
description `div.kahoot-details__Description`), then the question list: 「问题（8）」 over `div.question-card`s, each
its type and time limit (`div.question-card__Meta`: 「测验」「20 秒」), its question `h3.question-card__Title`
(「1 - 用手机订场要拨哪个 USSD 代码？」, numbered by the app) and its choices `ul.choices`, the right one(s)
`li.choice.choice--correct`; 「显示答案」 and 「类似的 kahoot」 around them.

Read as it stood (holdout153), the stats were one glued line 「46 收藏1,903 次游戏12,418 名玩家」 and the creator line
「LaserArenaShym已验证」 the description's first lines, and each card a part of its question over all its choices
as lines, the right-answer mark (a class) lost: no fragment said which choice was right, the wrong ones
(「发短信 LASER 到 8080」, 「趴在地上射击」) reading as the page's facts.

`kahoot_details` writes each card as its question (the app's 「N - 」 number dropped) over its right choice(s),
the wrong ones dropped as the quiz's distractors: a question that asks is a Q&A, a true/false statement a part
whose text says 「正确」/「错误」. The stats, the creator line and the cards' type and time limit go (the app's
counters and the game's settings, not the kahoot's content). Detected by the card classes (html_text.page_marks)
on a page loading Kahoot's assets.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_classed, one_line, site_reader

_ASSETS = re.compile(r"https?://(?:[\w-]+\.)*kahoot\.it/")
_CARD = "question-card"
_CORRECT = "choice--correct"
_NUMBER = re.compile(r"^\d+\s*[-–]\s*")      # the app's 「3 - 」 before each question
# the app's own lines about the kahoot: counters, who made it and when, the game's settings for a card
_CHROME = ("kahoot-details__Stats", "kahoot-details__Creator", "question-card__Meta")


@site_reader({_CARD, _CORRECT}, assets=_ASSETS, gather_marks=True)
def kahoot_details(soup: BeautifulSoup) -> None:
    """Write a Kahoot details page's question cards as parts, each its question over its right choice(s) (see the
    module's docstring). A page of any other kind is unchanged."""
    for card in soup.find_all("div", class_=_CARD):
        title = card.find(["h2", "h3", "h4"])
        right = [one_line(choice) for choice in card.find_all(class_=_CORRECT)]
        right = [choice for choice in right if choice]
        if not isinstance(title, Tag) or not right:
            continue
        question = _NUMBER.sub("", one_line(title))
        card.clear()
        card.append(BeautifulSoup(f"<div><h3>{html.escape(question)}</h3><p>{html.escape('；'.join(right))}</p></div>",
                                  "html.parser").div)
    drop_classed(soup, _CHROME)
