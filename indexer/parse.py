"""Parse a `Source` into an `Article`: cleaned text blocks grouped under the headings that own them.

Pure: no I/O. `render` has made every format HTML (Markdown and `.txt` through markdown-it),
so one walker serves them all. `parse_article` runs the stages in order:

1. read the HTML (`read_html`); a page one of the site readers recognises strictly (a BBS post,
   a Telegram, Discord or WeChat export, an e-mail Outlook saved, a forum thread) is first rewritten by it;
2. clean the tree (`indexer.clean`): remove what a reader does not see as the article (chrome
   by tag, role and class words, comments, images, menus, bracketed link noise `[[TG](…)]`),
   rewrite what other tools write into the HTML the walker reads, and keep the element that
   holds the article (`<main>` / `<article>` / `role=main` when the page has one);
3. walk the tree into headings and blocks (p, li, dt/dd, pre, table, quote);
   inline text is joined without spaces, whitespace collapsed only where the
   source had whitespace (`indexer.html_text`);
4. apply the line rules to the blocks: an end mark, by-lines, callout labels, numbered runs;
5. pick the title (first H1, else `<title>` without its site suffix, else a
   leading all-bold paragraph, else the file stem) and nest sections by level.

The module holds, in this order: the line and text rules, text extraction, the walker, the
title and sections, and `parse_article`.

Nested lists: a nested bullet list belongs to its item (a step's sub-points are part
of the step); a nested numbered list is a list of its own — its items become `li` blocks
with their own list_id, and the parent item's text stops before it.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning

from indexer.analysis import writes_traditional
from indexer.clean import BACK_TO_LIST, FILING, REPLY_SUFFIXES, clean_tree, reply_title, content_root
from indexer.comments import may_hold_comments, page_comments, parts_level, tree_state
from indexer.html_text import (BLOCK_TAGS, BR, CJK, HEADINGS, RUSSIAN_MONTH, SCOPE_FIELD, SCOPE_FIELD_MAX, SIGN_OFF,
                               TITLE_GLYPH, WRITER, clean, code_text, gives_number, is_br, page_marks, raw_text,
                               table_rows)
from indexer.model import Article, Block, Link, Section, Source
from indexer.render import render
from indexer.render_text import HEADING_END, HEADING_MAX
from indexer.sites.bbs import bbs_post
from indexer.sites.blogs import COMMENTS_TITLE, COMMENTS_TITLES, blog_post
from indexer.sites.bluesky import bluesky_thread
from indexer.sites.bugzilla_bug import bugzilla_bug
from indexer.sites.classroom_stream import classroom_stream
from indexer.sites.discord import discord_channel
from indexer.sites.edmodo_stream import edmodo_stream
from indexer.sites.facebook import facebook_post
from indexer.sites.google_chat import google_chat_space
from indexer.sites.google_keep import keep_note
from indexer.sites.hyperkitty_thread import hyperkitty_thread
from indexer.sites.pipermail_message import pipermail_message
from indexer.sites.instagram import instagram_post
from indexer.sites.kaiten_card import kaiten_card
from indexer.sites.kuaishou import kuaishou_video
from indexer.sites.linear_issue import linear_issue
from indexer.sites.mastodon import mastodon_status, pleroma_static
from indexer.sites.mattermost import mattermost_channel
from indexer.sites.mentimeter_results import mentimeter_results
from indexer.sites.message_feed import message_feed
from indexer.sites.messenger import messenger_chat
from indexer.sites.misskey import misskey_note
from indexer.sites.mubu import mubu_outline
from indexer.sites.nabble_topic import nabble_topic
from indexer.sites.olark_transcript import olark_transcript
from indexer.sites.outlook import outlook_mail
from indexer.sites.pachca import pachca_channel
from indexer.sites.qyer_ask import qyer_ask
from indexer.sites.rocketchat import rocketchat_room
from indexer.sites.schoology_feed import schoology_feed
from indexer.sites.slack import slack_channel
from indexer.sites.slido_event import slido_event
from indexer.sites.teams import teams_channel
from indexer.sites.telegram import telegram_chat, telegram_preview
from indexer.sites.threads import forum_thread
from indexer.sites.tiddlywiki import tiddlywiki_story
from indexer.sites.tiktok import tiktok_video
from indexer.sites.trello_card import trello_card
from indexer.sites.twitter import x_thread
from indexer.sites.vk import vk_post
from indexer.sites.wechat import wechat_chat
from indexer.sites.youtrack_issue import youtrack_issue
from indexer.sites.zulip import zulip_topic

# ---- line and text rules ------------------------------------------------------------------

STRONG_TAGS = frozenset({"strong", "b"})
ROOT_ANCHOR = "intro"
# (Cyrillic letters are kept: a Russian heading's anchor was 「section」, 「section-2」…, holdout128's Satu.kz page;
# a heading 「客户说来电显示是「Неизвестный номер」怎么办」 lost its words, Pipedrive's)
_SLUG_JUNK = re.compile(r"[^a-z0-9\u0430-\u045f\u0460-\u04ff\u4e00-\u9fff]+")
# 「页名 - 站名」; after a CJK character or bracket the space before the bar may be missing
# (「…乱码）- 腾讯文档」), and Baidu joins its sites' names with a bare 「_」 (「…吗？_百度知道」)
_TITLE_PARTS = re.compile(rf"\s+[-|–—_｜:]\s+|(?<=[{CJK}])[-|–—｜]\s+|(?<=[{CJK}])_(?=[{CJK}])")


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


def numbered_lines(raw: str) -> tuple[str, list[str], str] | None:
    r"""A paragraph written as an enumeration, one item a line (「1、打开 App⏎2、点击充值」): the lines
    before the first item, the items without their numbers, and the text after them; None for an
    ordinary paragraph.

    Markdown needs a blank line and "1." for a list; Chinese editors type "1、" on the next
    line, which renders as one paragraph.  Items must count 1, 2, 3…; a line that is not an
    item continues the one before it, unless it follows items of one line each and is a whole
    sentence of several clauses: the writer went on after the list (a forum post's 「1.…<br>2.…<br>
    聽講外國人買卡要護照，…唔知買唔買到？」), which is no part of its last item.

    >>> numbered_lines("操作如下：\n1、打开 App\n2、点击充值\n并确认")
    ('操作如下：', ['打开 App', '点击充值\n并确认'], '')
    >>> numbered_lines("1. 去门市\n2. 开卡。\n我们选的套餐每月 3 490 ₸，够用。")
    ('', ['去门市', '开卡。'], '我们选的套餐每月 3 490 ₸，够用。')
    >>> numbered_lines("想问：\n1. 要几天？\n2. 要带什么？\n唔該晒！")
    ('想问：', ['要几天？', '要带什么？'], '唔該晒！')
    >>> numbered_lines("优惠日：\n1. 圣诞节\n2. 感恩节\nThanksgiving")
    ('优惠日：', ['圣诞节', '感恩节\nThanksgiving'], '')
    >>> numbered_lines("1、只有一项") is None
    True
    """
    # each line with the break before it: the lead's and the tail's lines keep theirs, a <br> (the writer's
    # line) apart from a newline of the page's source (a soft wrap, joined in `clean`)
    pieces = re.split(f"([\n{BR}])", raw)
    lines = [(sep, line) for sep, line in zip(["\n", *pieces[1::2]], pieces[::2]) if line.strip()]
    lead: list[str] = []
    items: list[str] = []
    tail: list[str] = []
    for sep, line in lines:
        number, start = _item_number(line)
        if number == len(items) + 1 and not tail:
            items.append(line[start:])
        elif tail or (items and "\n" not in "".join(items)
                      and (_CLOSING_SENTENCE.match(line.strip()) or _SIGN_OFF.match(line.strip()))):
            tail.append(sep + line if tail else line)
        elif items:
            items[-1] += "\n" + line
        else:
            lead.append(sep + line if lead else line)
    if len(items) < 2:
        return None
    return "".join(lead), items, "".join(tail)


# a bar a cell holds between spaces (「'alipay' | 'wechat'」, 「2 vCPUs | 4 GiB」): read as the row's own 「 | 」 between
# cells, it made the row a cell longer than its header (holdout290, holdout292); written 「\|」 as Markdown escapes it
_CELL_BAR = re.compile(r"(?<=\s)\|(?=\s)")
# a line that is a sentence of its own, not the wrapped end of a list item: clauses, then a full stop
_CLOSING_SENTENCE = re.compile(r"^.*[，,；;。！？!?].*[。！？!?]$")
# … or the asker's thanks signing a post off (「唔該晒！」, 「先谢谢了」, 「Thanks!」): no part of the last question
# (holdout255's Discuss.com.hk thread: 「3. 要帶咩文件？<br>唔該晒！」 read 「要帶咩文件？唔該晒！」); the English words whole
# (an item's wrapped line 「Thanksgiving」 is none)
_SIGN_OFF = re.compile(r"^(?:先|提前)?(?:唔該|唔该|多謝|多谢|謝謝|谢谢|感謝|感谢|(?:thanks|thank you)\b)[^，,；;。.?？]{0,6}$",
                       re.IGNORECASE)


_PARAGRAPH_BREAK = re.compile(f"{BR}[\\s{BR}]*{BR}")
# a line that opens something of its own besides a question or an answer: a part 「一、」, a bullet
_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[•·●▪■◆]\s*)")
# a disclosure triangle typed before a summary's words (Slite's 「▸ 」): the browser draws its own marker
_DRAWN_MARKER = re.compile(r"^\s*[▸▹►▶▾▿▼]\s*")


def standalone_lines(raw: str) -> list[str]:
    r"""Split a line-broken paragraph before each line that opens something of its own.

    >>> standalone_lines("問：能退嗎？\x1e答：不能。\x1e問：收費嗎？\x1e答：免費。")
    ['問：能退嗎？', '答：不能。', '問：收費嗎？', '答：免費。']
    >>> standalone_lines("第一行\x1e第二行")
    ['第一行\x1e第二行']
    """
    parts: list[str] = []
    pieces = re.split(f"([\n{BR}])", re.sub(f"\\s*{BR}\\s*", BR, raw))
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
            and len(line) <= HEADING_MAX and BR not in line and "\n" not in line)


# a pictograph opening a line (📌 📝 💰 🔒, the squared 🆘 🆕 and the warning sign ⚠️), not one of those
# that mark list items (👉 🔹 🔸 ▪️ ✅ ❌ 1️⃣)
_EMOJI_TITLE = re.compile("^[\U0001F191-\U0001F19A\u26a0\U0001F300-\U0001F447\U0001F44A-\U0001F537\U0001F53C-\U0001FAFF]"
                          "\ufe0f?\\s*\\S")
_SLIDE_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")          # an image slider's 「1/3」
_EMOJI_TITLE_END = re.compile(r"[。！!：:；;，,、]$")


def is_emoji_title(line: str) -> bool:
    """A short line a social-media note opens with a pictograph (「📌 几岁能用孩子自己的名字办号码？」):
    how Xiaohongshu and WeChat writers title a note's parts, in text without headings. It may ask.

    >>> is_emoji_title("📌 几岁能用孩子自己的名字办号码？"), is_emoji_title("👉 先打开 App"), is_emoji_title("✅ 每月上限")
    (True, False, False)
    >>> is_emoji_title("🆘 紧急求助"), is_emoji_title("⚠️ 踩过的坑"), is_emoji_title("❌ 别开老人模式")
    (True, True, False)
    """
    line = line.strip()
    return (_EMOJI_TITLE.match(line) is not None and len(line) <= HEADING_MAX
            and not _EMOJI_TITLE_END.search(line) and BR not in line and "\n" not in line)


def _holds_blocks(tag: Tag) -> bool:
    return any(isinstance(node, Tag) and node.name in BLOCK_TAGS for node in tag.descendants)


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


# "Q:", "问：", and numbered "Q1：", "Q2.", "问题3：", "問1、"; a forum poster's 「问一下：」 (5ch's 「问一下：…？<br>答：…」, a
# phpBB post's 「问一下：…？」 over 「我自己试过了回答一下：…」: the question the post then answers, holdout223);
# "A:", "答：", "A4:"; Russian shops' and help pages'
# 「Вопрос: …」 / 「Ответ: …」, the answer often naming who gives it (Kaspi's 「Ответ продавца: …」); 「答」 may carry
# an aside in full-width brackets, who answers or how they know (「答（自己答，刚试过）：」, holdout218's Tildes comment)
QUESTION_PREFIX = re.compile(r"^\s*(?:Q|问题|問題|[问問]一下|问|問|Вопрос)\s*(?:[:：]|\d{1,3}\s*[:：.．、])\s*", re.IGNORECASE)
ANSWER_PREFIX = re.compile(r"^\s*(?:A|答(?:（[^（）:：\n]{1,16}）)?|Ответ(?:\s+(?:продавца|магазина|поддержки|специалиста))?)\s*\d{0,3}\s*[:：]\s*",
                           re.IGNORECASE)
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
    >>> qa_lines("问一下：能退吗？\n答：能。")
    ['问一下：能退吗？', '答：能。']
    """
    lines = [line for line in re.split(f"[\n{BR}]", raw) if line.strip()]
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


_ENGLISH_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a time of day as an English dateline prints it: 「05:00 AM」, 「3:30 PM PHT」, 「14:05 WIB」
_CLOCK = r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
# a Russian help desk's dating line under the title, its date and time and nothing else (Omnidesk's div.kb_item_info
# 「Последнее обновление: 18 ноября 2026 г.」, Okdesk's 「Изменена 20.11.2026 09:41」 in its kb-article__info, Usedesk's
# 「Обновлено: 12.11.2026」: holdout136); whole, so a line of any length may be one (`_EDITED_BY`)
_RUSSIAN_DATED = (r"^(?:последнее\s+|последние\s+)?(?:обновлен[оаы]?|обновление|изменен[оаы]?|изменени[ея]"
                  r"|опубликован[оаы]?|отредактирован[оаы]?)\s*[:：]?\s*"
                  rf"(?:\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\s+{RUSSIAN_MONTH}\s+\d{{4}}(?:\s*г\.)?)"
                  r"(?:,?\s+(?:в\s+)?\d{1,2}:\d{2})?$")
# a web page's dating line under its title in another language, a label and a date in figures and nothing else
# (Türk Telekom's p.last-update 「Son güncelleme: 12.11.2026」, holdout283; Nepal Telecom's p.post-date 「Published:
# 2026-09-15」, holdout281): the label says the page was published or updated, not what falls due on the date
_IBERIAN_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
                  r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)")
