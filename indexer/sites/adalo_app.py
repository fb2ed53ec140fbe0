"""A screen of an Adalo app published to the web, as the browser saves it.

Adalo draws its screens with React Native for Web: a `div[data-adalo-screen]` of Views (`div.css-view-…`)
and Texts (`div.css-text-…`, `dir="auto"`), no heading, list or paragraph element; a Text's size and
weight are only in its inline style. The screen's app bar (its name 「帮助中心」, the menu button 「☰」)
and tab bar (「Главная」 「Мои заказы」 「Помощь」 「Профиль」) are Views of a fixed height at the screen's
top and foot, and the published app adds a 「Made with Adalo」 badge (`div.adalo-badge`) after it.

Read as it stood (holdout100), the bars and the badge were text of the first and the last fragment (the
tab bar and the badge glued to the last answer of the FAQ), the on-screen title (a 24px bold Text) a line
of the first fragment while the page was titled by its <title>, and the 18px bold Texts naming each part
were lines too, so every section, and the steps, were titled by the app's name and the sections after the
first ran into one another.

`adalo_screen` drops the bars and the badge, makes the first large bold Text the page's <h1> and the
smaller bold Texts above a part <h2>s, and a View of a bold Text over one more Text (an FAQ item: the
question over its answer) a <details> asked by the question, so that what follows the last item (the
support line) is not read as that answer's.

Detected strictly by Adalo's mark, the `data-adalo-screen` attribute of the screen.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, raw_text, site_reader

_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)px", re.IGNORECASE)
_FIXED_HEIGHT = re.compile(r"(?:^|;)\s*height\s*:\s*\d+(?:\.\d+)?px", re.IGNORECASE)
# a title is drawn larger than the parts' headings, which are larger than the text (14–16px)
_TITLE_SIZE = 22
_HEADING_SIZE = 17


def _is_text(tag: Tag) -> bool:
    return tag.name == "div" and any(str(c).startswith("css-text-") for c in tag.get("class") or ())


def _size(tag: Tag) -> float:
    match = _SIZE.search(str(tag.get("style", "")))
    return float(match.group(1)) if match else 0.0


@site_reader({"@data-adalo-screen"})
def adalo_screen(soup: BeautifulSoup) -> None:
    """Read an Adalo screen's Views and Texts as the page they show (see the module's docstring);
    any other page is unchanged."""
    screens = soup.find_all("div", attrs={"data-adalo-screen": True})
    if not screens:
        return
    for badge in soup.find_all("div", class_="adalo-badge"):
        badge.decompose()
    titled = False
    for screen in screens:
        for bar in [child for child in screen.children if isinstance(child, Tag)]:
            if _FIXED_HEIGHT.search(str(bar.get("style", ""))):
                bar.decompose()     # the app bar or the tab bar: the app's chrome, on every screen
        for text in [tag for tag in screen.find_all("div") if _is_text(tag)]:
            if text.parent is None or not _BOLD.search(str(text.get("style", ""))) or text.find("div") is not None:
                continue
            size = _size(text)
            if size >= _TITLE_SIZE and not titled:
                text.name, titled = "h1", True
            elif size >= _HEADING_SIZE:
                text.name = "h2"
            else:
                _question(soup, text)


def _question(soup: BeautifulSoup, text: Tag) -> None:
    """A bold Text over one more Text, the two alone in their View: a question over its answer."""
    view = text.parent
    parts = [child for child in view.children if isinstance(child, Tag)] if isinstance(view, Tag) else []
    if len(parts) != 2 or parts[0] is not text or not _is_text(parts[1]) or not clean(raw_text(parts[1])).strip():
        return
    details, summary = soup.new_tag("details"), soup.new_tag("summary")
    summary.string = clean(raw_text(text)).replace("\n", " ").strip()
    details.append(summary)
    details.append(parts[1].extract())
    text.decompose()
    view.replace_with(details)
