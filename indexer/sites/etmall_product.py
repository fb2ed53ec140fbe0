"""A 東森購物網 (ETMall, etmall.com.tw) product page, as the browser saves it.

ETMall's product page (its styles and scripts under media.etmall.com.tw) sets the cookie bar, the header (search,
member links, category nav), the breadcrumb, then `section.n-product-info`: the gallery and `div.n-product-summary`
(`h1.n-product-title`, the rating `div.n-product-rating` 「4.6 (128 則評價)」, the price box `div.n-price` (spans
「建議售價 $3,290」, 「$2,490」, the tag 「免運」), the offers `ul.n-promo` (card rebates, points, 「分期 0 利率：3 期
$830／期」), the colour choice `div.n-spec-select` 「顏色：」 over `button`s, the buy and share buttons); then the tabs,
the merchant's `section#intro`, the spec table, 保固與售後, the questions `section.n-product-qa` (each
`div.n-qa-item`: `p.n-qa-q` and `p.n-qa-a`, each led by its label span 「Q」 / 「A」, the answer opening with who gave
it 「東森客服回覆：」, then `p.n-qa-date`) and the reviews `section.n-product-review` (each `div.n-review`: the stars,
`span.n-review__user` 「王**」, `span.n-review__date`, the text's `p`).

Read as it stood (holdout258): the colour choice was a dangling 「顏色：」, its options lost with the buttons; the
questions were one part, each label glued to the words (「Q這支可以用 LINE 嗎？」, 「A東森客服回覆：…」) and each date a
line of its own; both reviews were one part, the masked user glued to the date (「王**2026/11/03」).
`etmall_product` drops the rating and the buy and share buttons, reads the colour choice as one line 「顏色：典雅黑 /
珍珠白」 (`html_text.choice_line`, as 91APP's), makes each question a Q&A, question over answer, without the labels
and the date, the answer signed by who gave it (「… — 東森客服」, `html_text.with_signer`), and each review a part
headed by its writer over its date and text (`html_text.review_part`), the stars gone. The price box and the offers
stay the title's lines: they answer what it costs and what the instalments are.

Detected by the product summary and title (`n-product-summary`, `n-product-title`) on a page loading ETMall's
assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, drop_selected, one_line, qa_card, review_part, site_reader, with_signer

MARKS = frozenset({"n-product-summary", "n-product-title"})
_ASSETS = re.compile(r"^https?://media\.etmall\.com\.tw/")
# the summary's rating and buy / share buttons, each review's stars
_FURNITURE = ("div.n-product-summary div.n-product-rating", "div.n-product-summary div.n-buy",
              "div.n-product-summary div.n-share", "div.n-review span.n-stars")
_LABEL = re.compile(r"^[QA]$")                          # a question's or an answer's label span
_SIGNED = re.compile(r"^(?P<by>[^：:]{1,12}?)(?:回覆|回复)\s*[：:]\s*")     # 「東森客服回覆：」 opening an answer


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def etmall_product(soup: BeautifulSoup) -> None:
    """Read an ETMall product page's summary, questions and reviews (see the module's docstring). A page of any
    other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
    for box in soup.select("div.n-product-summary div.n-spec-select"):
        label = "".join(str(text) for text in box.find_all(string=True, recursive=False))
        choice_line(soup, box, label, box.find_all("button"))
    for item in soup.select("div.n-qa-item"):
        question, answer = (_words(item.find("p", class_=part)) for part in ("n-qa-q", "n-qa-a"))
        signed = _SIGNED.match(answer)
        if signed is not None:
            answer = with_signer(answer[signed.end():], signed["by"])
        if question and answer:
            qa_card(soup, item, question, answer)
    for card in soup.select("div.n-review"):
        user, said = one_line(card.find(class_="n-review__user")), card.find("p")
        if user and isinstance(said, Tag) and one_line(said):
            review_part(soup, card, user, [one_line(card.find(class_="n-review__date")), one_line(said)])


def _words(part: Tag | None) -> str:
    """A question's or an answer's words, without its label span 「Q」 / 「A」."""
    if not isinstance(part, Tag):
        return ""
    for label in part.find_all("span", recursive=False):
        if _LABEL.match(one_line(label)):
            label.decompose()
    return one_line(part)
