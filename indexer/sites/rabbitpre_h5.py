"""A 兔展 (rabbitpre) H5 page (a campaign's flip-page 「H5」), as the browser saves it.

A rabbitpre page (its stylesheets and viewer scripts under *-assets.rabbitpre.com) is `div#app`: the loader
(`div.rp-loading` 「加载中 100%」), the music button (`div.rp-music-btn`), then a vertical swiper of
`section.rp-page`s — one screen each —, each of `div.rp-element` boxes placed by absolute position: pictures
(`rp-element--image`), shapes (the swipe arrow), forms (`rp-element--form`: inputs and a 「提交」 button) and texts
(`rp-element--text`, the writer's paragraphs in `div.rp-text`; a screen's heading is a paragraph alone in its box,
bold by its style, and a procedure's steps are paragraphs each led by its number 「01」 in a styled span); after the
screens the page indicator (「1/5」) and the footer 「兔展 · 提供技术支持」 / 「举报」.

Read as it stood (holdout265): no screen's heading was a title (every passage was titled by the <title>) — each was
the last line of the passage before it —, the loader's 「加载中 100%」 opened the page, and the cover and the four
numbered steps were one passage, not steps.

`rabbitpre_h5` puts the screens' texts in the body's place, in page order: a text box that is one bold paragraph
(by its style's font-weight or its bold runs) is the heading of what follows it (an h2), paragraphs led by a number
in a span of their own (「01」 … 「04」) the items of an ordered list (steps), the other paragraphs read as any page's
(so 「Q：/A：」 paragraphs are Q&A pairs), each screen a block of its own; pictures, shapes, forms, the loader, the
music button, the indicator and the footer go.

Detected by the page's marks (`rp-page`, `rp-element`, `rp-text`) on a page loading rabbitpre's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import h5_screens, one_line, site_reader, text_tag

MARKS = frozenset({"rp-page", "rp-element", "rp-text"})
_ASSETS = re.compile(r"^https?://[\w-]*assets\.rabbitpre\.com/")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
# a step's number drawn in a span of its own before its text: 「01」, 「2」, 「03.」
_STEP_NUMBER = re.compile(r"^0?(\d{1,2})[.、]?$")


@site_reader(MARKS, assets=_ASSETS)
def rabbitpre_h5(soup: BeautifulSoup) -> None:
    """Read a rabbitpre page's screens into the body (see the module's docstring). A page of any other kind is
    unchanged."""
    h5_screens(soup, soup.find_all("section", class_="rp-page"), lambda screen: screen.find_all(class_="rp-text"),
               _read_box)


def _read_box(soup: BeautifulSoup, box: Tag, block: Tag) -> None:
    """Put one text box's paragraphs into the screen's `block`: a box of one bold paragraph its heading, numbered
    paragraphs the items of an ordered list (continued from the box before when it ended one)."""
    paragraphs = [p for p in box.find_all("p") if one_line(p)]
    if len(paragraphs) == 1 and _bold(paragraphs[0]):
        block.append(text_tag(soup, "h2", one_line(paragraphs[0])))
        return
    for paragraph in paragraphs:
        step = _step_text(paragraph)
        if step is None:
            block.append(paragraph.extract())
            continue
        listed = block.contents[-1] if block.contents else None
        if not (isinstance(listed, Tag) and listed.name == "ol"):
            listed = soup.new_tag("ol")
            block.append(listed)
        listed.append(text_tag(soup, "li", step))


def _step_text(paragraph: Tag) -> str | None:
    """The text of a paragraph led by its step's number in a span of its own (「<span>01</span> 微信搜索…」), without
    the number; None for any other paragraph."""
    first = next((child for child in paragraph.children if not (isinstance(child, str) and not child.strip())), None)
    if not isinstance(first, Tag) or first.name != "span" or not _STEP_NUMBER.match(one_line(first)):
        return None
    first.extract()
    text = one_line(paragraph)
    return text or None


def _bold(paragraph: Tag) -> bool:
    """The paragraph is bold: by its own style, or every word of it in a bold run (<b>, <strong>)."""
    if _BOLD_STYLE.search(str(paragraph.get("style", ""))):
        return True
    bold = "".join(one_line(run) for run in paragraph.find_all(["b", "strong"]))
    return bool(bold) and re.sub(r"\s+", "", bold) == re.sub(r"\s+", "", one_line(paragraph))
