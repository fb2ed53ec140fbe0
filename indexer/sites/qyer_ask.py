"""A 穷游问答 (ask.qyer.com) question page, as the browser saves it.

The page (its stylesheets and scripts under static.qyer.com) sets the qyer header (logo, 目的地 / 锦囊 / 社区 / 问答
nav, search, 登录 | 注册) and crumbs over `div.ask_detail_box`: the question's `h1.ask_detail_title`, its text
`div.ask_detail_content`, its tag links `div.ask_detail_tags`, and the asker's info line `div.ask_detail_info` (name,
「2026-11-08 21:14 提问」, 「1832 浏览」, 关注问题, 分享, 举报); then `div.ask_answer_box`: 「4 个回答」
(`div.ask_answer_num`) over `ul.answer_list` of `li.answer_item`s, each the answerer's `div.answer_user` (avatar,
`a.name`, a badge `span.user_tag` 「欧洲达人」), the answer's `div.answer_content` (paragraphs, numbered lines typed
with <br>s, 「问：…<br>答：…」 pairs) and its footer `div.answer_info` (date, 「有用 (126)」, 「评论 (8)」); the answer
form, the 相关问题 / ad side column and the footer close it.

Read as it stood (holdout295): the answers were no replies — every fragment a plain section titled by the h1, cut by
length, not by answer (the first answer split in the middle of its numbered lines, its tail glued to the whole of the
second) —, the info line 「背包里的柚子 2026-11-08 21:14 提问 1832 浏览关注问题」 and 「4 个回答」 were the question's
text, each answer's footer ran into the next answer (「2026-11-09 08:02有用 (126)评论 (8)」) and the badge into the
name (「Lyon小马哥欧洲达人」); an answer's 「1. …<br>2. …」 lines were no procedure and its 「问：/答：」 pairs no
Q&As. `qyer_ask` reads the page as `threads.forum_thread` reads a Q&A site's question (Zhihu's, Zhidao's): the
h1 the subject, the question's text the first post, the top answer answering it, each other answer a part
「name的回答」 (no badge); an answer's numbered lines are steps, named by the short line over them that names steps
(「激活步骤（我自己的顺序）：」, a bold line, as the fragmenter names a procedure by its lead line where a section holds
several: left the last line of the passage before, it made that passage (「…10 欧元延长 7 天…」) a mere introduction
the ranker gave away to the first step), and its 「问：」 / 「答：」 lines paragraphs of their own, each pair a Q&A.
Tags, info line, counts, footers, form and side column are the site's.

Detected by the page's marks (`ask_detail_title`, `answer_item`) on a page loading qyer's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader
from indexer.render_text import PROCEDURE_TITLE
from indexer.sites.threads import br_lines, line_text, post_text, ranked_answers, thread_article

MARKS = frozenset({"ask_detail_title", "answer_item"})
_ASSETS = re.compile(r"^https?://static\.qyer\.com/")     # its assets, not any qyer.com <link> (a canonical one)
_STEP_LINE = re.compile(r"^\s*\d{1,2}[.、．](?!\d)")    # a line of an answer that opens a step (「1. 到达戴高乐机场后…」)


@site_reader(MARKS, assets=_ASSETS)
def qyer_ask(soup: BeautifulSoup) -> None:
    """Put a 穷游问答 question in its page's place as a thread (see the module's docstring). A page of any other
    kind is unchanged."""
    box = soup.find(class_="ask_detail_box")
    title = box.find(class_="ask_detail_title") if isinstance(box, Tag) else None
    subject = one_line(title)
    asked = box.find(class_="ask_detail_content") if isinstance(box, Tag) else None
    if not subject:
        return
    answers: list[tuple[Tag, str]] = []
    for item in soup.find_all("li", class_="answer_item"):
        text = item.find(class_="answer_content")
        if not isinstance(text, Tag):
            continue
        _own_lines(soup, text)
        card = item.find(class_="answer_user")
        answers.append((post_text(soup, text), one_line(card.find(class_="name")) if isinstance(card, Tag) else ""))
    if answers:
        thread_article(soup, subject, ranked_answers(post_text(soup, *([asked] if isinstance(asked, Tag) else [])),
                                                     answers))


def _own_lines(soup: BeautifulSoup, text: Tag) -> None:
    """An answer's paragraph of lines typed under one another (「<p>1. …<br>2. …</p>」, 「<p>问：…<br>答：…</p>」) as one
    paragraph per line when each of its lines opens a step or a question's or answer's label: the parser reads
    numbered paragraphs as steps and a 「问：」 paragraph over an 「答：」 one as a Q&A, not a run of lines as one
    passage. A short paragraph over them naming steps (「激活步骤（我自己的顺序）：」) becomes their bold title."""
    # (a question's or its answer's label, 「问：」 / 「答：」, as the parser reads them; a lead line as long as the
    # fragmenter lets a procedure's name be; parse and fragment import this module's caller)
    from indexer.fragment import PROCEDURE_NAME_MAX
    from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX
    for paragraph in text.find_all("p"):
        lines = br_lines(paragraph)
        steps = all(_STEP_LINE.match(line_text(line)) for line in lines)
        asked = all(QUESTION_PREFIX.match(line_text(line)) or ANSWER_PREFIX.match(line_text(line)) for line in lines)
        if len(lines) < 2 or not (steps or asked):
            continue
        lead = paragraph.find_previous_sibling() if steps else None
        if isinstance(lead, Tag) and lead.name == "p" and PROCEDURE_TITLE.search(lead.get_text()) \
                and one_line(lead).endswith(("：", ":")) and len(one_line(lead)) <= PROCEDURE_NAME_MAX:
            lead.string = one_line(lead).rstrip("：:")
            lead.string.wrap(soup.new_tag("b"))
        for line in lines:
            line_paragraph = soup.new_tag("p")
            line[0].insert_before(line_paragraph)
            line_paragraph.extend([node.extract() for node in line])
        for node in list(paragraph.children):
            if not (isinstance(node, Tag) and node.name == "p"):
                node.extract()      # the line breaks and the blank space between the lines
        paragraph.unwrap()
