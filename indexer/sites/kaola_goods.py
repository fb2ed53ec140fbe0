"""A 网易考拉 (Kaola, goods.kaola.com) goods page, as the browser saves it.

Kaola's goods template (its stylesheets and scripts under haitao.nos.netease.com/kaola/) sets the bar `#topbar` (欢迎来到
网易考拉！, 请登录, 我的订单…), the `#header` (logo, search, 购物车0), the crumbs `div.m-crumbs` 「首页>数码家电>…」, then
`div.m-product`: the gallery `div.PImgBox` and `dl.PInfo` — the name `dt.product-title` (the page has no h1), the
subtitle `dd.subTit`, the price box `dd.m-price-wrap` (「考拉价」, `span.currentPrice` 「¥129.00」, `span.marketPrice`
「参考价 ¥199.00」), the promotions `dd.m-promo` (a `span.tag` 「满减」 before each offer), the delivery line
`dd.m-deliver`, the SKU picker `dd.m-sku` (a `span.label` 「颜色」 over links), the buttons `dd.m-btns` and the service
badges `dd.m-service` (spans). Then the tab bar `div.m-detail-tab` (商品详情 / 问大家(36) / 商品评价(2318)), the
`#goodsDetail` panel (the attributes `ul.goods-attr`, unheaded, over the seller's `div.detail-html`), the `#askAll`
问大家 (`h3.tit` 「问大家(36)」, `li.ask-item`s: `div.q` and `div.a` led by their icons `i.ico-ask` 「问」 / `i.ico-ans`
「答」, `div.info` 「考拉用户 t***9 · 2026-10-12 · 共 4 个回答」; `a.more` 「查看全部 36 个问题 >」), the reviews
`div.m-comment` (`div.comment-head`: 「好评率 96%」 and the tags; `li.comment-item`s: `div.user` with the nick
`span.nick`, the stars `div.stars`, the text `div.content`, `div.meta` 「颜色：曜石黑 · 2026-10-28」, the shop's
`div.reply` 「<b>商家回复：</b>…」 and the votes `div.vote`), 看了又看 and the footer.

Read as it stood (holdout301): the first part was titled by the <title> 「【网易考拉】…」, over the crumbs, the price glued
「考拉价¥129.00参考价 ¥199.00」, the promotions 「满减全场满199减20 黑卡黑卡会员再享 95 折」, the SKU 「颜色曜石黑珍珠白」
and badges 「正品保障7天无理由退货假一赔十」, with the attributes glued to it (their tab has no heading); each answer
ended with its by-line, 「查看全部 36 个问题 >」 was a part of its own; the reviews, read as the page's comments, were
one part 「评论」 of both texts, their nicks, options and dates gone and the 商家回复 lost. `kaola_goods` drops the
crumbs, gallery, buttons, tab bar, the questions' icons, by-lines and 「查看全部」 link, the reviews' rate, tags, stars
and votes; the name is the page's h1 over the subtitle, a price line 「考拉价¥129.00 · 参考价 ¥199.00」
(the label before the price, as a shop types it, the two prices set apart), a line of the offers 「满减：全场满199减20 · 黑卡：黑卡会员再享 95 折」, the delivery
line, the options 「颜色：曜石黑 / 珍珠白」 (`html_text.choice_line`) and the badges set apart by 「 · 」; the attributes
are headed by their tab's name 「商品详情」; each question is a Q&A (`html_text.qa_pair`); the reviews stand under their
tab's name 「商品评价」, each a part headed by its nick over its option and date, its text and the shop's reply
「商家回复：…」 (`html_text.review_part`), as 天猫's are.

Detected by the template's class names on a page loading haitao.nos.netease.com/kaola/'s assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, choice_line, drop_selected, one_line, price_line, qa_pair, review_part, \
    site_reader, text_tag

MARKS = frozenset({"PInfo", "m-price-wrap"})
_ASSETS = re.compile(r"^(?:https?:)?//haitao\.nos\.netease\.com/kaola/")
# the furniture: the bar, header and crumbs, the gallery, the buy buttons, the tab bar, the questions' icons, by-lines
# and 「查看全部」 link, the reviews' rate and tags, stars and votes, 看了又看
_FURNITURE = ("#topbar", "#header", "div.m-crumbs", "div.PImgBox", "dd.m-btns", "div.m-detail-tab", "i.ico-ask",
              "i.ico-ans", "li.ask-item div.info", "div.m-askall a.more", "div.comment-head", "li.comment-item div.stars",
              "li.comment-item div.vote", "div.m-recommend")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def kaola_goods(soup: BeautifulSoup) -> None:
    """Read a 网易考拉 goods page's header, attributes, questions and reviews (see the module's docstring). A page of
    any other kind is unchanged."""
    info = soup.find("dl", class_="PInfo")
    if not isinstance(info, Tag):
        return
    tabs = {str(tab.get("href") or "")[1:]: COUNTED.sub("", one_line(tab))
            for tab in soup.select("div.m-detail-tab a[href^='#']")}
    drop_selected(soup, _FURNITURE)
    _info(soup, info)
    panel = soup.find(id="goodsDetail")
    attributes = panel.find("ul", class_="goods-attr", recursive=False) if isinstance(panel, Tag) else None
    if isinstance(attributes, Tag) and tabs.get("goodsDetail"):
        attributes.insert_before(text_tag(soup, "h2", tabs["goodsDetail"]))
    for item in soup.find_all("li", class_="ask-item"):
        qa_pair(soup, item, item.find(class_="q"), item.find(class_="a"))
    for block in soup.find_all("div", class_="m-comment"):
        _reviews(soup, block, tabs.get(str(block.get("id") or ""), ""))


def _info(soup: BeautifulSoup, info: Tag) -> None:
    """Put the goods' info box as the page's h1 over one line per thing it says: subtitle, prices, offers, delivery,
    options and badges."""
    name = info.find("dt", class_="product-title")
    if isinstance(name, Tag):
        name.name = "h1"
    for field in info.find_all("dd", recursive=False):
        kind = field.get("class") or []
        if "m-price-wrap" in kind:
            label = field.find(class_="label")
            prices = [one_line(price) for price in field.find_all("span", recursive=False) if price is not label]
            field.replace_with(text_tag(soup, "p", one_line(label) + " · ".join(filter(None, prices))))
        elif "m-promo" in kind:
            offers = [f"{one_line(tag)}：{str(tag.next_sibling or '').strip()}" if isinstance(tag.next_sibling, str)
                      else one_line(tag) for tag in field.find_all("span", class_="tag")]
            field.replace_with(text_tag(soup, "p", " · ".join(offers)))
        elif "m-sku" in kind:
            choice_line(soup, field, one_line(field.find(class_="label")), field.find_all("a"))
        elif "m-service" in kind:
            price_line(soup, field)
        else:
            field.name = "p"
    info.name = "div"
    info.attrs.pop("class", None)


def _reviews(soup: BeautifulSoup, block: Tag, heading: str) -> None:
    """Put the reviews under their tab's name (an h2), each a part headed by its nick over its option and date, its
    text and the shop's reply (`review_part`), in a plain `div` (its 「comment」 class made it the page's comments)."""
    block.attrs.pop("class", None)
    block.attrs.pop("id", None)         # (so did its id 「comment」)
    if heading:
        block.insert(0, text_tag(soup, "h2", heading))
    for cards in block.find_all("ul", class_="comment-list"):
        box = soup.new_tag("div")
        for card in cards.find_all("li", class_="comment-item"):
            nick, said = one_line(card.find(class_="nick")), one_line(card.find(class_="content"))
            if nick and said:
                anchor = soup.new_tag("div")
                box.append(anchor)
                review_part(soup, anchor, nick, [one_line(card.find(class_="meta")), said,
                                                 one_line(card.find(class_="reply"))])
        if box.find(True) is not None:
            cards.replace_with(box)
