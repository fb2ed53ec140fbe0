"""A Tango how-to guide (a workflow shared from tango.us) as the browser saves it.

Pure: no I/O. Tango's Next.js page (`og:site_name` 「Tango」) draws a workflow in `<main>` as the
workflow's meta line, its title and description, then its blocks: a header block
(`section.step-block.step-block--header`) of an `h2.header-block__title` over the part's text, a
`p.header-block__text` or a `table.header-block__table`; the steps, `ol.workflow-steps` of
`li.step-card` (a drawn number, a `p.step-card__title`, a screenshot with its click marker); an alert
block (`section.step-block--alert`, its kind in `step-block--warning` / `--info`) of a
`p.alert-block__text` opened by the pictograph Tango draws for its kind (⚠️, 💡).

Read as it stood (holdout114), the header block's text and table went as chrome: their class names
start with 「header」, the word of a page's header (`clean.SKIP_CLASS_TOKENS`), so a part whose header
block held a paragraph or a table (the SMS example and the price table under 「一、取鞋短信长什么样」) was
lost with its heading, and only the headings alone in their block, over steps, were left. The alerts
kept their pictograph at the head of their text.

`tango_guide` drops the header-block class names of the block's text, so it is read as the text of
its heading, and the kind's pictograph opening an alert. Detected by the `step-block` and
`step-card` classes (html_text.page_marks) on a page whose `og:site_name` is Tango.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

from indexer.html_text import page_marks, site_named

_SITE = "Tango"
_HEADER_BLOCK = "step-block--header"
_ALERT_BLOCK = "step-block--alert"
# the pictograph an alert opens with (⚠️ ℹ️ 💡 ❗ ✅ …, with its variation selector), before its words
_KIND_GLYPH = re.compile("^\\s*[\u2139\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\\s*")


def tango_guide(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Keep a Tango guide's header blocks' text and drop its alerts' pictographs (see the module's
    docstring). A page of any other kind is unchanged."""
    marks = page_marks(soup) if marks is None else marks
    if _HEADER_BLOCK not in marks and _ALERT_BLOCK not in marks:
        return
    if "step-card" not in marks or not site_named(soup, _SITE):
        return
    for block in soup.find_all("section", class_=_HEADER_BLOCK):
        for part in block.find_all(True):
            if any(str(name).startswith("header-block__") for name in part.get("class", ())):
                del part["class"]       # (the heading's class is no chrome: a heading never is)
    for block in soup.find_all("section", class_=_ALERT_BLOCK):
        first = next((node for node in block.descendants
                      if isinstance(node, NavigableString) and node.strip()), None)
        if first is not None:
            first.replace_with(_KIND_GLYPH.sub("", str(first), count=1))
