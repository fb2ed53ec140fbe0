"""Read a Facebook post — a group's or a page's, with its comments — as the browser saves it, as its reader sees it.

Pure: no I/O. Facebook draws the page in obfuscated utility classes (「x1n2onr6 x1ja2u2z」, changed
with every release), so none is read: its own attributes are. The post is a `role="article"` whose
text stands in `div[data-ad-preview="message"]` (「data-ad-comet-preview」 beside it), one
`div[dir="auto"]` a paragraph; its header holds the avatar, the author's name (a heading's link),
the date link (「3日」) and the audience icon; under the text stand the reaction toolbar (「讚：14 人」
👍😮 14), 「12 則留言」, the 讚 / 留言 / 分享 buttons and 「最相關」; then each comment is a
`role="article"` of its own — the commenter's name link, 「· 作者」 beside the post's author's, the
text's `div[dir="auto"]` lines, 「讚 · 回覆 · 2日」 and a reaction count — a reply set after the comment
it answers, its date linking 「?comment_id=…&reply_comment_id=…」; last 「查看更多留言」 and the
「撰寫公開留言……」 box. Around the post stand the site's banner and the group's header (cover, name,
「私人群組 · 2,317 位成員」, 「已加入」, 「＋ 邀請」, the tabs).

Read as a page (holdout51), the group's header opened the post's passage under the group's name,
the reaction counts (「😮14」「5」「❤️ 9」) titled the passages after them, every button was a line,
the commenters' names were bare lines — a name ended one passage and its text opened the next,
three people's comments shared one — and two passages were only 「讚 回覆 3日」.

`facebook_post` puts the post in the page's place as an `<article>`, read as a forum thread is
(`indexer.sites.threads`): the post's headline titles it (the `<title>`'s part naming the post, else its
first line or sentence when short), the post is its text, then each comment and reply in the page's
order is a part headed by who wrote it (the post's author 「name（楼主）」, as a thread's poster), its
text only. A reader's comment that asks, answered by the post's author in the reply right after it
in the same thread (Facebook's permalinks say so), is a question with that answer (as a blog's
comments are: `indexer.sites.blogs`). Names, dates, counts, buttons, menus, the group's header and the
comment box are no text. Only a page Facebook made (`<html id="facebook">` or its fbcdn.net assets)
holding one post with the message markup is read; a feed of many posts is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, emoji_as_text, loads_assets, one_line, page_marks, raw_text, writer_heading
from indexer.render_text import HEADING_MAX
from indexer.sites.bbs import ASKS
from indexer.sites.threads import OP

_MESSAGE = "data-ad-preview"          # the post's text: data-ad-preview="message"
_ARTICLE = "article"                  # role="article": the post, and each comment
_ASSETS = re.compile(r"^(?:https?:)?//[\w.-]*\bfbcdn\.net/")
_OWNER = frozenset({"作者", "Author"})       # the badge beside the post's author's name among the commenters
_BADGE = re.compile(r"^[\s·•]*(.*?)\s*$")
# the <title> Facebook gives a post: 「(3) Group | the post's headline | Facebook」 (the count: unread notifications)
_TITLE_COUNT = re.compile(r"^\s*\(\d+\+?\)\s*")
_TITLE_SITE = re.compile(r"\s*\|\s*Facebook\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！!？?；;]")


@dataclass(frozen=True)
class Comment:
    name: str
    lines: tuple[str, ...]
    by_author: bool
    thread: str         # the comment_id its permalink names: a comment and its replies share it
    reply: bool         # a reply to a comment (its permalink names a reply_comment_id)


def facebook_post(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Put a Facebook post page's post and comments in its place, as an `<article>` (see the
    module's docstring). `marks` are the page's (html_text.page_marks): a page without Facebook's
    message markup is left alone."""
    marks = page_marks(soup) if marks is None else marks
    if _MESSAGE not in {mark[1:] for mark in marks if mark.startswith("@")} or soup.body is None \
            or not _made_by_facebook(soup, marks):
        return
    post = _the_post(soup)
    if post is None:
        return
    card, message = post
    text = _lines(message)
    if not text:
        return
    author = _post_author(card)
    cards = card.find_all(attrs={"role": _ARTICLE})
    names = {name for name in [author, *map(_name, cards)] if name}
    comments = [comment for node in cards if (comment := _comment(node, names)) is not None]
    post_thread(soup, _subject(soup, text), text, comments, author)


