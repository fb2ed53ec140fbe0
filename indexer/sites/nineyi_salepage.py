"""A 91APP shop's product page (SalePage, 「Powered by 91APP」), as the browser saves it.

91APP's shops (Taiwan; `body.nineyi-body`, `header.nineyi-header`, their theme and images from *.91app.com and the
shop's CloudFront) set `div.app-download-bar` 「下載 APP 首購享 9 折 立即下載」 over the header, then
`div.salepage-info`: `h1.salepage-title`, the short description, `div.salepage-price-wrapper` (spans
「建議售價 NT$3,990」 and 「NT$2,980」), `div.salepage-promotion` (`span.promotion-tag` 「滿額折」 before the offer's
text), `div.sku-select` (`span.sku-label` 「顏色」 over `button.sku-item`s), the buy buttons, shipping; then the tabs
(`a.tab` linking `#detail`, `#spec`, `#qa`), the merchant's `div#detail`, `div#spec` (a bare `ul.spec-list`, no
heading: the tab names it) and `div#qa` (`li.qa-item`: `div.qa-question` and `div.qa-answer`, each
`span.qa-label` 問 / 答, `span.qa-name`, `span.qa-date` and the words' `p`).

Read as it stood (holdout217): the app bar was the first line under the title, the prices and the promotion's tag
ran together (「建議售價 NT$3,990NT$2,980」, 「滿額折全館滿 NT$3,000 折 NT$200」), 「顏色」 stood without its
options (buttons are dropped), the spec list ran on at the end of the merchant's last section, and the questions
were lines 「問w***n2026/09/18」 over their words, five pairs cut in two passages. `nineyi_salepage` drops the app
bar, sets the prices apart by 「 · 」 (`html_text.price_line`), reads the promotion 「滿額折：…」 and the SKU
choice 「顏色：曜石黑 / 霧光灰」 as lines, heads the spec tab by its tab's name, and makes each question a Q&A,
question over answer, without the label, the asker's (masked) name and the dates, as Ruten's and Yahoo's are.

Detected by `salepage-info` and `qa-item` / `salepage-title` on a page loading 91APP's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, one_line, price_line, qa_card, site_reader, tab_headings, text_tag

MARKS = frozenset({"salepage-info", "salepage-title"})
_ASSETS = re.compile(r"https?://[\w.-]+\.91app\.(?:com|io)/")


@site_reader(MARKS, assets=_ASSETS, tags=("link", "script", "img"))
def nineyi_salepage(soup: BeautifulSoup) -> None:
    """Read a 91APP SalePage's price box, promotion, SKU choice, spec tab and questions (see the module's
    docstring). A page of any other kind is unchanged."""
    for bar in soup.find_all("div", class_="app-download-bar"):
        bar.decompose()         # the app's advertisement, on every page
    for box in soup.find_all("div", class_="salepage-price-wrapper"):
        price_line(soup, box)
    for box in soup.find_all("div", class_="salepage-promotion"):
        tag = box.find("span", class_="promotion-tag")
        kind = one_line(tag)
        if isinstance(tag, Tag):
            tag.decompose()
        offer = one_line(box)
        box.replace_with(text_tag(soup, "p", f"{kind}：{offer}" if kind and offer else kind or offer))
    for box in soup.find_all("div", class_="sku-select"):
        label = one_line(box.find("span", class_="sku-label"))
        choice_line(soup, box, label, box.find_all("button", class_="sku-item"))
    tab_headings(soup, soup.find_all("a", class_="tab"), "h3")
    for item in soup.find_all("li", class_="qa-item"):
        question, answer = (_words(item.find("div", class_=part)) for part in ("qa-question", "qa-answer"))
        if question and answer:
            qa_card(soup, item, question, answer)


def _words(part: Tag | None) -> str:
    """The words of a question's or an answer's half, without its label, name and date spans."""
    if part is None:
        return ""
    return " ".join(one_line(paragraph) for paragraph in part.find_all("p") if one_line(paragraph))
