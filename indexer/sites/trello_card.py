"""A Trello card's page (trello.com/c/…) as the browser saves it.

The page draws the board behind the card — the header (Workspaces, Log in), the board's bar (its name
in an <h1>, 「Public」, 「Workspace: 丝路餐饮 KZ」, Share) and its lists' columns (`div.list-wrapper`: each
list's name in an <h2> and its 「7 cards」) — and over it the card's window (`div.card-detail-window`): the
card's title (`h2.card-detail-title-assist`), 「in list 进行中」 (`.js-current-list`), the card's fields
(`div.card-detail-item`: Members drawn as initials 「АН 王 DB」, Labels as `span.card-label`s, Dates
「Nov 28 at 6:00 PM due soon」), the description (`div.js-desc`, its Markdown rendered), each checklist
(`data-testid="checklist-container"`: its `h3.checklist-title`, the progress 「57%」, `div.checklist-item`s —
`checklist-item-state-complete` when done — their text in `.checklist-item-details-text` and a due date
in `.checklist-item-due`), the attachments (`.attachment-thumbnail-name`, then 「Added …」 and Comment /
Download / Delete), the activity (`div.phenom` cards: a comment's `mod-comment-type` with the writer's
initials, name, the text in `.current-comment` and 「Reply」; the other actions 「王磊 moved this card
from 待办 to 进行中」), and the sidebar's buttons. Read as a page, the board's name titled the article, the
card's title headed only 「in list 进行中」, the board's columns, members and dates were parts, the labels
and the attachments' names were lost, the checklist kept 「57%」 and glued a due date to its item, and
every comment's text was lost (its `action-comment` card read as furniture), only its writer's name
and initials kept.

`trello_card` rewrites such a page into the card as an <article>: its title the <h1>, a line of its
labels (「Labels: 营销 · 电话 / 通讯」), its description, each checklist a part of its items (「[x] 」 or
「[ ] 」 before each as Wolai's to-dos, a due date after the text 「· due Nov 26」), the attachments a
part of their names, and the comments the card's last part 「评论」 as a blog post's are
(`blogs.comments_html`: Trello marks nobody as the card's writer, so they are remarks). The board, the
card's list, members and dates, the progress, the other actions and the buttons are no text.

Detected strictly by Trello's marks (html_text.page_marks): the card window's `card-detail-window`,
`window-main-col` and the title's `card-detail-title-assist`.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import CJK, append_markup, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = ("card-detail-window", "window-main-col", "card-detail-title-assist")
ATTACHMENTS_TITLE = "Attachments"
_CJK_END = re.compile(f"[{CJK}]$")


@site_reader(MARKS, gather_marks=True)
def trello_card(soup: BeautifulSoup) -> None:
    """Rewrite a Trello card's page into the card as an <article>: title, labels, description,
    checklists, attachments, comments (see the module's docstring). Any other page is unchanged.
    `marks` are the page's."""
    windows = soup.find_all("div", class_="card-detail-window")
    body = soup.body
    if len(windows) != 1 or not isinstance(body, Tag):
        return
    window = windows[0]
    title = window.find(class_="card-detail-title-assist")
    if not isinstance(title, Tag) or not one_line(title):
        return
    article = soup.new_tag("article")
    heading = soup.new_tag("h1")
    heading.string = one_line(title)
    article.append(heading)
    labels = [one_line(label) for label in window.find_all("span", class_="card-label")]
    if any(labels):
        line = soup.new_tag("p")
        line.string = "Labels: " + " · ".join(label for label in labels if label)
        article.append(line)
    description = window.find("div", class_="js-desc")
    if isinstance(description, Tag):
        for child in list(description.children):
            article.append(child.extract())
    for checklist in window.find_all(attrs={"data-testid": "checklist-container"}):
        _checklist(soup, checklist, article)
    names = [one_line(name) for name in window.find_all(class_="attachment-thumbnail-name")]
    if any(names):
        article.append(list_part(soup, ATTACHMENTS_TITLE, [name for name in names if name]))
    comments = [comment for card in window.find_all("div", class_="mod-comment-type")
                if (comment := _comment(card)) is not None]
    append_markup(article, comments_html(comments))
    body.clear()
    body.append(article)


def list_part(soup: BeautifulSoup, title: str, items: list[str]) -> Tag:
    """A part `title` of a list of `items`, as a <div> of its <h2> and <ul>."""
    part = soup.new_tag("div")
    heading = soup.new_tag("h2")
    heading.string = title
    listed = soup.new_tag("ul")
    for text in items:
        item = soup.new_tag("li")
        item.string = text
        listed.append(item)
    part.extend([heading, listed])
    return part


def _checklist(soup: BeautifulSoup, checklist: Tag, article: Tag) -> None:
    """One checklist as a part of its items: done or not, the text, its due date after it; no progress."""
    items = []
    for row in checklist.find_all("div", class_="checklist-item"):
        text = one_line(row.find(class_="checklist-item-details-text"))
        if not text:
            continue
        due = one_line(row.find(class_="checklist-item-due"))
        done = "checklist-item-state-complete" in row.get("class", ())
        items.append(("[x] " if done else "[ ] ") + text + (f" · due {due}" if due else ""))
    title = one_line(checklist.find(class_="checklist-title"))
    if items:
        article.append(list_part(soup, title or "Checklist", items))


def _comment(card: Tag) -> Comment | None:
    """A comment card's writer (its name, not its initials) and text, one line."""
    text = card.find(class_="current-comment") or card.find(class_="action-comment")
    if not isinstance(text, Tag):
        return None
    paragraphs = [line for part in (text.find_all("p") or [text]) if (line := one_line(part))]
    joined = ""
    for line in paragraphs:     # (no space after a Chinese sentence's 「。」: STYLE's habit 4)
        joined += ("" if not joined or _CJK_END.search(joined) else " ") + line
    return Comment(one_line(card.find(class_="inline-member")), joined, False)
