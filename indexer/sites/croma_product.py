"""A Croma (croma.com) product page, as the browser saves it.

Croma's app (its assets from media-assets.croma.com) sets the cookie consent, `header.cp-header`, the breadcrumb,
`div.pdp-product` (`h1.pd-title`, the price 「₹18,490」 with the seller's note, Buy Now / Add to Cart, the share
links), the overview's h2 sections, then `div.pdp-qna`: its h2 「Questions & Answers」 over one `div.qna-item` per
question — `p.q` 「Q: …」, `p.a` 「A: …」 and the badge span 「Answered by Croma Expert」 (or 「Answered by Customer」)
— and the link `a.view-all` 「View all questions」.

Read as it stood (holdout251): each question was a Q&A whose answer ended with its badge line, and the last one's
with 「View all questions」 too. `croma_product` makes each question a Q&A whose answer ends signed by who gave it
(「… — Croma Expert」, 「… — Customer」: `html_text.signed_qa`, as Argos's are), without the 「Q:」 / 「A:」 labels,
and drops the link. The price stays a line of the title's part, as every shop reader's.

Detected by the Q&A list's class on a page loading Croma's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, one_line, signed_qa, signer, site_reader

MARKS = frozenset({"qna-item"})
_ASSETS = re.compile(r"^https?://(?:media-assets\.croma\.com|(?:www\.)?croma\.com)/")
_ANSWERED_BY = re.compile(r"^\s*Answered by\s+", re.IGNORECASE)
_LABEL = re.compile(r"^[QA]\s*[:：]\s*")          # 「Q: 」 / 「A: 」 leading the question and the answer
_FURNITURE = ("div.pdp-qna a.view-all",)


@site_reader(MARKS, assets=_ASSETS)
def croma_product(soup: BeautifulSoup) -> None:
    """Read a Croma product page's questions (see the module's docstring). A page of any other kind is
    unchanged."""
    drop_selected(soup, _FURNITURE)
    for item in soup.find_all("div", class_="qna-item"):
        badge = item.find("span", string=_ANSWERED_BY)
        signed_qa(soup, item, _LABEL.sub("", one_line(item.find("p", class_="q"))),
                  _LABEL.sub("", one_line(item.find("p", class_="a"))), signer(badge, _ANSWERED_BY))
