"""A Tencent Docs (腾讯文档) online document, as the browser saves it.

Tencent Docs' page renderer (melo) draws every paragraph as a <div class="melo-para"> of
<span class="melo-text"> runs: no <h2>, <ul>, <ol> or <p> anywhere. A heading is a paragraph with
「melo-heading-<level>」 (the title 「melo-title」); a list item is a paragraph with 「melo-list」 and its
list's id, type and depth (「data-list-id」 「data-list-type="decimal|bullet"」 「data-list-level」), its marker
drawn in a span of its own (「span.melo-list-marker」 「1.」 「●」); a table is a 「melo-table」 whose cells hold
paragraphs. Read as it stands, a nested list ran out of its item — step 7's three ways to get the
code re-sent were a passage of their own after the procedure, each line led by its 「●」 — and the
comments panel (each 「comment-card」 a quote of the text commented on over its comments) went as
chrome with the facts it adds. Saved without the panel's card list (the cards straight in the side panel
`div#comment-panel`, holdout293), its one thread was a last part 「评论」 (Simplified on a Traditional page) of the two
comments' texts without the passage they hang on, and the document's end mark 「（文件完）」 a part of its own titled by
the document (the end mark goes with `parse.cut_at_end_mark`). `tencent_blocks` rewrites the paragraphs into the HTML they show, so
every rule that reads HTML reads them too, and puts each comment as a line 「评论：…」 (「評論：…」 in a
Traditional document) under the block its quote is in, as Shimo's are (`clean._shimo_comments`): the cards in the panel's
list or, without one, in the panel.

Detected strictly by Tencent Docs' marks (html_text.page_marks): its paragraphs and their text runs (「melo-para」
「melo-text」) inside the page content (「melo-page-content」, or without it the page 「melo-page」: holdout293's
page, saved so, was read by no reader, its lists' drawn markers 「•」 glued to their items).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.analysis import writes_traditional
from indexer.html_text import FlatItem, append_markup, nest_flat_lists, one_line, site_reader
from indexer.render_chat import says_nothing
from indexer.sites.blogs import COMMENTS_TITLES, Comment, comments_html

MARKS = ("melo-para", "melo-text")
# the page content holding the paragraphs: 「melo-page-content」, or in a page saved without it the page itself
# (「div.melo-page#melo-page」, holdout293)
_CONTENTS = ("melo-page-content", "melo-page")
_HEADING = re.compile(r"^melo-heading-([1-9])$")
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)、．]?\s*$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SCRIPT_CHARS = 1000     # a document's first characters, which say what script it is written in (`notes_label`)


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def tencent_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a Tencent Docs page's paragraphs into the HTML they show: the title <h1>, headings one
    level below it, a run of list paragraphs one <ol>/<ul> per list nested by their depth (their drawn
    markers gone, a numbered list's first number its start), other paragraphs <p> (an empty one is
    spacing), a table's cells their paragraphs' text; each comment that says more than thanks is a line
    「评论：…」 under the block its card quotes — after a table or a paragraph, in a list item under its
    text, at the end of a heading's part —, one quoting nothing found the document's last part 「评论」.
    A page of any other kind is unchanged. `marks` are the page's."""
    # a long document is a melo-page each page: its pages' blocks are read as one run (a list goes on)
    contents = next((found for name in _CONTENTS if (found := soup.find_all("div", class_=name))), [])
    blocks = [tag for content in contents
              for tag in content.find_all("div", class_=["melo-para", "melo-table-wrapper"]) if _is_block(tag)]
    if not blocks:
        return
    cards = _comment_cards(soup)
    content = blocks[0].parent
    shown = _shown(soup, blocks)
    for tag in shown:
        blocks[0].insert_before(tag)
    for block in blocks:
        block.decompose()
    unquoted: list[Comment] = []
    label = notes_label(shown)
    for quote, comments in cards:
        target = quoted_block(shown, quote) if quote else None
        if target is None:
            unquoted.extend(comments)
            continue
        put_notes(soup, target, [c.text for c in comments if not says_nothing([c.text])], label)
    markup = comments_html(unquoted)
    if isinstance(content, Tag):
        append_markup(content, markup)


def _is_block(tag: Tag) -> bool:
    """A paragraph or a table of the document itself (a table cell's paragraphs are the table's)."""
    return tag.find_parent(class_="melo-table") is None


def _comment_cards(soup: BeautifulSoup) -> list[tuple[str, list[Comment]]]:
    """Each comment card's quote of the text and its comments in order (the document's creator's the
    author's); the comments panel goes, its writers, times and login tip with it."""
    cards = []
    # the cards in their list, or (a page saved without it, holdout293) straight in the side panel
    panels = soup.find_all(class_="comment-card-list") or soup.find_all(id="comment-panel")
    for panel in panels:
        for card in panel.find_all(class_="comment-card"):
            quote = card.find(class_="comment-card-quote")
            comments = []
            for item in card.find_all(class_="comment-item"):
                text = item.find(class_="comment-item-content")
                if isinstance(text, Tag) and one_line(text):
                    comments.append(Comment(one_line(item.find(class_="comment-user-name")), one_line(text), False))
            if comments:
                cards.append((one_line(quote) if isinstance(quote, Tag) else "", comments))
        holder = panel.find_parent(id="comment-panel") or panel
        holder.decompose()
    return cards


