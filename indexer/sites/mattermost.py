"""Read a Mattermost channel as its web app shows it, saved by the browser.

Pure: no I/O. The web app lays a channel out as one page: the announcement bar, the global header
(product switcher, search), the team and channel sidebars, the channel header (its name in
`#channelHeaderTitle`, member and pin counts, its description), the bookmarks bar, then the post
list (`div.post-list__content`): 「载入更早的消息」, date separators (「2025年9月1日 星期一」, 「昨天」)
and the posts — each a `div.post` (`id="post_…"`) with its pre-header (「已置顶」), avatar, author
(`button.user-popover`), custom status, time, text (`div.post-message__text`: the message's
Markdown rendered, headings, lists, code, quotes), reactions and reply count; a thread's replies
(`post--comment`, collapsed threads off) follow in time, the first of a run led by
「回复了 … 的主题：…」 linking to the root post — and 「新消息」, then the message box. Read as a page,
the whole channel fell under the pinned post's heading, every later post glued into sections of
that title (the replies' numbered lists steps of its procedure), the authors went while their
custom status, times, date separators and the app's labels stayed, each 「回复了 …」 line repeated
the root post's opening, and the channel's description was lost.

`mattermost_channel` puts the channel in the page's place as an `<article>` titled by the channel
(and its description's first sentence when short, as a Discord or Slack channel is by its topic),
the description its first text, then each thread in turn: a post nobody replied to is a post as
Telegram's channel posts are (`telegram.posts_html`: a short first line — the Markdown heading or
bold line the writer titled it with — titles its part, else it is a part under the channel's
name); a root post with its replies is a chat read as the Telegram reader reads one
(`telegram.chat_html`), its replies answering the question it or a reply asks (`slack.threads`).
A thread is a chat of its own: the next root post is never a part of its last answer.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, site_reader
from indexer.sites.discord import topic_title
from indexer.sites.slack import message_lines, threads
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, posts_html, threads_html

_POST_ID = re.compile(r"^post_([0-9a-z]{26})$")
_PERMALINK = re.compile(r"/pl/([0-9a-z]{26})(?:[/?#]|$)")
_TITLE_FRAME = re.compile(r"\s+-\s+[^-]*Mattermost\s*$")        # 「频道 - 团队 Mattermost」
# in a message's text: the 「(已编辑)」 stamp, emoji pictures, a link's preview, a file's card
_FURNITURE = ["post-edited__indicator", "emoticon", "post__embed-container", "post-image__column", "file-preview"]


@site_reader({"post-list__content", "post-message__text", "user-popover"}, gather_marks=True)
def mattermost_channel(soup: BeautifulSoup) -> None:
    """Put a channel Mattermost's web app shows in its page's place, as an `<article>`. `marks` are
    the page's (html_text.page_marks): a page without Mattermost's post list is none."""
    posts = _posts(soup)
    if not posts or soup.body is None:
        return
    messages = [message for post, root in posts if (message := _message(post, root)) is not None]
    if not messages:
        return
    name, description = _header(soup)
    title = topic_title(name, description[0] if description else "")
    lead = [f"<p>{html.escape(line)}</p>" for line in description]
    parts = (chat if (chat := group_chat(threads(thread))) is not None else posts_html([thread], title)
             for thread in _threads(messages))
    article = html_article(soup, title, threads_html(title, lead, parts))
    soup.body.clear()
    soup.body.append(article)


def _posts(soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """The posts as the web app lists them, each with the id of the root post a reply answers (""
    for a root post): in `div.post-list__content`, `div.post`s with Mattermost's post ids, each with
    its author's `button.user-popover` and its `div.post-message__text`. A reply's root is the post
    its 「回复了 … 的主题」 line links to; a reply without that line goes on in the thread above it.
    A page merely using some of these class names is no channel."""
    content = soup.find("div", class_="post-list__content")
    if not isinstance(content, Tag):
        return []
    out: list[tuple[Tag, str]] = []
    thread = ""                 # the root post of the thread the last post belongs to
    for post in content.find_all("div", class_="post"):
        own = _POST_ID.match(str(post.get("id", "")))
        if own is None or post.find("button", class_="user-popover") is None \
                or post.find("div", class_="post-message__text") is None:
            continue
        root = ""
        if "post--comment" in post.get("class", []):
            link = post.find("div", class_="post__link")
            target = next((match.group(1) for a in link.find_all("a", href=True)
                           if (match := _PERMALINK.search(str(a["href"]))) is not None), "") \
                if isinstance(link, Tag) else ""
            root = target or thread
        thread = root or own.group(1)
        out.append((post, root))
    return out


def _header(soup: BeautifulSoup) -> tuple[str, list[str]]:
    """The channel's name (the header's title, else the `<title>` without its team and 「Mattermost」)
    and its description's lines, as the channel header shows them."""
    header = soup.find(id="channel-header")
    named = header.find(id="channelHeaderTitle") if isinstance(header, Tag) else None
    name = " ".join(named.get_text(" ").split()) if isinstance(named, Tag) else ""
    if not name and soup.title is not None:
        name = _TITLE_FRAME.sub("", " ".join(soup.title.get_text(" ").split())).strip()
    described = header.find(class_="channel-header__description") if isinstance(header, Tag) else None
    description = message_lines(described) if isinstance(described, Tag) else []
    return name, description


def _message(post: Tag, root: str) -> Message | None:
    """A post as one message of its author, answering `root` (""); None for the app's own posts
    (joins, header changes) and for a post without text (a file alone). A heading the writer typed
    is a line of it: the post's headline when it opens the post (`telegram.post_text`)."""
    if "post--system" in post.get("class", []):
        return None
    author = " ".join(post.find("button", class_="user-popover").get_text(" ").split())
    text = post.find("div", class_="post-message__text")
    for furniture in text.find_all(class_=_FURNITURE):
        furniture.decompose()
    for heading in text.find_all(list(HEADINGS)):
        heading.name = "p"
    lines = message_lines(text)
    if not lines:
        return None
    # the writer's bold first line (「**10 月 22 日东门道闸换新模块**」) titles a post as a heading does
    styled = list(lines)
    first = text.find(["p", "div"])
    if isinstance(first, Tag) and first.get_text().strip() == lines[0].strip() and _all_bold(first):
        styled[0] = f"**{lines[0]}**"
    post_id = _POST_ID.match(str(post["id"])).group(1)
    return Message(id=post_id, sender=author, date=NO_DATE, lines=tuple(styled), plain=tuple(lines),
                   reply_to=root, joined=False)


def _all_bold(block: Tag) -> bool:
    """Whether every word of a paragraph is bold (or a heading's)."""
    words = "".join(block.get_text().split())
    bold = "".join("".join(strong.get_text().split()) for strong in block.find_all(["strong", "b"]))
    return block.name == "p" and bool(words) and words == bold


def _threads(messages: list[Message]) -> list[list[Message]]:
    """The channel's threads in the order their root posts were written: each root post with the
    replies to it (a reply to a root post not on the page a thread of its own)."""
    out: list[list[Message]] = []
    index: dict[str, int] = {}          # a root post's id -> its thread's place in out
    for message in messages:
        if message.reply_to in index:
            out[index[message.reply_to]].append(message)
        else:
            index[message.reply_to or message.id] = len(out)
            out.append([message])
    return out
