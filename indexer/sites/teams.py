"""Read a Microsoft Teams channel as its web app (Teams v2) shows it, saved by the browser.

Pure: no I/O. The app lays a channel out as one page: the title bar (back / forward, 「搜索」), the app
bar (活动, 聊天, 团队, 日历…), the 团队 rail (a tree of teams and channels), the channel header (its name
in `data-tid=channelTitle-text`, the tabs 帖子 / 文件 / …, 开会), then `div.channel-pane-runway`: date
dividers (「2025年9月2日」) and the posts — each a `data-tid=channel-pane-message` of a `fui-ChatMessage`
(the avatar's initials, the `post-message-subheader` of author, role, `<time>` and 「已编辑」, the
`h2.post-subject` its writer gave it, the text in `data-tid=message-body`, reaction chips), its
replies in `data-tid=channel-replies-pane` (each a `channel-replies-pane-message` with its own header,
text and reactions; 「查看 2 条较早的回复」 where older ones are not loaded, 「3 条回复，来自 …」 where
the replies are collapsed) and 「回复」 — then the new-post area (「开始帖子」, 「使用 @ 提及某人…」).
Read as a page, the team avatar's letters were a fragment, date dividers, initials, 「已编辑」 and times
were glued into the text, a post's author and date closed the post above, the replies ran on in the
post's fragments, fragments split mid-post, and the composer hint closed the last post.

`teams_channel` puts the channel in the page's place as an `<article>` titled by the channel, each
post a part of its own headed by its subject: a post nobody replied to (or whose replies are not on
the page) is a post as Telegram's channel posts are (`telegram.posts_html`), a post with its replies
a chat read as the Telegram reader reads one (`telegram.chat_html`), its replies answering the
question it or a reply asks (`slack.threads`) under the subject as their part's heading.
"""
from __future__ import annotations

import html
from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, site_reader
from indexer.sites.slack import message_lines, threads
from indexer.sites.telegram import NO_DATE, Message, group_chat, html_article, posts_html

# the marks every channel page of the web app bears: the runway, a post's data-tid, Fluent UI's chat message
MARKS = ("channel-pane-runway", "@data-tid", "fui-ChatMessage")
_POST = {"data-tid": "channel-pane-message"}
_REPLY = {"data-tid": "channel-replies-pane-message"}
_REPLIES = {"data-tid": "channel-replies-pane"}
_BODY = {"data-tid": "message-body"}
# in a message's text: reaction chips, the 「已编辑」 stamp (the app draws them, the writer typed none)
_FURNITURE = [{"data-tid": "channel-message-reaction-summary"}, {"data-tid": "message-edited"}]


@site_reader(MARKS, gather_marks=True)
def teams_channel(soup: BeautifulSoup) -> None:
    """Put a channel Teams' web app shows in its page's place, as an `<article>`. `marks` are the
    page's (html_text.page_marks): a page without Teams' channel runway and chat messages is none."""
    if soup.body is None:
        return
    runway = soup.find("div", class_="channel-pane-runway")
    if not isinstance(runway, Tag):
        return
    threads_ = [(_text(post.find(class_="post-subject")), thread) for post in runway.find_all(attrs=_POST)
                if (thread := _thread(post))]
    if not threads_:
        return
    name = _text(soup.find(attrs={"data-tid": "channelTitle-text"}))
    parts = []
    for subject, thread in threads_:
        chat = group_chat(threads(thread))
        if chat is None:        # a post alone: its subject its headline
            lead = thread[0]
            lines = (f"**{subject}**", *lead.lines) if subject else lead.lines
            part = posts_html([[replace(lead, lines=lines), *thread[1:]]], name)
        else:
            part = chat
        if not part.startswith("<h2>"):         # a post is no part of the one above it
            part = f"<h2>{html.escape(subject or name)}</h2>\n{part}"
        parts.append(part)
    article = html_article(soup, name, "\n".join(parts))
    soup.body.clear()
    soup.body.append(article)


def _thread(post: Tag) -> list[Message]:
    """A post with the replies on the page, oldest first; [] for a post without text."""
    replies = post.find(attrs=_REPLIES)
    own = [tag for tag in post.find_all(attrs=_BODY)
           if not (isinstance(replies, Tag) and replies in tag.parents)]
    author = post.find(attrs={"data-tid": "post-message-subheader"})
    root = _message(str(post.get("id", "")), _author(author), own[0] if own else None, "")
    if root is None:
        return []
    out = [root]
    for reply in replies.find_all(attrs=_REPLY) if isinstance(replies, Tag) else []:
        message = _message(str(reply.get("id", "")), _author(reply.find(attrs={"data-tid": "reply-message-header"})),
                           reply.find(attrs=_BODY), root.id)
        if message is not None:
            out.append(message)
    return out


def _message(post_id: str, sender: str, body: Tag | None, root: str) -> Message | None:
    """A post or reply as one message of its author (answering `root`, "" for a post)."""
    if not isinstance(body, Tag):
        return None
    for furniture in _FURNITURE:
        for tag in body.find_all(attrs=furniture):
            tag.decompose()
    for heading in body.find_all(list(HEADINGS)):
        heading.name = "p"
    lines = message_lines(body)
    if not lines:
        return None
    return Message(id=post_id, sender=sender, date=NO_DATE, lines=tuple(lines), plain=tuple(lines),
                   reply_to=root, joined=False)


def _author(header: Tag | None) -> str:
    """Who wrote a post: the name in its header's author span (「author-…」), not its role or time."""
    named = header.find("span", id=lambda value: bool(value) and str(value).startswith("author-")) \
        if isinstance(header, Tag) else None
    return _text(named)


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if isinstance(tag, Tag) else ""
