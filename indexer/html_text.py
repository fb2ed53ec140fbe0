"""The text of an HTML tree as both the cleaning stage (`indexer.clean`) and the walker
(`indexer.parse`) read it: which tags are blocks and headings, a node's text as typed
(`raw_text`: nothing added between inline runs, each block and <br> marked by `BR`), the same
text as a reader sees it (`clean`: whitespace collapsed, none across a CJK line break) and a
table's own rows.

One module for both so that they read alike: a summary the cleaner builds from a toggle's text,
or a title it measures, holds the words the walker will give the index.
"""
from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "hr", "figure",
    "figcaption", "details", "summary", "address", "center", "body", "html", *HEADINGS,
})
# a heading's count of what it lists (「商品問答 (5)」, 「评价 (1,286)」): how many, not what
COUNTED = re.compile(r"\s*[（(][\d,.\s]+[)）]\s*$")
BR = "\x1e"                 # stands for <br> until whitespace is collapsed
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
# a mailing tool's placeholder left in a campaign saved as a page (Mailchimp's 「*|FNAME|*」)
_MERGE_TAG = re.compile(r"\*\|[^|*\n]{1,60}\|\*")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")   # zero-width spaces (a heading's anchor link holds one)
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{CJK}])[ \t\r\f\v]*\n[ \t\r\f\v\n]*(?=[{CJK}])")


# the words opening a reply to someone, before the name it answers (「回复 @name：」, 「回覆 name:」, 「Replying to name:」):
# the comment reader's (`comments._REPLYING`) and clean's Discuz! posts' (`clean._ADDRESSED`) one list
REPLY_WORDS = r"(?:回复|回覆|回應|回应|Reply to|Replying to)"
# a hashtag (「#防骗」, 「#eGov」): one grammar for a line of them and for a topic label
HASHTAG = r"#[^\s#]+"
# a line of hashtags only (「#政府短信 #防骗 #eGov」): a social post's tags, no text of it (VK, OK.ru, Instagram)
HASHTAG_LINE = re.compile(rf"^(?:{HASHTAG}\s*)+$")
# a topic label a post links to its topic's page: a hashtag with a word in it (「#3」 is an issue's number, not a
# topic), closed by a second 「#」 in Weibo's form (酷安's 「#流量卡#」) or not (米游社's 「#充值问题」). (A line of
# such closed labels is no `HASHTAG_LINE`: the readers using it were not checked with a closing 「#」.)
TOPIC_LABEL = re.compile(rf"^(?=#[^\s#]*[^\W\d_]){HASHTAG}#?$")
# a month in a Russian date, whole or cut short (「окт.」, 「октября」, 「мая」): a comment's time and a post's by-line
# (`comments`, `parse.is_byline`) read the same months
RUSSIAN_MONTH = r"(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?"
# a page's field saying what its article applies to (「适用机型：ColorOS 13 及以上全部机型」「适用产品：…」「適用版本：…」):
# what the article covers, though a help centre sets it in its info line beside the date and the views; so are a
# rule's own number and the date it takes effect (a rule centre's 「规则编号：KS-SH-2026-017」「生效时间：2026-09-01」,
# holdout289: what a merchant cites and asks about, where 「更新时间」 only dates the page)
SCOPE_FIELD = re.compile(r"^(?:(?:适用|適用)[\u4e00-\u9fff]{0,4}|(?:规则|規則)(?:编号|編號)|(?:生效|施行|实施|實施)(?:时间|時間|日期))"
                         r"\s*[:：]\s*\S")
SCOPE_FIELD_MAX = 80        # the characters of such a field: the models or versions, never a paragraph
# a number to call or text, three digits at least (「300」, 「+373 22 200 200」, 「0800-33333」); 「24/7」 or 「5 分钟内回复」
# gives none, and neither does a year or a date (「Updated 2026」, 「2026-10-18」, 「2026年9月2日」): a box dated, not
# giving a hotline, is no contact box (`gives_number`)
_CALL_NUMBER = re.compile(r"\d(?:[\s()-]?\d){2,}")
_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?)?(?!\d)")


def gives_number(text: str) -> bool:
    """Whether `text` gives a number to call or text (see `_CALL_NUMBER`), its years and dates aside."""
    return _CALL_NUMBER.search(_DATED.sub(" ", text)) is not None


# the badge a site sets beside the name of the post's author (or of a help centre's own staff): the comment reader's
# (`comments`) and the site readers' (coolapk's 楼主 reply, TapTap's 樓主 sub-reply) own
AUTHOR_BADGES = frozenset({"作者", "楼主", "樓主", "UP主", "UP", "博主", "版主回复", "原PO", "原Po", "Author", "OP",
                           "官方", "Official", "原作者", "文章作者",
                           "Admin", "管理员", "管理員",     # (a feedback board's team replying: Nolt's, Frill's 「Admin」 badge)
                           "Creator",      # (Buy Me a Coffee's badge on the creator's reply to a supporter)
                           "客服",         # (a help centre's agent: Deskpro's 「span.dp-badge」 beside the name)
                           "Автор",       # (Dzen's, VK's and Habr's badge: Russian for 「作者」)
                           # (a city magazine's staff answering under its article, Sxodim's 「span.badge」 beside
                           # the name: Russian for 「编辑部」, holdout151)
                           "редакция", "Редакция",
                           "작성자",      # (Weverse's and Korean cafés' 「CommentView_badge」: Korean for 「作者」)
                           # (a listing page's owner answering buyers under it: Poshmark's 「span.comment__badge」
                           # 「Seller」 beside the name, holdout167; the Chinese marketplaces' 「卖家」/「賣家」)
                           "Seller", "卖家", "賣家",
                           # (… in Japanese and Korean: Rakuma's 「span.badge」 「出品者」 beside the seller's name in
                           # its item's comments, holdout245; Bunjang's 「판매자」 in its 상품문의)
                           "出品者", "판매자",
                           # (a file-sharing page's sharer answering under the share: 百度网盘's
                           # 「span.comment-badge」 「分享者」 beside the name, holdout202)
                           "分享者",
                           # (an event page's organizer answering attendees under it: Meetup's 「Arman K. ·
                           # Organizer」 name line, holdout170)
                           "Organizer", "Organiser",
                           # (a crowdfunding campaign's team answering its backers under it: Indiegogo's
                           # 「span.teamBadge」 「TEAM」, Planeta.ru's 「span.author-label」 「Автор проекта」, holdout168)
                           "TEAM", "Team", "Автор проекта"})

# a glyph drawn before a line a writer made a part's title (「■ 電話卡去哪裡買」: Xuite, Ameba, a Misskey note, DCinside's
# bold titles `parse.promote_bold_headings` reads)
TITLE_GLYPH = re.compile(r"^\s*[■□◆◇●○▲△▶►★☆]\s*")
# what a blog post signs off with under its last rule (`parse.cut_at_end_mark`), or a Weverse post with its last
# line (`blogs._weverse`): 「如果这篇有帮到你，欢迎留言」「以官网公告为准」
SIGN_OFF = re.compile(r"留言|評論|评论|有帮到你|有幫到你|有帮助|有幫助|感谢阅读|感謝閱讀|谢谢阅读|謝謝閱讀"
                      r"|以.{0,10}(?:官网|官網|公告|最新).{0,10}(?:为准|為準)"
                      r"|(?:本页|本頁|本文).{0,20}(?:维护|維護)|maintained by"      # 「本頁由…維護」
                      r"|(?:更新|修改|修正|更正)(?:本页|本頁|本文)")      # 「有错误…请在群里 @管理员 更新本页。」


