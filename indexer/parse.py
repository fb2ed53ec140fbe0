"""Parse a `Source` into an `Article`: cleaned text blocks grouped under the headings that own them.

Pure: no I/O. `render` has made every format HTML (Markdown and `.txt` through markdown-it),
so one walker serves them all:

1. remove what a reader does not see as the article (`SKIP_TAGS`, `SKIP_ROLES`,
   `SKIP_CLASS_TOKENS`, `SKIP_CLASS_PARTS`, comments, images, bracketed link noise `[[TG](…)]`);
2. keep `<main>` / `<article>` / `role=main` when the page has one;
3. walk the tree into headings and blocks (p, li, dt/dd, pre, table, quote);
   inline text is joined without spaces, whitespace collapsed only where the
   source had whitespace;
4. pick the title (first H1, else `<title>` without its site suffix, else a
   leading all-bold paragraph, else the file stem) and nest sections by level.

Nested lists: a nested bullet list belongs to its item (a step's sub-points are part
of the step); a nested numbered list is a list of its own — its items become `li` blocks
with their own list_id, and the parent item's text stops before it.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from bs4 import BeautifulSoup, Comment, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import Declaration, Doctype, ProcessingInstruction

from indexer.bbs import bbs_post
from indexer.discord import discord_channel
from indexer.model import Article, Block, Link, Section, Source
from indexer.render import FOOTNOTES_TITLE, render
from indexer.render_text import HEADING_END, HEADING_MAX
from indexer.telegram import telegram_chat
from indexer.threads import forum_thread
from indexer.wechat import wechat_chat

# ---- skip rules: everything the walker drops, in one place -------------------------------
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "button", "input", "select", "textarea", "svg", "canvas", "object", "embed",
    "img", "picture", "video", "audio", "head", "meta", "link", "marquee",
})
# the page and its main part: their classes describe the page's state (WeChat's <body
# class="comment_feature">, Docusaurus's "navigation-with-keyboard"), not a part of it
NEVER_CHROME = frozenset({"html", "body", "main"})
SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# whole class/id tokens (or their "-"/"_"-separated first part) marking page chrome
SKIP_CLASS_TOKENS = frozenset({
    "sidebar", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "footer",
    "header", "cookie", "cookies", "share", "sharing", "comment", "comments", "related",
    "advert", "advertisement", "ad", "ads", "toc", "pagination", "skip", "icon",
    "noprint", "printfooter",                       # what a page leaves out when printed (MediaWiki)
    "sitenotice", "sitesub", "contentsub",          # MediaWiki's banner and 「来自…」 line
})
# … and words that mark chrome wherever they stand in a token: CMS exports name their
# by-lines, vote boxes and "related articles" after the article (post-meta, article-votes,
# article-relatives, article-footer).  Not header/nav: "article-header" holds the article's title.
SKIP_CLASS_PARTS = frozenset({
    "meta", "byline", "author", "vote", "votes", "voting", "feedback", "rating", "rate", "relatives",
    "related", "share", "sharing", "social", "comments", "subscribe", "breadcrumb", "breadcrumbs",
    "sidebar", "pagination", "toc", "footer", "cta", "relatedposts", "side", "tools", "print", "printer", "updated",
    "metadata", "attachments",      # Zendesk's and Freshdesk's files under the article (a PDF's name)
    "tags", "labels", "feeds",      # a post's tags and labels, Blogger's 「訂閱：張貼留言 (Atom)」
    "likes",                        # a forum post's 「24 个赞」
    "count", "counts", "reaction", "reactions",     # 「心情 312」「留言 27」 under a post (Dcard's reaction_count)
    "editsection", "jump",          # MediaWiki's 「[编辑]」 beside each heading, 「跳转到导航」
    "backlink",                     # the 「↑ 1.0 1.1」 from a reference back to where it is cited
    "articleinfo",                  # 「• 阅读 2,418 次」 (not "views": CSDN's text is #content_views)
    "prev", "prevnext",             # 「« 上一篇：…」 under the article
    "copyright", "advert", "recommend", "toolbox", "toolbar", "dialog",   # a blog platform's (CSDN)
    "viewed", "popular",            # 「最多查看」 lists beside the article
    "emoji", "bookmark",            # a callout's icon, a link's preview card (Ghost)
    "signature", "postprofile",     # a forum post's signature and its poster's card (phpBB)
    "publish",                      # a post's date laid out in spans (PIXNET's 「2026 Nov 18 Wed 21:40」)
    "login", "signin",              # a sign-in box or popup (Xiaohongshu's login-modal)
})
# a word processor's page header and footer (LibreOffice: <div title="header">), repeated on every printed page
_PAGE_MARGINS = frozenset({"header", "footer"})
# whole class names of calls to action that end help-centre articles (Zendesk's 「还有其他问题？提交请求」)
SKIP_CLASS_NAMES = frozenset({"article-more-questions", "more-questions", "contact-us", "submit-request",
                              "pagesection",      # Confluence's attachments and comments below the page
                              "totop", "gotop", "backtotop",
                              "sr-only", "visually-hidden", "screen-reader-text",   # read to screen readers only
                              # CSDN's line of author, time, views and likes above the post
                              "article-info-box", "article-bar-top", "up-time",
                              # ServiceNow's KB number, version and state; its 「文章信息」 panel
                              "kb-number-info", "kb-article-info",
                              "kg-button-card",                  # Ghost's call-to-action button
                              "pageid", "docinfo",               # DokuWiki's page id and 「最后更改」 line
                              "gh-header-actions",               # GitHub wiki's 「Jump to bottom」
                              "online-list", "stat-block",       # a forum's 「在线用户」 box (phpBB)
                              # a code block's line numbers (CSDN, Prism, highlight.js, Hexo, Pygments)
                              "pre-numbering", "line-numbers-rows", "hljs-ln-numbers", "gutter", "linenos",
                              # a diagram's source (a page shows the drawing, a reader never the code)
                              "mermaid", "language-mermaid", "language-plantuml", "language-puml", "language-dot",
                              "language-graphviz"})
# 「返回顶部」 links: a token naming the top together with a way back (back-to-top, article-return-to-top)
_BACK_TO_TOP = frozenset({"back", "return", "scroll", "go", "goto"})
_LEAD_CLASS = re.compile(r"^(?:.*[-_])?(?:excerpt|summary|lead|lede|standfirst)$", re.IGNORECASE)
_SUBTITLE_CLASS = re.compile(r"^(?:.*[-_])?(?:subtitle|sub-title|standfirst|deck)(?:[-_].*)?$", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b")
_BUTTON_PARTS = frozenset({"btn", "button"})
BUTTON_LABEL_MAX = 12
_BADGE_PARTS = frozenset({"tag", "badge", "label", "pill"})      # a badge in a heading: 「原创」「New」
_PAGE_HEADER = frozenset({"page", "site", "global", "masthead"})    # … and a page's header, when it holds no heading
# ------------------------------------------------------------------------------------------

HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "hr", "figure",
    "figcaption", "details", "summary", "address", "center", "body", "html", *HEADINGS,
})
STRONG_TAGS = frozenset({"strong", "b"})
ROOT_ANCHOR = "intro"
_BR = "\x1e"                 # stands for <br> until whitespace is collapsed
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
# a mailing tool's placeholder left in a campaign saved as a page (Mailchimp's 「*|FNAME|*」)
_MERGE_TAG = re.compile(r"\*\|[^|*\n]{1,60}\|\*")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")   # zero-width spaces (a heading's anchor link holds one)
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\v]*\n[ \t\r\f\v\n]*(?=[{_CJK}])")
_SLUG_JUNK = re.compile(r"[^a-z0-9\u4e00-\u9fff]+")
# 「页名 - 站名」; after a CJK character or bracket the space before the bar may be missing
# (「…乱码）- 腾讯文档」), and Baidu joins its sites' names with a bare 「_」 (「…吗？_百度知道」)
_TITLE_PARTS = re.compile(rf"\s+[-|–—_｜:]\s+|(?<=[{_CJK}])[-|–—｜]\s+|(?<=[{_CJK}])_(?=[{_CJK}])")
_CLASS_PARTS = re.compile(r"[-_]")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")

MAX_DEPTH = 120        # deeper containers are unwrapped: the walk recurses once per level


# circled and otherwise enclosed numbers: ①…⑳ ⑴…⒇ ⒈…⒛ ⓫…⓴ ⓵…⓾ ❶…❿ ➀…➉ ➊…➓
_ENCLOSED_NUMBER = "\u2460-\u249b\u24eb-\u24f4\u24f5-\u24fe\u2776-\u2793"
_NUMBERED_LINE = re.compile(rf"^\s*(\d{{1,2}})\s*[.、．)）]\s*(?=\S)|^\s*[（(](\d{{1,2}})[)）]\s*"
                            rf"|^\s*([{_ENCLOSED_NUMBER}])\s*[.、．:：]?\s*(?=\S)")


def _item_number(line: str) -> tuple[int, int]:
    """The number a line is an item of (「2、」, 「(2)」, 「②」) and where its text starts; (0, 0) if none.

    >>> _item_number("② 看状态栏"), _item_number("⑽ 最后一步"), _item_number("❸换卡")
    ((2, 2), (10, 2), (3, 1))
    """
    match = _NUMBERED_LINE.match(line)
    if match is None:
        return 0, 0
    enclosed = match.group(3)
    return int(unicodedata.numeric(enclosed)) if enclosed else int(match.group(1) or match.group(2)), match.end()


def numbered_lines(raw: str) -> tuple[str, list[str]] | None:
    r"""A paragraph written as an enumeration, one item a line (「1、打开 App⏎2、点击充值」): the lines
    before the first item, and the items without their numbers; None for an ordinary paragraph.

    Markdown needs a blank line and "1." for a list; Chinese editors type "1、" on the next
    line, which renders as one paragraph.  Items must count 1, 2, 3…; a line that is not an
    item continues the one before it.

    >>> numbered_lines("操作如下：\n1、打开 App\n2、点击充值\n并确认")
    ('操作如下：', ['打开 App', '点击充值\n并确认'])
    >>> numbered_lines("1、只有一项") is None
    True
    """
    lines = [line for line in re.split(f"[\n{_BR}]", raw) if line.strip()]
    lead: list[str] = []
    items: list[str] = []
    for line in lines:
        number, start = _item_number(line)
        if number == len(items) + 1:
            items.append(line[start:])
        elif items:
            items[-1] += "\n" + line
        else:
            lead.append(line)
    if len(items) < 2:
        return None
    return "\n".join(lead), items


_PARAGRAPH_BREAK = re.compile(f"{_BR}[\\s{_BR}]*{_BR}")
# a line that opens something of its own besides a question or an answer: a part 「一、」, a bullet
_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[•·●▪■◆]\s*)")


def standalone_lines(raw: str) -> list[str]:
    r"""Split a line-broken paragraph before each line that opens something of its own.

    >>> standalone_lines("問：能退嗎？\x1e答：不能。\x1e問：收費嗎？\x1e答：免費。")
    ['問：能退嗎？', '答：不能。', '問：收費嗎？', '答：免費。']
    >>> standalone_lines("第一行\x1e第二行")
    ['第一行\x1e第二行']
    """
    parts: list[str] = []
    pieces = re.split(f"([\n{_BR}])", re.sub(f"\\s*{_BR}\\s*", _BR, raw))
    for line, sep in zip(pieces[::2], ["", *pieces[1::2]]):
        heading = parts and _is_part_heading(parts[-1])
        if parts and not heading and not (line.strip() and _opens(line)):
            parts[-1] += sep + line             # a soft break stays one (CJK lines join in `clean`)
        elif line.strip() or not parts:
            parts.append(line)
    return parts or [raw]


def _opens(line: str) -> bool:
    return bool(_OPENS.match(line) or QUESTION_PREFIX.match(line) or ANSWER_PREFIX.match(line)
                or is_emoji_title(line))


def _is_part_heading(line: str) -> bool:
    """「二、撥出時隱藏號碼」 alone on its line: the title of what follows, not its first sentence."""
    line = line.strip()
    return ((_ORDINAL_HEADING.match(line) is not None and not HEADING_END.search(line) or is_emoji_title(line))
            and len(line) <= HEADING_MAX and _BR not in line and "\n" not in line)


# a pictograph opening a line (📌 📝 💰 🔒), not one of those that mark list items (👉 🔹 🔸 ▪️ ✅ 1️⃣)
_EMOJI_TITLE = re.compile("^[\U0001F300-\U0001F447\U0001F44A-\U0001F537\U0001F53C-\U0001FAFF]\ufe0f?\\s*\\S")
_SLIDE_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")          # an image slider's 「1/3」
_EMOJI_TITLE_END = re.compile(r"[。！!：:；;，,、]$")


def is_emoji_title(line: str) -> bool:
    """A short line a social-media note opens with a pictograph (「📌 几岁能用孩子自己的名字办号码？」):
    how Xiaohongshu and WeChat writers title a note's parts, in text without headings. It may ask.

    >>> is_emoji_title("📌 几岁能用孩子自己的名字办号码？"), is_emoji_title("👉 先打开 App"), is_emoji_title("✅ 每月上限")
    (True, False, False)
    """
    line = line.strip()
    return (_EMOJI_TITLE.match(line) is not None and len(line) <= HEADING_MAX
            and not _EMOJI_TITLE_END.search(line) and _BR not in line and "\n" not in line)


def _holds_blocks(tag: Tag) -> bool:
    return any(isinstance(node, Tag) and node.name in BLOCK_TAGS for node in tag.descendants)


def _rows(table: Tag) -> list[Tag]:
    """The table's own rows, not those of tables nested in its cells."""
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