_NUMERIC_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_LABELLED_DATE = (r"^(?:(?:last\s+|date\s+)?(?:published|updated|modified|posted)(?:\s+on)?"
                  r"|(?:son\s+)?güncelle(?:me|nme)(?:\s+tarihi)?|güncellendi|yayın(?:lanma)?\s+tarihi"
                  r"|(?:última\s+)?(?:actualización|atualização)|actualizado|atualizado|publicado"
                  r"|(?:mis\s+à\s+jour|publié)(?:\s+le)?|aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|stand"
                  r"|(?:останнє\s+)?оновлен(?:о|ня)|опубліковано|дата\s+(?:оновлення|публікації))"
                  # (or the date in Spanish or Portuguese words: Claro's p.cmp-ayuda__fecha 「Actualizado: 18 de
                  # noviembre de 2026」, holdout308, glued over the intro)
                  rf"\s*[:：]?\s*(?:{_NUMERIC_DATE}|\d{{1,2}}\s+de\s+{_IBERIAN_MONTH}\s+de\s+\d{{4}})$")
_BYLINE = re.compile(rf"{_LABELLED_DATE}|"
                     r"^(?:.{1,20}[·•|]\s*)?"       # after the page's section: 「安全与紧急情况 · 更新于…」
                     r"(?:(?:本文|本页|本頁)?(?:最近|最后|最後)?(?:(?:更新|修改|发布|發布|编辑|編輯)(?:于|於|时间|時間|日期|在)?"
                     r"|日期"       # … or the bare label of a news CMS's info line (「来源：… 日期：2025-08-05」)
                     # … or a Japanese help centre's, its day named 「日」 (PayPay's p.p-help-article__date
                     # 「更新日：2026年9月30日」 opened the page's first part, holdout229)
                     r"|(?:最終)?(?:更新|公開|掲載)日)"
                     r"\s*[:：]?\s*\d{4}\s*[年\-/.]"
                     r"|\d{1,3}\s*(?:min|mins|minute|minutes) read\b|\d{1,3}\s*分[钟鐘](?:阅读|閱讀))"
                     r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
                     r"|^\d{1,2}\.\d{1,2}\.\d{4}$|^\d{4}-\d{2}-\d{2}$"   # 「18.11.2026」 (1C-Bitrix)
                     r"|^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}$"      # … with its time (a news app's 「2026-11-20 09:12」)
                     # a Russian date alone, its time after 「в」: Boosty's 「14 окт 2026 в 21:40」 under the title
                     rf"|^\d{{1,2}}\s+{RUSSIAN_MONTH}\s+\d{{4}}(?:\s*г\.)?"
                     r"(?:,?\s+(?:в\s+)?\d{1,2}:\d{2})?$"
                     # an English date alone, a blog engine's <time> under the title: Write.as's 「May 18, 2026」,
                     # Bear Blog's 「09 Mar, 2026」
                     rf"|^(?:\d{{1,2}}\s+{_ENGLISH_MONTH},?|{_ENGLISH_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}$"
                     r"|^\d{1,2}\s+\d{1,2}\s*月\s+\d{4}$"       # 「14 9月 2026」: Grav's Quark 「d M Y」 in a Chinese locale
                     r"|^(?:last )?(?:updated|edited|modified)\b.{0,30}(?:\bago|\d{4})$"       # GitBook's 「Last updated 6 days ago」
                     rf"|{_RUSSIAN_DATED}"
                     r"|^(?:责任编辑|責任編輯)[:：]\s*\S{0,20}$"                # a news site's editor (Sohu, Sina, NetEase)
                     # … in brackets, a paragraph closing the text (IT168's p.edit-end 「（责任编辑：李蔓）」, holdout307:
                     # glued under the article's 小结)
                     r"|^[（(](?:责任编辑|責任編輯)[:：]\s*[^\s（）()]{1,20}[）)]$"
                     # a news site's source with its dateline, the author's field before it gone as a by-line's
                     # (电玩巴士's div.article-main-info 「来源：电玩巴士 2026-11-18 14:32」, holdout303: glued over the 导读)
                     r"|^(?:来源|來源)\s*[:：]\s*[^\d\s，,。：:]{1,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$"
                     r"|^(?:最后|最後|最近)?(?:更新|编辑|編輯)(?:于|於)?\s*\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前$",
                     re.IGNORECASE)
# a by-line's reading time, a field beside its date (Movistar's p.ayuda-articulo__fecha 「Actualizado: 18/11/2026 ·
# Lectura: 4 min」, Batelco's 「Last updated 20 November 2026 · Reading time 5 min」, holdout309: glued over the intro)
_READING_TIME = re.compile(r"^(?:reading time|read time|tiempo de lectura|lectura|tempo de leitura|leitura|阅读时间|閱讀時間)"
                           r"\s*[:：]?\s*(?:about\s+|aprox\.?\s+|约|約)?\d{1,3}\s*(?:min|mins|minutes?|minutos?|分钟|分鐘)\.?$",
                           re.IGNORECASE)
# Dropbox Paper's 「Created by 王小雨 · Last edited by Aigerim S. on Nov 14, 2026 4:37 PM」, XWiki's 「Last modified by
# Aigerim Nurlanova on 2025/03/14 16:22」 and 「Created by Chen Jing on 2023/09/02 11:05」
_EDITED_BY = re.compile(r"^(?:created|(?:last )?(?:edited|modified|updated|changed)) by\b.{0,100}\d{4}"
                        r"|^posted @ \d{4}-\d{2}-\d{2}"    # cnblogs' 「posted @ 2026-11-20 10:02 作者 阅读()…」
                        # … in Chinese, the editor's name before the date (Zoho Wiki's div.zw-page-info
                        # 「最後修改：王淑芬，2026 年 10 月 28 日 · 版本 14」)
                        r"|^(?:最近|最后|最後)(?:修改|编辑|編輯|更新)(?:者|人)?\s*[:：]\s*[^\d，,：:]{1,20}[，,]\s*\d{4}\s*[年\-/.]"
                        # a news site's dateline: the date with its time, labelled 「Published」 or 「Updated」 (The
                        # Straits Times' 「Published Nov 21, 2026, 05:00 AM」), or after the paper's name, the time
                        # first (Inquirer's 「Inquirer.net / 08:15 PM November 22, 2026」), its zone after it (「PHT」)
                        rf"|^(?:(?:published|updated|posted)(?:\s+on)?\s*:?\s+|[\w.]{{2,30}}\s*/\s*)?"
                        rf"(?:{_CLOCK},?\s+)?"
                        rf"(?:\d{{1,2}}\s+{_ENGLISH_MONTH},?|{_ENGLISH_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}"
                        rf"(?:,?\s+(?:at\s+)?{_CLOCK})?$"
                        rf"|{_RUSSIAN_DATED}",
                        re.IGNORECASE)


# who wrote or compiled the page, a field of its by-line: 「整理：阿 Ken、Joyce」「作者：Dana」
_CREDIT = re.compile(r"^(?:整理|作者|编辑|編輯|撰文|撰稿|文|校对|校對|审核|審核|审校|審校|翻译|翻譯|排版|供稿|主编|主編"
                     r"|author|editor|compiled by|written by|автор|редактор)\s*[:：]?\s*\S.{0,40}$", re.IGNORECASE)
# a by-line's links to the page in another form (Okdesk's 「Автор: … · Изменена … · Скачать PDF · Печать」): the page's
# own actions, no text of it
_PAGE_ACTION = re.compile(r"^(?:скачать(?:\s+в)?\s+pdf|печать|распечатать|версия для печати|download(?:\s+as)?\s+pdf"
                          r"|print(?:\s+this\s+(?:page|article))?|打印|列印|下载\s*pdf|下載\s*pdf|导出\s*pdf|匯出\s*pdf)$",
                          re.IGNORECASE)
_BYLINE_FIELDS = re.compile(r"\s*[·•|｜]\s*")
# the bare name of whoever keeps the page, a by-line's field beside its date: words only, no figure, label or sentence
_KEEPER = re.compile(r"^[^\d:：，,。.!！?？;；「」“”()（）]{2,30}$")
# … or set side by side in spans, where it was published from last (腾讯新闻's media-info: 「2026-11-20 09:12 发布于 北京」)
_PLACE_FIELD = re.compile(r"\s+(?=(?:发布于|發佈於|發布於|ip\s*属地|ip\s*屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}$)", re.IGNORECASE)
# … or typed one after another, each opening with its label (「整理：阿斯塔纳华人商会　更新：2026 年 11 月 14 日」)
_LABELLED_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{1,6}\s*[:：])")


def is_byline(text: str) -> bool:
    """A paragraph that only dates the page (「本文更新于2025年9月」, 「更新于 2025-04-18 · 作者：…」,
    「2026年11月5日」, Medium's 「7 min read · Nov 10」), with whoever wrote or compiled it
    (「最後更新：2026 年 11 月 18 日 ｜ 整理：阿 Ken、Joyce、Raymond」):
    page furniture that a Word export or a CMS without a by-line class leaves in the body.

    Only the article's first or last paragraph is taken for one (`drop_bylines`): in the
    middle, 「更新于2025年的资费如下：」 is content.

    >>> is_byline("本文更新于2025年9月，费用以运营商营业厅公布为准。"), is_byline("费用更新于2025年9月")
    (True, False)
    >>> is_byline("Created by 王小雨 · Last edited by Aigerim S. on Nov 14, 2026 4:37 PM")
    True
    >>> is_byline("Last modified by Aigerim Nurlanova on 2025/03/14 16:22")
    True
    >>> is_byline("最後修改：王淑芬，2026 年 10 月 28 日 · 版本 14"), is_byline("最後修改：每月 1 號儲值 5 000 ₸")
    (True, False)
    >>> is_byline("最後更新：2026 年 11 月 18 日 ｜ 整理：阿 Ken、Joyce、Raymond")
    True
    >>> is_byline("更新于 2026 年 11 月 ｜ 资费：每月 2 990 ₸，含 20 GB 流量和 300 分钟通话")
    False
    >>> is_byline("老杨的收藏夹 2026-03-12 | 发布于 新疆"), is_byline("分类：出国生活 | 阅读数：1208 | 转藏：36")
    (True, True)
    >>> is_byline("2026-11-20 09:12 发布于 北京"), is_byline("2026-11-20 09:12 发布于 北京，次日起生效")
    (True, False)
    >>> is_byline("May 18, 2026"), is_byline("09 Mar, 2026"), is_byline("May 18, 2026 起每月 2 990 ₸")
    (True, True, False)
    >>> is_byline("分类：出国生活 | 标签：手机"), is_byline("Kcell | 2026-03-12 起 | 每月 2 990 ₸")
    (False, False)
    >>> is_byline("来源：中国电信新疆公司 日期：2025-08-05"), is_byline("办理日期：2025-08-05 之后")
    (True, False)
    >>> is_byline("来源：电玩巴士 2026-11-18 14:32"), is_byline("来源：电玩巴士 2026-11-18 起涨价")
    (True, False)
    >>> is_byline("更新日：2026年9月30日"), is_byline("最終更新日：2026年9月30日"), is_byline("套餐更新日：2026年9月30日")
    (True, True, False)
    >>> is_byline("14 9月 2026"), is_byline("14 9月 2026 起每月 2 990 ₸")
    (True, False)
    >>> is_byline("整理： 阿斯塔纳华人商会 通讯小组 更新： 2026 年 11 月 14 日")
    True
    >>> is_byline("适用范围： Kcell、Beeline 更新： 2026 年 11 月 14 日")
    False

    A Russian help desk's line (Omnidesk's, Okdesk's with its author and its links to the PDF and the printout):

    >>> is_byline("Последнее обновление: 18 ноября 2026 г."), is_byline("Обновлено 12.11.2026: тарифы выросли")
    (True, False)
    >>> is_byline("Автор: Диспетчерская · Изменена 20.11.2026 09:41 · Скачать PDF · Печать")
    True
    >>> is_byline("Son güncelleme: 12.11.2026"), is_byline("Published: 2026-09-15"), is_byline("Updated 2026/11/03 14:05")
    (True, True, True)
    >>> is_byline("Son güncelleme: 12.11.2026 itibarıyla fiyatlar"), is_byline("Ödeme tarihi: 12.11.2026")
    (False, False)
    >>> is_byline("Actualizado: 18/11/2026 · Lectura: 4 min"), is_byline("Actualizado: 18 de noviembre de 2026")
    (True, True)
    >>> is_byline("Last updated 20 November 2026 · Reading time 5 min"), is_byline("Reading time 5 min · 30 GB")
    (True, False)
    >>> is_byline("Скачать PDF · Печать"), is_byline("Автор: Иван · Печать")
    (False, False)

    A help centre's line naming its team beside the date, and not a name beside anything else:

    >>> is_byline("Служба поддержки Chocotravel · обновлено 3 октября 2026"), is_byline("客服中心 · 2026-09-12")
    (True, True)
    >>> is_byline("Kcell 套餐 · 2026-03-12 起"), is_byline("Kcell · 每月 2 990 ₸ · 2026-03-12")
    (False, False)
    >>> is_byline("新套餐 30 GB · 2026-03-12"), is_byline("注意：先充值 · 2026-03-12")
    (False, False)
    """
    if (len(text) <= 40 and _BYLINE.match(text) is not None) or (len(text) <= 120 and _EDITED_BY.match(text) is not None):
        return True
    # a dating field with credit fields beside it, each short enough to be a by-line's
    fields = [part for field in _BYLINE_FIELDS.split(text) for labelled in _LABELLED_FIELD.split(field)
              for part in _PLACE_FIELD.split(labelled) if part]
    if len(text) > 120 or len(fields) < 2:
        return False
    dated = [field for field in fields if len(field) <= 40 and (_BYLINE.match(field) or _NAMED_DATE.match(field))]
    if len(dated) == 1 and all(field in dated or _CREDIT.match(field) or _PAGE_ACTION.match(field)
                               or _READING_TIME.match(field) for field in fields):
        return True
    # the date beside the bare name of whoever keeps the page (a help centre's info line 「Служба поддержки
    # Chocotravel · обновлено 3 октября 2026」, holdout196): a name alone, no figure or sentence in it
    if len(fields) == 2 and len(dated) == 1 and all(field in dated or _KEEPER.match(field) for field in fields):
        return True
    # a page's info line (360doc's 「老杨的收藏夹 2026-03-12 | 发布于 新疆」, 「分类：出国生活 | 阅读数：1208 |
    # 转藏：36」): each field a date, a place, a count, a credit or a filing, one at least a date, a place or a count
    info = [field for field in fields if field in dated or _PLACE.match(field) or _COUNT_FIELD.match(field)]
    return bool(info) and all(field in info or _CREDIT.match(field) or FILING.match(field) for field in fields)


