"""A 快科技 (news.mydrivers.com) news article page, as the browser saves it.

快科技's article page (its stylesheets under icons.mydrivers.com) sets the top nav, search and login, the breadcrumb,
then the title `div.news_bt` (the h1), the by-line `div.news_bt1` — `news_bt1_left` 「2026-11-24 15:32:08 出处：快科技
作者：振亭 编辑：振亭 人评论(1286)」 and `news_bt1_right`, the font-size buttons 「A+」「A-」 —, the text `div.news_info`,
closed by `div.news_editor` 「【本文结束】如需转载请务必注明出处：快科技」 and `div.news_bqian` 「责任编辑：振亭 文章纠错」, the tags,
share and vote buttons, the links `div.xgxw` 「相关新闻」, then the comments: `div.pinglun_title` (h3 「网友评论」, the count
「已有1286条评论」, 「查看全部」) and `div.hot_pinglun` (h4 「热门评论」, `li.pl_item`s: `div.pl_user` the commenter
「快科技网友[广东深圳]」 and time, `div.pl_content` 「问：…」, `div.pl_reply` the replier 「快科技网友[北京]」 and 「回复：…」,
`div.pl_op` 支持/反对/回复), the comment form, the 排行榜 sidebar and the footer.

Read as it stood (holdout308): the by-line kept its comment count 「人评论(1286)」 and the buttons 「A+A-」 under it,
the closing 【本文结束】 and 责任编辑 lines were glued to the last paragraphs, the 「相关新闻」 links were a content
fragment, and the comments lost their headings, commenters and times, each answer a bare 「回复：…」. `mydrivers_news`
drops the comment count, the font buttons, the closing lines, the related links, the comments' count, links, buttons
and form (their list kept, its id naming it chrome); each comment is a Q&A (`html_text.qa_card`), its question the comment without 「问：」, its
answer led by who replied (「快科技网友[北京]：…」, as `labelled_reply` does) and closing with who asked and when.

Detected by the page's marks (`news_bt1`, `news_info`) on a page loading 快科技's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, qa_card, site_reader

MARKS = frozenset({"news_bt1", "news_info"})
_ASSETS = re.compile(r"^(?:https?:)?//icons\.mydrivers\.com/")
# the font-size buttons, the closing lines, the related links, the comments' count, links and buttons
_FURNITURE = ("div.news_bt1_right", "div.news_editor", "div.news_bqian", "div.xgxw", "div.pinglun_title span",
              "div.pinglun_title a", "li.pl_item div.pl_op", "div.pl_more", "div.pl_form")
# a comment's 「问：」 and a reply's 「回复：」 labels
_QUESTION = re.compile(r"^问[：:]\s*")
_REPLY = re.compile(r"^回复[：:]\s*")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def mydrivers_news(soup: BeautifulSoup) -> None:
    """Read a 快科技 article's by-line, closing lines and comments (see the module's docstring). A page of any
    other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    by_line = soup.find("div", class_="news_bt1_left")
    if isinstance(by_line, Tag):
        count = by_line.find("a", href="#comment")
        if isinstance(count, Tag):
            for node in list(count.next_siblings):
                node.extract()
            count.decompose()
    comments = soup.find("div", class_="pinglun")
    if isinstance(comments, Tag) and comments.get("id") == "comment_list":
        del comments["id"]      # (「comment」 in its id marks it chrome: the comments are read here)
    for item in soup.find_all("li", class_="pl_item"):
        _comment(soup, item)


def _comment(soup: BeautifulSoup, item: Tag) -> None:
    """Put one comment with its reply as its Q&A; a comment without a question or a reply stays as it is."""
    question = _QUESTION.sub("", one_line(item.find(class_="pl_content")))
    reply = item.find(class_="pl_reply")
    if not question or not isinstance(reply, Tag):
        return
    name = reply.find(class_="pl_name")
    by = one_line(name.extract()) if isinstance(name, Tag) else ""
    answer = _REPLY.sub("", one_line(reply))
    if not answer:
        return
    user = item.find(class_="pl_user")
    asker = " ".join(one_line(span) for span in user.find_all("span")) if isinstance(user, Tag) else ""
    said = f"{by}：{answer}" if by else answer
    qa_card(soup, item, question, f"{said}（提问：{asker}）" if asker else said)
