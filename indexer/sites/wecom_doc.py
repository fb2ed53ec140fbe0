"""A WeCom (企业微信) document (微文档) shared as a link, as the browser saves it.

The share page sets the document's own HTML (「div.melo-page-main」: an 「h1.melo-title」, <h2> parts,
<p>, <ol>, <ul> and <table> each in a 「div.melo-block」) between the page's furniture: the top bar
(logo, title, 「只读」, 「最近修改：11月17日 16:42 · name」, 评论 / 导出 / 分享 buttons), the knowledge base's
catalogue, the 「大纲」 outline pane (「div.wedoc-outline」: the document's headings once more, before
its text) and the comment panel (「section.wedoc-comment-panel」: 全文评论 and its count, each
「li.wedoc-comment-item」 a writer's name, time and text, its replies 「wedoc-comment-item--reply」 in a
list nested in it, and 「登录企业微信后参与评论」). Read as it stood, the outline pane was the first lines
of the document's introduction (「大纲」 and its five headings glued to 「适用范围：…」), and the comment
panel, read by its shape (`comments.page_comments`), knew nobody's answer: its four comments were one
passage, a question and the answer replying to it two lines of it. `wecom_blocks` takes the outline pane
out and reads the comment panel: the comments are the document's last part 「评论」, as Feishu's and
blog engines' are (`blogs.comments_html`), the replies after the comment they answer, the document's
last editor's (the top bar's 「最近修改：… · name」) the author's — a reader's question they answered is
a Q&A there.

Detected strictly by the share page's marks (html_text.page_marks): its document container and the
melo document's main part and blocks (「wedoc-doc-container」 「melo-page-main」 「melo-block」).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = ("wedoc-doc-container", "melo-page-main", "melo-block")
# the top bar's 「最近修改：11月17日 16:42 · 阿依古丽」: who edited the document last
_EDITOR = re.compile(r"最近(?:修改|编辑|更新)\s*[:：].*[·•]\s*(\S.*?)\s*$")


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def wecom_blocks(soup: BeautifulSoup) -> None:
    """Take a WeCom document's outline pane out and make its comment panel the document's last part
    「评论」 (replies after the comment they answer, the last editor's the author's). A page of any
    other kind is unchanged. `marks` are the page's."""
    main = soup.find("div", class_="melo-page-main")
    if not isinstance(main, Tag):
        return
    for outline in soup.find_all("div", class_="wedoc-outline"):
        outline.decompose()
    append_markup(main, comments_html(_comments(soup, _last_editor(soup))))


def _last_editor(soup: BeautifulSoup) -> str:
    status = soup.find(class_="wedoc-header__status")
    match = _EDITOR.search(one_line(status)) if isinstance(status, Tag) else None
    return match.group(1) if match else ""


def _comments(soup: BeautifulSoup, editor: str) -> list[Comment]:
    """The comment panel's comments in the page's order (a reply after the comment it answers), each by
    its writer (「.wedoc-comment-item__name」), the last `editor`'s the author's; the panel goes."""
    comments = []
    for panel in soup.find_all("section", class_="wedoc-comment-panel"):
        for item in panel.find_all("li", class_="wedoc-comment-item"):
            text = item.find(class_="wedoc-comment-item__content")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            name_tag = item.find(class_="wedoc-comment-item__name")
            name = one_line(name_tag) if isinstance(name_tag, Tag) else ""
            comments.append(Comment(name, one_line(text), bool(editor) and name == editor))
        panel.decompose()
    return comments