def _text(soup: BeautifulSoup, para: Tag, name: str) -> Tag:
    """A new <name> holding the paragraph's text runs, without its drawn list marker."""
    tag = soup.new_tag(name)
    for child in list(para.children):
        if isinstance(child, Tag) and "melo-list-marker" in child.get("class", []):
            continue
        tag.append(child.extract())
    return tag


def _level(para: Tag) -> int:
    level = str(para.get("data-list-level", "0")).strip()
    return int(level) if level.isdigit() else 0


def _start(para: Tag) -> int | None:
    """The number Tencent Docs draws before a numbered item (「1.」 in its 「span.melo-list-marker」)."""
    marker = para.find("span", class_="melo-list-marker")
    match = _NUMBER.match(marker.get_text()) if isinstance(marker, Tag) else None
    return int(match.group(1)) if match else None


def _shown(soup: BeautifulSoup, blocks: list[Tag]) -> list[Tag]:
    """What the document's blocks show, as HTML (html_text.nest_flat_lists)."""
    return nest_flat_lists(soup, blocks, lambda block: _item(soup, block), lambda block: _block(soup, block))


def _item(soup: BeautifulSoup, para: Tag) -> FlatItem | None:
    """A list paragraph as the item it shows: its list id keeps its items one list."""
    if "melo-list" not in para.get("class", []):
        return None
    ordered = para.get("data-list-type") == "decimal"
    start = _start(para) if ordered else None
    return FlatItem(_level(para), str(para.get("data-list-id", "")), ordered, start, _text(soup, para, "li"))


def _block(soup: BeautifulSoup, block: Tag) -> Tag | None:
    """One paragraph or table (not a list item) as the tag it shows; an empty paragraph is spacing."""
    classes = block.get("class", [])
    if "melo-table-wrapper" in classes:
        table = block.find("table")
        if not isinstance(table, Tag):
            return None
        for cell in table.find_all(["td", "th"]):
            paras = [one_line(para) for para in cell.find_all("div", class_="melo-para")]
            if paras:
                cell.clear()
                for k, text in enumerate(p for p in paras if p):
                    if k:
                        cell.append(soup.new_tag("br"))
                    cell.append(text)
        return table.extract()
    heading = next((int(m.group(1)) for c in classes if (m := _HEADING.match(c))), None)
    name = "h1" if "melo-title" in classes else f"h{min(heading + 1, 6)}" if heading else "p"
    tag = _text(soup, block, name)
    return tag if tag.get_text(strip=True) else None


def quoted_block(shown: list[Tag], quote: str) -> Tag | None:
    """The first block (list item, paragraph, heading or table) whose own text holds the quote."""
    needle = "".join(quote.split())
    for top in shown:
        for tag in [top, *top.find_all(["li", "p", *_HEADINGS])]:
            if tag.name not in ("ol", "ul") and needle in "".join(_own_text(tag).split()):
                return tag
    return None


def _own_text(tag: Tag) -> str:
    """A block's text without the lists nested in it (an item's sub-items are blocks of their own)."""
    return "".join(text for text in tag.find_all(string=True)
                   if text.find_parent(["ol", "ul", "li", "p", "table", *_HEADINGS]) is tag)


def notes_label(blocks: list[Tag]) -> str:
    """The label of a document's comment lines (`put_notes`): 「評論」 in a Traditional document, else 「评论」. It is
    chosen once for the document, by its own first words, as `parse.comments_in_script` titles the comments part:
    chosen block by block, a short or neutral block (「Line ID：@chayu」) got 「评论」 in a Traditional document."""
    text = ""
    for block in blocks:
        if len(text) >= _SCRIPT_CHARS:
            break
        text += one_line(block)
    return COMMENTS_TITLES[writes_traditional(text[:_SCRIPT_CHARS])]


def put_notes(soup: BeautifulSoup, target: Tag, texts: list[str], label: str) -> None:
    """Each comment a line 「`label`：…」 (`notes_label`, the document's) under the block it is anchored to: in a list
    item after the item's own text, after a paragraph or a table, at the end of a heading's part."""
    notes = []
    for text in texts:
        note = soup.new_tag("p")
        note.string = f"{label}：{text}"
        notes.append(note)
    if not notes:
        return
    if target.name == "li":
        sub = target.find(["ol", "ul"], recursive=False)
        for note in notes:
            if sub is not None:
                sub.insert_before(note)
            else:
                target.append(note)
        return
    after = target
    if target.name in _HEADINGS:
        level = int(target.name[1])
        for sibling in target.find_next_siblings(True):
            if sibling.name in _HEADINGS and int(sibling.name[1]) <= level:
                break
            after = sibling
    for note in reversed(notes):
        after.insert_after(note)