def _made_by_facebook(soup: BeautifulSoup, marks: frozenset[str]) -> bool:
    """Facebook's own page: its `<html id="facebook">`, or its assets from fbcdn.net."""
    if "#facebook" in marks and soup.html is not None and soup.html.get("id") == "facebook":
        return True
    return loads_assets(soup, _ASSETS)


def _card_of(node: Tag) -> Tag | None:
    """The nearest `role="article"` holding the node: the post or the comment it belongs to."""
    return node.find_parent(attrs={"role": _ARTICLE})


def _the_post(soup: BeautifulSoup) -> tuple[Tag, Tag] | None:
    """The one post of the page and its message: a feed (several posts) is no one article, and
    a post's message in no `role="article"` is not the markup read here."""
    found = [(card, message) for message in soup.find_all(attrs={_MESSAGE: "message"})
             if (card := _card_of(message)) is not None and _card_of(card) is None]
    return found[0] if len(found) == 1 else None


def _own(node: Tag, card: Tag) -> bool:
    """The node is the card's own, not a comment's nested in it, a button's or a link's."""
    return _card_of(node) is card and node.find_parent(attrs={"role": "button"}) is None


def _lines(holder: Tag) -> list[str]:
    """A text's paragraphs: its `div[dir="auto"]` holding no other (Facebook's paragraph), each
    as the reader sees it (an emoji drawn as an image its character, a 「查看更多」 button none)."""
    for button in holder.find_all(attrs={"role": "button"}):
        button.decompose()
    emoji_as_text(holder)
    leaves = [div for div in holder.find_all("div", dir="auto") if div.find("div", dir="auto") is None]
    return [line for leaf in leaves or [holder] for line in clean(raw_text(leaf)).split("\n") if line]


def _post_author(card: Tag) -> str:
    """Who wrote the post: the name its header's heading links (an <h2>, <h3> or <h4> of the post's own)."""
    heading = next((found for found in card.find_all(["h2", "h3", "h4"]) if _card_of(found) is card), None)
    return one_line(heading)


def _name(card: Tag) -> str:
    """Who wrote a comment: its first own link with text (the avatar's has none), not its date's
    permalink (「?comment_id=…」)."""
    return next((text for link in card.find_all("a", href=True) if _own(link, card)
                 and "comment_id" not in str(link["href"]) and (text := one_line(link))), "")


def _comment(card: Tag, names: set[str]) -> Comment | None:
    """One comment's (or reply's) own name, text, author badge and permalink, not those of the
    replies nested in it; its text without the name of whom it answers (`names`: the page's)."""
    text = [leaf for leaf in card.find_all("div", dir="auto") if _own(leaf, card)
            and leaf.find("div", dir="auto") is None and leaf.find_parent("a") is None] \
        or [leaf for leaf in card.find_all("span", dir="auto", lang=True) if _own(leaf, card)
            and leaf.find("span", dir="auto", lang=True) is None and leaf.find_parent("a") is None]
    if text:
        _unaddress(text[0], names)
    held = {id(leaf) for leaf in text}      # the text's own paragraphs: a 「作者」 there is no badge
    lines = tuple(line for leaf in text for line in _lines(leaf))
    if not lines:
        return None         # a sticker, a photo, or a comment taken away
    badge = any(_BADGE.match(str(string)).group(1) in _OWNER for string in card.find_all(string=True)
                if isinstance(string.parent, Tag) and _own(string.parent, card)
                and not any(id(parent) in held for parent in string.parents))
    query = next((found for link in card.find_all("a", href=True) if _own(link, card)
                  and "comment_id" in (found := parse_qs(urlsplit(str(link["href"])).query))), {})
    return Comment(_name(card), lines, badge, query.get("comment_id", [""])[0], "reply_comment_id" in query)