def clean(text: str) -> str:
    """Collapse whitespace the way a reader sees it: one space, none across a CJK line break."""
    text = _CJK_BREAK.sub("", _INVISIBLE.sub("", _MERGE_TAG.sub("", text)))
    lines = (_WS.sub(" ", line).strip() for line in text.split(BR))
    return "\n".join(line for line in lines if line)


def raw_text(node: Tag | NavigableString, skip: frozenset[str] = frozenset(), code_lines: bool = False) -> str:
    """Concatenate a node's text without adding spaces; block children are separated by <br> marks. With
    `code_lines` so are a code block's lines (`code_text`): a list item read whole keeps its <pre>'s lines (a Sphinx
    Furo step's console block ran its two commands into one line, holdout293)."""
    if isinstance(node, NavigableString):
        return str(node)
    if node.name == "br":
        return BR
    if node.name in skip:
        return ""
    if code_lines and node.name == "pre":
        return BR + code_text(node).replace("\n", BR) + BR
    inner = "".join(raw_text(child, skip, code_lines) for child in node.children)
    return f"{BR}{inner}{BR}" if node.name in BLOCK_TAGS else inner


# a highlighter's element for one line of code (Hexo's and Shiki's span.line, prism-react-renderer's
# span.token-line in Docusaurus, CodeMirror's div.cm-line, highlight.js's line-numbers plugin's rows)
CODE_LINE_CLASSES = frozenset({"line", "token-line", "code-line", "cm-line", "hljs-ln-line", "ace_line", "view-line"})
_DISPLAY_BLOCK = re.compile(r"display\s*:\s*(?:block|flex|grid|table-row)\b")
_CELLS = frozenset({"td", "th"})       # cells of one row share a line


# What a reader (indexer.sites.threads, indexer.sites.facebook) marks a heading it writes with when the heading
# names who wrote the part, a reply or a comment, rather than what the part is about: such a part
# is about its thread's subject (Section.by_writer).
WRITER = "data-kb-writer"


def writer_heading(soup: BeautifulSoup, name: str, level: str = "h2") -> Tag:
    """An <h2> naming who wrote the part under it (see WRITER); an <h3> as `level` where the parts sit under a
    heading of their own (a product's reviews under the reviews' h2)."""
    heading = soup.new_tag(level, attrs={WRITER: ""})
    heading.string = name
    return heading


def by_line_fields(line: Tag | None) -> list[str]:
    """A review's by-line 「name · date · Verified purchase」 as its fields, the writer first; [] for none.

    >>> by_line_fields(BeautifulSoup("<p>Serik_A · <b>已验证购买</b> · </p>", "html.parser").p)
    ['Serik_A', '已验证购买']
    """
    return [field for field in (clean(part) for part in one_line(line).split("·")) if field]


def review_by_line(soup: BeautifulSoup, card: Tag, line: Tag, drawn: tuple[str, ...] = ()) -> bool:
    """Head a shop's review card by its writer: its by-line 「name · ★ · date · usage」 (one element, the fields
    「 · 」-joined, the stars an element of a class in `drawn`) becomes an h3 naming the writer (`writer_heading`,
    under the reviews' own h2) over a line of the other fields (「08.09.2025 · Опыт использования: …」), the stars
    gone (drawn, as Ozon's and Mechta's). Whether the card had a writer to head it.

    >>> page = BeautifulSoup("<div><p>Айгерим · <span class='r'>3</span> · 27.10.2025</p><p>好看。</p></div>",
    ...                      "html.parser")
    >>> review_by_line(page, page.div, page.p, ("r",)), page
    (True, <h3 data-kb-writer="">Айгерим</h3><div><p>27.10.2025</p><p>好看。</p></div>)
    """
    for name in drawn:
        for stars in line.find_all(class_=name):
            stars.decompose()
    fields = by_line_fields(line)
    if not fields:
        return False
    card.insert_before(writer_heading(soup, fields[0], "h3"))
    if fields[1:]:
        line.replace_with(text_tag(soup, "p", " · ".join(fields[1:])))
    else:
        line.decompose()
    return True


def review_part(soup: BeautifulSoup, review: Tag, name: str, lines: list[str], level: str = "h3",
                 before: Tag | None = None) -> None:
    """Put a shop's review card as a part headed by its writer (`html_text.writer_heading`, at `level` under the
    reviews' own heading) over one line per thing it says, before the card (or `before`, where the cards are a
    list's items); the card goes with its stars, votes and buttons (Meituan's, Rakuten's, Flipkart's, Trendyol's
    and Coupang's reviews; 京东's, 淘宝's, 天猫's, 苏宁's and 拼多多's; Amazon's, Walmart's, Best Buy's, Newegg's,
    Coolblue's and OTTO's)."""
    anchor = before if before is not None else review
    anchor.insert_before(writer_heading(soup, name, level))
    for said in filter(None, lines):
        anchor.insert_before(text_tag(soup, "p", said))
    review.decompose()



def nick_reviews(soup: BeautifulSoup, block: Tag, card_class: str, nick_class: str) -> None:
    """Each review card of `block` (a div of class `card_class`) a part headed by its writer's nick (`nick_class`)
    over its one paragraph (`review_part`): a Chinese shop's review list (网易严选's, 小米有品's) prints a nick over the
    words and nothing else a reader asks about. A card without either is left."""
    for card in block.find_all("div", class_=card_class):
        nick, said = one_line(card.find(class_=nick_class)), card.find("p")
        if nick and isinstance(said, Tag) and one_line(said):
            review_part(soup, card, nick, [one_line(said)], "h4")

def by_line_review(soup: BeautifulSoup, review: Tag, by_line: Tag | None, title: Tag | None,
                   drawn: str = "") -> bool:
    """Put a shop's review card (its title, its text, then its by-line 「name · date · Verified purchase」 under it)
    as a part headed by its writer over the by-line's other fields, the title without the stars drawn before it
    (`drawn`, 「★★★★☆ 」) and the rest of the card as its text (`review_part`; its reader drops the card's votes and
    report link first): Argos's, Cdiscount's, Fnac's and bol.com's. The by-line was dropped as a by-line and the
    title read as a text line, or as the part's heading, so who wrote it was lost. Whether the card had a writer to
    head it (a card without a by-line, `None`, stays as it is).

    >>> page = BeautifulSoup("<div><p class='t'>★★★★☆ 好用</p><p>插卡就能用。</p><p class='a'>Bolat · 9 januari 2025</p>"
    ...                      "</div>", "html.parser")
    >>> card = page.div
    >>> by_line_review(page, card, card.find(class_="a"), card.find(class_="t"), "★☆"), page
    (True, <h3 data-kb-writer="">Bolat</h3><p>9 januari 2025</p><p>好用</p><p>插卡就能用。</p>)
    """
    fields = by_line_fields(by_line)
    if not fields:
        return False
    by_line.decompose()
    heading = one_line(title.extract()).lstrip(drawn + " ") if isinstance(title, Tag) else ""
    review_part(soup, review, fields[0], [" · ".join(fields[1:]), heading, one_line(review)])
    return True


