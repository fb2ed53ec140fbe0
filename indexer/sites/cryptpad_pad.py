"""A CryptPad rich-text document (「Rich text」, the pad app), as the browser saves it.

Pure: no I/O. The app sets the document (CKEditor's `div.cke_editable`: `<h1>`/`<h2>`, `<p>`, `<ol>`,
`<ul>`, tables) between its chrome — the loading screen, the toolbar (title, 「已儲存」, users, 檔案 / 歷史紀錄
/ 快照 / 分享), the outline 「目錄」, CKEditor's toolbar — and the comments sidebar (`#cp-app-pad-comments`:
each thread a `div.cp-comment-container[data-uid]` of `div.cp-comment`s, the first the comment and the
others (`cp-comment-reply`) its replies, each a head with the writer `.cp-comment-metadata-name` and the
date, the text `.cp-comment-content`, then 回覆 / 解決 buttons). A thread is anchored in the text by an
inline `<comment data-uid="…">` around the words it is about. Read as it stood (holdout142), the sidebar,
read by its shape (`comments.page_comments`), was the document's last part 「评论」, the comment and its
reply two lines there, away from the sentence they comment on (the ID card one may leave as deposit).

`cryptpad_pad` reads the sidebar as Tencent Docs' and Slite's comments are (`tencent_doc.put_notes`):
each comment and reply that says more than thanks a line 「评论：…」 (「評論：…」 in a Traditional document)
under the block holding its thread's anchor — in a list item after the item's text, after a paragraph, after a table holding it —; a thread
whose anchor is not in the text is the document's last part 「评论」 (`blogs.comments_html`). Writers,
dates and buttons go.

Detected strictly by CryptPad's marks (html_text.page_marks): the comments sidebar and CKEditor's
editable (「#cp-app-pad-comments」 「cke_editable」).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.render_chat import says_nothing
from indexer.sites.blogs import Comment, comments_html
from indexer.sites.tencent_doc import notes_label, put_notes

MARKS = ("#cp-app-pad-comments", "cke_editable")
# the blocks a comment's line goes under: the innermost around its anchor, a table whole
_BLOCKS = ("li", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def cryptpad_pad(soup: BeautifulSoup) -> None:
    """Read a CryptPad document's comments into it: each a line 「评论：…」 under the block holding its
    thread's anchor, a thread anchored nowhere the document's last part 「评论」. A page of any other
    kind is unchanged. `marks` are the page's."""
    body = soup.find("div", class_="cke_editable")
    sidebar = soup.find(id="cp-app-pad-comments")
    if not isinstance(body, Tag) or not isinstance(sidebar, Tag):
        return
    unanchored: list[Comment] = []
    label = notes_label([body])
    for thread in sidebar.find_all("div", class_="cp-comment-container"):
        comments = _comments(thread)
        target = _anchor_block(body, str(thread.get("data-uid", "")))
        if target is None:
            unanchored.extend(comments)
            continue
        put_notes(soup, target, [c.text for c in comments if not says_nothing([c.text])], label)
    sidebar.decompose()
    append_markup(body, comments_html(unanchored))


def _anchor_block(body: Tag, uid: str) -> Tag | None:
    """The block of the document holding the thread's anchor `<comment data-uid=uid>`, if any."""
    anchor = body.find("comment", attrs={"data-uid": uid}) if uid else None
    if not isinstance(anchor, Tag):
        return None
    table = anchor.find_parent("table")
    if isinstance(table, Tag) and body in table.parents:
        return table
    block = anchor.find_parent(_BLOCKS)
    return block if isinstance(block, Tag) and body in block.parents else None


def _comments(thread: Tag) -> list[Comment]:
    """A thread's comments in order (its replies after the comment they answer), each by its writer."""
    comments = []
    for card in thread.find_all("div", class_="cp-comment"):
        text = card.find(class_="cp-comment-content")
        if not isinstance(text, Tag) or not one_line(text):
            continue
        name = card.find(class_="cp-comment-metadata-name")
        comments.append(Comment(one_line(name) if isinstance(name, Tag) else "", one_line(text), False,
                                nested="cp-comment-reply" in card.get("class", ())))
    return comments
