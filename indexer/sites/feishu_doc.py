"""A Feishu (飞书, Lark) cloud document (云文档, docx) published to the web, as the browser saves it.

Feishu draws every block as a <div class="block docx-<kind>-block"> with its kind and id
(「data-block-type="ordered"」, 「data-block-id」): no <h2>, <ul>, <ol> or <p> anywhere. A block's text
is a run of 「div.ace-line」 lines of <span data-string> leaves, each line closed by a zero-width
「data-enter」 leaf, bold leaves 「span.text-bold」; a list item's marker is a div of its own before its
text (「div.bullet-dot-style」 「•」, 「div.order」 「1.」), the blocks nested under a block inside it.
Read as it stands, every marker was a line of its own (「•」 over each item, 「1.」 over each step),
the ordered blocks were no steps, the heading3 blocks plain lines inside their part, the doc info
line 「王珂 · 最后修改：10月28日 22:14」 the introduction's first line, and the comments panel (评论（3）,
each card a quote of the text commented on over its comments) went as chrome. `feishu_blocks`
rewrites the blocks into the HTML they show, so every rule that reads HTML reads them too, and the
comments become the document's last part 「评论」, as blog engines' are (`blogs.comments_html`).

Detected strictly by Feishu's marks (html_text.page_marks): a block's 「block」 class together with
the 「docx-<kind>-block」 class its kind names and the id and kind attributes.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import blocks_under, code_text, enclosing_block, one_line, show_block_runs, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = ("block", "@data-block-id", "@data-block-type", "docx-text-block")
_HEADING = re.compile(r"^heading([1-9])$")
_LISTS = {"bullet": "ul", "todo": "ul", "ordered": "ol"}
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def feishu_blocks(soup: BeautifulSoup) -> None:
    """Rewrite a Feishu docx page's blocks into the HTML they show: heading blocks h1-h6, text blocks
    <p> (an empty one is spacing), a run of list blocks of one kind one <ul>/<ol> (an ordered run broken
    where its drawn numbers start again, its first number its start), callouts a box of their blocks
    without their icon, quotes <blockquote>, code <pre>, dividers <hr>, table blocks their <table> of
    cells' text; the doc info line (owner, 「最后修改」) goes and the comments panel's comments are the
    document's last part 「评论」. A page of any other kind is unchanged. `marks` are the page's."""
    blocks = [tag for tag in soup.find_all("div", class_="block") if _is_block(tag)]
    if not blocks:
        return
    owner = soup.find(class_="doc-info-owner")
    writer = one_line(owner) if isinstance(owner, Tag) else ""
    comments = _comments(soup, writer)
    for info in soup.find_all(class_="doc-info-wrapper"):
        info.decompose()
    show_block_runs(blocks, _is_block, lambda run: _shown(soup, run))
    markup = comments_html(comments)
    if markup:
        part = soup.new_tag("div")
        part.extend(list(BeautifulSoup(markup, "html.parser").contents))
        root = soup.find("div", class_="root-block") or soup.find(id="docx")
        if isinstance(root, Tag):
            root.append(part)


def _is_block(tag: Tag) -> bool:
    classes = tag.get("class", [])
    kind = _type(tag)
    return "block" in classes and tag.has_attr("data-block-id") and kind != "page" \
        and f"docx-{kind}-block" in classes


def _type(block: Tag) -> str:
    return str(block.get("data-block-type", "")).lower()


def _comments(soup: BeautifulSoup, writer: str) -> list[Comment]:
    """The comments panel's comments in order, each by its writer (`.comment-user-name`), the document's
    owner's (the doc info line's name) the author's; the panel goes, its quotes of the text with it."""
    comments = []
    for panel in soup.find_all("div", class_="docx-comment-panel"):
        for item in panel.find_all(class_="comment-item"):
            text = item.find(class_="comment-content")
            if not isinstance(text, Tag) or not one_line(text):
                continue
            name = one_line(item.find(class_="comment-user-name"))
            comments.append(Comment(name, one_line(text), bool(writer) and name == writer))
        panel.decompose()
    return comments