def _unaddress(text: Tag, names: set[str]) -> None:
    """Drop the mention a reply opens with (Facebook links the name of whom it answers: a
    name on the page), and the space after it."""
    first = next((node for node in text.descendants if isinstance(node, Tag) and node.name == "a"
                  or not isinstance(node, Tag) and str(node).strip()), None)
    if isinstance(first, Tag) and one_line(first) in names:
        after = first.next_sibling
        first.decompose()
        if after is not None and not isinstance(after, Tag):
            after.replace_with(str(after).lstrip(" ,，:：\u00a0"))


def post_thread(soup: BeautifulSoup, subject: str, lines: list[str], comments: list[Comment], author: str,
                blocks: list[Tag] = ()) -> None:
    """The page's body becomes the post read as a thread: its headline, its lines, the blocks that go
    on with its text (an X thread's later posts: `indexer.sites.twitter`), then its comments
    (`_comment_parts`). A social network's post page (Facebook's, VK's: `indexer.sites.vk`)."""
    article = soup.new_tag("article")
    if subject:
        article.append(soup.new_tag("h1", string=subject))
    for line in lines:
        article.append(soup.new_tag("p", string=line))
    for block in blocks:
        article.append(block)
    for node in _comment_parts(soup, comments, author):
        article.append(node)
    soup.body.clear()
    soup.body.append(article)


def _comment_parts(soup: BeautifulSoup, comments: list[Comment], author: str) -> list[Tag]:
    """The comments in the page's order, each a part headed by who wrote it; a reader's comment
    that asks with the post's author's reply right after it in the same thread, a question with
    that answer."""
    nodes: list[Tag] = []
    i = 0
    while i < len(comments):
        comment = comments[i]
        mine = comment.by_author or bool(author) and comment.name == author
        nodes.append(writer_heading(soup, (comment.name + OP if mine else comment.name) or "留言"))
        answer = comments[i + 1] if i + 1 < len(comments) else None
        if not mine and answer is not None and _answers(answer, comment, author) and ASKS.search(" ".join(comment.lines)):
            details = soup.new_tag("details")
            details.append(soup.new_tag("summary", string="問：" + " ".join(comment.lines)))
            for line in answer.lines:
                details.append(soup.new_tag("p", string=line))
            nodes.append(details)
            i += 2
            continue
        for line in comment.lines:
            nodes.append(soup.new_tag("p", string=line))
        i += 1
    return nodes


def _answers(reply: Comment, comment: Comment, author: str) -> bool:
    """The post's author's reply in the thread of the comment before it: the reading is clear."""
    return (reply.by_author or bool(author) and reply.name == author) and reply.reply \
        and bool(comment.thread) and reply.thread == comment.thread


def _subject(soup: BeautifulSoup, text: list[str]) -> str:
    """The post's headline: the part of the `<title>` after the group's or page's name
    (「(3) 香港人在哈薩克 | 求救🙏 部機突然顯示「無SIM卡」 | Facebook」), else the first sentence of its
    first line when short (without its end mark: a title that asks would make the post its answer),
    else the group's or page's name, as a chat's post without a headline is titled by its chat."""
    title = _TITLE_SITE.sub("", _TITLE_COUNT.sub("", one_line(soup.title)))
    pieces = [piece.strip() for piece in title.split(" | ")]
    named = pieces[-1] if len(pieces) >= 2 else ""
    sentence = _SENTENCE_END.split(text[0], maxsplit=1)[0].strip()
    place = pieces[0] if pieces[0].casefold() != "facebook" else ""
    return next((found for found in (named, sentence) if 0 < len(found) <= HEADING_MAX), place)