_COUNT_UNIT = (r"(?:次)?(?:阅读|閱讀|浏览|瀏覽|点赞|點讚|點贊|赞|讚|评论|評論|留言|粉丝|粉絲|文章|收藏|转发|轉發|分享|投币|投幣"
               r"|喜欢|喜歡|关注|關注|字数|字數|views?|likes?|comments?|followers?|reads?|posts?"
               r"|просмотр(?:ов|а|ы)?"
               # (the Lao 「ເບິ່ງ」 too: Lao Telecom's div.post-date 「2026-10-05 · ເບິ່ງ 2 145」 under the title, holdout273,
               # opened the first part's text)
               r"|ເບິ່ງ)")
# (a number grouped by spaces too, as Russian pages print it: 「3 418 просмотров」, or after its unit: 「ເບິ່ງ 2 145」)
_COUNT = (rf"(?:\d[\d,.]*(?:[ \u00a0\u202f]\d{{3}})*\s*[万萬千kKwW]?\+?\s*{_COUNT_UNIT}"
          rf"|{_COUNT_UNIT}\s*\d[\d,.]*(?:[ \u00a0\u202f]\d{{3}})*\s*[万萬千kKwW]?)")
_STATS = re.compile(rf"^[^\d\n]{{0,8}}?(?:{_COUNT}[\s·•|/,，、]*){{2,}}[^\d\n]{{0,8}}$", re.IGNORECASE)
# by-line fields besides a date and credits: where a post was published from (「发布于 新疆」「IP 属地：广东」),
# a count (「阅读数：1208」「转藏：36」「献花(3)」), a name over the date it was saved (「老杨的收藏夹 2026-03-12」)
_PLACE = re.compile(r"^(?:发布于|發佈於|發布於|ip\s*属地|ip\s*屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}$", re.IGNORECASE)
_COUNT_FIELD = re.compile(rf"^(?:{_COUNT}|(?:{_COUNT_UNIT}|转藏|轉藏|献花|獻花)(?:数|數|量|次数|次數)?\s*[:：]?\s*"
                          r"[(（]?\d[\d,.]*\s*[万萬kK]?[)）]?)$", re.IGNORECASE)
_NAMED_DATE = re.compile(r"^\S.{0,20}?\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?$")
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


# a note app's mark under a shared or exported note: 「来自有道云笔记 · 分类：生活 / 手机」, or its export's closing
# line 「（本笔记由 为知笔记 导出，原笔记位于「外业组 / 设备」文件夹）」 (WizNote's, holdout235: a passage of its own)
_NOTE_APPS = r"(?:有道云笔记|有道雲筆記|印象笔记|印象筆記|为知笔记|為知筆記|Evernote|WizNote)"
_NOTE_APP = re.compile(rf"^(?:(?:来自|來自|发自|發自|分享自)\s*{_NOTE_APPS}(?:$|[\s·•|｜,，:：])"
                       rf"|[（(]?\s*(?:本笔记|本筆記)\s*(?:由|从|從)\s*{_NOTE_APPS}\s*(?:导出|導出))", re.IGNORECASE)


_SAYS_MORE = re.compile(r"[。！!？?]\s*\S")     # a filing line going on past its first sentence


def is_filing(text: str) -> bool:
    """Lines after an article that only file it (「Источник: …」「Теги: 停车, 公交」, 「标签：…」):
    a news CMS (1C-Bitrix) prints them below the text, where the last answer would take them; and
    so does a note app under a note (「来自有道云笔记 · 分类：…」: where it was kept, no text of it).

    >>> is_filing("Источник: KZ Huaren Media\\nТеги: 停车, 公交"), is_filing("来源：运营商官网，以营业厅为准")
    (True, True)
    >>> is_filing("来自有道云笔记 · 分类：在哈萨克斯坦生活 / 手机与通信"), is_filing("来自有道云笔记的提醒不准")
    (True, False)
    >>> is_filing("（本笔记由 为知笔记 导出，原笔记位于「外业组 / 设备」文件夹）"), is_filing("本笔记由为知笔记同步到手机")
    (True, False)

    A 「来源：」 line that goes on past its first sentence says more than where the note came from (an
    Evernote note's grey closing line 「來源：班導說明會筆記、Beeline 客服。價格是 2025/10 的，之後可能調整。」):
    it is text.

    >>> is_filing("來源：班導說明會筆記、Beeline 客服。價格是 2025/10 的，之後可能調整。"), is_filing("来源：新华社。")
    (False, True)
    """
    lines = text.split("\n")
    return len(text) <= 200 and all(FILING.match(line) and not _SAYS_MORE.search(line) or _NOTE_APP.match(line)
                                    for line in lines)


# 「本文档内容随运营商调整不定期更新，发现代码变了请在右侧评论里告诉我们。」 under a shared document
_PAGE_NOTE = re.compile(r"^(?:本文档|本文檔|本文|本页|本頁|本手册|本手冊|本指南)(?:内容|內容|信息|資訊)?(?:会|會|将|將)?"
                        r"(?:(?:随|隨|根据|根據|视|視)[^，。,.!！]{1,12})?"
                        r"(?:不定期|定期|随时|隨時|持续|持續)(?:更新|修订|修訂)")
# 「本文收费标准为 2026 年 11 月小编实际拨打核实，价格以运营商公布为准。」: the page defers to the operator
# (a Word handout's 「本說明由同鄉會志工整理，…以各電信業者門市及官網公告為準。」 too: holdout45)
_PAGE_DEFERS = re.compile(r"^(?:本文档|本文檔|本文件|本文|本篇|本页|本頁|本手册|本手冊|本指南|本说明|本說明)[^。！!？?]{0,60}?"
                          r"以[^。！!？?，,]{1,30}?(?:为准|為準)")
# 「（本文仅代表作者观点，不构成任何建议。）」: a news site's disclaimer under a column's text (虎嗅's p.article__end)
_PAGE_DISCLAIMS = re.compile(r"^[（(]?\s*(?:本文|本篇|本文章|文章|以上内容|以上內容)(?:仅|僅|只)(?:代表|代錶)作者"
                             r"(?:个人|個人|本人)?(?:观点|觀點|立场|立場)")
PAGE_NOTE_MAX = 80


# a picture's credit at the end of its caption: a news agency's or photographer's 「PHOTO: REUTERS」, 「ILLUSTRATION BY
# GUIA ABOGADO」, 「PHOTO COURTESY OF KAZAKHTELECOM」, Indonesian portals' 「(Liputan6.com/Agustin Setyo)」, 「图片来源：…」
_LABEL_CREDIT = (r"(?:FILE |File )?(?:PHOTO|Photo|ILLUSTRATION|Illustration|IMAGE|Image|GRAPHIC|Graphic|FOTO|Foto)S?"
                 r"(?:\s+(?:BY|By|by|COURTESY OF|Courtesy of|courtesy of|FROM|From|from))?\s*:?\s+"
                 r"[A-Z][^。！？!?，,:：\u3000-\u9fff\uff00-\uffef]{0,59}")     # a Latin name: no Chinese in it
_PHOTO_CREDIT = re.compile(rf"(?:^|(?<=[\s。.！!？?）)]))\s*(?:{_LABEL_CREDIT}"
                           r"|[(（][^()（）/\s]{2,30}\s*/\s*[^()（）/]{1,40}[)）]"
                           r"|[(（]?(?:图片来源|圖片來源|摄影|攝影|图源|圖源)\s*[:：]\s*[^。()（）]{1,30}[)）]?)\s*$")


def uncredited(caption: str) -> str:
    """A picture's caption without the credit closing it: the agency or photographer says who took the picture,
    nothing of what it shows, and a caption that is only a credit (Rappler's 「ILLUSTRATION BY GUIA ABOGADO」 under
    the featured image, holdout211: a passage of its own) is no text at all.

    >>> uncredited("阿拉木图一家手机营业厅。 PHOTO: REUTERS"), uncredited("ILLUSTRATION BY GUIA ABOGADO")
    ('阿拉木图一家手机营业厅。', '')
    >>> uncredited("OLX 上的 SIM 卡广告。(Liputan6.com/Agustin Setyo)")
    'OLX 上的 SIM 卡广告。'
    >>> uncredited("用 Photo 选择图片"), uncredited("Kcell 营业厅（Talgar/Almaty）")
    ('用 Photo 选择图片', 'Kcell 营业厅（Talgar/Almaty）')
    """
    return _PHOTO_CREDIT.sub("", caption).rstrip()


def is_page_note(text: str) -> bool:
    """The page's note on itself under its text (that it is updated from time to time, where to
    say what changed, that where its figures differ the operator's are right: 「本文…以官网为准」):
    the last answer would take it, and it answers nothing. Only the article's last paragraphs are
    taken for one (`drop_bylines`), as a by-line that says the same is (「本文更新于…，以…为准」).

    >>> is_page_note("本文档内容随运营商调整不定期更新，发现代码变了请在右侧评论里告诉我们。")
    True
    >>> is_page_note("本文收费标准为 2026 年 11 月小编实际拨打核实，价格以运营商公布为准。")
    True
    >>> is_page_note("本說明由同鄉會志工整理，僅供會員參考，實際資費與規定以各電信業者門市及官網公告為準。如有錯誤，歡迎告知。")
    True
    >>> is_page_note("（本文仅代表作者观点，不构成任何建议。）"), is_page_note("本文代表作者的经验：先换卡。")
    (True, False)
    >>> is_page_note("本文介绍如何定期更新 App。"), is_page_note("套餐内容不定期更新，以官网为准。")
    (False, False)
    """
    return len(text) <= PAGE_NOTE_MAX and (_PAGE_NOTE.match(text) is not None or _PAGE_DEFERS.match(text) is not None
                                          or _PAGE_DISCLAIMS.match(text) is not None)


BYLINE_LINES, BYLINE_NAME_MAX = 5, 60       # a page header's topic, author, date and count lines
# a share strip's label left alone once its buttons went as chrome (Webnode's 「<p>分享：<a class="wnd-share-fb">」,
# holdout123: a last fragment 「分享：」 of its own, titled by the page)
_SHARE_LABEL = re.compile(r"^(?:分享|分享到|分享至|轉發|转发|share(?: this(?: page| post)?)?|поделиться)\s*[:：]?$",
                          re.IGNORECASE)