LAYOUT_CELL_CHARS = 300     # a data table's cell is a value or a sentence, not a page part


def is_layout(rows: list[list[Tag]]) -> bool:
    """A table that lays out a page (an old CMS's nav column beside the article) rather than
    holding data: it nests tables, its cells hold headings, or long text, or it has one column."""
    cells = [cell for row in rows for cell in row]
    if not cells:
        return False
    if all(len(row) <= 1 for row in rows):
        return True
    return any(cell.find(["table", *HEADINGS]) is not None or len(cell.get_text(strip=True)) > LAYOUT_CELL_CHARS
               for cell in cells)


# "Q:", "问：", and numbered "Q1：", "Q2.", "问题3：", "問1、"; "A:", "答：", "A4:"
QUESTION_PREFIX = re.compile(r"^\s*(?:Q|问题|問題|问|問)\s*(?:[:：]|\d{1,3}\s*[:：.．、])\s*", re.IGNORECASE)
ANSWER_PREFIX = re.compile(r"^\s*(?:A|答)\s*\d{0,3}\s*[:：]\s*", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*(?:「(.*)」|『(.*)』|“(.*)”)\s*$")


def _unquote_qa(line: str) -> str:
    """A question or answer line quoted whole as dialogue (「「Q：…？」」, as call scripts write them), unquoted."""
    match = _QUOTED.match(line)
    inner = next((g for g in match.groups() if g is not None), "") if match else ""
    return inner if QUESTION_PREFIX.match(inner) or ANSWER_PREFIX.match(inner) else line


def qa_lines(raw: str) -> list[str] | None:
    r"""A paragraph of question and answer lines (「Q：…⏎A：…⏎Q：…⏎A：…」): its lines grouped,
    one group per question or answer (a line without a prefix continues the one before);
    None for any other paragraph.

    Editors type the pairs on consecutive lines, which Markdown renders as one paragraph:
    without this the first answer runs over every later pair. A line quoted whole (「「A：…」」)
    loses its quotes, so its prefix is seen.

    >>> qa_lines("Q：能退吗？\nA：不能。\n「Q：多久到账？」\n「A：三天，」\n短信通知。")
    ['Q：能退吗？', 'A：不能。', 'Q：多久到账？', 'A：三天，\n短信通知。']
    >>> qa_lines("Q：能退吗？ A：不能。") is None
    True
    """
    lines = [line for line in re.split(f"[\n{_BR}]", raw) if line.strip()]
    unquoted = [_unquote_qa(line) for line in lines]
    pairs = any(QUESTION_PREFIX.match(line) for line in unquoted) and any(ANSWER_PREFIX.match(line) for line in unquoted)
    if not pairs and unquoted == lines:
        return None
    groups: list[str] = []
    for line in unquoted:
        if not groups or QUESTION_PREFIX.match(line) or ANSWER_PREFIX.match(line):
            groups.append(line)
        else:
            groups[-1] += "\n" + line
    return groups


_BYLINE = re.compile(r"^(?:.{1,20}[·•|]\s*)?"       # after the page's section: 「安全与紧急情况 · 更新于…」
                     r"(?:(?:本文|本页|本頁)?(?:最近|最后|最後)?(?:更新|修改|发布|發布|编辑|編輯)(?:于|於|时间|時間|日期|在)?"
                     r"\s*[:：]?\s*\d{4}\s*[年\-/.]"
                     r"|\d{1,3}\s*(?:min|mins|minute|minutes) read\b|\d{1,3}\s*分[钟鐘](?:阅读|閱讀))"
                     r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
                     r"|^\d{1,2}\.\d{1,2}\.\d{4}$|^\d{4}-\d{2}-\d{2}$"   # 「18.11.2026」 (1C-Bitrix)
                     r"|^(?:last )?(?:updated|edited|modified)\b.{0,30}(?:\bago|\d{4})$"       # GitBook's 「Last updated 6 days ago」
                     r"|^(?:责任编辑|責任編輯)[:：]\s*\S{0,20}$"                # a news site's editor (Sohu, Sina, NetEase)
                     r"|^(?:最后|最後|最近)?(?:更新|编辑|編輯)(?:于|於)?\s*\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前$",
                     re.IGNORECASE)
# Dropbox Paper's 「Created by 王小雨 · Last edited by Aigerim S. on Nov 14, 2026 4:37 PM」
_EDITED_BY = re.compile(r"^(?:created|last edited|edited) by\b.{0,100}\d{4}"
                        r"|^posted @ \d{4}-\d{2}-\d{2}", re.IGNORECASE)    # cnblogs' 「posted @ 2026-11-20 10:02 作者 阅读()…」


def is_byline(text: str) -> bool:
    """A paragraph that only dates the page (「本文更新于2025年9月」, 「更新于 2025-04-18 · 作者：…」,
    「2026年11月5日」, Medium's 「7 min read · Nov 10」):
    page furniture that a Word export or a CMS without a by-line class leaves in the body.

    Only the article's first or last paragraph is taken for one (`drop_bylines`): in the
    middle, 「更新于2025年的资费如下：」 is content.

    >>> is_byline("本文更新于2025年9月，费用以运营商营业厅公布为准。"), is_byline("费用更新于2025年9月")
    (True, False)
    >>> is_byline("Created by 王小雨 · Last edited by Aigerim S. on Nov 14, 2026 4:37 PM")
    True
    """
    return (len(text) <= 40 and _BYLINE.match(text) is not None) or (len(text) <= 120 and _EDITED_BY.match(text) is not None)


_COUNT_UNIT = (r"(?:次)?(?:阅读|閱讀|浏览|瀏覽|点赞|點讚|點贊|赞|讚|评论|評論|留言|粉丝|粉絲|文章|收藏|转发|轉發|分享|投币|投幣"
               r"|喜欢|喜歡|关注|關注|字数|字數|views?|likes?|comments?|followers?|reads?|posts?)")
_COUNT = rf"(?:\d[\d,.]*\s*[万萬千kKwW]?\+?\s*{_COUNT_UNIT}|{_COUNT_UNIT}\s*\d[\d,.]*\s*[万萬千kKwW]?)"
_STATS = re.compile(rf"^[^\d\n]{{0,8}}?(?:{_COUNT}[\s·•|/,，、]*){{2,}}[^\d\n]{{0,8}}$", re.IGNORECASE)
_FOLLOW = re.compile(r"^[+＋]?\s*(?:关注|關注|已关注|已關注|follow|subscribe|订阅|訂閱)$", re.IGNORECASE)


def is_stats(text: str) -> bool:
    """A platform's counts under a post's title or in its author card (「1.6万阅读·742点赞·46评论」,
    「2.3万粉丝86文章」, 「字数 3,682 阅读 8,906」), or its lone 「关注」 button.

    >>> is_stats("1.6万阅读·742点赞·46评论生活原创"), is_stats("2.3万粉丝86文章"), is_stats("关注")
    (True, True, True)
    >>> is_stats("每月 8 元，含 100 条短信"), is_stats("阅读 3 分钟")
    (False, False)
    """
    return len(text) <= 60 and (_STATS.match(text) is not None or _FOLLOW.match(text) is not None)


_FILING = re.compile(r"^(?:来源|來源|出处|出處|标签|標籤|tags?|теги|метки|источник|source|分类|分類|categor(?:y|ies)"
                     r"|категория|рубрика)\s*[:：]", re.IGNORECASE)


# a note app's mark under a shared or exported note: 「来自有道云笔记 · 分类：生活 / 手机」
_NOTE_APP = re.compile(r"^(?:来自|來自|发自|發自|分享自)\s*(?:有道云笔记|有道雲筆記|印象笔记|印象筆記|为知笔记|為知筆記|Evernote)"
                       r"(?:$|[\s·•|｜,，:：])", re.IGNORECASE)


def is_filing(text: str) -> bool:
    """Lines after an article that only file it (「Источник: …」「Теги: 停车, 公交」, 「标签：…」):
    a news CMS (1C-Bitrix) prints them below the text, where the last answer would take them; and
    so does a note app under a note (「来自有道云笔记 · 分类：…」: where it was kept, no text of it).

    >>> is_filing("Источник: KZ Huaren Media\\nТеги: 停车, 公交"), is_filing("来源：运营商官网，以营业厅为准")
    (True, True)
    >>> is_filing("来自有道云笔记 · 分类：在哈萨克斯坦生活 / 手机与通信"), is_filing("来自有道云笔记的提醒不准")
    (True, False)
    """
    lines = text.split("\n")
    return len(text) <= 200 and all(_FILING.match(line) or _NOTE_APP.match(line) for line in lines)


# 「本文档内容随运营商调整不定期更新，发现代码变了请在右侧评论里告诉我们。」 under a shared document
_PAGE_NOTE = re.compile(r"^(?:本文档|本文檔|本文|本页|本頁|本手册|本手冊|本指南)(?:内容|內容|信息|資訊)?(?:会|會|将|將)?"
                        r"(?:(?:随|隨|根据|根據|视|視)[^，。,.!！]{1,12})?"
                        r"(?:不定期|定期|随时|隨時|持续|持續)(?:更新|修订|修訂)")
PAGE_NOTE_MAX = 80


def is_page_note(text: str) -> bool:
    """The page's note on itself under its text (that it is updated from time to time, where to
    say what changed): the last answer would take it, and it answers nothing. Only the article's
    last paragraphs are taken for one (`drop_bylines`).

    >>> is_page_note("本文档内容随运营商调整不定期更新，发现代码变了请在右侧评论里告诉我们。")
    True
    >>> is_page_note("本文介绍如何定期更新 App。"), is_page_note("套餐内容不定期更新，以官网为准。")
    (False, False)
    """
    return len(text) <= PAGE_NOTE_MAX and _PAGE_NOTE.match(text) is not None


BYLINE_LINES, BYLINE_NAME_MAX = 5, 60       # a page header's topic, author, date and count lines


def drop_bylines(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """Without a dating paragraph at the article's start or end (see `is_byline`), nor a page's
    properties before its text (see `is_properties`); properties elsewhere are text."""
    blocks = [i for i, e in enumerate(events) if isinstance(e, Block) and e.kind != "hr"]
    edges = {i for i in blocks[:1] if events[i].kind == "p" and is_byline(events[i].text)}
    for i in reversed(blocks):      # under the text, line after line (「返回搜狐，查看更多」 over 「责任编辑：」)
        text = events[i].text
        if events[i].kind != "p" or not (is_byline(text) or is_filing(text) or is_page_note(text)
                                         or _BACK_TO_LIST.match(text)):
            break
        edges.add(i)
    # under the title heading, 「阿晴·」 over 「7 min read·Nov 10」: the author's name goes with it
    # (without a heading before them, the first line may be the title itself)
    # a blog platform's author card may stack several such lines (「1.6万阅读·742点赞」, the name,
    # 「2.3万粉丝86文章」, 「关注」): each with the short lines above it since the last
    lead = blocks[:BYLINE_LINES] if blocks and any(isinstance(e, _Heading) for e in events[:blocks[0]]) else []
    since = 0
    for k, i in enumerate(lead):
        if k and any(isinstance(e, _Heading) for e in events[lead[k - 1]:i]):
            break                   # the title's header ends at the first part's heading
        if events[i].kind == "p" and (is_byline(events[i].text) or is_stats(events[i].text)):
            if all(events[j].kind == "p" and len(events[j].text) <= BYLINE_NAME_MAX
                   and not events[j].text.endswith(("。", "！", "？", ".", "!", "?")) for j in lead[since:k]):
                edges |= set(lead[since:k + 1])
                since = k + 1
                continue
            break
        if since and not (events[i].kind == "p" and len(events[i].text) <= BYLINE_NAME_MAX):
            break
    edges |= {i for i in blocks[:1] if events[i].kind == "meta"}
    return [replace(e, kind="p") if isinstance(e, Block) and e.kind == "meta" else e
            for i, e in enumerate(events) if i not in edges]


_END_MARK = re.compile(r"^[-—–~·=\s]*(?:END|THE END|全文完|完)[-—–~·=\s]*$", re.IGNORECASE)


# headings a blog platform puts under the post (Medium, Substack, WordPress themes): the rest is theirs
_TAIL_HEADING = re.compile(r"^(?:written by\b.*|more from\b.*|recommended from\b.*|responses? \(\d+\)|\d+ responses?"
                           r"|comments? \(\d+\)|\d+ comments?|related (?:posts|articles|stories)|you (?:might|may) also like"
                           r"|(?:评论|評論|留言) ?[（(]\d+[)）]|\d+ ?(?:条评论|則留言|條評論|則回應)|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀)$",
                           re.IGNORECASE)
_ASK_US = re.compile(r"^(?:还有|還有|仍有)(?:其他|其它)?(?:问题|問題|疑问|疑問)[？?]?$|^(?:没有|沒有)找到(?:答案|想要的答案)[？?]?$"
                     r"|^(?:still have (?:a )?questions?|need more help)\??$", re.IGNORECASE)
CALL_TO_ACTION_MAX = 120
# a page's closing question about itself, when no class names it (GitBook's utility classes)
_FEEDBACK = re.compile(r"^(?:was this (?:article |page |answer |doc )?helpful|did this (?:page|article) help(?: you)?"
                       r"|is this (?:page|article) helpful|(?:这篇|本篇|本|此|這篇)?(?:文章|页面|頁面|内容|內容|回答)"
                       r"(?:对你|對你|对您|對您)?(?:是否)?有(?:所)?(?:帮助|幫助|用)吗?|помогла ли (?:вам )?(?:эта )?статья"
                       r"|была ли (?:эта )?(?:статья|страница) полезной)\s*[?？]?$", re.IGNORECASE)
FEEDBACK_TAIL = 5           # … looked for among the last blocks only
# what a blog post signs off with under its last rule: 「如果这篇有帮到你，欢迎留言」「以官网公告为准」
_SIGN_OFF = re.compile(r"留言|評論|评论|有帮到你|有幫到你|有帮助|有幫助|感谢阅读|感謝閱讀|谢谢阅读|謝謝閱讀"
                       r"|以.{0,10}(?:官网|官網|公告|最新).{0,10}(?:为准|為準)"
                       r"|(?:本页|本頁|本文).{0,20}(?:维护|維護)|maintained by")      # 「本頁由…維護」
SIGN_OFF_MAX = 200


def cut_at_end_mark(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """Nothing after an article's end mark (「- END -」, 「（全文完）」 without brackets) is
    the article: a WeChat post puts its likes, QR code, "recommended reading" and readers'
    comments there. Nor is a short sign-off under the last rule (「欢迎留言…」): it would
    close the last section's answer."""
    marks = [i for i, e in enumerate(events) if isinstance(e, Block) and e.kind == "p" and _END_MARK.match(e.text)]
    if len(marks) > 1:
        # an END under each part (Baidu Jingyan's step lists) ends the part, not the article
        events = [e for i, e in enumerate(events) if i not in set(marks)]
    for i, event in enumerate(events):
        if len(marks) == 1 and i == marks[0]:
            return events[:i]
        if isinstance(event, _Heading) and i and _TAIL_HEADING.match(event.title):
            return events[:i]       # a blog platform's author card, responses, more posts
        if isinstance(event, _Heading) and i and _ASK_US.match(event.title) \
                and not any(isinstance(e, _Heading) for e in events[i + 1:]) \
                and sum(len(e.text) for e in events[i + 1:]) <= CALL_TO_ACTION_MAX:
            return events[:i]       # the page's last word, 「还有问题？加入 Telegram 群」, asks nothing
    asks = [i for i, e in enumerate(events[-FEEDBACK_TAIL:], start=max(0, len(events) - FEEDBACK_TAIL))
            if isinstance(e, Block) and e.kind == "p" and _FEEDBACK.match(e.text)]
    if asks and sum(len(e.text) for e in events[asks[0]:] if isinstance(e, Block)) <= CALL_TO_ACTION_MAX:
        start = asks[0]     # 「Was this helpful?」 and what follows it (Previous / Next), with the 「Last updated」 above
        while start and isinstance(events[start - 1], Block) and events[start - 1].kind == "p" \
                and is_byline(events[start - 1].text):
            start -= 1
        events = events[:start]
    rules = [i for i, event in enumerate(events) if isinstance(event, Block) and event.kind == "hr"]
    if rules:
        tail = events[rules[-1] + 1:]
        if tail and all(isinstance(e, Block) and e.kind == "p" for e in tail) \
                and sum(len(e.text) for e in tail) <= SIGN_OFF_MAX and _SIGN_OFF.search(" ".join(e.text for e in tail)):
            return events[:rules[-1]]
    return events


_CALLOUT_LABEL = re.compile(r"(?:提示|注意|警告|信息|说明|說明|危险|危險|小贴士|小貼士|重要|备注|備註"
                            r"|tip|note|info|warning|danger|caution|important)[:：]?", re.IGNORECASE)


def join_callout_labels(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """A callout's label on a line of its own (Docusaurus's 「提示」 box, a Confluence panel) leads
    the text it labels (「提示：…」) instead of standing as a one-word paragraph."""
    out: list[_Heading | Block] = []
    for event in events:
        before = out[-1] if out else None
        if isinstance(event, Block) and event.kind == "p" and isinstance(before, Block) \
                and before.kind == "p" and _CALLOUT_LABEL.fullmatch(before.text):
            out[-1] = replace(event, text=f"{before.text.rstrip(':：')}：{event.text}", strong_lead="")
        else:
            out.append(event)
    return out


_PROPERTY = re.compile(r"^\s*([^\s:：][^:：\n]{0,15}?)\s*[:：]\s*\S")
_PROPERTY_KEYS = re.compile(
    r"^(?:负责人|作者|编辑|标签|状态|分类|类别|创建(?:时间|人)?|更新(?:时间|人)?|最后编辑(?:时间)?|最后更新|发布(?:时间|状态)?"
    r"|owner|author|tags?|status|category|created(?: by| time)?|last edited(?: by| time)?|updated)$", re.IGNORECASE)


def is_properties(raw: str) -> bool:
    r"""A block of page properties, one `key: value` a line, as Notion and Obsidian export them
    under the title (「负责人: …」「标签: …」「状态: 已发布」): at least three lines, two of them
    with a property name, every one a `key: value`.

    >>> is_properties("负责人: Dana\n标签: VoLTE, 5G\n状态: 已发布")
    True
    >>> is_properties("Kcell: *100#\nBeeline: *102#\nTele2: *111#")
    False
    """
    lines = [line for line in raw.split("\n") if line.strip()]
    keys = [_PROPERTY.match(line) for line in lines]
    return (len(lines) >= 3 and all(keys)
            and sum(bool(_PROPERTY_KEYS.match(k.group(1).strip())) for k in keys if k) >= 2)


_QUESTION_HEAD = re.compile(r"^(?:常见)?(?:问题|問題|提问|提問|问|問|q|question)s?$", re.IGNORECASE)
_ANSWER_HEAD = re.compile(r"^(?:答案|回答|解答|答复|答覆|答|a|answer)s?$", re.IGNORECASE)
_STEP_HEAD = re.compile(r"^(?:步骤|步驟|序号|序號|step|no\.?|#)$", re.IGNORECASE)


def table_kind(rows: list[list[str]]) -> str:
    """What a table holds: "qa" (header 问题 | 解答), "steps" (header 步骤 | 操作 over rows
    numbered 1, 2, 3…) or "table" (anything else, kept as rows of cells).

    >>> table_kind([["问题", "解答"], ["能退吗？", "不能。"]])
    'qa'
    >>> table_kind([["步骤", "操作"], ["1", "打开 App"], ["2", "点击充值"]])
    'steps'
    >>> table_kind([["套餐", "价格"], ["10GB", "1000₸"]])
    'table'
    """
    if len(rows) < 2 or len(rows[0]) < 2:
        return "table"
    head = [c.strip(" ：:") for c in rows[0]]
    body = rows[1:]
    if _QUESTION_HEAD.match(head[0]) and _ANSWER_HEAD.match(head[1]) \
            and all(len(r) >= 2 and r[0] and r[1] for r in body):
        return "qa"
    if _STEP_HEAD.match(head[0]) and len(body) >= 2 \
            and [r[0].strip(" .、") for r in body] == [str(i) for i in range(1, len(body) + 1)] \
            and all(any(r[1:]) for r in body):
        return "steps"
    return "table"


def clean(text: str) -> str:
    """Collapse whitespace the way a reader sees it: one space, none across a CJK line break."""
    text = _CJK_BREAK.sub("", _INVISIBLE.sub("", _MERGE_TAG.sub("", text)))
    lines = (_WS.sub(" ", line).strip() for line in text.split(_BR))
    return "\n".join(line for line in lines if line)


def slugify(text: str) -> str:
    """Make an anchor from heading text, keeping Chinese characters."""
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "section"


# ---- tree cleaning -------------------------------------------------------------------------

def _is_chrome(tag: Tag, shown: bool = False) -> bool:
    """`shown`: the tag is a collapsed panel its toggle opens — hidden until then, not chrome."""
    if tag.name in NEVER_CHROME:
        return False
    if tag.name in SKIP_TAGS:
        return True
    role = str(tag.get("role", "")).lower()
    if role in SKIP_ROLES:
        return True
    if (tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true") and role != "tabpanel" \
            and not shown:
        return True
    if tag.name == "div" and str(tag.get("title", "")).lower() in _PAGE_MARGINS:
        return True
    if tag.get("data-elem-type") == "button":       # a button laid out in Tilda's Zero Block
        return True
    if tag.name in HEADINGS:
        # a heading names a part of the text whatever words its classes hold (Wiki.js's
        # 「toc-header」 on every heading, ReadMe's 「header-scroll」), and its id is its anchor,
        # a slug of its words (「operator-side」); only a class read to screen readers alone hides it
        return any(token.lower() in SKIP_CLASS_NAMES for token in tag.get("class", []))
    for token in [*tag.get("class", []), *str(tag.get("id", "")).split()]:
        parts = _CLASS_PARTS.split(token.lower())
        words = _token_words(token)
        if token.lower() in SKIP_CLASS_TOKENS or token.lower() in SKIP_CLASS_NAMES \
                or parts[0] in SKIP_CLASS_TOKENS or not SKIP_CLASS_PARTS.isdisjoint(words) \
                or ("top" in parts and not _BACK_TO_TOP.isdisjoint(parts)):
            return True
        if "header" in words and not _PAGE_HEADER.isdisjoint(words) and tag.find(list(HEADINGS)) is None:
            return True     # the site's header (Zhihu's 「ColumnPageHeader」: the column's name, buttons)
    return False


_CALLOUT_KINDS = frozenset({"note", "tip", "caution", "danger", "warning", "info", "important", "callout",
                            "admonition", "hint", "attention", "success", "error"})


def _callout_asides(tags: list[Tag]) -> None:
    """An <aside> that names a callout's kind (Starlight's 「starlight-aside--caution」) is a box in
    the text, not a side column."""
    for aside in tags:
        if aside.name != "aside" or aside.parent is None:
            continue
        if _CALLOUT_KINDS.isdisjoint(_class_words(aside)):
            continue
        aside.name = "div"
        # its title (hidden from screen readers, which read the aside's label) leads its text,
        # as a label does (「别刷机：为了录音去刷…」), whatever the writer called it
        title = aside.find(class_=lambda c: c is not None and "title" in _CLASS_PARTS.split(c.lower()))
        label = clean(title.get_text()).replace("\n", " ").rstrip(":：") if title is not None else ""
        first = title.find_next("p") if title is not None else None
        if label and first is not None and aside in first.parents:
            title.extract()         # not decompose: the passes after this one hold its tags
            first.insert(0, NavigableString(label + "："))


def _drop_bracketed_links(root: Tag) -> None:
    """Remove link noise wrapped in literal brackets, e.g. "[" <a>TG</a> "]", brackets included."""
    for link in root.find_all("a"):
        before = link.previous_sibling
        if not (isinstance(before, NavigableString) and before.rstrip().endswith("[")):
            continue
        after, between = link.next_sibling, []
        while after is not None and (
            (isinstance(after, NavigableString) and not after.strip()) or
            (isinstance(after, Tag) and not after.get_text(strip=True))
        ):
            between.append(after)
            after = after.next_sibling
        if not (isinstance(after, NavigableString) and after.lstrip().startswith("]")):
            continue
        stripped = before.rstrip()
        before.replace_with(NavigableString(stripped[:-1]))
        rest = after.lstrip()
        after.replace_with(NavigableString(rest[1:]))
        for node in (link, *between):
            node.extract()


def _clean_tree(soup: BeautifulSoup) -> None:
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for header in soup.find_all("header"):
        # a CMS often puts the article's H1 in its own <header>: keep the heading and its summary
        # (ReadMe's 「<div class="excerpt">」), drop the rest
        titles = header.find_all("h1")
        if titles and header.find_parent(["article", "main"]):
            leads = [t for t in header.find_all(class_=_LEAD_CLASS) if t.get_text(strip=True)]
            header.replace_with(*titles, *leads)
    for span in soup.find_all("span", style=_BOLD_STYLE):
        span.name = "b"             # a site builder's bold (Wix: 「<span style="font-weight:bold">」)
    for sub in soup.find_all(["h2", "h3", "h4", "h5", "h6"], class_=_SUBTITLE_CLASS):
        sub.name = "p"              # a post's subtitle under its title (Substack's h3.subtitle) leads its text
    tags = soup.find_all(True)      # one walk for the passes below (each find_all is another)
    _callout_asides(tags)
    _wikijs_page(tags)
    _label_tab_panels(soup, tags)
    _accordions_to_details(soup, tags)
    _confluence_title(tags)
    _document_title(tags)
    _word_list_markers(tags)
    _item_number_badges(tags)
    _asciidoc_blocks(soup, tags)
    _forum_replies(soup, tags)
    _discuz_posts(soup, tags)
    _quoted_posts(tags)
    _tilda_tables(soup, tags)
    _aria_tables(soup, tags)
    _record_layout(tags)
    _notes(soup, tags)
    _split_lists(tags)
    _quill_indents(tags)
    _drop_page_anchors(tags)
    _drop_outlines(tags)
    for heading in (t for t in tags if t.name in HEADINGS and t.parent is not None):
        if _FILING.match(heading.get_text(" ", strip=True)):
            heading.decompose()     # HackMD's 「###### tags: `電信`」 files the note; it heads nothing
            continue
        for badge in heading.find_all(class_=True):     # Sohu's 「<span class="article-tag"><i>原创</i>」
            if not _BADGE_PARTS.isdisjoint(_class_words(badge)) or _is_heading_glyph(badge):
                badge.extract()     # (not decompose: the passes after this one hold its tags)
    for form in soup.find_all("form"):
        if _wraps_text(form):
            form.name = "div"       # its classes may still make it chrome, as any part's do
    total = None
    for tag in soup.find_all(True):
        if tag.parent is not None and _is_chrome(tag):
            if tag.name not in SKIP_TAGS or tag.name == "form":
                # a class that only looks like chrome (HubSpot's hs_cos_wrapper_meta_field around
                # the whole article), or the one <form> an ASP.NET WebForms page puts around all of
                # itself: a part holding most of the page's text is the article
                total = len(soup.get_text(strip=True)) if total is None else total
                if len(tag.get_text(strip=True)) > MOST_OF_PAGE * total:
                    continue
            tag.decompose()
    _drop_bracketed_links(soup)
    _class_headings(soup)


_GLYPH_PARTS = frozenset({"icon", "toggle"})
_WORD = re.compile(r"\w")


def _is_heading_glyph(tag: Tag) -> bool:
    """A pictograph or a glyph set in a heading apart from its words, as an icon or a toggle the
    reader clicks (Coda: the page's 「<span class="kr-page-title-icon">☁️</span>」 before its title,
    「<span class="kr-collapse-toggle" role="button">▾</span>」 before each collapsible question):
    decoration and a control, no word of the title. Only without a word character: an icon
    class on words (「<span class="icon-text">新</span>」) keeps them, and a pictograph typed into
    the heading's own text stays as the writer typed it."""
    marked = not _GLYPH_PARTS.isdisjoint(_class_words(tag)) or str(tag.get("role", "")).lower() == "button"
    text = tag.get_text(strip=True)
    return marked and bool(text) and _WORD.search(text) is None


_FIELDS = ("textarea", "select", "button")
_SENTENCE_END = re.compile(r"[。！？!?](?:\s|$)|[。！？]")
FORM_TEXT_MIN = 20          # a wrapping form's prose: a sentence at least this long


def _wraps_text(form: Tag) -> bool:
    """A <form> with nothing to fill in or press — hidden inputs only — around sentences wraps a
    page's text for a script (old Reddit's 「form.usertext」 around a post and each comment, to
    edit it in place): it is the text, not a control. A search box, a comment box or a sign-up
    form has a field, and goes whole as before."""
    if form.find(_FIELDS) is not None or any(str(field.get("type", "")).lower() != "hidden"
                                             for field in form.find_all("input")):
        return False
    text = form.get_text(" ", strip=True)
    return len(text) >= FORM_TEXT_MIN and _SENTENCE_END.search(text) is not None


LINK_SHARE = 0.7            # a part of a page whose text is mostly links is a menu
_CRUMB = r"(?:\s+>\s+|\s*[›»]\s*)"
_BREADCRUMB = re.compile(rf"^[^>›»]{{1,30}}(?:{_CRUMB}[^>›»]{{1,40}}){{2,}}$")     # 首頁 > 常見問題 > 本頁
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright|版权所有|版權所有)", re.IGNORECASE)
_NOT_TEXT = re.compile(r"[\s|｜·•>›»/\-]+")
_BACK_TO_LIST = re.compile(r"^\W*(?:返回列表|返回目录|返回目錄|返回上一[页頁级級]|返回.{1,8}[，,]?查看更多|back to (?:list|index|all)"
                           r"|(?:возврат|вернуться|назад) (?:к|в) (?:списку|список|разделу|новостям))\W*$", re.IGNORECASE)


_PARTS = frozenset({"td", "div", "section", "ul", "ol", "p", "font", "span", "table", "center", "small", "li"})


# a line pointing elsewhere: 「相关页面：A · B」, 「See also: A」
_RELATED_LABEL = re.compile(r"^\s*(?:相关|相關|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|另见|另見|参见|參見|see also|related)[^：:]{0,6}[：:]",
                            re.IGNORECASE)


def _drop_buttons(soup: BeautifulSoup) -> None:
    """Links drawn as buttons (「看黑名单教程」, 「注册登录」, 「得票 / 最新」) are controls, not the
    text.  After `_drop_boilerplate`: a toolbar of them is link-dense, and goes whole there."""
    for link in soup.find_all(["a", "span"], class_=True):
        if link.decomposed:
            continue                # inside a button already gone
        if link.parent is not None and not _BUTTON_PARTS.isdisjoint(_class_words(link)) \
                and (link.name == "a" or len(link.get_text(strip=True)) <= BUTTON_LABEL_MAX):
            link.decompose()        # (a <span> drawn as a button: Juejin's 「复制代码」 in each code block)


def _drop_boilerplate(soup: BeautifulSoup, page: bool) -> None:
    """Menus, breadcrumbs and copyright lines of pages that name none of their parts (an old
    CMS lays a page out with tables and <font>), and a Markdown page's 「相关文档：A ｜ B ｜ C」
    or 「相关页面：A · B」: what is mostly links, or reads like them, goes."""
    tags = soup.find_all(True)
    if page:
        for table in (t for t in tags if t.name == "table"):
            _drop_side_columns(table)
        candidates = [t for t in tags if t.name in _PARTS]
    else:   # a Markdown page: only what holds links can be a menu (and a walk per element costs)
        holders = {id(parent): parent for a in tags if a.name == "a" for parent in a.parents}
        candidates = [t for t in tags if id(t) in holders and t.name in _PARTS]
    for tag in candidates:
        if _gone(tag) or tag.parent is None or tag.name in NEVER_CHROME:
            continue
        text = _NOT_TEXT.sub("", tag.get_text())
        if not text:
            continue
        links = tag.find_all("a")
        linked = sum(len(_NOT_TEXT.sub("", a.get_text())) for a in links)
        line = clean(tag.get_text()).replace("\n", " ")
        related = _RELATED_LABEL.match(line)
        if (len(links) >= 3 and linked >= LINK_SHARE * len(text)) \
                or (len(links) == 1 and linked == len(text) and _BACK_TO_LIST.match(line)) \
                or (related and len(line) <= 100 and linked >= LINK_SHARE * len(_NOT_TEXT.sub("", line[related.end():]))) \
                or (len(links) >= 2 and len(line) <= 100 and _BREADCRUMB.match(line)) \
                or (page and len(line) <= 300 and _COPYRIGHT.match(line)):
            tag.decompose()


MAIN_CELL_SHARE = 0.8


def _drop_side_columns(table: Tag) -> None:
    """A page laid out with a table (it nests tables): in a row whose one cell holds most of the
    text, the cells beside it that hold links are the menu and side boxes."""
    if _gone(table) or table.parent is None or table.find("table") is None:
        return
    for row in _rows(table):
        cells = row.find_all(["td", "th"], recursive=False)
        sizes = [len(cell.get_text(strip=True)) for cell in cells]
        if len(cells) < 2 or max(sizes) < MAIN_CELL_SHARE * sum(sizes):
            continue
        main = cells[sizes.index(max(sizes))]
        for cell in cells:
            if cell is not main and len(cell.find_all("a")) >= 3:
                cell.decompose()


_ACCORDION = r"^(?:expand|accordion|toggle|collapsible|faq|schema-faq|rank-math)[-_]?"     # … WordPress SEO plugins' FAQ blocks
_TOGGLE = re.compile(_ACCORDION + r"(?:control|header|heading|title|button|question|trigger)$")
_PANEL = re.compile(_ACCORDION + r"(?:content|body|panel|answer|collapse)$")


def _gone(tag: Tag) -> bool:
    """Decomposed while a list of elements was being worked through (bs4's own `decomposed`
    property costs a tree search per call on such a tag)."""
    return tag.__dict__.get("_decomposed", False)


_HEADING_WORDS = frozenset({"title", "heading", "headline"})
_CLASS_HEADING_MAX = 40
_NOT_A_TITLE = re.compile(r"[。！!；;，,：:]$")


def _class_headings(soup: BeautifulSoup) -> None:
    """A page builder that marks its section titles by class alone (Tilda's
    「<div class="t030__title t-title">」) and writes no sub-heading tag: those titles are the
    page's sub-headings. A page with sub-heading tags keeps its classes for what they are
    (a card's or a widget's title)."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]) is not None:
        return
    page_title = {t.get_text(" ", strip=True) for t in soup.find_all(["h1", "title"])}
    for tag in soup.find_all(["div", "p"]):
        if _class_words(tag).isdisjoint(_HEADING_WORDS) or tag.find(BLOCK_TAGS) is not None \
                or tag.find_parent(["a", "li", "td", "th", "summary", "button", "h1"]) is not None:
            continue
        text = tag.get_text(" ", strip=True)
        if 2 <= len(text) <= _CLASS_HEADING_MAX and "\n" not in text and not _NOT_A_TITLE.search(text) \
                and text not in page_title:
            tag.name = "h2"


_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)", re.IGNORECASE)
_LARGE = {"px": 18.0, "pt": 14.0, "em": 1.25, "rem": 1.25, "%": 125.0}    # a body's 14–16px, enlarged
_STYLED_HEADING_MAX = 40


def _styled_headings(soup: BeautifulSoup) -> None:
    """A short line set large and bold by inline style alone (a Mailchimp e-mail's
    「<span style="font-size:18px"><strong>看懂扣费</strong></span>」 between a list and a
    paragraph) is a sub-heading of the heading above it: e-mail editors write no heading tags
    below the first."""
    level = 1
    for tag in soup.find_all(True):
        if tag.name in HEADINGS:
            level = HEADINGS[tag.name]
            continue
        size = _FONT_SIZE.search(str(tag.get("style", ""))) if tag.name in ("span", "p", "div") else None
        if size is None or float(size.group(1)) < _LARGE[size.group(2).lower()] \
                or tag.find(BLOCK_TAGS) is not None or tag.find_parent(["a", "li", "summary", "button", "th", *HEADINGS]):
            continue
        text = tag.get_text(strip=True)
        bold = sum(len(b.get_text(strip=True)) for b in tag.find_all(["b", "strong"]) if b.find_parent(["b", "strong"]) is None)
        if not 2 <= len(text) <= _STYLED_HEADING_MAX or bold < len(text) or _NOT_A_TITLE.search(text) \
                or not _stands_alone(tag):
            continue
        holder = tag.parent     # a paragraph that is only this line is the heading (Wix's 「<p><span …>」)
        while holder is not None and holder.name in ("p", "span") and holder.get_text(strip=True) == text:
            tag, holder = holder, holder.parent
        tag.name = f"h{min(level + 1, 6)}"


def _stands_alone(tag: Tag) -> bool:
    """Nothing but blocks (or line breaks) beside it: an inline element alone on its line."""
    if tag.name != "span":
        return True
    for step in ("previous_sibling", "next_sibling"):
        sibling = getattr(tag, step)
        while isinstance(sibling, NavigableString) and not sibling.strip():
            sibling = getattr(sibling, step)
        if sibling is not None and not (isinstance(sibling, Tag) and (
                sibling.name in BLOCK_TAGS or sibling.name in HEADINGS or sibling.name == "br")):
            return False
    return True


def _class_words(tag: Tag) -> set[str]:
    """The words of a tag's class names (see `_token_words`: Mailchimp's 「mcnButton」, Starlight's
    「starlight-aside--caution」)."""
    return {w for c in tag.get("class", []) for w in _token_words(c)}


# the last word of a camelCase name that names the text itself
_TEXT_HEADS = frozenset({"text", "content", "body"})


def _token_words(token: str) -> list[str]:
    """The words of a class or id, lowercased: its parts between 「-」 and 「_」, and the words of
    each camelCase part (Zoho's 「AttachmentsList__attachmentList」: attachments, list).

    A camelCase name is a kind of its last word, the words before it say which: a list of
    attachments, a wrapper of comments — chrome by those words. A name ending in a word for the
    text itself is that text, whatever qualifies it: Zhihu's 「CopyrightRichText-richText」 holds
    each answer (a rich text under copyright protection), not a copyright line.

    >>> _token_words("AttachmentsList__attachmentList")
    ['attachmentslist', 'attachments', 'list', 'attachmentlist', 'attachment', 'list']
    >>> _token_words("CopyrightRichText-richText")
    ['copyrightrichtext', 'text', 'richtext', 'text']
    """
    words = []
    for part in _CLASS_PARTS.split(token):
        if not part:
            continue
        words.append(part.lower())
        camel = [w.lower() for w in _CAMEL_WORD.findall(part)]
        if len(camel) > 1:
            words.extend(camel[-1:] if camel[-1] in _TEXT_HEADS else camel)
    return words


def _classes(tag: Tag) -> list[str]:
    """The tag's classes, lowercased; a BEM name also as its block's last word and its element's
    first (Atlassian's 「ak-editor-expand__title-container」 is an 「expand-title」)."""
    out = []
    for c in tag.get("class", []):
        c = c.lower()
        out.append(c)
        if "__" in c:
            block, element = c.split("__", 1)
            out.append(f"{_CLASS_PARTS.split(block)[-1]}-{_CLASS_PARTS.split(element)[0]}")
    return out


def _accordions_to_details(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Accordions built of <div>s (Confluence's expand macro, Bootstrap, FAQ plugins): a toggle
    followed by its panel is a <details><summary>, so a question pairs with its answer."""
    for toggle in [t for t in tags if not _gone(t) and t.get("class") and any(_TOGGLE.match(c) for c in _classes(t))]:
        panel = toggle.find_next_sibling()
        if toggle.parent is None or panel is None or not any(_PANEL.match(c) for c in _classes(panel)):
            continue
        _make_details(soup, toggle, panel)
    # … and the ARIA disclosure pattern, whatever the classes (Google Sites' generated ones): a
    # toggle (role="button" or <button>, aria-expanded) names the panel it opens in aria-controls
    ids = None
    for toggle in [t for t in tags if not _gone(t) and t.get("aria-controls") and t.has_attr("aria-expanded")
                   and (t.name == "button" or t.get("role") == "button")]:
        if _gone(toggle):       # inside a panel moved (or a part removed) for a toggle before it
            continue
        if ids is None:
            ids = {str(t["id"]): t for t in tags if not _gone(t) and t.get("id")}
        panel = ids.get(str(toggle["aria-controls"]).split()[0])
        if panel is None or _gone(panel) or toggle.parent is None or panel in toggle.parents or toggle in panel.parents \
                or not panel.get_text(strip=True) or panel.get("role") == "tabpanel" \
                or _is_chrome(panel, shown=str(toggle["aria-expanded"]).lower() == "false"):
            continue
        # a toggle alone in its heading (Squarespace's 「<h4><button>问题？</button></h4>」 over its
        # panel): the heading is the question
        holder = toggle
        while holder.parent is not None and panel not in holder.parent.descendants \
                and (holder.parent.name in HEADINGS or holder.parent.get("role") == "heading") \
                and holder.parent.get_text(strip=True) == holder.get_text(strip=True):
            holder = holder.parent
        _make_details(soup, toggle, panel, holder)


def _make_details(soup: BeautifulSoup, toggle: Tag, panel: Tag, holder: Tag | None = None) -> None:
    """`holder`: what the details replace, when the toggle stands in it alone (a heading)."""
    summary = soup.new_tag("summary")
    # the toggle's text, not the icon button inside it (「▸」)
    inner = "".join(_raw_text(child, SKIP_TAGS) for child in toggle.children)
    summary.string = clean(inner).replace("\n", " ")
    for attr in ("hidden", "aria-hidden"):     # a collapsed panel (Tilda's FAQ) is read open
        del panel[attr]
    details = soup.new_tag("details")
    (holder or toggle).replace_with(details)
    details.append(summary)
    details.append(panel.extract())


def _tilda_tables(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Tilda's table block ships its cells as hidden text that a script lays out: a header part
    (「级别;名称;频道号」) and a data part, a row per line and 「;」 between cells."""
    for head in (t for t in tags if not _gone(t) and "t431__data-part1" in t.get("class", ())):
        data = head.find_next_sibling(class_="t431__data-part2")
        table = soup.new_tag("table")
        for k, line in enumerate([head.get_text()] + (data.get_text().splitlines() if data else [])):
            if line.strip():
                row = soup.new_tag("tr")
                table.append(row)
                for cell in line.split(";"):
                    row.append(soup.new_tag("th" if k == 0 else "td", string=cell.strip()))
        head.replace_with(table)
        if data is not None:
            data.decompose()


_GRID_ROLES = frozenset({"table", "grid", "treegrid"})
_HEAD_CELL_ROLES = frozenset({"columnheader", "rowheader"})
_CELL_ROLES = _HEAD_CELL_ROLES | {"cell", "gridcell"}


def _aria_tables(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A table an app draws with <div>s and says is one by ARIA roles (Coda's published table:
    「role="grid"」 over 「role="row"」 of 「role="columnheader"」 / 「"gridcell"」) is a table: read
    as blocks, every cell was a line of its own, rows not joined and no value beside its column's
    name. Only a grid whose rows' cells hold all its text: one with anything else in it (a
    pager, a widget's own controls) is not rebuilt."""
    for grid in [t for t in tags if t.attrs and t.name != "table" and str(t.attrs.get("role", "")).lower() in _GRID_ROLES]:
        if _gone(grid) or grid.parent is None:
            continue
        rows = _aria_rows(grid)
        if rows is None:
            continue
        table = soup.new_tag("table")
        for cells in rows:
            row = soup.new_tag("tr")
            table.append(row)
            for cell in cells:
                head = str(cell.get("role", "")).lower() in _HEAD_CELL_ROLES
                out = soup.new_tag("th" if head else "td")
                out.extend([child.extract() for child in list(cell.contents)])
                row.append(out)
        grid.replace_with(table)
        grid.decompose()


def _aria_rows(grid: Tag) -> list[list[Tag]] | None:
    """The grid's rows, each its cells, when they are a table: two rows at least, a row of two
    cells, no grid nested, and all the text in the cells, each counted once."""
    def role(tag: Tag) -> str:
        return str(tag.get("role", "")).lower()

    if any(role(t) in _GRID_ROLES for t in grid.find_all(attrs={"role": True})):
        return None
    rows = [row for row in grid.find_all(attrs={"role": True}) if role(row) == "row"]
    cells = [[cell for cell in row.find_all(attrs={"role": True}) if role(cell) in _CELL_ROLES] for row in rows]
    if len(rows) < 2 or not all(cells) or max(map(len, cells)) < 2:
        return None
    # (a cell or row inside another would count its text twice)
    inside = sum(len(c.get_text(strip=True)) for row in cells for c in row)
    return cells if inside == len(grid.get_text(strip=True)) else None


_NUMBER_ONLY = re.compile(r"^\d{1,3}[.、．]?$")


def _item_number_badges(tags: list[Tag]) -> None:
    """A numbered list that draws each number as a badge of its own (Baidu Jingyan's
    「<div class="list-icon">1</div>」): the list numbers its items already."""
    for item in (t for t in tags if t.name == "li" and not _gone(t) and t.parent is not None and t.parent.name == "ol"):
        first = next((c for c in item.children if isinstance(c, Tag) or c.strip()), None)
        if isinstance(first, Tag) and first.name in ("div", "span", "i", "em", "b", "strong") \
                and _NUMBER_ONLY.match(first.get_text(strip=True)) \
                and len(item.get_text(strip=True)) > len(first.get_text(strip=True)):
            first.decompose()


def _confluence_title(tags: list[Tag]) -> None:
    """Confluence prefixes a page's title with its space (「客户帮助中心 : PIN码和PUK码」)."""
    for title in (t for t in tags if not _gone(t) and t.get("id") == "title-text"):
        if " : " in title.get_text():
            title.string = title.get_text().split(" : ", 1)[1].strip()


def _wikijs_page(tags: list[Tag]) -> None:
    """A Wiki.js 2 page shows its title and description in a page header above the text
    (「.is-page-header」: 「.headline」 and 「.caption」, no heading tag), its headings being the
    text's parts (an H1 among them), and puts a column beside the text (「.page-col-sd」: the
    「Table of Contents」, the tags, 「Last edited by」 and the page's buttons). Read as a page, the
    header went as a page header, the text's first H1 titled the article, and the column's
    outline and editor's name were glued to the last answer: the header's title is the
    article's H1, its description the text's lead, and the column goes."""
    header = next((t for t in tags if not _gone(t) and {"page-col-content", "is-page-header"} <= set(t.get("class", ()))), None)
    column = next((t for t in tags if not _gone(t) and "page-col-sd" in t.get("class", ())), None)
    title = header.find(class_="headline") if header is not None else None
    if title is None or column is None or not title.get_text(strip=True):
        return
    title.name = "h1"
    caption = header.find(class_="caption")
    if caption is not None:
        caption.name = "p"
    column.extract()        # (not decompose: the passes after this one hold its tags)


_TITLE_STYLES = frozenset({"title", "MsoTitle"})     # Google Docs, Word ("save as web page")


def _document_title(tags: list[Tag]) -> None:
    """A word processor's export styles its title as a paragraph (<p class="title">, Word's
    MsoTitle) above the document's H1s, which are its parts."""
    title = next((t for t in tags if not _gone(t) and t.name == "p" and _TITLE_STYLES & set(t.get("class", ()))), None)
    if title is not None and title.find_previous("h1") is None:
        title.name = "h1"


REPLY_SUFFIX = "（回复）"
_REPLY_PREFIX = re.compile(r"^(?:re|回复|回覆)\s*[:：]\s*(?=\S)", re.IGNORECASE)
# a forum's stamp on an edited post: 「最后由 X 编辑于 …，总共编辑 1 次。」 (phpBB), 「本帖最后由 X 于 … 编辑」 (Discuz!)
_EDIT_STAMP = re.compile(r"^(?:本帖)?(?:最后|最後)由\s*\S.{0,60}?(?:编辑|編輯)|^last edited by\b", re.IGNORECASE)
_QUOTED_POST = re.compile(r"(?:写道|寫道|wrote)\s*[:：]")


def _forum_replies(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A forum topic's replies (schema.org `itemprop="comment"`: Discourse's posts after the first)
    answer its title's question, not its first post's last heading: each is a part of its own,
    titled by the topic (「…（回复）」)."""
    replies = [t for t in tags if not _gone(t) and t.get("itemprop") == "comment"]
    title = next((t for t in tags if t.name == "h1" and not _gone(t)), None)
    if not replies or title is None:
        return
    name = clean(title.get_text()).replace("\n", " ")
    for reply in replies:
        heading = soup.new_tag("h2")
        heading.string = name + REPLY_SUFFIX
        reply.insert(0, heading)


_DISCUZ_POST = re.compile(r"^postmessage_\d+$")
# inside a post: the edit stamp (「本帖最后由…编辑」), a quoted post, the anti-copy junk text, an
# attachment's box; Discuz writes inline attachments in its own <ignore_js_op> tag
_DISCUZ_JUNK = ["pstatus", "quote", "jammer", "attach_nopermission", "locked"]


def _quoted_posts(tags: list[Tag]) -> None:
    """A reply quoting another post (「<blockquote><cite>老郑 写道:</cite>…」): the post it quotes
    is on the page already."""
    for quote in (t for t in tags if t.name == "blockquote" and not _gone(t)):
        cite = quote.find("cite")
        if cite is not None and _QUOTED_POST.search(cite.get_text()):
            quote.decompose()


def _discuz_posts(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A Discuz! thread: each post is a table row of the poster's card (level, points, medals),
    the post's floor (楼主, 沙发, 板凳…), author line, text, ratings, signature and buttons. The
    thread is its subject, the first post's text, then each reply titled by the subject as a
    forum's replies are (`_forum_replies`)."""
    postlist = next((t for t in tags if t.attrs and t.attrs.get("id") == "postlist"), None)   # bs4's find(id=) walks slower
    bodies = postlist.find_all("td", id=_DISCUZ_POST) if postlist is not None else []
    if not bodies:
        return
    subject = postlist.find(id="thread_subject") or soup.find(id="thread_subject")
    name = clean(subject.get_text()).replace("\n", " ") if subject is not None else ""
    thread = soup.new_tag("div")
    if name:
        for old in soup.find_all("h1"):
            old.decompose()
        thread.append(soup.new_tag("h1", string=name))
    for k, body in enumerate(bodies):
        for junk in body.find_all("ignore_js_op") + body.find_all(class_=_DISCUZ_JUNK):
            if not _gone(junk):
                junk.decompose()
        if k and name:
            thread.append(soup.new_tag("h2", string=name + REPLY_SUFFIX))
        post = soup.new_tag("div")
        post.extend([child.extract() for child in list(body.contents)])
        thread.append(post)
    postlist.replace_with(thread)


# Salesforce Lightning (SLDS): a Knowledge article is a record page whose fields are laid out in
# titled sections (「信息」, 「解答」), each value under its label (「摘要」, 「URL 名称」, 「回答」)
_LAYOUT_LABELS = frozenset({"slds-section__title", "slds-form-element__label",
                            "selfServiceArticleHeaderDetail"})    # 文章编号 · 上次发布日期 · 次查看


def _record_layout(tags: list[Tag]) -> None:
    """The labels of a record page are its layout, not the article's headings and text, and so are
    its one-line fields (URL name, categories): the summary and the answer are what is left, under
    the article's title."""
    for tag in tags:
        if _gone(tag) or not tag.get("class"):
            continue
        classes = tag["class"]
        if not _LAYOUT_LABELS.isdisjoint(classes) \
                or ("uiOutputText" in classes and tag.find_parent(class_="slds-form-element") is not None):
            tag.decompose()


_NOTE_LISTS = frozenset({"references", "footnotes", "footnotes-list"})
_WORD_PROCESSOR_NOTE = re.compile(r"^(?:sd(?:foot|end)note|ftn|edn)\d+$")     # LibreOffice's, Word's


def _notes(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Footnotes under the text are a part of their own (注释), as Markdown's are, not the end of
    the last answer: Asciidoctor's #footnotes, LibreOffice's and Word's numbered note divs.  A
    wiki's numbered references (MediaWiki's <ol class="references">) are sources, not steps."""
    first = True
    for tag in tags:
        if _gone(tag):
            continue
        classes = tag.get("class", ())
        if tag.name == "ol" and not _NOTE_LISTS.isdisjoint(classes):
            tag.name = "ul"
        elif tag.get("id") == "footnotes" or "footnotes" in classes:
            if tag.find(list(HEADINGS)) is None and tag.get_text(strip=True):
                heading = soup.new_tag("h2")
                heading.string = FOOTNOTES_TITLE
                tag.insert(0, heading)
        elif first and tag.name == "div" and _WORD_PROCESSOR_NOTE.match(str(tag.get("id", ""))):
            first = False           # the notes follow one another: one heading above the first
            heading = soup.new_tag("h2")
            heading.string = FOOTNOTES_TITLE
            tag.insert_before(heading)


def _split_lists(tags: list[Tag]) -> None:
    """Notion's HTML export writes each numbered item as a list of its own (<ol start="2">), and a
    toggle list as a bullet list of <details>: a numbered list that goes on where the one before it
    stopped is one list with it (a procedure, not five one-item lists), and a list holding nothing
    but toggles is those toggles (questions with their answers)."""
    for tag in tags:
        if _gone(tag) or tag.parent is None or tag.name not in ("ol", "ul"):
            continue
        items = tag.find_all("li", recursive=False)
        if items and all(_only_toggle(item) for item in items):
            for item in items:
                item.unwrap()
            tag.unwrap()
            continue
        if tag.name != "ol":
            continue
        following = tag.find_next_sibling()
        while following is not None and following.name == "ol" and not _gone(following) \
                and _start(following) == _start(tag) + len(tag.find_all("li", recursive=False)):
            for item in following.find_all("li", recursive=False):
                tag.append(item.extract())
            following.decompose()
            following = tag.find_next_sibling()


_QUILL_INDENT = re.compile(r"^ql-indent-([1-8])$")


def _quill_level(item: Tag) -> int:
    return max((int(m.group(1)) for c in item.get("class", []) if (m := _QUILL_INDENT.match(c))), default=0)


def _quill_indents(tags: list[Tag]) -> None:
    """The Quill editor (Shimo, and the many editors built on it) keeps a list flat and writes an
    item's depth as a class (「<li class="ql-indent-1">」): an indented item belongs under the item
    before it, as a sub-step or a detail, not a step of its own."""
    for tag in tags:
        if _gone(tag) or tag.parent is None or tag.name not in ("ol", "ul"):
            continue
        items = tag.find_all("li", recursive=False)
        if not any(_quill_level(item) for item in items):
            continue
        parents: list[tuple[int, Tag]] = []     # (level, item) of the items an indented one may go under
        for item in items:
            level = _quill_level(item)
            while parents and parents[-1][0] >= level:
                parents.pop()
            if parents:
                owner = parents[-1][1]
                sub = owner.find_all(tag.name, recursive=False)
                sub = sub[-1] if sub and sub[-1] is owner.contents[-1] else None
                if sub is None:
                    sub = BeautifulSoup("", "lxml").new_tag(tag.name)
                    owner.append(sub)
                sub.append(item.extract())
            parents.append((level, item))


def _only_toggle(item: Tag) -> bool:
    """A list item that is one <details> and nothing else (but empty dividers: Squarespace's)."""
    children = [c for c in item.find_all(True, recursive=False) if c.name == "details" or c.get_text(strip=True)]
    return len(children) == 1 and children[0].name == "details" \
        and item.get_text("", strip=True) == children[0].get_text("", strip=True)


def _start(ol: Tag) -> int:
    """The number an ordered list starts at (its start attribute; 1 when absent or not a number)."""
    start = str(ol.get("start", "")).strip()
    return int(start) if start.isdigit() else 1


def _asciidoc_blocks(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Asciidoctor lays a note out as a table: an icon cell (its kind in a title) beside the text.
    It is a callout, led by its kind (「Note：…」), not a table row 「| 黑名单是按号码拦截…」. The
    title in #header titles the page, footnotes are a part of their own (注释), a question-and-answer
    list is questions and answers."""
    for icon in [t for t in tags if t.name == "td" and not _gone(t) and "icon" in t.get("class", ())]:
        table, content = icon.find_parent("table"), icon.find_next_sibling("td")
        if _gone(icon) or table is None or content is None or table.find_parent(class_="admonitionblock") is None:
            continue
        kind = next((str(t.get("title")) for t in icon.find_all(True) if t.get("title")), "") or clean(icon.get_text())
        callout = soup.new_tag("div")
        if kind:
            label = soup.new_tag("p")
            label.string = f"{kind}："
            callout.append(label)
        for child in list(content.children):
            callout.append(child.extract())
        table.replace_with(callout)
    # the document title sits in a #header beside #content (with the author line and the table of contents)
    header = next((t for t in tags if t.name == "div" and not _gone(t) and t.get("id") == "header"), None)
    if header is not None and header.find_next_sibling(id="content") is not None and header.find("h1") is not None:
        header.insert_before(header.find("h1").extract())
    # Asciidoctor's [qanda] list: each item's first paragraph is the question, the rest its answer
    for qanda in [t for t in tags if not _gone(t) and "qanda" in t.get("class", ())]:
        for item in qanda.find_all("li"):
            question = item.find("p")
            if question is None or _gone(question):
                continue
            details, summary = soup.new_tag("details"), soup.new_tag("summary")
            summary.string = clean(question.get_text())
            question.decompose()
            details.append(summary)
            for child in list(item.children):
                details.append(child.extract())
            item.replace_with(details)
        qanda.name = "div"
        for lst in qanda.find_all(["ol", "ul"]):
            lst.name = "div"


_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.．、)）]?|[(（]\d{1,2}[)）]|[a-z][.)]|[一二三四五六七八九十]{1,2}、)$", re.IGNORECASE)


def _word_list_markers(tags: list[Tag]) -> None:
    """Word writes a list item's marker as text in a span styled mso-list:Ignore: a number
    (「1.」) says which step it is and stays, a bullet (Wingdings' 「l」, Symbol's 「·」) goes."""
    for marker in [t for t in tags if t.name == "span" and not _gone(t)
                   and "mso-list:ignore" in str(t.get("style", "")).lower().replace(" ", "")]:
        if _gone(marker) or marker.parent is None:
            continue
        number = marker.get_text().replace("\xa0", " ").strip()
        if _LIST_NUMBER.match(number):
            marker.replace_with(number + " ")
        else:
            marker.decompose()


_NOTE_MARKER = re.compile(r"^[\[(（]?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,4}|\*)[\])）]?$|^[↩↑^¶§#🔗]$", re.IGNORECASE)
_TOC_LABELS = frozenset({"目录", "目錄", "本文目录", "本文目錄", "本文内容", "本文內容", "本页内容", "本頁內容",
                         "contents", "table of contents", "on this page", "in this article"})


def _drop_page_anchors(tags: list[Tag]) -> None:
    """Links within the page are no text: a table of contents (lines that are nothing but such
    links, and its 「目录」 label), note markers (「[1]」「[a]」「↩」), a heading's own anchor
    (Sphinx's 「¶」) and Google Docs' comment threads under the document."""
    inner = [t for t in tags if not _gone(t) and t.name == "a" and str(t.get("href", "")).startswith("#")]
    if not inner:
        return
    lines: dict[int, Tag] = {}
    for link in inner:
        if _gone(link) or link.parent is None:
            continue
        if str(link["href"]).startswith("#cmnt_ref"):
            (link.find_parent("div") or link).decompose()
        elif _NOTE_MARKER.match(link.get_text(strip=True)):
            holder, after = link.parent, link.next_sibling
            if holder is not None and holder.name == "sup" and _NOTE_MARKER.match(holder.get_text(strip=True)):
                holder.decompose()          # 「[1]」 with its brackets (Asciidoctor's <sup>[<a>1</a>]</sup>)
                continue
            link.decompose()
            if isinstance(after, NavigableString) and after.startswith(". "):
                after.replace_with(after[2:])   # the footnote's own 「1. 价格含增值税…」
        elif (line := link.find_parent(["p", "li"])) is not None:
            lines[id(line)] = line
    for line in lines.values():
        if _gone(line) or line.parent is None:
            continue
        links = line.find_all("a", href=True)
        if all(str(a["href"]).startswith("#") for a in links) \
                and "".join("".join(a.get_text().split()) for a in links) == "".join(line.get_text().split()):
            label = line.find_previous_sibling(["p", "h2", "h3", "h4", "div"])
            if label is not None and clean(label.get_text()).lower().strip(" ：:") in _TOC_LABELS:
                label.decompose()
            line.decompose()


def _drop_outlines(tags: list[Tag]) -> None:
    """An outline panel beside the document (Tencent Docs' 「目录」 of the headings, no links: a
    script scrolls to them) is no text: a list under a 目录 label whose every item is a heading of
    the page (its number aside: 「逐项排查」 for 「二、逐项排查」). It came before the document's
    text in its first fragment."""
    headings = ["".join(t.get_text().split()) for t in tags if t.name in HEADINGS and not _gone(t)]
    for outline in [t for t in tags if t.name in ("ul", "ol") and headings]:
        label = outline.find_previous_sibling(True)
        if _gone(outline) or label is None or clean(label.get_text()).lower().strip(" ：:") not in _TOC_LABELS:
            continue
        items = ["".join("".join(s.split()) for s in li.find_all(string=True) if s.find_parent("li") is li)
                 for li in outline.find_all("li")]
        if items and all(item and any(h.endswith(item) for h in headings) for item in items):
            label.decompose()
            outline.decompose()


_STEP_MARK = re.compile(r"^\s*(?:第\s*[\d一二三四五六七八九十]+\s*步|步骤\s*[\d一二三四五六七八九十]+|step\s*\d+)\s*[:：.、．]?\s*",
                        re.IGNORECASE)


def _label_tab_panels(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Tabs (「Kcell | Beeline | Tele2」 over one panel each, the others hidden): each panel is
    content, a part under the heading above titled by it and its tab's label (「设置自动充值（Beeline）」),
    so the procedure in it says whose it is; the row of labels goes."""
    for tablist in [t for t in tags if t.get("role") == "tablist"]:
        tabs = tablist.find_all(attrs={"role": "tab"})
        panels = tablist.find_all_next(attrs={"role": "tabpanel"}, limit=len(tabs)) or _unmarked_panels(tablist, tabs)
        heading = tablist.find_previous(list(HEADINGS))
        above = _shown_text(heading) if heading is not None else ""
        level = min(HEADINGS[heading.name] + 1, 6) if heading is not None else 2
        # a step's panels are its parts, not steps after it (「第三步：逐个平台申诉」 → 「逐个平台申诉（Google）」)
        name = _STEP_MARK.sub("", above, count=1) or above
        for tab, panel in zip(tabs, panels):
            label = clean(tab.get_text())
            if label:
                lead = soup.new_tag(f"h{level}")
                lead.string = f"{name}（{label}）" if name else label
                panel.insert(0, lead)
        if panels and above and _text_after(panels[-1]):
            after = soup.new_tag(f"h{level}")     # what follows the tab set is the heading's again, not the last tab's
            after.string = above
            panels[-1].insert_after(after)
        tablist.decompose()


def _text_after(tag: Tag) -> bool:
    """Text follows the tag before the next heading: a heading put there would head something."""
    for node in tag.find_all_next(string=True):
        if tag in node.parents or isinstance(node, Comment) or not node.strip() \
                or node.find_parent(["script", "style", "template"]) is not None:
            continue
        return node.find_parent(list(HEADINGS)) is None
    return False


def _shown_text(tag: Tag) -> str:
    """A tag's text without what the chrome pass will drop from it (a heading's 「¶」 anchor of
    class 「toc-anchor」): read before that pass, for a title made from it."""
    def shown(node) -> bool:
        parent = node.parent
        while parent is not None and parent is not tag:
            if _is_chrome(parent):
                return False
            parent = parent.parent
        return True
    return clean("".join(text for text in tag.find_all(string=True) if shown(text)))


def _unmarked_panels(tablist: Tag, tabs: list[Tag]) -> list[Tag]:
    """The panels of tabs whose panels no role marks (Wiki.js's 「.tabset-content」 of one
    「.tabset-panel」 a tab): the element right after the row of labels, when it holds one
    element of one kind for each tab."""
    box = tablist.find_next_sibling()
    children = box.find_all(True, recursive=False) if box is not None else []
    if not tabs or len(children) != len(tabs) or len({child.name for child in children}) != 1:
        return []
    return children


def _flatten_deep(soup: BeautifulSoup, limit: int = MAX_DEPTH) -> None:
    """Unwrap elements nested deeper than `limit` (5,000 nested <div>s happen in exports).

    The text stays where it was; only the nesting goes, so the recursive walk below stays
    far from Python's recursion limit.
    """
    depth: dict[int, int] = {id(soup): 0}
    deep: list[Tag] = []
    for node in soup.descendants:
        if isinstance(node, Tag):
            level = depth.get(id(node.parent), 0) + 1
            depth[id(node)] = level
            if level > limit:
                deep.append(node)
    for tag in reversed(deep):
        if tag.name in HEADINGS or tag.name in ("li", "dt", "dd", "table", "tr", "td", "th", "pre"):
            continue
        tag.unwrap()


CONTENT_SHARE = 0.6      # a title's container holding this share of the page's text is the article
MOST_OF_PAGE = 0.5       # a part named like chrome that holds this share of the text is no chrome


def _content_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: <main>, role=main or <article> when the page has one.

    Without them, the nearest container of the H1 that holds most of the page's text:
    hand-made pages put notice bars, side columns and copyright lines beside it, under
    class names no list foresees.
    """
    for candidate in (soup.find("main"), soup.find(attrs={"role": "main"}), _articles(soup)):
        if isinstance(candidate, Tag):
            return _sole_article(candidate) or candidate
    body = soup.body or soup
    title = body.find("h1")
    if title is None or title.parent is body:      # rendered Markdown: the body is the article
        return body
    total = len(body.get_text(strip=True))
    for container in title.parents:
        if container is body or container.parent is None:
            break
        if len(container.get_text(strip=True)) >= CONTENT_SHARE * total:
            return container
    return body


def _sole_article(main: Tag) -> Tag | None:
    """The one <article> of a page's main region, when it holds most of its text: what lies
    beside it there is the post's furniture (Jianshu's author card, like bar, 「赞赏支持」 box and
    comments, under class names made unreadable).  The title set above it heads it."""
    if main.name == "article":
        return None
    articles = [a for a in main.find_all("article") if a.find_parent("article") is None]
    if len(articles) != 1:
        return None
    article = articles[0]
    if len(article.get_text(strip=True)) < CONTENT_SHARE * len(main.get_text(strip=True)):
        return None
    title = main.find("h1")
    if title is not None and article not in title.parents:
        if title.find_next("article") is not article:
            return None             # a title below the article titles something else
        article.insert(0, title.extract())
    return article


def _title_beside(root: Tag) -> None:
    """A page that sets its title beside the <article> holding the text (Sohu), whose own parts may
    be titled with <h1>s too (Toutiao's 「<h1 class="pgc-h-arrow-right">一、…</h1>」): the title
    heads the article, or the page's <title> (with its keywords) or its first part's heading would
    be taken for it."""
    if root.name != "article" or len(root.find_all("h1")) == 1:
        return
    title = root.find_previous("h1")
    # beside it: the title's box and the article share a parent (Sohu's 「div.text-title > h1」 over
    # 「article#mp-editor」, Toutiao's title over its article)
    if title is not None and title.parent is not None and any(
            box is not None and box in root.parents for box in (title.parent, title.parent.parent)):
        root.insert(0, title.extract())


def _articles(soup: BeautifulSoup) -> Tag | None:
    """The page's <article>; on a Q&A site the question and each answer are one (SegmentFault,
    Stack Exchange): then what holds them all, as long as the others say as much as the first."""
    articles = [a for a in soup.find_all("article") if a.find_parent("article") is None]
    if len(articles) < 2:
        return articles[0] if articles else None
    first, others = articles[0], articles[1:]
    if sum(len(a.get_text(strip=True)) for a in others) < len(first.get_text(strip=True)):
        return first        # teasers of other posts beside the one article
    common = next((p for p in first.parents if all(p in a.parents for a in others)), None)
    if common is None or common.name in ("body", "html", "[document]"):
        return first
    title = soup.find("h1")
    if title is not None:
        # each answer answers the question, not the heading of the answer before it (as a
        # forum's replies: `_forum_replies`)
        name = clean(title.get_text()).replace("\n", " ")
        for answer in others:
            answer.insert(0, soup.new_tag("h2", string=name + REPLY_SUFFIX))
    return common


# ---- text extraction ----------------------------------------------------------------------

def _raw_text(node: Tag | NavigableString, skip: frozenset[str] = frozenset()) -> str:
    """Concatenate a node's text without adding spaces; block children are separated by <br> marks."""
    if isinstance(node, NavigableString):
        return str(node)
    if node.name == "br":
        return _BR
    if node.name in skip:
        return ""
    inner = "".join(_raw_text(child, skip) for child in node.children)
    return f"{_BR}{inner}{_BR}" if node.name in BLOCK_TAGS else inner


def _strong_lead(tag: Tag) -> str:
    """Return the text of a <strong>/<b> the block starts with, if any."""
    return _lead_of(tag.children)


def _lead_of(nodes) -> str:
    for child in nodes:
        if isinstance(child, NavigableString):
            if child.strip():
                return ""
            continue
        if child.name in STRONG_TAGS:
            return clean(_raw_text(child))
        if child.name in ("p", "span", "a") or child.name in BLOCK_TAGS:
            return _strong_lead(child)
        return ""
    return ""


def _line_leads(nodes: list) -> list[str]:
    """The bold text each <br> line of a block starts with, without its number
    (「<b>1. 手机是国行。</b>大陆版…<br><b>2. …</b>」): numbered lines keep their bold leads, which
    tell a list of reasons or options from one of steps (fragment._is_procedure_list)."""
    leads, line = [], []
    for child in [*nodes, None]:
        if child is None or (isinstance(child, Tag) and child.name == "br"):
            lead = clean(_lead_of(line))
            start = _item_number(lead)[1]
            if lead[start:]:
                leads.append(lead[start:])
            line = []
        else:
            line.append(child)
    return leads


# ---- walking ------------------------------------------------------------------------------

@dataclass
class _Heading:
    level: int
    title: str
    anchor: str          # "" when the heading has no id attribute
    bold: bool = False


@dataclass
class _Walker:
    events: list[_Heading | Block] = field(default_factory=list)
    lists: int = 0

    def block(self, kind: str, text: str, tag: Tag | None = None, lead: str = "", **extra: object) -> None:
        text = text if kind == "pre" else clean(text)
        if text and not (kind == "p" and (_EDIT_STAMP.match(text) or _SLIDE_COUNTER.match(text))):
            lead = _strong_lead(tag) if tag is not None else lead
            self.events.append(Block(kind=kind, text=text, strong_lead=lead, **extra))

    def walk(self, container: Tag, skip: Tag | None = None) -> None:
        inline: list[Tag | NavigableString] = []

        def flush() -> None:
            if inline:
                # text typed straight into a <div> (a help-desk editor's lines) leads with bold as a <p> does
                self.paragraph("".join(_raw_text(n) for n in inline), lead=_lead_of(inline), nodes=list(inline))
                inline.clear()

        for child in container.children:
            if child is skip:
                continue
            if isinstance(child, Tag) and child.name in BLOCK_TAGS:
                flush()
                self.element(child)
            elif isinstance(child, Tag) and _holds_blocks(child):
                flush()
                self.walk(child)        # <font> around a whole page part, tables included (old CMS pages)
            elif isinstance(child, (Tag, NavigableString)):
                inline.append(child)
        flush()

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name in HEADINGS:
            # a heading is one line, whatever <br> its page breaks it with (Tilda's two-line title)
            title = clean(_raw_text(tag)).replace("\n", " ")
            if reply := _REPLY_PREFIX.match(title):     # a forum reply's 「Re: <subject>」 (phpBB)
                title = title[reply.end():] + REPLY_SUFFIX
            self.events.append(_Heading(HEADINGS[name], title, str(tag.get("id", "")), bold=bool(_strong_lead(tag))))
        elif name == "p":
            self.paragraph(_raw_text(tag), tag)
        elif name in ("ul", "ol"):
            self.list(tag)
        elif name == "dl":
            for item in tag.find_all(["dt", "dd"]):
                self.block(item.name, _raw_text(item), item)
        elif name == "pre":
            self.block("pre", tag.get_text().strip("\n"))
        elif name == "table":
            rows = [row.find_all(["td", "th"], recursive=False) for row in _rows(tag)]
            if is_layout(rows):
                for cells in rows:          # a page laid out with a table: its cells are containers
                    for cell in cells:
                        self.walk(cell)
                return
            # a cell's lines are items of it (「1021 123ABC02<br>1021 123ABC02 3」), not one run of words
            self.table([texts for texts in ([clean(_raw_text(c)).replace("\n", " / ") for c in cells] for cells in rows)
                        if any(texts)])
        elif name == "blockquote":
            self.block("quote", _raw_text(tag), tag)
        elif name == "details":
            self.details(tag)
        elif name == "hr":
            self.events.append(Block(kind="hr", text=""))      # a rule ends an answer (a footer follows)
        else:
            self.walk(tag)

    def paragraph(self, raw: str, tag: Tag | None = None, lead: str = "", nodes: list | None = None) -> None:
        """A paragraph as typed: in a page typed into a CMS editor <br><br> breaks paragraphs,
        and a line opening a question, an answer or a numbered part stands alone (「問：…<br>答：…」),
        so that questions pair with answers and parts become headings as in any other page."""
        pieces = _PARAGRAPH_BREAK.split(raw) if _BR in raw else [raw]
        nodes = list(tag.children) if tag is not None else nodes or []
        for k, piece in enumerate(pieces):
            self._lines(piece, tag if k == 0 else None, lead if k == 0 else "", nodes)

    def _lines(self, raw: str, tag: Tag | None, lead: str = "", nodes: list | None = None) -> None:
        if _BR not in raw and "\n" not in raw.strip() and not raw.lstrip().startswith(("「", "『", "“")):
            self.block("p", raw, tag, lead)     # one line: nothing to pair, number or split
            return
        if is_properties(raw):
            self.block("meta", raw, tag)
            return
        if (groups := qa_lines(raw)) is not None:
            for group in groups:
                self.block("p", group)
            return
        lines = numbered_lines(raw)
        if lines is not None:
            lead, items = lines
            for j, part in enumerate(standalone_lines(lead) if lead else []):
                self.block("p", part, tag if j == 0 else None)
            list_id, self.lists = self.lists, self.lists + 1
            leads = _line_leads(nodes or [])
            for item in items:
                lead = next((x for x in leads if item.startswith(x)), "")
                self.block("li", item, None, lead, ordered=True, list_id=list_id)
            return
        # the tag's bold leads its first line with text (a <p>'s text opens on a line break)
        for j, part in enumerate(part for part in standalone_lines(raw) if part.strip()):
            self.block("p", part, tag if j == 0 else None)

    def table(self, rows: list[list[str]]) -> None:
        """A table, or what a CMS editor made with one: a FAQ table (问题 | 解答) becomes
        question and answer blocks, a steps table (步骤 | 操作, numbered 1, 2, 3…) an ordered list."""
        kind = table_kind(rows)
        if kind == "qa":
            for question, answer, *_ in rows[1:]:
                self.block("p", f"问：{question}")
                self.block("p", f"答：{answer}")
        elif kind == "steps":
            list_id, self.lists = self.lists, self.lists + 1
            for _, *rest in rows[1:]:
                self.block("li", "：".join(c for c in rest if c), ordered=True, list_id=list_id)
        else:
            self.block("table", _BR.join(" | ".join(cells) for cells in rows))

    def details(self, tag: Tag) -> None:
        """An accordion entry (<details><summary>问题？</summary>答案</details>, the FAQ of many
        CMS pages) reads as a definition list: the summary is the term, its content the definition.
        The summary keeps its kind: one that asks nothing is a heading the reader clicks open."""
        summary = tag.find("summary", recursive=False)
        if summary is None:
            self.walk(tag)
            return
        self.block("summary", _raw_text(summary), summary)
        inner = _Walker(lists=self.lists)
        inner.walk(tag, skip=summary)
        self.lists = inner.lists
        self.events.extend(Block(kind="dd", text=e.text, strong_lead=e.strong_lead) if isinstance(e, Block) else e
                           for e in inner.events)

    def list(self, tag: Tag) -> None:
        """A list's items, each with its bullets. An ordered list in a bullet is a procedure
        of its own (「- 方法一：拨号⏎  1. 拨 *100#」); in a numbered item it holds that step's
        sub-steps (「1. 准备证件⏎   1. 护照」), which belong to the step as its bullets do."""
        list_id = self.lists
        self.lists += 1
        for item in tag.find_all("li", recursive=False):
            own = tag.name == "ol"
            self.block("li", _raw_text(item, skip=frozenset() if own else frozenset({"ol"})), item,
                       ordered=own, list_id=list_id)
            if own:
                continue
            for nested in item.find_all("ol", recursive=False):
                self.list(nested)
            for wrapper in item.find_all(["p", "div"], recursive=False):
                for nested in wrapper.find_all("ol", recursive=False):
                    self.list(nested)


# ---- title and sections -------------------------------------------------------------------

@dataclass
class _Node:
    level: int
    title: str
    anchor: str
    blocks: list[Block] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(self.level, self.title, self.anchor, tuple(self.blocks),
                       tuple(child.freeze() for child in self.children))


def _page_title(soup: BeautifulSoup) -> str:
    tag = soup.find("title")
    return clean(tag.get_text()) if isinstance(tag, Tag) else ""


def title_part(page_title: str, content: str) -> str:
    """The article's own part of a page title that also names the site or section
    (「來電顯示 - 常見問題 - 客戶服務」, 「旅哈通訊服務網 - 欠費停機」, Confluence's 「空间 : 页面」):
    the longest part the article's text repeats; else the first one.

    >>> title_part("旅哈通訊 - 欠費停機與復機", "欠費停機與復機 如果…")
    '欠費停機與復機'
    >>> title_part("如何充值 | 帮助中心", "")
    '如何充值'
    >>> title_part("USSD 排查手册（第 3 版）- 腾讯文档", ""), title_part("流量对不上？_百度知道", "")
    ('USSD 排查手册（第 3 版）', '流量对不上？')
    >>> title_part("Wi-Fi 通话 - 帮助", ""), title_part("file_name 说明", "")
    ('Wi-Fi 通话', 'file_name 说明')
    """
    parts = [part.strip() for part in _TITLE_PARTS.split(page_title) if part.strip()]
    if len(parts) <= 1:
        return page_title.strip()
    text = "".join(content.split())
    shown = [part for part in parts if "".join(part.split()) in text]
    return max(shown, key=len) if shown else parts[0]


def _pick_title(events: list[_Heading | Block], page_title: str, stem: str) -> tuple[str, int]:
    """Return the article title and the index of the event it consumed (-1 if none)."""
    for i, event in enumerate(events):
        if isinstance(event, _Heading) and event.level == 1 and event.title:
            return event.title, i
    first = events[0] if events else None
    if page_title:
        # a page that shows its title as a bold line above the text (an old CMS's <font><b>), or
        # as its first heading of a lower level (Xiaohongshu's note title, an <h2>, emoji after it)
        same = isinstance(first, Block) and first.kind == "p" and first.text == page_title \
            or isinstance(first, _Heading) and first.title.startswith(page_title)
        return page_title, 0 if same else -1
    if isinstance(first, Block) and first.kind == "p" and first.strong_lead == first.text:
        return first.text, 0
    if isinstance(first, Block) and _is_title_line(first) and len(events) > 1 \
            and not any(isinstance(e, _Heading) for e in events):
        return first.text, 0          # plain text: its first line, short and unpunctuated, titles the rest
    return stem, -1


def _is_title_line(block: Block) -> bool:
    return (block.kind == "p" and len(block.text) <= HEADING_MAX and "\n" not in block.text
            and not HEADING_END.search(block.text))


# 「二、资费」: how Chinese documents number parts; 「02 资费」: how WeChat articles badge them
_ORDINAL_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|0[1-9][\s、.．])")
_BRACKET_HEADING = re.compile(r"^【([^【】]+)】$")       # 「【处理时限】」: how scripts and WeChat posts title parts
_FAQ_HEADING = re.compile(r"^(?:常见|常見)?(?:问题|問題|问答|問答)(?:解答|汇总|彙總)?$|^(?:FAQs?|Q\s*&\s*A)$", re.IGNORECASE)
_SUB_NUMBER = re.compile(r"^\s*(?:[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|\d+\.\d+)")


def promote_bold_headings(events: list[_Heading | Block], skip: int) -> list[_Heading | Block]:
    """In a page without sub-headings, short all-bold paragraphs are its headings, and so are
    short lines numbered 「一、」「二、」, lines that are only a 【bracketed title】 (the heading is
    the title without its brackets) and a line that only says 常见问题 (bold or not).

    Pages exported from Word, typed into a CMS editor or kept as plain text mark their sections
    with such lines (「一、如何开通」) instead of <h2>; without this the whole page is one passage.
    A bold line numbered 「（一）」/「(1)」/「1.1」 is one level down, so numbered ones
    become the steps of the line above them, as numbered sub-headings do.
    """
    if any(isinstance(e, _Heading) and e.level >= 2 for k, e in enumerate(events) if k != skip):
        return _bold_subheadings(events, skip)      # (the title itself may be an <h2>: Xiaohongshu's)
    candidates = [i for i, e in enumerate(events)
                  if i != skip and isinstance(e, Block) and _is_title_line(e)
                  and (e.strong_lead == e.text or _ORDINAL_HEADING.match(e.text) or _BRACKET_HEADING.match(e.text)
                       or _FAQ_HEADING.match(e.text))]
    # a note's pictograph titles, each over some text that is not another one (a run of 📍 lines is a list)
    candidates += [i for i, e in enumerate(events[:-1])
                   if i != skip and isinstance(e, Block) and e.kind == "p" and is_emoji_title(e.text)
                   and isinstance(events[i + 1], Block) and not is_emoji_title(events[i + 1].text)]
    candidates = sorted(set(candidates))
    if len(candidates) < 2:
        return events
    out = list(events)
    for i in candidates:
        text = _BRACKET_HEADING.sub(r"\1", events[i].text)
        text = text[1:].lstrip("\ufe0f ") if is_emoji_title(text) else text
        out[i] = _Heading(3 if _SUB_NUMBER.match(text) else 2, text, "", bold=True)
    return out


def _bold_subheadings(events: list[_Heading | Block], skip: int) -> list[_Heading | Block]:
    """In a page with headings, a part holding two or more short all-bold lines, each over some
    text, has them as its sub-headings (「WhatsApp」, 「LINE」 under 「四、記錄轉移」): a writer in
    a word processor or a help-desk editor bolds a line where a Heading 3 would go."""
    out: list[_Heading | Block | None] = list(events)
    again: dict[int, _Heading] = {}     # the part's heading, repeated where its text goes on after labelled lists
    part: _Heading | None = None
    level, run = 1, []
    for i, event in enumerate(events + [_Heading(1, "", "")]):
        if isinstance(event, _Heading):
            if len(run) >= 2:
                for j in run:
                    out[j] = _Heading(min(level + 1, 6), events[j].text, "", bold=True)
                after = _after_labelled_lists(events, run, i)
                if after is not None and after > skip and part is not None and part.title:
                    again[after] = replace(part, anchor="")
            level, run = event.level, []
            part = event if i != skip else replace(event, title="")
        elif i != skip and isinstance(event, Block) and _is_title_line(event) and event.strong_lead == event.text \
                and i + 1 < len(events) and not isinstance(events[i + 1], _Heading):
            run.append(i)
    return [e for i, item in enumerate(out) for e in ((again[i], item) if i in again else (item,))]


def _after_labelled_lists(events: list[_Heading | Block], labels: list[int], end: int) -> int | None:
    """Where the part's own text goes on after bold labels that each stand over a list (「**Kcell**」,
    「**Beeline**」 over their numbered steps): a label names the list under it, so what follows the
    last label's list (a note on all of them) is no more its own; None when a label stands over
    other text or is numbered (「二、排查顺序」: it titles a part of the writer's, which runs to the
    next heading), or when nothing follows."""
    if not all(isinstance(events[j + 1], Block) and events[j + 1].kind == "li"
               and not _ORDINAL_HEADING.match(events[j].text) and not _SUB_NUMBER.match(events[j].text) for j in labels):
        return None
    k = labels[-1] + 1
    while k < end and isinstance(events[k], Block) and events[k].kind == "li":
        k += 1
    return k if k < end and isinstance(events[k], Block) and events[k].kind != "hr" else None


def number_paragraph_runs(events: list[_Heading | Block], first_list_id: int) -> list[_Heading | Block]:
    """Consecutive paragraphs numbered 1, 2, 3… (「<p>1. 拨打客服热线</p><p>2. …」) are an ordered list."""
    out: list[_Heading | Block] = []
    list_id = first_list_id
    i = 0
    while i < len(events):
        end, items = i, []
        while end < len(events):
            event = events[end]
            number, start = _item_number(event.text) if isinstance(event, Block) and event.kind == "p" else (0, 0)
            if number != len(items) + 1:
                break
            marker = event.text[:start]
            lead = event.strong_lead[start:] if event.strong_lead.startswith(marker) else ""
            items.append(Block("li", event.text[start:], ordered=True, list_id=list_id, strong_lead=lead))
            end += 1
        if len(items) >= 2:
            out.extend(items)
            list_id += 1
            i = end
        else:
            out.append(events[i])
            i += 1
    return out


def _unique(anchor: str, taken: set[str]) -> str:
    candidate, n = anchor, 1
    while candidate in taken:
        n += 1
        candidate = f"{anchor}-{n}"
    taken.add(candidate)
    return candidate


def _tree(events: list[_Heading | Block], skip: int) -> Section:
    root = _Node(0, "", ROOT_ANCHOR)
    taken = {ROOT_ANCHOR}
    stack = [root]
    for i, event in enumerate(events):
        if i == skip:
            continue
        if isinstance(event, Block):
            stack[-1].blocks.append(event)
            continue
        while stack[-1].level >= event.level:
            stack.pop()
        node = _Node(event.level, event.title, _unique(event.anchor or slugify(event.title), taken))
        stack[-1].children.append(node)
        stack.append(node)
    return root.freeze()


def title_fallback(source: Source) -> str:
    """Return the title an article gets when it has none: its file stem."""
    return PurePosixPath(source.path).stem


def read_html(html: str) -> BeautifulSoup:
    """The page's tree, read as a browser reads it: an XHTML page (Evernote's export, with its
    <?xml?> declaration) is HTML to a browser, so bs4's warning that it may be XML says nothing."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(html, "lxml")


def parse_article(source: Source) -> Article:
    """Parse a Source into an Article with its section tree and links."""
    html, page_title = render(source)
    soup = read_html(html)
    if source.format == "html":
        page_title = _page_title(soup)
        bbs_post(soup)          # a BBS post's web view (PTT): its fields, its text as plain text, its pushes
        telegram_chat(soup)     # a chat Telegram Desktop exported as HTML: its name, each post a part, no furniture
        discord_channel(soup)   # a channel DiscordChatExporter exported as HTML: its name, read as a chat
        wechat_chat(soup)       # a WeChat chat WechatExporter exported as HTML: its name, read as a chat
        forum_thread(soup)      # a Douban, Tieba, LIHKG, old Reddit or XenForo thread (or Zhidao): its subject, each reply a part, no post cards
    elif "<aside" in html:
        for aside in soup.find_all("aside"):
            aside.name = "div"      # an <aside> its author typed into Markdown is a callout (Notion), not a sidebar
    _flatten_deep(soup)
    _clean_tree(soup)
    _drop_boilerplate(soup, page=source.format == "html")
    if source.format == "html":     # what page builders and sites write; rendered Markdown has neither
        _styled_headings(soup)
        _drop_buttons(soup)
    root = _content_root(soup)
    _title_beside(root)
    if source.format == "html":
        page_title = title_part(page_title, root.get_text())
    walker = _Walker()
    walker.walk(root)
    links = tuple(
        Link(clean(_raw_text(a)), str(a["href"])) for a in root.find_all("a", href=True)
    )
    events = number_paragraph_runs(join_callout_labels(drop_bylines(cut_at_end_mark(walker.events))), walker.lists)
    title, consumed = _pick_title(events, page_title, title_fallback(source))
    events = promote_bold_headings(events, consumed)
    return Article(
        id=source.article_id,
        title=title,
        path=source.path,
        sha256=source.sha256,
        format=source.format,
        root=_tree(events, consumed),
        links=links,
    )
