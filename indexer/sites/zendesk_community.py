"""A Zendesk Guide community post (help centre 「/hc/…/community/posts/…」, Copenhagen theme), as the browser saves it.

The help centre's post page (its stylesheets and scripts under static.zdassets.com and theme.zdassets.com) sets the
cookie banner, the header, breadcrumbs and search, then `div.community-post`: the post's h1 (a status label 「已回答」
in it), its author and date (`div.post-info`), `div.post-body` (the asker's question, at times an <ol> of what they
already tried), the votes and share button; `section.comment-overview` (「找不到您要的內容嗎？ 新貼文」, the count
heading `h2.comment-heading` 「4 則留言」, the sorter); `section.comments` whose `ul.comment-list` holds the
`li.comment`s — the support team's marked `comment-official` with a label `span.comment-label` 「官方」 —, each with
its writer `div.comment-meta` (a name, a <time>), `section.comment-body` (paragraphs, at times an <ol> of steps) and
the votes; then the sign-in callout, the related posts and the footer.

Read as it stood (holdout268): the generic comment reader took the comments, moved them under a Simplified part
「评论」 of two texts, every writer, date and the 「官方」 label gone, the official answer's four steps flattened into
one run-on line with its intro and fee paragraph (its SMS number in a <strong> lost as if it were a name), and the
three member comments glued into one; the asker's list of what he had already tried was read as a procedure, its
closing question glued to the intro before it. `zendesk_community` reads the post's list as a plain list (what was
tried is no how-to) in its place, drops the post's votes, share and the comment overview's callout and sorter,
and puts the comments under their heading without its count (「留言」), each a part headed by its writer over the
label 「官方」 and the date on one line, then its body's blocks as they are, so that the official answer's <ol> is
the steps of its part; the comments' votes go.

Detected by the page's marks (`community-post`, `comment-list`, `post-body`) on a page loading Zendesk's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"community-post", "comment-list", "post-body"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:static|theme)\.zdassets\.com/")
# the post's and the comments' votes and buttons, the overview's call to post and its sorter, the sign-in callout
_FURNITURE = ("div.community-post div.post-actions-wrapper", "div.community-post div.post-follow",
              "div.community-post section.comment-overview div.comment-callout",
              "div.community-post section.comment-overview div.comment-sorter",
              "div.community-post div.comment-actions-container", "div.community-post p.comment-callout")
# the count before the comments' heading (「4 則留言」, 「12 comments」)
_COUNT = re.compile(r"^\d[\d,]*\s*(?:則|条|條|个|個)?\s*")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def zendesk_community(soup: BeautifulSoup) -> None:
    """Read a Zendesk Guide community post's question and comments (see the module's docstring). A page of any other
    kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    body = soup.select_one("div.community-post div.post-body")
    if isinstance(body, Tag):
        for tried in body.find_all("ol"):
            tried.name = "ul"       # (what the asker already tried: no steps to follow)
    listing = soup.select_one("div.community-post ul.comment-list")
    if not isinstance(listing, Tag):
        return
    part = soup.new_tag("div")
    heading = soup.select_one("div.community-post h2.comment-heading")
    title = _COUNT.sub("", one_line(heading)) if isinstance(heading, Tag) else ""
    part.append(text_tag(soup, "h2", title or "留言"))
    for card in listing.find_all("li", class_="comment", recursive=False):
        _comment(soup, part, card)
    overview = soup.select_one("div.community-post section.comment-overview")
    holder = listing.find_parent("section", class_="comments") or listing
    holder.insert_before(part)
    holder.decompose()
    if isinstance(overview, Tag):
        overview.decompose()


def _comment(soup: BeautifulSoup, part: Tag, card: Tag) -> None:
    """Add one comment card to `part` as its writer's part: the label 「官方」 and the date one line, then its body's
    blocks as they are; a card without a writer or a body is left out as it said nothing the page keeps."""
    meta = card.find(class_="comment-meta")
    name = meta.find("a") if isinstance(meta, Tag) else None
    said = card.find(class_="comment-body")
    if not isinstance(name, Tag) or not one_line(name) or not isinstance(said, Tag) or not one_line(said):
        return
    label = card.find(class_="comment-label")
    when = meta.find("time") if isinstance(meta, Tag) else None
    text = soup.new_tag("div")
    text.extend([child.extract() for child in list(said.children)])
    part.append(text)
    review_part(soup, card, one_line(name), [" · ".join(filter(None, [one_line(label), one_line(when)]))],
                before=text)
    text.unwrap()
