"""Read a TiddlyWiki static export as its reader sees it: a page of tiddlers, each a part titled by its own title.

Pure: no I/O. A static export (`--render '[!is[system]]' … $:/core/templates/static.tiddler.html`, or
the story river saved from the browser) lays out its tiddlers one after another in
`section.tc-story-river`: each a `div.tc-tiddler-frame` holding the titlebar (the controls' buttons
and icons, the title `h2.tc-title`), the subtitle (`div.tc-subtitle`: who last changed it and when,
「王莉 2026年11月9日 21:40:12」), the tag pills and the body (`div.tc-tiddler-body`, the rendered
wikitext, whose own headings are `<h2>` for 「!!」 as the tiddler's title is); the sidebar (site title,
search, the 「最近」 timeline) sits beside it. Read as a page, each subtitle opened its tiddler's text (a
tiddler whose text is all under its own headings was that line alone), and a tiddler's headings stood
beside its title instead of under it, so its parts were not its own. `tiddlywiki_story` puts the story
in the page's place as an `<article>`: the first tiddler, when the page is titled by it, heads the
article with its text as the introduction; every other tiddler is a part titled by its title, its
headings one level below it. The subtitle, tags and controls go: they file and edit the tiddler, and
say nothing of what it is about.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, clean, site_reader

_FRAME = "tc-tiddler-frame"
_BODY = "tc-tiddler-body"


@site_reader({_FRAME, _BODY}, gather_marks=True)
def tiddlywiki_story(soup: BeautifulSoup) -> None:
    """Put the tiddlers of a TiddlyWiki static export in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without tiddler frames is no export."""
    if soup.body is None:
        return
    tiddlers = [tiddler for frame in soup.find_all("div", class_=_FRAME)
                if frame.find_parent("div", class_=_FRAME) is None and (tiddler := _tiddler(frame)) is not None]
    if not tiddlers:
        return
    page_title = clean(soup.title.get_text()) if soup.title is not None else ""
    article = soup.new_tag("article")
    for k, (title, body) in enumerate(tiddlers):
        # the page a static export writes for one tiddler (and the story it opens with) is titled by it
        level = 1 if k == 0 and page_title.startswith(title) else 2
        article.append(soup.new_tag(f"h{level}", string=title))
        _demote_headings(body, level)
        article.extend([child.extract() for child in list(body.contents)])
    soup.body.clear()
    soup.body.append(article)


def _tiddler(frame: Tag) -> tuple[str, Tag] | None:
    """A tiddler's title (its titlebar's heading) and its body, or None when it lacks either."""
    bar = frame.find(class_="tc-tiddler-title")
    heading = bar.find(list(HEADINGS)) if bar is not None else None
    body = frame.find("div", class_=_BODY)
    title = clean(heading.get_text()).replace("\n", " ") if heading is not None else ""
    return (title, body) if title and body is not None else None


def _demote_headings(body: Tag, level: int) -> None:
    """The body's headings under the tiddler's title (level `level`): its highest one level below it,
    the others as far below that as the writer put them."""
    headings = body.find_all(list(HEADINGS))
    if not headings:
        return
    shift = level + 1 - min(HEADINGS[h.name] for h in headings)
    for heading in headings:
        heading.name = f"h{min(HEADINGS[heading.name] + shift, 6)}"
