"""A Creema (creema.jp; its Taiwanese and Chinese sites alike) handmade item page, as the browser saves it.

The item page (its styles and scripts under www.creema.jp/assets/) sets the c-cookie-consent banner, the l-header
(logo, search, 登入 / 購物車 / 最愛), the breadcrumb, the gallery, the h1, the creator's line 「by 皮小匠 LeatherTaipei
（台北）」, the NT$ price, the cart / 收藏 buttons, the share list, the creator's description (h2 sections, steps, a
`c-table`, `c-faq` 「Q：」 / 「A：」 paragraphs), then `section.p-item__reviews`: an h2 「評價（27）」 over `div.c-review`
cards, each the drawn stars `p.c-review__stars`, the text `p.c-review__text` and the by-line `p.c-review__user`
「Yuting　2025/08/19」 (name and date).

Read as it stood (holdout245): the reviews were one part 「評價（27）」, each by-line a line after its review's text,
so each line of who wrote it stood between one review and the next. `creema_item` makes each review a part headed
by its writer over its date and its text (`html_text.dated_review`), without the stars, as every shop reader's
reviews are. The creator's line and the price stay the title's lines, as every shop reader keeps them.

Detected by the reviews' box and its cards on a page loading Creema's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import dated_review, site_reader

MARKS = frozenset({"p-item__reviews", "c-review"})
_ASSETS = re.compile(r"^(?:https?:)?//(?:www\.)?creema\.(?:jp|tw|net|com)/")


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def creema_item(soup: BeautifulSoup) -> None:
    """Read a Creema item page's reviews each a part of its writer (see the module's docstring). A page of any
    other kind is unchanged."""
    for review in soup.select("section.p-item__reviews div.c-review"):
        dated_review(soup, review, review.find(class_="c-review__user"), None, review.find(class_="c-review__text"))
