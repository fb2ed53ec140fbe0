"""A Sitejabber (sitejabber.com) business reviews page, as the browser saves it.

Sitejabber's business page (its stylesheets and scripts under www.sitejabber.com) sets the cookie banner, the header
and breadcrumbs, then `main.biz-page`: `section.biz-header` (the h1, the rating `div.biz-header__rating` 「3.9 · 48
reviews」, the share buttons), `section.biz-about` (the business's own text and facts), `section.biz-reviews` (its h2,
then `article.review`s: `div.review__author` 「Ерлан Б. · Almaty · 3 reviews」, the stars `div.review__stars`, an
`h3.review__title`, the text `div.review__text` — paragraphs, at times a list —, `div.review__date` 「Reviewed October
12, 2026」, the votes `div.review__helpful` 「Helpful (14)」 and the business's `div.review__reply`, its label 「Response
from ShutterGSM.kz」 bold over its text), a Questions & Answers block, the sidebar and the footer.

Read as it stood (holdout252): the reviews were read as comments, moved to the page's end in parts 「评论」 of two
texts each, their titles, writers and dates gone, a review's numbered list flattened into one line with the next
review, and the business's reply lost. `sitejabber_business` drops the header's rating and share buttons; each review
is a part headed by its writer over the rest of their by-line (the count of their reviews gone), its title, its date
and its text (`html_text.review_part`, as Capterra's), the text's blocks kept as they are so that a numbered list is
the steps of its part, then the business's reply one line 「Response from …：…」 (as Capterra's vendor's), the stars
and votes gone, as every shop reader's.

Detected by the page's marks (`biz-header`, `review__author`) on a page loading Sitejabber's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import by_line_fields, drop_selected, one_line, review_part, site_reader, text_tag

MARKS = frozenset({"biz-header", "review__author"})
_ASSETS = re.compile(r"^https?://www\.sitejabber\.com/")
# the header's rating and share buttons, each review's stars and votes
_FURNITURE = ("section.biz-header div.biz-header__rating", "section.biz-header div.share-buttons",
              "article.review div.review__stars", "article.review div.review__helpful")
# the by-line's count of the writer's reviews (「3 reviews」): about the writer's account, not this review
_REVIEW_COUNT = re.compile(r"^\d+\s+reviews?$", re.IGNORECASE)


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def sitejabber_business(soup: BeautifulSoup) -> None:
    """Read a Sitejabber business page's header and reviews (see the module's docstring). A page of any other kind
    is unchanged."""
    drop_selected(soup, _FURNITURE)
    for card in soup.find_all("article", class_="review"):
        _review(soup, card)


def _review(soup: BeautifulSoup, card: Tag) -> None:
    """Put one review card as its writer's part, its text's blocks as they are; a card without a writer or a text
    stays as it is."""
    fields = [field for field in by_line_fields(card.find(class_="review__author")) if not _REVIEW_COUNT.match(field)]
    text = card.find(class_="review__text")
    if not fields or not isinstance(text, Tag) or not one_line(text):
        return
    reply = card.find(class_="review__reply")
    answer = ""
    if isinstance(reply, Tag):
        label = reply.find("b")
        said = one_line(label.extract()) if isinstance(label, Tag) else ""
        answer = f"{said}：{one_line(reply)}" if said and one_line(reply) else one_line(reply)
    card.insert_before(text.extract())
    if answer:
        text.insert_after(text_tag(soup, "p", answer))
    review_part(soup, card, fields[0], [" · ".join(fields[1:]), one_line(card.find(class_="review__title")),
                                        one_line(card.find(class_="review__date"))], before=text)
