"""A 转转 (Zhuanzhuan) second-hand item's listing, as the browser saves it.

转转's item pages (their CSS and scripts from img1.zhuanstatic.com) set the top banner, `header.zz-header` and
`div.zz-crumbs` over `div.goods-detail`: `div.goods-info` (`div.goods-price`, `h1.goods-title`, `div.goods-labels`
of span labels 「官方验机」 「7天无理由」…, `div.seller-card`), the seller's description, the 转转质检报告
`div.inspection-report` (h2, `p.report-meta` 「质检编号：… · 质检工程师：… · 检测项 66 项 · 质检时间 …」, the
report's table, `p.report-note` 「质检结论：…」) and sections under h2; then `div.zz-comment`, h3 「留言 (4)」 over
`div.msg`s (`span.msg-user` 「：」 the question, `div.msg-reply` of `span.msg-user` 「：」 the seller's answer).

Read as it stood (holdout217): the labels were dropped with the tag boxes taken for chrome, the report's meta line
with the post meta lines (its 「meta」 class), and the comment reader took the messages for comments, the last part
「评论」 of their bare lines, questions and answers alternating. `zhuanzhuan_item` keeps the labels one line set
apart by 「 · 」, as the seller card's name and credit are, and the report's meta line (what the report is, who checked the phone, when), and reads each
message that has the seller's reply a Q&A, question over answer, without the names, as a shop's questions are
(Ruten's, 91APP's), under the heading 「留言」 without its count, the listing's last part (the block stood beside the listing's
`div.goods-detail`, the page's text). The seller card stays a line under the title: who
sells the item is what buyers ask (as Blinkit's seller box).

Detected by `goods-info` and `goods-title` on a page loading 转转's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, inside, one_line, qa_card, site_reader, text_tag

MARKS = frozenset({"goods-info", "goods-title"})
_ASSETS = re.compile(r"https?://[\w-]+\.zhuanstatic\.com/")
_SAID = re.compile(r"^\s*[:：]\s*")       # the colon after the writer's name


@site_reader(MARKS, assets=_ASSETS, tags=("link", "script", "img"), reads_comments=True)
def zhuanzhuan_item(soup: BeautifulSoup) -> None:
    """Read a 转转 listing's labels, its inspection report's meta line and its messages (see the module's
    docstring). A page of any other kind is unchanged."""
    for box in soup.find_all("div", class_=["goods-labels", "seller-card"]):
        labels = [label for label in (one_line(span) for span in box.find_all("span")) if label]
        if labels:
            box.replace_with(text_tag(soup, "p", " · ".join(labels)))
    for line in soup.select("div.inspection-report p.report-meta"):
        line.attrs.pop("class", None)       # (its 「meta」 named it a post's meta line)
    for block in soup.find_all("div", class_="zz-comment"):
        block.attrs.pop("class", None)      # (the comment reader's: they are questions the seller answered)
        heading = block.find(["h2", "h3"])
        if isinstance(heading, Tag):
            heading.string = COUNTED.sub("", one_line(heading))
            heading.name = "h2"             # a part of the listing, as its sections under their h2 are
        detail = soup.find("div", class_="goods-detail")
        if isinstance(detail, Tag) and not inside(detail, block):
            detail.append(block.extract())  # (beside the listing, outside the text the cleaner keeps)
        for message in block.find_all("div", class_="msg", recursive=False):
            _message(soup, message)


def _message(soup: BeautifulSoup, message: Tag) -> None:
    """A buyer's message and the seller's reply nested in it as a Q&A, without the writers' names."""
    reply = message.find("div", class_="msg-reply")
    if not isinstance(reply, Tag):
        return
    answer = _SAID.sub("", "".join(_unsigned(reply)))
    reply.extract()
    question = _SAID.sub("", "".join(_unsigned(message)))
    if question.strip() and answer.strip():
        qa_card(soup, message, " ".join(question.split()), " ".join(answer.split()))
    else:
        message.append(reply)


def _unsigned(block: Tag) -> list[str]:
    """A message's text without its writer's name."""
    return [str(text) for text in block.find_all(string=True)
            if not any(isinstance(parent, Tag) and "msg-user" in parent.get("class", []) for parent in text.parents)]
