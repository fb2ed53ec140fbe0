"""A Jitbit Helpdesk knowledge-base article (KB/View), as the browser saves it.

Jitbit Helpdesk (its bundles `css/helpdesk.min.css` and `js/helpdesk.min.js` under the install's `/helpdesk/` path)
sets the top bar (New ticket / My tickets / Knowledge base, Log in / Register), the KB search, then a Bootstrap row:
the article column (breadcrumb, `div.kb-article`: the title `h2.kb-title`, the meta line 「Category · Last updated ·
Views」, the writer's `div.kb-body`, attachments, tags and the 「Was this article helpful?」 rating) beside a column
of `div.panel`s: 「Categories」 and 「Related articles」 (a `div.panel-heading` over a list of links) and the site's
help box, a panel with a body only, its lines typed between <br>s: 「需要協助？」, the hotline 「客服專線 02-2718-5566
（每日 8:00–22:00）」 and a 「Submit a ticket」 link; the footer 「Help Desk Software by Jitbit」.

Read as it stood (holdout296): the help box stayed where it was, after the article column, so its lines were a last
part titled by the article's title, its 「Submit a ticket」 link kept as text. `jitbit_kb` reads the help box as a
contact box is read on any page (`clean._contact_asides`): its first line its heading, its lone links (a button to
a form) gone, a part at the article's end (`html_text.boxes_as_parts`, as Magti's and Ufone's). The panels of links
(「Categories」, 「Related articles」: a heading over links only, which went as link lists when long enough) go; a
panel saying no number to call stays as it was.

Detected by the page's marks (`kb-article`, `kb-body`, `panel-body`) on a page loading Jitbit's own bundles.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import boxes_as_parts, gives_number, is_br, one_line, site_reader

MARKS = frozenset({"kb-article", "kb-body", "panel-body"})
_ASSETS = re.compile(r"^(?:https?://[^/]+)?/(?:[\w.-]+/)*(?:css|js)/helpdesk\.min\.(?:css|js)(?:\?|$)")
_HEADING_MAX = 30           # a box's first line short enough to be its heading (「需要協助？」, 「Need help?」)


@site_reader(MARKS, assets=_ASSETS)
def jitbit_kb(soup: BeautifulSoup) -> None:
    """Read a Jitbit knowledge-base article's help box as a part at the article's end (see the module's docstring).
    A page of any other kind is unchanged."""
    article = soup.find("div", class_="kb-article")
    # (the box follows the writer's text: the page's text is read from its body, `parse.content_root`)
    text = article.find("div", class_="kb-body") if isinstance(article, Tag) else None
    if not isinstance(article, Tag) or not isinstance(text, Tag):
        return
    boxes = []
    for panel in soup.find_all("div", class_="panel"):
        body = panel.find("div", class_="panel-body")
        if panel.find_parent(class_="kb-article") is not None:
            continue
        heading = panel.find(class_="panel-heading")
        if heading is not None and _only_links(panel, heading):
            panel.decompose()           # 「Categories」, 「Related articles」: the sidebar's links
            continue
        if heading is not None or not isinstance(body, Tag) or not gives_number(one_line(body)):
            continue                    # a panel saying no number to call stays as it was, its links too
        for link in body.find_all(["a", "button"], recursive=False):
            if _alone_on_line(link):
                link.decompose()        # 「Submit a ticket」: a link to the ticket form, a control
        if _heading_line(soup, body) is not None:
            boxes.append(panel)
    boxes_as_parts(text, boxes)


def _only_links(panel: Tag, heading: Tag) -> bool:
    """Whether a panel says nothing but its heading and its links' words."""
    said = one_line(panel).replace(one_line(heading), "", 1)
    for link in panel.find_all("a"):
        said = said.replace(one_line(link), "", 1)
    return not said.strip()


def _alone_on_line(tag: Tag) -> bool:
    """Whether nothing but <br>s (or the box's edges) stand beside `tag`."""
    return _line_ends(tag, "previous_sibling") and _line_ends(tag, "next_sibling")


def _line_ends(tag: Tag, side: str) -> bool:
    node = getattr(tag, side)
    while node is not None and not isinstance(node, Tag) and not str(node).strip():
        node = getattr(node, side)
    return node is None or is_br(node)


def _heading_line(soup: BeautifulSoup, body: Tag) -> Tag | None:
    """The box's first <br> line made its heading (an h4), when it is short and more lines follow."""
    first = []
    for node in body.contents:
        if is_br(node):
            break
        first.append(node)
    else:
        return None
    text = "".join(node.get_text() if isinstance(node, Tag) else str(node) for node in first).strip()
    if not text or len(text) > _HEADING_MAX:
        return None
    heading = soup.new_tag("h4")
    heading.string = text
    for node in first:
        node.extract()
    br = body.contents[0]
    br.replace_with(heading)
    return heading
