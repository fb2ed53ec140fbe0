"""A Linear issue's page (linear.app/…/issue/…) as the browser saves it.

The app draws its workspace sidebar (`nav.sc-Sidebar`), then the issue (`main.sc-IssueView`): the breadcrumb
(「Dastarkhan › DAS-412」, the issue's identifier in `span.sc-IssueIdentifier`) and buttons, the title
(`h1.sc-IssueTitle`), the description (a ProseMirror editor, `div.ProseMirror`: the writer's h2 parts, lists,
tables), the sub-issues (`section.sc-SubIssues`: its heading 「Sub-issues」 with the count done 「2/3」 in
`span.sc-Count`, then `li.sc-SubIssueRow`s of a status icon — the status only its `aria-label` 「Done」 — the
identifier, the title and the assignee, each a `<span>`), the activity (`ul.sc-ActivityFeed`: the system's events
`li.sc-ActivityEvent` 「Lena created the issue · Nov 4」 among the comments `li.sc-Comment`, each a header of the
writer and time, its text in a `div.sc-CommentBody`, reactions, its replies in `ul.sc-CommentReplies`), the comment
composer, and the properties sidebar (`aside.sc-IssueProperties`: `div.sc-Property` rows of a label and a value,
Status, Priority, Assignee, Labels, Cycle, Due date).

Read as a page (holdout127), the breadcrumb and the properties went as chrome, so the issue's own identifier and
state were in no fragment and the first part was titled by the description's first heading; each sub-issue's
identifier, title and assignee were glued (「DAS-413在 SMSC.kz 提交…申请Айдос」) and its status and the count
lost; the events were a part 「Activity」 of their own, the comments moved out of it by the comment reader.

`linear_issue` rewrites such a page into the issue as an <article>: its title the <h1>, a line of its identifier
and properties (「DAS-412 · Status: In Progress · Priority: Urgent · …」) as the issue's intro, its description, a
part 「Sub-issues 2/3」 listing each sub-issue as 「DAS-413 title · assignee · Done」, and the comments (a reply
in its place, after the comment it answers) the issue's last part 「评论」 as a blog post's are
(`blogs.comments_html`: Linear marks nobody as the issue's writer, so they are remarks, as Trello's are). The
events (who created, labelled, moved what) are the app's record, no text; the sidebar, buttons, reactions and
composer neither.

Detected strictly by the app's marks (html_text.page_marks): the issue view's `sc-IssueView` and its title's
`sc-IssueTitle`, on a page loading the app's assets from static.linear.app.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = ("sc-IssueView", "sc-IssueTitle")
_ASSETS = re.compile(r"https?://static\.linear\.app/")
SUB_ISSUES_TITLE = "Sub-issues"


@site_reader(MARKS, assets=_ASSETS, gather_marks=True)
def linear_issue(soup: BeautifulSoup) -> None:
    """Rewrite a Linear issue's page into the issue as an <article>: title, identifier and properties,
    description, sub-issues, comments (see the module's docstring). Any other page is unchanged.
    `marks` are the page's."""
    views = soup.find_all(class_="sc-IssueView")
    body = soup.body
    if len(views) != 1 or not isinstance(body, Tag):
        return
    view = views[0]
    title = view.find(class_="sc-IssueTitle")
    if not isinstance(title, Tag) or not one_line(title):
        return
    article = soup.new_tag("article")
    heading = soup.new_tag("h1")
    heading.string = one_line(title)
    article.append(heading)
    line = _properties(soup, view)
    if line:
        intro = soup.new_tag("p")
        intro.string = line
        article.append(intro)
    description = next((editor for editor in view.find_all("div", class_="ProseMirror")
                        if editor.find_parent(class_="sc-ActivityFeed") is None
                        and editor.find_parent(class_="sc-CommentComposer") is None), None)
    if isinstance(description, Tag):
        for child in list(description.children):
            article.append(child.extract())
    subs = view.find(class_="sc-SubIssues")
    if isinstance(subs, Tag):
        article.extend(_sub_issues(soup, subs))
    comments: list[Comment] = []
    for item in view.find_all("li", class_="sc-Comment"):
        comment = _comment(item)
        if comment is not None:
            comments.append(comment)
    append_markup(article, comments_html(comments))
    body.clear()
    body.append(article)


def _properties(soup: BeautifulSoup, view: Tag) -> str:
    """The issue's identifier (the breadcrumb's last crumb) and its properties' 「label: value」, one line."""
    crumbs = view.find(class_="sc-Breadcrumbs")
    own = crumbs.find(class_="sc-IssueIdentifier") if isinstance(crumbs, Tag) else None
    words = [one_line(own)] if isinstance(own, Tag) and one_line(own) else []
    for row in soup.find_all("div", class_="sc-Property"):
        label, value = one_line(row.find(class_="sc-PropertyLabel")), one_line(row.find(class_="sc-PropertyValue"))
        if label and value:
            words.append(f"{label}: {value}")
    return " · ".join(words)


def _sub_issues(soup: BeautifulSoup, section: Tag) -> list[Tag]:
    """The sub-issues as a heading with its count and a list of 「identifier title · assignee · status」."""
    rows = []
    for row in section.find_all("li", class_="sc-SubIssueRow"):
        name = " ".join(part for part in (one_line(row.find(class_="sc-IssueIdentifier")),
                                          one_line(row.find(class_="sc-SubIssueTitle"))) if part)
        if not name:
            continue
        icon = row.find(class_="sc-StatusIcon")
        status = str(icon.get("aria-label", "")).strip() if isinstance(icon, Tag) else ""
        rows.append(" · ".join(part for part in (name, one_line(row.find(class_="sc-Assignee")), status) if part))
    if not rows:
        return []
    heading = soup.new_tag("h2")
    heading.string = " ".join(part for part in (SUB_ISSUES_TITLE, one_line(section.find(class_="sc-Count"))) if part)
    listed = soup.new_tag("ul")
    for text in rows:
        item = soup.new_tag("li")
        item.string = text
        listed.append(item)
    return [heading, listed]


def _comment(item: Tag) -> Comment | None:
    """A comment's writer and text (its own body, not its replies'), one line; a reply is nested."""
    text = item.find(class_="sc-CommentBody")
    if not isinstance(text, Tag):
        return None
    header = item.find(class_="sc-CommentHeader")
    name = one_line(header.find(class_="sc-Actor")) if isinstance(header, Tag) else ""
    return Comment(name, one_line(text), False, nested="sc-Reply" in item.get("class", ()))
