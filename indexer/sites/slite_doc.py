"""A Slite document in the web app, as the browser saves it.

The app sets the document (「div.sl-doc-body」, a ProseMirror editor's <h2>, <p>, <ol> and callout
blocks, toggle lists as <details> whose summary draws its own 「▸ 」) between its frame: the workspace
sidebar, the top bar, the document header (owner 「文件負責人：name（team）」, verified badge, last edit)
and the discussions panel (「aside.sl-discussions-panel」: each 「div.sl-thread」 a quote of the text it
is about, 「blockquote.sl-thread-anchor」, over its comments, 「div.sl-comment」 each a writer
「.sl-comment-author」, a time and a text 「.sl-comment-body」, reactions; a resolved thread without its
quote; a composer). Read as it stood, the panel, an <aside>, went as chrome with the facts it adds
(dialling Taiwan from a mobile is 00 886, a bank refusing a PDF over 5 MB), and every toggle's
question kept the 「▸ 」 its summary draws. `slite_blocks` reads the panel as Tencent Docs' comments are
(`tencent_doc.put_notes`): each comment that says more than thanks a line 「评论：…」 (「評論：…」 in a
Traditional document) under the block its thread quotes — in a list item after the item's text —, a thread quoting nothing found the document's
last part 「评论」 (`blogs.comments_html`, the owner's comments the author's); writers, times, reactions
and the composer go. (A toggle's 「▸ 」 is no word of its question, as on every page: a summary's
typed triangle draws again the marker the browser draws, `parse._Walker.details`.)

Detected strictly by Slite's marks (html_text.page_marks): the document's title, body and blocks
(「sl-doc-title」 「sl-doc-body」 「sl-block」).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.render_chat import says_nothing
from indexer.sites.blogs import Comment, comments_html
from indexer.sites.tencent_doc import notes_label, put_notes, quoted_block

MARKS = ("sl-doc-title", "sl-doc-body", "sl-block")
# the header's 「文件負責人：林佩君（行政）」: who owns the document (its team in brackets no part of the name)
_OWNER = re.compile(r"[:：]\s*([^（(]+?)\s*(?:[（(].*)?$")


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def slite_blocks(soup: BeautifulSoup) -> None:
    """Read a Slite document's discussions panel into it: each comment a line 「评论：…」 under the block
    its thread quotes, a thread quoting nothing the document's last part 「评论」. A page of any other
    kind is unchanged. `marks` are the page's."""
    body = soup.find("div", class_="sl-doc-body")
    if not isinstance(body, Tag):
        return
    owner = _owner(soup)
    shown = [tag for tag in body.children if isinstance(tag, Tag)]
    unquoted: list[Comment] = []
    label = notes_label(shown)
    for panel in soup.find_all(class_="sl-discussions-panel"):
        for thread in panel.find_all("div", class_="sl-thread"):
            anchor = thread.find(class_="sl-thread-anchor")
            quote = one_line(anchor) if isinstance(anchor, Tag) else ""
            comments = _comments(thread, owner)
            target = quoted_block(shown, quote) if quote else None
            if target is None:
                unquoted.extend(comments)
                continue
            put_notes(soup, target, [c.text for c in comments if not says_nothing([c.text])], label)
        panel.decompose()
    append_markup(body, comments_html(unquoted))


def _owner(soup: BeautifulSoup) -> str:
    tag = soup.find(class_="sl-doc-owner")
    match = _OWNER.search(one_line(tag)) if isinstance(tag, Tag) else None
    return match.group(1) if match else ""


def _comments(thread: Tag, owner: str) -> list[Comment]:
    """A thread's comments in order (a reply after the comment it answers), each by its writer, the
    document's `owner`'s the author's."""
    comments = []
    for card in thread.find_all("div", class_="sl-comment"):
        text = card.find(class_="sl-comment-body")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name_tag = card.find(class_="sl-comment-author")
        name = one_line(name_tag) if isinstance(name_tag, Tag) else ""
        comments.append(Comment(name, one_line(text), bool(owner) and name == owner))
    return comments
