"""A 天猫 / 天貓 (Tmall) item page (detail.tmall.com, its Simplified or Traditional edition), as the browser saves it.

Tmall's item-detail template (its styles and scripts from g.alicdn.com/tm/detail-b/, KISSY) is not Taobao's
(`taobao_item`): it sets the site nav `#site-nav` (天貓首頁, 我的淘寶, 購物車0件…, 配送至：…), the shop's header and
search, the shop's nav `div.tm-shop-nav` (首頁, 全部寶貝, its categories, 會員中心), then `#detail`: the gallery and
`div.tb-property` of `div.tb-detail-hd` (the item's h1 and its subtitle `p.newp`), the price panel
`div.tm-price-panel` (dt / dd pairs: 價格 1580.00, 促銷價 1380.00), the counts `div.tm-ind-panel` (spans 月銷量 640,
累計評價 2217, 送天貓積分 69), the SKU row `div.tb-sku` (「版本：」 and its options as links), the buy buttons
`div.tb-action` and the service tags `div.tm-ser` (spans). Then the tab bar `#J_TabBarBox`, 寶貝詳情 (the
attributes `div.attributes-list` and the seller's description), `#J_Reviews` 累計評價 (`h2.rate-title`, the rate tags
`div.rate-tag-inner`, the reviews as rows of `div.rate-grid`'s table: `div.tm-rate-content`, `div.tm-rate-append`
「追加評論」, `div.tm-rate-date`, `div.rate-sku`, the buyer `div.rate-user-info` 「a***8（匿名）」; the pager
`div.rate-paginator`), `#J_AskAll` 問大家 (`li.ask-item`: `div.ask-q` and `div.ask-a` led by their icons
`i.icon-ask` 「問」 / `i.icon-answer` 「答」, `div.ask-info` 「共 3 個回答 · 買家 勤***人 · 2025-08-17」;
`a.askall-more` 「查看全部 58 個問題 >」) and 專享服務.

Read as it stood (holdout220): the site nav and the shop nav were lines of the first passage, the price panel four
lines 「價格」「1580.00」「促銷價」「1380.00」, the counts, the options and the buttons glued (「立即購買加入購物車」), the
service tags one word; the whole 累計評價 section was lost (its 「rate」 classes named it a rating's chrome); the
questions were one passage under 問大家, each with its meta line, and 「查看全部」 a passage of its own. `tmall_item`
keeps the item's h1, its subtitle, a line of its prices 「價格：1580.00 · 促銷價：1380.00」, of its counts and of its
options (`html_text.choice_line`) and the service tags set apart by 「 · 」 (`html_text.price_line`: the delivery
promise 「寄送台灣/香港/哈薩克」 is one), the navs and buttons gone; the reviews stand under 累計評價, each a part
headed by its buyer (without 「（匿名）」) over its date and option, its text and its 追加評論
(`html_text.review_part`), the rate tags and pager gone; each question is a Q&A without icons or meta line
(`html_text.qa_pair`), the 「查看全部」 link gone.

Detected by the template's class names on a page loading g.alicdn.com/tm/'s assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, drop_selected, labelled_reply, one_line, price_line, qa_pair, review_part, \
    site_reader, text_tag, typed_text

MARKS = frozenset({"tb-detail-hd", "tm-price-panel", "tm-ind-panel"})
_ASSETS = re.compile(r"^(?:https?:)?//g\.alicdn\.com/tm/")
# the furniture: the site's and the shop's navs, the gallery, the buy buttons, the tab bar, the questions' icons,
# meta lines and 「查看全部」 link, the rate tags and pager
_FURNITURE = ("#site-nav", "div.tm-shop-nav", "div.tb-gallery", "div.tb-action", "#J_TabBarBox", "i.icon-ask",
              "i.icon-answer", "div.ask-info", "a.askall-more", "div.rate-tag-inner", "div.rate-paginator")
_ANONYMOUS = re.compile(r"\s*[（(](?:匿名|anonymous)[)）]\s*$", re.IGNORECASE)     # the buyer hid their nick


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def tmall_item(soup: BeautifulSoup) -> None:
    """Read a Tmall item page's header, reviews and questions (see the module's docstring). A page of any other
    kind is unchanged."""
    if not isinstance(soup.find("div", class_="tb-detail-hd"), Tag):
        return
    drop_selected(soup, _FURNITURE)
    for panel in soup.find_all("div", class_="tm-price-panel"):
        prices = [f"{one_line(term)}：{one_line(value)}" for term, value in zip(panel.find_all("dt"),
                                                                              panel.find_all("dd"))]
        panel.replace_with(text_tag(soup, "p", " · ".join(prices)))
    for box in soup.find_all("div", class_=["tm-ind-panel", "tm-ser"]):
        price_line(soup, box)
    for row in soup.find_all("div", class_="tb-sku"):
        choice_line(soup, row, typed_text(row), row.find_all("a"))
    for item in soup.find_all("li", class_="ask-item"):
        qa_pair(soup, item, item.find(class_="ask-q"), item.find(class_="ask-a"))
    for section in soup.find_all(id="J_Reviews"):
        rate_grid(soup, section, section.find(class_="rate-title"))


def rate_grid(soup: BeautifulSoup, section: Tag, heading: Tag | None) -> None:
    """Put a reviews section whose reviews are the rows of `div.rate-grid`'s table (Tmall's, and Taobao's in the
    same markup) as its `heading` (an h2 unless it is a heading) over a part per row, one level under it, headed
    by its buyer (without 「（匿名）」) over its date and option, its text, its 追加評論 and the shop's 「[掌櫃回覆] …」
    (`review_part`), in a plain `div`: the section's `rate` classes named it a rating's chrome, and it went whole.
    A row's text is its `div.tm-rate-content`, or the `div.tm-rate-fulltxt` in it where that box also holds the
    date and the reply."""
    box = soup.new_tag("div")
    level = heading.name if isinstance(heading, Tag) and heading.name in ("h2", "h3", "h4", "h5") else "h2"
    if isinstance(heading, Tag) and one_line(heading):
        box.append(text_tag(soup, level, one_line(heading)))
    for row in section.select("div.rate-grid tr"):
        reply = row.find(class_="tm-rate-reply")
        if isinstance(reply, Tag):
            reply = reply.extract()
        buyer = row.find(class_="rate-user-info")
        said = row.find(class_="tm-rate-fulltxt") or row.find(class_="tm-rate-content")
        if not one_line(buyer) or not one_line(said):
            continue
        told = " · ".join(filter(None, (one_line(row.find(class_=part)) for part in ("tm-rate-date", "rate-sku"))))
        added = labelled_reply(row.find(class_="tm-rate-append"), "title")
        anchor = soup.new_tag("div")
        box.append(anchor)
        review_part(soup, anchor, _ANONYMOUS.sub("", one_line(buyer)) or one_line(buyer),
                    [told, one_line(said), added, one_line(reply) if isinstance(reply, Tag) else ""],
                    f"h{int(level[1]) + 1}")
    if box.find(True) is not None:
        section.replace_with(box)
