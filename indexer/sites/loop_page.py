"""A Microsoft Loop page, as the browser saves it.

Loop's Scriptor editor sets the page (「div.scriptor-pageFrame」: <h2> parts, paragraphs, lists, fluid
tables, callouts) in the app's frame, and writes its Loop components as blocks of their own. Three of
them were read wrong:

- the voting table (「div.loop-voting-table」: a component header 「投票表」 and its workspace, a table of
  options, descriptions and votes — each vote cell a 👍 button holding the count and 「span.voters」 the
  names — and a footer with the result) went whole as chrome (its classes say 「voting」), the heading
  over it with it: the options, the counts and the result 「结果：选 Kcell「Резерв」」 were lost. It is a
  table of the options, each vote cell 「5 票：张琳、王磊…」, the result a paragraph after it; the
  component header goes;
- the checklist (「div.scriptor-checklist」 of 「div.scriptor-checklistItem」, 「is-checked」 and a checked
  checkbox when done, an 「@assignee」 and a due date after the task) read as lines with the assignee and
  date glued to the task and no state. It is a list, each item led by 「[x] 」 or 「[ ] 」 as a checklist
  typed in text is, its assignee and due date in brackets after the task as ClickUp's tasks are
  (「…办 SIM（Данияр Касымов · 11月19日）」);
- the comments (「section.loop-comments」: each 「div.loop-comment」 a writer, a time, a text
  「.loop-comment-body」 and reactions, its replies 「loop-comment-reply」 nested in it), read by their shape
  (`comments.page_comments`), were one passage: a question and the reply under it two lines of it. Loop
  nests a reply in the comment it answers, so a question with a reply is a Q&A with its first reply
  for answer (the replies after it and the comments asking nothing the part's remarks); the comments
  are the page's last part 「评论」 (`bbs.part_html`), writers, times and reactions gone.

Detected strictly by Loop's marks (html_text.page_marks): the canvas, the Scriptor page frame and its
paragraphs (「loop-canvas」 「scriptor-pageFrame」 「scriptor-paragraph」).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.render_chat import says_nothing
from indexer.sites.bbs import ASKS, part_html
from indexer.sites.blogs import COMMENTS_TITLE

MARKS = ("loop-canvas", "scriptor-pageFrame", "scriptor-paragraph")
_COUNT = re.compile(r"\d+")


@site_reader(MARKS, gather_marks=True, reads_comments=True)
def loop_page(soup: BeautifulSoup) -> None:
    """Rewrite a Loop page's voting tables and checklists into the HTML they show and make its comments
    the page's last part 「评论」 (a question with a reply a Q&A). A page of any other kind is unchanged.
    `marks` are the page's."""
    frame = soup.find("div", class_="scriptor-pageFrame")
    if not isinstance(frame, Tag):
        return
    for voting in frame.find_all("div", class_="loop-voting-table"):
        _voting_table(soup, voting)
    for checklist in frame.find_all("div", class_="scriptor-checklist"):
        _checklist(soup, checklist)
    markup = ""
    for section in soup.find_all("section", class_="loop-comments"):
        markup += _comments_html(section)
        section.decompose()
    append_markup(frame, markup)


def _voting_table(soup: BeautifulSoup, voting: Tag) -> None:
    """The options' table, each vote cell its count and voters (「5 票：张琳、王磊」), then the result line."""
    table = voting.find("table")
    if not isinstance(table, Tag):
        return
    shown = soup.new_tag("table")
    for row in table.find_all("tr"):
        tr = soup.new_tag("tr")
        for cell in row.find_all(["th", "td"], recursive=False):
            new = soup.new_tag(cell.name)
            new.string = _vote_cell(cell) if "vote-cell" in cell.get("class", []) else one_line(cell)
            tr.append(new)
        shown.append(tr)
    voting.insert_before(shown)
    footer = voting.find(class_="loop-component-footer")
    if isinstance(footer, Tag) and one_line(footer):
        result = soup.new_tag("p")
        result.string = one_line(footer)
        voting.insert_before(result)
    voting.decompose()


def _vote_cell(cell: Tag) -> str:
    button = cell.find("button")
    count = _COUNT.search(one_line(button)) if isinstance(button, Tag) else None
    voters = cell.find(class_="voters")
    names = one_line(voters) if isinstance(voters, Tag) else ""
    said = f"{count.group()} 票" if count else ""
    return f"{said}：{names}" if said and names else said or names


def _checklist(soup: BeautifulSoup, checklist: Tag) -> None:
    """A list of the tasks, each led by its state and followed by its assignee and due date in brackets."""
    shown = soup.new_tag("ul")
    for item in checklist.find_all(class_="scriptor-checklistItem"):
        box = item.find("input")
        done = "is-checked" in item.get("class", []) or isinstance(box, Tag) and box.has_attr("checked")
        extras = [one_line(tag).lstrip("@").strip() for tag in item.find_all(class_=["loop-assignee", "loop-due"])]
        for tag in item.find_all("input"):
            tag.decompose()
        for tag in item.find_all(class_=["loop-assignee", "loop-due"]):
            tag.decompose()
        task = one_line(item)
        if not task:
            continue
        extras = [words for words in extras if words]
        li = soup.new_tag("li")
        li.string = ("[x] " if done else "[ ] ") + task + (f"（{' · '.join(extras)}）" if extras else "")
        shown.append(li)
    checklist.replace_with(shown)


def _comments_html(section: Tag) -> str:
    """The comments as the page's part 「评论」: a question with a reply nested in it a Q&A (its first reply the
    answer), the other comments and replies its remarks."""
    remarks: list[str] = []
    answered: list[tuple[str, str]] = []
    for comment in section.find_all("div", class_="loop-comment"):
        if "loop-comment-reply" in comment.get("class", []):
            continue
        text = _body(comment)
        replies = [words for reply in comment.find_all("div", class_="loop-comment-reply")
                   if (words := _body(reply)) and not says_nothing([words])]
        if text and ASKS.search(text) and replies:
            answered.append((text, replies[0]))
            replies = replies[1:]
        elif text and not says_nothing([text]):
            remarks.append(text)
        remarks.extend(replies)
    return part_html(COMMENTS_TITLE, remarks, answered)


def _body(comment: Tag) -> str:
    text = comment.find(class_="loop-comment-body")
    return one_line(text) if isinstance(text, Tag) else ""
