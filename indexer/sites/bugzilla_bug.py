"""A Bugzilla bug's page (show_bug.cgi) as the browser saves it.

Bugzilla draws its header (the instance's title, the bug's summary again in `span#subtitle`, 「Last modified」, the
links Home | New | Browse | Search | Reports), then the bug's form: the summary (`div.bz_short_desc_container`: the
link 「Bug 2318」 and `span#short_desc_nonedit_display`), its fields in two tables (`table.bz_show_bug_column_1`:
Status, Product, Component, Version, Importance, Assignee, Keywords…; `table.bz_show_bug_column_2`: Reported,
Modified, CC List, See Also), the attachments (`table.attachment_table`), the comments (`div.bz_comment`, the first
`bz_first_comment` being the description: a head of the number 「Description」 / 「Comment 1」, the writer
`span.bz_comment_user` and the time, then the text as the writer typed it, `pre.bz_comment_text`), the form for a
new comment, the related actions (Format For Printing, XML, Clone This Bug) and the footer.

Read as a page (holdout137), both field tables were text titled by the summary, the first fragment repeating
「Bug 2318 - summary」; the <pre> texts' line breaks were collapsed, so the description's numbered lines, its
「- 」 items and its 「问：」/「答：」 lines ran into paragraphs cut by length (one of them mid-item); the description was
titled 「评论」 like every comment, and the comments were glued to the description's last answer.

`bugzilla_bug` rewrites such a page into the bug as an <article>: its title the summary, a line of its number and
fields (「Bug 2318 · Status: RESOLVED FIXED · Product: SplatBook · …」) as the bug's intro, the description read by
the plain-text reader (`render`, as a `.txt` article is, and as `bbs` reads a PTT post: its numbered lines steps,
its 「- 」 lines a list, its 「问：」/「答：」 lines Q&A pairs), and the comments the bug's last part 「评论」 as a blog
post's are (`blogs.comments_html`: the reporter, who wrote the description, is the post's author answering). The
attachments (file names), the forms, actions, header and footer are the tracker's, no text of the bug.

Detected strictly by Bugzilla's marks (html_text.page_marks): the summary's `short_desc_nonedit_display` and the
comments' `bz_comment_text`.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader, text_tag
from indexer.model import Source
from indexer.render import render
from indexer.sites.blogs import Comment, comments_html

MARKS = ("#short_desc_nonedit_display", "bz_comment_text")
_FIELD_TABLES = ("bz_show_bug_column_1", "bz_show_bug_column_2")
# the second column is the bug's record (when it changed, who follows it, bugs linked): only who reported it, and
# when, says something of the bug; the rest made the intro a line too long for one fragment
_RECORD_KEPT = frozenset({"Reported"})
_UNSET = frozenset({"None", "---"})        # Bugzilla's words for a field left empty (Alias, Target Milestone)


@site_reader(MARKS, gather_marks=True)
def bugzilla_bug(soup: BeautifulSoup) -> None:
    """Rewrite a Bugzilla bug's page into the bug as an <article>: summary, number and fields, description,
    comments (see the module's docstring). Any other page is unchanged. `marks` are the page's."""
    summary = soup.find(id="short_desc_nonedit_display")
    texts = soup.find_all("pre", class_="bz_comment_text")
    body = soup.body
    if not isinstance(summary, Tag) or not one_line(summary) or not texts or not isinstance(body, Tag):
        return
    article = soup.new_tag("article")
    article.append(text_tag(soup, "h1", one_line(summary)))
    line = _fields(summary)
    if line:
        article.append(text_tag(soup, "p", line))
    first = texts[0]
    reporter = _writer(first)
    # the description is the bug's text: the plain-text reader reads its lines (the bug has one title, so a
    # line that reader takes for one titles a part)
    append_markup(article, re.sub(r"<(/?)h1\b", r"<\1h2",
                                  render(Source("bug.txt", "bug", first.get_text(), "markdown", ""))[0]))
    comments = [Comment(name, one_line(text), bool(name) and name == reporter)
                for text in texts[1:] if (name := _writer(text)) is not None]
    append_markup(article, comments_html(comments))
    body.clear()
    body.append(article)


def _fields(summary: Tag) -> str:
    """The bug's number (the summary's link 「Bug 2318」) and its fields' 「label: value」, one line."""
    holder = summary.find_parent(class_="bz_short_desc_container")
    number = holder.find("a") if isinstance(holder, Tag) else None
    words = [one_line(number)] if isinstance(number, Tag) and one_line(number) else []
    for table in summary.find_all_next("table", class_=list(_FIELD_TABLES)):
        for row in table.find_all("tr"):
            label, value = row.find("th", class_="field_label"), row.find("td")
            if not isinstance(label, Tag) or not isinstance(value, Tag):
                continue
            name, text = one_line(label).rstrip(":："), one_line(value)
            if text and text not in _UNSET and (_FIELD_TABLES[0] in table.get("class", ()) or name in _RECORD_KEPT):
                words.append(f"{name}: {text}")
    return " · ".join(words)


def _writer(text: Tag) -> str | None:
    """The writer of the comment whose text this is ("" when its head names none); None outside a comment."""
    comment = text.find_parent("div", class_="bz_comment")
    if not isinstance(comment, Tag):
        return None
    return one_line(comment.find(class_="bz_comment_user"))