def titled_review(soup: BeautifulSoup, review: Tag, by_line: Tag | None, title: Tag | None,
                  text: Tag | None) -> None:
    """Put a shop's review card whose by-line stands apart from its title and text (Costco's Bazaarvoice
    `div.bv-author`, Micro Center's `div.reviewer`) as a part headed by its writer over its title, the by-line's
    other fields and its text (`review_part`): cut at its title, each review had ended with the next one's
    writer. A card without a writer or a text stays as it is."""
    fields, said = by_line_fields(by_line), one_line(text)
    if fields and said:
        review_part(soup, review, fields[0], [one_line(title), " · ".join(fields[1:]), said])


# a review's by-line 「name date」 without a 「 · 」 between them (Yahoo!ショッピング's 「almaty_dacha さん　2025/10/02」,
# Creema's 「Yuting　2025/08/19」): the date last, the honorific 「さん」 / 「様」 Japanese shops set after the name; or
# a katakana middle dot 「・」 between them (ビックカメラ's 「Aigerim さん ・ 2026/10/18」, 博客來's 「小魚兒 ・ 2026/10/05」)
_DATED_BY_LINE = re.compile(r"^(?P<name>.+?)(?:\s*(?:さん|様))?(?:\s*・)?\s+(?P<date>\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$")


def dated_review(soup: BeautifulSoup, review: Tag, by_line: Tag | None, title: Tag | None,
                 text: Tag | None) -> None:
    """Put a shop's review card whose by-line is its writer's name and the date, a space or a 「・」 apart (no 「 · 」
    for `by_line_fields` to split), as a part headed by its writer over its title, the date and its text (`review_part`):
    read as it stood, the reviews were one part of the reviews' heading, each by-line a line of it between one
    review and the next. A card without such a by-line or a text stays as it is.

    >>> page = BeautifulSoup("<div><p class='s'>★★★★☆</p><p class='t'>很好</p><p class='x'>插卡就能用。</p>"
    ...                      "<p class='b'>koktobe さん\u30002025/09/15</p></div>", "html.parser")
    >>> dated_review(page, page.div, page.find(class_="b"), page.find(class_="t"), page.find(class_="x")); page
    <h3 data-kb-writer="">koktobe</h3><p>很好</p><p>2025/09/15</p><p>插卡就能用。</p>
    >>> page = BeautifulSoup("<div><p class='b'>小魚兒 ・ 2026/10/05</p><p class='x'>夠用。</p></div>", "html.parser")
    >>> dated_review(page, page.div, page.find(class_="b"), None, page.find(class_="x")); page
    <h3 data-kb-writer="">小魚兒</h3><p>2026/10/05</p><p>夠用。</p>
    """
    fields, said = _DATED_BY_LINE.match(one_line(by_line)), one_line(text)
    if fields is not None and said:
        review_part(soup, review, fields["name"], [one_line(title), fields["date"], said])


def signed_qa(soup: BeautifulSoup, card: Tag, question: str, answer: str, by: str) -> None:
    """Put a shop's question card as its Q&A (`qa_card`) whose answer ends signed by who gave it (「… — VitaStep
    Support」, 「… — Dana (Argos colleague)」): the by-line it stood in goes as the cleaner drops by-lines, and with it
    whether the seller, the shop's staff or a buyer answered. A card whose question or answer says nothing stays."""
    if question and answer:
        qa_card(soup, card, question, with_signer(answer, by))


def price_line(soup: BeautifulSoup, box: Tag, label: Tag | None = None, fields: list[Tag] | None = None) -> None:
    """Put one line of a shop's price box's spans (selling price, old price, discount, tax note) in its place, set
    apart by 「 · 」: drawn side by side, their text ran together (「₸24 990₸18 99024% OFF」). The box's `label`
    (「苏宁价：」, 「国美价」) leads the line, once, before a 「：」. `fields` are the box's elements to join where they
    are no spans (a tariff card's channels and price `div`s, `kt_kg_service`).

    >>> page = BeautifulSoup("<div><span>₸9 490</span><span>MRP ₸12 990</span><span>27% OFF</span></div>"
    ...                      "<div><em>国美价：</em><span>¥599.00</span><span>约 42 900 ₸</span></div>", "html.parser")
    >>> first, second = page.find_all("div")
    >>> price_line(page, first); price_line(page, second, second.em); page
    <p>₸9 490 · MRP ₸12 990 · 27% OFF</p><p>国美价：¥599.00 · 约 42 900 ₸</p>
    """
    said = [field for field in (one_line(tag) for tag in (box.find_all("span") if fields is None else fields)
                                if tag is not label) if field]
    name = one_line(label).rstrip("：:") if isinstance(label, Tag) else ""
    if said:
        box.replace_with(text_tag(soup, "p", f"{name}：{' · '.join(said)}" if name else " · ".join(said)))


def boxes_as_parts(article: Tag, boxes: list[Tag]) -> None:
    """Move each box of a page's sidebar (a heading over its text) to `article`'s end, a part titled by its heading
    (an h2): the sidebar went whole as chrome, and with it a contact box's hotline, the only place the page gives
    it (Magti's 「დაგვიკავშირდით」, holdout267; Ufone's 「Need more help?」, holdout278). A box without a heading,
    or saying nothing under it, stays where it was.

    >>> page = BeautifulSoup("<main><p>正文</p></main><aside><div class='box'><h4>Need help?</h4><p>Call 333</p>"
    ...                      "</div><div class='box'><h4>Links</h4></div></aside>", "html.parser")
    >>> boxes_as_parts(page.main, page.find_all(class_="box")); page.main
    <main><p>正文</p><section><h2>Need help?</h2><p>Call 333</p></section></main>
    """
    for box in boxes:
        heading = box.find(["h2", "h3", "h4", "h5"])
        if not isinstance(heading, Tag) or not one_line(heading) or one_line(box) == one_line(heading):
            continue
        heading.name = "h2"
        heading.attrs = {}
        box.name = "section"
        box.attrs = {}
        article.append(box.extract())


def joined_line(soup: BeautifulSoup, parts: list[Tag]) -> None:
    """Put one line of `parts`' texts, set apart by 「 · 」, in the first one's place, the others gone: a selling and an
    old price drawn side by side, each its own element, ran together. `price_line` reads a whole box's spans; this
    the elements a reader picked out of a box that holds more. Nothing changes when none of them says anything.

    >>> page = BeautifulSoup("<div><span>28 990 ₸</span> <s>34 500 ₸</s><a>в корзину</a></div>", "html.parser")
    >>> joined_line(page, page.div.find_all(["span", "s"])); page
    <div><p>28 990 ₸ · 34 500 ₸</p> <a>в корзину</a></div>
    """
    said = [one_line(part) for part in parts]
    if any(said):
        parts[0].replace_with(text_tag(soup, "p", " · ".join(filter(None, said))))
        for part in parts[1:]:
            part.decompose()


def choice_line(soup: BeautifulSoup, box: Tag, label: str, options: list[Tag]) -> None:
    """Put a shop's choice of variants (a label over buttons or a select's options) in its place as one line
    「顏色：曜石黑 / 霧光灰」: buttons and selects are dropped as controls, which left the label alone without what it
    offers (91APP's SKU buttons, 得物's, SHOPLINE's select). A box without options stays as it is.

    >>> page = BeautifulSoup("<div><span>顏色</span><button>曜石黑</button><button>霧光灰</button></div>",
    ...                      "html.parser")
    >>> choice_line(page, page.div, one_line(page.span), page.find_all("button")); page
    <p>顏色：曜石黑 / 霧光灰</p>
    """
    names = [name for name in (one_line(option) for option in options) if name]
    if not names:
        return
    title = label.strip().rstrip("：:")
    box.replace_with(text_tag(soup, "p", f"{title}：{' / '.join(names)}" if title else " / ".join(names)))


