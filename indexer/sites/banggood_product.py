"""A Banggood (banggood.com) product page, as the browser saves it.

Banggood's product page (its stylesheets and scripts under imgaz.staticbg.com) sets the cookie policy bar, the header
(logo, search, Sign In / Wish List / Cart), the nav and the crumbs, then `div.product-info`: `h1.product-title`, the
stars and counts `div.product-reviewer` 「4.5 (86 Reviews) 23 Answered Questions」, the price box `div.product-price`
(spans of the price, the old price and the discount), the options `div.product-attr` (a `div.attr-item` each: the
label `span.attr-name` 「Color:」 over its links `a.attr-val`), the shipping line `div.product-ship`, the quantity box
`div.product-qty`, the buttons and the share links. Then `div.detail-tab`: the tab bar `ul.tab-nav` (「Description」,
「Customer Reviews (86)」, 「Q&A (23)」, each a link to its panel's id) over the panels `div.tab-cont`: the description
(h2 sections, a spec table, an `<ol>`), `#reviews` (the summary `div.review-summary`, then `div.review-item`s:
`div.review-user` of the name, the country and the stars, the option bought `div.review-attr`, the text
`p.review-text`, `div.review-date`, the votes `div.review-helpful` 「Helpful (18)」) and `#qa` (`div.qa-item`s:
`div.qa-question` and `div.qa-answer`, each after its icon 「Q:」 / 「A:」, then the by-line `div.qa-meta`
「Banggood Customer Service · 2026-08-21」).

Read as it stood (holdout254): the h1's part held the stars and counts, the price spans run together
(「US$39.99 US$56.99 -30%」), the shipping line and a bare 「Quantity:」, while the options were lost (links), and with
them the only place the bundle's price 「+1 Year Platform (US$49.99)」 is given; the review panel has no heading, so
both reviews were glued to the description's last part (「Package Included」) with their names, countries, options,
dates and 「Helpful (18)」; each answer's by-line went as a by-line, and with it who answered. `banggood_product`
drops the stars and counts, the quantity box, the buttons, the share links, the review summary and each review's
stars and votes; sets the prices apart by 「 · 」 (`html_text.price_line`) and reads each option 「Color：Black / Pink /
Glow Blue」 as a line (`html_text.choice_line`, as 91APP's), the shipping line staying a line of the h1's part, as a
shop's terms do; heads the review and Q&A panels by their tabs' names without the counts (「Customer Reviews」,
「Q&A」); each review is a part headed by its writer over 「country · date」, the option bought and its text
(`html_text.review_part`, as 京东's); each question a Q&A whose answer ends signed by who answered
(「… — Banggood Customer Service」, 「… — seller」: `html_text.signed_qa`), without the icons and the date.

Detected by the page's marks (`product-title`, `product-reviewer`) on a page loading Banggood's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import COUNTED, choice_line, drop_selected, one_line, price_line, \
    review_part, signed_qa, signer, site_reader, text_tag

MARKS = frozenset({"product-title", "product-reviewer"})
_ASSETS = re.compile(r"^https?://imgaz\d*\.staticbg\.com/")
# the stars and counts under the h1, the quantity box, the buttons (cart, buy, wish list ♡ 312), the share links, the
# review summary, each review's stars and votes, the Q&A's icons
_FURNITURE = ("div.product-reviewer", "div.product-qty", "div.product-btn", "div.product-share",
              "div.review-summary", "div.review-item .star-box", "div.review-item div.review-helpful",
              "div.qa-item span.q-icon", "div.qa-item span.a-icon")
# the label an answer's by-line opens with (「Answered by seller · 2026-06-11」)
_ANSWERED_BY = re.compile(r"^Answered by\s+", re.IGNORECASE)


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def banggood_product(soup: BeautifulSoup) -> None:
    """Read a Banggood product page's header, options, reviews and questions (see the module's docstring). A page
    of any other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for box in soup.find_all("div", class_="product-price"):
        price_line(soup, box)
    for item in soup.find_all("div", class_="attr-item"):
        choice_line(soup, item, one_line(item.find(class_="attr-name")), item.find_all("a", class_="attr-val"))
    _panel_headings(soup)
    for card in soup.find_all("div", class_="review-item"):
        _review(soup, card)
    for card in soup.find_all("div", class_="qa-item"):
        signed_qa(soup, card, one_line(card.find(class_="qa-question")), one_line(card.find(class_="qa-answer")),
                  signer(card.find(class_="qa-meta"), _ANSWERED_BY))


def _panel_headings(soup: BeautifulSoup) -> None:
    """Head the reviews' and the questions' panels (no heading of their own) by their tabs' names without the
    counts: read as they stood, both ran on at the end of the description's last part."""
    for tab in soup.select("ul.tab-nav a[href]"):
        href = str(tab.get("href") or "")
        panel = soup.find(id=href[1:]) if href.startswith("#") and len(href) > 1 else None
        name = COUNTED.sub("", one_line(tab))
        if isinstance(panel, Tag) and name and panel.find(class_=["review-item", "qa-item"]) is not None:
            panel.insert(0, text_tag(soup, "h2", name))


def _review(soup: BeautifulSoup, card: Tag) -> None:
    """Put one review card as its writer's part: their country and the date, the option bought, the text; a card
    without a writer or a text stays as it is."""
    user = card.find(class_="review-user")
    name = one_line(user.find(class_="name")) if isinstance(user, Tag) else ""
    text = one_line(card.find(class_="review-text"))
    if not name or not text:
        return
    where = one_line(user.find(class_="country")) if isinstance(user, Tag) else ""
    told = " · ".join(filter(None, [where, one_line(card.find(class_="review-date"))]))
    review_part(soup, card, name, [told, one_line(card.find(class_="review-attr")), text])
