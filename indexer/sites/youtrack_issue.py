"""A YouTrack issue's page as the browser saves it.

The app (JetBrains' Ring UI; its class names carry a build hash, 「summary__f12」, so its elements are found by their
`data-test` names) draws its header and the breadcrumb (「SkyKZ Dropzone / Issues / SKY-412」), then the issue: a
toolbar (the issue's id `span.issue-id`, buttons, 「Created by … · Updated by …」), the summary
(`h1[data-test=ticket-summary]`), the tags (`a.tag`), the description (`div[data-test=description]`: the writer's
h2/h3 parts, lists, Q&A paragraphs), the attachments, the activity (`div[data-test=issue-activity]`: tabs, the
comments — each a header of the writer `comment__author` and the date, its text `comment__text`, buttons — and the
comment editor), and the custom-fields panel (`aside[data-test=fields-panel]`: rows of `td.field-name` and
`td.field-value`, Project, Priority, Type, State, Assignee, Fix versions, Due Date).

Read as a page (holdout137), the summary titled nothing (the first part was titled by the description's first
heading), the fields panel went as a sidebar, the id and tags were lost with the toolbar.

`youtrack_issue` rewrites such a page into the issue as an <article>, as `linear_issue` does a Linear issue: its title
the summary, a line of its id, fields and tags (「SKY-412 · Project: SkyKZ Dropzone · Priority: Critical · … · Tags:
sms, customer-facing」) as the issue's intro, its description, and the comments the issue's last part 「评论」 as a
blog post's are (`blogs.comments_html`: YouTrack marks nobody as the issue's writer among them, so they are remarks).
The toolbar's record (who created and updated it when), the attachments' file names, buttons, tabs and editor are
the app's, no text of the issue.

Detected strictly by the app's marks: the summary's and the description's `data-test` names, and the issue id.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader, text_tag
from indexer.sites.blogs import Comment, comments_html

MARKS = ("@data-test", "issue-id")
_SUMMARY, _DESCRIPTION, _ACTIVITY, _FIELDS = "ticket-summary", "description", "issue-activity", "fields-panel"


@site_reader(MARKS, gather_marks=True)
def youtrack_issue(soup: BeautifulSoup) -> None:
    """Rewrite a YouTrack issue's page into the issue as an <article>: summary, id, fields and tags, description,
    comments (see the module's docstring). Any other page is unchanged. `marks` are the page's."""
    summaries = soup.find_all("h1", attrs={"data-test": _SUMMARY})
    descriptions = soup.find_all(attrs={"data-test": _DESCRIPTION})
    body = soup.body
    if len(summaries) != 1 or len(descriptions) != 1 or not one_line(summaries[0]) or not isinstance(body, Tag):
        return
    article = soup.new_tag("article")
    article.append(text_tag(soup, "h1", one_line(summaries[0])))
    line = _fields(soup)
    if line:
        article.append(text_tag(soup, "p", line))
    for child in list(descriptions[0].children):
        article.append(child.extract())
    comments: list[Comment] = []
    activity = soup.find(attrs={"data-test": _ACTIVITY})
    if isinstance(activity, Tag):
        for text in activity.find_all(class_="comment__text"):
            writer = text.find_previous(class_="comment__author")
            comments.append(Comment(one_line(writer) if isinstance(writer, Tag) else "", one_line(text), False))
    append_markup(article, comments_html(comments))
    body.clear()
    body.append(article)


def _fields(soup: BeautifulSoup) -> str:
    """The issue's id, its custom fields' 「name: value」 and its tags, one line."""
    own = soup.find(class_="issue-id")
    words = [one_line(own)] if isinstance(own, Tag) and one_line(own) else []
    panel = soup.find(attrs={"data-test": _FIELDS})
    if isinstance(panel, Tag):
        for row in panel.find_all("tr"):
            name, value = one_line(row.find(class_="field-name")), one_line(row.find(class_="field-value"))
            if name and value:
                words.append(f"{name}: {value}")
    tags = [one_line(tag) for tag in soup.find_all("a", class_="tag") if one_line(tag)]
    if tags:
        words.append("Tags: " + ", ".join(tags))
    return " · ".join(words)