def tab_headings(soup: BeautifulSoup, tabs: list[Tag], level: str) -> None:
    """Head each tab's panel (the element the tab's link `#id` names) that is a bare list or table by the tab's
    name without its count (「商品規格」, 「规格」): a shop's spec tab is one, which was otherwise read as the end of
    the part before it, under its title (91APP's, SHOPLINE's). A panel of the merchant's own text stays as it is.

    >>> page = BeautifulSoup("<a class='t' href='#s'>規格 (2)</a><div id='s'><ul><li>IP67</li></ul></div>",
    ...                      "html.parser")
    >>> tab_headings(page, page.find_all("a"), "h3"); page.div
    <div id="s"><h3>規格</h3><ul><li>IP67</li></ul></div>
    """
    for tab in tabs:
        href = str(tab.get("href") or "")
        panel = soup.find(id=href[1:]) if href.startswith("#") and len(href) > 1 else None
        name = COUNTED.sub("", one_line(tab))
        if isinstance(panel, Tag) and name and [child.name for child in panel.find_all(True, recursive=False)] \
                in (["ul"], ["ol"], ["table"], ["dl"]):
            panel.insert(0, text_tag(soup, level, name))


def review_cards(soup: BeautifulSoup, cards: list[Tag], by_line: str, drawn: tuple[str, ...], actions: str) -> None:
    """Head each of a shop's review cards by its writer (`review_by_line`, its by-line the card's div of class
    `by_line`) and drop its `actions` bar: 「Полезен? Да 41 Нет 2」 is votes on the review, not what it says (DNS's
    and Citilink's). A card without a by-line stays as it is."""
    for card in cards:
        line = card.find("div", class_=by_line)
        if isinstance(line, Tag):
            review_by_line(soup, card, line, drawn)
            for bar in card.find_all("div", class_=actions):
                bar.decompose()


def signed_answers(signatures: list[Tag]) -> None:
    """Make each answer's signature (「— Эксперт DNS」, 「— Покупатель Ильдар」) the answer's last words rather than
    a by-line of its own, which the cleaner would drop: it tells the shop's answers from buyers'."""
    for signature in signatures:
        if one_line(signature):
            signature.replace_with(" " + one_line(signature))


# a date ending who signed 「Xiaomi Experte, 05.02.2026」: after a comma, a last field with its year
_SIGNED_ON = re.compile(r",\s*[^,]*\b\d{4}\s*$")


def signer(line: Tag | None, label: re.Pattern[str]) -> str:
    """Who signed an answer, from its by-line 「Antwort von Xiaomi Experte, 05.02.2026 · 12 Kunden fanden …」: its
    first 「 · 」 field without the `label` it opens with and the date after a comma; a role after the name stays
    (「Maxim, portofoonexpert」). It tells the shop's answers from buyers' (MediaMarkt's, Coolblue's, OTTO's), where
    the by-line itself goes as the cleaner drops by-lines. "" for none.

    >>> page = BeautifulSoup("<p>Antwort von Xiaomi Experte, 05.02.2026 · 12 Kunden</p>"
    ...                      "<p>Beantwoord door Maxim, portofoonexpert · 3 juni 2026</p>", "html.parser")
    >>> [signer(line, re.compile(r"^(?:Antwort von|Beantwoord door)\\s+")) for line in page.find_all("p")]
    ['Xiaomi Experte', 'Maxim, portofoonexpert']
    """
    first = one_line(line).split("·", 1)[0]
    return clean(_SIGNED_ON.sub("", label.sub("", first, count=1)))


