"""An Edmodo group's or class's stream, as the browser saves it.

Edmodo's web app writes the group's header (`div.group-header`: the avatar's initials 「5Б」, the group's name in
the h1, its meta line), the stream's filter buttons, then `div.post-container`s: the post's header
(`div.post-header`: the avatar, the author's link, 「to 5「Б」班」, the date and the kind 「Announcement」), the text
(`div.post-text`, its bold first paragraph its title), its files (`div.post-attachments`: `a.attachment-link`
「fotoden-2025-price-list.pdf (312 KB)」), the buttons, then `div.replies-container` of `div.reply`s (the writer
`a.reply-author`, the text `div.reply-text`, the footer's date) and the reply box.

Read as a page (holdout146) the avatar's initials and the post's header were a part of their own under the
group's name, the attachment's name was lost, and the replies, read by their shape (`indexer.comments`), lost
their writers: the teacher's answers (「@刘洋 …」) were not told from the parents' questions.

`edmodo_stream` drops the avatar and rewrites each post into its text under its bold first line made a heading, a line 「附件：name」 of its files, then its
replies as a blog post's comments are (`blogs.comments_html`: the post's author answering a parent's question in
the next reply is a Q&A), their part named after the post's bold first line as Classroom's are
(`classroom_stream`); the post's header, the buttons and the reply box are no text.

Detected by the stream's marks: `div.post-container` holding `div.post-text`, and the app's `edmodo-app` body.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import BLOCK_TAGS, one_line, site_reader
from indexer.sites.blogs import Comment
from indexer.sites.classroom_stream import post_in_place


@site_reader({"edmodo-app", "post-container", "post-text"})
def edmodo_stream(soup: BeautifulSoup) -> None:
    """Rewrite an Edmodo stream's posts into their texts, files' names and replies, without the avatar and the
    posts' headers (see the module's docstring). Any other page is unchanged."""
    posts = [post for post in soup.find_all("div", class_="post-container") if post.find(class_="post-text")]
    if not posts:
        return
    for avatar in soup.select(".group-header .group-avatar"):
        avatar.decompose()      # (the group's initials drawn as its picture)
    for post in posts:
        _post(soup, post)


def _post(soup: BeautifulSoup, post: Tag) -> None:
    """One post as its text, a line of its files and its replies' part."""
    text = post.find(class_="post-text")
    author = one_line(post.find(class_="post-author-name"))
    names = [name for link in post.select(".post-attachments a") if (name := one_line(link))]
    replies = [Comment(name, line, bool(author) and name == author) for reply in post.find_all("div", class_="reply")
               if (line := one_line(reply.find(class_="reply-text")))
               for name in (one_line(reply.find(class_="reply-author")),)]
    lead = text.find(BLOCK_TAGS)
    bold = lead.find(["b", "strong"]) if isinstance(lead, Tag) else None
    title = one_line(lead) if isinstance(bold, Tag) and one_line(bold) == one_line(lead) else ""
    if title:
        lead.name = "h2"        # (its bold first line: the post's title, a heading over its text and its replies' part)
        lead.string = title
    post_in_place(soup, post, text, title, names, replies)
