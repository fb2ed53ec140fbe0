"""A DingTalk (钉钉) document (钉钉文档, alidocs knowledge base), as the browser saves it.

DingTalk's editor (a Slate editor, 「we-editor」) draws its blocks as elements of
「data-slate-node="element"」 directly under 「div.we-editor-content」: headings are <h2> (「we-heading」),
but a paragraph is a 「div.we-paragraph」, a list item a 「div.we-list」 of its own with its list's kind
and depth (「data-list-type="ordered|bulleted"」 「data-list-level」), its marker drawn in a span
(「span.we-list-marker」 「1.」 「•」) before its 「div.we-list-content」, a callout a 「div.we-callout」 with
its emoji in a span (「span.we-callout-emoji」 ⚠️) and its paragraphs in 「div.we-callout-content」, a table
a 「div.we-table-wrapper」 whose cells hold paragraphs. Under the document stands the comment panel
(「section.doc-comment-panel」: each 「doc-comment-item」 a quote of the text commented on, the writer's
name, a 「文档所有者」 tag on the owner's, the time, the text, 回复 / 解决 / ···, and its replies). Read as
it stands, every marker was a line of its own (「1.」…「5.」 over each step, 「•」 over each item), the
ordered items were no steps, the callout ran into the last step, and the comment panel ran into the
document's last answer, its writers' names lost and its times and tags glued to the text
(「文档所有者11月11日 10:02」). `dingtalk_blocks` rewrites the blocks into the HTML they show, so every
rule that reads HTML reads them too, and the comments become the document's last part 「评论」, as
Feishu's and blog engines' are (`blogs.comments_html`): a question the owner answers is a Q&A there.

Detected strictly by DingTalk's editor marks (html_text.page_marks): the editor's content class with
Slate's editor and node attributes (「we-editor-content」 「data-slate-editor」 「data-slate-node」).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import FlatItem, append_markup, nest_flat_lists, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = ("we-editor-content", "@data-slate-editor", "@data-slate-node")
_LISTS = {"ordered": "ol", "bulleted": "ul"}
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)、]?\s*$")
_OWNER = "文档所有者"       # the tag DingTalk sets beside the document owner's comments


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def dingtalk_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a DingTalk document's blocks into the HTML they show: paragraphs <p>, a run of list
    items one <ol>/<ul> per kind nested by their depth (their drawn markers gone, a numbered list's
    first number its start), a callout a box of its paragraphs without its emoji, a table its cells'
    text; the comment panel's comments are the document's last part 「评论」 (the owner's, tagged
    「文档所有者」, the author's). A page of any other kind is unchanged. `marks` are the page's."""
    content = soup.find("div", class_="we-editor-content")
    if not isinstance(content, Tag):
        return
    comments = _comments(soup)
    blocks = [tag for tag in content.find_all(True, recursive=False)]
    shown = _shown(soup, blocks)
    for block in blocks:
        block.extract()
    content.extend(shown)
    append_markup(content, comments_html(comments))


def _comments(soup: BeautifulSoup) -> list[Comment]:
    """The comment panel's comments in order, replies after the comment they answer; the panel goes,
    its quotes of the text, times, tags and buttons with it."""
    comments = []
    for panel in soup.find_all("section", class_="doc-comment-panel"):
        for item in panel.find_all("div", class_="doc-comment-item"):
            main = item.find("div", class_="doc-comment-main", recursive=False)
            text = main.find(class_="doc-comment-content") if isinstance(main, Tag) else None
            if not isinstance(text, Tag) or not one_line(text):
                continue
            owner = any(one_line(tag) == _OWNER for tag in main.find_all(class_="doc-comment-tag"))
            comments.append(Comment(one_line(main.find(class_="doc-comment-author")), one_line(text), owner))
        panel.decompose()
    return comments


def _level(block: Tag) -> int:
    level = str(block.get("data-list-level", "1")).strip()
    return int(level) if level.isdigit() else 1


def _start(block: Tag) -> int | None:
    """The number DingTalk draws before a numbered item (「1.」 in its 「span.we-list-marker」)."""
    marker = block.find("span", class_="we-list-marker")
    match = _NUMBER.match(marker.get_text()) if isinstance(marker, Tag) else None
    return int(match.group(1)) if match else None


def _shown(soup: BeautifulSoup, blocks: list[Tag]) -> list[Tag]:
    """What the document's blocks show, as HTML (html_text.nest_flat_lists)."""
    return nest_flat_lists(soup, blocks, lambda block: _item(soup, block), lambda block: _block(soup, block))


def _item(soup: BeautifulSoup, block: Tag) -> FlatItem | None:
    """A list block as the item it shows: its kind (numbered or bulleted) keeps its items one list."""
    kind = str(block.get("data-list-type", ""))
    if "we-list" not in block.get("class", []) or kind not in _LISTS:
        return None
    start = _start(block) if _LISTS[kind] == "ol" else None
    item = soup.new_tag("li")
    text = block.find("div", class_="we-list-content")
    item.extend(list((text if isinstance(text, Tag) else block).contents))
    for marker in item.find_all("span", class_="we-list-marker"):
        marker.decompose()
    return FlatItem(_level(block), kind, _LISTS[kind] == "ol", start, item)


def _block(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """One block (not a list item) as the tag it shows; an empty paragraph is spacing."""
    classes = block.get("class", [])
    if "we-table-wrapper" in classes:
        table = block.find("table")
        if not isinstance(table, Tag):
            return None
        for cell in table.find_all(["td", "th"]):
            paras = [text for para in cell.find_all("div", class_="we-paragraph") if (text := one_line(para))]
            if paras:
                cell.clear()
                for k, text in enumerate(paras):
                    if k:
                        cell.append(soup.new_tag("br"))
                    cell.append(text)
        return table.extract()
    if "we-callout" in classes:
        box = soup.new_tag("div")
        for para in block.find_all("div", class_="we-paragraph"):
            if para.get_text(strip=True):
                box.append(_paragraph(soup, para))
        return box if box.contents else None
    if "we-paragraph" in classes:
        return _paragraph(soup, block) if block.get_text(strip=True) else None
    return block.extract() if block.get_text(strip=True) else None      # a heading, or a kind not read here


def _paragraph(soup: BeautifulSoup, para: Tag) -> Tag:
    paragraph = soup.new_tag("p")
    paragraph.extend(list(para.contents))
    return paragraph