def answer_label(label: Tag | None, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The `pattern`'s match of the label an answer opens with (eMAG's 「Răspuns vânzător PhoneDepot:」, Heureka's
    「Odpověď – Alza.cz:」, Yandex Market's 「Ответ продавца ТехноДача KZ」), the label taken out of the answer: who
    answered signs it (`with_signer`) rather than opening what they said. None for no label or no match.

    >>> page = BeautifulSoup("<p><strong>Răspuns vânzător PhoneDepot:</strong> Da.</p>", "html.parser")
    >>> answer_label(page.strong, re.compile(r"^Răspuns\\s+(.+?):?$"))[1], page
    ('vânzător PhoneDepot', <p> Da.</p>)
    """
    if not isinstance(label, Tag):
        return None
    by = pattern.match(one_line(label))
    label.decompose()
    return by


def with_signer(answer: str, by: str) -> str:
    """The answer closing with who signed it (`signer`), 「 — 」 before the name, or as it stands where nobody did:
    the shop's answers told from buyers' in the answer's own words, as DNS's 「— Эксперт DNS」 are.

    >>> with_signer("能用，装 nano SIM。", "Xiaomi Experte"), with_signer("能用。", "")
    ('能用，装 nano SIM。 — Xiaomi Experte', '能用。')
    """
    return f"{answer} — {by}" if by else answer


def labelled_reply(reply: Tag | None, label_class: str) -> str:
    """A reply under a review as one line led by its label 「Response from BillPilot：…」 (the reply's element of
    class `label_class`, taken out of it), or its text alone where it has no label; "" for no reply. Read as it
    stands, the label is a line of its own or glued to the reply's first words, so who answered is lost from what
    they said (Capterra's vendor responses, G2's vendor comments, 天猫's 追加評論).

    >>> page = BeautifulSoup("<div><p class='t'>Response from BillPilot</p><p>已修复。</p></div>", "html.parser")
    >>> labelled_reply(page.div, "t"), page, labelled_reply(None, "t")
    ('Response from BillPilot：已修复。', <div><p>已修复。</p></div>, '')
    """
    if not isinstance(reply, Tag):
        return ""
    label = reply.find(class_=label_class)
    said = one_line(label.extract()) if isinstance(label, Tag) else ""
    text = one_line(reply)
    return f"{said}：{text}" if said and text else text


def pairs_table(soup: BeautifulSoup, pairs: list[tuple[Tag, Tag]]) -> Tag:
    """A two-column table of a listing's terms beside their values (a `dl`'s dt / dd, a spec's name and value
    spans: one term or value a line, or both on one line joined by a space, read as they stand)."""
    table = soup.new_tag("table")
    for term, value in pairs:
        row = soup.new_tag("tr")
        for cell in (term, value):
            data = soup.new_tag("td")
            data.string = clean(cell.get_text(" "))
            row.append(data)
        table.append(row)
    return table


def h5_screens(soup: BeautifulSoup, screens: list[Tag], boxes: Callable[[Tag], Iterable[Tag]],
               read_box: Callable[[BeautifulSoup, Tag, Tag], None]) -> None:
    """Put an H5 page's screens in the body as one page: each screen's text boxes (`boxes(screen)`), read in order by
    `read_box(soup, box, block)` into a block of the screen's own, a rule between two screens. An H5 editor (易企秀,
    兔展) lays each screen out as boxes placed over pictures, with its player around them (music, page counter,
    swipe hints); read as a page, the boxes ran together under the page's <title>. No screens: the page is unchanged.

    >>> page = BeautifulSoup("<body><section><p>一</p></section><section></section><section><p>二</p></section></body>",
    ...                      "html.parser")
    >>> h5_screens(page, page.find_all("section"), lambda s: s.find_all("p"), lambda soup, box, block: block.append(box))
    >>> str(page.body)
    '<body><main><div><p>一</p></div><hr/><div><p>二</p></div></main></body>'
    """
    if soup.body is None or not screens:
        return
    page = soup.new_tag("main")
    for screen in screens:
        block = soup.new_tag("div")
        for box in boxes(screen):
            read_box(soup, box, block)
        if block.contents:
            if page.contents:
                page.append(soup.new_tag("hr"))     # a screen ends where the reader turns the page
            page.append(block)
    soup.body.clear()
    soup.body.append(page)


def text_tag(soup: BeautifulSoup, name: str, text: str) -> Tag:
    """Make a `name` element holding `text` alone: a reader's heading or line written from what it read.

    >>> text_tag(BeautifulSoup("", "html.parser"), "h2", "取件码")
    <h2>取件码</h2>
    """
    tag = soup.new_tag(name)
    tag.string = text
    return tag


def drop_classed(soup: BeautifulSoup, names: tuple[str, ...]) -> None:
    """Take away every element of one of the classes `names`: an app's own lines around what its user wrote
    (its counters, who made it and when, a card's settings)."""
    for name in names:
        for tag in soup.find_all(class_=name):
            tag.decompose()


def drop_selected(soup: BeautifulSoup, selectors: tuple[str, ...]) -> None:
    """Take away every element one of the CSS `selectors` picks, in their order: a site's furniture (its bars,
    badges, buttons and links to more) that its reader names by its place in the site's template."""
    for selector in selectors:
        for tag in soup.select(selector):
            tag.decompose()


def emoji_as_text(tag: Tag) -> Tag:
    """The tag with each emoji a site draws as an image (`<img alt="👍">`: Facebook, VK, Mastodon, Bluesky,
    X) its character, so that the text reads as it was typed; returns the tag."""
    for image in tag.find_all("img", alt=True):
        image.replace_with(str(image["alt"]))
    return tag


# a callout's kind by its English name, as a tool titles a box by its kind alone: Sphinx's and MkDocs'
# 「p.admonition-title」, GitHub's 「p.markdown-alert-title」, ReadMe's 「h3.callout-heading」, Asciidoctor's icon;
# and by its Russian one, as Diplodoc (Yandex's docs, 「p.yfm-note-title」) titles a box in its interface's
# language whatever the text's (「Примечание」 over a Chinese note, holdout132)
KIND_NAMES = frozenset({"note", "notes", "tip", "tips", "info", "information", "warning", "caution", "danger",
                        "important", "hint", "attention", "error", "success", "notice", "see also", "seealso",
                        "примечание", "заметка", "совет", "подсказка", "внимание", "важно", "предупреждение",
                        "информация", "ошибка", "см также",
                        # … or in Japanese kana, which no Chinese text writes (PayPay's help 「p.c-note__title」
                        # 「ご注意」 led its note's text, holdout229); not 「注意」, 「重要」: Chinese words too
                        "ご注意", "ヒント", "メモ", "ポイント"})
_GLYPHS = re.compile(r"[^\w\s]")


def is_kind_name(label: str) -> bool:
    """The label only names a callout's kind in English, Russian or Japanese kana (「Note」, 「⚠️ Warning:」, 「Примечание」).

    >>> is_kind_name("📘 Note"), is_kind_name("See also:"), is_kind_name("提示"), is_kind_name("Note well")
    (True, True, False, False)
    >>> is_kind_name("Примечание"), is_kind_name("Внимание!")
    (True, True)
    >>> is_kind_name("ご注意"), is_kind_name("注意")
    (True, False)
    """
    return " ".join(_GLYPHS.sub("", label).split()).lower() in KIND_NAMES


_GENERATOR_NAME = re.compile(r"^generator$", re.IGNORECASE)     # makeinfo writes 「Generator」


def generated_by(tag: Tag, made_by: re.Pattern[str]) -> bool:
    """Whether a `<meta name="generator">` under `tag` (the page, or its head alone to spare a walk of the
    body) names the tool `made_by` matches: a help-authoring tool's output is known by what made it."""
    return tag.find("meta", attrs={"name": _GENERATOR_NAME, "content": made_by}) is not None


def site_named(soup: BeautifulSoup, name: str | re.Pattern[str]) -> bool:
    """Whether the page's `og:site_name` is `name` (or matches it): a site whose markup's class names are
    common words, or are copied by others, is told by the name it gives its own pages.

    >>> page = BeautifulSoup('<meta property="og:site_name" content="Tango"><p>x</p>', "html.parser")
    >>> site_named(page, "Tango"), site_named(page, "Scribe"), site_named(page, re.compile(r"^tango$", re.I))
    (True, False, True)
    """
    return soup.find("meta", attrs={"property": "og:site_name", "content": name}) is not None


def is_br(node) -> bool:
    """Whether `node` is a <br>: where a box typed line by line ends a line."""
    return isinstance(node, Tag) and node.name == "br"


def inside(tag: Tag, holder: Tag) -> bool:
    """Whether `tag` stands under `holder`, by identity (bs4's `in` compares tags by their markup)."""
    return any(parent is holder for parent in tag.parents)


def loads_assets(soup: BeautifulSoup, address: re.Pattern[str], tags: tuple[str, ...] = ("link", "script")) -> bool:
    """Whether the page loads a stylesheet or script (or what `tags` name) from an address the pattern
    matches from its start: how a site's own pages are told from the same markup elsewhere (a blog
    engine's class names are copied by themes; its CDN is its own). A reader names its assets to
    `site_reader`, which tests them.

    >>> page = BeautifulSoup('<link href="https://stat.ameba.jp/x.css"><p>x</p>', "html.parser")
    >>> loads_assets(page, re.compile(r"https?://stat\\.ameba\\.jp/")), loads_assets(page, re.compile(r"https?://x/"))
    (True, False)
    """
    return any(address.match(str(tag.get("href") or tag.get("src") or "")) for tag in soup.find_all(list(tags)))


def read_after(block: Tag, parts: list[Tag]) -> None:
    """Move `parts` (a footnote's paragraphs) to follow `block`, in their order: a note read where the
    number citing it stands, as a reader who follows the number reads it."""
    for part in reversed(parts):
        block.insert_after(part.extract())


_CLOSING_PUNCTUATION = tuple("。，、；：！？）」』")     # full-width marks a space after which is the number's


def pandoc_notes_after_citing(soup: BeautifulSoup) -> None:
    """Each of Pandoc's footnotes (`a.footnote-ref` citing its `li#fnN` in the page's `section#footnotes` /
    `div.footnotes`, its 「↩︎」 `a.footnote-back`) read right after the block citing it, its number gone, as a reader
    who follows the number reads it: under a page's end they were one part 「注释」 away from the sentences they
    explain (a Zettlr export's 「Beeline … 270 天」 beside 「为什么号码会被收回」, holdout272; bookdown's, Quarto's). A
    note cited in a list item ends that item; a notes list left empty goes with its heading; a note nobody cites
    stays there, the part 注释.

    >>> page = BeautifulSoup('<p>A<a class="footnote-ref" href="#fn1"><sup>1</sup></a> b.</p><p>C</p>'
    ...     '<section class="footnotes"><h2>脚注</h2><ol><li id="fn1"><p>N.<a class="footnote-back">↩︎</a></p>'
    ...     '</li></ol></section>', "html.parser")
    >>> pandoc_notes_after_citing(page); str(page)
    '<p>A b.</p><p>N.</p><p>C</p>'
    """
    for notes in soup.find_all(lambda tag: tag.name in ("section", "div")
                               and ("footnotes" in tag.get("class", ()) or tag.get("id") == "footnotes")):
        if gone(notes):
            continue
        moved = False
        for ref in soup.find_all("a", class_="footnote-ref", href=True):
            note = notes.find("li", id=str(ref["href"]).lstrip("#"))
            block = ref.find_parent(["p", "li", "td", "th", "dd"])
            if not isinstance(note, Tag) or block is None or inside(block, notes):
                continue
            for back in note.find_all("a", class_="footnote-back"):
                back.decompose()
            before, after = ref.previous_sibling, ref.next_sibling
            if isinstance(before, NavigableString) and isinstance(after, NavigableString) \
                    and before.rstrip().endswith(_CLOSING_PUNCTUATION) and after[:1].isspace():
                after.replace_with(after.lstrip())      # 「…市场。¹ 单纯…」: no space after 「。」 once the number goes
            ref.decompose()
            paragraphs = note.find_all("p", recursive=False) or [note]
            for paragraph in paragraphs:
                paragraph.name = "p"
            if block.name == "li":
                block.extend([part.extract() for part in paragraphs])
            else:
                read_after(block, paragraphs)
            if paragraphs[0] is not note:
                note.decompose()
            moved = True
        if moved and not notes.find_all("li"):
            notes.decompose()


def append_markup(container: Tag, markup: str) -> None:
    """Append what `markup` (a reader's part, e.g. `blogs.comments_html`'s 「评论」) parses to at the end of
    `container`; an empty part, a page with no comments, appends nothing."""
    if markup:
        container.extend(list(BeautifulSoup(markup, "html.parser").contents))


def typed_text(tag: Tag) -> str:
    """The text typed right in the element, between its children, as it stands: a label its options or parts follow
    (「尺寸：」 before a size chooser's links, a reviewer's name beside the date's span), which the element's whole text
    would run into them.

    >>> typed_text(BeautifulSoup("<div>尺寸：<a>55 英寸</a><a>65 英寸</a></div>", "html.parser").div)
    '尺寸：'
    """
    return "".join(str(node) for node in tag.find_all(string=True, recursive=False))


def one_line(tag: Tag | None) -> str:
    """An element's clean text on one line (a name, a comment read as one paragraph), "" for none."""
    return " ".join(clean(raw_text(tag)).split()) if tag is not None else ""


def code_text(pre: Tag) -> str:
    r"""A code block's text as the browser shows it, line by line: a <br> ends a line, and so does a
    block element or a highlighter's line element (Hexo NexT writes each line as a span.line with a
    <br> after it, Docusaurus a span.token-line holding its <br>, others a <div> a line or a span
    styled `display:block`), which ends a line only where one is open and the text after it does
    not break it already; `get_text` ran such lines together.

    >>> from bs4 import BeautifulSoup
    >>> code = lambda html: code_text(BeautifulSoup(html, "lxml").pre)
    >>> code('<pre><span class="line">*100#</span><br><span class="line">*102#</span><br></pre>')
    '*100#\n*102#\n'
    >>> code('<pre><span class="token-line">a<br></span><span class="token-line">b<br></span></pre>')
    'a\nb\n'
    >>> code('<pre><code><div>a</div><div>b</div></code></pre>'), code('<pre><span class="line">a</span>\n<span class="line">b</span></pre>')
    ('a\nb', 'a\nb')
    """
    out: list[str] = []
    pending = False                 # a line element closed: the next text starts a line

    def at_line_start() -> bool:
        return not out or out[-1].endswith("\n")

    def emit(text: str) -> None:
        nonlocal pending
        if not text:
            return
        if pending and not text.startswith("\n"):
            out.append("\n")
        pending = False
        out.append(text)

    def walk(node: Tag) -> None:
        nonlocal pending
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    emit(str(child))
            elif child.name == "br":
                pending = False
                out.append("\n")
            else:
                line = (child.name in BLOCK_TAGS and child.name not in _CELLS
                        or any(c in CODE_LINE_CLASSES for c in child.get("class", []))
                        or _DISPLAY_BLOCK.search(str(child.get("style", ""))) is not None)
                if line and not at_line_start():
                    emit("\n")
                walk(child)
                if line and not at_line_start():
                    pending = True

    walk(pre)
    return "".join(out)


def table_rows(table: Tag) -> list[Tag]:
    """The table's own rows, not those of tables nested in its cells."""
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


def page_marks(soup: BeautifulSoup) -> frozenset[str]:
    """Every class name, `#id` and `@attribute` name of the page, gathered in one walk.

    A site reader first looks for the mark every page of its site has (Tieba's `#j_p_postlist`,
    Zhidao's `@accuse`): a search of the tree is a walk of the whole page, every page is offered
    to every reader, and the readers' failed searches had grown to a fifth of parsing an HTML page.
    """
    marks: set[str] = set()
    for node in soup.descendants:
        if type(node) is Tag and node.attrs:
            attrs = node.attrs
            marks.update("@" + name for name in attrs)
            classes = attrs.get("class")
            if classes:
                marks.update(classes if isinstance(classes, list) else str(classes).split())
            if "id" in attrs:
                marks.add("#" + str(attrs["id"]))
    return frozenset(marks)


# each site reader that reads its pages' comments or reviews itself (`reads_comments`): the marks of its pages, the
# assets it tests them by (None: none) and the tags loading those
_COMMENT_READERS: list[tuple[frozenset[str], re.Pattern[str] | None, tuple[str, ...]]] = []
_Marks = TypeVar("_Marks", bound=Iterable[str])


def reads_comments(marks: _Marks, assets: re.Pattern[str] | None = None,
                   tags: tuple[str, ...] = ("link", "script")) -> _Marks:
    """Say that the site reader of the pages holding all of `marks` (and, given `assets`, loading them, as
    `site_reader` tests) reads their comments or reviews itself (a block editor's comment panel, a shop's reviews
    turned into parts), and return `marks` as they were given.

    The generic comment reader (`comments.page_comments`) reads a comment list by its shape on a page no reader of
    parse.py's changed, before clean.py's passes run: without this it takes the list a pass reads, and the reviews
    are read twice. A reader made by `site_reader` says it with `reads_comments=True`; a pass that tests its own
    `XXX_MARKS` (the shop passes in `shop_pages`) wraps them where they are defined,
    `OZON_MARKS = reads_comments(frozenset({…}))`. The registry is read at call time (`comments_read_by_reader`),
    when every reader's module is imported (comments.py imports clean.py, which imports them all).

    >>> marks = reads_comments(frozenset({"pad-toolbar", "pad-comments"}))
    >>> page = BeautifulSoup("<p>x</p>", "html.parser")
    >>> [comments_read_by_reader(page, marks) for marks in (marks | {"x"}, frozenset({"pad-comments"}))]
    [True, False]
    >>> _COMMENT_READERS.remove((frozenset(marks), None, ("link", "script")))      # (a made-up site's)
    """
    _COMMENT_READERS.append((frozenset(marks), assets, tags))
    return marks


def comments_read_by_reader(soup: BeautifulSoup, marks: frozenset[str]) -> bool:
    """The page (its `marks`) is one whose site reader reads its comments itself (`reads_comments`): it holds the
    reader's marks and loads its assets where it named some. A look-alike copying a reader's marks without its
    site's assets is read by no reader, so its comments are left to the generic one. Called for every page: the
    assets, a walk of the page's links and scripts, are tested only for the readers whose marks the page holds."""
    return any(needed <= marks and (assets is None or loads_assets(soup, assets, tags))
               for needed, assets, tags in _COMMENT_READERS)


def site_reader(marks: Iterable[str], *, assets: re.Pattern[str] | None = None,
                tags: tuple[str, ...] = ("link", "script"), gather_marks: bool = False,
                reads_comments: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Make `read(soup)` (or `read(soup, marks)`) the site reader `reader(soup, marks=None)` of the pages that hold
    all of `marks` and, given `assets`, load them (`loads_assets` over `tags`); any other page is left unchanged.
    With `reads_comments` the reader reads the page's comments or reviews too, so the generic comment reader leaves
    its pages to it (the module-level `reads_comments`); a new reader that turns them into parts must say so.

    Every page is offered to every reader (clean.py's and parse.py's lists), so a reader's module says first which
    page it reads, here, and its body only how: the marks test is a set lookup in the marks gathered once
    (`page_marks`) where a search of the tree walks the whole page for each reader, and the assets test tells the
    site's own pages from look-alikes that copy its class names. A caller that gathered no marks (None) skips the
    marks test, as clean.py's readers always did; with `gather_marks` they are gathered here instead, as parse.py's
    readers do. A body that takes `marks` gets them as it would have tested them (gathered, or None).

    >>> @site_reader({"qa-card"}, assets=re.compile(r"https?://cdn\\.shop\\.example/"))
    ... def shop_qa(soup):
    ...     soup.find(class_="qa-card").name = "details"
    >>> def page(markup):
    ...     return BeautifulSoup(markup, "html.parser")
    >>> bare, look_alike = page('<div class="x">Q</div>'), page('<div class="qa-card">Q</div>')
    >>> shop = page('<script src="https://cdn.shop.example/a.js"></script><div class="qa-card">Q</div>')
    >>> for soup in (bare, look_alike, shop):
    ...     shop_qa(soup, page_marks(soup))
    >>> [soup.find(string="Q").parent.name for soup in (bare, look_alike, shop)]
    ['div', 'div', 'details']
    >>> shop_qa(page('<div class="qa-card">Q</div>'), None)     # no marks given: only the assets are tested
    >>> site_reader({"qa-card"}, gather_marks=True)(lambda soup, marks: sorted(marks))(look_alike)
    ['@class', 'qa-card']
    >>> shop_reviews = site_reader({"review-list"}, reads_comments=True)(lambda soup: None)
    >>> comments_read_by_reader(bare, frozenset({"review-list", "x"})), comments_read_by_reader(bare, frozenset({"x"}))
    (True, False)
    >>> _COMMENT_READERS.remove((frozenset({"review-list"}), None, ("link", "script")))     # (a made-up site's)

    A reader naming its assets leaves a look-alike's comments (its marks, not its site's assets) to the generic
    comment reader, as it leaves the page itself unread:

    >>> shop_qa = site_reader({"qa-card"}, assets=re.compile(r"https?://cdn\\.shop\\.example/"), reads_comments=True)(
    ...     lambda soup: None)
    >>> comments_read_by_reader(look_alike, page_marks(look_alike)), comments_read_by_reader(shop, page_marks(shop))
    (False, True)
    >>> del _COMMENT_READERS[-1]     # (a made-up site's)
    """
    needed = frozenset(marks)
    if reads_comments:
        # (what the module-level `reads_comments` records, the name taken here)
        _COMMENT_READERS.append((needed, assets, tags))

    def wrap(read: Callable[..., Any]) -> Callable[..., Any]:
        takes_marks = len(inspect.signature(read).parameters) > 1

        @functools.wraps(read)
        def reader(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> Any:
            if marks is None and gather_marks:
                marks = page_marks(soup)
            if marks is not None and not needed <= marks:
                return None
            if assets is not None and not loads_assets(soup, assets, tags):
                return None
            return read(soup, marks) if takes_marks else read(soup)
        return reader
    return wrap


def enclosing_block(tag: Tag, is_block: Callable[[Tag], bool]) -> Tag | None:
    """The nearest element around `tag` that a block editor's page marks a block (`is_block`): Notion's
    and Craft's share pages nest blocks in wrappers of their own (`notion_site`, `craft_site`)."""
    for parent in tag.parents:
        if isinstance(parent, Tag) and is_block(parent):
            return parent
    return None


def blocks_under(tag: Tag, is_block: Callable[[Tag], bool]) -> list[Tag]:
    """The blocks nested right under `tag`, in order, through any wrappers (not those nested in them)."""
    found: list[Tag] = []
    for child in tag.children:
        if isinstance(child, Tag):
            if is_block(child):
                found.append(child)
            else:
                found.extend(blocks_under(child, is_block))
    return found


def show_block_runs(blocks: list[Tag], is_block: Callable[[Tag], bool],
                    shown: Callable[[list[Tag]], list[Tag]]) -> None:
    """Put in place of each run of outermost blocks (those sharing the element that holds them) the
    HTML they show, `shown(run)`: a block editor's share page rewritten (`notion_site`, `craft_site`)."""
    runs: dict[int, list[Tag]] = {}
    for block in blocks:
        if enclosing_block(block, is_block) is None:
            runs.setdefault(id(block.parent), []).append(block)
    for run in runs.values():
        nodes = shown(run)
        mark = NavigableString("")
        run[0].insert_before(mark)
        for block in run:
            block.extract()         # (a block shown as it is comes back in `nodes`)
        for node in nodes:
            mark.insert_before(node)
        mark.extract()


_DRAWN_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")     # a list marker an editor draws: 「1.」, 「2)」


def drawn_number(marker: Tag | None) -> int | None:
    """The number a block editor draws before a list item (「3.」), so that its list starts where the writer's
    does; None where it draws none (a bullet) or no marker is found."""
    number = _DRAWN_NUMBER.match(marker.get_text()) if isinstance(marker, Tag) else None
    return int(number.group(1)) if number else None


def child_classed(block: Tag, name: str) -> Tag | None:
    """The child of a block editor's block bearing the class `name`: its own content, apart from the blocks
    nested under it (Wolai's `div.content-wrapper`, Anytype's `div.wrapContent`)."""
    return next((child for child in block.children if isinstance(child, Tag) and name in child.get("class", ())), None)


def own_text(soup: BeautifulSoup, own: Tag | None, name: str, drawn: tuple[str, ...], text_class: str,
             text_tag: str | None = None) -> Tag:
    """A new <name> holding a block's own text, moved out of `own` (of its `text_class` element, where it has
    one), without what the editor draws around it (the `drawn` classes: markers, arrows, icons), which
    would be words of their own."""
    tag = soup.new_tag(name)
    if own is None:
        return tag
    for glyph in own.find_all(class_=drawn):
        glyph.decompose()
    text = own.find(text_tag, class_=text_class) or own
    for child in list(text.children):
        tag.append(child.extract())
    return tag


def toggle_details(soup: BeautifulSoup, summary: Tag, nested: list[Tag]) -> Tag:
    """A block editor's toggle as an open <details>: its title (`summary`, a <summary>) asks, the blocks
    nested under it answer, as every other page's accordion is read."""
    details = soup.new_tag("details", attrs={"open": ""})
    details.append(summary)
    for node in nested:
        details.append(node)
    return details


def term_entries(soup: BeautifulSoup, table: Tag) -> None:
    """Make each entry of a definition list (its terms, then its description) a `<details>` titled by its
    terms (several joined by 「 / 」), so each is cut apart as a titled passage, or a Q&A when the term asks.

    A reference's list of options, keys or files (Texinfo's @table, a man page's `.Bl -tag`) was term and
    description lines of one passage, no term tied to what it means. A list with an entry without words on
    either side is left as it is."""
    entries: list[tuple[list[Tag], list[Tag]]] = []
    for child in table.find_all(["dt", "dd"], recursive=False):
        if child.name == "dt" and (not entries or entries[-1][1]):
            entries.append(([child], []))
        elif child.name == "dt":
            entries[-1][0].append(child)
        elif entries:
            entries[-1][1].append(child)
        else:
            return
    terms = [" / ".join(clean(raw_text(t)).replace("\n", " ") for t in dts) for dts, _ in entries]
    if not entries or not all(terms) or not all(any(d.get_text(strip=True) for d in dds) for _, dds in entries):
        return
    collapsibles = []
    for term, (_, dds) in zip(terms, entries):
        details, summary = soup.new_tag("details"), soup.new_tag("summary")
        summary.string = term
        details.append(summary)
        for dd in dds:
            for child in list(dd.children):
                details.append(child.extract())
        collapsibles.append(details)
    table.replace_with(*collapsibles)


def callout_box(soup: BeautifulSoup, paragraph: Tag, nested: list[Tag]) -> Tag:
    """A block editor's callout as a box: its text (`paragraph`, left out when empty) over the blocks nested
    under it, so that it stays apart from a list above it."""
    box = soup.new_tag("div")
    if paragraph.get_text(strip=True):
        box.append(paragraph)
    for node in nested:
        box.append(node)
    return box


@dataclass(frozen=True)
class FlatItem:
    """A list item an editor draws as a flat block with its level (Tencent Docs' and DingTalk's
    paragraphs): `nest_flat_lists` puts it in the list it shows."""

    level: int
    key: str                # the items of one list share it: another key at the same level starts another list
    ordered: bool
    start: int | None       # the number drawn before the item, where a numbered list may not start at 1
    item: Tag               # the <li> to hold (its drawn marker gone)


def nest_flat_lists(soup: BeautifulSoup, blocks: list[Tag], item_of: Callable[[Tag], FlatItem | None],
                    block_of: Callable[[Tag], Tag | None]) -> list[Tag]:
    """What a run of flat blocks shows, as HTML: consecutive list items make lists, an item one level
    deeper than the one above it a list inside that item; any other block (`block_of`, None for a
    spacer) ends every open list."""
    shown: list[Tag] = []
    stack: list[tuple[int, str, Tag, Tag]] = []     # (level, key, <ol>/<ul>, its last <li>) open lists
    for block in blocks:
        flat = item_of(block)
        if flat is None:
            stack = []
            tag = block_of(block)
            if tag is not None:
                shown.append(tag)
            continue
        while stack and (stack[-1][0] > flat.level or (stack[-1][0] == flat.level and stack[-1][1] != flat.key)):
            stack.pop()
        if not stack or stack[-1][0] < flat.level:
            holder = soup.new_tag("ol" if flat.ordered else "ul")
            if flat.ordered and flat.start is not None and flat.start != 1:
                holder["start"] = str(flat.start)
            if stack:
                stack[-1][3].append(holder)
            else:
                shown.append(holder)
            stack.append((flat.level, flat.key, holder, holder))
        level, key, holder, _ = stack[-1]
        holder.append(flat.item)
        stack[-1] = (level, key, holder, flat.item)
    return shown


# what separates the words of a class name (「ak-editor-expand__title-container」)
CLASS_PARTS = re.compile(r"[-_]")


# the hash CSS modules add to a class name (Yuque's 「comment-module_name_OqE1C」, SharePoint's 「commentsWrapper_3b9a」)
_HASHED = re.compile(r"[-_](?=[A-Za-z0-9]{4,8}$)(?=[a-z]*[A-Z0-9])[A-Za-z0-9]+$")
# … or CSS modules' 「Component_part_hash」 / Next.js's 「Component_local__hash」, whatever the hash's length
# and case (Boosty's 「Comment_author_2」, Weverse's 「CommentView_nickname__b」; a BEM 「comment__author」 has
# no 「Component_」 before it)
_MODULE_HASHED = re.compile(r"^([A-Z][A-Za-z0-9]*_[A-Za-z][A-Za-z0-9]*)__?[A-Za-z0-9]{1,8}$")


def unhashed(token: str) -> str:
    """A class name without the hash CSS modules add (one test for the comment reader's heads and clean's
    accordion names: Next.js's 「Accordion_header__oK1sF」 is an 「Accordion_header」).

    >>> unhashed("comment-module_name_OqE1C"), unhashed("CommentView_nickname__b"), unhashed("comment__author")
    ('comment-module_name', 'CommentView_nickname', 'comment__author')
    >>> unhashed("Comment_author_2"), unhashed("Comment_text_L")
    ('Comment_author', 'Comment_text')
    """
    return _HASHED.sub("", _MODULE_HASHED.sub(r"\1", token))


def class_names(tag: Tag) -> list[str]:
    """The tag's classes, lowercased; a BEM name also as its block's last word and its element's
    first (Atlassian's 「ak-editor-expand__title-container」 is an 「expand-title」)."""
    out = []
    for c in tag.get("class", []):
        c = c.lower()
        out.append(c)
        if "__" in c:
            block, element = c.split("__", 1)
            out.append(f"{CLASS_PARTS.split(block)[-1]}-{CLASS_PARTS.split(element)[0]}")
    return out


def qa_card(soup: BeautifulSoup, card: Tag, question: str, answer: Tag | str) -> None:
    """Put a shop's or a course's question card (the asker's line, the question, the answer under its label) in
    its place as the Q&A the fragmenter reads a `<details>` as: the question its summary, the answer its text."""
    details, summary = soup.new_tag("details"), soup.new_tag("summary")
    summary.string = question
    details.append(summary)
    if isinstance(answer, str):
        body = soup.new_tag("p")
        body.string = answer
        details.append(body)
    else:
        details.append(answer.extract())
    card.replace_with(details)


def qa_pair(soup: BeautifulSoup, card: Tag, question: Tag | None, answer: Tag | None) -> None:
    """Put a question card whose question and answer are elements of their own (`qa_card`, each read on one
    line) as its Q&A; a card either of whose parts is missing or says nothing stays as it is (an unanswered
    question answers nothing)."""
    if one_line(question) and one_line(answer):
        qa_card(soup, card, one_line(question), one_line(answer))


def gone(tag: Tag) -> bool:
    """Decomposed while a list of elements was being worked through (bs4's own `decomposed`
    property costs a tree search per call on such a tag)."""
    return tag.__dict__.get("_decomposed", False)
