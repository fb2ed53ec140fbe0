"""A 淘宝 / 淘寶 (Taobao) item page (item.taobao.com, its Simplified or Traditional edition), as the browser saves it.

Taobao's item-detail template (its styles and scripts from g.alicdn.com/tb/) sets the site nav and the shop's header,
then `#J_DetailMeta`: the gallery and `div.tb-property` of `div.tb-detail-hd` (the item's h1 and its subtitle
`p.tb-subtitle`), `ul.tb-meta` (a line each: 價格 NT$ 289, 淘寶價 ¥39.00, 月銷量 … 累計評論 …, 配送 …: a label
`span.tb-property-type`, the currency and the amount `em`s side by side), the SKU rows `dl.tb-prop` (顏色分類 and its
options), the buy buttons `div.tb-action` and the promises `ul.tb-extra`. Then the tab bar `#J_TabBar`, the attributes
`ul.attributes-list`, the seller's description, `#ask` 問大家 (`h4`; `li.ask-item`: `i.ask-icon` 「問」 and
`span.ask-text`, `i.ans-icon` 「答」, `span.ans-text` and the answerer's `span.ans-user`; `a.ask-more` 「查看全部 9 個回答」)
and `#reviews` 累計評論 (`div.rate-hd`: its h4 and the rate tags; `li.tb-r-review`: `div.tb-r-buyer`, `div.tb-r-cnt`,
`div.tb-r-info` 「date　顏色分類：…」, `div.tb-r-append` 追加評論, `div.tb-r-act` 有用(46), `div.tb-r-reply`
「[掌櫃回覆] …」), the pager and the sidebar.

Read as it stood (holdout208): the whole `#J_DetailMeta` went with the gallery and buttons, so the page was titled by
its <title> 「…-淘寶網」 and its first passage was the attributes alone, without the subtitle, prices, counts,
delivery line or options; 問大家 was one passage, 「問」 / 「答」 glued to the words and each answerer's nick to the end
of the answer, the 「查看全部」 links kept; the reviews' `div.rate-hd` went as a rating's chrome with their heading, so
they ran on under 問大家, each buyer's nick and 有用(46) a line. `taobao_item` keeps the item's h1 (the title), its
subtitle, a line per `tb-meta` row (「價格：NT$289 約 ¥65」) and its options (「顏色分類：手機款 黑色 / …」) before the
attributes; each question is a Q&A without icons, nick or links (`html_text.qa_pair`); the reviews stand under their
h4, each a part headed by its buyer over its date and option, its text, its 追加評論 and the shop's 「[掌櫃回覆]」
reply (`html_text.review_part`), the rate tags, votes and pager gone.

Another rendition (holdout235) has no attributes list (the reader's marks asked for one, so it did not take the
page: the tb-meta box was lost, the buy buttons and 「收藏寶貝（3286人氣）」 lines of the first passage), no
`#J_DetailMeta` (the meta box's `div.tb-property` is replaced instead), questions whose words are the paragraphs of
`div.ask-question` / `div.ask-answer` after their icons (the icons and the answerer's `span.ask-user` were lines of
one 問大家 passage), and the reviews as Tmall writes them, `div.rate-header` (an h3, the score, `div.rate-tags`) over
the rows of `div.rate-grid`'s table, lost whole with their 「rate」 classes: they are read by `tmall_item.rate_grid`,
each row a part headed by its buyer, the reply 「[掌櫃回覆] …」 kept; the rate tags and the pager `div.rate-page` go.

Detected by the template's class names on a page loading g.alicdn.com/tb/'s assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, drop_selected, one_line, qa_pair, review_part, site_reader, text_tag
from indexer.sites.tmall_item import rate_grid

MARKS = frozenset({"tb-detail-hd", "tb-meta"})
_ASSETS = re.compile(r"^(?:https?:)?//g\.alicdn\.com/tb/")
# the furniture: the tab bar, the questions' count and 「查看全部」 links, the rate tags, votes and pager (a list, or
# the rate grid's `div.rate-tags` and `div.rate-page`)
_FURNITURE = ("#J_TabBar", "span.ask-count", "a.ask-more", "a.ask-all", "ul.rate-tags", "div.tb-r-act",
              "div.tb-r-pager", "div.rate-tags", "div.rate-page")
# a question card's question and answer: `span.ask-text` / `span.ans-text` after their icons, or the paragraphs of
# `div.ask-question` / `div.ask-answer` (the answerer's `span.ask-user` beside the answer's)
_QUESTION = ".ask-text, div.ask-question > p"
_ANSWER = ".ans-text, div.ask-answer > p"
_LABEL = "tb-property-type"


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def taobao_item(soup: BeautifulSoup) -> None:
    """Read a Taobao item page's header, questions and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    header = soup.find("div", class_="tb-detail-hd")
    if not isinstance(header, Tag):
        return
    drop_selected(soup, _FURNITURE)
    _item_header(soup, header)
    for item in soup.find_all("li", class_="ask-item"):
        qa_pair(soup, item, item.select_one(_QUESTION), item.select_one(_ANSWER))
    for head in soup.find_all("div", class_="rate-hd"):
        head.unwrap()       # (its 「rate」 named it chrome, and the reviews' h4 with it)
    for review in soup.find_all("li", class_="tb-r-review"):
        buyer, said = review.find(class_="tb-r-buyer"), review.find(class_="tb-r-cnt")
        if one_line(buyer) and one_line(said):
            lines = [one_line(review.find(class_=part)) for part in ("tb-r-info", "tb-r-cnt", "tb-r-append",
                                                                     "tb-r-reply")]
            review_part(soup, review, one_line(buyer), lines, "h5", before=review.parent)
    for grid in soup.find_all("div", class_="rate-grid"):
        section = grid.parent
        if isinstance(section, Tag) and not grid.decomposed:
            rate_grid(soup, section, section.select_one("div.rate-header > h2, div.rate-header > h3, "
                                                         "div.rate-header > h4"))


def _item_header(soup: BeautifulSoup, header: Tag) -> None:
    """Put the item's h1 and subtitle, a line per price, count and delivery row and a line per option row in the
    place of `#J_DetailMeta`, which went whole as chrome (gallery, buttons) with them."""
    meta = next((parent for parent in header.parents if parent.get("id") == "J_DetailMeta"), header.parent)
    lines = [text_tag(soup, "p", line) for row in meta.select("ul.tb-meta > li") if (line := _meta_line(row))]
    for options in meta.find_all("dl", class_="tb-prop"):
        label = one_line(options.find("dt"))
        chosen = [one_line(item) for item in options.select("dd li") if one_line(item)]
        if label and chosen:
            lines.append(text_tag(soup, "p", f"{label}：{' / '.join(chosen)}"))
    box = soup.new_tag("div")
    box.extend([header.extract(), *lines])
    header.unwrap()
    meta.replace_with(box)


def _meta_line(row: Tag) -> str:
    """One row of `ul.tb-meta` as it reads: 「價格：NT$289 約 ¥65」 (its label before a colon, the currency and the
    amount, two `em`s side by side, one word), 「月銷量 1500+ 累計評論 4632」."""
    pieces: list[str] = []
    join_next = after_em = False
    for child in row.children:
        text = clean(child.get_text() if isinstance(child, Tag) else str(child))
        if not text:
            continue
        if isinstance(child, Tag) and _LABEL in child.get("class", []):
            pieces.append(text + "：")
            join_next = True
            continue
        is_em = isinstance(child, Tag) and child.name == "em"
        if join_next or is_em and after_em:
            pieces[-1] += text
        else:
            pieces.append(text)
        join_next, after_em = False, is_em
    return " ".join(pieces)
