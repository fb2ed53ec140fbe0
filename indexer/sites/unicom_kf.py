"""An answer page of China Unicom's customer-service knowledge base (中国联通客服 kf.10010.com, 答案詳情), as the
browser saves it.

The page draws the site's head (`div.unicom-head`: the 「您好，歡迎來到中國聯通！」 line with 請登錄 / 免費註冊 and the
简体 / 繁體 / English switch, the logo, the nav and the search box), the breadcrumb, then the answer
(`div.answer-box`: `h2.answer-title`, the `div.answer-meta` line, the text in `div.answer-content`, the
「此答案是否解決了您的問題？」 buttons in `div.answer-eval`), the 相關問題 list, a right column
(`div.answer-right`: 自助服務 links, the app's QR code under an h4), the floating 在線客服 / 意見反饋 links
(`div.float-kf`) and the site's footer (`div.unicom-foot`). The answer's writer heads its parts with paragraphs
of class 「sub-title」 (「<p class="sub-title">三、預存按金並開通國際漫遊的步驟</p>」), no heading tag.

Read as it stood (holdout207), none of those heads was a heading: every part was titled by the answer's h2, each
head a line glued to the end of the part before it, the numbered steps of part 三 the steps of the page's title,
and the bare 「解答：」 label over the answer's text a line of the first part. The head's welcome line and the eval
question were fragments of their own, and the right column's h4 titled a last fragment of the floating links and
the footer (an h4 left on the page also kept the generic reading from taking the 「一、」 lines for part titles).
`unicom_kf_answer` makes each sub-title paragraph of the answer a heading under the h2 and drops the 「解答：」
label (the asker's 「問題描述：…」 stays, the answer's text under it), the head, the eval buttons, the right column,
the floating links and the footer: the site's, the same on every answer.

Detected strictly by the site's marks: the answer's title and text classes and its head, on a page that loads
the site's own files (`10010.com`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

MARKS = frozenset({"answer-title", "answer-content", "unicom-head"})
_SITE = "10010.com"
# the bold label the writer sets alone over the answer's text, under the asker's 「問題描述：…」
_ANSWER_LABEL = re.compile(r"^(?:解答|答案)[:：]$")
# the site's parts around the answer (see the module's docstring), by their classes
_CHROME = ("unicom-head", "answer-eval", "answer-right", "float-kf", "unicom-foot")


@site_reader(MARKS)
def unicom_kf_answer(soup: BeautifulSoup) -> None:
    """Read a kf.10010.com answer's sub-title paragraphs as its headings, without the site's head, eval buttons,
    right column, floating links and footer (see the module's docstring). A page of any other kind is unchanged."""
    if not any(_SITE in str(tag.get(attr, "")) for tag in soup.find_all(["link", "script"])
               for attr in ("href", "src") if isinstance(tag, Tag)):
        return
    for content in soup.find_all("div", class_="answer-content"):
        for head in content.find_all("p", class_="sub-title"):
            if head.get_text(strip=True):
                head.name = "h3"
        for label in content.find_all("p"):
            if _ANSWER_LABEL.match(label.get_text(strip=True)):
                label.decompose()
    for name in _CHROME:
        for part in soup.find_all("div", class_=name):
            if part.parent is not None:
                part.decompose()
