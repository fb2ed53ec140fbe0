"""A SHEIN (shein.com) product page, as the browser saves it.

SHEIN's product page (its stylesheets and scripts under sheinsz.ltwebstatic.com) sets the cookie tips, the header
(promo bar, logo, menu, search, bag), then `div.goods-detailv2`: the breadcrumbs, `div.product-intro` (the gallery and
`div.product-intro__info`: the h1, the SKU line, the rating 「4.83 ★★★★★ (1000+ Reviews)」, the price box — the
selling price, the old price in a <del>, the discount 「-41%」 —, the colour 「Color: 黑色」 over its swatches, the size
「Size: one-size」 beside its 「Size Guide」 link, the 「ADD TO BAG」 and wish-list buttons, the free-shipping and delivery
line, `div.product-intro__description` — its head 「Description」, a table of `div.key` / `div.val` rows, the text —
and `div.product-intro__shipping` under its title 「Shipping & Returns」), then `div.common-reviews` (its h2 「Customer
Reviews (1000+)」, the summary — the rating and the fit line 「Does it fit? Small 2% · True to Size 96% · Large 2%」 —,
the review items: `span.nikename` 「L***a」, the stars, `span.date`, the variant bought 「Color:黑色」, the text
`div.rate-des`, the votes 「Helpful (23)」), `div.product-qa` (its h2 「Q&A」, items of a question and an answer, each
after its tag 「Q」 / 「A」, the answer signed 「— SHEIN Customer Service」) and 「You May Also Like」; the footer.

Read as it stood (holdout265): the root was `div.product-intro__info`, so the reviews and the questions were lost
whole (nor would the reviews' block have been kept: its class reads as chrome); the title's part kept the SKU, the
review count, the prices glued to the discount 「$4.20-41%」, 「Size: one-sizeSize Guide」, the delivery line and the
label 「Description」; the description table was one key or value a line; 「Shipping & Returns」 a line of the part
before it. `shein_product` makes `div.goods-detailv2` the page's <main>; the SKU, the rating, the swatches, the size
guide, the buttons, the delivery line and the description's head go, the price box is one line 「$2.49 · $4.20 -41%」
(`html_text.joined_line`, the discount beside the old price it is taken off), the description table a table of its
keys beside their values (`html_text.pairs_table`), 「Shipping & Returns」 a heading; the reviews are an h2 「Customer
Reviews」 over the fit line and each review a part headed by its writer over its date, the variant bought and its
text (`html_text.review_part`), the stars and votes gone; each question a Q&A whose answer is signed by who gave it
(`html_text.signed_qa`); 「You May Also Like」 and 「View All」 go.

Detected by the page's marks (`goods-detailv2`, `product-intro__head-name`) on a page loading SHEIN's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import (drop_selected, joined_line, one_line, pairs_table, review_part, signed_qa, site_reader,
                               text_tag)

MARKS = frozenset({"goods-detailv2", "product-intro__head-name"})
_ASSETS = re.compile(r"^https?://sheinsz\.ltwebstatic\.com/")
# the buy box's furniture (the SKU, the rating and review count, the swatches, the size guide, the buttons, the
# delivery estimate, the description's head), the reviews' rating, stars, votes and link to more, the
# recommendations
_FURNITURE = ("div.product-intro__head-sku", "div.product-intro__head-reviews", "div.product-intro__color-block",
              "a.product-intro__size-guide", "div.product-intro__add", "div.product-intro__freeshipping",
              "div.product-intro__description-head", "div.common-reviews__summary span.rate-num",
              "div.she-rate", "div.common-reviews__list-item-helpful", "a.common-reviews__view-more",
              "div.goods-detail__recommend")
# a heading's count of reviews 「Customer Reviews (1000+)」: the shop's counter, not the heading's words
_COUNT = re.compile(r"\s*[(（][\d,.+\s]+[)）]\s*$")
# an answer's signature 「— SHEIN Customer Service」
_SIGNED = re.compile(r"^[—–-]+\s*")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def shein_product(soup: BeautifulSoup) -> None:
    """Read a SHEIN product page's buy box, description, reviews and questions (see the module's docstring). A page
    of any other kind is unchanged."""
    page = soup.find("div", class_="goods-detailv2")
    if not isinstance(page, Tag):
        return
    drop_selected(soup, _FURNITURE)
    page.name = "main"
    page.attrs = {}
    for box in soup.select("div.product-intro__head-price"):
        _price(soup, box)
    for table in soup.select("div.product-intro__description-table"):
        rows = table.find_all(class_="product-intro__description-table-item")
        pairs = [(key, value) for key, value in ((row.find(class_="key"), row.find(class_="val")) for row in rows)
                 if isinstance(key, Tag) and isinstance(value, Tag)]
        if pairs:
            table.replace_with(pairs_table(soup, pairs))
    for title in soup.select("div.product-intro__shipping-title"):
        title.replace_with(text_tag(soup, "h2", one_line(title)))
    for block in soup.select("div.common-reviews"):
        _reviews(soup, block)
    for card in soup.select("div.product-qa__item"):
        _question(soup, card)
    for block in soup.select("div.product-qa"):
        block.attrs = {}


def _price(soup: BeautifulSoup, box: Tag) -> None:
    """Put the price box as one line 「$2.49 · $4.20 -41%」: the selling price, then the old price with the discount
    drawn beside it (`html_text.joined_line` of the two prices, the discount after the old one)."""
    selling, old, discount = box.find("div", class_="discount"), box.find("del"), box.find(class_="discount-label")
    if isinstance(old, Tag) and isinstance(discount, Tag) and one_line(discount):
        old.string = f"{one_line(old)} {one_line(discount.extract())}"
    joined_line(soup, [part for part in (selling, old) if isinstance(part, Tag)])
    if isinstance(discount, Tag) and discount.parent is not None:
        discount.decompose()


def _reviews(soup: BeautifulSoup, block: Tag) -> None:
    """Put the reviews' block as a heading over its fit line and each review a part of its writer's."""
    heading = block.find("h2")
    if isinstance(heading, Tag):
        heading.replace_with(text_tag(soup, "h2", _COUNT.sub("", one_line(heading))))
    fit = block.find(class_="fit-rating")
    if isinstance(fit, Tag):
        label, *shares = [one_line(span) for span in fit.find_all("span")]
        fit.replace_with(text_tag(soup, "p", f"{label} {' · '.join(filter(None, shares))}".strip()))
    for card in block.find_all("div", class_="common-reviews__list-item"):
        name, text = one_line(card.find(class_="nikename")), one_line(card.find(class_="rate-des"))
        if name and text:
            review_part(soup, card, name, [one_line(card.find(class_="date")),
                                           one_line(card.find(class_="goods-attr-size")), text])
    for box in [block, *block.find_all("div")]:
        box.attrs = {}      # (its class reads as chrome: the reviews are the page's)


def _question(soup: BeautifulSoup, card: Tag) -> None:
    """Put one question card as its Q&A, the answer signed by who gave it; a card without both stays."""
    question, answer = card.find(class_="product-qa__question"), card.find(class_="product-qa__answer")
    if not isinstance(question, Tag) or not isinstance(answer, Tag):
        return
    for tag in card.find_all(class_="product-qa__tag"):
        tag.decompose()
    by = answer.find(class_="product-qa__by")
    signer = _SIGNED.sub("", one_line(by.extract())) if isinstance(by, Tag) else ""
    signed_qa(soup, card, one_line(question), one_line(answer), signer)
