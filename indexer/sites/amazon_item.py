"""An Amazon product page (amazon.com and its sister stores' detail page, 「dp」), as the browser saves it.

Amazon's detail page (its stylesheets and scripts from m.media-amazon.com or images-*.ssl-images-amazon.com) sets
the nav belt, the cookie banner `#sp-cc` and the breadcrumbs, then `#dp-container` (role="main"): `#centerCol` with
`h1#title` (the product's name, `span#productTitle`), the by-line link, `#averageCustomerReviews` (the stars' alt
text 「4.5 颗星，最多 5 颗星」, 「2,318 个评级」, 「已回答 164 个问题」), `#corePrice_feature_div` (the price) and
`#feature-bullets` 「关于此商品」; `#rightCol`, the buy box (the price again, the delivery message
`#mir-layout-DELIVERY_BLOCK`, the cart buttons); `#productDescription_feature_div`; `#ask-btf_feature_div`
「顾客问题和解答」, each question an `a-fixed-left-grid` row of two rows of a label column (`a-col-left`: 「问题：」,
「答案：」) beside its text (`a-col-right`: the question a link to /ask/questions/…, the answer a span over the
answerer's `span.a-color-tertiary` 「作者：Aigerim S. 于 2025年3月2日」), then 「查看更多已回答的问题（161）」; and
`#reviewsMedley` 「顾客评论」, each review a `div[data-hook=review]` (`span.a-profile-name`, the
`a[data-hook=review-title]` of the stars' alt text and the title, `[data-hook=review-date]`, the 「已确认购买」 badge,
the text `[data-hook=review-collapsed]` or `[data-hook=review-body]`, the helpful votes), then 「查看更多评论」.

Read as it stood (holdout219): the title's part held the rating line and the price; the buy box, beside the
centre column, was glued to the end of 「关于此商品」 (the price again, 「无法配送至…」); the questions were one passage,
the labels 「问题：」 / 「答案：」 lines of their own, the answerers' lines its text, cut by size between a question
and its answer; the reviews one passage, each writer's name a line and the stars' alt text, title, date and badge
glued into one (「5.0 颗星，最多 5 颗星在草原上也能买书在哈萨克斯坦审核于 2025年7月14日已确认购买」). `amazon_item`
drops the rating line and the buy box, its delivery message kept under the price (as 京东's delivery line is); each
question is a Q&A (`html_text.qa_card`), question over answer, without the labels and the answerer's line (as
Lazada's and Ozon's are); each review a part headed by its writer over its title, its date and its text
(`html_text.review_part`), its stars, badge and votes gone; the 「查看更多」 links go.

Detected by the detail page's marks (`#dp-container`, `#productTitle`) on a page loading Amazon's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, loads_assets, one_line, qa_card, review_part, text_tag

MARKS = frozenset({"#dp-container", "#productTitle"})
_ASSETS = re.compile(r"^https?://(?:m\.media-amazon\.com|images-[a-z]+\.ssl-images-amazon\.com)/")
# the detail page's furniture: the rating line under the title, the links to all questions and reviews
_FURNITURE = ("#averageCustomerReviews", "#ask-btf_feature_div a.a-link-emphasis", "#dp-see-all-reviews")
_ASK_LINK = re.compile(r"/ask/questions/")


def amazon_item(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """Read an Amazon detail page's price, questions and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    if marks is not None and not MARKS <= marks:
        return
    if soup.find(id="productTitle") is None or not loads_assets(soup, _ASSETS):
        return
    drop_selected(soup, _FURNITURE)
    _buy_box(soup)
    for link in soup.find_all("a", href=_ASK_LINK):
        _question(soup, link)
    for review in soup.find_all("div", attrs={"data-hook": "review"}):
        _review(soup, review)


def _buy_box(soup: BeautifulSoup) -> None:
    """Put the buy box's delivery message under the price and drop the box (`#rightCol`: the price again, the cart
    buttons): standing beside the centre column, it was read as the end of 「关于此商品」."""
    column = soup.find(id="rightCol")
    if not isinstance(column, Tag):
        return
    delivery, price = column.find(id="mir-layout-DELIVERY_BLOCK"), soup.find(id="corePrice_feature_div")
    if isinstance(price, Tag) and one_line(delivery):
        price.insert_after(text_tag(soup, "p", one_line(delivery)))
    column.decompose()


def _question(soup: BeautifulSoup, link: Tag) -> None:
    """Put one question of 「顾客问题和解答」 as a Q&A: the link to its page is the question, in the right column of
    a row whose left column is its label (「问题：」, kept for the fragmenter, which strips it: a question that ends
    without 「？」 is still one); the next row is its answer (「答案：」), its text without the answerer's
    `span.a-color-tertiary` line; both rows are one `a-fixed-left-grid`, the card. A question without an answer
    row stays as it is."""
    row = link.find_parent("div", class_="a-fixed-left-grid")
    answer = row.find_next_sibling("div", class_="a-fixed-left-grid") if isinstance(row, Tag) else None
    card = row.find_parent("div", class_="a-fixed-left-grid") if isinstance(row, Tag) else None
    said = answer.find("div", class_="a-col-right") if isinstance(answer, Tag) else None
    if not isinstance(said, Tag) or not isinstance(card, Tag):
        return
    for by_line in said.find_all("span", class_="a-color-tertiary"):
        by_line.decompose()             # 「作者：Aigerim S. 于 2025年3月2日」
    if one_line(link) and one_line(said):
        qa_card(soup, card, one_line(row), one_line(said))


def _review(soup: BeautifulSoup, review: Tag) -> None:
    """Put a review as a part headed by its writer (an h3 under 「顾客评论」) over its title, its date and its text;
    the stars' alt text in the title's link, the badge and the votes go. A review without a name or text stays."""
    name = review.find("span", class_="a-profile-name")
    text = review.find(attrs={"data-hook": ["review-collapsed", "review-body"]})
    title = review.find(attrs={"data-hook": "review-title"})
    if isinstance(title, Tag):
        for stars in title.find_all("i", class_="a-icon"):
            stars.decompose()           # 「5.0 颗星，最多 5 颗星」
    if one_line(name) and one_line(text):
        date = review.find(attrs={"data-hook": "review-date"})
        review_part(soup, review, one_line(name), [one_line(title), one_line(date), one_line(text)])
