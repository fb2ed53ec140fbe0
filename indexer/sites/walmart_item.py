"""A Walmart (walmart.com) item page, as the browser saves it.

Walmart's item page (Next.js, its scripts and images from i5.walmartimages.com; every class name a utility class or
a build hash, its parts named by `data-testid`) sets the header and the breadcrumb, then
`section[data-testid=product-detail]`: the brand's link over the h1, a row of the rating (「(4.1)」, 「4.1 stars out
of 612 reviews」, a link to the reviews `#item-review-section`), the price box `[data-testid=price-wrap]` (「Now
$79.98」 and the struck 「$99.95」, spans), the cart button, the seller's line (「Sold and shipped by …」); then
`section[data-testid=product-description]` 「About this item」 (the seller's HTML), `section[data-testid=specifications]`
(each spec a `div` of an h3, its name, over a `div`, its value), `section[data-testid=questions-and-answers]` (each
`div[data-testid=qna-question]`: 「Q:」 and the question, the asker's line 「asked by Zhou · Feb 11, 2025」, a
`div.pl3` of 「A:」 and the answer, the answerer's line 「Answered by … · Feb 12, 2025」 and the Helpful buttons) and
`section[data-testid=reviews-section]` (the score 「4.1 out of 5」, 「612 ratings | 287 reviews」, each review a
`li[data-testid=enhanced-review-content]`: a gray line 「Verified Purchase · 10/5/2025」, its title an h3, its text,
its writer a gray line last; 「View all reviews」).

Read as it stood (holdout219): the title's part held the brand, the rating row glued (「(4.1)4.1 stars out of 612
reviews612 reviews」) and the prices glued (「Now $79.98$99.95」); each spec's h3 was a part of its own holding one
value; each answer kept the asker's line, its 「A:」 and the answerer's line; the reviews were one passage with the
score, the badge lines, the titles as plain lines and each writer's name after the text. `walmart_item` drops the
brand's link and the rating row, puts the prices on one line set apart by 「 · 」 (`html_text.price_line`), the
specs one two-column table (`html_text.pairs_table`), each question a Q&A (`html_text.qa_card`) without the labels
and the by-lines (as Lazada's are), each review a part headed by its writer over its title, its date and its text
(`html_text.review_part`), the score, the badge and 「View all reviews」 gone.

Detected by the item page's `data-testid` parts on a page loading walmartimages.com's scripts.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import loads_assets, one_line, pairs_table, price_line, qa_card, review_part, site_reader

MARKS = frozenset({"#__NEXT_DATA__", "@data-testid"})
_ASSETS = re.compile(r"^(?:https?:)?//i5\.walmartimages\.com/")
_DATE = re.compile(r"\d")                               # a field of the badge line that is its date


@site_reader(MARKS)
def walmart_item(soup: BeautifulSoup) -> None:
    """Read a Walmart item page's header, specs, questions and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    detail = soup.find("section", attrs={"data-testid": "product-detail"})
    if not isinstance(detail, Tag) or not loads_assets(soup, _ASSETS, ("script",)):
        return
    _header(soup, detail)
    for specs in soup.find_all("section", attrs={"data-testid": "specifications"}):
        rows = [row for row in specs.find_all("div", recursive=False)
                if [child.name for child in row.find_all(True, recursive=False)] == ["h3", "div"]]
        if rows:
            rows[0].insert_before(pairs_table(soup, [tuple(row.find_all(True, recursive=False)) for row in rows]))
            for row in rows:
                row.decompose()
    for card in soup.find_all("div", attrs={"data-testid": "qna-question"}):
        _question(soup, card)
    for section in soup.find_all("section", attrs={"data-testid": "reviews-section"}):
        _reviews(soup, section)


def _header(soup: BeautifulSoup, detail: Tag) -> None:
    """Drop the brand's link over the h1 and the rating row (the row linking to the reviews); put the price box's
    spans on one line."""
    title = detail.find("h1")
    if isinstance(title, Tag):
        for brand in title.find_previous_siblings("a"):
            brand.decompose()           # 「XLink」, a link to the brand's shelf
    for link in detail.find_all("a", href="#item-review-section"):
        if isinstance(link.parent, Tag) and link.parent is not detail:
            link.parent.decompose()     # 「(4.1)」 「4.1 stars out of 612 reviews」 「612 reviews」
    for box in detail.find_all("div", attrs={"data-testid": "price-wrap"}):
        price_line(soup, box)


def _question(soup: BeautifulSoup, card: Tag) -> None:
    """Put a question card as a Q&A: its first line (「Q:」 and the question) over the answer of its `div.pl3` (「A:」
    and the answer, the first line there), the asker's and answerer's gray lines and the buttons gone. The labels
    stay for the fragmenter, which strips them: 「Q:」 tells a question that ends in 「。」 (「…能接吗？手机是 iPhone
    15。」) as one. A card without an answer stays as it is."""
    lines = card.find_all("div", recursive=False)
    answers = card.find("div", class_="pl3")
    said = answers.find("div") if isinstance(answers, Tag) else None
    if not lines or not isinstance(said, Tag):
        return
    question, answer = one_line(lines[0]), one_line(said)
    if question and answer:
        qa_card(soup, card, question, answer)


def _reviews(soup: BeautifulSoup, section: Tag) -> None:
    """Put each review of the section as a part headed by its writer (an h3 under the section's h2: its last gray
    line) over its title, its date (the badge line's field with digits) and its text; the score lines before the
    list and the link to all reviews go."""
    listed = section.find("ul")
    if not isinstance(listed, Tag):
        return
    for summary in listed.find_previous_siblings("div"):
        summary.decompose()             # 「4.1 out of 5」, 「612 ratings | 287 reviews」
    for more in listed.find_next_siblings("a"):
        more.decompose()                # 「View all reviews」
    for review in listed.find_all("li", attrs={"data-testid": "enhanced-review-content"}):
        parts = review.find_all(True, recursive=False)
        title = review.find("h3")
        if len(parts) < 3 or not isinstance(title, Tag) or parts[-1].name != "div":
            continue
        badge = parts[0] if parts[0] is not title else None
        date = [field.strip() for field in one_line(badge).split("·") if _DATE.search(field)]
        text = [one_line(part) for part in parts if part not in (badge, title, parts[-1])]
        if one_line(parts[-1]):
            review_part(soup, review, one_line(parts[-1]), [one_line(title), *date, *text], before=listed)
    if listed.find("li") is None:
        listed.decompose()
