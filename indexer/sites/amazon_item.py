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

A sister store (amazon.ae, holdout234) writes the questions' teaser flat: `div.askTeaserQuestions` holds one
`div.a-section` a line, each led by its label `span.a-text-bold` (「Question:」, 「Answer:」) before the text's span,
the answer's by-line `span.a-color-tertiary` (「By GulfCam Trading SELLER on 3 October 2026」) after it, then a plain
`a.a-link-normal` 「See more answered questions (23)」; and each review a `div.review` of spans (`a-profile-name`,
the stars' `a-icon-alt`, `review-title`, `review-text`, the votes, the 「Helpful」 / 「Report」 links). Read as they
stood, the labels were glued to the questions and answers (「Question:鏡頭…」), the by-lines to the answers, the
passage cut by size between a question and its answer, and the review one line of glued spans (「Daniyar K.5.0 out
of 5 starsWorks on my dacha…HelpfulReport」). Each labelled line of the label the teaser opens with is now a
question, the next line of another label its answer (locale-free: the labels are the store's language), read as
the grid's are; the link to more goes; a `div.review` is read as a `data-hook` review is. Its `#dp-container`
lacked the role="main" amazon.com sets: without it, the title's `#centerCol` (the description inside) held enough
of the page's text, once the labels and by-lines were gone, to be taken for the article, and the questions and
the review beside it were lost; the reader gives it back the role (clean.py's `_main_misplaced` still judges it).

amazon.co.jp's page (holdout253) has no `#dp-container` (`#dp` holds `#ppd` and the blocks after it), so the
reader, detected by it, did not run: the rating line (its own `#averageCustomerReviews_feature_div` 「286個の評価 |
12の質問に回答済み」), the points 「70pt (1%)」 and the size swatches (`#twister_feature_div`, one line each) were the
title's part, the brand's by-line 「ブランド: SakuraFi」 dropped as a by-line, the buy box glued to the end of
「この商品について」, the questions one passage with 「質問:」 / 「回答:」 lines and the answerers' lines glued to the
answers, the reviews' histogram (「星5つ中4.1つ」, 「星5つ | 58%」) the text of 「カスタマーレビュー」 and the reviews one
passage. It is now read as amazon.com's: the brand a line under the title, the price
(`#corePriceDisplay_desktop_feature_div`) over the delivery message, the sizes one line 「サイズ：8日 15GB ￥3,980 /
…」 (`html_text.choice_line`), each question a Q&A, each review a part by its writer; the points, histogram and links
to more go.

Detected by the detail page's marks (`#centerCol`, `#productTitle`) on a page loading Amazon's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import choice_line, drop_selected, one_line, qa_card, review_part, site_reader, text_tag

MARKS = frozenset({"#centerCol", "#productTitle"})
_ASSETS = re.compile(r"^https?://(?:m\.media-amazon\.com|images-[a-z]+\.ssl-images-amazon\.com)/")
# the detail page's furniture: the rating line under the title, the links to all questions and reviews
# (the flat teaser's link to more is a plain link beside the questions, not in one: those are the grid's own links)
_FURNITURE = ("#averageCustomerReviews", "#ask-btf_feature_div a.a-link-emphasis", "#ask-btf_feature_div > a",
              "#dp-see-all-reviews",
              # amazon.co.jp's (holdout253): the rating line's own feature div, the points under the price, the
              # reviews' histogram (「星5つ中4.1つ」, 「286件のグローバル評価」, 「星5つ | 58%」) and 「すべてのレビューを見る」
              "#averageCustomerReviews_feature_div", "#pointsInsideBuyBox_feature_div",
              "#reviewsMedley [data-hook=rating-out-of-text]", "#reviewsMedley [data-hook=total-review-count]",
              "#histogramTable", "#reviewsMedley a.a-link-emphasis")
_ASK_LINK = re.compile(r"/ask/questions/")
_LABELLED = re.compile(r"^[^:：]{1,12}[:：]\s*\S")        # 「ブランド: SakuraFi」, 「Brand: SakuraFi」


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def amazon_item(soup: BeautifulSoup) -> None:
    """Read an Amazon detail page's price, questions and reviews (see the module's docstring). A page of any other
    kind is unchanged."""
    if soup.find(id="productTitle") is None:
        return
    drop_selected(soup, _FURNITURE)
    _main_role(soup)
    _buy_box(soup)
    _by_line(soup)
    _sizes(soup)
    for link in soup.find_all("a", href=_ASK_LINK):
        _question(soup, link)
    for teaser in soup.select("#ask-btf_feature_div div.askTeaserQuestions"):
        _flat_questions(soup, teaser)
    for review in soup.select("div[data-hook=review], div.review"):
        _review(soup, review)


def _main_role(soup: BeautifulSoup) -> None:
    """Give `#dp-container` the role="main" Amazon sets on it when a page has no main part of its own: the
    questions and reviews stand beside `#centerCol` in it, and the title's column alone was taken for the
    article."""
    container = soup.find(id="dp-container")
    if isinstance(container, Tag) and soup.find("main") is None and soup.find(attrs={"role": "main"}) is None:
        container["role"] = "main"


def _buy_box(soup: BeautifulSoup) -> None:
    """Put the buy box's delivery message under the price and drop the box (`#rightCol`: the price again, the cart
    buttons): standing beside the centre column, it was read as the end of 「关于此商品」."""
    column = soup.find(id="rightCol")
    if not isinstance(column, Tag):
        return
    delivery = column.find(id="mir-layout-DELIVERY_BLOCK")
    price = soup.find(id=["corePrice_feature_div", "corePriceDisplay_desktop_feature_div"])
    if isinstance(price, Tag) and one_line(delivery):
        price.insert_after(text_tag(soup, "p", one_line(delivery)))
    column.decompose()


def _by_line(soup: BeautifulSoup) -> None:
    """Keep the by-line link under the title as a line where it names the brand (「ブランド: SakuraFi」): a lone
    link in its own block was dropped as a by-line, and with it the brand. A link to the brand's store (「访问
    Amazon 品牌旗舰店」, 「Visit the … Store」) names no more than the page does and goes as it did."""
    link = soup.find(id="bylineInfo")
    if isinstance(link, Tag) and _LABELLED.match(one_line(link)):
        box = link.find_parent(id="bylineInfo_feature_div")      # (its 「byline」 names it chrome too)
        (box if isinstance(box, Tag) else link).replace_with(text_tag(soup, "p", one_line(link)))


def _sizes(soup: BeautifulSoup) -> None:
    """Put the variation chooser under the price (`#twister_feature_div`: a label 「サイズ: 」, the chosen one, a
    swatch button each) as one line 「サイズ：8日 15GB ￥3,980 / 15日 30GB ￥6,980 / …」 (`html_text.choice_line`):
    read as it stood, the label and the chosen size were one line and each swatch another of the title's part."""
    for box in soup.select("#twister_feature_div [id^=variation_]"):
        label = box.find("label")
        choice_line(soup, box, one_line(label), box.select("li .a-button-text"))


def _question(soup: BeautifulSoup, link: Tag) -> None:
    """Put one question of 「顾客问题和解答」 as a Q&A: the link to its page is the question, in the right column of
    a row whose left column is its label (「问题：」, amazon.co.jp's 「質問:」), led by 「问题：」 whatever the store's
    language, for the fragmenter, which strips it (a question that ends without 「？」 is still one); the next row is its answer (「答案：」), its text without the answerer's
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
        qa_card(soup, card, f"问题：{one_line(link)}", one_line(said))


def _flat_questions(soup: BeautifulSoup, teaser: Tag) -> None:
    """Put each question of a flat teaser (one `div.a-section` a labelled line: 「Question:」 …, 「Answer:」 … and its
    by-line) as a Q&A of its text over the next line's, when that line's label is another: the teaser opens with a
    question, so its first label is the questions' in whatever language the store writes. A question without an
    answer stays as it is."""
    lines = [line for line in teaser.find_all("div", class_="a-section")
             if isinstance(line.find("span", class_="a-text-bold", recursive=False), Tag)]
    labels = [one_line(line.find("span", class_="a-text-bold", recursive=False)) for line in lines]
    for at, (line, label) in enumerate(zip(lines, labels)):
        if label != labels[0] or at + 1 == len(lines) or labels[at + 1] == labels[0]:
            continue
        answer = lines[at + 1]
        if one_line(line) == label or one_line(answer) == labels[at + 1]:
            continue                    # a label saying nothing after it
        for extra in (line.find("span", class_="a-text-bold", recursive=False),
                      answer.find("span", class_="a-text-bold", recursive=False),
                      *answer.find_all("span", class_="a-color-tertiary")):
            if isinstance(extra, Tag):
                extra.decompose()       # 「Question:」, 「Answer:」, 「By Aigerim on 14 September 2026」
        qa_card(soup, line, one_line(line), one_line(answer))
        answer.decompose()


def _review(soup: BeautifulSoup, review: Tag) -> None:
    """Put a review as a part headed by its writer (an h3 under 「顾客评论」) over its title, its date and its text;
    the stars' alt text in the title's link, the badge and the votes go. A review without a name or text stays."""
    name = review.find("span", class_="a-profile-name")
    text = review.find(attrs={"data-hook": ["review-collapsed", "review-body"]}) or review.find(class_="review-text")
    title = review.find(attrs={"data-hook": "review-title"}) or review.find(class_="review-title")
    if isinstance(title, Tag):
        for stars in title.find_all("i", class_="a-icon"):
            stars.decompose()           # 「5.0 颗星，最多 5 颗星」
    if one_line(name) and one_line(text):
        date = review.find(attrs={"data-hook": "review-date"})
        review_part(soup, review, one_line(name), [one_line(title), one_line(date), one_line(text)])
