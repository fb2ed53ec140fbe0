"""A Schoology course's or group's Updates feed, as the browser saves it.

Schoology (PowerSchool) writes the feed in the course's frame: the header's navigation, the left column
(`div#left-nav`: the course's picture, its name and section `div.course-info`, the course's menu), the
page's heading `h2.page-title` 「Updates」 over the 「Write a post」 form (`div#center-top`), the right column
(`div#right-column`: 「Upcoming」 events), then `ul.s-edge-feed` of posts: each `li` an `div.edge-item` whose
`span.edge-sentence` holds the poster's link and the post's rich text (`span.update-body`: an h3 title,
h4 headings, lists), an `div.edge-footer` (the date, 「12 people like this」) and `div.feed-comments` (a
`div.comment` per comment: `span.comment-author`, `span.comment-body-wrapper`, `div.comment-footer`'s date).

Read as a page (holdout146) the left column's course name and section were a part of their own glued
without a space, the post and its steps were titled 「Updates」, the post's h3 and every h4 stayed text
lines (the text sits in a `<span>` inside a list item), the 问：/答： pairs were cut wrongly, the right
column's events were a part, and the comments, read by their shape (`indexer.comments`), lost who wrote
them: the poster's answers (「@Ляззат …」) were not told from the parents' questions.

`schoology_feed` drops the columns and the heading with its form, and rewrites each post into its text
(its h3 the page's title when the feed holds one post, a part's `<h2>` otherwise) and its comments as a
blog post's are (`blogs.comments_html`: the poster answering a parent's question in the next comment is
a Q&A), their part named after the post as Classroom's are (`classroom_stream`); the poster's line, the
dates, the likes and the forms are no text.

Detected by the feed's marks: `ul.s-edge-feed` of posts with a `span.update-body`.
"""
from __future__ import annotations

import html

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.sites.blogs import COMMENTS_TITLE, Comment, comments_html


@site_reader({"s-edge-feed", "update-body", "edge-sentence"})
def schoology_feed(soup: BeautifulSoup) -> None:
    """Rewrite a Schoology Updates feed's posts into their titles, texts and comments, without the columns
    (see the module's docstring). Any other page is unchanged."""
    feed = soup.find("ul", class_="s-edge-feed")
    if not isinstance(feed, Tag):
        return
    posts = [post for post in feed.find_all("li", recursive=False) if post.find(class_="update-body") is not None]
    if not posts:
        return
    for column in (soup.find(id="left-nav"), soup.find(id="right-column"), soup.find(id="center-top")):
        if isinstance(column, Tag) and feed not in column.descendants:
            column.decompose()
    body = soup.new_tag("div")
    for post in posts:
        body.append(_post(soup, post, len(posts) == 1))
    feed.replace_with(body)


def _post(soup: BeautifulSoup, post: Tag, single: bool) -> Tag:
    """One post as its text under its title, then its comments' part."""
    text = post.find(class_="update-body")
    sentence = text.find_parent(class_="update-sentence-inner") or text.parent
    poster = one_line(sentence.find("a", recursive=False)) if isinstance(sentence, Tag) else ""
    heading = text.find(["h2", "h3"])
    title = one_line(heading)
    if isinstance(heading, Tag):
        heading.name = "h1" if single else "h2"
    comments = [Comment(name, line, bool(poster) and name == poster)
                for card in post.find_all("div", class_="comment")
                if (line := one_line(card.find(class_="comment-body-wrapper")))
                for name in (one_line(card.find(class_="comment-author")),)]
    part = soup.new_tag("div")
    part.extend(list(text.children))
    markup = comments_html(comments)
    named = f"<h3>{html.escape(title)}（{COMMENTS_TITLE}）</h3>" if title else f"<h3>{COMMENTS_TITLE}</h3>"
    append_markup(part, markup.replace(f"<h2>{COMMENTS_TITLE}</h2>", named, 1))
    return part
