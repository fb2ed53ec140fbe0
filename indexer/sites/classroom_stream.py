"""A Google Classroom class's stream (信息流) as the browser saves it.

The page is Google's app with scrambled class names: the Google bar (the class's name after 「Google 课堂 ›」), the
class's tabs (信息流 / 课业 / 人员 / 成绩), the sidebar of other classes, the class's banner (its name in the <h1>, the
college, room and schedule, 「课程代码 k7d2xqp」), the 「即将截止」 box, the composer's placeholder 「与全班同学分享内容…」,
then the announcements (`div[jsname=announcement]`): a line of the teacher's name and the date, the text (its first
line in bold its title), then blocks each opened by a label — the attachments 「附件」 (a card per file: its name and
its kind 「PDF」 / 「YouTube 视频」) and the class comments 「班级评论（3）」 (each a card of the writer's name, the date
and the text; the teacher answers there under the name without the role 「（老师）」).

Read as a page (holdout134) each announcement's author and date line ended the part before it (the first one the
class's banner, after the composer's placeholder); the attachment cards were lines of their own (「附件」, the name,
「PDF」); the comments were the announcement's text, each writer glued to the date (「王磊11月17日」), the teacher's
answers among them; an empty 「班级评论（0）」 was glued to the last answer.

`classroom_stream` rewrites each announcement into its text under its bold first line made a heading, a line
「附件：name · name」 of its attachments, then its comments as a blog post's are (`blogs.comments_html`: the teacher
answering a reader's question in the next comment is a Q&A), their part named after the announcement
「材料费缴纳方式（评论）」 — a stream has many, and a bare 「评论」 lost what the comments speak of (「Kaspi 里搜不到学院」 under
the fees' announcement); the author and date line, the placeholder, the kinds of files and the counts are no text.

Detected by the app's script (gstatic's boq-classroom) and the announcements' `jsname`.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import BLOCK_TAGS, append_markup, one_line, site_reader, text_tag
from indexer.sites.blogs import COMMENTS_TITLE, Comment, comments_html

_ASSETS = re.compile(r"https?://www\.gstatic\.com/_/mss/boq-classroom/")    # (the app's script)
_ROLE = re.compile(r"\s*[（(][^）)]*[）)]$")        # 「Болат Сейткали（老师）」: the teacher's role after the name
_ATTACHMENTS = re.compile(r"^(?:附件|Attachments?|Вложения)")     # the attachments' label, in the UI's language


@site_reader({"@jsname"}, assets=_ASSETS, tags=("script",))
def classroom_stream(soup: BeautifulSoup) -> None:
    """Rewrite a Classroom stream's announcements into their text, attachments' names and comments (see the
    module's docstring); drop the composer's placeholder. Any other page is unchanged."""
    posts = soup.find_all("div", attrs={"jsname": "announcement"})
    if not posts:
        return
    for stray in posts[0].find_previous_siblings("div"):
        if stray.find(BLOCK_TAGS) is None:      # (the composer's placeholder: a line to click, no post)
            stray.decompose()
    for post in posts:
        _announcement(soup, post)


def _announcement(soup: BeautifulSoup, post: Tag) -> None:
    """One announcement as its text, a line of its attachments and its comments' part."""
    blocks = post.find_all("div", recursive=False)
    text = next((block for block in blocks if block.find(BLOCK_TAGS) is not None
                 and block.find("div") is None), None)      # (the text: paragraphs and lists, no cards)
    if text is None:
        return
    header = blocks[0] if blocks[0] is not text else None
    author = _ROLE.sub("", one_line(header.find("span"))) if header is not None else ""
    names: list[str] = []
    comments: list[Comment] = []
    for block in blocks[blocks.index(text) + 1:]:
        label = block.find("span", recursive=False)
        cards = block.find_all(["a", "div"], recursive=False)
        if isinstance(label, Tag) and _ATTACHMENTS.match(one_line(label)):
            names += [name for card in cards if (name := one_line(card.find("div")))]
        else:
            comments += [comment for card in cards if (comment := _comment(card, author)) is not None]
    lead, title = text.find(BLOCK_TAGS), ""
    if isinstance(lead, Tag) and lead.name == "p" and one_line(lead.find(["b", "strong"])) == one_line(lead):
        title = one_line(lead)      # (its bold first line: the title, a heading over the text and the comments' part)
        lead.name = "h2"
        lead.string = title
    post_in_place(soup, post, text, title, names, comments)


def post_in_place(soup: BeautifulSoup, post: Tag, text: Tag, title: str, names: list[str],
                  comments: list[Comment]) -> None:
    """Put a class stream's post (Classroom's, Edmodo's) in its card's place: its text, a line naming its
    attachments (「附件：…」), then its comments' part titled after the post (「材料费缴纳方式（评论）」): under the bare
    「评论」 a thread loses the words its post's title lent it."""
    body = soup.new_tag("div")
    body.extend(list(text.children))
    if names:
        body.append(text_tag(soup, "p", "附件：" + " · ".join(names)))
    markup = comments_html(comments)
    named = f"<h3>{html.escape(title)}（{COMMENTS_TITLE}）</h3>" if title else f"<h3>{COMMENTS_TITLE}</h3>"
    append_markup(body, markup.replace(f"<h2>{COMMENTS_TITLE}</h2>", named, 1))
    post.replace_with(body)


def _comment(card: Tag, author: str) -> Comment | None:
    """A comment card's writer (its first span) and text (its paragraphs); the teacher's own is the post's author's."""
    text = " ".join(line for paragraph in card.find_all("p") if (line := one_line(paragraph)))
    if not text:
        return None
    name = one_line(card.find("span"))
    return Comment(name, text, bool(author) and name == author)