def _lines(soup: BeautifulSoup, block: Tag, name: str) -> Tag:
    """A new <name> holding the block's own text: its ace-lines apart by <br>, bold leaves <strong>,
    without the zero-width enter leaves and what the block draws beside its text."""
    tag = soup.new_tag(name)
    lines = [line for line in block.find_all("div", class_="ace-line")
             if enclosing_block(line, _is_block) is block]
    for k, line in enumerate(lines):
        if k:
            tag.append(soup.new_tag("br"))
        for leaf in list(line.children):
            if isinstance(leaf, Tag) and leaf.has_attr("data-enter"):
                continue
            if isinstance(leaf, Tag) and "text-bold" in leaf.get("class", []):
                strong = soup.new_tag("strong")
                strong.append(leaf.get_text())
                tag.append(strong)
                continue
            tag.append(leaf.extract())
    for text in tag.find_all(string=True):
        if "\u200b" in text:
            text.replace_with(text.replace("\u200b", ""))
    return tag


def _number(block: Tag) -> int | None:
    """The number Feishu draws before an ordered item (「1.」 in its 「div.order」)."""
    order = block.find("div", class_="order")
    if order is None or enclosing_block(order, _is_block) is not block:
        return None
    match = _NUMBER.match(order.get_text())
    return int(match.group(1)) if match else None


def _shown(soup: BeautifulSoup, run: list[Tag]) -> list[Tag]:
    """What a run of sibling blocks shows, as HTML: consecutive list blocks of one kind make one list,
    an ordered one broken where its drawn numbers start again."""
    shown: list[Tag] = []
    holder: Tag | None = None       # the list being filled, its kind and the last number drawn in it
    listing, last = "", 0
    for block in run:
        kind = _type(block)
        if kind not in _LISTS:
            shown.extend(_block(soup, block))
            holder, listing = None, ""
            continue
        number = _number(block) if kind == "ordered" else None
        if holder is None or kind != listing or (number is not None and number != last + 1):
            holder = soup.new_tag(_LISTS[kind])
            if number is not None and number != 1:
                holder["start"] = str(number)
            shown.append(holder)
            listing, last = kind, (number or 1) - 1
        last = number if number is not None else last + 1
        item = _lines(soup, block, "li")
        for node in _shown(soup, blocks_under(block, _is_block)):
            item.append(node)
        holder.append(item)
    return shown


def _block(soup: BeautifulSoup, block: Tag) -> list[Tag]:
    """One block (not a list item) as the tags it shows, with the blocks nested in it."""
    kind = _type(block)
    heading = _HEADING.match(kind)
    if heading:
        return [_lines(soup, block, f"h{min(int(heading.group(1)), 6)}"),
                *_shown(soup, blocks_under(block, _is_block))]
    if kind == "text":
        paragraph = _lines(soup, block, "p")
        nested = _shown(soup, blocks_under(block, _is_block))
        return ([paragraph] if paragraph.get_text(strip=True) else []) + nested   # (an empty one is spacing)
    if kind in ("callout", "quote_container", "quote"):
        box = soup.new_tag("div" if kind == "callout" else "blockquote")
        if kind == "quote":
            box.append(_lines(soup, block, "p"))
        for node in _shown(soup, blocks_under(block, _is_block)):
            box.append(node)
        return [box]
    if kind == "code":
        source = block.find("pre") or block.find("code") or block
        pre = soup.new_tag("pre")
        pre.append(NavigableString(code_text(source).replace("\u200b", "").strip("\n")))
        return [pre]
    if kind == "divider":
        return [soup.new_tag("hr")]
    if kind == "table":
        table = block.find("table")
        if not isinstance(table, Tag):
            return [block]
        for cell in table.find_all(["td", "th"]):
            shown = _shown(soup, blocks_under(cell, _is_block))
            cell.clear()
            for node in shown:
                cell.append(node)
        return [table.extract()]
    if kind == "table_cell":
        return _shown(soup, blocks_under(block, _is_block))
    return [block]      # an image, a file, an embedded sheet: a kind not read here stays as it is
