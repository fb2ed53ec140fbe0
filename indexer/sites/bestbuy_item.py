"""A Best Buy (bestbuy.com) product page, as the browser saves it.

Best Buy's product page (its stylesheets and scripts under www.bestbuy.com/~assets/) sets the OneTrust banner, the
shop header and the breadcrumbs, then `div.shop-product-detail`: `div.sku-title` (the h1), `div.sku-model` (two
`div.product-data`, each a `span.product-data-label` 「Model:」 beside its `span.product-data-value`), the ratings
line `div.ugc-ratings-reviews` (「Rating 3.6 out of 5 stars with 214 reviews」, 「71 Answered Questions」), the price
`div.priceView-hero-price` (its span `aria-hidden="true"`: a screen reader gets the price from a hidden twin), the
cart button, a `div.c-alert`, the Overview (the seller's text), `div.shop-specifications` (a `ul.zebra-stripe-list`
of `li.row`s: `div.title` beside `div.description`), `div.ugc-qna` (each `li.question-item`: an `h3.heading-6`
question, the asker's `div.question-metadata`, its `li.answer-item`s of `p.answer-text` over the
`div.answer-metadata` 「<span.author> · <span.badge> · date」 and the votes) and `div.ugc-reviews` (each
`li.review-item`: the stars' hidden text 「Rated 2 out of 5 stars」, an `h4.review-title`, `div.ugc-review-body`,
the `div.ugc-review-footer` 「<span.author> · Posted 8 months ago · Verified Purchase」, the votes).

Read as it stood (holdout219): the title's part held 「Model:ATTCBPRO」 and 「SKU:6548172」 (label and value glued)
and the ratings line, but not the price (its span hidden from screen readers, dropped as hidden); the specs were
their names and values a line each; the questions one passage 「Questions & Answers」, each question over its
answer, without who answered; each review a part titled by its title, without its writer or date.
`bestbuy_item` keeps the model and SKU one line 「Model: ATTCBPRO · SKU: 6548172」 and the price, drops the ratings
line; the specs are one two-column table (`html_text.pairs_table`); each question a Q&A (`html_text.qa_card`), the
answerer and badge its answer's signature 「— AT&T Expert · Brand Representative」 (as DNS's 「— Эксперт DNS」 tells
the shop's answers from buyers'), the asker gone; each review a part headed by its writer over its title, its date
and its text (`html_text.review_part`), the stars, the badge and the votes gone, as every shop reader's.

Detected by the product page's marks (`sku-title`, `shop-product-detail`) on a page loading Best Buy's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, pairs_table, qa_card, review_part, site_reader, text_tag, \
    with_signer

MARKS = frozenset({"sku-title", "shop-product-detail"})
_ASSETS = re.compile(r"^https?://www\.bestbuy\.com/~assets/")
# the product page's furniture: the ratings line under the title, the links and buttons to more questions and reviews
_FURNITURE = ("div.ugc-ratings-reviews", "div.ugc-qna > button", "a.see-all-reviews-button")


@site_reader(MARKS, assets=_ASSETS)
def bestbuy_item(soup: BeautifulSoup) -> None:
    """Read a Best Buy product page's header, specs, questions and reviews (see the module's docstring). A page of
    any other kind is unchanged."""
    if soup.find("div", class_="sku-title") is None:
        return
    drop_selected(soup, _FURNITURE)
    for model in soup.find_all("div", class_="sku-model"):
        fields = [" ".join(one_line(span) for span in data.find_all("span")) for data in
                  model.find_all("div", class_="product-data")]
        if all(fields) and fields:
            model.replace_with(text_tag(soup, "p", " · ".join(fields)))    # 「Model: ATTCBPRO · SKU: 6548172」
    for price in soup.find_all("div", class_="priceView-hero-price"):
        if one_line(price):
            price.replace_with(text_tag(soup, "p", one_line(price)))       # (its span hidden from screen readers)
    for listed in soup.find_all("ul", class_="zebra-stripe-list"):
        rows = [(row.find("div", class_="title"), row.find("div", class_="description"))
                for row in listed.find_all("li", recursive=False)]
        if rows and all(isinstance(name, Tag) and isinstance(value, Tag) for name, value in rows):
            listed.replace_with(pairs_table(soup, rows))
    for item in soup.find_all("li", class_="question-item"):
        _question(soup, item)
    for review in soup.find_all("li", class_="review-item"):
        _review(soup, review)


def _question(soup: BeautifulSoup, item: Tag) -> None:
    """Put a question item as a Q&A: its heading over its answers, each signed by its author and badge (the
    answer-metadata's date and the votes gone). An item without a heading or an answer stays as it is."""
    question = item.find(["h3", "h4"])
    answers = []
    for answer in item.find_all("li", class_="answer-item"):
        meta = answer.find("div", class_="answer-metadata")
        signed = [one_line(span) for span in meta.find_all("span", class_=["author", "badge"])] \
            if isinstance(meta, Tag) else []
        text = one_line(answer.find("p", class_="answer-text"))
        if text:
            answers.append(with_signer(text, " · ".join(signed) if any(signed) else ""))
    if one_line(question) and answers:
        qa_card(soup, item, one_line(question), "\n".join(answers))


def _review(soup: BeautifulSoup, review: Tag) -> None:
    """Put a review item as a part headed by its writer (the footer's `span.author`, an h3 under 「Reviews」) over its
    title, its date and its text. A review without a writer or a text stays as it is."""
    footer = review.find("div", class_="ugc-review-footer")
    author = footer.find("span", class_="author") if isinstance(footer, Tag) else None
    body = review.find("div", class_="ugc-review-body")
    if one_line(author) and one_line(body) and isinstance(footer, Tag):
        lines = [one_line(review.find(class_="review-title")), one_line(footer.find(class_="submission-date")),
                 one_line(body)]
        review_part(soup, review, one_line(author), lines, before=review.parent)
