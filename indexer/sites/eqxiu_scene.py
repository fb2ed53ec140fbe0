"""An 易企秀 (eqxiu) H5 scene (a campaign's flip-page 「H5」), as the browser saves it.

An eqxiu scene (its stylesheets and player script under lib.eqh5.com, its images and music under res*.eqh5.com)
is `div#eqMobileViewport`: the music button (`div#audio_btn` over an autoplay `<audio>`), then `div.nr` of
`section.main-page`s — one screen each —, each an `ul.edit_area` of `li.comp-resize` element boxes placed by
absolute position: pictures (`img.comp_image`: the logo, a QR code), texts (`div.comp_paragraph`: the writer's
paragraphs; a screen's heading is a paragraph alone in its box, bold and centred) and buttons (`a.comp_button`: 「一键
拨打 10010」); after the screens the page-turn hint (`section.u-arrow` 「向上滑动翻页」), the page counter
(`div.page-num` 「1/5」), the tail ad (`a.eqxiu-tail` 「易企秀 · 免费制作H5」) and the report link (`div.report-btn`
「举报」).

Read as it stood (holdout260), the screens were one list whose items were the element boxes: no screen's heading was
a title (every passage was titled by the <title>), the hero line, the dates and the rules were one passage, the
「第一步：…」 paragraphs were not steps and ran on into the note under them and the next screen's heading, only the
first 「Q：/A：」 pair was a Q&A (the other three, the call to scan the QR code, the contact line and the player's
hint, ad and report link glued to its answer).

`eqxiu_scene` puts the screens' texts in the body's place, in page order, out of the list: a text box that is one
bold paragraph is the heading of what follows it (an h2), the other boxes' paragraphs are read as any page's (so
「第一步：」 paragraphs are steps and 「Q：/A：」 paragraphs Q&A pairs), each screen a block of its own; pictures,
buttons, the call to 「长按识别二维码」 (the QR code is a picture) and the player's chrome go.

Detected by the page's marks (`main-page`, `edit_area`, `comp_paragraph`) on a page loading eqxiu's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import h5_screens, one_line, site_reader, text_tag

MARKS = frozenset({"main-page", "edit_area", "comp_paragraph"})
_ASSETS = re.compile(r"^https?://(?:lib|res\d*|asset)\.eqh5\.com/")
# a line telling the reader to scan the screen's QR code (a picture, gone): 「长按识别二维码，立即参与」
_SCAN_CALL = re.compile(r"^(?:长按|扫描|扫码|识别)[^。]{0,8}二维码")


@site_reader(MARKS, assets=_ASSETS)
def eqxiu_scene(soup: BeautifulSoup) -> None:
    """Read an eqxiu scene's screens into the body (see the module's docstring). A page of any other kind is
    unchanged."""
    h5_screens(soup, soup.find_all("section", class_="main-page"), lambda screen: screen.find_all(class_="comp_paragraph"),
               _read_box)


def _read_box(soup: BeautifulSoup, box: Tag, block: Tag) -> None:
    """Put one text box's paragraphs into the screen's `block`: a box of one bold paragraph its heading."""
    paragraphs = [p for p in box.find_all("p") if one_line(p) and not _SCAN_CALL.match(one_line(p))]
    if len(paragraphs) == 1 and _all_bold(paragraphs[0]):
        block.append(text_tag(soup, "h2", one_line(paragraphs[0])))
        return
    for paragraph in paragraphs:
        block.append(paragraph.extract())


def _all_bold(paragraph: Tag) -> bool:
    """Every word of the paragraph is in a bold run (<b>, <strong>)."""
    bold = "".join(one_line(run) for run in paragraph.find_all(["b", "strong"]))
    return bool(bold) and re.sub(r"\s+", "", bold) == re.sub(r"\s+", "", one_line(paragraph))
