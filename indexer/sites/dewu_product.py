"""A 得物 (Dewu, formerly Poizon) mobile product page, as the browser saves it.

得物's H5 pages (`body.du-body`, `header.du-header`, their CSS and images from cdn.poizon.com) set the download
banner, header and breadcrumb over `main.product-detail`: the gallery, `section.product-base` (`div.price-row` of
spans ¥ / 129 / 「已售 3.2万+ 件」, `h1.product-title`, `div.product-tags` of span tags 「正品保障」…,
`div.service-row` 「服务：」 and one span a service, `div.sku-select` 「规格：」 and one `button.sku` a variant), the
merchant's `section.product-intro` blocks under their h2, then `section.product-comments`: h2 「评价 (1,286)」,
`div.comment-tags` (spans 「通话清晰 312」), `div.comment-item`s (`div.comment-user`: avatar, `span.nickname`,
`span.comment-sku`; `div.comment-content`; `div.comment-meta`: `span.comment-time`, `span.like-num` 「有用 58」;
`div.comment-reply`: `span.reply-name` 「商家回复：」 and the shop's words) and a 「查看全部评价」 link.

Read as it stood (holdout217): the tags were gone with the tag boxes taken for chrome, the services ran together
(「服务：得物自营顺丰包邮…」), 「规格：」 stood without its variants (buttons are dropped), and the comment reader
took the reviews for comments, the last part 「评论」 of their bare words: no writer, variant or date, the tag cloud
gone, and the shop's reply, its label dropped, a fourth buyer's words. `dewu_product` sets the tags and the services
apart by 「 · 」, reads the variants as one line 「规格：黑色 标准版 / 黑色 PD 30W 版」 (`html_text.choice_line`), and
reads the reviews as a shop's are: under their own heading without its count (「评价」), the tag cloud a line, each
review a part headed by its writer over a line of its variant and date (the 「有用」 votes gone, as DNS's), the
shop's reply a line 「商家回复：…」 under the words it answers.

Detected by `product-comments` / `product-base` on a page loading 得物's assets (cdn.poizon.com).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, choice_line, one_line, site_reader, text_tag, typed_text, writer_heading

MARKS = frozenset({"product-base", "product-title"})
_ASSETS = re.compile(r"https?://(?:[\w-]+\.)?(?:poizon|dewu)\.com/")


@site_reader(MARKS, assets=_ASSETS, tags=("link", "script", "img"), reads_comments=True)
def dewu_product(soup: BeautifulSoup) -> None:
    """Read a 得物 product page's tags, services, variants and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    for box in soup.find_all("div", class_=["product-tags", "service-row", "comment-tags"]):
        _spans_line(soup, box)
    for box in soup.find_all("div", class_="sku-select"):
        choice_line(soup, box, typed_text(box), box.find_all("button"))
    for section in soup.find_all("section", class_="product-comments"):
        _reviews(soup, section)


def _spans_line(soup: BeautifulSoup, box: Tag) -> None:
    """Put a box of spans (its own label first, 「服务：」) in its place as one line of them set apart by 「 · 」."""
    label = typed_text(box).strip()
    fields = [field for field in (one_line(span) for span in box.find_all("span")) if field]
    if fields:
        box.replace_with(text_tag(soup, "p", label + " · ".join(fields)))


def _reviews(soup: BeautifulSoup, section: Tag) -> None:
    """Each review a part headed by its writer: its variant and date a line, its words, the shop's reply."""
    section.attrs.pop("class", None)        # (the comment reader's: they are reviews, each with its writer)
    heading = section.find(["h2", "h3"])
    if isinstance(heading, Tag):
        heading.string = COUNTED.sub("", one_line(heading))
    for more in section.find_all("a", class_="more-comments"):
        more.decompose()
    for item in section.find_all("div", class_="comment-item"):
        name = one_line(item.find("span", class_="nickname"))
        details = [one_line(item.find("span", class_=part)) for part in ("comment-sku", "comment-time")]
        words = one_line(item.find("div", class_="comment-content"))
        reply = item.find("div", class_="comment-reply")
        if not name or not words:
            continue
        part = soup.new_tag("div")
        if any(details):
            part.append(text_tag(soup, "p", " · ".join(filter(None, details))))
        part.append(text_tag(soup, "p", words))
        if isinstance(reply, Tag) and one_line(reply):
            part.append(text_tag(soup, "p", one_line(reply)))      # 「商家回复：…」, its label kept
        item.insert_before(writer_heading(soup, name, "h3"))
        item.replace_with(part)
