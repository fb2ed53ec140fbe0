"""Read a TikTok video's page — its description and comments — as the browser saves it, as its reader sees it.

Pure: no I/O. TikTok's web app names its parts by `data-e2e` (its classes are `css-…` hashes): the top bar,
the side nav, the video, then the author block (`browse-username` 「almaty.zhongwen」 and `browser-nickname`
「almaty_chinese_life · 2026-10-12」, Follow), the description `h1[data-e2e=browse-video-desc]` (its first span
the video's title, then the writer's lines as paragraphs, then the hashtag links), the music line
`h4[data-e2e=browse-music]`, the action counts, the copied link (`browse-video-link`), and the comment list
`div[data-e2e=comment-list]`: each `comment-item` the commenter's name (`comment-username-1`), the text
(`comment-level-1`), the date, 「Ответить」 and the like count, its replies `comment-reply-item`s (name
`comment-username-2`, the badge 「Автор」 beside the video's author's, the text `comment-level-2`).

Read as a page (holdout113), the author block opened the text with its names glued (「almaty.zhongwenalmaty_chinese_life
· 2026-10-12」), the description was cut into passages at its size limit wherever it fell, its keycap-numbered
procedure (1️⃣–4️⃣) was no steps, the hashtags closed its last passage, the music line titled a passage holding
the copied link, and the comments were passages of two threads each, flattened, their writers lost and every
date glued to 「Ответить」.

`tiktok_video` puts the video in the page's place as an `<article>`, read as a Facebook post is
(`indexer.sites.facebook`): the description's first span titles it, its lines are its text (without the hashtags),
a keycap-numbered run (「1️⃣」…) numbered lines as 「1.」 are (`telegram.keycap_numbered`), so they are the steps they
show, and a short pictograph line right over them (「📌 怎么用短信预订」, `parse.is_emoji_title`) names that
procedure rather than heading the lines after it (the prices and tips under it are the video's, not the
procedure's); then each comment and reply in the page's order is a part headed by who wrote it, a reader's
question the author answered in a reply to it a Q&A. The author block, music line, link, counts and buttons
are no text. Only a page TikTok served (its assets on ttwstatic.com or tiktokcdn.com) holding one description is read.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HASHTAG_LINE, clean, loads_assets, one_line, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread
from indexer.sites.telegram import keycap_numbered

_ASSETS = re.compile(r"^(?:https?:)?//[\w.-]*\b(?:ttwstatic|tiktokcdn)\.com/")
_DESCRIPTION = "browse-video-desc"
_OWNER = frozenset({"Автор", "Author", "作者", "Creator", "创作者"})      # the badge beside the video's author's name


@site_reader({"@data-e2e"}, gather_marks=True)
def tiktok_video(soup: BeautifulSoup) -> None:
    """Put a TikTok video page's description and comments in its place, as an `<article>` (see the
    module's docstring). `marks` are the page's (html_text.page_marks): another page is left alone."""
    if soup.body is None:
        return
    descriptions = soup.find_all(attrs={"data-e2e": _DESCRIPTION})
    if len(descriptions) != 1 or not loads_assets(soup, _ASSETS):
        return
    description = descriptions[0]
    title = description.find("span")
    subject = one_line(title) if isinstance(title, Tag) and len(one_line(title)) <= HEADING_MAX else ""
    if subject:
        title.decompose()
    lines = [line for part in _description_parts(description) for line in clean(raw_text(part)).split("\n")
             if line.strip() and not HASHTAG_LINE.match(line)]
    if not lines:
        return
    author = one_line(soup.find(attrs={"data-e2e": "browse-username"}))
    blocks = _blocks(soup, lines)
    post_thread(soup, subject, [], _comments(soup, author), author, blocks)


def _description_parts(description: Tag) -> list[Tag]:
    """The description and the paragraphs after it up to the music line: the HTML parser closes the <h1> at
    the first <p> it holds (no paragraph may stand in a heading), so the writer's lines follow it. The
    hashtag links go (the video's tags, no text)."""
    parts = [description]
    after = description.next_sibling
    while after is not None and not (isinstance(after, Tag) and (after.name == "div" or after.has_attr("data-e2e")
                                                                  and after.name != "a")):
        if isinstance(after, Tag):
            parts.append(after)
        after = after.next_sibling
    for part in parts:
        for tag in ([part] if part.name == "a" else []) + part.find_all("a", href=re.compile(r"^/tag/")):
            if tag.get("href", "").startswith("/tag/"):
                tag.decompose()
    return [part for part in parts if not part.decomposed]


def _blocks(soup: BeautifulSoup, lines: list[str]) -> list[Tag]:
    """The description's lines as paragraphs: a keycap number as 「1.」 (a run of them the steps), and a short
    pictograph title right over such a run the line naming the procedure (「怎么用短信预订：」), no heading."""
    from indexer.parse import is_emoji_title     # (parse imports this module)
    lines = [keycap_numbered(line) for line in lines]
    blocks = []
    for k, line in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if is_emoji_title(line) and after.startswith("1. ") and not lines[k].rstrip().endswith(("：", ":")):
            line = line[1:].lstrip("\ufe0f ") + "："
        blocks.append(soup.new_tag("p", string=line))
    return blocks


def _comments(soup: BeautifulSoup, author: str) -> list[Comment]:
    """Each comment and reply in the page's order: its writer, text and badge; a reply in its comment's thread."""
    out: list[Comment] = []
    for thread, item in enumerate(soup.find_all(attrs={"data-e2e": "comment-item"})):
        cards = [(item, "1", False)] + [(reply, "2", True) for reply in item.find_all(attrs={"data-e2e": "comment-reply-item"})]
        for card, level, reply in cards:
            text = card.find(attrs={"data-e2e": f"comment-level-{level}"})
            lines = [line for line in clean(raw_text(text)).split("\n") if line.strip()] if isinstance(text, Tag) else []
            if not lines:
                continue
            name = one_line(card.find(attrs={"data-e2e": f"comment-username-{level}"}))
            badge = any(one_line(span) in _OWNER for span in card.find_all("span", recursive=False))
            out.append(Comment(name, tuple(lines), badge or bool(author) and name == author, str(thread), reply))
    return out
