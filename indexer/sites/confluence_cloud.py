"""A Confluence Cloud (atlassian.net/wiki) page, as the browser saves it.

Confluence Cloud's page (its stylesheets and scripts under *.atl-paas.net) sets the top nav, the space's sidebar and
page tree, then `main#AkMainContent`: the breadcrumbs, the `content-header` buttons (Edit, Star, Share), the h1
`title-text`, the `page-metadata-banner` under it (「Owned by 李 伟 (Li Wei) · Last updated: Nov 03, 2026 · 4 min read
· 217 people viewed」), the body `div.ak-renderer-document` (panels, tables, lists, expand macros), then the
`labels-section` (「Labels: ivr 规范 genesys」), the `reactions-container` (「👍 6」) and the `comments-section`.

Read as it stood (holdout286): the metadata banner was the first lines of the page's text, glued before the info
panel, and the labels the last line of the page's text, glued to the paragraph closing the FAQ. `confluence_cloud`
drops the banner (who owns the page, when it changed, its reading time and view count: about the page, not what it
says), the labels and the reactions, as the generic reading drops a Confluence Server page's metadata and labels.
The comments (`comment-container`s: a `comment-header` of the writer's link and the date over a `comment-body`) were
read by the generic comment reader, which found no writer in them (a bare link to 「#」), so the reader's question
and the page owner's reply under it were one 「评论」 section's two lines: they are read here as a blog's
(`blogs.comments_html`), a comment by the banner's owner the page author's, so a question he answered is a Q&A.
The expand macros (`button.expand-title` over `div.ak-renderer-expand-content`) are read by clean.py's generic
accordion rule.

Detected by the page's marks (`ak-renderer-document`, `@data-testid`) on a page loading Atlassian's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, drop_selected, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = frozenset({"ak-renderer-document", "@data-testid"})
_ASSETS = re.compile(r"^https?://[\w.-]+\.atl-paas\.net/")
# the banner under the title, the labels and the reactions under the body
_FURNITURE = ('[data-testid="page-metadata-banner"]', '[data-testid="labels-section"]',
              '[data-testid="reactions-container"]')
_OWNER = '[data-testid="page-metadata-banner"] a'
_COMMENTS = '[data-testid="comments-section"]'


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def confluence_cloud(soup: BeautifulSoup) -> None:
    """Drop a Confluence Cloud page's metadata banner, labels and reactions, and read its comments as a blog's (see
    the module's docstring). A page of any other kind is unchanged."""
    owner = one_line(soup.select_one(_OWNER))
    drop_selected(soup, _FURNITURE)
    section = soup.select_one(_COMMENTS)
    if isinstance(section, Tag):
        comments = []
        for card in section.select('[data-testid="comment-container"]'):
            name, text = one_line(card.select_one(".comment-header a")), one_line(card.select_one(".comment-body"))
            if text:
                comments.append(Comment(name, text, bool(owner) and name == owner, "comment--reply" in card.get("class", [])))
        holder = soup.new_tag("div")
        append_markup(holder, comments_html(comments))
        section.replace_with(holder)
