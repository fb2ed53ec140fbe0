"""A TWiki or Foswiki topic as the browser saves it (PatternSkin, both wikis' default skin).

Pure: no I/O. PatternSkin draws a topic as its top bar (logo, jump and search forms), the
`patternHomePath` breadcrumb and the Edit / Attach toolbar, the topic's text in `div.patternTopic`
(`foswikiTopic` in Foswiki), then the attachment table, the 「Topic revision: r7 …」 line, the topic
actions and the WebLeftBar; the generic cleaning drops all of that chrome. A wiki link is an
`a.twikiLink` (`a.foswikiLink`), and a user's page lives in the wiki's users' web, `Main`.

By the wikis' convention a writer signs what they add with a paragraph of its own, the edit screen's
signature 「-- Main.WikiName - 23 Nov 2026」, drawn as 「-- <a …/Main/WikiName>WikiName</a> - 23 Nov 2026」.
Read as it stood (holdout105), the signature closing a FAQ's last 「答：」 paragraph was more of that
answer (「…纸质二维码同样能刷闸机。 -- AiguleSerikbayeva - 23 Nov 2026」).

`twiki_topic` drops each signature paragraph of the topic: it says who wrote and when, which the revision
line says too, not what. Detected by the skin's topic block (html_text.page_marks) and, in it, a
paragraph that is only 「--」, a link to a page of the users' web and, optionally, 「- date」.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, page_marks

_TOPICS = ("patternTopic", "foswikiTopic")      # the topic's text: TWiki's PatternSkin, Foswiki's
_LINKS = ("twikiLink", "foswikiLink")           # a wiki link to a topic that exists
_USER_PAGE = re.compile(r"(?:^|/)Main[/.][A-Z]\w*$")        # a page of the users' web: 「…/view/Main/WikiName」
# the signature's text around the user's link: 「--」 before it, 「- 23 Nov 2026」 (or nothing) after it
_SIGNATURE = re.compile(r"^--\s*(?P<name>\S+)(?:\s*-\s*[\w ,.:/-]{1,30})?$")


def twiki_topic(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Drop a TWiki or Foswiki topic's signature paragraphs (see the module's docstring). A page of any
    other kind is unchanged."""
    marks = page_marks(soup) if marks is None else marks
    if not any(topic in marks for topic in _TOPICS) or not any(link in marks for link in _LINKS):
        return
    for topic in soup.find_all("div", class_=_TOPICS):
        for paragraph in topic.find_all("p"):
            if isinstance(paragraph, Tag) and _signature(paragraph):
                paragraph.decompose()


def _signature(paragraph: Tag) -> bool:
    """Whether a paragraph is only a writer's signature: 「--」, a link to their page in the users' web, a date."""
    links = paragraph.find_all("a")
    said = _SIGNATURE.match(one_line(paragraph))
    return (said is not None and len(links) == 1 and any(c in _LINKS for c in links[0].get("class", ()))
            and _USER_PAGE.search(str(links[0].get("href", ""))) is not None
            and one_line(links[0]) == said.group("name"))
