"""Read an X (Twitter) conversation page — a post with its thread and replies — as the browser saves it.

Pure: no I/O. x.com draws its pages in react-native-web markup (`css-175oi2r` and atomic `r-…`
classes) inside `div#react-root`, its popups in `div#layers`, and names its parts by `data-testid`.
A post's page for a logged-out visitor holds the left header (the X logo, Explore, Settings), the
`primaryColumn` with its 「Post」 bar and a `section` headed by a hidden `<h1>` 「Conversation」, whose
timeline is a run of `cellInnerDiv` cells, each post an `article[data-testid="tweet"]`: the avatar,
`User-Name` (the display name, a verified badge, 「@handle」, 「·」 and the date link), 「Replying to
@handle」 over a reply, the text in `tweetText` (spans with literal newlines, hashtag links, emoji
drawn as `<img alt>`), a 「Show more」 link under a cut text, 「Translate post」, the focused post's full
date and 「48.2K Views」, and the `role="group"` counters (replies, reposts, likes, views, bookmarks);
a cell may hold 「Show more replies」. Beside the column stand the search box, 「New to X?」, 「Relevant
people」, the 「What's happening」 trends and the footer links; in the layers, the 「Log in / Sign up」
bar and the cookie sheet.

Read as a page (holdout66), the article was titled by the timeline's hidden 「Conversation」, the first
post was a part titled 「Post」 keeping its writer's name, handle, time and views, every later post was
「Conversation（回复）」 keeping its view count, the author's answers stood apart from the questions they
answer (each opening with 「Replying to」 / 「@handle」), a post's lines ran together wherever no space
stood between them (「7/ 私隱對方一接通」: `clean` joins CJK lines), and the trends were a part.

`x_thread` puts the conversation in the page's place as an `<article>`, read as a forum thread is
(`facebook.post_thread`): the first post, with the posts its author chained right under it (the
writer's thread, 「1/」 「2/」…), is the article's text, in order, line by line; it is titled by the
first post's first sentence. A thread post opening with its number and a short line (「4/ 點樣開通」)
is a part headed by that line, without the number; lines led by a bullet (「• …」) are a list. Each
other post is a part headed by its writer (the author's 「name（楼主）」); a reader's post that asks,
with the author's reply to it (「Replying to @reader」) right after it, is a question with that answer.
Names, handles, dates, counters, buttons, the sidebar and the layers are no text. A post quoted inside
another is not read.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import BR, clean, emoji_as_text, one_line, raw_text, site_reader
from indexer.render_text import HEADING_MAX
from indexer.sites.facebook import Comment, post_thread

# the marks x.com's every page bears: its React root and react-native-web's test ids (the popups'
# `div#layers` is filled after load, and a page saved before it (holdout125) has none)
MARKS = ("#react-root", "@data-testid")
_HANDLE = re.compile(r"^/(\w{1,30})$")              # a link to a user's page: 「/yan_in_almaty」
# a thread post's number: 「2/」 「2/9」 「(2/9)」 「2 /」
_COUNTER = re.compile(r"^\s*[(（]?\s*\d{1,3}\s*/\s*(?:\d{1,3})?\s*[)）]?\s+")
_BULLET = re.compile(r"^\s*[•·▪●◦‣]\s*|^\s*[-*]\s+")
_SENTENCE = re.compile(r"[^。！!？?；;]*[。！!？?；;]?")
_CLAUSE_END = "。！!？?；;，,：:"
_LINE_END = "。；;，,：:"        # a line ending so goes on into what follows: no heading
# what closes a thread's first post after its words: the thread emoji and its number 「🧵 1/8」 「1/」 「(1/8)」
_OPENER_MARK = re.compile(r"(?:\s*[🧵👇])*\s*(?:[(（]?\s*1\s*/\s*\d{0,3}\s*[)）]?)?(?:\s*[🧵👇])*\s*$")
_SUBJECT_MAX = 80       # a post runs to 280 characters: its opening sentence is its headline


class _Post:
    """One post: its writer's display name and handle, the handles it replies to, its text's lines."""

    def __init__(self, tweet: Tag) -> None:
        names = tweet.find(attrs={"data-testid": "User-Name"})
        links = [link for link in names.find_all("a", href=_HANDLE)] if isinstance(names, Tag) else []
        self.name = next((one_line(emoji_as_text(link)) for link in links if not one_line(link).startswith("@")), "")
        self.handle = next((_HANDLE.match(str(link["href"])).group(1) for link in links), "")
        self.name = self.name or self.handle
        texts = tweet.find_all(attrs={"data-testid": "tweetText"})
        self.lines = _lines(texts[0]) if texts else []
        held = [names, *texts]
        self.replying_to = [_HANDLE.match(str(link["href"])).group(1) for link in tweet.find_all("a", href=_HANDLE)
                            if one_line(link).startswith("@")
                            and not any(parent is part for parent in link.parents for part in held)]


@site_reader(MARKS, gather_marks=True)
def x_thread(soup: BeautifulSoup) -> None:
    """Put an X conversation page's posts in its place, as an `<article>` (see the module's
    docstring). `marks` are the page's (html_text.page_marks): a page without x.com's root, layers
    and a timeline of posts is left alone."""
    if soup.body is None:
        return
    column = soup.find(attrs={"data-testid": "primaryColumn"})
    tweets = column.find_all("article", attrs={"data-testid": "tweet"}) if isinstance(column, Tag) else []
    posts = [_Post(tweet) for tweet in tweets if tweet.find_parent("article", attrs={"data-testid": "tweet"}) is None]
    posts = [post for post in posts if post.lines]
    if not posts or not posts[0].handle:
        return
    lead = posts[0]
    chained = 1
    while chained < len(posts) and posts[chained].handle == lead.handle:
        chained += 1
    blocks = [node for post in posts[1:chained] for node in _thread_post(soup, post.lines)]
    lines = [_COUNTER.sub("", lead.lines[0]), *lead.lines[1:]]
    post_thread(soup, _subject(lines[0]), lines, _comments(posts[chained:], lead.handle), lead.name, blocks)


def _lines(text: Tag) -> list[str]:
    """A post's text's lines: its literal newlines are line breaks (X sets the text `pre-wrap`, and
    `clean` would join the lines of CJK text), an emoji drawn as an image its character."""
    emoji_as_text(text)
    for string in text.find_all(string=True):
        if "\n" in string:
            string.replace_with(NavigableString(str(string).replace("\n", BR)))
    return [line.strip() for line in clean(raw_text(text)).split("\n") if line.strip()]


def _thread_post(soup: BeautifulSoup, lines: list[str]) -> list[Tag]:
    """A post of the writer's thread as blocks: headed by its first line when that line, after the
    post's number, is short and more lines follow (「4/ 點樣開通」 → 「點樣開通」), its bullet lines a list."""
    nodes: list[Tag] = []
    numbered = _COUNTER.match(lines[0]) is not None
    lines = [_COUNTER.sub("", lines[0]), *lines[1:]]
    if numbered and len(lines) > 1 and len(lines[0]) <= HEADING_MAX and lines[0][-1] not in _LINE_END:
        nodes.append(soup.new_tag("h2", string=lines[0]))
        lines = lines[1:]
    listed: Tag | None = None
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet is None:
            listed = None
            nodes.append(soup.new_tag("p", string=line))
            continue
        if listed is None:
            listed = soup.new_tag("ul")
            nodes.append(listed)
        listed.append(soup.new_tag("li", string=line[bullet.end():]))
    return nodes


def _comments(posts: list[_Post], author: str) -> list[Comment]:
    """The posts after the writer's thread, in the page's order, each a comment of its writer; a post
    of the author replying to the writer of the post right before it answers that post."""
    out: list[Comment] = []
    previous = ""
    for post in posts:
        mine = post.handle == author
        answers = mine and bool(previous) and previous in post.replying_to
        out.append(Comment(post.name, tuple(post.lines), mine, previous if answers else post.handle, answers))
        previous = post.handle
    return out


def _subject(line: str) -> str:
    """The thread's headline: the first post's first sentence, else its first clause, without the
    end mark (a title that asks would make the post its own answer), nor the 「🧵 1/8」 that opens the
    thread (no words of its subject)."""
    line = _OPENER_MARK.sub("", line, count=1)
    sentence = next((found.strip() for found in _SENTENCE.findall(line) if found.strip()), "")
    clause = re.split(f"[{_CLAUSE_END}]", line, maxsplit=1)[0].strip()
    return next((found.rstrip(_CLAUSE_END) for found in (sentence, clause) if 0 < len(found) <= _SUBJECT_MAX), "")