def drop_bylines(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """Without a dating paragraph at the article's start or end (see `is_byline`), nor a count alone
    at its end (「3 418 просмотров」), nor a page's properties before its text (see `is_properties`);
    properties elsewhere are text."""
    events = _undated_standfirst(_scoped_lead(_unlined_lead(events)))
    blocks = [i for i, e in enumerate(events) if isinstance(e, Block) and e.kind != "hr"]
    edges = {i for i in blocks[:1] if events[i].kind == "p" and is_byline(events[i].text)}
    # … or under the title when the page shows it as a line of its own, no heading (12306's div.article-tit over
    # div.article-info 「发布时间：2026-10-28 来源：…」, which opened the title's part, holdout204)
    if len(blocks) > 2 and _is_title_line(events[blocks[0]]) and events[blocks[1]].kind == "p" \
            and not any(isinstance(e, _Heading) for e in events[:blocks[1]]) and is_byline(events[blocks[1]].text):
        edges.add(blocks[1])
    # under the page and under the text, which ends where the comments part a reader put after it begins
    # (`blogs.COMMENTS_TITLE`), line after line (「返回搜狐，查看更多」 over 「责任编辑：」)
    comments = next((i for i, e in enumerate(events) if isinstance(e, _Heading) and e.title == COMMENTS_TITLE),
                    len(events))
    for ends in (blocks, [i for i in blocks if i < comments] if comments < len(events) else []):
        for i in reversed(ends):
            text = events[i].text
            # … or its count alone (Drive2's 「3 418 просмотров」 beside its dropped like and share buttons), or the
            # share strip's label alone
            if events[i].kind != "p" or not (is_byline(text) or is_filing(text) or is_page_note(text)
                                             or BACK_TO_LIST.match(text) or _COUNT_FIELD.match(text)
                                             or _SHARE_LABEL.match(text)):
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
            if is_byline(events[i].text) and not any(isinstance(e, _Heading) and e.level > 1 for e in events[:i]):
                # a dating line under a news page's standfirst (The Straits Times' 「Published Nov 21, 2026,
                # 05:00 AM」 and 「Updated …」 after 「Kcell、Beeline … 按新税率扣。」, holdout211): the line goes,
                # the standfirst above it, a sentence, is the text's. Only under the title itself: under a part's
                # heading the date is that part's (Google Play's 「更新日期」 under 「关于此应用」, holdout180)
                edges.add(i)
                since = k + 1
                continue
            break
        if since and not (events[i].kind == "p" and len(events[i].text) <= BYLINE_NAME_MAX):
            break
    edges |= {i for i in blocks[:1] if events[i].kind == "meta"} | _byline_list(events, blocks)
    return [replace(e, kind="p") if isinstance(e, Block) and e.kind == "meta" else e
            for i, e in enumerate(events) if i not in edges]


# a sentence's end, then what follows it in the same paragraph
_SENTENCE_END = re.compile(r"(?<=[。！？!?])\s*|(?<=[.])\s+")
# … that ends on its date (「Last updated: 12 Nov 2026」, 「更新于 2026-10-19」, 「Updated 3 days ago」)
_DATED_TAIL = re.compile(r"(?:\b\d{4}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*日|\bago|前)\s*$",
                         re.IGNORECASE)


def undated(text: str) -> str:
    """A paragraph without the dating line a page's hero typed after its last sentence, in the same
    paragraph (Banglalink's p.faq-hero__sub 「中文说明，适用于…的中国用户。Last updated: 12 Nov 2026」, holdout280):
    the sentences before it; a paragraph that ends on no such line, as it is.

    >>> undated("中文说明，适用于在孟加拉工作的中国用户。Last updated: 12 Nov 2026")
    '中文说明，适用于在孟加拉工作的中国用户。'
    >>> undated("Prices change often. Updated 3 days ago")
    'Prices change often.'
    >>> undated("适用于所有坐席。更新时间：2026-10-19")
    '适用于所有坐席。'
    >>> undated("本文更新于2025年9月。"), undated("资费如下。更新于2025年的套餐：每月 2 990 ₸")
    ('本文更新于2025年9月。', '资费如下。更新于2025年的套餐：每月 2 990 ₸')
    """
    for end in _SENTENCE_END.finditer(text):
        head, tail = text[:end.start()].rstrip(), text[end.end():].strip()
        if head and tail and "\n" not in tail and _DATED_TAIL.search(tail) and is_byline(tail) \
                and not re.search(r"\d.*[:：，,；;]", tail):      # a date, then the sentence it dates: content
            return head
    return text


def _undated_standfirst(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """The paragraph under the page's title (before its first part) without the dating line typed after its
    last sentence (`undated`): it was the title's text, 「…的中国用户。Last updated: 12 Nov 2026」."""
    out = list(events)
    for i, event in enumerate(out):
        if isinstance(event, _Heading):
            if event.level > 1:
                break
            continue
        if event.kind == "p":
            if (text := undated(event.text)) != event.text:
                out[i] = replace(event, text=text)
            break
        if event.kind != "hr":
            break
    return out


def _byline_list(events: list[_Heading | Block], blocks: list[int]) -> set[int]:
    """The items of a by-line a page lays out as a list under its title (YOOtheme's article meta, a `ul.uk-subnav`
    of 「<time>14 September 2026</time>」 and 「Customer Care」 under the h1 of a Joomla page, holdout266): its date
    and author were the first lines of the title's part, glued before the introduction. A list is one when it is the
    first block under the title (no part's heading before it), unordered, of two to `BYLINE_LINES` short items
    (`BYLINE_NAME_MAX`, no sentence), one of them only dating the page (`is_byline`)."""
    if not blocks or events[blocks[0]].kind != "li" or events[blocks[0]].ordered \
            or not any(isinstance(e, _Heading) for e in events[:blocks[0]]) \
            or any(isinstance(e, _Heading) and e.level > 1 for e in events[:blocks[0]]):
        return set()
    listed = events[blocks[0]].list_id
    items = []
    for i in blocks:
        if events[i].kind != "li" or events[i].list_id != listed:
            break
        items.append(i)
    if any(isinstance(e, Block) and e.kind == "li" and e.list_id == listed for e in events[items[-1] + 1:]):
        return set()        # the list goes on further down: no by-line
    texts = [events[i].text for i in items]
    if 2 <= len(items) <= BYLINE_LINES and any(is_byline(text) for text in texts) \
            and all(len(text) <= BYLINE_NAME_MAX and not text.endswith(("。", "！", "？", ".", "!", "?")) for text in texts):
        return set(items)
    return set()


# a help centre's number for its article (「文章编号：KB2026081437」), a field of its info line
_ARTICLE_NUMBER = re.compile(r"^(?:文章|文档|文檔|知识|知識)?(?:编号|編號)\s*[:：]\s*[\w-]+$")


def scoped_byline(text: str) -> str:
    """The fields of a page's info line that say what its article applies to (`html_text.SCOPE_FIELD`), when its
    other fields make a by-line (`is_byline`), bar the article's number; else "". Honor's kb-attr line 「文章编号：… |
    适用产品：… | 更新：2026-10-11」 was kept whole, the number and date the first part's whole text beside the
    products (holdout239); as lines of one paragraph (`_unlined_lead`), the products stay and the rest goes.

    >>> scoped_byline("文章编号：KB2026081437　|　适用产品：荣耀 Magic 系列、X 系列（MagicOS 7.0 及以上）　|　更新：2026-10-11")
    '适用产品：荣耀 Magic 系列、X 系列（MagicOS 7.0 及以上）'
    >>> scoped_byline("更新时间：2026-09-18 · 浏览量：23,481 · 適用機型：ColorOS 13 及以上")
    '適用機型：ColorOS 13 及以上'
    >>> scoped_byline("适用范围：Kcell、Beeline | 资费：每月 2 990 ₸"), scoped_byline("更新：2026-10-11 | 文章编号：KB1")
    ('', '')

    Its fields typed one after another, each opening with its label (realme's p.faq-detail-date 「適用機型：…（realme UI
    6.0）　更新日期：2026/07/21」, holdout246), are read apart as `is_byline` reads them: the line was kept whole, date
    and all, the first part's whole text.

    >>> scoped_byline("適用機型：realme GT 7、realme C75 等（realme UI 6.0）　更新日期：2026/07/21")
    '適用機型：realme GT 7、realme C75 等（realme UI 6.0）'
    """
    fields = [part for field in _BYLINE_FIELDS.split(text.strip()) for part in _LABELLED_FIELD.split(field) if part]
    scope = [field for field in fields if SCOPE_FIELD.match(field) and len(field) <= SCOPE_FIELD_MAX]
    rest = [field for field in fields if field not in scope and not _ARTICLE_NUMBER.match(field)]
    return " | ".join(scope) if scope and rest and is_byline(" | ".join(rest)) else ""


def _scoped_lead(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """The article's first paragraph, or the one under the title line (as `drop_bylines` reads them), without its
    by-line's fields when others say what the article applies to (`scoped_byline`)."""
    blocks = [i for i, e in enumerate(events) if isinstance(e, Block) and e.kind != "hr"]
    lead = blocks[:1]
    if len(blocks) > 2 and _is_title_line(events[blocks[0]]) \
            and not any(isinstance(e, _Heading) for e in events[:blocks[1]]):
        lead = blocks[:2]
    out = list(events)
    for i in lead:
        if events[i].kind == "p" and "\n" not in events[i].text and (scope := scoped_byline(events[i].text)):
            out[i] = replace(events[i], text=scope, strong_lead="")
    return out


def _unlined_lead(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """The article's first paragraph without its by-line lines: a document typed its header as
    lines of one paragraph (Google Docs' 「**适用范围：** …<br>**整理：** … **更新：** 2026 年 11 月
    14 日」), the credit and date among lines that say what the page covers, which stay."""
    first = next((i for i, e in enumerate(events) if isinstance(e, Block) and e.kind != "hr"), None)
    if first is None or events[first].kind != "p" or "\n" not in events[first].text:
        return events
    block = events[first]
    lines = block.text.split("\n")
    kept = [line for line in lines if not is_byline(line.strip())]
    if not kept or len(kept) == len(lines):
        return events       # all by-line: the whole paragraph goes (`drop_bylines`); none: text
    lead = block.strong_lead if kept[0] == lines[0] else ""
    return [*events[:first], replace(block, text="\n".join(kept), strong_lead=lead), *events[first + 1:]]


def blank_lines(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """The empty paragraphs a writer types (Google Docs, Word) say nothing, unless they are the
    writer's way of ending a part: when the blank lines stand before the headings (two at least)
    and seldom elsewhere, the few elsewhere end a part too, and are read as a rule. So the line
    that closes a document after a blank line (「地鐵官方網站……：metroalmaty.kz」 under the last
    問/答) is no part of the last answer. A writer who leaves blank lines between paragraphs
    anywhere says nothing by them."""
    def blank(event: _Heading | Block | None) -> bool:
        return isinstance(event, Block) and event.kind == "blank"

    ends: set[int] = set()          # the first blank line of each run of them between two blocks
    # in a page without sub-headings, its short bold paragraphs are its part titles (`promote_bold_headings`)
    bold_titles = not any(isinstance(e, _Heading) and e.level >= 2 for e in events)
    before_heading = 0
    text_before = False
    for i, event in enumerate(events):
        if not blank(event):
            text_before = text_before or isinstance(event, Block)
            continue
        if i and blank(events[i - 1]):
            continue
        end = i
        while end < len(events) and blank(events[end]):
            end += 1
        if end < len(events) and (isinstance(events[end], _Heading) or bold_titles and _bold_title(events[end])):
            before_heading += 1
        elif end < len(events) and text_before and not isinstance(events[i - 1], _Heading):
            ends.add(i)             # (one under a heading ends nothing: its text is to come)
    rules = ends if before_heading >= 2 and 2 * len(ends) <= before_heading else set()
    return [Block(kind="hr", text="") if i in rules else e for i, e in enumerate(events)
            if i in rules or not (isinstance(e, Block) and e.kind == "blank")]


def _bold_title(event: _Heading | Block) -> bool:
    """A short paragraph all in bold, or a longer one numbered 「二、」: a part title in a page without
    headings (`promote_bold_headings`)."""
    return isinstance(event, Block) and event.kind == "p" and event.strong_lead == event.text \
        and (len(event.text) <= HEADING_MAX or len(event.text) <= LONG_HEADING_MAX and ordinal_number(event.text) > 0) \
        and "\n" not in event.text and not HEADING_END.search(event.text)


# (「本课完」「本文完」: this lesson's, this post's end; 「正文完」: the body text's; 「（文件完）」「（文档完）」: an online
# document's, holdout293's Tencent Docs page, whose end mark was a part of its own titled by the document)
_END_WORDS = r"(?:END|THE END|全文完|完|本(?:课|課|讲|講|文|篇|章|节|節|期)完|(?:文件|文档|文檔|正文)完)"
_END_MARK = re.compile(rf"^[-—–~·=\s]*{_END_WORDS}[-—–~·=\s]*$", re.IGNORECASE)
# … and one in brackets opening the paragraph that follows the text (「（完）如有变动以官网为准。相关阅读：…」),
# or set between dashes before the writer's closing words (「— 本课完 · 名单表模板在课程资料区下载 —」)
_END_LEAD = re.compile(rf"^\s*(?:[（(【\[]\s*{_END_WORDS}\s*[）)】\]]|[-—–~=]+\s*{_END_WORDS}\s*[·・|｜:：,，。—–-])",
                       re.IGNORECASE)


# headings a blog platform puts under the post (Medium, Substack, WordPress themes): the rest is theirs
_TAIL_HEADING = re.compile(r"^(?:written by\b.*|more from\b.*|recommended from\b.*|responses? \(\d+\)|\d+ responses?"
                           r"|comments? \(\d+\)|\d+ comments?|related (?:posts|articles|stories)|you (?:might|may) also like"
                           r"|(?:评论|評論|留言) ?[（(]\d+[)）]|\d+ ?(?:条评论|則留言|條評論|則回應)|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀"
                           r"|支持作者|赞赏支持|讚賞支持|赞赏作者|讚賞作者)$",
                           re.IGNORECASE)
_ASK_US = re.compile(r"^(?:还有|還有|仍有)(?:其他|其它)?(?:问题|問題|疑问|疑問)[？?]?$|^(?:没有|沒有)找到(?:答案|想要的答案)[？?]?$"
                     r"|^(?:still have (?:a )?questions?|need more help)\??$", re.IGNORECASE)
CALL_TO_ACTION_MAX = 120
# a page's closing question about itself, when no class names it (GitBook's utility classes; 同程旅行's
# div.faq-useful 「以上内容对您是否有帮助？」 over its counted buttons, holdout216)
# what such a question asks about (the page, its answer, its information): one list for both of `_FEEDBACK`'s
# questions, 「有帮助吗」 and 「解决了您的问题」, each noun a page asked with (the sites below)
_HELPFUL_NOUN = r"(?:文章|页面|頁面|内容|內容|回答|答案|解答|资料|資料|信息|資訊|文档|文檔)"
_FEEDBACK = re.compile(r"^(?:was this (?:article |page |answer |doc |solution )?helpful|did this (?:page|article) help(?: you)?"
                       # (「以上」 and the Traditional 「嗎」 too: 高德地圖's 「以上回答對你有幫助嗎？」, holdout209)
                       # (the information 「資料」「信息」「資訊」 asked about too: 順豐's zh-HK FAQ div.faq-useful
                       # 「以上資料對您有幫助嗎？」 over its links 「有」「沒有」, holdout243: a last part titled by the page)
                       # (「这个」「這個」 and the answer 「答案」 too: 澳門電訊's FAQ div.faq-helpful 「這個答案對您有幫助嗎？」
                       # over its buttons 「有」「沒有」, holdout254, was glued to the last answer)
                       # (the answer called 「解答」 too: 139郵箱's FAQ div.faq-useful 「這篇解答對您有幫助嗎？」 over its links
                       # 「有用」「沒用」, holdout287, was the only text of a part titled by the FAQ's heading)
                       # (the document 「文档」 too: 锐捷's knowledge-base div.kb-useful 「此文档对您是否有帮助？」 over its
                       # links 「有帮助」「没帮助」, holdout298: the only text of a last part titled 「常见问题」)
                       r"|is this (?:page|article) helpful|(?:这篇|本篇|本|此|這篇|以上|上述|这个|這個)?" +
                       _HELPFUL_NOUN +
                       # (「是否」 before 「对您」 too, and each button's count after it: Dahua's FAQ div.detail-useful
                       # 「以上内容是否对您有帮助？有帮助（126）没帮助（9）」 over its 上一篇 / 下一篇, holdout273: a last
                       # part titled by the page)
                       r"(?:是否)?(?:对你|對你|对您|對您)?(?:是否)?有(?:所)?(?:帮助|幫助|用)[吗嗎]?"
                       # … or whether it solved the reader's problem (哈啰's 「以上内容是否解决了您的问题？」 with its
                       # 「已解决」「未解决」 links, holdout209): each stayed the page's last part, titled by the page
                       # (the information 「信息」 too: 腾讯客服 kf.qq.com's div.help-eval 「以上信息是否解决了您的问题？」
                       # over its 已解决 / 未解决 links and its count 「12,408 人觉得有帮助」, holdout274)
                       r"|(?:这篇|本篇|本|此|這篇|以上)?" + _HELPFUL_NOUN +
                       r"是否(?:解决|解決)了?(?:你|您)的(?:问题|問題)"
                       r"|помогла ли (?:вам )?(?:эта )?статья"
                       r"|была ли (?:эта )?(?:статья|страница) полезной"
                       # … or whether the answer was (ForteBank's FAQ div.fb-faq__helpful 「Был ли ответ полезен?」
                       # over its Да / Нет buttons, holdout230: a last part titled by the last group's heading)
                       # (or the information: Kaspi Гид's div.guide__useful 「Была ли информация полезной?」 with its
                       # Да / Нет buttons, holdout249, was glued to the last answer)
                       r"|был(?:а|о)? ли (?:(?:этот|эта|это) )?(?:ответ|статья|страница|материал|информация) полез(?:ен|на|но|ным|ной)"
                       r"|был(?:а|о)? ли полез(?:ен|на|но|ным|ной) (?:(?:этот|эта|это) )?(?:ответ|статья|страница|материал|информация)"
                       r"|(?:ответ|статья|страница|материал|информация) (?:был|была|было) полез(?:ен|на|но|ным|ной)"
                       # … or in Indonesian (Indosat's help article's div.helpful 「Apakah artikel ini membantu?」 over
                       # its Ya / Tidak buttons, holdout257: the only text of a part titled by the FAQ's heading)
                       r"|apakah (?:artikel|halaman|informasi|jawaban|konten) ini (?:cukup )?membantu(?: anda)?"
                       # … or in Korean (T world's div.satisfy-area 「이 정보가 도움이 되었나요?」 over its 예 / 아니요 buttons,
                       # holdout260: glued to the last answer)
                       r"|이 (?:정보|페이지|글|문서|답변|내용)[이가]? 도움이 (?:되었나요|되셨나요|됐나요|되었습니까)"
                       # … or in Japanese (Y!mobile's support page's div.c-enquete 「このページは役に立ちましたか？」
                       # over its はい / いいえ buttons, holdout264: a part of its own titled by the FAQ's heading)
                       r"|(?:この|本)?(?:ページ|記事|情報|回答|内容|FAQ)(?:は|が)?(?:お)?(?:役に立ちましたか|参考になりましたか)"
                       # … or in Spanish (Claro's div.cmp-util 「¿Te fue útil esta información?」, holdout308, and
                       # Movistar's div.ayuda-valoracion 「¿Te ha resultado útil esta información?」 over its Sí / No
                       # buttons and its count 「El 87 % de los usuarios lo ha encontrado útil」, holdout309: a last part
                       # titled by the FAQ's heading)
                       r"|¿?\s*(?:te|le|les|os) (?:fue|ha sido|resultó|ha resultado|pareció|ha parecido) útil (?:esta|este|la|el) "
                       r"(?:información|artículo|página|respuesta|contenido)"
                       r"|¿?\s*(?:esta|este) (?:información|artículo|página|respuesta|contenido) (?:te|le) (?:fue|ha sido|resultó|ha resultado) útil)\s*[?？]?"
                       # … asked again in English after it (Metfone's zh-TW FAQ div.helpful-box 「這篇文章對您有幫助嗎？
                       # Was this helpful?」 over its Yes / No buttons, holdout279: a last part titled by the FAQ's heading)
                       r"(?:\s*(?:was this (?:article |page |answer |information )?helpful|did this (?:page|article) help(?: you)?"
                       r"|is this (?:page|article) helpful)\s*[?？]?)?"
                       # … its two answer buttons read with it, when they are links or spans in the same block
                       # (Fliggy's help page's div.article-useful 「这篇文章对您有帮助吗？有帮助没帮助」, holdout178)
                       r"(?:\s*(?:有(?:所)?(?:帮助|幫助|用)|(?:没|沒)(?:有)?(?:帮助|幫助|用)|[已未](?:解决|解決)|是|否|yes|no|да|нет"
                       r"|(?:没|沒)?有|ya|tidak|예|아니요|아니오|はい|いいえ|sí|si)(?:\s*[（(]\d[\d,]*[）)])?){0,2}$",
                       re.IGNORECASE)
FEEDBACK_TAIL = 5           # … looked for among the last blocks only
# a phone number named as the site's line (「客服电话 10105757」, 「Hotline: 7711」, 「Телефон: +7 727 …」, Dreame's 「客服專線 0800-255-233」
# under its 「這篇文章有幫助嗎？」, holdout276): a number a reader
# may look for, not the feedback bar's furniture
_HOTLINE = re.compile(r"(?:电话|電話|热线|熱線|专线|專線|hotline|phone|телефон)\s*[:：]?\s*\+?\d[\d\s()-]{2,}\d", re.IGNORECASE)
SIGN_OFF_MAX = 200


def _comments_part(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """The page's comments part among `events`: its heading (`blogs.COMMENTS_TITLE`, which a reader puts
    last) and what follows it; none without one."""
    start = next((i for i in range(len(events) - 1, -1, -1)
                  if isinstance(events[i], _Heading) and events[i].title == COMMENTS_TITLE), len(events))
    return events[start:]


_SCRIPT_BLOCKS = 8      # the page's first blocks, which say what script it is written in


def comments_in_script(events: list[_Heading | Block], title: str) -> list[_Heading | Block]:
    """The comments part a reader put last (`blogs.COMMENTS_TITLE` 「评论」, which every stage before this one looks
    for) titled in the page's script, as a reply's 「（回覆）」 is (`clean.reply_title`): 「評論」 on a page whose
    title and text are Traditional (TapTap's 台服 thread, holdout290, and a Tencent Docs document, holdout293,
    ended in a Simplified 「评论」 part). The page's script is its title's and its writer's first blocks', not its
    commenters' (a Simplified post's Traditional comments stay under 「评论」)."""
    part = _comments_part(events)
    if not part:
        return events
    text = events[:len(events) - len(part)]
    if not writes_traditional(title + "".join(e.text for e in text[:_SCRIPT_BLOCKS] if isinstance(e, Block))):
        return events
    return text + [replace(part[0], title=COMMENTS_TITLES[True]), *part[1:]]


def cut_at_end_mark(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """Nothing after an article's end mark (「- END -」, 「（全文完）」 without brackets, 「本课完」) is
    the article: a WeChat post puts its likes, QR code, "recommended reading" and readers'
    comments there. A mark in brackets or between dashes may open the writer's closing words (「（完）如有变动以
    官网为准。相关阅读：…」, a Yuque document's last line; 「— 本课完 · 名单表模板在…下载 —」, a 小鹅通
    lesson's): they go with it. The comments part a reader put after the text (`blogs.COMMENTS_TITLE`)
    is no page furniture after the mark and stays. Nor is a short
    sign-off under the last rule (「欢迎留言…」): it would
    close the last section's answer."""
    marks = [i for i, e in enumerate(events) if isinstance(e, Block) and e.kind == "p" and _END_MARK.match(e.text)]
    if len(marks) > 1:
        # an END under each part (Baidu Jingyan's step lists) ends the part, not the article
        events = [e for i, e in enumerate(events) if i not in set(marks)]
    elif not marks:
        # the mark leading the writer's closing words: they and what follows are no text of the last part
        leads = [i for i, e in enumerate(events) if isinstance(e, Block) and e.kind == "p" and _END_LEAD.match(e.text)]
        marks = leads if len(leads) == 1 else []
    for i, event in enumerate(events):
        if len(marks) == 1 and i == marks[0]:
            return events[:i] + _comments_part(events[i:])
        if isinstance(event, _Heading) and i and _TAIL_HEADING.match(event.title):
            events = events[:i]     # a blog platform's author card, responses, more posts
            break                   # (the writer's sign-off above them goes too: below)
        if isinstance(event, _Heading) and i and _ASK_US.match(event.title) \
                and not any(isinstance(e, _Heading) for e in events[i + 1:]) \
                and sum(len(e.text) for e in events[i + 1:]) <= CALL_TO_ACTION_MAX \
                and not any(gives_number(e.text) for e in events[i + 1:]):
            # the page's last word, 「还有问题？加入 Telegram 群」, asks nothing; but one giving a number (Ufone's
            # 「Need more help?」 over 「Call 333 from your Ufone number, or 0800-33333…」, holdout278: the only place
            # the page gives its hotline) is the page's, as a contact prompt giving one is (`clean._contact_prompts`)
            return events[:i]
    # (a heading too, with no heading after it: AEM's cmp-teaser 「这篇文章有帮助吗？」 is an <h3> over its two
    # links 「有帮助」「没有帮助」, which were read as a Q&A answered 「有帮助没有帮助」, holdout110)
    # (looked for above the comments part a reader put last: SolarWinds Service Desk's 「Was this solution
    # helpful?」 👍/👎 bar stands between the solution and its comments, and was a part of its own, holdout152)
    text_end = len(events) - len(_comments_part(events))
    asks = [i for i, e in enumerate(events[:text_end][-FEEDBACK_TAIL:], start=max(0, text_end - FEEDBACK_TAIL))
            if isinstance(e, Block) and e.kind == "p" and _FEEDBACK.match(e.text)
            or isinstance(e, _Heading) and _FEEDBACK.match(e.title)
            and not any(isinstance(later, _Heading) for later in events[i + 1:text_end])]
    if asks and sum(len(e.text) for e in events[asks[0]:text_end] if isinstance(e, Block)) <= CALL_TO_ACTION_MAX:
        start = asks[0]     # 「Was this helpful?」 and what follows it (Previous / Next), with the 「Last updated」 above
        while start and isinstance(events[start - 1], Block) and events[start - 1].kind == "p" \
                and is_byline(events[start - 1].text):
            start -= 1
        # (but a contact bar after it giving the site's hotline, 饿了么 客服中心's 「在线客服 客服电话 10105757」 under its
        # 「以上内容是否解决了您的问题？」, holdout228, keeps its line, as a contact prompt giving a number does:
        # `clean._contact_prompts`; after the last answer it is the page's closing passage)
        kept = [e for e in events[asks[0] + 1:text_end] if isinstance(e, Block) and e.kind == "p" and _HOTLINE.search(e.text)]
        events = events[:start] + kept + events[text_end:]
    events = _cut_notice_sign_off(events)
    # the writer's text ends where a blog's comments part begins (`blogs.COMMENTS_TITLE`, always last)
    end = len(events)
    if events and (last := max((i for i, e in enumerate(events) if isinstance(e, _Heading)), default=-1)) >= 0 \
            and events[last].title == COMMENTS_TITLE:
        end = last
    # … after a rule, or after a picture's caption (Matters' 「以上是我…踩過的坑…有問題歡迎在下面留言。」)
    rules = [i for i, event in enumerate(events[:end]) if isinstance(event, Block) and event.kind in ("hr", "caption")]
    if rules:
        tail = events[rules[-1] + 1:end]
        if tail and all(isinstance(e, Block) and e.kind == "p" for e in tail) \
                and sum(len(e.text) for e in tail) <= SIGN_OFF_MAX and SIGN_OFF.search(" ".join(e.text for e in tail)):
            keep = rules[-1] + (events[rules[-1]].kind == "caption")
            return events[:keep] + events[end:]
    return events


# a notice's closing disclaimer, a paragraph of its own: 「本通知最终解释权归网络信息中心所有」
_FINAL_SAY = re.compile(r"^\s*[^，,。；;\s]{0,12}(?:最终解释权|最終解釋權)(?:归|歸)[^，,。；;]{1,30}所有\s*[。.]?\s*$")
# … and the issuer's line over it, signed and dated (「河滨职业技术学院网络信息中心 · 2026年8月」, 「××公司 2026-08-20」)
_SIGNED_DATE = re.compile(r"(?:19|20)\d\d\s*(?:年|[-/.．]\s*\d{1,2})")
SIGNED_LINE_MAX = 40


def _cut_notice_sign_off(events: list[_Heading | Block]) -> list[_Heading | Block]:
    """A notice's 落款 at its end — the closing disclaimer 「本通知最终解释权归…所有」 (`_FINAL_SAY`) among the last two
    paragraphs of the text, with the issuer's dated line just above it — says who issued it, not what it says: read
    as text it was a passage of its own titled by the page's title (a 秀米 notice's, holdout261), answering nothing.
    Dated by-lines are the page's (`drop_bylines`); a disclaimer inside a paragraph saying more (「活动咨询：10010
    本活动最终解释权归…」) keeps its paragraph."""
    text_end = len(events) - len(_comments_part(events))
    finals = [i for i in range(max(0, text_end - 2), text_end)
              if isinstance(events[i], Block) and events[i].kind == "p" and _FINAL_SAY.match(events[i].text)]
    if not finals:
        return events
    start = finals[0]
    if start and isinstance(above := events[start - 1], Block) and above.kind == "p" \
            and len(above.text) <= SIGNED_LINE_MAX and _SIGNED_DATE.search(above.text):
        start -= 1
    tail = events[start:text_end]
    if not all(isinstance(e, Block) and e.kind == "p" and (_FINAL_SAY.match(e.text) or _SIGNED_DATE.search(e.text)
                                                            and len(e.text) <= SIGNED_LINE_MAX) for e in tail):
        return events
    return events[:start] + events[text_end:]


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


def table_properties(rows: list[list[str]]) -> str:
    r"""A table without a header row whose rows are label and value cells side by side, the page's
    properties (see `is_properties`) as a help desk lays them out under a solution's title (ManageEngine
    ServiceDesk Plus's 「解决方案 ID | 1047 | 主题 | … / 创建人 | … | 最后更新 | …」, holdout80): their
    `key: value` lines, or '' for any other table.

    >>> table_properties([["创建人", "Aigerim", "最后更新：", "2026-09-17"], ["关键词", "限额, 提额"]])
    '创建人: Aigerim\n最后更新: 2026-09-17\n关键词: 限额, 提额'
    >>> table_properties([["Kcell", "*100#"], ["Beeline", "*102#"], ["Tele2", "*111#"]])
    ''
    """
    if not rows or any(len(cells) % 2 or not all(cells) for cells in rows):
        return ""
    lines = "\n".join(f"{cells[k].rstrip(':： ')}: {cells[k + 1]}" for cells in rows for k in range(0, len(cells), 2))
    return lines if is_properties(lines) else ""


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


def slugify(text: str) -> str:
    """Make an anchor from heading text, keeping Chinese and Cyrillic characters.

    >>> slugify("Доставка и оплата"), slugify("客户说来电显示是「Неизвестный номер」怎么办？")
    ('доставка-и-оплата', '客户说来电显示是-неизвестный-номер-怎么办')
    """
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "section"


# ---- text extraction ----------------------------------------------------------------------

def _strong_lead(tag: Tag) -> str:
    """Return the text of a <strong>/<b> the block starts with, if any."""
    return _lead_of(tag.children)


def _lead_of(nodes) -> str:
    nodes = list(nodes)
    for k, child in enumerate(nodes):
        if isinstance(child, NavigableString):
            if child.strip():
                # an item's number typed before its bold words (「① <b>2GIS</b>：…」, a WeChat editor's
                # paragraphs): the bold leads the item, as when the number is bold too
                lead = _lead_of(nodes[k + 1:]) if _is_item_marker(child) else ""
                return clean(f"{child}{lead}") if lead else ""
            continue
        if child.name in STRONG_TAGS:
            return clean(raw_text(child))
        if child.name in ("p", "span", "a") or child.name in BLOCK_TAGS:
            return _strong_lead(child)
        return ""
    return ""


def _is_item_marker(text: str) -> bool:
    """Only an item's number (「① 」, 「2. 」, 「(3)」), nothing after it.

    >>> _is_item_marker("① "), _is_item_marker("(3)"), _is_item_marker("① 拨打")
    (True, True, False)
    """
    text = text.strip()
    number, start = _item_number(f"{text} x")
    return number > 0 and start >= len(text)


def _br_lines(nodes: list) -> Iterator[list]:
    """A block's children cut at its <br>s (`html_text.is_br`): each line's nodes, the last line's too."""
    line: list = []
    for child in nodes:
        if is_br(child):
            yield line
            line = []
        else:
            line.append(child)
    yield line


def _bold_lines(nodes: list) -> set[str]:
    """The <br> lines of a block that are all in bold, short, and end no sentence (「<b>续费的坑</b>」): titles."""
    out = set()
    for line in _br_lines(nodes):
        text = clean("".join(raw_text(n) for n in line))
        if text and clean(_lead_of(line)) == text and len(text) <= HEADING_MAX and not HEADING_END.search(text) \
                and "\n" not in text:
            out.add(text)
    return out


def _line_leads(nodes: list) -> list[str]:
    """The bold text each <br> line of a block starts with, without its number
    (「<b>1. 手机是国行。</b>大陆版…<br><b>2. …</b>」): numbered lines keep their bold leads, which
    tell a list of reasons or options from one of steps (fragment._is_procedure_list)."""
    leads = []
    for line in _br_lines(nodes):
        lead = clean(_lead_of(line))
        start = _item_number(lead)[1]
        if lead[start:]:
            leads.append(lead[start:])
    return leads


# ---- walking ------------------------------------------------------------------------------

def table_caption(table: Tag) -> str:
    """A table's title: its `<caption>` (Asciidoctor's 「表 1. …」), else the `<figcaption>` of the
    figure it is the one table of (WordPress's table block: 「表：不同情况需要的材料…」). It says what the
    rows are, so it heads them: read as a picture's caption it was a passage of its own, apart from
    its table, and a `<caption>` was lost."""
    caption = table.find("caption", recursive=False)
    if caption is None and (figure := _table_figure(table)) is not None:
        caption = figure.find("figcaption", recursive=False)
    return clean(raw_text(caption)).replace("\n", " ") if caption is not None else ""


def _cell_texts(cells: list[Tag], headed: bool) -> list[str]:
    """A table row's cells as text, a cell's lines items of it (「1021 123ABC02<br>1021 123ABC02 3」, not one run
    of words), a short value spanning columns of a headed table read under each of them (`_spanned`)."""
    texts = []
    for cell in cells:
        text = clean(raw_text(cell)).replace("\n", " / ")
        texts.extend([text] * (_spanned(cell, cells, text) if headed else 1))
    return texts


SPAN_MAX = 12       # a cell's colspan above this is a page's layout trick, not columns of a table
SPAN_TEXT_MAX = 20  # … and a value repeated under each column it spans is this short (a price, a time, 「—」)


def _spanned(cell: Tag, cells: list[Tag], text: str) -> int:
    """How many times a cell of a table headed by its `<th>` row is read: a short value spanning columns beside
    other cells holds for each of them (a Fandom wikitable's 「夜场 | <td colspan=2>9 500 ₸</td> | 周五、周六…」,
    one price for weekdays and weekends), so that the row's cells stay under their headers. A row's only cell
    (a banner across the table) and a sentence across columns (a note, 「没有签协议，不能用」) stand once: repeated,
    they were read as many times over.

    >>> from bs4 import BeautifulSoup
    >>> row = BeautifulSoup('<tr><td>夜场</td><td colspan="2">9 500 ₸</td></tr>', "html.parser").find_all("td")
    >>> [_spanned(cell, row, cell.get_text()) for cell in row]
    [1, 2]
    """
    span = str(cell.get("colspan", "1")).strip()
    return int(span) if len(cells) > 1 and span.isdigit() and 1 < int(span) <= SPAN_MAX \
        and len(text) <= SPAN_TEXT_MAX else 1


def _table_figure(table: Tag) -> Tag | None:
    """The figure the table is the one table of, the table right in it or in wrappers holding nothing
    else (Quarto's 「<figure><figcaption>表 1: …</figcaption><div aria-describedby=…><table>」)."""
    holder = table
    while isinstance(holder.parent, Tag) and holder.parent.name != "figure":
        holder = holder.parent
        if holder.name != "div" or len(holder.find_all(True, recursive=False)) != 1:
            return None
    figure = holder.parent
    if not isinstance(figure, Tag) or len(_figure_tables(figure)) != 1:
        return None
    return figure


def _figure_tables(figure: Tag) -> list[Tag]:
    """The figure's tables, not those nested in their cells."""
    return [table for table in figure.find_all("table") if table.find_parent(["table", "figure"]) is figure]


def _quote_text(quote: Tag) -> str:
    """A quotation's text without the `<cite>` closing it (WordPress's quote block: 「—— Beeline
    营业员的原话（我翻译的）」), which says who said it, not what: it was a line of the quote."""
    children = [c for c in quote.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(children) > 1 and isinstance(children[-1], Tag) and children[-1].name == "cite":
        return BR + "".join(raw_text(c) for c in children[:-1]) + BR
    return raw_text(quote)


def _captions_table(figcaption: Tag) -> bool:
    """The figcaption titles the one table of its figure (read with it: `table_caption`)."""
    figure = figcaption.parent
    if not isinstance(figure, Tag) or figure.name != "figure":
        return False
    tables = _figure_tables(figure)
    return len(tables) == 1 and _table_figure(tables[0]) is figure



# a forum reply headed 「Re: <subject>」 (phpBB) is titled 「<subject>（回复）」, as `clean._forum_replies` titles replies
_REPLY_PREFIX = re.compile(r"^(?:re|回复|回覆)\s*[:：]\s*(?=\S)", re.IGNORECASE)
# a forum's stamp on an edited post: 「最后由 X 编辑于 …，总共编辑 1 次。」 (phpBB), 「本帖最后由 X 于 … 编辑」 (Discuz!)
_EDIT_STAMP = re.compile(r"^(?:本帖)?(?:最后|最後)由\s*\S.{0,60}?(?:编辑|編輯)|^last edited by\b", re.IGNORECASE)


@dataclass
class _Heading:
    level: int
    title: str
    anchor: str          # "" when the heading has no id attribute
    bold: bool = False
    by_writer: bool = False     # it names who wrote the part (html_text.WRITER)


# the elements the walker reads as boxes of blocks (`_Walker.element`'s last branch)
_BOXES = frozenset({"div", "section", "article", "main", "center", "figure", "address"})


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
        heading: _Heading | None = None     # the last heading set straight in the container
        resume: _Heading | None = None      # … when a box after it held deeper headings: what the text after the box is under

        def emit(read) -> None:
            nonlocal resume
            start = len(self.events)
            read()
            if resume is None:
                return
            new = [e for e in self.events[start:] if isinstance(e, _Heading) or e.kind != "blank"]
            if new:
                if isinstance(new[0], Block):
                    self.events.insert(start, replace(resume, anchor=""))
                resume = None

        def flush() -> None:
            if inline:
                # text typed straight into a <div> (a help-desk editor's lines) leads with bold as a <p> does
                nodes = list(inline)
                inline.clear()
                emit(lambda: self.paragraph("".join(raw_text(n) for n in nodes), lead=_lead_of(nodes), nodes=nodes))

        def box(child: Tag, read) -> None:
            # A box of cards, each titled by a deeper heading than the one over the box (Beeline's div.tariff-cards,
            # an h3 a tariff, under 「套餐与价格」, holdout276): their headings end with the box, and the text after it
            # in the container is the outer heading's again, not the last card's. It is a part of that heading's
            # once more, in page order.
            # A box holding a heading alone (a site builder's heading wrapped in a div) heads the text after it.
            nonlocal resume
            start = len(self.events)
            emit(read)
            if heading is None or heading.level == 1:
                return
            read_in = self.events[start:]
            last = max((k for k, e in enumerate(read_in) if isinstance(e, _Heading)), default=None)
            if last is not None \
                    and all(e.level > heading.level for e in read_in if isinstance(e, _Heading)) \
                    and any(isinstance(e, Block) and e.kind != "blank" for e in read_in[last + 1:]):
                resume = heading

        for child in container.children:
            if child is skip:
                continue
            if isinstance(child, Tag) and child.name in BLOCK_TAGS:
                flush()
                if child.name in HEADINGS:
                    resume = None
                    emit(lambda: self.element(child))
                    last = self.events[-1] if self.events else None
                    heading = last if isinstance(last, _Heading) else heading
                elif child.name in _BOXES:
                    box(child, lambda: self.element(child))
                else:
                    emit(lambda: self.element(child))
            elif isinstance(child, Tag) and _holds_blocks(child):
                flush()
                box(child, lambda: self.walk(child))   # <font> around a whole page part, tables included (old CMS pages)
            elif isinstance(child, (Tag, NavigableString)):
                inline.append(child)
        flush()

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name in HEADINGS:
            # a heading is one line, whatever <br> its page breaks it with (Tilda's two-line title)
            title = clean(raw_text(tag)).replace("\n", " ")
            if reply := _REPLY_PREFIX.match(title):     # a forum reply's 「Re: <subject>」 (phpBB)
                title = reply_title(title[reply.end():])
            self.events.append(_Heading(HEADINGS[name], title, str(tag.get("id", "")), bold=bool(_strong_lead(tag)),
                                        by_writer=tag.has_attr(WRITER)))
        elif name == "p":
            raw = raw_text(tag)
            if clean(raw):
                self.paragraph(raw, tag)
            else:
                self.events.append(Block(kind="blank", text=""))     # the writer's empty line (`blank_lines`)
        elif name in ("ul", "ol"):
            self.list(tag)
        elif name == "dl":
            for item in tag.find_all(["dt", "dd"]):
                self.block(item.name, raw_text(item), item)
        elif name == "pre":
            self.block("pre", code_text(tag).strip("\n"))
        elif name == "table":
            rows = [row.find_all(["td", "th"], recursive=False) for row in table_rows(tag)]
            if is_layout(rows):
                for cells in rows:          # a page laid out with a table: its cells are containers
                    for cell in cells:
                        self.walk(cell)
                return
            headed = any(cells and all(c.name == "th" for c in cells) for cells in rows)
            texts = [texts for texts in (_cell_texts(cells, headed) for cells in rows) if any(texts)]
            if not headed and (properties := table_properties(texts)):
                self.block("meta", properties)      # a record's fields laid out as a table (`table_properties`)
                return
            self.table(texts, table_caption(tag))
        elif name == "blockquote":
            self.block("quote", _quote_text(tag), tag)
        elif name == "figcaption":
            if not _captions_table(tag):    # a table's caption heads the table (`table_caption`)
                # a picture's caption: no text of the paragraphs around it, nor its credit (`uncredited`)
                if caption := uncredited(raw_text(tag)):
                    self.block("caption", caption)
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
        pieces = _PARAGRAPH_BREAK.split(raw) if BR in raw else [raw]
        nodes = list(tag.children) if tag is not None else nodes or []
        bold = _bold_lines(nodes) if len(pieces) > 1 else set()
        for k, piece in enumerate(pieces):
            if k and bold:
                # a paragraph after a blank line opened by a short line all in bold (a forum post's or a CMS editor's
                # 「<br><br><strong>续费的坑</strong><br>到期前…」, HostLoc's Discuz! post, holdout298): that line titles
                # what follows, as a bold paragraph does; the bold of every paragraph but the first was lost, so such
                # lines were glued to the text below or above them, and the lists under them titled by the page
                first, _, rest = piece.strip().partition(BR)
                title = clean(first)
                # (not a numbered one, 「<b>1. 飞行模式</b>」: a numbered run's item, read with its number as before)
                if title in bold and not _item_number(title)[0]:
                    self.block("p", first, None, title)
                    if rest.strip():
                        self._lines(rest, None, "", nodes)
                    continue
            self._lines(piece, tag if k == 0 else None, lead if k == 0 else "", nodes)

    def _lines(self, raw: str, tag: Tag | None, lead: str = "", nodes: list | None = None) -> None:
        if BR not in raw and "\n" not in raw.strip() and not raw.lstrip().startswith(("「", "『", "“")):
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
            lead, items, tail = lines
            for j, part in enumerate(standalone_lines(lead) if lead else []):
                self.block("p", part, tag if j == 0 else None)
            list_id, self.lists = self.lists, self.lists + 1
            leads = _line_leads(nodes or [])
            for item in items:
                lead = next((x for x in leads if item.startswith(x)), "")
                self.block("li", item, None, lead, ordered=True, list_id=list_id)
            for part in standalone_lines(tail) if tail else []:
                self.block("p", part)       # the text after the list, a paragraph of its own
            return
        # the tag's bold leads its first line with text (a <p>'s text opens on a line break)
        for j, part in enumerate(part for part in standalone_lines(raw) if part.strip()):
            self.block("p", part, tag if j == 0 else None)

    def table(self, rows: list[list[str]], caption: str = "") -> None:
        """A table, or what a CMS editor made with one: a FAQ table (问题 | 解答) becomes
        question and answer blocks, a steps table (步骤 | 操作, numbered 1, 2, 3…) an ordered list.
        Its caption is its first line (a table's lines, the rows, follow it)."""
        kind = table_kind(rows)
        if caption and kind != "table":
            self.block("p", caption)
        if kind == "qa":
            for question, answer, *_ in rows[1:]:
                self.block("p", f"问：{question}")
                self.block("p", f"答：{answer}")
        elif kind == "steps":
            list_id, self.lists = self.lists, self.lists + 1
            for _, *rest in rows[1:]:
                self.block("li", "：".join(c for c in rest if c), ordered=True, list_id=list_id)
        else:
            self.block("table", BR.join([caption] * bool(caption)
                                        + [" | ".join(_CELL_BAR.sub(r"\\|", cell) for cell in cells) for cells in rows]))

    def details(self, tag: Tag) -> None:
        """An accordion entry (<details><summary>问题？</summary>答案</details>, the FAQ of many
        CMS pages) reads as a definition list: the summary is the term, its content the definition.
        The summary keeps its kind: one that asks nothing is a heading the reader clicks open."""
        summary = tag.find("summary", recursive=False)
        if summary is None:
            self.walk(tag)
            return
        # (a triangle typed before the words, Slite's 「▸ 」, draws again the marker the browser draws)
        self.block("summary", _DRAWN_MARKER.sub("", raw_text(summary), count=1), summary)
        inner = _Walker(lists=self.lists)
        inner.walk(tag, skip=summary)
        self.lists = inner.lists
        # (an item of a numbered list keeps its list: an answer's steps, `fragment`'s `_Cutter.blocks`)
        self.events.extend(Block(kind="dd", text=e.text, strong_lead=e.strong_lead,
                                 **({"ordered": True, "list_id": e.list_id} if e.kind == "li" and e.ordered else {}))
                           if isinstance(e, Block) else e
                           for e in inner.events if not (isinstance(e, Block) and e.kind == "blank"))

    def list(self, tag: Tag) -> None:
        """A list's items, each with its bullets. An ordered list in a bullet is a procedure
        of its own (「- 方法一：拨号⏎  1. 拨 *100#」); in a numbered item it holds that step's
        sub-steps (「1. 准备证件⏎   1. 护照」), which belong to the step as its bullets do."""
        if _headed_items(tag):
            for item in tag.find_all("li", recursive=False):
                self.walk(item)         # each item a part under its own heading, not a step
            return
        list_id = self.lists
        self.lists += 1
        for item in _list_parts(tag):
            if item.name in ("ul", "ol"):
                self.list(item)         # a list typed as a sibling of the items, not inside one
                continue
            if item.name != "li":
                self._loose(item)       # text a list holds beside its items
                continue
            own = tag.name == "ol"
            self.block("li", raw_text(item, skip=frozenset() if own else frozenset({"ol"}), code_lines=True), item,
                       ordered=own, list_id=list_id)
            if own:
                continue
            for nested in _outer_ordered(item):
                self.list(nested)

    def _loose(self, part: Tag | NavigableString) -> None:
        """A list's part that is no item, read as it would be outside the list."""
        if isinstance(part, Tag) and part.name in BLOCK_TAGS:
            self.element(part)
        elif isinstance(part, Tag) and _holds_blocks(part):
            self.walk(part)
        else:
            self.paragraph(raw_text(part))


def _headed_items(tag: Tag) -> bool:
    """A list whose every item (two at least) opens with a heading: a run of headed parts laid out as a list,
    not a procedure. komoot's waypoints are an `<ol>` of `li > h3 + p` (「克孜勒赛村 Кызылсай（38 公里）」 over its
    signal note): read as items, each place was a step 「2/4」 of its section, its heading the step's first line
    again (holdout171). Each item's heading now heads its own part, as it would outside the list."""
    items = [child for child in tag.children if not (type(child) is NavigableString and not child.strip())]
    if len(items) < 2 or any(not isinstance(item, Tag) or item.name != "li" for item in items):
        return False
    for item in items:
        first = next((child for child in item.children
                      if not (type(child) is NavigableString and not child.strip())), None)
        if not isinstance(first, Tag) or first.name not in HEADINGS or not clean(raw_text(first)):
            return False
    return True


def _list_parts(tag: Tag) -> list[Tag | NavigableString]:
    """A list's items in page order, with what it holds that is not an item: the lists and text
    beside them, and the items of a wrapper that is no <li> (Instagram's comment list is a <ul> of
    `div[role=button] > li`, its replies `ul > div > li`). Taking only the <li> children lost all
    of that, and with it every comment of the page."""
    parts: list[Tag | NavigableString] = []
    for child in tag.children:
        if isinstance(child, Tag) and child.name not in ("li", "ul", "ol") and child.find("li") is not None:
            parts += _list_parts(child)
        elif isinstance(child, Tag) or (type(child) is NavigableString and child.strip()):
            parts.append(child)
    return parts


def _outer_ordered(tag: Tag) -> list[Tag]:
    """The ordered lists in a bullet, each not inside another one there, however deep: its text
    leaves them all out (`_Walker.list`), so each must be read as a list of its own. Looking only
    among its children and theirs lost the <ol>s a forum wraps in the layout of a post that is a
    bullet of its thread (NodeBB's 「<li component="post">…<div class="content"><ol>」)."""
    found: list[Tag] = []
    for child in tag.children:
        if isinstance(child, Tag):
            found += [child] if child.name == "ol" else _outer_ordered(child)
    return found


# ---- title and sections -------------------------------------------------------------------

@dataclass
class _Node:
    level: int
    title: str
    anchor: str
    blocks: list[Block] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)
    by_writer: bool = False

    def freeze(self) -> Section:
        return Section(self.level, self.title, self.anchor, tuple(self.blocks),
                       tuple(child.freeze() for child in self.children), self.by_writer)


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
_CN_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_NUMBER_PART = re.compile(r"^\s*\d{1,2}\s*[.．、)）]\s*\S")     # 「1. 国行手机」 under 「二、…」


def _titles_its_table(events: list[_Heading | Block], i: int) -> bool:
    """Whether a short paragraph all in bold and ending in 「：」 stands alone over the table right under
    it (163 郵箱's 「<p><b>伺服器位址與連接埠（以 163.com 為例）：</b></p>」 over its server table, holdout284):
    the table's title, a part of the page as the bold lines without a colon are. Over a paragraph it
    is a lead-in to that text, and over a list `fragment` already reads it as the list's title.

    >>> bold = Block("p", "伺服器位址：", strong_lead="伺服器位址：")
    >>> _titles_its_table([bold, Block("table", "協定 | 伺服器")], 0), _titles_its_table([bold, Block("p", "IMAP")], 0)
    (True, False)
    """
    block = events[i]
    return isinstance(block, Block) and block.kind == "p" and block.strong_lead == block.text \
        and "\n" not in block.text and len(block.text) <= HEADING_MAX and block.text[-1:] in "：:" \
        and i + 1 < len(events) and isinstance(events[i + 1], Block) and events[i + 1].kind == "table"


def _asks_as_part(block: Block) -> bool:
    """A bold line numbered 「二、」 that asks (「二、門市（營業廳）假期開唔開？」): a writer numbering
    parts 一、二、三 titles some with the question they answer. Read apart from the others (no title
    line ends in 「？」), those became questions keeping their 「二、」 under the part before, while the
    others became parts (holdout42's Blogger post).

    >>> _asks_as_part(Block("p", "二、假期開唔開？", strong_lead="二、假期開唔開？"))
    True
    >>> _asks_as_part(Block("p", "假期開唔開？", strong_lead="假期開唔開？")), _asks_as_part(Block("p", "二、開唔開？"))
    (False, False)
    """
    text = block.text
    return (block.kind == "p" and block.strong_lead == text and _CN_PART.match(text) is not None
            and text.endswith(("？", "?")) and len(text) <= HEADING_MAX and "\n" not in text)


def promote_bold_headings(events: list[_Heading | Block], skip: int) -> list[_Heading | Block]:
    """In a page without sub-headings, short all-bold paragraphs are its headings, and so are
    short lines numbered 「一、」「二、」, lines that are only a 【bracketed title】 (the heading is
    the title without its brackets) and a line that only says 常见问题 (bold or not), and longer
    bold lines numbered in turn with the bold ones (`_numbered_in_turn`).

    Pages exported from Word, typed into a CMS editor or kept as plain text mark their sections
    with such lines (「一、如何开通」) instead of <h2>; without this the whole page is one passage.
    A bold line numbered 「（一）」/「(1)」/「1.1」 is one level down, so numbered ones
    become the steps of the line above them, as numbered sub-headings do.
    """
    # (the title itself may be an <h2>: Xiaohongshu's; a blog's comments part 「评论」 is no heading of the writer's)
    if any(isinstance(e, _Heading) and e.level >= 2 and e.title != COMMENTS_TITLE for k, e in enumerate(events) if k != skip):
        # nor is the heading a forum reader puts over each reply (「…（回复）」): a thread's first post is read as a
        # page of its own, its parts typed as lines (花粉俱樂部's <br> lines 「一、天際通係咩」 under the subject,
        # holdout239, stayed lines once the replies were headed), and each reply's bold lines as under any heading
        replies = next((k for k, e in enumerate(events) if isinstance(e, _Heading) and e.title.endswith(REPLY_SUFFIXES)),
                       len(events))
        if skip < replies < len(events) and not any(isinstance(e, _Heading) and e.level >= 2 and e.title != COMMENTS_TITLE
                                                    for k, e in enumerate(events[:replies]) if k != skip):
            return promote_bold_headings(events[:replies], skip) + _bold_subheadings(events[replies:], -1)
        return _bold_subheadings(events, skip)
    candidates = [i for i, e in enumerate(events)
                  if i != skip and isinstance(e, Block) and _is_title_line(e)
                  and (e.strong_lead == e.text or _ORDINAL_HEADING.match(e.text) or _BRACKET_HEADING.match(e.text)
                       or _FAQ_HEADING.match(e.text))
                  or i != skip and isinstance(e, Block) and _asks_as_part(e)
                  or i != skip and _titles_its_table(events, i)]
    # a note's pictograph titles, each over some text that is not another one (a run of 📍 lines is a list)
    candidates += [i for i, e in enumerate(events[:-1])
                   if i != skip and isinstance(e, Block) and e.kind == "p" and is_emoji_title(e.text)
                   and isinstance(events[i + 1], Block) and not is_emoji_title(events[i + 1].text)]
    candidates = sorted(set(candidates) | set(_numbered_in_turn(events, candidates, skip)))
    if len(candidates) < 2:
        return events
    out = list(events)
    # parts numbered 「一、」「二、」 hold the lines numbered 「1.」「2.」 among them (360doc's 「二、国行、美版、
    # 欧版手机分别怎么样」 over 「1. 国行手机」: at one level, the part was left empty and lost)
    parted = any(_CN_PART.match(events[i].text) for i in candidates)
    for i in candidates:
        text = _BRACKET_HEADING.sub(r"\1", events[i].text)
        text = text[1:].lstrip("\ufe0f ") if is_emoji_title(text) else text
        text = text[:-1].rstrip() if _titles_its_table(events, i) else text
        # (nor the 「■」 drawn before it: DCinside's 「<p><b>■ 猎场有没有信号</b></p>」, as Ameba's reader does)
        text = TITLE_GLYPH.sub("", text) or text
        down = _SUB_NUMBER.match(text) or (parted and _NUMBER_PART.match(text))
        out[i] = _Heading(3 if down else 2, text, "", bold=True)
    return out


LONG_HEADING_MAX = 80       # a part title in the page's numbered run may be longer than a bold line taken alone
_CN_DIGITS = "一二三四五六七八九"


def ordinal_number(text: str) -> int:
    """The number of a part title numbered 「二、」「十二、」「二十、」, 0 when it is none.

    >>> ordinal_number("二、资费"), ordinal_number("十二、其他"), ordinal_number("二十一、附录"), ordinal_number("资费")
    (2, 12, 21, 0)
    """
    match = re.match(r"([一二三四五六七八九十]{1,3})、", text)
    if match is None:
        return 0
    tens, _, units = match.group(1).rpartition("十")
    if "十" in tens or len(units) > 1 or (match.group(1).count("十") == 0 and len(units) != 1):
        return 0
    value = (_CN_DIGITS.index(units) + 1) if units else 0
    if "十" in match.group(1):
        value += 10 * ((_CN_DIGITS.index(tens) + 1) if tens else 1)
    return value


def _numbered_in_turn(events: list[_Heading | Block], candidates: list[int], skip: int) -> list[int]:
    """Bold paragraphs numbered in turn with the page's bold part titles (「二、」 after 「一、」 or
    before 「三、」) though longer than a heading taken alone (「二、网络列表里的名称和 401 01、401 02、401 77
    这些数字是什么意思」, 42 characters): the writer's numbering says they title parts as the others do."""
    numbered = {i: n for i in candidates if isinstance(events[i], Block) and events[i].strong_lead == events[i].text
                and (n := ordinal_number(events[i].text))}
    if len(numbered) < 2:
        return []
    order = sorted(numbered)
    out = []
    for i, event in enumerate(events):
        if i == skip or i in numbered or not isinstance(event, Block) or event.kind != "p" \
                or event.strong_lead != event.text or len(event.text) > LONG_HEADING_MAX \
                or "\n" in event.text or HEADING_END.search(event.text) or not (n := ordinal_number(event.text)):
            continue
        at = bisect_left(order, i)
        if (at and numbered[order[at - 1]] == n - 1) or (at < len(order) and numbered[order[at]] == n + 1):
            out.append(i)
    return out


def _bold_subheadings(events: list[_Heading | Block], skip: int) -> list[_Heading | Block]:
    """In a page with headings, a part holding two or more short all-bold lines, each over some
    text, has them as its sub-headings (「WhatsApp」, 「LINE」 under 「四、記錄轉移」): a writer in
    a word processor or a help-desk editor bolds a line where a Heading 3 would go. So are lines
    that are only a 【bracketed title】 (without the brackets), as in a page without headings: a
    seller typing a listing's description in a plain text box titles its parts so (「【套件清单】」
    under leboncoin's 「Description」), and they were lines of the part above (holdout224)."""
    out: list[_Heading | Block | None] = list(events)
    again: dict[int, _Heading] = {}     # the part's heading, repeated where its text goes on after labelled lists
    part: _Heading | None = None
    level, run = 1, []
    for i, event in enumerate(events + [_Heading(1, "", "")]):
        if isinstance(event, _Heading):
            if len(run) >= 2 or len(run) == 1 and _titles_its_procedure(events, run[0]):
                parted = any(_CN_PART.match(events[j].text) for j in run)     # (as `promote_bold_headings`)
                for j in run:
                    down = parted and _NUMBER_PART.match(events[j].text) is not None
                    title = _BRACKET_HEADING.sub(r"\1", events[j].text)
                    out[j] = _Heading(min(level + 1 + down, 6), title, "", bold=True)
                after = _after_labelled_lists(events, run, i)
                if after is not None and after > skip and part is not None and part.title:
                    again[after] = replace(part, anchor="")
            level, run = event.level, []
            part = event if i != skip else replace(event, title="")
        elif i != skip and isinstance(event, Block) and (_is_title_line(event) or _asks_as_part(event)
                                                          or _option_title(event)) \
                and (event.strong_lead == event.text or _BRACKET_HEADING.match(event.text)) \
                and i + 1 < len(events) and not isinstance(events[i + 1], _Heading):
            run.append(i)
    return [e for i, item in enumerate(out) for e in ((again[i], item) if i in again else (item,))]


# 「方案一：」「方法二：」: a bold line naming one of several ways to do a thing
_OPTION_LEAD = re.compile(r"^(?:解决)?(?:方案|方法|办法|辦法)[一二三四五六七八九十\d]{1,2}\s*[：:、.．]")


def _option_title(block: Block) -> bool:
    """A bold line numbered as one of several ways (「方案一：联想电脑管家开启“养护模式”（小新、YOGA、拯救者、
    ThinkBook）」, 41 characters, over its numbered steps, holdout305's 联想知识库 page) titles its way though
    longer than a heading taken alone, as a part title numbered 「二、」 may be (`LONG_HEADING_MAX`): else it was a
    body-only fragment and both ways' steps were 「step n/4 of 「解决方案」」, a step not saying which way it is."""
    return block.kind == "p" and _OPTION_LEAD.match(block.text) is not None and len(block.text) <= LONG_HEADING_MAX \
        and "\n" not in block.text and not HEADING_END.search(block.text)


def _titles_its_procedure(events: list[_Heading | Block], j: int) -> bool:
    """Whether a part's one short all-bold line titles the numbered list right under it, after the
    part's own text (Zalo OA's 「<p><strong>出发前开通漫游的步骤</strong></p>」 over its <ol>, below the
    h2's paragraphs): the procedure's own heading, else glued as the last line of the text above and
    its steps titled by the part. Unnumbered, a label over the list's lines (`_after_labelled_lists`
    gives the part back what follows the list)."""
    return 0 < j and isinstance(events[j - 1], Block) and events[j - 1].kind == "p" \
        and isinstance(events[j + 1], Block) and events[j + 1].kind == "li" and events[j + 1].ordered \
        and not _ORDINAL_HEADING.match(events[j].text) and not _SUB_NUMBER.match(events[j].text)


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
    """Consecutive paragraphs numbered 1, 2, 3… (「<p>1. 拨打客服热线</p><p>2. …」) are an ordered list.

    A code block right under a numbered paragraph is that step's commands (H3C's 典型配置举例 write each
    step 「<p>(1) 配置APN模板…</p><pre class="Command">[Router] apn profile 1…</pre>」: the steps were
    no procedure, each step's line glued to the end of the commands of the step before it, holdout299).

    >>> run = number_paragraph_runs([Block("p", "(1) 进入系统视图。"), Block("pre", "<R> system-view"),
    ...                              Block("p", "(2) 保存配置。"), Block("pre", "[R] save")], 0)
    >>> [(b.kind, b.text) for b in run]
    [('li', '进入系统视图。\\n<R> system-view'), ('li', '保存配置。\\n[R] save')]
    """
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
            text = event.text[start:]
            end += 1
            while end < len(events) and isinstance(events[end], Block) and events[end].kind == "pre":
                text += "\n" + events[end].text
                end += 1
            items.append(Block("li", text, ordered=True, list_id=list_id, strong_lead=lead))
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
        node = _Node(event.level, event.title, _unique(event.anchor or slugify(event.title), taken),
                     by_writer=event.by_writer)
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
        soup = BeautifulSoup(html, "lxml")
    _main_closed_early(soup, html)
    return soup


_MAIN_END = re.compile(r"</main\s*>", re.I)


def _main_closed_early(soup: BeautifulSoup, html: str) -> None:
    """Put back into <main> the parts a stray end tag pushed out of it.

    A `</div>` closing a `<section>` (Product Hunt's post page: `<section class="styles_description…">…</div>`)
    closes every element up to the open <div> around <main> — in a browser as in lxml — so the sections
    written after it (「How it works」, 「Pricing」, the discussion) land beside <main>, and the article root
    (<main>) loses them; the page shows them all the same. The writer's own `</main>` comes after them: each
    element following <main> whose first text the source holds before its last `</main>` is put back, in
    order; the first one written after it (the sidebar, the footer) ends the run.

    >>> soup = read_html('<body><div><main><h1>T</h1><section><p>a</p></div><section><h3>B</h3></section>'
    ...                  '</main><footer>F</footer></body>')
    >>> [tag.name for tag in soup.main.find_all(recursive=False)]
    ['h1', 'section', 'section']
    """
    ends = list(_MAIN_END.finditer(html))     # (a text search first: most pages have no <main> to walk the tree for)
    main = soup.find("main") if ends else None
    if main is None:
        return
    end = ends[-1].start()
    last = next((text.strip() for text in reversed(main.find_all(string=True)) if text.strip()), "")
    cursor = html.find(last) if last else -1
    if not 0 <= cursor < end:
        return
    stray: list[Tag] = []
    for holder in [main, *main.parents]:
        if holder is soup.body or holder.parent is None:
            break
        for sibling in holder.find_next_siblings():
            text = next((t.strip() for t in sibling.find_all(string=True) if t.strip()), "")
            at = html.find(text, cursor) if text else -1
            if not 0 <= at < end or html.find(text, end) >= 0:    # written after </main>, or no telling
                main.extend(stray)
                return
            stray.append(sibling)
            cursor = at
    main.extend(stray)


def parse_article(source: Source) -> Article:
    """Parse a Source into an Article with its section tree and links."""
    html, page_title = render(source)
    soup = read_html(html)
    marks: frozenset[str] | None = None
    comments: Tag | None = None
    if source.format == "html":
        page_title = _page_title(soup)
        marks = page_marks(soup)    # each site reader below first looks for its site's mark among them
        before = tree_state(soup) if may_hold_comments(marks) else None
        bbs_post(soup, marks)          # a BBS post's web view (PTT): its fields, its text as plain text, its pushes
        telegram_chat(soup, marks)     # a chat Telegram Desktop exported as HTML: its name, each post a part, no furniture
        telegram_preview(soup, marks)  # a channel's web preview (t.me/s/…): its name, each post a part, no header, dates or counters
        discord_channel(soup, marks)   # a channel DiscordChatExporter exported as HTML: its name, read as a chat
        wechat_chat(soup, marks)       # a WeChat chat WechatExporter exported as HTML: its name, read as a chat
        slack_channel(soup, marks)     # a Slack channel slack-export-viewer shows: its name, each thread's replies answering it, read as a chat
        mattermost_channel(soup, marks)  # a Mattermost channel its web app shows: its name and description, each thread a chat, a post alone a post
        google_chat_space(soup, marks)  # a Google Chat space the web app shows: its name, each topic with its thread a chat, a topic alone a post
        rocketchat_room(soup, marks)   # a Rocket.Chat room the web app shows: its name and topic, the announcement, the open thread under its root, read as a chat
        pachca_channel(soup, marks)    # a channel Pachca exported as HTML: its name and description, each thread's replies under its root, attachments lines, read as a chat
        teams_channel(soup, marks)     # a Microsoft Teams channel the web app shows: its name, each post a part by its subject, its replies a chat
        message_feed(soup, marks)      # an ICQ New or TamTam channel page, a Skype export viewer page, a Webex space, a Chatra or Talk-Me dashboard's conversation, a Jivo chat e-mail: its name, each headed message a part, no counters, dates or system lines
        zulip_topic(soup, marks)       # a Zulip conversation the web app shows: its topic, each quoting reply under what it quotes, read as a chat
        messenger_chat(soup, marks)    # a Messenger chat Meta's 「Download your information」 exported as HTML: oldest first, read as a chat
        olark_transcript(soup, marks)  # an Olark chat transcript e-mail: its subject, read as a chat, no intro, visitor details, rating or footer
        mubu_outline(soup, marks)      # an outline exported from Mubu (幕布): the nesting its parts, numbered nodes steps, notes their nodes'
        slido_event(soup, marks)       # a Slido event's participant page: its name, code and dates, polls 「label：share」, each answered question a Q&A, no askers, votes or badges
        mentimeter_results(soup, marks)  # a Mentimeter results page: its title and meta line, each slide under its question, counts beside labels, notes apart, answered questions Q&As
        keep_note(soup, marks)         # a Google Keep note Takeout exported: a paragraph a line (its 【…】 lines its parts), no heading, labels or sharees
        tiddlywiki_story(soup, marks)  # a TiddlyWiki static export: its first tiddler the article, each other a part, no subtitles or tags
        outlook_mail(soup, marks)      # an e-mail Outlook saved as a page (Word's HTML): its subject, no headers, sign-off or disclaimer, the quoted mail a part
        hyperkitty_thread(soup, marks)  # a HyperKitty (Mailman 3) thread: its subject, each mail a part by its writer over its date, no columns, counts or signatures
        pipermail_message(soup, marks)  # a Pipermail (Mailman 2) message page: its subject, its writer and date a line over the mail, no navigation, signature or footer
        nabble_topic(soup, marks)      # a Nabble topic (classic view): its title, the first post its text, each reply a part by its author, no quotes, signature, dates or buttons
        qyer_ask(soup, marks)          # a 穷游问答 question: its h1, the question its text, the top answer answering it, each other a part 「name的回答」, numbered lines steps, 问：/答： lines Q&As
        forum_thread(soup, marks)      # a Douban, Tieba, LIHKG, old Reddit, XenForo, SMF, Invision, phpBB thread, a Lemmy post or a plurk (or a Zhidao, Stack Exchange… question): its subject, each reply a part, no post cards
        facebook_post(soup, marks)     # a Facebook post as the browser saves it: its headline, its comments parts by their writers, no buttons or counts
        vk_post(soup, marks)           # a VK wall post as the browser saves it: its headline, its text whole, its comments parts by their writers
        instagram_post(soup, marks)    # an Instagram post as the browser saves it: its caption's first line its headline, its comments parts by their writers
        tiktok_video(soup, marks)      # a TikTok video page as the browser saves it: its description's title its headline, keycap lines steps, its comments parts by their writers
        kuaishou_video(soup, marks)    # a Kuaishou video page as the browser saves it: its title its headline, its 【…】 lines its parts, its comments parts by their writers
        mastodon_status(soup, marks)   # a Mastodon status page the web app shows: its content warning or first line its headline, each other status a part by its writer
        pleroma_static(soup, marks)    # a Pleroma or Akkoma static-fe thread page: its bold first line or its <title>'s quote its headline, each reply a part by its writer
        misskey_note(soup)             # a Misskey note page the web client shows: its first line its headline, its 「■」 lines its parts, each reply a part by its writer
        bluesky_thread(soup, marks)    # a Bluesky post page the web app shows: its first question its headline, each reply a part by its writer
        x_thread(soup, marks)          # an X (Twitter) conversation page: its first post's first sentence its headline, the writer's thread its text, each reply a part by its writer
        linear_issue(soup, marks)      # a Linear issue's page: the issue (title, identifier and properties, description, sub-issues) without the app, its comments a last part 「评论」
        youtrack_issue(soup, marks)    # a YouTrack issue's page: the issue (summary, id, fields and tags, description) without the app, its comments a last part 「评论」
        bugzilla_bug(soup, marks)      # a Bugzilla bug's page: the bug (summary, number and fields, its description read as plain text) without the tracker, its comments a last part 「评论」
        classroom_stream(soup, marks)  # a Google Classroom stream: each announcement its text, attachments' names and comments part 「评论」, no author line or composer
        schoology_feed(soup, marks)    # a Schoology Updates feed: each post its text under its h3, comments part 「评论」, no columns, poster line or forms
        edmodo_stream(soup, marks)     # an Edmodo stream: each post its text, attachments' names and replies part 「评论」, no avatar or post header
        trello_card(soup, marks)       # a Trello card's page: the card (title, labels, description, checklists, attachments) without the board, its comments a last part 「评论」
        kaiten_card(soup, marks)       # a Kaiten card's page: the card (title, description, checklists, files) without the app, path or properties, its comments a last part 「评论」
        blog_post(soup, marks)         # a Blogger, Matters, WordPress, Forem, Typecho, Substack, Weebly, Halo, Tumblr, OSChina or Xuite post, a Douban note, a LinkedIn or Toutiao article, a Xiaohongshu note, a Weibo post, a Jianshu article, a Bilibili opus, a Tistory post, a Teachable lecture, a Stepik step, a Khan Academy article, a LiveJournal entry, a Naver Blog post, a Hatena Blog entry, a Pikabu story, a note.com note, a Habr article, a Bloomfire post, an Ameba Blog entry, an FC2 Blog entry, a Daum Cafe post, a Naver Cafe post, a Velog post, an OK.ru topic, a Brunch article, a Nate Pann talk, a Joomla article's JComments, a uCoz entry, a Zenn article, a Lobsters story, a Livedoor Blog or DTF entry, a Wattpad story part, a Kit post, a Gumroad product, an Otzovik review, a pixiv FANBOX post: its title, its comments a last part 「评论」
        comments = page_comments(soup, marks, before)  # on a page no reader above read, a comment list found by its shape
    elif "<aside" in html:
        for aside in soup.find_all("aside"):
            aside.name = "div"      # an <aside> its author typed into Markdown is a callout (Notion), not a sidebar
    clean_tree(soup, page=source.format == "html", marks=marks)
    root = content_root(soup)
    if source.format == "html":
        page_title = title_part(page_title, root.get_text())
    walker = _Walker()
    walker.walk(root)
    written = len(walker.events)
    if comments is not None:
        # the page's comments, its last part 「评论」: read after its text, which ends where they begin (its
        # end mark, its by-line and its note on itself closing it)
        walker.walk(parts_level(comments, root))
    links = tuple(
        Link(clean(raw_text(a)), str(a["href"])) for a in root.find_all("a", href=True)
    )
    events = [event for part in (walker.events[:written], walker.events[written:])
              for event in number_paragraph_runs(join_callout_labels(drop_bylines(cut_at_end_mark(blank_lines(part)))),
                                                 walker.lists)]
    title, consumed = _pick_title(events, page_title, title_fallback(source))
    events = promote_bold_headings(events, consumed)
    events = comments_in_script(events, title)
    return Article(
        id=source.article_id,
        title=title,
        path=source.path,
        sha256=source.sha256,
        format=source.format,
        root=_tree(events, consumed),
        links=links,
    )
