"""A 当当 (Dangdang, product.dangdang.com) book page, as the browser saves it (its Traditional Chinese rendition too).

Dangdang's product page sets the welcome bar `div.ddnewhead_welcome` (「歡迎光臨當當，請 登入 免費註冊 | 我的當當 |
購物車 | 手機當當」), the search box `div.ddnewhead_search`, the breadcrumb, then `div.name_info` (the h1 and the
sub-title `span.head_title_name`), `div.messbox_info` (author, publisher, date), the price `div.price_d`, the book's
details `div.pro_content`, the description `#detail` (h3 sections) and the reviews `#comment_list` (an h3
「商品評論（共 37 條）」 over `div.comment_items`: the writer `span.name`, the rating `span.star` 「五星」, the text
`p`; a review may carry a question someone asked and the writer's reply, 「問：…？ 答（樓主回覆）：…」).

Read as it stood (holdout248): the welcome bar was the first line under the h1; the 「comment」 of the reviews' id
and classes made them the page's comments, one passage 「评论」 without their writers, each rating glued to the
head of its text, a question and its reply one line. `dangdang_product` drops the welcome bar; each review is a
part headed by its writer over its rating and its text (`html_text.review_part`), as 京东's and 苏宁's are; a
review's question and reply is a Q&A under it, the reply signed by who gave it (「… — 樓主」, `html_text.signed_qa`).

Detected by the page's header and item box's class names (the page loads no assets of its own to tell it by).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, review_part, signed_qa, site_reader

MARKS = frozenset({"ddnewhead_welcome", "name_info", "messbox_info"})
# the page's furniture: the welcome bar (a greeting over its account links)
_FURNITURE = ("div.ddnewhead_welcome",)
# a review that is a question and the reply to it: 「問：…？ 答（樓主回覆）：…」, who replied in the brackets
_ASKED = re.compile(r"^[问問]\s*[:：]\s*(?P<question>.+?[？?])\s*答\s*(?:[（(](?P<by>[^（()）]{1,24})[)）])?\s*[:：]\s*"
                    r"(?P<answer>.+)$")
# the word 「回覆」 after who replied (「樓主回覆」): the reply itself, not who gave it
_REPLIED = re.compile(r"\s*回[覆复]$")


@site_reader(MARKS, reads_comments=True)
def dangdang_product(soup: BeautifulSoup) -> None:
    """Read a 当当 product page's header and reviews (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for block in soup.find_all(id="comment_list"):
        del block["id"]                     # (its 「comment」 made it the page's comments)
        for review in block.find_all("div", class_="comment_items"):
            _review(soup, review)


def _review(soup: BeautifulSoup, review: Tag) -> None:
    """Put a review card as a part headed by its writer (an h4 under the reviews' h3) over its rating and its text,
    or over its rating and the Q&A its text is (a question and the writer's reply); a card without a writer or a
    text stays as it is."""
    name, said = one_line(review.find(class_="name")), one_line(review.find("p"))
    if not name or not said:
        return
    pair = _ASKED.match(said)
    if pair is None:
        review_part(soup, review, name, [one_line(review.find(class_="star")), said], "h4")
        return
    card = soup.new_tag("div")
    review.insert_after(card)
    review_part(soup, review, name, [one_line(review.find(class_="star"))], "h4")
    signed_qa(soup, card, pair["question"], pair["answer"], _REPLIED.sub("", pair["by"] or ""))
