"""Clean a page's tree: the stage between reading the HTML and walking it into blocks.

Pure: no I/O; every pass changes the BeautifulSoup tree in place. `parse_article` calls
`clean_tree` and then `content_root`, and walks what `content_root` returns. The stage does two
things, and the walker relies on both:

- it removes what a reader does not see as the article: page chrome by tag, role and class
  words (the skip rules below), hidden parts, forms, buttons, menus and breadcrumbs that name
  none of their parts (mostly links), side columns of pages laid out with tables, tables of
  contents and outlines, note markers, comments;
- it rewrites what tools and sites write into the plain HTML the walker reads: accordions and
  ARIA disclosures become `<details>`, tab panels become parts titled by their tabs, ARIA grids
  and Tilda's hidden data become `<table>`s, class-only and style-only titles become headings,
  and the exports of Word, Asciidoctor, Confluence, Wiki.js, Notion, Craft, Feishu, Tencent Docs, SiYuan, Quill, Discuz!, Salesforce,
  Yuque and others are read as their readers see them.

The order of the passes matters; `clean_tree` runs them in one list so that it shows:

1. deep nesting is unwrapped first, so no pass (nor the walk) recurses past Python's limit;
2. the rewrites run before chrome is dropped, because they rescue what the chrome rules would
   take: an article's H1 inside its `<header>`, an `<aside>` that is a callout, an Asciidoctor
   note's kind in its `td.icon`, a Wiki.js page header, a hidden accordion panel, a `<form>`
   that only wraps text, a tab set's heading read without its anchor glyph (`_shown_text`);
   they share one list of the tree's tags, so a tag one of them removes while a later one still
   holds it is extracted, not decomposed, and each skips tags already gone (`_gone`);
3. chrome goes (`_drop_chrome`), except a part named like chrome that holds most of the page;
4. then what is left is measured: class-only titles count the heading tags that remain,
   `_drop_boilerplate` the share of links in each part, and `_drop_buttons` runs after it
   (a toolbar of button links is link-dense and goes whole there);
5. last, `content_root` picks the element holding the article in the cleaned tree, its share of
   the page's text counted without the chrome.

Each pass detects its format strictly: a page of any other kind goes through it unchanged.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Declaration, Doctype, ProcessingInstruction

from indexer.html_text import (BLOCK_TAGS, HEADINGS, RUSSIAN_MONTH, clean, code_text, generated_by, inside, is_kind_name,
                               loads_assets, one_line, pairs_table, raw_text, read_after, table_rows, text_tag,
                               writer_heading)
from indexer.render import FOOTNOTES_TITLE
from indexer.render_chat import says_nothing
from indexer.render_text import HEADING_MAX
from indexer.sites.adalo_app import adalo_screen
from indexer.sites.affine_page import affine_blocks
from indexer.sites.airtable_view import airtable_grid
from indexer.sites.anytype_export import anytype_blocks
from indexer.sites.baidu_pan_share import baidu_pan_share
from indexer.sites.banki_responses import banki_responses
from indexer.sites.blackboard_learn import blackboard_announcements
from indexer.sites.blinkit_product import blinkit_product
from indexer.sites.bubble import bubble_page
from indexer.sites.citilink import citilink_product
from indexer.sites.coda_doc import coda_blocks
from indexer.sites.craft_site import craft_blocks
from indexer.sites.cryptpad_pad import cryptpad_pad
from indexer.sites.dingtalk_doc import dingtalk_blocks
from indexer.sites.dns_shop import dns_product
from indexer.sites.doxygen_page import doxygen_page
from indexer.sites.email_campaign import email_campaign
from indexer.sites.epub_doc import epub_chapter
from indexer.sites.etherpad_pad import etherpad_pad
from indexer.sites.feishu_doc import feishu_blocks
from indexer.sites.glpi_kb import glpi_kb_item
from indexer.sites.google_drive_viewer import google_drive_viewer
from indexer.sites.helpndoc_topic import helpndoc_topic
from indexer.sites.ixigua_video import xigua_video
from indexer.sites.jupyter_nb import notebook_cells
from indexer.sites.kahoot_details import kahoot_details
from indexer.sites.loop_page import loop_page
from indexer.sites.madcap_flare import flare_topic
from indexer.sites.memrise_course import memrise_course
from indexer.sites.mintlify import mintlify_page
from indexer.sites.miro_board import miro_board
from indexer.sites.mirror_entry import mirror_entry
from indexer.sites.moinmoin_page import moinmoin_page
from indexer.sites.notion_site import notion_blocks
from indexer.sites.payload_post import payload_post
from indexer.sites.productboard_card import productboard_card
from indexer.sites.qualtrics_survey import qualtrics_survey
from indexer.sites.quizlet_set import quizlet_set
from indexer.sites.retype_page import retype_page
from indexer.sites.robohelp import robohelp_topic
from indexer.sites.scribe_guide import scribe_guide
from indexer.sites.siyuan_export import siyuan_blocks
from indexer.sites.slite_doc import slite_blocks
from indexer.sites.sway_story import sway_story
from indexer.sites.sysaid_portal import sysaid_portal
from indexer.sites.tango_guide import tango_guide
from indexer.sites.tencent_doc import tencent_blocks
from indexer.sites.texinfo_page import texinfo_page
from indexer.sites.topdesk_item import topdesk_item
from indexer.sites.twiki_topic import twiki_topic
from indexer.sites.typeform_form import typeform_form
from indexer.sites.wecom_doc import wecom_blocks
from indexer.sites.wikidot_page import wikidot_page
from indexer.sites.wikihow_article import wikihow_article
from indexer.sites.wolai_page import wolai_blocks
from indexer.sites.word_online import word_online
from indexer.sites.xiaoe_lesson import xiaoe_lesson
from indexer.sites.zepto_product import zepto_product

# ---- skip rules: the chrome this stage drops, in one place ---------------------------------
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
    "header", "cookie", "cookies",
    "cookieconsent",        # Osano's Cookie Consent banner (TYPO3's bootstrap_package: div#cookieconsent.cookieconsent)
    "share", "sharing", "comment", "comments", "related",
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
    "sidebar", "pagination", "paginator", "toc", "footer", "cta", "relatedposts", "side", "tools", "print", "printer", "updated",
    "metadata", "attachments",      # Zendesk's and Freshdesk's files under the article (a PDF's name)
    "tags", "labels", "feeds",      # a post's tags and labels, Blogger's 「訂閱：張貼留言 (Atom)」
    "likes",                        # a forum post's 「24 个赞」
    "followers",                    # 「4.8 萬名追隨者」 under a channel's or profile's name (Twitch's About page)
    # a cookie-consent banner named under a builder's prefix (Nicepage's section.u-cookies-consent, holdout120:
    # 「Cookies Policy」 / 「We use cookies…」 was a part of the page): the prefix hides the 「cookies」 token
    "consent",
    # … or in a camelCase id (OLX's div#cookiesBar 「Мы используем файлы cookie…」, its classes CSS-in-JS hashes, was
    # the text of the page's first part, holdout124): no part of an article is named for cookies
    "cookie", "cookies",
    "count", "counts", "reaction", "reactions",     # 「心情 312」「留言 27」 under a post (Dcard's reaction_count)
    "editsection", "jump",          # MediaWiki's 「[编辑]」 beside each heading, 「跳转到导航」
    "backlink",                     # the 「↑ 1.0 1.1」 from a reference back to where it is cited
    # a note app's panel of the notes linking to this one (Heptabase's div.card-backlinks 「連結到這張卡片（2）」,
    # Wolai's page-backlinks, Nuclino's backlinks 「Mentioned in」): other notes' names, never this note's text
    "backlinks",
    "articleinfo",                  # 「• 阅读 2,418 次」 (not "views": CSDN's text is #content_views)
    "prev", "prevnext",             # 「« 上一篇：…」 under the article
    "copyright", "advert", "recommend", "toolbox", "toolbar", "dialog",   # a blog platform's (CSDN)
    "recommends",                   # NetEase's 「相关推荐」 (post_recommends) under the article
    "viewed", "popular",            # 「最多查看」 lists beside the article
    "trending",                     # … and 「Trending Articles」 (Salesforce's forceCommunityTrendingArticles card)
    "emoji", "bookmark",            # a callout's icon, a link's preview card (Ghost)
    "signature", "postprofile",     # a forum post's signature and its poster's card (phpBB)
    "publish",                      # a post's date laid out in spans (PIXNET's 「2026 Nov 18 Wed 21:40」)
    "login", "signin",              # a sign-in box or popup (Xiaohongshu's login-modal)
    "topbar",                       # a site's bar over the page (Odoo's 「o_knowledge_public_topbar」: its name, 「Sign in」)
    # a blog entry's list of other blogs' posts linking to it (Livedoor's div.article-trackback 「トラックバック」,
    # Movable Type's and FC2's trackbacks, WordPress's pingbacks): their titles and blog names, none of the entry
    "trackback", "trackbacks", "pingback", "pingbacks",
    # a classified ad's link to report it and its cards of other ads (Krisha.kz's div.offer__complain 「Пожаловаться
    # на объявление」, section.similar 「Похожие объявления」: holdout122): the site's, under every ad alike
    "complain", "similar",
    # a seller's legal details under its page (a Wolt venue's section.sc-venue-legal 「ИП «…» · БИН … · address」,
    # holdout133: kept as a part titled by the FAQ heading above it), a site's 「footer-legal」 terms and privacy
    # links: the company's registration, never what the page tells
    "legal",
    # a hotel page's drawn stars under its name (Ostrovok's div.zen-hotelpage-header-stars 「★★★★」, Yandex Travel's
    # div.HotelHeader__stars 「4 звезды · Отель для отдыха с детьми」, holdout145: the first part's lines) and a
    # booking site's loyalty banner (Yandex Travel's div.PlusCashback 「Кешбэк до 10% баллами Плюса」): the site's
    # grading and offers, shown on every hotel alike, never what the page tells
    "stars", "cashback",
    # a crowdfunding campaign's progress bar and its tally (Indiegogo's div.basicsGoalProgress 「₸ 7,860,000 KZT raised
    # · 131% of ₸6,000,000 · InDemand · 402 backers」, GoFundMe's div.progress-meter, holdout168): the first part's lines
    "progress",
    # a site's notice under every article (丁香医生's div.disclaimer 「本文内容仅供健康科普，不能替代医生面诊。」, holdout184:
    # glued to the last 问/答 answer; a blog's 「本文为作者原创，未经授权禁止转载」, a reseller's trademark line): the same
    # words on every page, never what this one tells
    "disclaimer",
})
# a word processor's page header and footer (LibreOffice: <div title="header">), repeated on every printed page
_PAGE_MARGINS = frozenset({"header", "footer"})
# whole class names of calls to action that end help-centre articles (Zendesk's 「还有其他问题？提交请求」)
SKIP_CLASS_NAMES = frozenset({
                              # a crowdfunding campaign's tally under its title (Kickstarter's div.project-stats
                              # 「₸ 18,420,000 pledged of ₸ 12,000,000 goal · 612 backers · 9 days to go」, Planeta.ru's
                              # div.project-head_stats 「Собрано 486 300 ₽ · Цель 600 000 ₽ · …」, holdout168): the first
                              # part's lines, or its whole text; not 「stats」 alone, a listing's or a route's facts
                              # (Redfin's 「4 Beds · 3 Baths」, a ride's 「距离 86.4 公里」)
                              "project-stats", "project-head_stats",
                              # … its 「Remind me」 link beside the pledge button (Kickstarter's a.remind-me), and
                              # GoFundMe's lines under the words of support: the note 「Please donate to share words of
                              # support.」 (p.hrt-text-supporting) and 「Report fundraiser · Your donation is protected by
                              # the GoFundMe Giving Guarantee」 (div.p-campaign-report), glued to the last supporter's words
                              "remind-me", "hrt-text-supporting", "p-campaign-report",
                              # … and GoFundMe's organizer line over the story 「… is organizing this fundraiser on
                              # behalf of …. Created 3 weeks ago · Medical, Illness & Healing」 (a by-line: who, when,
                              # the category), glued in front of the story's first paragraph
                              "p-campaign-organizer",
                              "article-more-questions", "more-questions", "contact-us", "submit-request",
                              "pagesection",      # Confluence's attachments and comments below the page
                              # MediaWiki's category line under the text (div#catlinks.catlinks 「Category: Network
                              # managers (正體中文)」): Arch Wiki sets it inside <main>, glued to the last part 「參見」
                              "catlinks",
                              "totop", "gotop", "backtotop",
                              # a lone link back to the board or list over the post (Nolt's a.back-link 「← All posts」)
                              "back-link",
                              "sr-only", "visually-hidden", "screen-reader-text",   # read to screen readers only
                              # … or shown only while focused: Bootstrap's skip link 「Skip to main content」
                              # (TYPO3's bootstrap_package: a.visually-hidden-focusable.page-skip-link)
                              "visually-hidden-focusable", "sr-only-focusable",
                              # CSDN's line of author, time, views and likes above the post
                              "article-info-box", "article-bar-top", "up-time",
                              # ServiceNow's KB number, version and state; its 「文章信息」 panel
                              "kb-number-info", "kb-article-info",
                              "kg-button-card",                  # Ghost's call-to-action button
                              # Sitecore SXA's promo component (an app download teaser in the side column,
                              # 「下载 … App，购票立减 5%」「立即下载」): read as the text, it was the only text
                              # left under the FAQ heading above it, holdout92
                              "promo",
                              # a hotel page's review-score widget beside its name (Agoda's div.ReviewScore-Number
                              # 「8.6」 + span.ReviewScore-Text 「很好 · 412 条评论」, Trip.com's div.detail-headline_score
                              # 「4.7/5 超棒 · 1,208 条点评」, holdout157): the site's tally, lines of the first part
                              "reviewscore-number", "reviewscore-text", "detail-headline_score",
                              # … and Hotels.com's (EGDS) div.review-summary under the h1 (a uitk badge 「8.8」,
                              # 「很棒」, the link 「查看全部 412 則評論」, holdout166)
                              "review-summary",
                              # Trip.com's (Ctrip's) site footer div.mc-ft 「关于携程 | 联系客服 | 隐私政策…」, a div
                              # of paragraphs glued to the last review (its header div.mc-hd goes by its id)
                              "mc-ft",
                              "pageid", "docinfo",               # DokuWiki's page id and 「最后更改」 line
                              "gh-header-actions",               # GitHub wiki's 「Jump to bottom」
                              # Doks' and AdiDoks' (Hugo, Zola) 「Edit this page on GitHub」 and prev / next
                              # cards, inside the article, not in a footer
                              "edit-page", "docs-navigation",
                              # NetEase (163.com): the line of time, 「来源:」, IP place and 「举报」 under the
                              # title; the 网易号 「特别声明：…仅代表该作者观点」; the 跟贴 box (readers' comments:
                              # the portal's, not the writer's — anonymous 「网易…网友」, its top 3 of 178 by
                              # votes, no answer from the writer — with its counts, 「发表跟贴」, 「回复」)
                              "post_info", "post_statement", "tie-area",
                              # Youdao Note's share page: the line of author, time and 「阅读 1,235」 under the
                              # note's name (h1.file-name), in its div.file-info
                              "file-detail",
                              "online-list", "stat-block",       # a forum's 「在线用户」 box (phpBB)
                              # a code block's line numbers (CSDN, Prism, highlight.js, Hexo, Pygments)
                              "pre-numbering", "line-numbers-rows", "hljs-ln-numbers", "gutter", "linenos",
                              "lineno", "rouge-gutter",          # (Pygments' inline numbers, Jekyll's Rouge)
                              # CodeMirror's own machinery in a saved editor (Typora's pre.md-fences): the
                              # hidden line it measures a character's width with (「xxxxxxxxxx」), the gutters
                              "codemirror-measure", "codemirror-gutters", "codemirror-linenumber", "cm-gutters",
                              # a diagram's source (a page shows the drawing, a reader never the code)
                              "mermaid", "language-mermaid", "language-plantuml", "language-puml", "language-dot",
                              "language-graphviz",
                              # Archbee's code block header: the language's name (「Shell」) beside its Copy button
                              "ab-code-block-lang",
                              # Plone's 「打印」「发送给朋友」 links under the document (its div.documentActions)
                              "documentactions",
                              # Pelican's notmyidea theme: the previous / next post links under the post
                              # (div.neighbors 「« title」「title »」, other posts' titles), glued into a last
                              # part titled by the post
                              "neighbors",
                              # Thinkific's course player: the lesson's type and reading time over its text
                              # (「文本课 阅读约 12 分钟」), a part of its own titled by the lesson, holdout110
                              "course-player__content-header",
                              # Phabricator's object header (a Phriction document's, a Maniphest task's): the
                              # status and policy tags under the title (「已發佈」, 「Open」, 「Public」), which
                              # opened the first part's text (holdout138)
                              "phui-header-subheader",
                              # LearnDash's course progress widget over a lesson (div.ld-progress: 「已完成 43%」
                              # 「7/16 步」 and its bar): the learner's state, not the lesson's, and it opened
                              # the lesson's first part (holdout147)
                              "ld-progress",
                              # Letterboxd's 「Like review」 link under a review (`ul.review-actions`: a.like-link
                              # beside its span.likes-count, which goes by 「likes」): glued to the review's last
                              # part as its last line (holdout172)
                              "like-link"})
# the words naming the box a reader writes a comment in (`_chrome_by_class`), not the comments themselves
_COMMENT_INPUT = frozenset({"box", "form", "input", "editor", "composer"})
# the words of a video player's class (`_chrome_by_class`: its poster)
_PLAYER_WORDS = frozenset({"player", "video", "vjs", "plyr"})
# 「返回顶部」 links: a token naming the top together with a way back (back-to-top, article-return-to-top)
_BACK_TO_TOP = frozenset({"back", "return", "scroll", "go", "goto"})
# a summary's class in an article's <header> (ReadMe's div.excerpt; Plone's div.documentDescription, 「description」;
# a Wagtail site's p.article-page__intro, the page's intro field under its h1: holdout109)
_LEAD_CLASS = re.compile(r"^(?:.*[-_])?(?:excerpt|summary|lead|lede|standfirst|description|documentdescription"
                         r"|intro|introduction)$", re.IGNORECASE)
_SUBTITLE_HINT = re.compile(r"sub|standfirst|deck", re.IGNORECASE)     # what every subtitle class holds
_SUBTITLE_CLASS = re.compile(r"^(?:.*[-_])?(?:subtitle|sub-title|standfirst|deck)(?:[-_].*)?$", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b")
# what `aria-haspopup` says a menu's toggle opens (a menu, a list to pick from; not a dialog, which a glossary
# term in a sentence may open)
_OPENS_MENU = frozenset({"true", "menu", "listbox"})
_BUTTON_PARTS = frozenset({"btn", "button",
                           "report"})       # a post's 「举报/反馈」 (Baijiahao's 「span.index-module_report」)
BUTTON_LABEL_MAX = 12
_BADGE_PARTS = frozenset({"tag", "badge", "label", "pill"})      # a badge in a heading: 「原创」「New」
# … and a page's header, when it holds no heading; or the info bar of an article's header beside its title (vc.ru's
# div.content-header__info: the author, the subsite 「Малый бизнес」, the date 「21 окт」, 「Подписаться」: holdout109)
_PAGE_HEADER = frozenset({"page", "site", "global", "masthead", "info"})
# a line that only files the page (「来源：」「标签：」「Теги:」): a heading of it goes here
# (HackMD's 「###### tags: `電信`」), such lines under the text in `parse.drop_bylines` (`parse.is_filing`)
FILING = re.compile(r"^(?:来源|來源|出处|出處|标签|標籤|tags?|topics?|теги|метки|источник|source|分类|分類|categor(?:y|ies)"
                    r"|категория|рубрика)\s*[:：]", re.IGNORECASE)
# ------------------------------------------------------------------------------------------

# a Webflow item's field that files it (「blog-category-tag」), any page's rubric or badge over its title
# (「article__category」, 「age-badge」: `_fields_over_title`), and Guru's verification badge
_TITLE_FIELD = frozenset({"category", "categories", "tag", "tags", "badge", "rubric"})
TITLE_FIELD_MAX = 20    # a field over the title on any page: a word or two (「Еда」, 「18+」), no sentence
_GURU_VERIFIED = "ghq-VerificationStatus"
# WordPress's `post_class()` on every post, page and (bbPress) topic or reply: 「post-18842 topic type-topic
# status-publish format-standard hentry category-shouji tag-esim」, and bbPress's 「topic-author」 on each
# post by the topic's poster. They say what the post is (its type, status, format, terms), never that it
# is chrome: read as class words, 「status-publish」 (「publish」, a date's class on PIXNET) dropped every
# post of a bbPress topic and 「topic-author」 (「author」) every post by its poster — a whole thread lost
# (holdout60) — and a term's slug can be any word (「tag-share」, 「category-comments」). A tag is such a post
# when it has both a 「type-…」 and a 「status-…」 class, as post_class always writes them.
_WP_TYPE = re.compile(r"^type-[a-z0-9_-]+$")
_WP_STATUS = re.compile(r"^status-(?:publish|future|draft|pending|private|inherit|closed|spam|trash)$")
_WP_POST_CLASS = re.compile(r"^(?:status-[a-z]+|type-[a-z0-9_-]+|format-[a-z]+|hentry|topic-author"
                            r"|(?:category|tag|post_tag)-\S+)$")
_CLASS_PARTS = re.compile(r"[-_]")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")

MAX_DEPTH = 120        # deeper containers are unwrapped: the walk recurses once per level


# ---- the stage ----------------------------------------------------------------------------

def clean_tree(soup: BeautifulSoup, page: bool, marks: frozenset[str] | None = None) -> None:
    """Clean the tree in place, pass after pass, in the order the module's docstring explains.

    `page`: the source is an HTML page; rendered Markdown and text have no side columns, page
    builders' styled titles or button links, and only a part holding links can be a menu there.
    `marks`: the page's (html_text.page_marks), when the caller has gathered them already.
    """
    _flatten_deep(soup)
    _drop_markup(soup)
    _yuque_lake(soup)
    notion_blocks(soup)
    if page:        # (a share page or export as saved; rendered Markdown holds no Craft, Feishu, Tencent, Slite, CryptPad, Loop, SiYuan, Wolai, Anytype, AFFiNE, Coda, Mintlify, Flare, RoboHelp, 小鹅通, SysAid, Texinfo, Etherpad, HelpNDoc, wikiHow, Blackboard Learn, Bubble, Mirror, Payload, Typeform, Airtable, Productboard, e-mail campaign, Doxygen, TOPdesk, GLPI, Google Drive viewer, 百度网盘 share, 西瓜视频, Banki.ru, DNS, Citilink, Blinkit, Zepto, Sway, Word for the web, Qualtrics, Miro, MoinMoin, Wikidot, Retype, Scribe, Tango, Quizlet, Kahoot, Memrise, TWiki or notebook block)
        craft_blocks(soup, marks)
        feishu_blocks(soup, marks)
        tencent_blocks(soup, marks)
        dingtalk_blocks(soup, marks)
        wecom_blocks(soup, marks)
        slite_blocks(soup, marks)
        cryptpad_pad(soup, marks)
        loop_page(soup, marks)
        siyuan_blocks(soup, marks)
        wolai_blocks(soup, marks)
        anytype_blocks(soup, marks)
        affine_blocks(soup, marks)
        coda_blocks(soup, marks)
        mintlify_page(soup, marks)
        flare_topic(soup, marks)
        robohelp_topic(soup, marks)
        xiaoe_lesson(soup, marks)
        sysaid_portal(soup, marks)
        texinfo_page(soup)
        etherpad_pad(soup)
        helpndoc_topic(soup, marks)
        wikihow_article(soup, marks)
        blackboard_announcements(soup, marks)
        bubble_page(soup, marks)
        adalo_screen(soup, marks)
        mirror_entry(soup, marks)
        payload_post(soup, marks)
        typeform_form(soup, marks)
        airtable_grid(soup, marks)
        productboard_card(soup, marks)
        email_campaign(soup, marks)
        doxygen_page(soup, marks)
        topdesk_item(soup, marks)
        glpi_kb_item(soup, marks)
        google_drive_viewer(soup, marks)
        baidu_pan_share(soup, marks)
        xigua_video(soup, marks)
        banki_responses(soup, marks)
        dns_product(soup, marks)
        citilink_product(soup, marks)
        blinkit_product(soup, marks)
        zepto_product(soup, marks)
        sway_story(soup, marks)
        word_online(soup, marks)
        qualtrics_survey(soup, marks)
        miro_board(soup, marks)
        moinmoin_page(soup, marks)
        wikidot_page(soup, marks)
        retype_page(soup, marks)
        scribe_guide(soup, marks)
        tango_guide(soup, marks)
        quizlet_set(soup, marks)
        kahoot_details(soup, marks)
        memrise_course(soup, marks)
        twiki_topic(soup, marks)
        notebook_cells(soup, marks)
        epub_chapter(soup, marks)
    if page and (marks is None or "subpages" in marks):
        _wiki_subpage_title(soup)       # (before the chrome rules take the 「< Book」 line naming the page's parents)
    if page and (marks is None or "tl_article_content" in marks):
        _telegraph_fields(soup)     # (before the page's header is read: the header says it is Telegraph's)
    _article_headers(soup)
    # (each a search of the whole page: only a saved page holds GitLab's and GitHub's rendered markup)
    if page and (marks is None or "js-wiki-page-content" in marks):
        _gitlab_wiki_title(soup)
    if page and (marks is None or "task-list-item-checkbox" in marks):
        _task_list_ticks(soup)
    if page and (marks is None or {"trix-content", "boosts"} <= marks):
        _basecamp_extras(soup)
    if page and (marks is None or {"faq-content", "article-title", "thread-body"} <= marks):
        _osticket_faq(soup)
    if page and (marks is None or "cu-task-embed" in marks):
        _clickup_tasks(soup)
    if page and (marks is None or {"@data-apiary-widget-name", "@data-zone-name"} <= marks):
        _market_questions(soup)
    if page and (marks is None or {"offer__parameters", "offer__description", "seller-info"} <= marks):
        _kolesa_offer(soup)
    if page and (marks is None or {"@data-cy", "@data-testid"} <= marks):
        _olx_ad(soup)
    if page and (marks is None or WIKILOC_MARKS <= marks):
        _wikiloc_trail(soup)
    if page and (marks is None or {"advert__title", "advert__params", "advert__description"} <= marks):
        _market_kz_advert(soup)
    if page and (marks is None or set(_LALAFO_TEXT) <= marks):
        _lalafo_ad(soup)
    if page and (marks is None or {"CardHead__title", "CardInfoRow__cell"} <= marks):
        _autoru_card(soup)
    if page and (marks is None or IDEALISTA_MARKS <= marks):
        _idealista_ad(soup)
    if page and (marks is None or {"object-title", "object-type-badge", "object-properties"} <= marks):
        _capacities_object(soup)
    if page and (marks is None or {"PublishedNodeView", "NodeTitle", "SupertagChip"} <= marks):
        _tana_node(soup)
    if page and (marks is None or {"item__description", "reviews__review", "reviews__author"} <= marks):
        _kaspi_item(soup)
    if page and (marks is None or ROVER_MARKS <= marks):
        _rover_profile(soup)
    if page and (marks is None or OZON_MARKS <= marks):
        _ozon_item(soup)
    if page and (marks is None or MECHTA_MARKS <= marks):
        _mechta_item(soup)
    if page and (marks is None or ALIEXPRESS_MARKS <= marks):
        _aliexpress_item(soup)
    if page and (marks is None or EBAY_MARKS <= marks):
        _ebay_item(soup)
    if page and (marks is None or LAZADA_MARKS <= marks):
        _lazada_item(soup)
    if page and (marks is None or SHOPEE_MARKS <= marks):
        _shopee_item(soup)
    if page and (marks is None or RAKUTEN_MARKS <= marks):
        _rakuten_item(soup)
    if page and (marks is None or FLIPKART_MARKS <= marks):
        _flipkart_item(soup)
    if page and (marks is None or TRENDYOL_MARKS <= marks):
        _trendyol_item(soup)
    if page and (marks is None or COUPANG_MARKS <= marks):
        _coupang_item(soup)
    if page and (marks is None or SNAPDEAL_MARKS <= marks):
        _snapdeal_item(soup)
    if page and (marks is None or TAKEALOT_MARKS <= marks):
        _takealot_item(soup)
    if page and (marks is None or JUMIA_MARKS <= marks):
        _jumia_item(soup)
    if page and (marks is None or YAHOO_AUCTION_MARKS <= marks):
        _yahoo_auction_item(soup)
    if page and (marks is None or GMARKET_MARKS <= marks):
        _gmarket_item(soup)
    if page and (marks is None or ELEVENST_MARKS <= marks):
        _elevenst_item(soup)
    if page and (marks is None or QOO10_MARKS <= marks):
        _qoo10_item(soup)
    if page and (marks is None or RUTEN_MARKS <= marks):
        _ruten_item(soup)
    if page and (marks is None or MEITUAN_MARKS <= marks):
        _meituan_deal(soup)
    if page and (marks is None or "@data-automation" in marks):
        _tripadvisor_place(soup)
    if page and (marks is None or "@data-service-review-card-paper" in marks):
        _trustpilot_business(soup)
    if page and (marks is None or any(_CALENDLY_DETAILS.match(mark) for mark in marks)):
        _calendly_event(soup)
    if page and (marks is None or "event-sidebar" in marks):
        _meetup_event(soup)
    if page and (marks is None or FOURSQUARE_MARKS <= marks):
        _foursquare_venue(soup)
    if page and (marks is None or BOOKING_MARKS <= marks):
        _booking_hotel(soup)
    if page and (marks is None or KLOOK_MARKS <= marks):
        _klook_activity(soup)
    if page and (marks is None or KKDAY_MARKS <= marks):
        _kkday_product(soup)
    if page and (marks is None or CTRIP_HOTEL_MARKS <= marks):
        _ctrip_hotel(soup)
    if page and (marks is None or ZOCDOC_MARKS <= marks):
        _zocdoc_profile(soup)
    if page and (marks is None or GETYOURGUIDE_MARKS <= marks):
        _getyourguide_activity(soup)
    if page and (marks is None or VIATOR_MARKS <= marks):
        _viator_product(soup)
    if page and (marks is None or OSTROVOK_MARKS <= marks):
        _ostrovok_hotel(soup)
    if page and (marks is None or YANDEX_TRAVEL_MARKS <= marks):
        _yandex_travel_hotel(soup)
    if page and (marks is None or "@data-marker" in marks):
        _avito_item(soup)
    if page and (marks is None or {"seller-card", "product-info__title"} <= marks):
        _youla_item(soup)
    if page and (marks is None or any(mark.startswith(_TECHNODOM_TITLE) for mark in marks)):
        _technodom_item(soup)
    if page and (marks is None or {"product__title", "product-tabs__content", "review__author"} <= marks):
        _sulpak_item(soup)
    if page and (marks is None or ROZETKA_MARKS <= marks):
        _rozetka_item(soup)
    if page and (marks is None or ALLEGRO_MARKS <= marks):
        _allegro_offer(soup)
    if page and (marks is None or PRESTASHOP_MARKS <= marks):
        _prestashop_item(soup)
    if page and (marks is None or ECWID_MARKS <= marks):
        _ecwid_item(soup)
    if page and (marks is None or {"class-details-header-title", "session-list"} <= marks):
        _skillshare_class(soup)
    if page and (marks is None or {"TaskPane", "TaskName-input"} <= marks):
        _asana_task(soup)
    if page and (marks is None or set(WILDBERRIES_MARKS) <= marks):
        _wildberries_item(soup)
    if page and (marks is None or GOODREADS_MARKS <= marks):
        _goodreads_book(soup)
    if page and (marks is None or any(mark.startswith(_KINOPOISK_REVIEW_AUTHOR) for mark in marks)):
        _kinopoisk_film(soup)
    if page and (marks is None or LITRES_MARKS <= marks):
        _litres_book(soup)
    if page and (marks is None or set(LAMODA_MARKS) <= marks):
        _lamoda_item(soup)
    if page and (marks is None or "tally-block-question" in marks):
        _tally_form(soup)
    if page and (marks is None or {"form-section", "form-line"} <= marks):
        _jotform_form(soup)
    if page and (marks is None or "freebirdFormviewerComponentsQuestionBaseTitle" in marks):
        _google_form(soup)
    if page and (marks is None or {"Question", "Question-Title"} <= marks):
        _yandex_form(soup)
    if page and (marks is None or {"survey-form", "question-fieldset"} <= marks):
        _surveymonkey_form(soup)
    if page and (marks is None or {"@data-wf-site", "w-richtext"} <= marks):
        _webflow_fields(soup)
    if page:
        _fields_over_title(soup, TITLE_FIELD_MAX)
    if page and (marks is None or _GURU_VERIFIED in marks):
        _guru_verification(soup)
    if page and (marks is None or {"ic-Callout", "user_content"} <= marks):
        _canvas_callouts(soup)
    if page and (marks is None or {"book-summary", "page-inner"} <= marks):
        _bookdown_blocks(soup)
    if page and (marks is None or "titlepage" in marks):
        _docbook_page(soup)
    if page and (marks is None or "article-info-term" in marks):
        _joomla_info(soup)
    if page and (marks is None or "frame-header" in marks):
        _typo3_frame_headers(soup)
    if page and (marks is None or "repo-button-row" in marks):
        _gitea_button_row(soup)
    if page and (marks is None or _GOLLUM_MARKS <= marks):
        _gollum_page(soup)
    if page and soup.head is not None and generated_by(soup.head, _DENDRON):
        _dendron_note_links(soup)
    if page and (marks is None or "portable-infobox" in marks):
        _portable_infoboxes(soup)
    if page and (marks is None or "infobox" in marks):
        _table_infoboxes(soup)
    _bold_spans(soup)
    tags = soup.find_all(True)      # one walk for the passes below (each find_all is another)
    _subtitles(tags)
    _callout_asides(tags)
    _quarto_callouts(soup, tags)
    _readme_callouts(tags)
    _callout_kind_titles(tags)
    _odoo_templates(tags)
    _wikijs_page(tags)
    _label_tab_panels(soup, tags)
    _accordions_to_details(soup, tags)
    _confluence_title(tags)
    _document_title(tags)
    _word_list_markers(tags)
    _centred_captions(tags)
    _class_captions(tags)
    _item_number_badges(tags)
    _numbered_blocks(soup, tags)
    _asciidoc_blocks(soup, tags)
    _forum_replies(soup, tags)
    _discuz_posts(soup, tags)
    _quoted_posts(tags)
    _tilda_tables(soup, tags)
    _aria_tables(soup, tags)
    _sheet_labels(tags)
    _record_layout(tags)
    _field_lists(soup, tags)
    _message_boxes(tags)
    _notes(soup, tags)
    _split_lists(tags)
    _quill_indents(tags)
    _quill_checklists(tags)
    _shimo_comments(soup, tags)
    _drop_page_anchors(tags)
    _drop_edit_links(tags)
    _classed_bylines(tags)
    _dated_updates(tags)
    _channel_cards(tags)
    _drop_outlines(tags)
    _drop_gutters(tags)
    _heading_extras(tags)
    _contact_forms(soup)
    _contact_prompts(soup)
    _text_forms(soup)
    _drop_chrome(soup)
    _drop_bracketed_links(soup)
    _readymag_headings(soup)
    _zoho_writer_headings(soup)
    _class_headings(soup)
    _drop_boilerplate(soup, page)
    if page:        # what page builders and sites write; rendered Markdown has neither
        _styled_headings(soup)
        _drop_buttons(soup)
        _title_stat_spans(soup)     # (after the chrome pass: a dropped badge leaves no separator behind)


def content_root(soup: BeautifulSoup) -> Tag:
    """The element of the cleaned tree that holds the article (see `_find_root`), headed by the
    title a page sets beside it (`_title_beside`)."""
    root = _find_root(soup)
    _title_beside(root)
    return root


# ---- passes -------------------------------------------------------------------------------

def _drop_markup(soup: BeautifulSoup) -> None:
    """Comments, the doctype, <?xml?> and other declarations: no text a reader sees."""
    for node in [n for n in soup.descendants if isinstance(n, (Comment, Declaration, Doctype, ProcessingInstruction))]:
        node.extract()


def _article_headers(soup: BeautifulSoup) -> None:
    """A CMS often puts the article's H1 in its own <header> (chrome by its tag): keep the heading
    and its summary (ReadMe's 「<div class="excerpt">」), drop the rest."""
    for header in soup.find_all("header"):
        titles = header.find_all("h1")
        if titles and header.find_parent(["article", "main"]):
            leads = [t for t in header.find_all(class_=_LEAD_CLASS) if t.get_text(strip=True)]
            header.replace_with(*titles, *leads)
    _section_headers(soup)


_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _section_headers(soup: BeautifulSoup) -> None:
    """A <section> of the article may open with its own <header> holding its heading — Google Play's app page:
    `section > header.cswwxf > h2.XfZNbf` 「关于此应用」, 「数据安全」, 「评分和评价」… beside an arrow button and the
    badge 「评分和评价已经过验证」. The header went as chrome by its tag, and every section lost its title: each
    section's text ran on under the page's title. The heading stays where the header was; the rest goes. A comment
    list's header (Forem's `section#comments` 「Top comments (3)」) is not one: the comments are their reader's part."""
    for header in soup.find_all("header"):
        if not isinstance(header.parent, Tag) or header.parent.name != "section" \
                or header.find_parent(["article", "main"]) is None or header.find("h1") is not None:
            continue
        names = _class_words(header.parent) | set(token_words(str(header.parent.get("id", ""))))
        if names & {"comment", "comments"}:
            continue
        titles = [t for t in header.find_all(_SECTION_HEADINGS) if t.get_text(strip=True)]
        if len(titles) == 1 and header.parent.find(True) is header:
            header.replace_with(titles[0])


def _gitlab_wiki_title(soup: BeautifulSoup) -> None:
    """A GitLab wiki page's title is its `h1.page-title` (`data-testid="wiki-page-title"`) in the
    wiki-page-header, beside 「Last edited by …」 and 「Page history」: chrome by its classes, it went, and the
    browser's <title> (「page · Wiki · group / project · GitLab」) titled the page. It is put at the head of the
    rendered page (`div.js-wiki-page-content`), where the parser takes it as the title."""
    content = soup.find("div", class_="js-wiki-page-content")
    title = soup.find("h1", attrs={"data-testid": "wiki-page-title"}) if isinstance(content, Tag) else None
    if isinstance(title, Tag) and isinstance(content, Tag) and title.get_text(strip=True):
        content.insert(0, title.extract())


def _telegraph_fields(soup: BeautifulSoup) -> None:
    """A Telegraph (telegra.ph) page shows its title and author in its `header.tl_article_header` (the h1, an
    <address> of the author's link and the time); the editor's article (`article#_tl_editor.tl_article_content`)
    keeps its own copy of both as its first blocks, an h1 and an <address>, which the page hides while it is read.
    Read, the copy's h1 headed the whole text a second time and the author's name 「阿Ken（Almaty）」 was the
    first line of the introduction: the copy goes."""
    for content in soup.find_all("article", class_="tl_article_content"):
        page = content.find_parent(class_="tl_article")
        if isinstance(page, Tag) and page.find(class_="tl_article_header") is not None:
            for field in content.find_all(["h1", "address"], recursive=False):
                field.decompose()


def _basecamp_extras(soup: BeautifulSoup) -> None:
    """A Basecamp message (its Trix body `div.trix-content`) keeps its words, not Basecamp's: the boosts
    under it and under each comment (`div.boosts`: emoji and one-word reactions, 「👍 🙌 👍 收到」, ran on after
    the signature closing the last part) and the files it carries (Trix's `figure.attachment`, its preview,
    its file name and the caption under it: 「三个测试点的信号截图（9 月 22 日）」 was a passage of its own) —
    files attached, as under a help-centre article, are not read."""
    for part in soup.find_all(class_="boosts"):
        if not _gone(part) and part.find_parent(class_="trix-content") is None:
            part.decompose()
    for figure in soup.find_all("figure", class_="attachment"):
        if not _gone(figure) and figure.has_attr("data-trix-attachment") \
                and figure.find_parent(class_="trix-content") is not None:
            figure.decompose()


def _webflow_fields(soup: BeautifulSoup) -> None:
    """A Webflow CMS page (its `<html data-wf-site=…>`, its text a `div.w-richtext`) draws the item's fields around the
    title as its designer laid them out: the category tag over the h1 (「div.blog-category-tag」 「网络与远程访问」),
    the author, date and read time under it. The category was the first line of the opening passage: a field
    before the h1 whose class names a category or tag, outside the rich text, goes."""
    title = soup.find("h1")
    if not isinstance(title, Tag) or title.find_parent(class_="w-richtext") is not None:
        return
    _fields_over_title(soup, None)


def _fields_over_title(soup: BeautifulSoup, most: int | None) -> None:
    """The fields a page sets over its h1, beside it in the same box, whose class names a category, tag or
    badge (Webflow's 「div.blog-category-tag」; a city magazine's rubric, Sxodim's 「div.article__category」 「Еда」;
    an event's age mark, Afisha's 「span.age-badge」 「18+」, holdout151): they file the page, and were the first
    line of its opening passage, or its whole text when a section followed the title. Such a field, of at most
    `most` characters (any, on a Webflow page), goes."""
    title = soup.find("h1")
    if not isinstance(title, Tag):
        return
    for field in [node for node in title.find_previous_siblings() if isinstance(node, Tag)]:
        if not _TITLE_FIELD.isdisjoint(_class_words(field)) and field.find(list(HEADINGS)) is None \
                and (most is None or len(field.get_text(strip=True)) <= most):
            field.decompose()


def _title_stat_spans(soup: BeautifulSoup) -> None:
    """A listing's figures in a box right beside its h1, one `<span>` each and nothing between them (Zillow's
    `div.ds-chip` 「₸ 650,000/mo」 「3 bd · 2 ba」 「For rent」, Rightmove's price and letting details, idealista's
    `div.info-data` price, rooms and area, holdout158): read inline, they ran together into one word
    (「₸ 650,000/mo3 bd · 2 ba · 142 sqft×10For rent」). They stay (the price is the listing's own), each apart, joined
    by 「 · 」 as the page itself writes its details. Only a box of spans alone and glued, the h1's neighbour: spans
    with text or a space between them are one sentence's styling, or already apart."""
    title = soup.find("h1")
    if not isinstance(title, Tag):
        return
    for box in (title.find_previous_sibling(True), title.find_next_sibling(True)):
        if not isinstance(box, Tag) or box.name != "div" or box.find(list(HEADINGS)) is not None:
            continue
        spans = list(box.children)
        if len(spans) < 2 or not all(isinstance(node, Tag) and node.name == "span" and node.get_text(strip=True)
                                     for node in spans):
            continue
        for span in spans[1:]:
            span.insert_before(" · ")


def _guru_verification(soup: BeautifulSoup) -> None:
    """A Guru card's verification badge (`div.ghq-VerificationStatus`: its icon, 「Verified」, 「by 阿依古丽 (Aigul
    S.)」, 「· 11 days ago」, 「· Verify every 3 months」) says who checked the card and when, not what it says: read,
    its spans ran together (「Verifiedby 阿依古丽…· 11 days ago· Verify every 3 months」) as the opening passage's
    first line. It goes."""
    for badge in soup.find_all(class_=_GURU_VERIFIED):
        if not _gone(badge):
            badge.decompose()


def _canvas_callouts(soup: BeautifulSoup) -> None:
    """A Canvas LMS page's callout (Instructure's `div.ic-Callout` in the page's `div.user_content`) is a box of
    its own: an assignment under the lesson (「<strong>本週作業（4-2）：</strong>以實習公司為例…」) was read as
    more of the part above it, the last answer of its 「同學常問」. A callout its writer labels with a bold lead is
    a part titled by the label (at the level of the heading above it), any other is set apart by a rule."""
    for box in soup.find_all("div", class_="ic-Callout"):
        if _gone(box) or box.find_parent(class_="user_content") is None or not box.get_text(strip=True):
            continue
        first = box.find(["p", "div"])
        lead = first.find(["strong", "b"]) if isinstance(first, Tag) else None
        label = lead.get_text(" ", strip=True).rstrip("：: ") if isinstance(lead, Tag) else ""
        opens = isinstance(lead, Tag) and not "".join(
            str(node) if isinstance(node, NavigableString) else node.get_text() for node in lead.previous_siblings
        ).strip()
        above = box.find_previous(list(HEADINGS))
        if label and opens and len(label) <= HEADING_MAX:
            heading = soup.new_tag(above.name if isinstance(above, Tag) else "h2", string=label)
            lead.decompose()
            box.insert_before(heading)
        else:
            box.insert_before(soup.new_tag("hr"))


_BOOKDOWN = re.compile(r"^\s*bookdown\b", re.IGNORECASE)
# a bookdown book's custom block (「::: {.rmdtip}」 in its R Markdown: rmdnote, rmdtip, rmdwarning, rmdcaution, …)
_BOOKDOWN_BLOCK = re.compile(r"^rmd[a-z]+$")


def _bookdown_blocks(soup: BeautifulSoup) -> None:
    """A bookdown chapter (its generator meta names bookdown) read as its reader reads it. A custom block
    (`div.rmdtip`, `div.rmdnote`…) is a box of its own, set apart by a rule: the tip after a FAQ's bold
    questions (「经验：出差时笔记本插一张上网卡…」) was read as more of the last answer. A footnote (Pandoc's
    `a.footnote-ref` to its `li#fnN` in the chapter's `div.footnotes`) is read after the block citing it, as a
    reader who follows the number reads it: the three notes, each a fact of its own section (which Ubuntu
    releases Lenovo's unlock package is for), were one 「注释」 part, away from the text they explain."""
    if soup.find("meta", attrs={"name": "generator", "content": _BOOKDOWN}) is None:
        return
    for box in soup.find_all("div", class_=_BOOKDOWN_BLOCK):
        if not _gone(box) and box.parent is not None and box.get_text(strip=True):
            box.insert_before(soup.new_tag("hr"))
    for notes in soup.find_all("div", class_="footnotes"):
        for ref in soup.find_all("a", class_="footnote-ref", href=True):
            note = notes.find("li", id=str(ref["href"]).lstrip("#"))
            block = ref.find_parent(["p", "li", "td", "th", "dd"])
            if not isinstance(note, Tag) or block is None or inside(block, notes):
                continue
            for back in note.find_all("a", class_="footnote-back"):
                back.decompose()
            ref.decompose()
            paragraphs = note.find_all("p", recursive=False) or [note]
            for paragraph in paragraphs:
                paragraph.name = "p"
            read_after(block, paragraphs)
        if not notes.find_all("li"):
            notes.decompose()


_DOCBOOK = re.compile(r"^\s*DocBook XSL", re.IGNORECASE)
# the divisions DocBook XSL titles in a `div.titlepage` of their own: a chunk's component and its sections
_DOCBOOK_PARTS = frozenset({"book", "part", "chapter", "appendix", "preface", "article", "reference", "refentry",
                            "glossary", "bibliography", "index", "colophon", "dedication", "section",
                            "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect"})
_DOCBOOK_ADMONITIONS = ("note", "tip", "warning", "caution", "important")
# the label DocBook's gentext sets before a formal title's own words: 「过程 6.1. 」, 「Procedure 3.2. 」
_DOCBOOK_LABEL = re.compile(r"^\S{1,12}\s*[0-9A-Z]+(?:\.[0-9]+)*\.\s+(?=\S)")


def _docbook_page(soup: BeautifulSoup) -> None:
    """A page the DocBook XSL stylesheets wrote (their generator meta 「DocBook XSL Stylesheets V…」: a
    chunked chapter of a manual) read as its reader reads it. The chunk's own title (`div.titlepage`'s
    `h2.title` of its chapter, the heading `<title>` repeats) titles the page; its sections' titles are
    h2 too, and the first procedure's caption had titled it. The navigation header and footer, the table of
    contents and the lists of procedures, tables and figures (`div.toc`, `div.list-of-procedures`: 「过程清单」
    glued into the chapter's intro) are the book's index, not the chapter. A procedure (`div.procedure`, its
    caption 「过程 6.2. 预先登记为听障用户」 in `p.title`) is a part of its own titled by its caption without
    DocBook's label, one level under its section, its intro and steps under it: the second procedure's
    caption and intro were glued into the note before it and its steps filed under that note. An
    admonition (`div.note`, `div.tip`, `div.warning`…, its `h3.title` only its kind 「注意」 「提示」) is text
    of its section led by its title (「提示：Kcell 的…」), a passage of its own, not a section titled by its
    kind alone. A
    question-and-answer set (`div.qandaset`'s table of `tr.question` and `tr.answer` rows, each question
    labelled 「6.5.1.」 in a cell of its own) is questions, each with its answer, not table rows."""
    if soup.find("meta", attrs={"name": "generator", "content": _DOCBOOK}) is None:
        return
    for chrome in soup.find_all("div", class_=("navheader", "navfooter", "toc")):
        if not _gone(chrome):
            chrome.decompose()
    for listing in soup.find_all("div", class_=re.compile(r"^list-of-")):
        if not _gone(listing):
            listing.decompose()
    for procedure in soup.find_all("div", class_="procedure"):
        caption = procedure.find("p", class_="title", recursive=False)
        if caption is None or not clean(caption.get_text()):
            continue
        part = next((p for p in procedure.parents if isinstance(p, Tag) and p.name == "div"
                     and not _DOCBOOK_PARTS.isdisjoint(p.get("class", ()))), None)
        owner = part.find(class_="titlepage") if part is not None else None
        above = owner.find(list(HEADINGS)) if isinstance(owner, Tag) else None
        level = int(above.name[1]) + 1 if isinstance(above, Tag) else 3
        heading = soup.new_tag(f"h{min(level, 6)}")
        heading.string = _DOCBOOK_LABEL.sub("", clean(caption.get_text()).replace("\n", " "), count=1)
        caption.replace_with(heading)
    for box in soup.find_all("div", class_=_DOCBOOK_ADMONITIONS):
        title = box.find(list(HEADINGS), class_="title", recursive=False)
        if title is None:
            continue
        label = clean(title.get_text()).replace("\n", " ").rstrip("：: ")
        title.decompose()
        box.insert_before(soup.new_tag("hr"))       # a box of its own: neither the table above nor the text after
        box.insert_after(soup.new_tag("hr"))
        first = box.find("p")
        if label and not is_kind_name(label) and first is not None:
            first.insert(0, NavigableString(f"{label}："))
    for qandaset in soup.find_all("div", class_="qandaset"):
        for row in qandaset.find_all("tr", class_="question"):
            cells = row.find_all("td", recursive=False)
            answer = row.find_next_sibling("tr")
            if not cells or answer is None or "answer" not in answer.get("class", ()):
                continue
            details, summary = soup.new_tag("details"), soup.new_tag("summary")
            summary.string = clean(cells[-1].get_text()).replace("\n", " ")
            details.append(summary)
            for child in list(answer.find_all("td", recursive=False)[-1].children):
                details.append(child.extract())
            answer.decompose()
            row.replace_with(details)
        for table in qandaset.find_all("table"):
            if table.find("tr") is not None:
                continue            # a row not paired (a question without its answer) keeps the table
            body = soup.new_tag("div")
            for details in table.find_all("details"):
                body.append(details.extract())
            table.replace_with(body)
    titlepage = soup.find("div", class_="titlepage")
    heading = titlepage.find(list(HEADINGS), class_="title") if isinstance(titlepage, Tag) else None
    if isinstance(heading, Tag):
        heading.name = "h1"



def _joomla_info(soup: BeautifulSoup) -> None:
    """Joomla's article info block (`dl.article-info` under the title: its `dt.article-info-term` 「详细信息」 over
    `dd`s of the author, category, dates and hits) is no text: read as a list, 「详细信息 / 作者：… / 分类：… / 发布于：…
    / 点击数：3187」 were glued before the introduction (holdout75). Only Joomla's block, by its term: Zendesk's
    `section.article-info` holds a whole article."""
    for info in soup.find_all("dl", class_="article-info"):
        if info.find("dt", class_="article-info-term", recursive=False) is not None:
            info.decompose()


def _typo3_frame_headers(soup: BeautifulSoup) -> None:
    """TYPO3's content elements (bootstrap_package: `div.frame.frame-type-…` > frame-container > frame-inner) head
    each with its own `<header class="frame-header">`: the `element-header` heading (h1 on the first, h2 on the
    others) and its `p.element-subheader`. Chrome by its tag, every section's heading went, not even as text, so
    the intro, the table, the steps and the FAQ were all titled by the page (holdout90). The element's header is
    its heading and subheader: unwrapped, they head and open the element's text. Only a header inside a frame."""
    for header in soup.find_all("header", class_="frame-header"):
        if header.find(list(HEADINGS)) is not None and any("frame" in class_names(parent) for parent in header.parents):
            header.unwrap()


def _gitea_button_row(soup: BeautifulSoup) -> None:
    """Gitea's (and Forgejo's) bar over a repository's page, `div.repo-button-row`: a wiki page's page picker
    (「页面：<strong>title</strong>」 over the dropdown of the wiki's pages), its 「页面」 button and its clone
    address. The dropdown's links went as a menu, but the picker's label stayed as the introduction's first
    line (holdout75)."""
    for row in soup.find_all("div", class_="repo-button-row"):
        row.decompose()


# a page the Gollum wiki app serves: its wrapper, the page's body and its own 「Last edited by …」 line (GitHub's wikis,
# made with Gollum's markup, have the first two, not the last)
_GOLLUM_MARKS = frozenset({"#wiki-wrapper", "#wiki-body", "#last-edit"})
# Gollum's columns beside a page: its wiki's _Sidebar page (Gollum 4's #wiki-rightbar or #wiki-leftbar, 5's #wiki-sidebar)
_GOLLUM_SIDEBARS = ("wiki-sidebar", "wiki-rightbar", "wiki-leftbar")


def _gollum_page(soup: BeautifulSoup) -> None:
    """A page of a Gollum wiki (the page in `#wiki-body`) shows two pages of the wiki's own around it: the
    `_Sidebar` beside it (`#wiki-rightbar`, `#wiki-sidebar`), the same links on every page, and the `_Footer`
    under it (`#wiki-footer`), which its writers fill with what the wiki says under every page (「有问题请在合作社群里
    @Ержан，或打 …」). Read as a page, the sidebar's bold title (「养蜂 wiki」) was glued to the page's last Q&A
    while its links went as a menu, and the footer, chrome by its name, was lost (holdout81). The sidebar goes
    whole; the footer's text is the page's last block, set apart by a rule (no more of the last answer). Not
    GitHub's wiki pages, whose footer box is kept out as before: there the last part is a question (「### 换了套餐，
    买的包还在吗？」) and a licence line under it would have been a passage titled by that question."""
    for bar in soup.find_all(id=_GOLLUM_SIDEBARS):
        bar.decompose()
    body, footer = soup.find(id="wiki-body"), soup.find(id="wiki-footer")
    if not isinstance(body, Tag) or not isinstance(footer, Tag):
        return
    if footer.get_text(strip=True):
        page = body.find(class_="markdown-body") or body
        said = footer.find(class_="markdown-body") or footer
        held = soup.new_tag("div")
        held.extend(list(said.contents))
        page.append(soup.new_tag("hr"))
        page.append(held)
    footer.decompose()


_DENDRON = re.compile(r"^\s*Dendron\b", re.IGNORECASE)
_DENDRON_LINK_LABELS = frozenset({"Children", "Backlinks"})


def _dendron_note_links(soup: BeautifulSoup) -> None:
    """A note Dendron publishes (its generator meta 「Dendron」) ends with the vault's links to other notes, written
    by the template, not the writer: a rule, the bold label 「Children」 over a list of the notes under this one in
    the hierarchy, a rule, 「Backlinks」 over a list of the notes that link to it — bare `<hr><strong>…</strong>`
    and a list of links, no class of their own. Read as a page, each label was a part of its own holding other
    notes' names (holdout104); they go, as a note app's backlinks panel does (`backlinks` in SKIP_CLASS_TOKENS)."""
    for label in soup.find_all("strong"):
        if one_line(label) not in _DENDRON_LINK_LABELS:
            continue
        rule, links = label.find_previous_sibling(True), label.find_next_sibling(True)
        if rule is None or rule.name != "hr" or links is None or links.name not in ("ul", "ol"):
            continue
        items = links.find_all("li", recursive=False)
        if not items or any(item.find("a") is None or one_line(item) != one_line(item.find("a")) for item in items):
            continue        # a list saying more than the notes' names is the writer's
        for part in (rule, label, links):
            part.decompose()


def _osticket_faq(soup: BeautifulSoup) -> None:
    """osTicket's knowledge-base FAQ page (kb/faq.php: `div.faq-content` holding the question in
    `div.article-title`, 「Last Updated 2 weeks ago」 in `div.faded` and the answer in `div.thread-body`, under
    osTicket's own h1 「Frequently Asked Question」) is titled by its question: the fixed h1 titled every FAQ
    of the desk, and the question and its relative date, short lines under it, went as a by-line. The date
    says when the page was saved, not what (「2 weeks ago」), and goes; so do the FAQ's attachments list and
    its 「Help Topics」 box after it (ran on after the last answer)."""
    content = soup.find("div", class_="faq-content")
    question = content.find("div", class_="article-title", recursive=False) if isinstance(content, Tag) else None
    if not isinstance(question, Tag) or not clean(question.get_text()) \
            or content.find("div", class_="thread-body", recursive=False) is None:
        return
    heading = content.find_previous_sibling("h1")
    title = soup.new_tag("h1")
    title.string = clean(question.get_text()).replace("\n", " ")
    question.replace_with(title)
    if isinstance(heading, Tag):
        heading.decompose()
    for date in content.find_all("div", class_="faded", recursive=False):
        date.decompose()
    for after in content.find_next_siblings(True):
        after.decompose()           # Attachments:, Help Topics (osTicket puts nothing else there)


def _market_questions(soup: BeautifulSoup) -> None:
    """Yandex Market's product questions page (its widgets marked `data-apiary-widget-name="@marketfront/…"`, its
    parts `data-zone-name`: each buyer's question a `question` card, the seller's reply an `answer` card inside it)
    puts a by-line — the asker's name and `<time>`, the seller's name, 「Продавец」 and `<time>` — above each
    question and each answer, and 「Полезно」 votes and an 「Ответить」 link below: a pair's fragment opened with
    the seller's line and ended with the NEXT question's asker. The by-lines and the card's links go, leaving
    question then answer. The rating line under the h1 (「4,6 214 отзывов · 58 вопросов」) and the 「Показать ещё
    53 вопроса」 link (both links to other pages) go; the count in a heading (「Вопросы покупателей 58」) too; the
    spec table's `<caption>` after the last card becomes its heading, so the table is not glued to that answer."""
    if soup.find(attrs={"data-apiary-widget-name": re.compile(r"^@marketfront/")}) is None:
        return
    cards = soup.find_all(attrs={"data-zone-name": "question"})
    if not cards:
        return
    for card in cards:
        for part in card.find_all("div"):
            if part.find("time") is not None and part.find("div") is None:
                part.decompose()            # a by-line: name, 「Продавец」, date
            elif part.find(["a", "button"]) is not None and not clean(
                    "".join(t for t in part.find_all(string=True) if t.find_parent(["a", "button"]) is None)):
                part.decompose()            # votes, 「Ответить」: links and buttons only
    title = soup.find("h1")
    if isinstance(title, Tag):
        for after in title.find_next_siblings("div"):
            if after.find("a") is not None and after.find(["p", "h2", "ol", "ul", "table"]) is None:
                after.decompose()           # the rating and counts, linking to the reviews
    section = cards[0].parent
    if isinstance(section, Tag):
        for heading in section.find_all(re.compile(r"^h[2-4]$")):
            for count in heading.find_all("span"):
                if re.fullmatch(r"\s*\d+\s*", count.get_text()):
                    count.decompose()
        for table in section.find_all("table"):
            caption = table.find("caption")
            if isinstance(caption, Tag) and clean(caption.get_text()):
                heading = soup.new_tag("h3")
                heading.string = clean(caption.get_text())
                table.insert_before(heading)
                caption.decompose()
        for more in cards[-1].find_next_siblings("div"):
            if more.find("a") is not None and not clean(
                    "".join(t for t in more.find_all(string=True) if t.find_parent("a") is None)):
                more.decompose()            # 「Показать ещё 53 вопроса」


def _kolesa_offer(soup: BeautifulSoup) -> None:
    """Kolesa.kz's listing: `h1.offer__title`, the price, the car's
    `dl.offer__parameters` (「Город」 / 「Алматы」…), `div.offer__description` with the seller's text, then
    `div.seller-info` (the seller's name, 「Частное лицо」, the phone-reveal block with its masked number and two hints)
    and `div.offer__info` (「Опубликовано 18 ноября」, views, 「Пожаловаться」). The seller card and the info line
    ran on after the description's last paragraph, into its last answer: they go. The parameters, one term or value
    a line, become a two-column table, each term beside its value."""
    for chrome in soup.find_all("div", class_=["seller-info", "offer__info"]):
        chrome.decompose()
    for listed in soup.find_all("dl", class_="offer__parameters"):
        terms = listed.find_all("dt", recursive=False)
        values = listed.find_all("dd", recursive=False)
        if not terms or len(terms) != len(values):
            continue
        listed.replace_with(pairs_table(soup, list(zip(terms, values))))


def _qa_card(soup: BeautifulSoup, card: Tag, question: str, answer: Tag | str) -> None:
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


WIKILOC_MARKS = frozenset({"trail-title", "trail-data", "data-items"})


def _wikiloc_trail(soup: BeautifulSoup) -> None:
    """A Wikiloc trail page (`h1.trail-title`, then `div.trail-data` holding the trail's figures as
    `dl.data-items`: 「距离」 / 「14.6 km」, 「累计爬升」 / 「720 m」, 「TrailRank」 / 「61」…). Read as it stands, the
    list was one term or value a line, the whole text of the title's part, each figure apart from what it
    measures (holdout171). As Kolesa's parameters, the figures become a two-column table, each term beside its
    value (「距离 | 14.6 km」)."""
    for listed in soup.select("div.trail-data dl.data-items"):
        terms = listed.find_all("dt", recursive=False)
        values = listed.find_all("dd", recursive=False)
        if terms and len(terms) == len(values):
            listed.replace_with(pairs_table(soup, list(zip(terms, values))))


def _olx_ad(soup: BeautifulSoup) -> None:
    """An OLX ad page (its classes CSS-in-JS hashes 「css-1t507yq」, its parts named by `data-cy` / `data-testid`:
    `ad_title`, `ad-price-container`, `ad_description`, `ad-footer-bar-section`, `safety-tips`). The price's `<h3>`
    (「18 000 ₸」) headed a part of its own over 「Договорная」 and the parameters; it is a line of text. The
    description is typed with `<br>`s, its parts titled by lines all in bold (「<b>设置步骤</b><br>」): those lines are
    set apart as a forum post's are (`threads._title_lines`), so they head their parts (the steps under
    「设置步骤」, not 「Описание」). The footer bar (「ID: 231550877 Просмотров: 312」, 「Пожаловаться」), glued to the
    description's closing line, and OLX's 「Безопасная сделка」 tips, the same on every ad, go."""
    from indexer.sites.threads import _title_lines      # (threads imports the cleaner's helpers through parse)
    description = soup.find(attrs={"data-cy": "ad_description"})
    if not isinstance(description, Tag):
        return
    for chrome in soup.find_all(attrs={"data-testid": ["ad-footer-bar-section", "safety-tips"]}):
        chrome.decompose()
    price = soup.find(attrs={"data-testid": "ad-price-container"})
    if isinstance(price, Tag):
        for heading in price.find_all(list(HEADINGS)):
            heading.name = "p"
    for holder in description.find_all("div"):
        if holder.find("br", recursive=False) is not None:
            _title_lines(soup, holder)


_MARKET_KZ_TEXT = ("advert", "advert__main", "advert__price", "advert__params", "advert__description", "advert__text")


def _market_kz_advert(soup: BeautifulSoup) -> None:
    """A Market.kz ad: `div.advert` holds `h1.advert__title`, the price `div.advert__price` (「от 1 500 ₸ / сутки」),
    the photo gallery, the parameters `table.advert__params` (「Вид объявления」 | 「Прокат / аренда」…) and the
    seller's text in `div.advert__description` under its box's heading `h2.advert__description-title`
    (「Описание」, on every ad alike). Every class there starts with 「advert」, a word of the skip rules (an ad on a
    page): the price and the parameters went as chrome, the h1 had no text left and the first part was titled
    「Описание」 (the description was kept only as most of the page's text). The ad, its main column, its price,
    parameters and description lose that class, so the price and the parameters are the h1's text; the gallery (its
    counter 「1 / 8」) and the box's heading go, so the seller's opening paragraph follows them under the h1. The ad's
    meta line, share links and seller card (「advert__meta」, 「advert__share」, 「advert__sidebar」) stay chrome by
    their other words."""
    for chrome in soup.find_all(class_=["advert__gallery", "advert__description-title"]):
        chrome.decompose()
    for kept in soup.find_all(class_=["advert__price", "advert__params"]):
        for part in kept.find_all(class_=True):
            del part["class"]
    for part in soup.find_all(class_=_MARKET_KZ_TEXT):
        part["class"] = [name for name in part.get("class", []) if name not in _MARKET_KZ_TEXT]


def _fields_apart(box: Tag) -> None:
    """Set a listing's field spans (「Состояние: Б/у」 「Город: Алматы」, each a label with its value) apart by
    「 · 」, as the page shows them side by side: the spaces between them ran the fields into one line whose labels
    read as more of the value before them (「Б/у Город: Алматы」)."""
    spans = [span for span in box.find_all("span", recursive=False) if span.get_text(strip=True)]
    for before, span in zip(spans, spans[1:]):
        gap = span.previous_sibling
        if gap is before:
            span.insert_before(" · ")
        elif isinstance(gap, NavigableString) and not gap.strip() and gap.previous_sibling is before:
            gap.replace_with(" · ")


_LALAFO_TEXT = ("ad-detail-title", "ad-detail-price", "ad-detail-params", "ad-detail-description")


def _lalafo_ad(soup: BeautifulSoup) -> None:
    """A Lalafo ad: `h1.ad-detail-title`, the price `div.ad-detail-price` (「12 000 KZT」), the parameters
    `div.ad-detail-params` (a span each: 「Состояние: Б/у」 「Город: Алматы」 「Доставка: …」), the seller's text
    `div.ad-detail-description` with its h2s, then the author card `div.ad-detail-author` and the counter
    `div.ad-detail-stats` (「Просмотров: 214 · ID …」). Every class starts with 「ad」, a word of the skip rules (an ad
    on a page), as Market.kz's 「advert」 does (`_market_kz_advert`): the title, price and parameters went as chrome
    and the first part was titled by the description's first h2 (holdout187: the delivery terms lost). The title,
    price, parameters and description lose that class, so the price and the parameters are the h1's text, the
    fields set apart (`_fields_apart`); the author card and the counter stay chrome."""
    for part in soup.find_all(class_=list(_LALAFO_TEXT)):
        if "ad-detail-params" in part.get("class", []):
            _fields_apart(part)
        part["class"] = [name for name in part.get("class", []) if name not in _LALAFO_TEXT]


def _autoru_card(soup: BeautifulSoup) -> None:
    """An Auto.ru listing: `h1.CardHead__title`, the price `div.CardHead__price`, the spec rows `ul.CardInfo` (one
    `li.CardInfoRow` each: a label `span.CardInfoRow__cell` and its value's), the options and the seller's
    description sections, then `section.CardSeller` (`div.CardSellerNamePlace` 「Ерлан · частное лицо · Алматы」
    and the 「Показать телефон」 / 「Написать」 buttons). Read as a page (holdout187) each label was glued to its
    value (「年份2019」), and the seller's card was a last part titled by the h1 again. The rows are a two-column
    table (`_pairs_table`, as a listing's `dl`), and the seller's line moves under them, as Youla's and Avito's
    seller lines stand under their ad's price and params (`_youla_item`)."""
    for info in soup.find_all("ul", class_="CardInfo"):
        rows = [row.find_all("span", class_="CardInfoRow__cell", recursive=False)
                for row in info.find_all("li", class_="CardInfoRow", recursive=False)]
        if rows and all(len(cells) == 2 for cells in rows):
            info.replace_with(pairs_table(soup, [(label, value) for label, value in rows]))
    heading = soup.find("h1", class_="CardHead__title")
    for card in soup.find_all("section", class_="CardSeller"):
        line = one_line(card.find(class_="CardSellerNamePlace"))
        card.decompose()
        if not line or not isinstance(heading, Tag):
            continue
        above = heading
        for sibling in heading.find_next_siblings(True):
            if sibling.name in HEADINGS or sibling.find(list(HEADINGS)) is not None:
                break
            above = sibling
        above.insert_after(text_tag(soup, "p", line))


# an idealista ad's marks: the two parts of its h1 and the advertiser's description, in the language it was written in
IDEALISTA_MARKS = frozenset({"main-info__title-main", "adCommentsLanguage"})


def _idealista_ad(soup: BeautifulSoup) -> None:
    """An idealista ad page. Its description is `section.comment` (「Comentario del anunciante」: the advertiser's
    comment, its text in `div.adCommentsLanguage`) — the ad's whole own text, chrome by the words 「comment」 and
    「ad」, so it went unread (holdout158: none of the ad's own text was in any part). Its h1 holds the ad's title
    `span.main-info__title-main` and its place `span.main-info__title-minor`, read as one glued title (the title's
    last word run into the place's first). The advertiser's box `section.advertiser-data` (the agency's name,
    the ad's reference and contact buttons) is a seller card, as a shop's is. The description and its text lose
    their classes (its heading opens it, as any section's), the place is set apart by 「 · 」, the advertiser's box
    goes."""
    for text in soup.find_all("div", class_="adCommentsLanguage"):
        section = text.find_parent("section", class_="comment")
        if section is not None:
            del section["class"]
            del text["class"]
    for minor in soup.select("h1 > span.main-info__title-minor"):
        if minor.find_previous_sibling("span", class_="main-info__title-main") is not None:
            minor.insert_before(" · ")
    for box in soup.find_all("section", class_="advertiser-data"):
        box.decompose()


def _capacities_object(soup: BeautifulSoup) -> None:
    """A Capacities object published to the web: over the object's `div.object-body` stand its type badge
    `div.object-type-badge` (「📄 Page」) and its properties `div.object-properties`, one `div.property-row` each:
    a label and its value or tag chips (「Tags」 「#二手车」…, 「Created」 「2026-10-02」, 「Last edited」). Read as they
    stand, they opened the first part, each label glued to its value (「Created2026-10-02」). They file the object
    (its type, tags and dates), the same lines on every object: they go, as a post's tags and dates do."""
    for chrome in soup.find_all("div", class_=["object-type-badge", "object-properties"]):
        chrome.decompose()


def _tana_node(soup: BeautifulSoup) -> None:
    """A Tana node published to the web (`main.PublishedNodeView`): its name `h1.NodeTitle` ends with its supertag's
    chip `span.SupertagChip` (「#社團指南」), under it the node's fields `div.NodeFields` (one `div.FieldRow` each: a
    `span.FieldName` and its `span.FieldValue`, 「負責人」 「@阿哲（社長）」, 「狀態」 「進行中」), after the outline
    `div.NodeReferences` (「Referenced by」 and links to the nodes that mention this one). The chip was glued to the
    title (「…簡訊報名#社團指南」), one field row (its value an option chip) opened the first part glued to its label,
    and the references were a last part titled by the node. The chip files the node as the tags of a post do, the
    fields are its metadata, the references other nodes' names (as a note app's backlinks): they go."""
    for chrome in soup.find_all(class_=["SupertagChip", "NodeFields", "NodeReferences"]):
        chrome.decompose()


_AVITO_MARKER = re.compile(r"^item-view/")


_YOULA_ASSETS = re.compile(r"^(?:https?:)?//static\.youla\.io/")     # (its every page's CSS and JS)


def _youla_item(soup: BeautifulSoup) -> None:
    """A Youla (Юла) ad page its static.youla.io assets mark: `section.product-info` (the `h1.product-info__title`,
    the price, the meta line, the params list), the description, then `aside.seller-card` (`.seller-card__name`,
    `__rating` 「★ 4.9 · 37 отзывов」, `__since` 「На Юле с марта 2021」, the badge 「Номер телефона подтверждён」, the
    Позвонить / Написать buttons, 「Все объявления продавца (4)」). Read as a page (holdout135) the aside went as
    page chrome with the seller's name and rating; they are now one line under the ad's price and params
    (「Ерлан Б. · ★ 4.9 · 37 отзывов · На Юле с марта 2021」), as Avito's seller line is (`_avito_item`), the badge,
    buttons and the link to the seller's other ads gone."""
    heading = soup.find("h1", class_="product-info__title")
    card = soup.find("aside", class_="seller-card")
    if not isinstance(heading, Tag) or not isinstance(card, Tag) or not loads_assets(soup, _YOULA_ASSETS):
        return
    about = [one_line(card.find(class_=f"seller-card__{part}")) for part in ("name", "rating", "since")]
    line = " · ".join(part for part in about if part)
    card.decompose()
    if not line:
        return
    info = heading.find_parent("section", class_="product-info")
    params = info.find("ul", class_="product-info__params") if isinstance(info, Tag) else None
    paragraph = soup.new_tag("p")
    paragraph.string = line
    (params if isinstance(params, Tag) else heading).insert_after(paragraph)


def _avito_item(soup: BeautifulSoup) -> None:
    """An Avito ad page (its parts named by `data-marker`: `item-view/title-info` with the ad's h1,
    `item-view/item-params`, `item-view/item-description`, `item-view/questions`, `item-view/item-price`,
    `seller-info`, `item-view/item-address`, the footer's `item-view/item-id`…). The aside with the price, the
    seller and the address went as page chrome, and nothing stood between the h1 and 「Характеристики」: they are
    now lines under the title (「185 000 ₽」, 「Виктор · Частное лицо · На Авито с марта 2015 · 4,9 · 37 отзывов」,
    the address), its buttons and banners gone. The description is typed with `<br>`s, its parts titled by lines
    all in bold (「<strong>【价格与付款】</strong><br>」), and a 「<p>」 left open swallowed the paragraphs after it (the
    next part's title glued to the end of this one): each paragraph is closed, its lines set apart as Xuite's are
    (`blogs.lines_apart`), so a bold line heads its part, titled without its 【brackets】. Each 「Вопросы продавцу」
    card (`div.question-item`: the asker's line, the question, the answer led by its label 「Ответ продавца」) ran
    together with the others into one passage: it is a question with its answer, the asker's line and the label
    gone, as Yandex Market's by-lines go (`_market_questions`)."""
    from indexer.sites.blogs import lines_apart        # (blogs and threads import the cleaner's helpers through parse)
    from indexer.sites.threads import _BRACKET_PART_TITLE
    if soup.find(attrs={"data-marker": _AVITO_MARKER}) is None:
        return
    title = soup.find(attrs={"data-marker": "item-view/title-info"})
    heading = title.find("h1") if isinstance(title, Tag) else None
    if isinstance(heading, Tag):
        seller = soup.find(attrs={"data-marker": "seller-info"})
        rating = seller.find(class_="seller-info-rating") if isinstance(seller, Tag) else None
        # the seller's name, 「Частное лицо · На Авито с …」, the score and the reviews' count, one line
        about = [one_line(seller.find(attrs={"data-marker": "seller-info/name"})),
                 one_line(seller.find(class_="seller-info-value"))] if isinstance(seller, Tag) else []
        if isinstance(rating, Tag):
            about += [one_line(rating.find(class_="seller-info-rating-score")), one_line(rating.find("a"))]
        lines = [one_line(soup.find(attrs={"data-marker": "item-view/item-price"})),
                 " · ".join(part for part in about if part),
                 one_line(soup.find(attrs={"data-marker": "item-view/item-address"}))]
        for line in reversed([line for line in lines if line]):
            paragraph = soup.new_tag("p")
            paragraph.string = line
            heading.insert_after(paragraph)
    description = soup.find(attrs={"data-marker": "item-view/item-description"})
    if isinstance(description, Tag):
        for holder in description.find_all("p"):
            if isinstance(holder.parent, Tag) and holder.parent.name == "p":
                holder.parent.insert_after(holder.extract())     # after a 「<p>」 left open, not inside it
        for holder in description.find_all("p"):
            if holder.find("br", recursive=False) is not None:
                lines_apart(soup, holder)
        for bold in description.find_all(["strong", "b"]):
            bracketed = _BRACKET_PART_TITLE.match(bold.get_text().strip())
            if bracketed and isinstance(bold.parent, Tag) and one_line(bold.parent) == one_line(bold):
                bold.string = bracketed.group(1).strip()        # titled without its brackets, as the parser titles them
    for card in soup.find_all("div", class_="question-item"):
        question, answer = card.find(class_="question-item__text"), card.find(class_="question-item__answer")
        if not isinstance(question, Tag) or not isinstance(answer, Tag) or not one_line(question):
            continue
        for label in answer.find_all(class_="question-item__answer-label"):
            label.decompose()
        _qa_card(soup, card, one_line(question), one_line(answer))


def _asana_task(soup: BeautifulSoup) -> None:
    """An Asana task shared publicly, as the browser saves it: the project's `h1.ProjectPageHeader-projectName`, then
    the `div.TaskPane` — the task's name in `textarea.TaskName-input`, `div.TaskPaneFields` of
    `LabeledRowStructure` rows (a `-left` label, its value), the `TaskDescription` editor, `div.TaskPaneSubtasks` of
    `SubtaskTaskRow`s (`-taskName`, a `DueDate`), and the `TaskStoryFeed`: `BlockStory` activity lines (「… 创建了此任务
    · 9月28日」) and `CommentStory` comments (`StoryActorName`, `Timestamp`, `CommentStory-text`). A textarea is a
    form control, so the task's name was lost and the project's name titled the page; each field's label ran into
    its value (「截止日期10月15日」); a subtask's due date into its name; the activity lines were the subtasks' text.
    Now the task's name is the h1 (the project's goes: the 「项目」 field names it), each field a line 「label：value」,
    the subtasks a list (「name · due date」), and the activity lines go. The comments are the generic comment
    reader's (`indexer.comments`): the page's 「评论」 part."""
    pane = soup.find("div", class_="TaskPane")
    name = pane.find("textarea", class_="TaskName-input") if isinstance(pane, Tag) else None
    if not isinstance(name, Tag) or not one_line(name):
        return
    for project in soup.find_all(class_="ProjectPageHeader"):
        project.decompose()
    title = soup.new_tag("h1")
    title.string = one_line(name)
    name.replace_with(title)
    for row in pane.find_all(class_="LabeledRowStructure"):
        label = row.find(class_="LabeledRowStructure-left")
        if isinstance(label, Tag) and one_line(label):
            line = soup.new_tag("p")
            label.extract()
            line.string = one_line(label) + "：" + one_line(row)
            row.replace_with(line)
    for subtasks in pane.find_all(class_="TaskPaneSubtasks"):
        listed = soup.new_tag("ul")
        for row in subtasks.find_all(class_="SubtaskTaskRow"):
            line = soup.new_tag("li")
            line.string = " · ".join(part for part in (one_line(row.find(class_="SubtaskTaskRow-taskName")),
                                                       one_line(row.find(class_="DueDate"))) if part)
            listed.append(line)
            row.decompose()
        subtasks.append(listed)
    for story in pane.find_all(class_="BlockStory"):
        story.decompose()


def _skillshare_class(soup: BeautifulSoup) -> None:
    """A Skillshare class page: `section.class-details-header` (the trailer's player with 「Trailer 1:58」, the h1, the
    teacher's line, the meta, share buttons), 「About This Class」, `ol.session-list` of `li.session-item` lessons
    (`span.session-title` 「1. 课程介绍与作品展示」 and `span.session-duration` 「2:41」), the class project with its
    `div.project-resources` links, `section.class-reviews` of `div.review-item` cards (`.review-author`,
    `.review-date`, `.review-text`) under a `div.reviews-summary` of percentages, and `section.class-discussions` of
    `div.discussion-item` cards, a student's question with the teacher's `div.discussion-reply` nested in it.
    The trailer's length was the title's text; the lessons, a syllabus, were twelve steps, each title glued to its
    length (「1. 课程介绍与作品展示2:41」); the resources' links ran together; the reviews were one passage of dates and
    texts, their writers lost; the discussions one passage of questions and answers. Now the trailer goes; the
    lessons are a list of 「title · length」; the resources a list; each review a part headed by its writer (as
    Kaspi's, `_kaspi_item`), its date kept, the summary and 「See All … Reviews」 gone; each discussion whose
    teacher answers a question with that answer (a `<details>`), the askers' and teacher's name lines gone as
    Yandex Market's by-lines go (`_market_questions`)."""
    for chrome in soup.find_all(class_=["trailer-duration", "reviews-summary", "reviews-see-all"]):
        chrome.decompose()
    for lessons in soup.find_all("ol", class_="session-list"):
        listed = soup.new_tag("ul")
        for item in lessons.find_all("li", class_="session-item"):
            line = soup.new_tag("li")
            line.string = " · ".join(part for part in (one_line(item.find(class_="session-title")),
                                                       one_line(item.find(class_="session-duration"))) if part)
            listed.append(line)
        lessons.replace_with(listed)
    for resources in soup.find_all(class_="project-resources"):
        listed = soup.new_tag("ul")
        for link in resources.find_all("a"):
            line = soup.new_tag("li")
            line.string = one_line(link)
            listed.append(line)
            link.decompose()
        resources.append(listed)
    for review in soup.find_all("div", class_="review-item"):
        author = review.find(class_="review-author")
        name = one_line(author)
        if name and review.find(class_="review-text") is not None:
            author.decompose()
            heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
            review.insert_before(heading)
    for item in soup.find_all("div", class_="discussion-item"):
        reply = item.find(class_="discussion-reply")
        question = item.find(class_="discussion-text")
        if not isinstance(reply, Tag) or not isinstance(question, Tag) or reply in question.parents:
            continue
        answer = reply.find(class_="discussion-text")
        if not one_line(question) or not isinstance(answer, Tag):
            continue
        _qa_card(soup, item, one_line(question), one_line(answer))


def _kaspi_item(soup: BeautifulSoup) -> None:
    """A Kaspi.kz shop item page: under `h1.item__heading` the price, credit and seller lines, the `ul.tabs` labels
    (「Описание Характеристики Отзывы Вопросы」), `div.item__description`, then `section.reviews` of
    `div.reviews__review` cards (`div.reviews__author`, `div.reviews__date`, a star `div.rating`, `p.reviews__text`).
    The tab labels were text under the h1: they go. The authors went as by-lines (「author」) while the dates stayed,
    so the reviews ran together as one passage, each opened by a bare date: each review is now a part headed by
    its writer (`html_text.writer_heading`, as the forum readers head a reply), its date kept under the name."""
    for tabs in soup.find_all("ul", class_="tabs"):
        tabs.decompose()
    for review in soup.find_all("div", class_="reviews__review"):
        author = review.find("div", class_="reviews__author")
        name = clean(author.get_text(" ")) if isinstance(author, Tag) else ""
        if name and review.find(class_="reviews__text") is not None:
            author.decompose()
            heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
            review.insert_before(heading)


# a Goodreads book page's marks (its Next.js markup): the title's section and the book's description
GOODREADS_MARKS = frozenset({"BookPageTitleSection", "BookPageMetadataSection__description"})
# the parts of the book's metadata column that are the book's: its author, its description
_GOODREADS_KEPT = ("BookPageMetadataSection__contributor", "BookPageMetadataSection__description")


def _goodreads_book(soup: BeautifulSoup) -> None:
    """A Goodreads book page: `div.BookPageTitleSection` (the h1), `div.BookPageMetadataSection__contributor`
    (the author), `div.RatingStatistics`, `div.BookPageMetadataSection__description` (the publisher's or the
    author's text in `div.TruncatedContent` / `span.Formatted`: paragraphs, h3s, lists, tables),
    `div.FeaturedDetails` (「312 pages, Paperback」「First published …」), the genres; then `section.ReaderQA`
    and `section.ReviewsSection` of `article.ReviewCard`s (`div.ReviewerProfile__name`, the stars, `div.ReviewText`,
    `div.SocialFooter`, `div.CommentsList`). The metadata column's classes hold 「metadata」, a word of the skip
    rules: the whole description went as chrome, and with it every section of the book's text (holdout172), while
    the 「Buy on Amazon ▾」 link and the details were the h1's only text. The author and the description lose that
    class; the details move up under the author (before the description's own h3s, whose text they are not);
    the buy box goes. The rating and the genres stay chrome (the site's tally and tags, as a shop's). Each review
    is a part headed by its writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its likes chrome; the
    comments under it (`div.Comment`: `.Comment__author`, `.Comment__body`), which went by their box's 「comments」,
    are its last lines, each 「name：text」 (the readers' answers to the review: 「学徒期确实是 6 个月」)."""
    for chrome in soup.find_all(class_="BookActions__button"):
        chrome.decompose()
    for part in soup.find_all(class_=list(_GOODREADS_KEPT)):
        part["class"] = [name for name in part.get("class", []) if name not in _GOODREADS_KEPT]
    description = soup.find(attrs={"data-testid": "description"})
    details = soup.find("div", class_="FeaturedDetails")
    if isinstance(description, Tag) and isinstance(details, Tag):
        description.insert_before(details.extract())
    for review in soup.find_all("article", class_="ReviewCard"):
        profile = review.find(class_="ReviewerProfile__name")
        name = clean(profile.get_text(" ")) if isinstance(profile, Tag) else ""
        if name and review.find(class_="ReviewText") is not None:
            profile.decompose()
            heading = writer_heading(soup, name)
            heading.name = "h3"              # (under the reviews' own h2)
            review.insert_before(heading)
        for comments in review.find_all("div", class_="CommentsList"):
            for comment in comments.find_all("div", class_="Comment"):
                author = comment.find(class_="Comment__author")
                body = comment.find(class_="Comment__body")
                if isinstance(author, Tag) and isinstance(body, Tag):
                    line = f"{clean(author.get_text(' '))}：{clean(body.get_text(' '))}"
                    comment.replace_with(text_tag(soup, "p", line))
            del comments["class"]


# a Kinopoisk film page's mark: the writer of a viewer's review (a CSS-module class, its hash changing with the build)
_KINOPOISK_REVIEW_AUTHOR = "styles_reviewAuthor__"


def _kinopoisk_film(soup: BeautifulSoup) -> None:
    """A Kinopoisk (Кинопоиск) film page, its parts named by CSS-module classes (`styles_…__hash`): the viewers'
    reviews are `div.styles_review__…` cards of the writer `div.styles_reviewAuthor__…`, the review's title
    `div.styles_reviewTitle__…`, its text and the votes `div.styles_reviewVotes__…` (「Полезно 31 · Нет 2」). The
    writers went as by-lines (「author」) and the votes as chrome, so the reviews ran together as one passage under
    the reviews' heading, each opened by its bare title (holdout172): each review is now a part headed by its writer
    (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its title the first line of its text."""
    for review in soup.find_all("div", class_=_module_class("styles_review")):
        author = review.find(class_=_module_class("styles_reviewAuthor"))
        name = one_line(author)
        if not isinstance(author, Tag) or not name:
            continue
        author.decompose()
        heading = writer_heading(soup, name)
        heading.name = "h3"              # (under the reviews' own h2)
        review.insert_before(heading)


# a LitRes (Литрес) book page's marks: its h1 and the book's description
LITRES_MARKS = frozenset({"ArtInfo_title", "ArtDescription_text"})


def _litres_book(soup: BeautifulSoup) -> None:
    """A LitRes (Литрес) book page: `div.ArtInfo` (`h1.ArtInfo_title`, the author `div.ArtInfo_author`, the rating,
    the price box), `section.ArtDescription`, `section.ArtDetails` (「Информация о книге」: one `dl` of `dt` / `dd`
    pairs 「Объем:」 「164 стр.」), the questions, then `section.Reviews` of `div.Review` cards (`div.Review_author`,
    `div.Review_date`, `div.Review_text`, `div.Review_actions` with 「Ответить」 and 「👍 9」). Read as a page
    (holdout172) the author went as a by-line (「author」), the details were one term or value a line, and the
    reviews ran together as one passage of dates, texts and thumbs, their writers lost. The author is kept under
    the h1 (a book's author is the book's, not a by-line); the details are one two-column table, as Technodom's
    characteristics (`_pairs_table`); each review is a part headed by its writer (as Kaspi's, `_kaspi_item`), its
    date kept under the name, its actions gone."""
    for author in soup.find_all(class_="ArtInfo_author"):
        author["class"] = [name for name in author.get("class", []) if name != "ArtInfo_author"]
    for details in soup.find_all("section", class_="ArtDetails"):
        for listed in details.find_all("dl"):
            terms = listed.find_all("dt", recursive=False)
            values = listed.find_all("dd", recursive=False)
            if terms and len(terms) == len(values):
                listed.replace_with(pairs_table(soup, list(zip(terms, values))))
    for review in soup.find_all("div", class_="Review"):
        author = review.find(class_="Review_author")
        name = one_line(author)
        if not isinstance(author, Tag) or not name or review.find(class_="Review_text") is None:
            continue
        author.decompose()
        for actions in review.find_all(class_="Review_actions"):
            actions.decompose()
        heading = writer_heading(soup, name)
        heading.name = "h3"              # (under the reviews' own h2)
        review.insert_before(heading)


# a Rover sitter profile's marks: the site's header and the profile's header over the sitter's sections
ROVER_MARKS = frozenset({"rover-header", "profile-header"})
_ROVER_BY_LINE = re.compile(r"\s+·\s+")        # 「name · service · date」


def _rover_profile(soup: BeautifulSoup) -> None:
    """A Rover sitter profile: `section.profile-header` (avatar, `h1` the sitter's name, the tagline, the stats
    `div.profile-header__stats` of `<span>`s 「★ 4.9 (63 reviews)」「41 Repeat Clients」「Star Sitter」, a Contact
    link), the sitter's `<section>`s, then `section.profile-reviews` of `div.review` cards: `div.review__author`
    「Daniyar K. · Boarding · September 2026」, `div.review__stars` 「★★★★★」, the text `<p>`.
    Read as a page (holdout167) the stats spans were one run-together line 「★ 4.9 (63 reviews)41 Repeat
    ClientsStar Sitter」 under the name, and the reviews went to the generic comments reader (`indexer.comments`)
    as one 「评论」 passage of stars and texts, their writer lines lost and with them the service each review is of
    (Boarding or Drop-In Visits). Now the stats go (the rating and counts, as the marketplaces' beside their
    titles do, `_avito_item`); each review is a part headed by its writer (`html_text.writer_heading`, as Kaspi's,
    `_kaspi_item`), the rest of its line (the service and the date) kept over its text, its stars gone."""
    for stats in soup.find_all("div", class_="profile-header__stats"):
        stats.decompose()
    for review in soup.find_all("div", class_="review"):
        author = review.find("div", class_="review__author")
        if not isinstance(author, Tag) or review.find("p") is None:
            continue
        name, *rest = _ROVER_BY_LINE.split(clean(author.get_text(" ")))
        if not name:
            continue
        for stars in review.find_all("div", class_="review__stars"):
            stars.decompose()
        if rest:        # (a new line: the by-line's class would drop it as a writer's name, `SKIP_CLASS_TOKENS`)
            author.replace_with(text_tag(soup, "p", " · ".join(rest)))
        else:
            author.decompose()
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)


# a Mechta.kz product page's marks (Nuxt, Quasar's components): its tab panels, a question's and a review's card
MECHTA_MARKS = frozenset({"q-tab-panel", "question-item__q", "review-card__head"})


def _mechta_item(soup: BeautifulSoup) -> None:
    """A Mechta.kz product page (Nuxt, Quasar's `q-…` components): under the h1 the price, credit and delivery lines,
    the `div.q-tabs` strip (「Описание」「Характеристики」「Отзывы (23)」「Вопросы (6)」), then `section.q-tab-panel`s.
    The tab labels were four lines under the h1: they go, as Kaspi's do. Each `div.review-card` (a head of the
    writer's `<b>`, stars and `<time>`, the body, a foot 「Полезен?」 with 👍/👎 buttons) ran together with the others
    into one passage, each foot a line 「Полезен?」: each review is now a part headed by its writer (as Kaspi's), its
    date kept, its stars and foot gone. Each `div.question-item` (`__q`: the asker's `<b>` and `<time>` over the
    question; `__a`: the badge 「Ответ Mechta.kz」 over the answer) was read by the 问/答 prefixes alone, so every pair
    opened with the badge and ended with the NEXT asker's line: it is a question with its answer, the asker's line
    and the badge gone (as Ozon's by-lines go, `_ozon_item`)."""
    for tabs in soup.find_all("div", class_="q-tabs"):
        tabs.decompose()
    for review in soup.find_all("div", class_="review-card"):
        head = review.find("div", class_="review-card__head")
        writer = head.find("b") if isinstance(head, Tag) else None
        name = one_line(writer) if isinstance(writer, Tag) else ""
        if not name or review.find(class_="review-card__body") is None:
            continue
        date = one_line(head.find("time"))
        if date:
            line = soup.new_tag("p")
            line.string = date
            head.replace_with(line)
        else:
            head.decompose()
        for foot in review.find_all("div", class_="review-card__foot"):
            foot.decompose()            # 「Полезен?」 and its vote buttons
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)
    for item in soup.find_all("div", class_="question-item"):
        question, answer = item.find(class_="question-item__q"), item.find(class_="question-item__a")
        asked = question.find("p") if isinstance(question, Tag) else None
        if not isinstance(asked, Tag) or not isinstance(answer, Tag) or not one_line(asked):
            continue
        for badge in answer.find_all(class_="q-badge"):
            badge.decompose()           # 「Ответ Mechta.kz」
        _qa_card(soup, item, one_line(asked), answer)


# an Ozon product page's marks: its widgets' attribute, a question's and a review's card (its reviews are
# `section#comments`: the comment lists' reader leaves them to `_ozon_item`)
OZON_MARKS = frozenset({"@data-widget", "question-item", "review"})
_OZON_CHROME = frozenset({"webReviewProductScore", "webGallery", "skuShelf"})


def _ozon_item(soup: BeautifulSoup) -> None:
    """An Ozon product page (its widgets named by `data-widget`: `webProductHeading` holding the h1,
    `webReviewProductScore`, `webGallery`, `webPrice`, `webDescription`, `webCharacteristics`, `webListReviews`,
    `webQuestions`, `skuShelf`). The rating line under the h1 (「★ 4.6 · 128 отзывов · 37 вопросов」, links to the
    reviews) and the 「Рекомендуем также」 shelf of other products (its links glued, 「12 900 ₸Беспроводной…」) go;
    the price, seller and delivery lines stay, as Kaspi's do. The characteristics, one `dl` of a `dt` / `dd` each,
    were one name or value a line: they become one two-column table (「Сеть | GSM 900/1800 (2G)」). Each question
    (`div.question-item`: the asker's by-line, `p.question-text`, the seller's `div.answer` under its
    「SmartHome KZ · Ответ продавца」 by-line) was a line of one passage holding every pair: it is a Q&A, question
    over answer, without the by-lines. Each review is a part headed by its writer, as Kaspi's are, its date kept
    and its stars (「★★★★★」, drawn as text) gone."""
    if soup.find(attrs={"data-widget": "webProductHeading"}) is None:
        return
    for chrome in soup.find_all(attrs={"data-widget": list(_OZON_CHROME)}):
        chrome.decompose()
    for listing in soup.find_all(attrs={"data-widget": "webCharacteristics"}):
        lists = listing.find_all("dl")
        pairs = [(dl.find("dt"), dl.find("dd")) for dl in lists]
        if not pairs or any(not isinstance(term, Tag) or not isinstance(value, Tag) for term, value in pairs):
            continue
        lists[0].insert_before(pairs_table(soup, pairs))
        for dl in lists:
            dl.decompose()
    for item in soup.find_all("div", class_="question-item"):
        question = item.find(class_="question-text")
        answer = item.find("div", class_="answer")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        for byline in answer.find_all("div", class_="answer-author"):
            byline.decompose()
        _qa_card(soup, item, one_line(question), answer)
    for review in soup.find_all("div", class_="review"):
        author = review.find("div", class_="review-author")
        name = one_line(author)
        if isinstance(author, Tag) and name and review.find("p") is not None:
            author.decompose()
            for stars in review.find_all("div", class_="review-rating"):
                stars.decompose()
            heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
            review.insert_before(heading)
    for reviews in soup.find_all(attrs={"data-widget": "webListReviews"}):
        reviews.attrs.pop("id", None)       # (「comments」, which names a comment box no reader read: chrome)


# an AliExpress product page's marks: its h1's attribute, its specifications' list, its description's module
ALIEXPRESS_MARKS = frozenset({"@data-pl", "specification--list", "detailmodule_html"})
_ALIEXPRESS_PARTS = ("specification--wrap", "description--wrap", "feedback--wrap", "feedback-list")


def _aliexpress_item(soup: BeautifulSoup) -> None:
    """An AliExpress product page (`h1[data-pl=product-title]`, the price, rating and SKU lines, then the
    `div#nav-specification.specification--wrap`, `div#nav-description.description--wrap` and
    `div#nav-review.feedback--wrap` parts, the reviews in its `div.feedback-list`). Their ids are the anchors of the page's tab bar, and the 「nav」 opening
    them (and the reviews' 「feedback」, the word of a 「Was this helpful?」 box) made all three chrome: the
    specifications, the whole description and the reviews went (holdout155). The three parts are the page's text:
    their names go. The specifications, an `li` of two `span`s (name, value) each, become one two-column table, as
    Ozon's characteristics do. Each review (`div.list--itemBox`: `div.list--itemInfo` of the writer's masked name,
    country and SKU, `div.list--itemReview`, `div.list--itemDate`, 「有帮助 (12)」) is a part headed by its writer, as
    Kaspi's are, its date kept; the info line's rest and the helpful votes go, as does the 「查看更多」 link. The
    rating line under the h1 (「4.7 386 评价 1 200+ 已售」, a link to the reviews) goes, as Ozon's does, and so do the
    store box's (`div.store-info--wrap`) bare links 「关注店铺」「联系卖家」, its buttons, which were its last line."""
    if soup.find("h1", attrs={"data-pl": "product-title"}) is None:
        return
    for part in soup.find_all("div", class_=list(_ALIEXPRESS_PARTS)):
        part.attrs.pop("id", None)
        part.attrs.pop("class", None)
        for more in part.find_all("a", recursive=False):
            more.decompose()                # 「查看更多」
    for rating in soup.find_all("div", class_="product-reviewer"):
        rating.decompose()
    for store in soup.find_all("div", class_="store-info--wrap"):
        for button in store.find_all("a", recursive=False):
            button.decompose()              # 「关注店铺」「联系卖家」
    for listed in soup.find_all("ul", class_="specification--list"):
        pairs = [item.find_all("span", recursive=False) for item in listed.find_all("li", recursive=False)]
        if pairs and all(len(pair) == 2 for pair in pairs):
            listed.replace_with(pairs_table(soup, [(name, value) for name, value in pairs]))
    for review in soup.find_all("div", class_="list--itemBox"):
        info = review.find("div", class_="list--itemInfo")
        writer = info.find("span") if isinstance(info, Tag) else None
        name = one_line(writer) if isinstance(writer, Tag) else ""
        if not name or review.find(class_="list--itemReview") is None:
            continue
        info.decompose()
        for helpful in review.find_all(class_="list--itemHelpful"):
            helpful.decompose()
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)


# an eBay item page's marks: its title's box and its name / value pairs (the item's specifics, its shipping terms)
EBAY_MARKS = frozenset({"x-item-title", "ux-labels-values"})


def _ebay_item(soup: BeautifulSoup) -> None:
    """An eBay item page (`div.x-item-title`, the price and condition lines, `section.x-about-this-item` 「Item
    specifics」 of `dl.ux-labels-values` (a `dt` / `dd` each), the seller's description, `section.d-shipping-returns`
    of `div.ux-labels-values` (two `span`s: 「Shipping:」 and its terms), `section.x-questions-answers`). The class
    「ux-labels-values」 read as a post's 「labels」 (its tags), so every pair went as chrome, and with them the whole
    「Item specifics」 and 「Shipping, returns, and payments」 parts (holdout155). Each run of pairs is now one
    two-column table (「Model | PB-F6 4G」, 「Returns | 30 days returns…」), as Ozon's characteristics are. Each answer
    (`p.qa-a`) ends in its by-line 「— <span.qa-author>petbowl_official</span> (Seller) · 14 Aug 2026」: the name went
    as an author's and the rest stayed glued to the answer; the by-line goes, as Ozon's do."""
    for pair in soup.find_all(_ebay_pair):
        if pair.parent is None or _ebay_pair(pair.find_previous_sibling(True)):
            continue                        # (read with the first of its run, or gone with it)
        run = [pair]
        for sibling in pair.find_next_siblings(True):
            if not _ebay_pair(sibling):
                break
            run.append(sibling)
        rows = [row for row in map(_labels_value, run) if row is not None]
        if len(rows) == len(run):
            pair.insert_before(pairs_table(soup, rows))
            for item in run:
                item.decompose()
    for author in soup.find_all("span", class_="qa-author"):
        answer = author.parent
        if not isinstance(answer, Tag) or "qa-a" not in answer.get("class", []):
            continue
        for after in list(author.next_siblings):
            after.extract()
        before = author.previous_sibling
        author.decompose()
        if isinstance(before, NavigableString):
            before.replace_with(re.sub(r"\s*[—–-]+\s*$", "", str(before)))


def _ebay_pair(tag: Tag | None) -> bool:
    """One of eBay's name / value pairs (`dl.ux-labels-values`, `div.ux-labels-values`)."""
    return isinstance(tag, Tag) and tag.name in ("dl", "div") and "ux-labels-values" in tag.get("class", [])


def _labels_value(pair: Tag) -> tuple[Tag, Tag] | None:
    """An eBay pair's label and value: a `dl`'s `dt` and `dd`, or a `div`'s two `span`s (the label's colon dropped)."""
    parts = pair.find_all(["dt", "dd"] if pair.name == "dl" else "span", recursive=False)
    if len(parts) != 2:
        return None
    label = parts[0]
    if label.string is not None:
        label.string = label.string.strip().rstrip(":：")
    return label, parts[1]


# a Lazada product page's marks: its blocks and their section titles (`pdp-…`, the `pdp-pc` bundle's)
LAZADA_MARKS = frozenset({"pdp-block", "pdp-mod-section-title"})
# the label a Lazada question or answer opens with when the seller wrote it in Chinese (「问：」「答：」)
_QA_LABEL = re.compile(r"^\s*(?:问|答|Q|A)\s*[:：]\s*")


def _lazada_item(soup: BeautifulSoup) -> None:
    """A Lazada product page (the `pdp-pc` bundle): `div.pdp-product-title`, `div.pdp-review-summary` (stars,
    「86 Ratings|23 Answered Questions」), the price spans, `div.sku-prop` (an `h6.section-title` 「Color Family」 over
    the variation names), the delivery and seller boxes, the description, `div.pdp-mod-specification`, then
    `div.mod-rating` (its reviews `div.mod-reviews > div.item`) and `div.mod-qna` (`li.qna-item`: a Q and an A
    `div.qna-content`, each a `div.content` over its `div.qna-meta` by-line). The 「rating」 of `mod-rating` made the
    whole reviews block chrome, and the questions were lost with it (holdout164); the SKU label was read as a
    heading, so the variations, the delivery and the seller boxes were a part 「Color Family」; the prices ran
    together (「$129.90$169.00-23%」). Now the rating line goes, as Ozon's does; the prices are one line apart by
    spaces; the SKU label is one line 「Color Family: Walnut / White」 of the first part; each review is a part headed
    by its writer (「by …」 without its 「by」), its date kept and its stars, 「Verified Purchase」 and 👍 count gone,
    as Kaspi's are; each question is a Q&A, question over answer, without the 问/答 labels and the by-lines, as
    Ozon's are; the ask box and 「View All」 go. The specifications (`li.key-li`: `span.key-title`, `div.key-value`)
    and the 「What’s in the box」 row under them, one name or value a line, are one two-column table, as AliExpress's
    are."""
    if soup.find("div", class_="pdp-product-title") is None:
        return
    for summary in soup.find_all("div", class_="pdp-review-summary"):
        summary.decompose()                 # 「★★★★☆86 Ratings|23 Answered Questions」
    for price in soup.find_all("div", class_="pdp-mod-product-price"):
        parts = [one_line(part) for part in price.find_all("span", recursive=False)]
        if all(parts) and len(parts) > 1:
            price.string = " ".join(parts)
    for prop in soup.find_all("div", class_="sku-prop"):
        label = prop.find(class_="section-title")
        names = [one_line(name) for name in prop.find_all(class_="sku-variable-name-text")]
        if isinstance(label, Tag) and one_line(label) and names:
            prop.replace_with(text_tag(soup, "p", f"{one_line(label)}: {' / '.join(names)}"))
    for block in soup.find_all("div", class_=["mod-rating", "pdp-block__rating-questions-summary"]):
        block.attrs.pop("class", None)      # (their 「rating」 named them chrome)
        for chrome in block.find_all("div", class_="summary"):
            chrome.decompose()              # 「4.3/5 86 Ratings」
    for review in soup.find_all("div", class_="item"):
        if not isinstance(review.parent, Tag) or "mod-reviews" not in review.parent.get("class", []):
            continue
        middle, top = review.find("div", class_="middle"), review.find("div", class_="top")
        writer = middle.find("span") if isinstance(middle, Tag) else None
        name = re.sub(r"^by\s+", "", one_line(writer)) if isinstance(writer, Tag) else ""
        if not name or review.find(class_="content") is None:
            continue
        date = one_line(top.find(class_="title")) if isinstance(top, Tag) else ""
        for chrome in review.find_all("div", class_=["top", "middle", "bottom"]):
            chrome.decompose()              # stars, 「Verified Purchase」, 「👍 9」
        if date:
            review.insert(0, text_tag(soup, "p", date))
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)
    for box in soup.find_all("div", class_="qna-ask-box"):
        box.decompose()                     # the question's textarea and 「ASK QUESTIONS」
    for item in soup.find_all("li", class_="qna-item"):
        contents = [part.find("div", class_="content") for part in item.find_all("div", class_="qna-content")]
        if len(contents) != 2 or not all(isinstance(content, Tag) for content in contents):
            continue
        question, answer = (_QA_LABEL.sub("", one_line(content)) for content in contents)
        if question and answer:
            _qa_card(soup, item, question, answer)
    for listed in soup.find_all("ul", class_="qna-list"):
        if listed.find("li") is None:
            listed.unwrap()                 # (its items are Q&As now)
    for block in soup.find_all("div", class_="mod-qna"):
        for more in block.find_all("a", recursive=False):
            more.decompose()                # 「View All」
    for listed in soup.find_all("ul", class_="specification-keys"):
        rows = [(item.find(class_="key-title"), item.find(class_="key-value"))
                for item in listed.find_all("li", recursive=False)]
        box = listed.find_next_sibling("div", class_="box-content")
        if isinstance(box, Tag):            # 「What’s in the box」 and its list, a row of its own
            rows.append((box.find(class_="key-title"), box.find(class_="box-content-html")))
        if rows and all(isinstance(name, Tag) and isinstance(value, Tag) for name, value in rows):
            listed.replace_with(pairs_table(soup, rows))
            if isinstance(box, Tag):
                box.decompose()


# a Yahoo奇摩拍賣 item page's marks: its title, its description and the seller's card
YAHOO_AUCTION_MARKS = frozenset({"ItemTitle", "ItemDescription", "SellerCard"})
_YAHOO_QA_LABEL = re.compile(r"^\s*[QA]\s*[:：]\s*")
# who wrote a question or a review (「买家 tsai***：」, 「正評｜買家 l***8：」), and the answer's 「賣家回覆：」
_YAHOO_BUYER = re.compile(r"^\s*(?:买家|買家)\s*[^\s：:]{1,30}\s*[：:]\s*")
_YAHOO_REVIEWER = re.compile(r"(?<=[｜|])\s*(?:买家|買家)\s*[^\s：:]{1,30}\s*[：:]\s*")
_YAHOO_SELLER_REPLY = re.compile(r"^\s*(?:賣家|卖家)(?:回覆|回复)\s*[:：]\s*")


def _yahoo_auction_item(soup: BeautifulSoup) -> None:
    """A Yahoo奇摩拍賣 item page: h1.ItemTitle, div.ItemPrice (直購價, 剩餘數量) and div.SellerCard (the seller's
    name, 評價, 正評率), section.ItemDescription (h2 parts), section.ItemQA 「問與答（4）」 of div.qa-item (p.q
    「Q：买家 tsai***：…」, p.a 「A：賣家回覆：…」) and section.ItemRating 「賣家評價」, a list of 「正評｜買家 l***8：…」.
    The 「Rating」 of ItemRating made the buyers' ratings chrome, lost with what they say of the item, and each
    question was titled by its asker's nick, each answer opened by 「賣家回覆：」. Now the ratings stay, each
    line its kind and its text without the buyer's nick; each question is a Q&A, question over answer, without the
    Q/A labels, the asker and the 「賣家回覆」, as Lazada's are. The price and the seller's card stay one line each
    under the title, as the other shops' do."""
    for block in soup.find_all("section", class_="ItemRating"):
        block.attrs.pop("class", None)      # (its 「Rating」 named it chrome)
        for review in block.find_all("li"):
            line = _YAHOO_REVIEWER.sub("", one_line(review), count=1)
            if line:
                review.string = line
    for item in soup.find_all("div", class_="qa-item"):
        question, answer = item.find("p", class_="q"), item.find("p", class_="a")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        asked = _YAHOO_BUYER.sub("", _YAHOO_QA_LABEL.sub("", one_line(question)), count=1)
        said = _YAHOO_SELLER_REPLY.sub("", _YAHOO_QA_LABEL.sub("", one_line(answer)), count=1)
        if asked and said:
            _qa_card(soup, item, asked, said)


# a Shopee product page's marks (the pcmall bundle; its other class names are build hashes): the product's
# briefing card and a review's card
SHOPEE_MARKS = frozenset({"product-briefing", "shopee-product-rating"})
_STARS = re.compile(r"[★☆]+")


# a Meituan deal page's marks (its PC site's deal-component blocks and review cards)
MEITUAN_MARKS = frozenset({"deal-component-title", "deal-component-price", "review-item"})
_CURRENCY = re.compile(r"^[₸¥￥$€₽]$")


def _meituan_deal(soup: BeautifulSoup) -> None:
    """A Meituan (美团) group-buying deal page: `div.deal-component-title` (the h1, the deal's description) over the
    price box (`span.price-symbol` 「₸」, `strong.price`, 「门市价 ₸14000」, 「6.4折」), the sales box (「已售 1326」,
    「4.8分」, 「412人评价」) and the tags box (「随时退」「过期自动退」「免预约」), then the shop's `div.poi-info` (an h3
    「商家信息」, address, phone, hours, 「查看地图」) in the right column; the detail's sections, 购买须知 a `dl` of
    terms; the reviews `li.review-item` (`span.user-name` beside `span.user-level` 「Lv5」, drawn stars, the text
    `p.review-text`, the date and 「有用(24)」, the shop's `div.merchant-reply`), then 「查看全部 412 条评价」.
    Read as a page, each box's spans ran together (「₸8900门市价 ₸140006.4折」), the tags went by their class word
    「tags」, the shop's box was a part 「商家信息」 of its own with the map link as text, each dt stood alone on a
    line above its dd, and the reviews were one passage, each name glued to its level (holdout176). Each box
    is now one line of its figures apart by 「 · 」 (the currency sign kept to its price), the shop's lines follow
    them under the h1 (its heading and map link gone), the terms are a two-column table (as other shops' terms
    are, `_pairs_table`), and each review is a part headed by its writer, as Shopee's (`_shopee_item`): its date
    and text kept, the shop's reply its last line, its level, stars, 「有用」 count and the link to all reviews gone."""
    title = soup.find("div", class_="deal-component-title")
    if not isinstance(title, Tag):
        return
    at = title
    for box in soup.find_all("div", class_=["deal-component-price", "deal-component-sales", "deal-component-tags"]):
        figures: list[str] = []
        for child in box.find_all(True, recursive=False):
            said = one_line(child)
            if figures and _CURRENCY.match(figures[-1]):
                figures[-1] += said
            elif said:
                figures.append(said)
        line = text_tag(soup, "p", " · ".join(figures))
        box.replace_with(line)
        at.insert_after(line.extract())
        at = line
    for shop in soup.find_all("div", class_="poi-info"):
        for chrome in shop.find_all(["h3", "a"]):
            chrome.decompose()
        for fact in shop.find_all("p"):
            at.insert_after(fact.extract())
            at = fact
        shop.decompose()
    for listed in soup.find_all("dl", class_="notes-list"):
        terms, values = listed.find_all("dt"), listed.find_all("dd")
        if len(terms) == len(values):
            listed.replace_with(pairs_table(soup, list(zip(terms, values))))
    for review in soup.find_all("li", class_="review-item"):
        writer, text = review.find(class_="user-name"), review.find(class_="review-text")
        if not isinstance(writer, Tag) or not isinstance(text, Tag) or not one_line(writer):
            continue
        reply = review.find(class_="merchant-reply")
        lines = [one_line(review.find(class_="date")), one_line(text), one_line(reply) if isinstance(reply, Tag) else ""]
        _review_part(soup, review, one_line(writer), lines, before=review.parent)
    for more in soup.find_all("a", class_="more-reviews"):
        more.decompose()


def _shopee_item(soup: BeautifulSoup) -> None:
    """A Shopee product page (pcmall: `section.product-briefing` with the h1, the rating and sold counts, the prices
    and rows of a `label` before their value — 运费, 型号's `button.product-variation`s, 数量; then
    `section.page-product__shop`, `section.product-detail` (商品规格 rows of a `label` and a `div`, 商品描述),
    `section.product-ratings` of `div.shopee-product-rating` cards, `div.page-product__content--right`). Every other
    class name is a build hash. The 「rating」 in each card's name (and its parts', `__author-name`, `__content`…) made
    every review chrome: the whole 商品评价 went (holdout164). Each review is now a part headed by its writer, as
    Kaspi's are: its time line and text kept, the seller's reply one line 「卖家回复：…」, its stars and 「有帮助?」
    gone; the rating overview and its filter buttons go. In the briefing, the rating line (a row of cells, one of
    them drawn stars), the share row 「分享:喜欢 (203)」 and the badge beside the h1 (「Preferred」) go, as Ozon's
    rating line does; the price cells (short, with digits) are one line apart by spaces; a row's label stood alone
    on a line above its value (型号's variations, buttons, were lost): each row is one line 「型号：WL-4G 标准版 /
    WL-4G 加长探头 10 m」, the quantity's input going; the shop card's counters (spans, 「评价 3.1千商品 86…」) are
    one line apart by 「 · 」; the 商品规格 rows are one two-column table, as Ozon's characteristics are; the right
    column (the shop's other products with their prices) goes, as Ozon's shelf does."""
    if soup.find("section", class_="product-briefing") is None:
        return
    for column in soup.find_all("div", class_="page-product__content--right"):
        column.decompose()                  # 店铺热销商品: other products and their prices
    for overview in soup.find_all("div", class_="product-rating-overview"):
        overview.decompose()                # 「4.8 满分 5」 and its filter buttons
    for review in soup.find_all("div", class_="shopee-product-rating"):
        def part(name: str) -> Tag | None:
            found = review.find(class_=f"shopee-product-rating__{name}")
            return found if isinstance(found, Tag) else None
        writer, content = part("author-name"), part("content")
        if writer is None or content is None or not one_line(writer):
            continue
        lines = [one_line(part("time")), one_line(content)]
        reply = part("seller-reply")
        if reply is not None:
            said = [one_line(piece) for piece in reply.find_all("div", recursive=False)]
            lines.append("：".join(piece for piece in said if piece))
        heading = writer_heading(soup, one_line(writer), "h3")  # (under the reviews' own h2)
        review.insert_before(heading)
        for text in filter(None, lines):
            review.insert_before(text_tag(soup, "p", text))
        review.decompose()
    for briefing in soup.find_all("section", class_="product-briefing"):
        for title in briefing.find_all("h1"):
            for badge in title.find_previous_siblings("span") + title.find_next_siblings("span"):
                badge.decompose()           # 「Preferred」, 「Mall」
        for share in briefing.find_all("button", class_="sharing-button"):
            if isinstance(share.parent, Tag) and share.parent.parent is not None:
                share.parent.decompose()    # 「分享:」 its buttons and 「喜欢 (203)」
        for row in briefing.find_all("div"):
            cells = row.find_all(True, recursive=False)
            said = [one_line(cell) for cell in cells]
            if len(cells) < 2 or any(cell.name != "div" for cell in cells) or not all(said):
                continue
            if any(_STARS.fullmatch(text) for text in said):
                row.decompose()             # 「4.8 ★★★★★ 127 评价 412 已售出」, the rating line
            elif all(len(text) <= 12 and re.search(r"\d", text) for text in said):
                row.string = " ".join(said) # the prices and the discount, glued: 「RM189.00 RM259.00 27% 折扣」
        for label in briefing.find_all("label"):
            row = label.parent
            if not isinstance(row, Tag) or row.name != "div":
                continue
            for quantity in row.find_all(class_="shopee-input-quantity"):
                quantity.decompose()        # the quantity's input
            values = [one_line(value) for value in label.find_next_siblings(True)]
            values = [value for value in values if value]
            if values:
                row.string = f"{one_line(label)}：{' / '.join(values)}"
            else:
                row.decompose()
    for shop in soup.find_all("section", class_="page-product__shop"):
        for counters in shop.find_all("div"):
            spans = counters.find_all("span", recursive=False)
            if len(spans) > 1 and len(spans) == len(counters.find_all(True, recursive=False)):
                counters.string = " · ".join(one_line(span) for span in spans)
    for detail in soup.find_all("section", class_="product-detail"):
        rows = [row for row in detail.find_all("div") if [child.name for child in row.find_all(True, recursive=False)]
                == ["label", "div"]]
        if rows and all(isinstance(row.parent, Tag) and row.parent is rows[0].parent for row in rows):
            pairs = [tuple(row.find_all(True, recursive=False)) for row in rows]
            rows[0].insert_before(pairs_table(soup, pairs))
            for row in rows:
                row.decompose()


def _reviews_after_item(title: Tag, block: Tag) -> None:
    """Put a shop page's reviews block, a sibling of the item's box, at the end of that box (the h1's parent): the
    box holds most of the page's text and is the article's root (`_find_root`), so a block beside it was lost with
    the footer (Rakuten's `div.review-area`, Trendyol's `div.pr-rnr-com`, holdout188)."""
    box = title.parent
    if isinstance(box, Tag) and box not in block.parents and block not in box.parents:
        box.append(block.extract())


def _review_part(soup: BeautifulSoup, review: Tag, name: str, lines: list[str], level: str = "h3",
                 before: Tag | None = None) -> None:
    """Put a shop's review card as a part headed by its writer (`html_text.writer_heading`, at `level` under the
    reviews' own heading) over one line per thing it says, before the card (or `before`, where the cards are a
    list's items); the card goes with its stars, votes and buttons (Meituan's, Rakuten's, Flipkart's, Trendyol's
    and Coupang's reviews)."""
    anchor = before if before is not None else review
    anchor.insert_before(writer_heading(soup, name, level))
    for said in filter(None, lines):
        anchor.insert_before(text_tag(soup, "p", said))
    review.decompose()


def _listed_review(soup: BeautifulSoup, review: Tag, writer: str, text: str, told: tuple[str, ...]) -> None:
    """Put a shop's review, one item of the reviews' list, as a part headed by its writer (`_review_part`, an h4
    under the reviews' own h3, before the list) over a line of what the `told` classes say of it (its option, its
    date) and its text: the writer's nick, the date and the stars are a row of spans the page reads as one line
    (Gmarket's, 11번가's and Qoo10's). A review without its writer's name or its text stays as it is."""
    name, said = review.find(class_=writer), review.find(class_=text)
    if isinstance(name, Tag) and isinstance(said, Tag) and one_line(name):
        lines = [" ".join(filter(None, (one_line(review.find(class_=part)) for part in told))), one_line(said)]
        _review_part(soup, review, one_line(name), lines, "h4", before=review.parent)


# a Rakuten Ichiba item page's marks (its item template: the h1's, the price's and the description's classes)
RAKUTEN_MARKS = frozenset({"item_name", "price2", "item_desc"})


def _rakuten_item(soup: BeautifulSoup) -> None:
    """A Rakuten Ichiba (楽天市場) item page: `h1.item_name`, `div.price2` (「价格：… ₸（含税）」 and its `span.point`
    「获得 329 积分」), `div.shareBtn`, `div.item_desc` of h2 sections, then `div.review-area` (an h2 「买家评价（4.3）」
    over `div.review` cards, each a `span.name` and the stars and text after it). The points span was glued to the
    price (「…（含税）获得 329 积分」), and 「review」 named the whole reviews block chrome, its h2 and every review lost
    (holdout188). The points are now apart from the price by 「 · 」; each review is a part headed by its writer
    under the reviews' h2, as Shopee's are (`_shopee_item`), its text kept and its drawn stars gone."""
    title = soup.find("h1", class_="item_name")
    if not isinstance(title, Tag):
        return
    for price in soup.find_all("div", class_="price2"):
        point = price.find("span", class_="point")
        if isinstance(point, Tag) and one_line(point):
            said = one_line(point)
            point.decompose()
            price.string = f"{one_line(price)} · {said}"
    for area in soup.find_all("div", class_="review-area"):
        area.attrs.pop("class", None)       # (its 「review」 named it chrome)
        _reviews_after_item(title, area)
        for review in area.find_all("div", class_="review"):
            writer = review.find(class_="name")
            if not isinstance(writer, Tag) or not one_line(writer):
                continue
            name = one_line(writer)
            writer.decompose()
            _review_part(soup, review, name, [_STARS.sub("", one_line(review)).strip()])


# a Flipkart product page's marks: its h1's title span and its price (every class name a build hash, these two
# the same on every product page of a build)
FLIPKART_MARKS = frozenset({"B_NuCI", "_30jeq3"})
# a Flipkart block's label, a `div` where a heading would be: 「Highlights」 (`_2cM9lP`), 「Description」 (`_3qWObK`),
# 「Questions and Answers」 (`_1YDpHE`)
_FLIPKART_LABELS = ("_2cM9lP", "_3qWObK", "_1YDpHE")


def _flipkart_item(soup: BeautifulSoup) -> None:
    """A Flipkart product page (class names build hashes): `h1 > span.B_NuCI`, the rating `div._3LWZlK` 「4.2 ★」
    and `span._2_R_DZ` 「1,284 Ratings & 212 Reviews」, the price `div._30jeq3`, the Highlights box (a label
    `div._2cM9lP` over a `ul`), the Description box (a label `div._3qWObK` over the seller's h2 sections), then
    Questions and Answers (a label `div._1YDpHE` over `div._1xR0kG` cards: `p._1tDb4m` 「Q: …」, `p._2yeNfb` 「A: …」,
    `span._3xU0Kj` 「Flipkart Customer · Certified Buyer」 / 「Seller」) and a review `div._16PBlm` (its stars and text
    `div.t-ZTKy`, its writer `p._2sc7ZR`). Read as a page, the labels were lines of text: the rating, the price,
    「Highlights」, its bullets and 「Description」 were all the h1's part, 「Questions and Answers」 the last line of
    the section before it; each answer kept its by-line, and the review was glued to the last answer (holdout188).
    Now the rating lines go, as Ozon's do; the 「Highlights」 label is an h2 over its bullets, 「Questions and
    Answers」 an h2 (its part the Q&As under it), and 「Description」 (a tab's name over the seller's own h2s) goes;
    each question is a Q&A without its Q/A labels and by-line, as Ozon's are; the review is a part headed by its
    writer, its stars gone, as Shopee's are."""
    if soup.find("span", class_="B_NuCI") is None:
        return
    for rating in soup.find_all(class_=["_3LWZlK", "_2_R_DZ"]):
        rating.decompose()                  # 「4.2 ★」, 「1,284 Ratings & 212 Reviews」
    for label in soup.find_all("div", class_=list(_FLIPKART_LABELS)):
        if "_3qWObK" in label.get("class", []):
            label.decompose()               # 「Description」: the seller's h2s head its parts
        elif one_line(label):
            label.replace_with(text_tag(soup, "h2", one_line(label)))
    for card in soup.find_all("div", class_="_1xR0kG"):
        question, answer = card.find("p", class_="_1tDb4m"), card.find("p", class_="_2yeNfb")
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        asked, answered = _QA_LABEL.sub("", one_line(question)), _QA_LABEL.sub("", one_line(answer))
        if asked and answered:
            _qa_card(soup, card, asked, answered)   # (its by-line 「Seller」 going with the card)
    for review in soup.find_all("div", class_="_16PBlm"):
        text, writer = review.find(class_="t-ZTKy"), review.find("p", class_="_2sc7ZR")
        if not isinstance(text, Tag) or not isinstance(writer, Tag) or not one_line(writer):
            continue
        _review_part(soup, review, one_line(writer), [_STARS.sub("", one_line(text)).strip()], "h2")


# a Trendyol product page's marks: the h1's (brand link and name span), the price's and the description's classes
TRENDYOL_MARKS = frozenset({"pr-new-br", "prc-dsc", "detail-desc-container"})


def _trendyol_item(soup: BeautifulSoup) -> None:
    """A Trendyol product page: `h1.pr-new-br` (the brand's link and the name's span), the price `div.prc-dsc` and
    the score `div.product-rating-score`, `div.detail-desc-container` of h2 sections — its FAQ `div.qa-item`s, each a
    `p.question` and a `p.answer` — then `div.pr-rnr-com` (an h3 「Değerlendirmeler」 over `div.comment`s, each the
    writer's masked name in a `span` before the text). The FAQ's pairs were one section of alternating lines, and
    the reviews' block was chrome (its 「comment」), the h3 and every review lost (holdout188). Each pair is now a
    Q&A, as Ozon's are; each review a part headed by its writer under the reviews' h3, as Shopee's are. The score
    goes, as Ozon's rating line does."""
    title = soup.find("h1", class_="pr-new-br")
    if not isinstance(title, Tag):
        return
    for item in soup.find_all("div", class_="qa-item"):
        question, answer = item.find("p", class_="question"), item.find("p", class_="answer")
        if isinstance(question, Tag) and isinstance(answer, Tag) and one_line(question) and one_line(answer):
            _qa_card(soup, item, one_line(question), one_line(answer))
    for block in soup.find_all("div", class_="pr-rnr-com"):
        block.attrs.pop("class", None)      # (its comments named it chrome)
        _reviews_after_item(title, block)
        for comment in block.find_all("div", class_="comment"):
            writer = comment.find("span")
            if not isinstance(writer, Tag) or not one_line(writer):
                continue
            name = one_line(writer)
            writer.decompose()
            _review_part(soup, comment, name, [one_line(comment)], "h4")     # (under the reviews' own h3)


# a Coupang product page's marks: the h1's class and the reviews' block
COUPANG_MARKS = frozenset({"prod-buy-header__title", "sdp-review"})
# a Coupang review's opening: its drawn stars, then the writer's masked name before a colon (「★★★★★ 林**：…」)
_COUPANG_REVIEW = re.compile(r"^[★☆]+\s*([^：:\s]{1,20})[：:]\s*(.+)$")


def _coupang_item(soup: BeautifulSoup) -> None:
    """A Coupang product page: `h1.prod-buy-header__title`, `div.prod-price` (`span.total-price` and the delivery
    badge `span.rocket` 「火箭速配 明天到貨」), the share row, the description's h2 sections, then `div.sdp-review` (an
    h3 「商品評價」 over `div.sdp-review__article`s, each 「★★★★★ 林**：…」). The badge was joined to the price as
    the h1's text, and each review a line of an ordinary section (holdout188). The badge goes (the delivery promise
    of the day, a shop's chrome, as Lazada's delivery box's labels); each review is a part headed by its writer
    under the reviews' h3, its stars gone, as Shopee's are."""
    if soup.find("h1", class_="prod-buy-header__title") is None:
        return
    for badge in soup.find_all("span", class_="rocket"):
        if isinstance(badge.parent, Tag) and "prod-price" in badge.parent.get("class", []):
            badge.decompose()
    for review in soup.find_all("div", class_="sdp-review__article"):
        said = _COUPANG_REVIEW.match(one_line(review))
        if said is None:
            continue
        _review_part(soup, review, said.group(1), [said.group(2)], "h4")     # (under the reviews' own h3)


# a Gmarket Global item page's (VIP) marks: the item's h1 and the tab bar over its detail, reviews and questions
GMARKET_MARKS = frozenset({"itemtit", "vip-tabnavi"})


def _gmarket_item(soup: BeautifulSoup) -> None:
    """A Gmarket Global item page (VIP): the `div.location-navi` breadcrumb, `h1.itemtit` over the price, delivery
    and seller boxes, `ul.vip-tabnavi`, the description `div.ck-content`, then `div#vip-tab_comments.box__review`
    (an h3 「商品评价 41」 over `li.list-item` cards: `span.text__star`, `span.text__id`, `span.text__date`,
    `p.text__review`) and `div.box__qna` (`p.text__q` / `p.text__a`, each opened by its icon letter `span.ico` 「Q」 /
    「A」 and closed by the writer's `span.text__id`). The breadcrumb's first crumb 「首页」 was a line under the h1;
    the 「review」 and 「comments」 of the reviews' class and id made the whole tab chrome, lost with what the
    buyers say; the questions were one passage of both pairs, icon letters and nicks in it (holdout199). The
    breadcrumb goes; each review is a part headed by its writer, its date and text kept and its stars gone, as
    Coupang's are (`_coupang_item`); each question is a Q&A, question over answer, without icons and nicks, as
    Yahoo's are (`_yahoo_auction_item`)."""
    if soup.find("h1", class_="itemtit") is None:
        return
    for crumbs in soup.find_all("div", class_="location-navi"):
        crumbs.decompose()
    for block in soup.find_all("div", class_="box__review"):
        block.attrs.pop("class", None)      # (its 「review」 and its id's 「comments」 named it chrome)
        block.attrs.pop("id", None)
        for review in block.find_all("li", class_="list-item"):
            _listed_review(soup, review, "text__id", "text__review", ("text__date",))
        for pages in block.find_all("div", class_="box__pagination"):
            pages.decompose()
    for item in soup.select("ul.list__qna > li"):
        _qa_item(soup, item, item.find("p", class_="text__q"), item.find("p", class_="text__a"), ["ico", "text__id"])


def _qa_item(soup: BeautifulSoup, item: Tag, question: Tag | None, answer: Tag | None, chrome: list[str],
             asked: re.Pattern[str] | None = None, said: re.Pattern[str] | None = None) -> None:
    """Put a shop's question item as a Q&A (`_qa_card`): its question over its answer, without the spans of the
    `chrome` classes (icon letters, nicks, dates: who asked and when, drawn beside the words) and the labels the
    two open with (`asked`: 「問：」, `said`: 「賣家回覆：」). An item without both stays as it is (Gmarket's and
    Ruten's)."""
    if not isinstance(question, Tag) or not isinstance(answer, Tag):
        return
    for span in item.find_all("span", class_=chrome):
        span.decompose()
    text = asked.sub("", one_line(question), count=1) if asked is not None else one_line(question)
    reply = said.sub("", one_line(answer), count=1) if said is not None else one_line(answer)
    if text and reply:
        _qa_card(soup, item, text, reply)


# an 11번가 product page's marks: its tab bar and the seller's description editor
ELEVENST_MARKS = frozenset({"c_product_tab", "prdc_detail_editor"})
# the 「Q.」 / 「A.」 a FAQ's question and answer open with
_FAQ_LABEL = re.compile(r"^\s*[QA]\s*[.:：]\s*")
_ELEVENST_ANSWER = re.compile(r"^\s*판매자\s*답변\s*[:：]\s*")


def _elevenst_item(soup: BeautifulSoup) -> None:
    """An 11번가 product page: `h1.title` over `div.b_product_info_price` (a `dl.price` 「판매가 39,900원」 and the
    coupon `span.c_prd_coupon`) and `div.b_product_info_delivery` (a `dt` 「배송」 and its `dd`), then the
    `ul.c_product_tab` tablist (상품정보 / 리뷰 / Q&A / 판매자정보) over `role="tabpanel"` panels: the description
    `div.prdc_detail_editor` (its FAQ a `dl.faq` of 「Q.」 `dt`s over 「A.」 `dd`s), `div.c_product_review` (an h3
    「리뷰 27」 over `li` cards: `span.c_review_star` 「5점」, `span.c_review_id`, `span.c_review_date`,
    `p.c_review_text`; the link 「리뷰 더보기」) and `div.c_product_qna` (a table of `td.state` 「답변완료」,
    `td.subject`, `td.writer`, `td.date` rows, each followed by a `tr.answer` 「판매자 답변：…」). Read as tabs, the first
    tab's label was appended to the h1 (「…（상품정보）」) and the price and delivery boxes were lost; the FAQ's
    pairs kept their labels; the reviews were one passage (「5점bau****2026.01.19」) and the questions one table of
    rows (holdout199). The tab bar goes (each panel has its own heading); the price is one line of its figures apart
    by 「 · 」 and the delivery line follows it under the h1, as Meituan's boxes (`_meituan_deal`); the FAQ's labels
    go; each review is a part headed by its writer, its date and text kept and its score gone, as Coupang's are;
    each question is a Q&A, question over answer, without the state, writer, date or 「판매자 답변」, as Yahoo's are."""
    title = soup.find("h1", class_="title")
    if not isinstance(title, Tag):
        return
    for tabs in soup.find_all("ul", class_="c_product_tab"):
        tabs.decompose()
    for logo in soup.find_all("h1", class_="c_gnb_logo"):
        logo.name = "div"                   # (the header's logo 「11번가」, no title of the item)
    for side in soup.find_all("div", class_="l_product_side_info"):
        side.attrs.pop("class", None)       # (its 「side」 named the h1's box chrome)
    at = title
    for box in soup.find_all("div", class_=["b_product_info_price", "b_product_info_delivery"]):
        if "b_product_info_delivery" in box.get("class", []):
            figures = [one_line(value) for value in box.find_all("dd")]
        else:
            figures = [one_line(part) for part in box.find_all(["dl", "span"], recursive=False)]
        line = text_tag(soup, "p", " · ".join(filter(None, figures)))
        box.decompose()
        at.insert_after(line)
        at = line
    for listed in soup.find_all("dl", class_="faq"):
        for said in listed.find_all(["dt", "dd"], recursive=False):
            first = said.find(string=True)
            if first is not None and _FAQ_LABEL.match(first):
                first.replace_with(_FAQ_LABEL.sub("", first, count=1))
    for review in soup.select("ul.c_product_review_list > li"):
        _listed_review(soup, review, "c_review_id", "c_review_text", ("c_review_date",))
    for more in soup.find_all("a", class_="c_product_review_more"):
        more.decompose()
    for table in soup.find_all("table", class_="c_product_qna_list"):
        for row in table.find_all("tr"):
            subject, answer = row.find("td", class_="subject"), row.find_next_sibling("tr")
            if not isinstance(subject, Tag) or not isinstance(answer, Tag) or "answer" not in answer.get("class", []):
                continue
            said = _ELEVENST_ANSWER.sub("", one_line(answer), count=1)
            if one_line(subject) and said:
                card = soup.new_tag("div")
                table.insert_before(card)
                _qa_card(soup, card, one_line(subject), said)
        if table.find_previous_sibling("details") is not None:
            table.decompose()


# a Qoo10 goods page's marks: the tab bar and the reviews' and questions' areas
QOO10_MARKS = frozenset({"tab_goods", "review_area", "qna_area"})
# the kind a question is filed under (「[Product] 」「[Shipping] 」) and the answer's 「Seller: 」
_QOO10_KIND = re.compile(r"^\s*\[[^\[\]]{1,20}\]\s*")
_QOO10_SELLER = re.compile(r"^\s*Seller\s*[:：]\s*", re.IGNORECASE)


def _qoo10_item(soup: BeautifulSoup) -> None:
    """A Qoo10 goods page: `h2#goods_name` over the prices, Q-point and Qxpress lines, `ul.tab_goods`, the
    `div.goods_detail` description, then `div.review_area` (an h3 「Review (64)」, `div.review_summary` 「4.7 / 5 ·
    Satisfaction 94%」, `li` cards: `div.rv_info` of `span.star`, `span.nick`, `span.opt` 「Option: Black」, `span.dt`,
    then `div.rv_cont` and the `div.rv_btn` 「Helpful (12)」) and `div.qna_area` (`ul.qna_list` of `li.q` 「[Product]
    …」 with its nick and date, each followed by `li.a` 「Seller: …」). The reviews were one passage with the
    summary, stars, nicks, options and buttons, the questions one passage of both pairs (holdout199). Each review
    is a part headed by its writer, its option, date and text kept and its stars and button gone, the summary gone,
    as Coupang's are; each question is a Q&A, question over answer, without its kind, nick, date or 「Seller:」, as
    Yahoo's are."""
    for summary in soup.find_all("div", class_="review_summary"):
        summary.decompose()
    for review in soup.select("div.review_area ul.review_list > li"):
        _listed_review(soup, review, "nick", "rv_cont", ("opt", "dt"))
    for question in soup.select("ul.qna_list > li.q"):
        answer = question.find_next_sibling("li")
        asked = question.find(class_="tit")
        if not isinstance(answer, Tag) or "a" not in answer.get("class", []) or not isinstance(asked, Tag):
            continue
        said = _QOO10_SELLER.sub("", one_line(answer), count=1)
        text = _QOO10_KIND.sub("", one_line(asked), count=1)
        if text and said:
            answer.decompose()
            _qa_card(soup, question, text, said)


# a Ruten (露天市集) item page's marks: its logo, questions and seller's ratings
RUTEN_MARKS = frozenset({"rt-logo", "item-qa", "item-rating"})
_RUTEN_ASKED = re.compile(r"^\s*(?:問|问)\s*[:：]\s*")


def _ruten_item(soup: BeautifulSoup) -> None:
    """A Ruten (露天市集) item page: the header's `a.rt-logo` 「露天市集」, `h1.item-title` over the price, the
    details and the seller's card, `ul.item-tabs`, the description, then `div#item-qa` (`div.qa-item`: `div.qa-q`
    of `span.qa-user`, 「問：…」 and `span.qa-date`; `div.qa-a` 「賣家回覆：…」 and its date) and `div#item-rating`
    「賣家評價」 (`li`: `span.rating-good` 「好評」, `.rating-user`, `.rating-item`, `.rating-text`, `.rating-date`).
    The logo's text was the first line under the h1; the questions were one passage, each with its asker's nick and
    its date glued to its end (「…三星 S24。2026-10-30 21:14」); the 「rating」 of the ratings' class made them
    chrome, lost with what the buyers say (holdout199). The logo goes; each question is a Q&A, question over answer,
    without the nick, dates, 「問：」 and 「賣家回覆：」, as Yahoo's are (`_yahoo_auction_item`, the same shape of
    page); the ratings stay, each line its kind, the item bought and the text, without the buyer's nick and date."""
    if soup.find("h1", class_="item-title") is None:
        return
    for logo in soup.find_all("a", class_="rt-logo"):
        logo.decompose()
    for item in soup.find_all("div", class_="qa-item"):
        _qa_item(soup, item, item.find("div", class_="qa-q"), item.find("div", class_="qa-a"), ["qa-user", "qa-date"],
                 _RUTEN_ASKED, _YAHOO_SELLER_REPLY)
    for block in soup.find_all("div", class_="item-rating"):
        block.attrs.pop("class", None)      # (its 「rating」 named it chrome)
        block.attrs.pop("id", None)
        for listed in block.find_all("ul", class_="rating-list"):
            listed.attrs.pop("class", None)
        for rating in block.find_all("li"):
            parts = [one_line(rating.find(class_=part)) for part in ("rating-good", "rating-item", "rating-text")]
            if parts[-1]:
                rating.string = " · ".join(filter(None, parts))


# a Snapdeal product page's marks: the h1's and the price box's classes
SNAPDEAL_MARKS = frozenset({"pdp-e-i-head", "pdp-e-i-PAY"})
# a Snapdeal review's by-line: 「by Saule on 02 Oct, 2026 · Certified Buyer」
_SNAPDEAL_BYLINE = re.compile(r"^by\s+(.+?)\s+on\s")


def _snapdeal_item(soup: BeautifulSoup) -> None:
    """A Snapdeal product page: `h1.pdp-e-i-head`, the rating line `div.pdp-e-i-ratings` (`span.avrg-rating` 「4.1」,
    「312 Ratings」, 「| 87 Reviews」, 「| 14 Questions」), the price box, the pincode form `div.pincode-check`, the
    seller's line, then tab sections — Questions & Answers (`div.qna-item`: `p.qna-q` 「Q: …」, `p.qna-a` 「A: …」,
    `span.qna-by` 「Answered by KZ Gadget Export」) and Ratings & Reviews (`div.user-review`: its stars, `div.head`, its
    text, `div._reviewUserName` 「by Saule on 02 Oct, 2026 · Certified Buyer」). Read as a page, the rating went as
    chrome but for its counts (「| 87 Reviews | 14 Questions」), the pincode box left its label 「Delivery」 alone,
    every answer ended in its by-line, and the reviews were one section, their titles and by-lines bare lines
    (holdout198). The rating line and the pincode box go, as Ozon's rating does; each question is a Q&A without its
    by-line, as Flipkart's is; each review a part headed by its writer, its title and text its lines, its stars
    gone, as Shopee's are."""
    if soup.find("h1", class_="pdp-e-i-head") is None:
        return
    for chrome in soup.select("div.pdp-e-i-ratings, div.pincode-check, span.qna-by"):
        chrome.decompose()
    for review in soup.select("div.user-review"):
        byline = review.find(class_="_reviewUserName")
        said = _SNAPDEAL_BYLINE.match(one_line(byline)) if isinstance(byline, Tag) else None
        if said is None:
            continue
        lines = [one_line(tag) for tag in review.find_all(["div", "p"]) if tag is not byline
                 and "rating" not in tag.get("class", []) and one_line(tag)]
        _review_part(soup, review, said.group(1), lines, "h4")      # (under the tab's own h3)


# a Takealot product page's marks: the h1's and the stock line's classes (the rest CSS-module names
# 「<component>-module_<part>_<hash>」)
TAKEALOT_MARKS = frozenset({"product-title", "stock-availability-status"})
# … a review's card, whatever the build's hash
_TAKEALOT_REVIEW = re.compile(r"^review-module_review_[0-9A-Za-z]+$")


def _takealot_item(soup: BeautifulSoup) -> None:
    """A Takealot product page: `h1.product-title`, the stars 「4.2 (58 reviews)」, the price box, the stock line
    `div.stock-availability-status` 「In Stock」 with its warehouses' badges `span.dc` (JHB, CPT), the seller's line and
    the benefits list, the description, Product Information, then the reviews (`div.review-module_review_…`: its
    `div.rating` 「5 stars」, `p.review-title`, its text, `p.review-meta` 「Aidos · 21 Oct 2026 · Verified
    Purchase」) and 「Frequently Bought Together」 (`div.frequently-bought-together`, items as bare spans). Read as a
    page, the stock line glued its badges (「In Stock JHB CPT」), the reviews were one section, their writers and
    dates lost, and the other items one glued line 「OBD-II Splitter Cable Car Phone Holder」 (holdout198). The stock
    line goes, as Prom's 「В наличии」 does; each review is a part headed by its writer (the by-line's first name),
    its title and text its lines, its stars gone; the other items go, as Snapdeal's Similar Products do."""
    if soup.find("h1", class_="product-title") is None:
        return
    for chrome in soup.select("div.stock-availability-status, div.frequently-bought-together"):
        chrome.decompose()
    for review in soup.find_all("div", class_=_TAKEALOT_REVIEW):
        meta = review.find("p", class_="review-meta")
        name = one_line(meta).split("·", 1)[0].strip() if isinstance(meta, Tag) else ""
        if not name:
            continue
        lines = [one_line(tag) for tag in review.find_all("p") if tag is not meta]
        _review_part(soup, review, name, lines)     # (under the reviews' own h2)


# a Jumia product page's marks: its breadcrumbs' class, the product's rich text and the stars
JUMIA_MARKS = frozenset({"brcbs", "markup", "stars"})
# a Jumia review's by-line: 「27-10-2026 by Nurlan」
_JUMIA_BYLINE = re.compile(r"\bby\s+(.+)$")


def _jumia_item(soup: BeautifulSoup) -> None:
    """A Jumia product page (utility classes, 「-fs20」「-pvs」): the brand's link `a._more`, the h1, the stars
    `div.stars` 「4.3 out of 5」 with 「(126 verified ratings)」, the price line, then an `aside` of two cards
    (「Delivery & Returns」: the fees, dates and return policy; 「Seller Information」: the store's name, score,
    followers and Seller Performance), the description `div.markup`, the specifications, the reviews (each an
    `article`: `div.stars`, an h3 title, its text, the by-line 「27-10-2026 by Nurlan」 beside 「Verified Purchase」)
    and 「Customers who viewed this also viewed」 (`div.itm`s). Read as a page, the aside went as a sidebar with the
    shop's delivery fees, return policy and seller, the brand's link and 「(126 verified ratings)」 were the h1's
    text, each review was a part titled by its own h3, its by-line glued 「NurlanVerified Purchase」, and the other
    items a part (holdout198). The aside's cards are now parts of their own (a div; the Follow button goes); the
    brand's link, the stars and rating count go, as Ozon's do; each review is a part headed by its writer under the
    reviews' h2, its title and text its lines; the other items go, as Snapdeal's Similar Products do."""
    title = soup.find("h1")
    main = soup.find("main")
    if not isinstance(title, Tag) or not isinstance(main, Tag) or title not in main.descendants:
        return
    for review in main.find_all("article"):
        byline = next((tag for tag in review.find_all("span") if _JUMIA_BYLINE.search(one_line(tag))), None)
        if byline is None:
            continue
        said = _JUMIA_BYLINE.search(one_line(byline))
        lines = [one_line(tag) for tag in review.find_all(["h3", "p"])]
        _review_part(soup, review, said.group(1).strip(), lines)       # (under the reviews' own h2)
    for chrome in main.select("a._more, div.stars, div.itm, aside button"):    # (「(126 verified ratings)」 an a._more)
        holder = chrome.parent
        chrome.decompose()
        if isinstance(holder, Tag) and holder.name == "section" and not holder.find(["div", "p", "ul", "table"]):
            holder.decompose()      # the other items' card, left its h2 alone
    for aside in main.find_all("aside"):
        aside.name = "div"          # (an aside is a sidebar's chrome: these are the shop's delivery and seller)


# Technodom.kz's product page (Next.js, CSS-module class names 「<Component>_<part>__<hash>」, the hash changing
# with every build): its h1's class, the page's mark
_TECHNODOM_TITLE = "ProductHeader_title__"


def _module_class(part: str) -> re.Pattern[str]:
    """A CSS-module class name of the component's part, whatever the build's hash (「ReviewCard_card__e1VbQ」)."""
    return re.compile(rf"^{re.escape(part)}__\w+$")


def _technodom_item(soup: BeautifulSoup) -> None:
    """A Technodom.kz product page (`h1.ProductHeader_title__…`; the parts named by CSS-module classes whose hash
    changes with each build). As Ozon's: the characteristics, one `dl.ProductCharacteristics_list__…` of `dt` /
    `dd` pairs, were one name or value a line: they become one two-column table (「Поддержка SIM-карт | Нет」).
    Each question (`div.ProductQuestions_item__…`: the asker's by-line, `p.ProductQuestions_question__…`, the
    `div.ProductQuestions_answer__…` opened by the seller's badge 「Technodom」) was lines of one passage holding
    every pair, the badge a line before each answer: it is a Q&A, question over answer, without by-line or badge.
    Each review (`article.ReviewCard_card__…`, its head the writer's name, the stars and a `time`) had the name
    glued to the date (「Айгерим20.10.2026」) in one passage of all reviews: it is a part headed by its writer, as
    Kaspi's are, its date kept and its stars gone."""
    for listed in soup.find_all("dl", class_=_module_class("ProductCharacteristics_list")):
        terms = listed.find_all("dt", recursive=False)
        values = listed.find_all("dd", recursive=False)
        if terms and len(terms) == len(values):
            listed.replace_with(pairs_table(soup, list(zip(terms, values))))
    for item in soup.find_all("div", class_=_module_class("ProductQuestions_item")):
        question = item.find(class_=_module_class("ProductQuestions_question"))
        answer = item.find("div", class_=_module_class("ProductQuestions_answer"))
        if not isinstance(question, Tag) or not isinstance(answer, Tag):
            continue
        for badge in answer.find_all(class_=_module_class("ProductQuestions_badge")):
            badge.decompose()
        _qa_card(soup, item, one_line(question), answer)
    for review in soup.find_all(class_=_module_class("ReviewCard_card")):
        head = review.find(class_=_module_class("ReviewCard_head"))
        author = head.find("span") if isinstance(head, Tag) else None
        name = one_line(author)
        if not isinstance(author, Tag) or not name:
            continue
        author.decompose()
        for stars in head.find_all(class_=_module_class("Rating_stars")):
            stars.decompose()
        heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
        review.insert_before(heading)


# a PrestaShop product page's marks (the classic theme and those built on it): its product block, prices and cart form
PRESTASHOP_MARKS = frozenset({"product-container", "product-prices", "product-actions"})


def _prestashop_item(soup: BeautifulSoup) -> None:
    """A PrestaShop product page (the classic theme): the header's logo an `h1` holding only its image, then in
    `section#main` the product's `h1`, `div.product-prices` (the price and 「含税」 `.tax-shipping-delivery-label`), the
    short description, the cart form (`div.product-variants-item`s: a `.control-label` 「颜色」 over a `select`; the
    quantity and 「有库存」), `#block-reassurance` (the blockreassurance module's shop-wide promises), the tabs
    (`#product-details`: 「参考」 `.product-reference`, 「库存中」 `.product-quantities`, 「数据表」 `p.h6` over
    `dl.data-sheet`), `section.product-accessories` (other products' cards) and the productcomments module's
    `#product-comments-list`. Read as a page, the logo's empty h1 left the first part untitled, the reassurance
    lines were its text and the variants went with the form; the details tab glued label and value 「库存中134 件」,
    「数据表」 was a line and the dt/dd one name or value a line; the accessories heading and card were parts of their
    own (holdout156). So the logo's h1 is no heading, the price one line with its tax label, each variant a line 「颜色：黑、驼色」 under it, the
    reassurance and accessories go, the details' label and value one line, 「数据表」 a heading over a two-column
    table. (The comments are read before this, by their shape: `comments.page_comments`.)"""
    mains = soup.select("section#main")
    names = [name for main in mains for name in main.select("div.product-container h1")]
    if len(mains) != 1 or len(names) != 1 or not one_line(names[0]):
        return
    main = mains[0]
    for logo in soup.find_all("h1"):
        if logo is not names[0] and not one_line(logo):
            logo.name = "div"       # (the header's logo, an image alone: by now its box has lost its id)
    for prices in main.select("div.product-prices"):
        line = text_tag(soup, "p", " ".join(words for part in prices.select(".current-price, .tax-shipping-delivery-label")
                                            if (words := one_line(part))))
        variants = []
        for item in main.select("div.product-variants-item"):
            label = item.find(class_="control-label")
            options = [one_line(option) for option in item.select("select option")]
            if isinstance(label, Tag) and one_line(label) and options:
                variants.append(f"{one_line(label)}：{'、'.join(options)}")
        prices.replace_with(line)
        for variant in reversed(variants):
            line.insert_after(text_tag(soup, "p", variant))
    for chrome in main.select("#block-reassurance, section.product-accessories"):
        chrome.decompose()
    for fact in main.select("div.product-reference, div.product-quantities"):
        fact.replace_with(text_tag(soup, "p", " ".join(words for part in fact.find_all(recursive=False)
                                                       if (words := one_line(part)))))
    for features in main.select("section.product-features"):
        caption = features.find("p", class_="h6")
        if isinstance(caption, Tag):
            caption.name = "h3"
        for listed in features.select("dl.data-sheet"):
            terms = listed.find_all("dt", recursive=False)
            values = listed.find_all("dd", recursive=False)
            if terms and len(terms) == len(values):
                listed.replace_with(pairs_table(soup, list(zip(terms, values))))


# an Ecwid store's product page's marks (its widget's `ec-…` and `product-details__…` classes)
ECWID_MARKS = frozenset({"ec-store", "product-details__sidebar", "product-details__product-title"})


def _ecwid_item(soup: BeautifulSoup) -> None:
    """An Ecwid product page (the store widget embedded in any site): `div.product-details` of the gallery, the
    `div.product-details__sidebar` (`h1.product-details__product-title`, 「SKU KUN-28」 `__product-sku`, the price
    `__product-price` and 「含增值税」 `.details-product-price__vat`, the options `__product-options` — a
    `.form-control__label` 「套装」 over a `select` —, 「加入购物车」, the action panel's 「去结账」 and stock line
    `.details-product-purchase__place-text` 「有库存 · 阿拉木图仓库」, the share module), the description, then
    `div.product-details__reviews` (its title `div.ec-header-h5` 「顾客评价」, each `div.product-review` its
    `__author`, `__rating` 「★★★★★」 and `__text`). Read as a page, the sidebar went by its class word with all but the
    h1 (the price, SKU, options and stock lost), and the reviews were a part titled by the page with 「顾客评价」 a
    line, the writer gone as a by-line and the stars dropped (holdout156). So the sidebar is the h1 over its facts
    — the SKU, the price with its tax note, each option 「套装：…、…」, the stock line — (its buttons and share module
    go), 「顾客评价」 is a heading and each review a part headed by its writer (`html_text.writer_heading`, as
    Kaspi's), its stars and text under the name; the reviews, beside `div.product-details`, go at its end (with the
    h1 kept it is the block the cleaner takes for the page's text)."""
    sidebars = soup.select("div.product-details__sidebar")
    if len(sidebars) != 1:
        return
    sidebar = sidebars[0]
    name = sidebar.find("h1", class_="product-details__product-title")
    if not isinstance(name, Tag) or not one_line(name):
        return
    facts = [one_line(sidebar.find(class_="product-details__product-sku")),
             " ".join(words for part in sidebar.select(".product-details__product-price, .details-product-price__vat")
                      if (words := one_line(part)))]
    for option in sidebar.select(".product-details__product-options .form-control"):
        label = option.find(class_="form-control__label")
        choices = [one_line(choice) for choice in option.select("select option") if one_line(choice)]
        if isinstance(label, Tag) and one_line(label) and choices:
            facts.append(f"{one_line(label)}：{'、'.join(choices)}")
    facts.extend(one_line(place) for place in sidebar.select(".details-product-purchase__place-text"))
    block = soup.new_tag("div")
    block.append(name.extract())
    for fact in facts:
        if fact:
            block.append(text_tag(soup, "p", fact))
    details = sidebar.find_parent("div", class_="product-details")
    sidebar.replace_with(block)
    for reviews in soup.select("div.product-details__reviews"):
        if isinstance(details, Tag) and details not in reviews.parents:
            details.append(reviews.extract())     # (the product's last part: the h1's block is the page's text)
        title = reviews.find(class_="ec-header-h5")
        if isinstance(title, Tag) and one_line(title):
            title.name = "h2"
        for review in reviews.select("div.product-review"):
            author = review.find(class_="product-review__author")
            if not isinstance(author, Tag) or not one_line(author):
                continue
            card = soup.new_tag("div")
            heading = writer_heading(soup, one_line(author), "h3")  # (under the reviews' title)
            card.append(heading)
            for part in review.select(".product-review__rating, .product-review__text"):
                if words := one_line(part):
                    card.append(text_tag(soup, "p", words))
            review.replace_with(card)


def _sulpak_item(soup: BeautifulSoup) -> None:
    """A Sulpak.kz product page: `h1.product__title`, the `ul.product-tabs` links (「Описание」 「Характеристики」
    「Вопросы」 「Отзывы」) to one `div.product-tabs__content` each, only the description's holding a heading. The specs
    table was glued under the description's last section and the reviews were a part titled by that section's
    heading again: a panel without a heading of its own now opens with its tab's label as an h2. Each review
    (`div.review`: `div.review__author` holding the name, `span.review__date` and the stars, `div.review__text`,
    `div.review__useful` 「Отзыв полезен? Да (12) Нет (0)」) ran into one passage without its writer: it is a part
    headed by its writer, as Kaspi's are, its date kept and the 「Отзыв полезен?」 votes gone."""
    labels = {str(link["href"])[1:]: one_line(link) for tabs in soup.find_all("ul", class_="product-tabs")
              for link in tabs.find_all("a", href=re.compile(r"^#."))}
    for panel in soup.find_all("div", class_="product-tabs__content"):
        label = labels.get(str(panel.get("id", "")), "")
        if label and panel.find(HEADINGS) is None and clean(raw_text(panel)):
            heading = soup.new_tag("h2")
            heading.string = label
            panel.insert(0, heading)
    for review in soup.find_all("div", class_="review"):
        author = review.find("div", class_="review__author")
        if not isinstance(author, Tag) or review.find(class_="review__text") is None:
            continue
        date = author.find(class_="review__date")
        name = " ".join(clean("".join(str(node) for node in author.find_all(string=True, recursive=False))).split())
        if not name:
            continue
        for useful in review.find_all(class_="review__useful"):
            useful.decompose()
        if isinstance(date, Tag):
            line = soup.new_tag("p")
            line.string = one_line(date)
            author.replace_with(line)
        else:
            author.decompose()
        heading = writer_heading(soup, name)
        review.insert_before(heading)


# a Rozetka product page's marks: its title, its tab labels, its reviews and a review's writer
ROZETKA_MARKS = frozenset({"product__title", "product-tabs", "product-comments", "comment__author"})
_DRAWN_SCORE = re.compile(r"^(★*)☆*$")


def _drawn_score(stars: str) -> str:
    """A score drawn as stars (「★★★☆☆」) written as figures (「3/5」), "" for anything else."""
    drawn = _DRAWN_SCORE.match(stars)
    return f"{len(drawn.group(1))}/{len(stars)}" if drawn and stars else ""


def _rozetka_item(soup: BeautifulSoup) -> None:
    """A Rozetka product page: under `h1.product__title` the prices and the `ul.product-tabs` labels (「Усе про
    товар」 「Характеристики」 「Відгуки 23」 「Питання 6」), the description, the characteristics table, then
    `section.product-comments` 「Відгуки покупців」 of `div.comment` cards (`span.comment__author`,
    `span.comment__date`, a `div.rating` of drawn stars, the text `<p>`, the 「Корисний відгук 5」 vote button) and
    the questions. Read as a page (holdout187) the tab labels were the first part's lines, and the reviews went to
    the generic comments reader (`indexer.comments`) as one 「评论」 passage at the page's end, their writers, dates
    and scores lost. The tab labels go, as Kaspi's do; each review is a part headed by its writer
    (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its date and its score (「★★★☆☆」 as 「3/5」, as
    GetYourGuide's 「5/5」, `_getyourguide_activity`) one line under it, where the page has it."""
    for tabs in soup.find_all("ul", class_="product-tabs"):
        tabs.decompose()
    for section in soup.find_all("section", class_="product-comments"):
        for review in section.find_all("div", class_="comment"):
            author = review.find(class_="comment__author")
            name = one_line(author)
            if not name or review.find("p") is None:
                continue
            date, stars = review.find(class_="comment__date"), review.find(class_="rating")
            line = " · ".join(said for said in (one_line(date), _drawn_score(one_line(stars).replace(" ", ""))) if said)
            for part in (author, date, stars):
                if part is not None:
                    part.decompose()
            if line:
                review.insert(0, text_tag(soup, "p", line))
            del review["class"]         # (「comment」: chrome to the skip rules)
            review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)
        del section["class"]


# an Allegro offer page's marks (its other classes hashed): the offer and its parameters
ALLEGRO_MARKS = frozenset({"opbox-offer", "offer-params"})
_OPINION_SCORE = re.compile(r"^\s*(\d+(?:[.,]\d+)?/\d+)\s*$")


def _allegro_offer(soup: BeautifulSoup) -> None:
    """An Allegro offer page (`main.opbox-offer`, most classes hashed): under the h1 the price box, the offer's
    parameters `div.offer-params` (a span each: 「Stan: Nowy」 「Gwarancja: 12 miesięcy」 「Sprzedawca: …」), the
    description, the questions, then `section.opinions` 「Oceny produktu」 of `div.opinion`s (the buyer's nick in
    `<b>` 「m***k」, the score 「5/5」 as bare text, the opinion's `<p>`). Read as a page (holdout187) the parameters
    ran together in one line, and each opinion's nick and score were a line of one part with the opinions' texts.
    The parameters are set apart (`_fields_apart`, as Lalafo's); each opinion is a part headed by its buyer
    (`html_text.writer_heading`, as Kaspi's reviews, `_kaspi_item`), its score one line 「★ 5/5」 over its text."""
    for params in soup.find_all("div", class_="offer-params"):
        _fields_apart(params)
    for opinion in soup.find_all("div", class_="opinion"):
        nick = opinion.find("b", recursive=False)
        name = one_line(nick)
        if not name or opinion.find("p") is None:
            continue
        score = nick.next_sibling
        nick.decompose()
        if isinstance(score, NavigableString) and (scored := _OPINION_SCORE.match(str(score))):
            # (「★ 5/5」, as Youla's 「★ 4.9」: a bare 「5/5」 line is dropped as a slider's counter, `parse._SLIDE_COUNTER`)
            score.replace_with(text_tag(soup, "p", f"★ {scored.group(1)}"))
        opinion.insert_before(writer_heading(soup, name, "h3"))  # (under the opinions' own h2)


# a Tripadvisor place's parts, named by `data-automation`
_TRIPADVISOR_HEADER = "mainH1"
_TRIPADVISOR_REVIEWS = "WebPresentation_ReviewsSection"
_COUNTED = re.compile(r"\s*[（(][\d,.\s]+[)）]\s*$")


def _tripadvisor_place(soup: BeautifulSoup) -> None:
    """A Tripadvisor attraction (or hotel, restaurant) page: its parts are `section`s named by `data-automation`
    (the header `div[data-automation=mainH1]` around the h1 of the same name, `AppPresentation_PoiOverviewWeb`,
    `WebPresentation_QAList` of `div[data-automation=qa-item]`s, `WebPresentation_ReviewsSection` of
    `div[data-automation=reviewCard]`s). The header's bubbles, review count, ranking (「阿拉木圖 286 個景點中排名第
    21」) and category links were the h1's text: they go. Each question (the asker's name-and-date line, the question,
    then the answer under its writer's line, 「查看所有 3 則回答」) ran together with the others as one passage: it is
    a Q&A, question over its first answer, as Ozon's are, without the by-lines. The reviews' h2 「評論 (412)」 read as
    a blog's comments heading (`parse._TAIL_HEADING`), so every review was cut away as page furniture: the count
    goes from it, the rating distribution and sort box above the cards go, and each card is a part headed by its
    review's title (its link), its trip line, text, 「撰寫日期」 and the owner's response kept; the writer's profile
    line, the bubbles, the site's disclaimer under every review and the buttons go. The overview's bare action
    links (「造訪網站」 through `/ShowUrl`, 「撥打電話」 a `tel:` link) say nothing."""
    header = soup.find("div", attrs={"data-automation": _TRIPADVISOR_HEADER})
    reviews = soup.find_all("section", attrs={"data-automation": _TRIPADVISOR_REVIEWS})
    if header is None or not reviews and soup.find(attrs={"data-automation": "qa-item"}) is None:
        return
    h1 = header.find("h1")
    if isinstance(h1, Tag):
        for chrome in [child for child in header.find_all(True, recursive=False) if child is not h1]:
            chrome.decompose()
    for link in soup.find_all("a", href=re.compile(r"^(?:tel:|/ShowUrl\b)")):
        link.decompose()
    for item in soup.find_all("div", attrs={"data-automation": "qa-item"}):
        lines = item.find_all("div", recursive=False)
        answers = [line for line in lines if line.find("div", recursive=False) is not None]
        questions = [line for line in lines if not line.find(True) and one_line(line)]
        if not answers or not questions:
            continue
        texts = [part for part in answers[0].find_all("div", recursive=False) if not part.find(True)]
        if not texts:
            continue
        _qa_card(soup, item, one_line(questions[0]), texts[-1])
    for section in reviews:
        heading = section.find(HEADINGS)
        if isinstance(heading, Tag):
            heading.string = _COUNTED.sub("", one_line(heading))
        cards = section.find_all("div", attrs={"data-automation": "reviewCard"})
        for chrome in [child for child in section.find_all(True, recursive=False)
                       if child is not heading and child not in cards]:
            chrome.decompose()
        for card in cards:
            title = next((link for link in card.find_all("a") if not str(link.get("href", "")).startswith("/Profile")
                          and one_line(link)), None)
            if title is None:
                continue
            for chrome in card.find_all(["svg", "button"]):
                chrome.decompose()
            for line in card.find_all("div", recursive=False):
                if line.find("a", href=re.compile(r"^/Profile")) is not None or "Tripadvisor" in one_line(line) \
                        or not one_line(line):
                    line.decompose()
            new = soup.new_tag("h3")
            new.string = one_line(title)
            title.find_parent("div").decompose()
            card.insert_before(new)


def _css_module(name: str) -> re.Pattern[str]:
    """A class a CSS-modules build names `styles_<name>__<hash>` (Next.js sites: Trustpilot), whatever its hash."""
    return re.compile(rf"^styles_{name}(?:__|$)")


def _trustpilot_business(soup: BeautifulSoup) -> None:
    """A Trustpilot company page (`/review/<domain>`, Next.js: CSS-module classes `styles_…__hash`): the header
    `section.styles_businessInformation` (the h1 of the name and a `span.styles_reviewsAndRating` 「Reviews 1,284 ·
    Great」, stars, 「TrustScore 4.1」, the site's link, the claimed badge), the reviews' header (「4.1 · 1,284
    total」, rating bars, Filter / Sort, 「Language: 中文」), one `article[data-service-review-card-paper]` per
    review (an `aside` consumer card: name, 「3 reviews」 and the country in spans without a space, then the
    stars and date, the review's own h2, its text, 「Date of experience」, buttons, and the company's
    `div[data-service-review-business-reply]` under 「Reply from SilkWay Cargo KZ」 and its date), then a sidebar
    `aside` of `section.styles_companyInfo` 「Company details」 (the description the company wrote, its contacts),
    「People also looked at」 and the TrustScore note. The header's and the list's counts were text, each consumer
    card (「张海燕 3 reviewsKZ Oct 8, 2025」) a passage of the review above it or a part of its own, and the
    company's details went with the sidebar. Now the h1 is the name alone, the headers' counts, filters and badges
    go, each review is its h2's part (text, 「Date of experience」, the reply under a line 「Reply from …:」), the
    consumer card, stars and date going as Kaspi's by-lines would, and 「Company details」 is a part after them,
    the other sidebar boxes going."""
    cards = soup.find_all("article", attrs={"data-service-review-card-paper": True})
    if not cards:
        return
    for badge in soup.find_all("span", class_=_css_module("reviewsAndRating")):
        badge.decompose()
    h1 = soup.find("h1")
    if isinstance(h1, Tag) and isinstance(h1.parent, Tag) and h1.parent.name != "body":
        for chrome in [child for child in h1.parent.find_all(True, recursive=False) if child is not h1]:
            chrome.decompose()
    for card in cards:
        for chrome in card.find_all("aside") + card.find_all(attrs={"data-service-review-rating": True}) \
                + card.find_all(class_=_css_module("reviewFooter")):
            chrome.decompose()
        for info in card.find_all(class_=_css_module("replyInfo")):
            label = info.find(class_=_css_module("replyCompany"))
            if isinstance(label, Tag) and one_line(label):
                line = soup.new_tag("p")
                line.string = one_line(label).rstrip(":：") + ":"
                info.replace_with(line)
    list_header = cards[0].find_previous_sibling()
    heading = list_header.find(HEADINGS) if isinstance(list_header, Tag) else None
    if isinstance(heading, Tag):
        for chrome in [child for child in list_header.find_all(True, recursive=False) if child is not heading]:
            chrome.decompose()
        for text in [node for node in list_header.children if isinstance(node, NavigableString)]:
            text.extract()
    for details in soup.find_all("section", class_=_css_module("companyInfo")):
        sidebar = details.find_parent("aside")
        if sidebar is None:
            continue
        for chrome in [box for box in sidebar.find_all(True, recursive=False) if box is not details]:
            chrome.decompose()
        sidebar.unwrap()        # (a sidebar, by its tag or class, is chrome: this one holds what the company says of itself)


# a Calendly booking page's event panel and its parts: hashed CSS-module classes 「_3Kv0k-event-type-details」,
# 「_3hYoH-event-meta」, 「_2N2x8-organizer-name」 (five characters of hash, then the part's name)
_CALENDLY_DETAILS = re.compile(r"^_\w{5}-event-type-details$")
_CALENDLY_META = re.compile(r"^_\w{5}-event-meta$")
_CALENDLY_ORGANIZER = re.compile(r"^_\w{5}-organizer-name$")


def _calendly_event(soup: BeautifulSoup) -> None:
    """A Calendly booking page (the event panel `div._xxxxx-event-type-details`: the organizer's avatar and
    account name, the h1 of the event type, its meta row of icon spans 「30 min」 「上门服务（阿拉木图市内）」 「₸ 3 000
    预付」, the description; the calendar beside it) read as its reader reads it. The meta row, whose class says
    「meta」, went as a by-line would, and with it the visit's length, where it takes place and what is paid: the
    facts of the booking, said nowhere else. The account's name under its avatar (the <title> repeats it) opened
    the page's text. Now the meta row is a line of the page's text under the h1, its items joined by 「 · 」, and
    the account's name goes with the avatar."""
    for panel in soup.find_all("div", class_=_CALENDLY_DETAILS):
        for name in panel.find_all(class_=_CALENDLY_ORGANIZER):
            name.decompose()
        for row in panel.find_all(class_=_CALENDLY_META):
            items = [words for span in row.find_all("span") if (words := one_line(span))]
            if not items:
                continue
            line = soup.new_tag("p")
            line.string = " · ".join(items)
            row.replace_with(line)


_MEETUP_ASSETS = re.compile(r"^https?://secure\.meetupstatic\.com/")


def _meetup_event(soup: BeautifulSoup) -> None:
    """A Meetup event page (its assets from secure.meetupstatic.com: `div.event-header` with the date's <time>,
    the h1 and 「Hosted by」, `#event-details` under its h2 「Details」, `section.attendees-sample`, the comments,
    then `aside.event-sidebar`: the venue's `div.venue` and the `div.rsvp` 「FREE」 「6 spots left」 「Attend」) read
    as its reader reads it. The sidebar went as chrome, and with it where the event takes place and what it costs,
    said nowhere else; the attendee sample (「Attendees (24)」 「See all」, the names with their Host / Co-host
    badges) was a part of its own. Now the venue and the price are lines of the event's header under its h1,
    each box's lines joined by 「 · 」 (its button gone), and the attendee sample goes: a list of who signed up."""
    if not loads_assets(soup, _MEETUP_ASSETS):
        return
    for sample in soup.find_all(class_="attendees-sample"):
        sample.decompose()
    header = soup.find("div", class_="event-header")
    for sidebar in soup.find_all("aside", class_="event-sidebar"):
        lines = []
        for box in sidebar.find_all("div", recursive=False):
            for button in box.find_all(["button", "a"]):
                button.decompose()
            items = [words for tag in box.find_all(["p", "span"]) if (words := one_line(tag))]
            if items:
                line = soup.new_tag("p")
                line.string = " · ".join(items)
                lines.append(line)
        if isinstance(header, Tag) and lines:
            header.extend(lines)
            sidebar.decompose()


# a Foursquare City Guide venue page's marks: its tips' list, a tip's writer line, the side column's info box
FOURSQUARE_MARKS = frozenset({"tipsList", "tipUser", "venueInfo"})
_FOURSQUARE_CHROME = ("venueRating", "venueActions", "tipsSort", "tipActions", "moreTipsLink", "badge", "photosSection")


def _foursquare_venue(soup: BeautifulSoup) -> None:
    """A Foursquare City Guide venue page (`body.venuePage`: `div.venueHeader` with the h1, categories, address,
    `venueRating` and `venueActions`; `div.mainColumn` with 「About」 and `#tipsSection`, a `ul.tipsList` of
    `li.tip`s — `div.tipUser` (the writer's link, a `span.badge` 「Venue Manager」, `span.tipDate`), `div.tipText`,
    `div.tipActions` 「▲ 28」 「Report」 —, 「See all 38 tips」; `div.sideColumn` with `#venueInfo` 「Info」 (Hours,
    Phone, Website, Features) over 「Listed in」, 「Similar Places」 and the app promo). The sort links, every writer
    line and upvote count were text, the tips glued two by two into passages all titled 「Tips」 (a 问：/答： tip, a
    numbered tip among the others' words), and 「Info」 went with the side column. Now each tip is a part headed by
    its writer (`html_text.writer_heading`, as Kaspi's reviews are), its date kept under the name, the badge,
    counts, sort and 「See all」 links and the photo grid gone; the side column keeps 「Info」 alone, read after the tips, its one-line
    boxes (Hours, Phone, Website: an h4 over a `p`, one tiny part each) a two-column table as Kolesa's
    parameters are (`_pairs_table`), a box holding a list (Features) a part of its own."""
    tips = soup.find_all("li", class_="tip")
    if soup.find(class_="tipsList") is None or not tips:
        return
    for chrome in soup.find_all(class_=list(_FOURSQUARE_CHROME)):
        chrome.decompose()
    for tip in tips:
        user = tip.find("div", class_="tipUser")
        name = tip.find(class_="userName")
        if not isinstance(user, Tag) or not isinstance(name, Tag) or not one_line(name) or tip.find(class_="tipText") is None:
            continue
        heading = writer_heading(soup, one_line(name), "h3")  # (under the tips' own h2)
        name.decompose()
        user.name = "p"                  # (the date alone now)
        tip.insert(0, heading)
        tip.name = "div"
    for listing in soup.find_all("ul", class_="tipsList"):
        listing.name = "div"             # (each tip a part: a list item would be a line of one list)
    for info in soup.find_all(id="venueInfo"):
        column = info.find_parent(class_="sideColumn")
        if column is None:
            continue
        for chrome in [box for box in column.find_all(True, recursive=False) if box is not info]:
            chrome.decompose()
        column.unwrap()         # (a side column is chrome by its class: this one holds the venue's hours and phone)
        info.attrs.pop("class", None)   # (「venueInfo」 would make it an info callout, its heading 「Info」 a kind label)
        boxes = [box for box in info.find_all("div", recursive=False)
                 if isinstance(box.find("h4"), Tag) and len(box.find_all(True, recursive=False)) == 2
                 and isinstance(box.find("p", recursive=False), Tag)]
        if boxes:
            boxes[0].insert_before(pairs_table(soup, [(box.find("h4"), box.find("p")) for box in boxes]))
            for box in boxes:
                box.decompose()


# a Booking.com property page's marks: its title box, its policies' labels, its review cards
BOOKING_MARKS = frozenset({"hp__hotel-title", "policy_name", "c-review-block"})


# a Klook activity page's marks: its reviews' section and each review's user line
KLOOK_MARKS = frozenset({"klk-reviews", "review-item", "review-user"})
# a KKday product page's marks: its header and each review card's reviewer
KKDAY_MARKS = frozenset({"kk-header", "review-card", "reviewer"})


def _klook_activity(soup: BeautifulSoup) -> None:
    """A Klook activity page: `section.klk-reviews` under its h2 「评价 (386)」, a `div.review-item` per review (its
    `div.review-user` line 「Lin***  ★★★★★  2026-09-14」, the text `<p>`, the vote button `div.review-helpful`
    「有帮助 (23)」), then the link `a.klk-more-reviews` 「查看更多评价」. The reviews ran together as one part, the
    vote counts and the link lines of its text, each user line a bare line: each review is now a part headed by its
    writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its stars and date a line under the name; the
    count goes from the heading (as Tripadvisor's), the votes and the link go."""
    for section in soup.find_all(class_="klk-reviews"):
        heading = section.find(HEADINGS)
        if isinstance(heading, Tag):
            heading.string = _COUNTED.sub("", one_line(heading))
        for chrome in section.find_all(class_=["review-helpful", "klk-more-reviews"]):
            chrome.decompose()
        for review in section.find_all("div", class_="review-item"):
            user = review.find(class_="review-user")
            line = one_line(user)
            name = _STARS.split(line, 1)[0].strip()     # (the stars end the writer's name)
            if not name or review.find("p") is None:
                continue
            details = line[len(name):].strip()
            if details:
                user.replace_with(text_tag(soup, "p", details))
            else:
                user.decompose()
            review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)


def _kkday_product(soup: BeautifulSoup) -> None:
    """A KKday product page: its reviews are `div.review-card`s, each a row of spans (`span.reviewer` 「Chen**」,
    `span.stars`, `span.date` 「2026/10/03」, no space between them) over the text `<p>`. The cards ran together as
    one part, each opened by the name and date glued into one word (「Chen**2026/10/03」), the stars lost: each card
    is now a part headed by its reviewer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its stars and
    date one line under the name."""
    for review in soup.find_all("div", class_="review-card"):
        reviewer = review.find(class_="reviewer")
        name = one_line(reviewer)
        if not name or review.find("p") is None:
            continue
        details = [span for span in review.find_all(class_=["stars", "date"]) if one_line(span)]
        line = " ".join(one_line(span) for span in details)
        for span in [reviewer, *details]:
            span.decompose()
        if line:
            review.insert(0, text_tag(soup, "p", line))
        review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)


# a Ctrip (Trip.com) hotel page's marks: its headline under the crumbs and each review's writer
CTRIP_HOTEL_MARKS = frozenset({"detail-headline", "review-item", "review-user"})
# the label a Ctrip review's date is shown with (「2026-09-12 发表」)
_POSTED_LABEL = re.compile(r"\s*(?:发表|發表)$")


def _ctrip_hotel(soup: BeautifulSoup) -> None:
    """A Ctrip (携程, Trip.com) hotel page: under the h2 「住客点评」 a `div.review-item` per review, a row of spans
    (`span.review-user` 「Travel_Lin」, `span.review-score` 「4.0」, no space between them on Ctrip's page) over
    the text `<p>` and `span.review-date` 「2026-08-30 发表」, the hotel's `div.review-reply` 「酒店回复：…」 after the
    review it answers. The reviews ran together as one part, each opened by its writer's name glued to the score
    (「Travel_Lin4.0」) and closed by a bare date line, the reply told from the reviews by its place alone (holdout157,
    holdout204): each review is now a part headed by its writer (`html_text.writer_heading`, as KKday's,
    `_kkday_product`), its score and date one line under the name, and the reply, after it, ends that part."""
    for review in soup.find_all("div", class_="review-item"):
        user = review.find(class_="review-user")
        name = one_line(user)
        if not name or review.find("p") is None:
            continue
        details = [span for span in review.find_all(class_=["review-score", "review-date"]) if one_line(span)]
        line = " · ".join(_POSTED_LABEL.sub("", one_line(span)) for span in details)
        for span in [user, *details]:
            span.decompose()
        if line:
            review.insert(0, text_tag(soup, "p", line))
        review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)


# a Zocdoc profile's marks: its sections named by data-test (the doctor's header, the reviews), each review card's
# stars and writer line
ZOCDOC_MARKS = frozenset({"@data-test", "review", "stars", "author"})
# a Zocdoc reviewer line's parts: the name, then 「已驗證病患」 / 「Verified patient」
_ZOCDOC_DOT = re.compile(r"\s+[·•]\s+")


def _zocdoc_profile(soup: BeautifulSoup) -> None:
    """A Zocdoc doctor profile: `section[data-test=reviews]` holds one `div.review` per patient (`span.stars`
    「★★★★☆」, the text `<p>`, `span.author` 「Wang L. · 已驗證病患」). The writer lines went as by-lines
    (「author」) and the stars as the site's grading (「stars」), so the reviews ran together as one part 「病患評論」
    (holdout184). Each card is now a part headed by its writer's name (`html_text.writer_heading`, as KKday's,
    `_kkday_product`), its stars and the verified mark one line under the name. Only a page whose doctor's header is
    `section[data-test=doctor-header]` is one; the header's aggregate 「4.9 ★（212 則評論）」 (`p.rating`) still goes, as
    GetYourGuide's does: the site's count, not what a patient said."""
    reviews = soup.find("section", attrs={"data-test": "reviews"})
    if soup.find("section", attrs={"data-test": "doctor-header"}) is None or not isinstance(reviews, Tag):
        return
    for review in reviews.find_all("div", class_="review"):
        author = review.find(class_="author")
        name, *rest = _ZOCDOC_DOT.split(one_line(author)) if isinstance(author, Tag) else [""]
        if not name or review.find("p") is None:
            continue
        stars = review.find(class_="stars")
        line = " · ".join(filter(None, (one_line(stars), *rest)))
        for span in (author, stars):
            if isinstance(span, Tag):
                span.decompose()
        if line:
            review.insert(0, text_tag(soup, "p", line))
        review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)


# a GetYourGuide activity page's marks: its rating line under the h1 and each review card's writer line
GETYOURGUIDE_MARKS = frozenset({"activity-rating", "review-card", "review-author"})
# the dash between a GetYourGuide reviewer's name and country (「Wei – 中国 · 2026年10月」)
_NAME_DASH = re.compile(r"\s+[–—-]\s+")


def _getyourguide_activity(soup: BeautifulSoup) -> None:
    """A GetYourGuide activity page: under the h1 `div.activity-rating` (「4.6」 in `span.rating-stars`, the link
    「142 条评价」 to the reviews, then 「· 活动提供方：Steppe Jeep Tours LLP」), and the reviews' `div.review-card`s
    (`div.review-author` 「Wei – 中国 · 2026年10月」, `div.review-stars` 「5/5」, the text `<p>`). The rating line went
    as chrome by its class word, the provider's name with it, and the cards ran together as one part, their writer
    lines gone as by-lines and their scores lost. The score and the count go from the rating line and the provider
    is a line under the h1; each card is a part headed by its writer's name (`html_text.writer_heading`, as
    Kaspi's, `_kaspi_item`), the country, date and score one line under it."""
    for rating in soup.find_all("div", class_="activity-rating"):
        for chrome in rating.find_all(["span", "a"]):
            chrome.decompose()
        line = one_line(rating).strip("·・ ")
        if line:
            rating.replace_with(text_tag(soup, "p", line))
        else:
            rating.decompose()
    for review in soup.find_all("div", class_="review-card"):
        author = review.find(class_="review-author")
        name, *where = _NAME_DASH.split(one_line(author), 1)
        if not name or review.find("p") is None:
            continue
        stars = review.find(class_="review-stars")
        line = " · ".join([*where, *([one_line(stars)] if stars is not None and one_line(stars) else [])])
        for part in (author, stars):
            if part is not None:
                part.decompose()
        if line:
            review.insert(0, text_tag(soup, "p", line))
        review.insert_before(writer_heading(soup, name, "h3"))  # (under the reviews' own h2)


# a Viator product page's marks: the rating summary under its h1, its reviews' section and each review's header
VIATOR_MARKS = frozenset({"reviewSummary", "section__reviews", "reviewHeader"})


def _viator_product(soup: BeautifulSoup) -> None:
    """A Viator product page: `section.section__<name>` parts; under the h1 `div.reviewSummary` (stars 「★★★★★ 4.9」,
    the link 「97 条评价」, 「Badge of Excellence」, the city), a `section.section__travellerPhotos` of pictures and the
    link 「查看全部 64 张」, and `section.section__reviews` (h2 「评价」, the filter buttons `div.reviewFilters`, a
    `div.review` each — `div.reviewHeader` 「Lei_W · 2026 年 10 月 · ★★★★★」, the review's h3 title, its text —, then
    「查看更多评价」). The summary was the h1's text, the photos' part held the link alone, and the reviews were one
    part renamed 「评论」, each review one line of header, title and text. The summary, the link, the photos' part
    (nothing but pictures) and the filters go, and each review is a part headed by its h3 title, its header one
    line of its text (as Booking.com's cards, `_booking_hotel`)."""
    for chrome in soup.find_all(class_=["reviewSummary", "reviewFilters", "moreReviews", "seeAll"]):
        chrome.decompose()
    for photos in soup.find_all("section", class_="section__travellerPhotos"):
        if photos.find("p") is None:
            photos.decompose()
    for section in soup.find_all("section", class_="section__reviews"):
        for review in section.find_all("div", class_="review"):
            title = review.find(HEADINGS)
            header = review.find(class_="reviewHeader")
            if not isinstance(title, Tag) or not one_line(title) or review.find("p") is None:
                continue
            if header is not None:
                header.replace_with(text_tag(soup, "p", one_line(header)))
            review.insert_before(text_tag(soup, "h3", one_line(title)))
            title.decompose()
            review.unwrap()


def _booking_hotel(soup: BeautifulSoup) -> None:
    """A Booking.com property page (`div#hp_hotel_name.hp__hotel-title`: a `span.hp__hotel-type-badge`
    「胶囊旅馆」, the name an `h2.pp-header__title`, `span.hp_address_subtitle` ending 「– 地图」 (a `#map` link),
    the score box `div.hp-gallery-review` 「8.4」 「很好 · 1,062 条评语」; then the `h3.bui-title` sections, among
    them `#hotelPoliciesInc` 「住宿须知」 (a line 「… 接受特殊要求 — 请在下一步中添加！」, then one `div.description`
    per policy, its label a `p.policy_name` over its text) and `#guest-reviews` 「住客评语」 (the
    `review_score_breakdown`, then `div.c-review-block` cards: `div.c-guest` name and country, the
    `room-info` line, the `h3` title, `c-review__row`s of a 「好评」/「差评」 `span.c-review__prefix` before the
    `p.c-review__body`, the date, the property's response). The page has no h1, so the badge stood alone under
    the <title>'s part and the name's part held the map link and the score; the policies were one passage of
    bare labels and texts under the booking step's line; the score breakdown and the first guest's card were
    text of 「住客评语」 and each other card (name, room and stay line) was glued to the end of the review above
    it, the card standing before its review's title. Now the name is the h1, the badge a line under it, the map
    link, the dash before it and the score box gone; the policies are one two-column table (「入住 | 全天 24
    小时…」, `_pairs_table`, as Kolesa's parameters), the booking line gone; the breakdown goes, each card's title
    heads it (the guest's and stay lines its text) and each prefix leads its text (「好评：短信密码准时到了…」)."""
    box = soup.find("div", class_="hp__hotel-title")
    if not isinstance(box, Tag):
        return
    name = box.find(HEADINGS)
    if isinstance(name, Tag):
        name.name = "h1"
        for badge in box.find_all(class_="hp__hotel-type-badge"):
            line = soup.new_tag("p")
            line.string = one_line(badge)
            badge.decompose()
            name.insert_after(line)
    for link in box.find_all("a", href="#map"):
        before = link.previous_sibling
        if isinstance(before, NavigableString):
            before.replace_with(re.sub(r"\s*[–—-]\s*$", "", str(before)))
        link.decompose()
    for chrome in box.find_all(class_="hp-gallery-review") + soup.find_all(class_="review_score_breakdown"):
        chrome.decompose()
    for policies in soup.find_all(id="hotelPoliciesInc"):
        rows = [row for row in policies.find_all("div", class_="description", recursive=False)
                if isinstance(row.find("p", class_="policy_name"), Tag)
                and isinstance(row.find("p", class_="policy_name").find_next_sibling(), Tag)]
        if not rows:
            continue
        for note in policies.find_all("p", recursive=False):
            note.decompose()        # (the booking form's prompt, 「… 接受特殊要求 — 请在下一步中添加！」)
        pairs = [(row.find("p", class_="policy_name"), row.find("p", class_="policy_name").find_next_sibling())
                 for row in rows]
        rows[0].insert_before(pairs_table(soup, pairs))
        for row in rows:
            row.decompose()
    for card in soup.find_all("div", class_="c-review-block"):
        title = card.find(HEADINGS)
        if isinstance(title, Tag):
            card.insert(0, title.extract())
        for prefix in card.find_all(class_="c-review__prefix"):
            body = prefix.find_next_sibling(class_="c-review__body")
            if isinstance(body, Tag) and one_line(prefix):
                body.insert(0, one_line(prefix).rstrip(":：") + "：")
                prefix.decompose()


# an Ostrovok hotel page's marks: its header, a review card and the card's writer
OSTROVOK_MARKS = frozenset({"zen-hotelpage-header", "zen-review", "zen-review-author"})


def _ostrovok_hotel(soup: BeautifulSoup) -> None:
    """An Ostrovok (Emerging Travel Group's 「zen」 markup) hotel page: `section.zen-hotelpage-reviews` holds the
    summary bar `div.zen-reviews-summary` (「8,7 · 312 отзывов · Чистота 9,1 · …」), then one `div.zen-review` per
    guest (`div.zen-review-author` 「Ерлан · Алматы」, `div.zen-review-date` 「Август 2025 · Делюкс с видом на
    море」, `div.zen-review-score` 「9,0」, `p.zen-review-plus` / `p.zen-review-minus` opened by 「Понравилось:」 /
    「Не понравилось:」). The writers went as by-lines (「author」) while the dates and bare scores stayed, so the
    reviews ran together as one passage opening with the summary (holdout145). Now the summary and scores go and
    each review is a part headed by its writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its stay
    line (the month and the room booked) and its liked / disliked lines under the name."""
    for chrome in soup.find_all(class_=["zen-reviews-summary", "zen-review-score"]):
        chrome.decompose()
    for review in soup.find_all("div", class_="zen-review"):
        _review_by_writer(soup, review, review.find(class_="zen-review-author"), review.find(class_="zen-review-date"))


# a Yandex Travel hotel page's marks: a review card, its writer and its text
YANDEX_TRAVEL_MARKS = frozenset({"Review", "Review__author", "Review__text"})


def _yandex_travel_hotel(soup: BeautifulSoup) -> None:
    """A Yandex Travel (Яндекс Путешествия) hotel page: `section.HotelReviews` holds `div.ReviewsSummary` (「4,8 из
    5 · 526 отзывов · Сортировать: Сначала полезные」), then one `article.Review` per guest (`div.Review__author`,
    `div.Review__meta` 「Знаток города 5 уровня · 12 марта 2026」, `div.Review__stars` 「5」, `p.Review__text`, the
    buttons, and the hotel's reply `div.Review__hotelAnswer` titled by `div.Review__hotelAnswerTitle` 「Ответ
    отеля」). The writers and meta lines went as by-lines (「author」, 「meta」), so the reviews ran together as one
    passage opening with the summary and sort control, the reply's title and text plain lines between two reviews
    (holdout145). Now the summary goes and each review is a part headed by its writer (`html_text.writer_heading`,
    as Kaspi's, `_kaspi_item`), its meta line kept under the name, its text, then the reply 「Ответ отеля：…」 (as
    Wildberries' seller's reply is, `_wildberries_item`)."""
    for chrome in soup.find_all("div", class_="ReviewsSummary"):
        chrome.decompose()
    for review in soup.find_all("article", class_="Review"):
        if not _review_by_writer(soup, review, review.find(class_="Review__author"), review.find(class_="Review__meta")):
            continue
        for reply in review.find_all(class_="Review__hotelAnswer"):
            label = reply.find(class_="Review__hotelAnswerTitle")
            said = one_line(label).rstrip(":：")
            if isinstance(label, Tag):
                label.decompose()
            line = soup.new_tag("p")
            line.string = f"{said}：{one_line(reply)}" if said else one_line(reply)
            reply.replace_with(line)


def _review_by_writer(soup: BeautifulSoup, review: Tag, author: Tag | None, meta: Tag | None) -> bool:
    """Head a review card by its writer's name (an h3 under the reviews' h2, before the card) and keep its
    by-line under the name as a plain line (its class names chrome: 「author」, 「meta」); False when the card
    names no writer."""
    name = one_line(author)
    if not isinstance(author, Tag) or not name:
        return False
    author.decompose()
    if isinstance(meta, Tag):
        line = soup.new_tag("p")
        line.string = one_line(meta)
        meta.replace_with(line)
    heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
    review.insert_before(heading)
    return True


# a Wildberries item page's marks: its title, its price box, its reviews (which the comment reader leaves to it)
WILDBERRIES_MARKS = ("product-page__title", "price-block", "product-feedbacks")
_WILDBERRIES_ASSETS = re.compile(r"https?://[a-z0-9-]+\.wbbasket\.ru/")     # (its every page's CSS and JS)


def _wildberries_title(section: Tag) -> str:
    """A Wildberries section's heading without its count (「Отзывы」 of 「Отзывы 64」, the number its own span)."""
    heading = section.find(["h2", "h3"])
    if not isinstance(heading, Tag):
        return ""
    return clean("".join(t for t in heading.find_all(string=True) if t.find_parent(class_="section-header__count") is None))


def _wildberries_item(soup: BeautifulSoup) -> None:
    """A Wildberries item page (its assets from wbbasket.ru): under `h1.product-page__title` the article number,
    the `div.price-block` (the price `ins`, the old price `del`, 「с WB Кошельком …」, cart buttons), the delivery
    line; `section.product-details` (the description, then the spec table `table.product-params__table` with its
    `<caption>` 「Характеристики」), `section.product-feedbacks#comments` (each review a `li.feedback`: the
    `feedback__header` of name, date and a star span, `p.feedback__text`, maybe a `feedback__sellers-reply`
    「Ответ продавца」 with its text, then 「Полезно 31」 buttons), `section.product-questions` (each
    `div.questions__item`: `p.questions__text` opening with the asker's `span.questions__author`, then
    `div.questions__answer` titled 「Ответ продавца」), and the recommended goods
    (`section.j-b-recommended-goods-wrapper`).

    Read as a page (holdout127) the three prices were glued (「27 490 ₸39 900 ₸с WB Кошельком 26 940 ₸」); the spec
    table ran on at the end of the description's last table; the questions were one part, each answer opened by
    「Ответ продавца」; the reviews (their list named for comments) went to the page's end as one 「评论」 passage,
    the seller's reply to a review lost; the other goods' names were glued to their prices. Now the prices are
    one line set apart by 「 · 」; the caption heads the spec table (as Yandex Market's, `_market_questions`);
    each question with the seller's answer is a Q&A (`bbs.part_html`, the asker's name dropped); each review is a
    part headed by its writer (`html_text.writer_heading`, as Kaspi's, `_kaspi_item`), its text then the seller's
    reply 「Ответ продавца：…」; the recommended goods (other items, no text of this one) go."""
    from indexer.sites.bbs import part_html       # (bbs imports the cleaner's helpers through parse)
    if not loads_assets(soup, _WILDBERRIES_ASSETS) or soup.find("h1", class_="product-page__title") is None:
        return
    for box in soup.find_all("div", class_="price-block"):
        prices = [line for part in box.find_all(["ins", "del", "span"]) if (line := clean(part.get_text(" ")))]
        line = soup.new_tag("p")
        line.string = " · ".join(prices)
        box.replace_with(line)
    for table in soup.find_all("table", class_="product-params__table"):
        caption = table.find("caption")
        if isinstance(caption, Tag) and clean(caption.get_text()):
            heading = soup.new_tag("h3")
            heading.string = clean(caption.get_text())
            table.insert_before(heading)
            caption.decompose()
    for section in soup.find_all("section", class_="product-questions"):
        answered = []
        for item in section.find_all("div", class_="questions__item"):
            asked, answer = item.find(class_="questions__text"), item.find(class_="questions__answer-text")
            if not isinstance(asked, Tag) or not isinstance(answer, Tag):
                continue
            for author in asked.find_all(class_="questions__author"):
                author.decompose()
            answered.append((clean(asked.get_text(" ")), clean(answer.get_text(" "))))
        title = _wildberries_title(section)
        if answered and title:
            holder = soup.new_tag("div")
            holder.extend(list(BeautifulSoup(part_html(title, [], answered), "html.parser").contents))
            section.replace_with(holder)
    for section in soup.find_all("section", class_="product-feedbacks"):
        parts = []
        for review in section.find_all("li", class_="feedback"):
            name, text = review.find(class_="feedback__name"), review.find(class_="feedback__text")
            if not isinstance(name, Tag) or not isinstance(text, Tag) or not clean(name.get_text()):
                continue
            parts.append(writer_heading(soup, clean(name.get_text()), "h3"))  # (under the reviews' own h2)
            paragraph = soup.new_tag("p")
            paragraph.string = clean(text.get_text(" "))
            parts.append(paragraph)
            reply = review.find(class_="feedback__sellers-reply")
            label = reply.find(class_="feedback__sellers-reply-title") if isinstance(reply, Tag) else None
            if isinstance(reply, Tag) and isinstance(label, Tag):
                said = clean(label.get_text())
                label.decompose()
                if clean(reply.get_text(" ")):
                    paragraph = soup.new_tag("p")
                    paragraph.string = f"{said}：{clean(reply.get_text(' '))}"
                    parts.append(paragraph)
        title = _wildberries_title(section)
        if parts and title:
            holder = soup.new_tag("div")
            top = soup.new_tag("h2")
            top.string = title
            holder.extend([top, *parts])
            section.replace_with(holder)
    for goods in soup.find_all("section", class_="j-b-recommended-goods-wrapper"):
        goods.decompose()


# a Lamoda item page's marks: its questions (each asked text and the store's answer)
LAMODA_MARKS = ("x-product-question__text", "x-product-question__answer")
_LAMODA_ASSETS = re.compile(r"https?://[a-z0-9-]+\.lmcdn\.ru/")     # (its every page's CSS and images)
_HEADING_COUNT = re.compile(r"\s*[(（]\d+[)）]$")                     # (「Вопросы и ответы (4)」: how many, no title)


def _lamoda_item(soup: BeautifulSoup) -> None:
    """A Lamoda item page (its assets from lmcdn.ru): the buy box under the h1 (brand and model spans) — the prices
    (`…-prices__price_old`, `…-prices__price`, `…-prices__discount`), the size buttons under the label 「Размер RUS:」
    (an unavailable one `button._disabled`) with the link 「Таблица размеров」, the cart buttons, the delivery list;
    the description, the size table and other sections; the questions (`div.x-product-question`: the asker and date
    in `__author`, the question in `__text`, the store's `__answer` opened by its `__answer-author` 「Ответ Lamoda」)
    under a heading that ends with their count 「Вопросы и ответы (4)」; the recommended goods
    (`section.x-product-recommendations`).

    Read as a page (holdout134) the prices were glued (「79 990 ₸ 64 990 ₸ −19%」), the sizes lost (buttons are
    controls) leaving 「Размер RUS: Таблица размеров」, the questions one part cut in two at the last answer, the
    other goods a part of their own. Now the prices are one line set apart by 「 · 」 (as a Wildberries item's,
    `_wildberries_item`); the sizes one can order follow their label, the link to the table (a section of the page)
    dropped; each question with the store's answer is a Q&A (`bbs.part_html`, the asker dropped) under the
    section's heading without its count; the recommended goods (other items, no text of this one) go."""
    from indexer.sites.bbs import part_html       # (bbs imports the cleaner's helpers through parse)
    if not loads_assets(soup, _LAMODA_ASSETS):
        return
    for box in soup.find_all(class_=re.compile(r"^x-[a-z-]*product-prices$")):
        prices = [line for part in box.find_all("span") if (line := clean(part.get_text(" ")))]
        line = soup.new_tag("p")
        line.string = " · ".join(prices)
        box.replace_with(line)
    for box in soup.find_all(class_=re.compile(r"^x-[a-z-]*product-sizes$")):
        label, sizes = box.find("span"), [clean(size.get_text()) for size in box.find_all("button")
                                           if "_disabled" not in class_names(size)]
        if not isinstance(label, Tag) or not any(sizes):
            continue
        line = soup.new_tag("p")
        line.string = f"{clean(label.get_text())} {' / '.join(size for size in sizes if size)}"
        box.replace_with(line)
    for questions in soup.find_all("div", class_="x-product-questions"):
        answered = []
        for item in questions.find_all("div", class_="x-product-question"):
            asked, answer = item.find(class_="x-product-question__text"), item.find(class_="x-product-question__answer")
            if not isinstance(asked, Tag) or not isinstance(answer, Tag):
                continue
            for label in answer.find_all(class_="x-product-question__answer-author"):
                label.decompose()
            answered.append((clean(asked.get_text(" ")), clean(answer.get_text(" "))))
        section = questions.find_parent("section")
        heading = section.find(["h2", "h3"]) if isinstance(section, Tag) else None
        title = _HEADING_COUNT.sub("", clean(heading.get_text(" "))) if isinstance(heading, Tag) else ""
        if answered and title and isinstance(section, Tag):
            holder = soup.new_tag("div")
            holder.extend(list(BeautifulSoup(part_html(title, [], answered), "html.parser").contents))
            section.replace_with(holder)
    for goods in soup.find_all("section", class_="x-product-recommendations"):
        goods.decompose()


_TALLY_ASSETS = re.compile(r"https?://tally\.so/")         # (a form page's CSS, its embed script)


def _tally_form(soup: BeautifulSoup) -> None:
    """A Tally form page (tally.so's assets; Next.js, each block a `div.tally-block-…`): between its text blocks
    (title, paragraphs, headings, lists) the questions to fill in — `div.tally-block-question`, its `data-type`
    the kind: a text or phone input under its `label.tally-label` (「收货人手机号」 with `span.tally-required` 「*」,
    a country prefix 「🇰🇿 +7」 in `span.tally-phone-prefix`), checkbox choices (`div.tally-choice`, each its
    `<label>`), a dropdown (`<select>` of `<option>`s), a lone consent checkbox.

    Read as a page (holdout127) the questions were a part of bare labels — 「您的名字 *」, the prefix on a line of its
    own — while a dropdown's options went with its <select> as a control, leaving 「送货时段」 without its values.
    What the form asks is the form's text (its choices carry their prices: 「孔雀鱼（гуппи）600 ₸/条」), so each
    question is one line: its label without the 「*」, then what one may choose, 「送货时段：10:00–13:00 / 15:00–19:00」;
    the prefix and the inputs are controls, no text."""
    if not loads_assets(soup, _TALLY_ASSETS):
        return
    for block in soup.find_all("div", class_="tally-block-question"):
        label = block.find(class_="tally-label")
        if isinstance(label, Tag):
            for star in label.find_all(class_="tally-required"):
                star.decompose()
            asked = clean(label.get_text(" "))
        else:
            asked = " ".join(clean(own.get_text(" ")) for own in block.find_all("label"))
        choices = [clean(choice.get_text(" ")) for choice in block.find_all(class_="tally-choice")] \
            + [clean(option.get_text(" ")) for option in block.find_all("option")]
        _question_line(soup, block, asked, choices)


def _question_line(soup: BeautifulSoup, block: Tag, asked: str, choices: list[str]) -> None:
    """Put one line in a form question's `block`: its label, then what one may choose, 「送货时段：10:00–13:00 /
    15:00–19:00」 (`_tally_form`, `_jotform_form`); a block asking nothing goes."""
    choices = [choice for choice in choices if choice]
    if not asked and not choices:
        block.decompose()
        return
    line = soup.new_tag("p")
    if choices:
        line.string = f"{asked}{'' if not asked or asked[-1] in '？?：:' else '：'}{' / '.join(choices)}"
    else:
        line.string = asked
    block.replace_with(line)


_JOTFORM_ASSETS = re.compile(r"https?://(?:[\w-]+\.)*(?:jotfor\.ms|jotform\.com)/")   # (its CDN's themes and scripts)


def _jotform_form(soup: BeautifulSoup) -> None:
    """A Jotform form page (its assets from jotfor.ms / jotform.com): the form is one list, `ul.form-section`, each
    of its items a field — `data-type="control_head"` the form's `h1.form-header` over its `div.form-subHeader`,
    `control_text` the writer's text (`div.form-html`: headings, tables, lists, paragraphs), `control_button` the
    submit button, the others questions (a `label.form-label` with `span.form-required` 「*」, inputs each under a
    `label.form-sub-label` 「名」 「姓」 「请输入有效的手机号码。」, a `select` opening with its placeholder option
    「请选择」), and a hidden honeypot item 「Should be Empty:」 for robots.

    Read as a page (holdout169) everything was one list's items: the text fields' headings 「树种和价格」 were no
    headings, so every part was titled by the form's header, a table's cells stood one a line, the FAQ's 问/答 were
    not split, and the questions' labels, sub-labels and honeypot were glued to the last part. The list is the form's
    layout, not the writer's, so its items are unwrapped: the text fields are read as the page's own text, the
    sub-header is a paragraph under the header, each question is one line of its label and choices as Tally's are
    (`_question_line`; the sub-labels and the placeholder are the inputs', no text), and the button and hidden
    items go."""
    if not loads_assets(soup, _JOTFORM_ASSETS):
        return
    for form in soup.find_all("ul", class_="form-section"):
        for item in form.find_all("li", recursive=False):
            kind = str(item.get("data-type") or "")
            if "display:none" in str(item.get("style") or "").replace(" ", "") or kind == "control_button":
                item.decompose()
                continue
            if kind == "control_head":      # (its `header-…` classes would read as the site's header, the sub-header lost)
                item.name = "div"
                for group in item.find_all("div", class_=["form-header-group", "header-text"]):
                    group.unwrap()
                for sub in item.find_all("div", class_="form-subHeader"):
                    sub.name = "p"
                continue
            if kind == "control_text" or not kind.startswith("control_"):
                item.name = "div"
                continue
            label = item.find("label", class_="form-label")
            if isinstance(label, Tag):
                for star in label.find_all(class_="form-required"):
                    star.decompose()
            asked = clean(label.get_text(" ")) if isinstance(label, Tag) else ""
            choices = [clean(own.get_text(" ")) for own in item.find_all(class_=["form-radio-item", "form-checkbox-item"])]
            for select in item.find_all("select"):
                options = select.find_all("option")
                if len(options) > 1 and not options[0].get("value"):   # its placeholder 「请选择」 / 「Please Select」
                    options = options[1:]
                choices += [clean(option.get_text(" ")) for option in options]
            _question_line(soup, item, asked, choices)
        form.name = "div"


_YANDEX_FORMS_ASSETS = re.compile(r"https?://yastatic\.net/s3/forms/")     # (the public form's build)
_QUESTION_NUMBER = re.compile(r"^\d{1,3}[.)]\s*")        # a question's number in its title, 「2. 」


def _yandex_form(soup: BeautifulSoup) -> None:
    """A Yandex Forms (Яндекс Формы) public form (its build from yastatic.net/s3/forms): between the writer's text
    blocks each question is a `div.Question` (`Question_type_…`): its `span.Question-Title` 「2. 你能干什么活？」 with
    a `span.Question-Required` 「*」, then an input, or checkboxes and radios each labelled by a `span.Checkbox-Label`
    / `span.Radio-Label` (a phone question's consent box 「接收短信通知」 among them).

    Read as a page (holdout169) the questions ran on into the last answer of the FAQ before them: the titles
    lost their numbers (「1.」 read as a list's), the 「*」 was glued on 「公寓号*」 and the checkbox labels were glued
    into one word 「清扫草坪和落叶粉刷路缘石…」. The numbers are the ones the page's own steps cite (「第 4 题填手机号」),
    so each question is one line of its numbered title and choices, as Tally's are (`_question_line`), without
    the 「*」; the inputs are controls."""
    if not loads_assets(soup, _YANDEX_FORMS_ASSETS):
        return
    blocks = soup.find_all("div", class_="Question")
    heading = soup.find(class_="SurveyPage-Title")
    if blocks and isinstance(heading, Tag) and heading.name in HEADINGS:     # the questions are the form's own part
        part = soup.new_tag("h2")
        part.string = clean(heading.get_text(" "))
        blocks[0].insert_before(part)
    for block in blocks:
        title = block.find(class_="Question-Title")
        asked = _QUESTION_NUMBER.sub("", clean(title.get_text(" "))) if isinstance(title, Tag) else ""
        choices = [clean(label.get_text(" ")) for label in block.find_all(class_=["Checkbox-Label", "Radio-Label"])]
        choices += [clean(option.get_text(" ")) for option in block.find_all("option")]
        _question_line(soup, block, asked, choices)


_SURVEYMONKEY_ASSETS = re.compile(r"https?://prod\.smassets\.net/assets/respweb/")     # (the respondent page's build)


def _surveymonkey_form(soup: BeautifulSoup) -> None:
    """A SurveyMonkey respondent page (its build from smassets.net's respweb): under `h1.survey-title` the writer's
    presentation-text blocks, then `form.survey-form` of the survey's questions, each a `fieldset.question-fieldset`
    whose `legend` holds its `span.question-number` 「1.」 and title, its choices each a `label.answer-label`, then
    the 「完成」 button (`div.survey-submit-actions`).

    Read as a page (holdout169) the questions were lost with the `<form>` (a control), their choices with them: the
    page's text cites them (「揀『外地會員（不出席）』」, 「喺第 5 題註明」). The questions are now the form's own part,
    headed by the survey's title, each one line of its title (without its number) and choices, as Tally's are
    (`_question_line`); the button goes."""
    if not loads_assets(soup, _SURVEYMONKEY_ASSETS):
        return
    heading = soup.find(class_="survey-title")
    for form in soup.find_all("form", class_="survey-form"):
        blocks = form.find_all("fieldset", class_="question-fieldset")
        if not blocks:
            continue
        if isinstance(heading, Tag) and heading.name in HEADINGS:
            part = soup.new_tag("h2")
            part.string = clean(heading.get_text(" "))
            blocks[0].insert_before(part)
        for block in blocks:
            legend = block.find("legend")
            if isinstance(legend, Tag):
                for number in legend.find_all(class_="question-number"):
                    number.decompose()
            asked = clean(legend.get_text(" ")) if isinstance(legend, Tag) else ""
            _question_line(soup, block, asked, [clean(label.get_text(" ")) for label in block.find_all("label", class_="answer-label")])
        for actions in form.find_all(class_="survey-submit-actions"):
            actions.decompose()
        form.name = "div"       # (a form to fill in goes as a control; this one now holds the questions' text)


_GOOGLE_FORMS_ASSETS = re.compile(r"https?://www\.gstatic\.com/_/freebird/")     # (the form viewer's stylesheet)


def _google_form(soup: BeautifulSoup) -> None:
    """A published Google Forms form (its stylesheet from gstatic.com's freebird build; `freebirdFormviewer…`
    classes): each question is a list item titled by its own heading (`…QuestionBaseTitle`, `role=heading`) with
    the required mark `…QuestionBaseRequiredAsterisk` 「 *」 in it, a description under it, and a radio group or
    checkboxes whose labels are each a `span.docssharedWizToggleLabeledLabelText`; under the questions the
    navigation's 「清除表单内容」 button (`…NavigationClearButton`, a `div role=button`) and the warning 「请勿通过
    Google 表单提交密码。」 (`…NavigationPasswordWarning`).

    Read as a page (holdout169) each question was a part titled by its heading with the 「*」 kept, the choices of a
    radio group glued into one word 「入门班提高班段位预备班…」, and the clear button and password warning were text
    of the last question. The questions stay parts titled by their headings, as Google marks them (the choices are
    what the form offers: 「段位预备班」), without the 「*」; the choices are one line apart by 「 / 」, as Tally's are
    (`_question_line`); the button and the warning are Google's, no text."""
    if not loads_assets(soup, _GOOGLE_FORMS_ASSETS):
        return
    for star in soup.find_all(class_="freebirdFormviewerComponentsQuestionBaseRequiredAsterisk"):
        star.decompose()
    for group in soup.find_all(attrs={"role": ["radiogroup", "group"]}):     # (a radio group, a checkbox group)
        if group.find(attrs={"role": "listitem"}) is not None:
            continue
        choices = [clean(label.get_text(" ")) for label in group.find_all(class_="docssharedWizToggleLabeledLabelText")]
        choices = [choice for choice in choices if choice]
        if choices:
            line = soup.new_tag("p")
            line.string = " / ".join(choices)
            group.replace_with(line)
    for chrome in soup.find_all(class_=["freebirdFormviewerViewNavigationClearButton",
                                        "freebirdFormviewerViewNavigationPasswordWarning"]):
        if chrome.parent is not None:
            chrome.decompose()


def _task_list_ticks(soup: BeautifulSoup) -> None:
    """A task list rendered from Markdown (GitLab's and GitHub's `li.task-list-item` with a disabled
    `input.task-list-item-checkbox`) draws each item's state with its checkbox, which goes as a form
    control: each item leads with 「[x] 」 or 「[ ] 」, as a checklist typed in text does (`_quill_checklists`)."""
    for box in soup.find_all("input", class_="task-list-item-checkbox"):
        item = box.find_parent("li")
        if isinstance(item, Tag) and "task-list-item" in item.get("class", []):
            box.replace_with("[x] " if box.has_attr("checked") else "[ ] ")


def _clickup_tasks(soup: BeautifulSoup) -> None:
    """A ClickUp doc's embedded task (div.cu-task-embed: its status badge 「TO DO」 / 「COMPLETE」, its name, its meta
    of assignee, due date and priority) is one line of a list: the name, then its status, assignee and due date in
    brackets (「更新 2027 年各运营商打中国的价格（TO DO · 刘婷 · Due Jan 10）」). Read as a page, each status stood
    on a line of its own and the meta went as chrome: who does it and by when were lost."""
    listed: Tag | None = None       # the list the tasks embedded one after another make
    for card in soup.find_all("div", class_="cu-task-embed"):
        name = one_line(card.find(class_="cu-task-embed__name"))
        if not name:
            continue
        facts = [fact for part in ("status", "assignee", "due")
                 if (fact := one_line(card.find(class_=f"cu-task-embed__{part}")))]
        item = soup.new_tag("li")
        item.string = f"{name}（{' · '.join(facts)}）" if facts else name
        if listed is None or card.find_previous_sibling() is not listed:
            listed = soup.new_tag("ul")
            card.insert_before(listed)
        listed.append(item)
        card.decompose()


def _bold_spans(soup: BeautifulSoup) -> None:
    """A site builder's bold (Wix: 「<span style="font-weight:bold">」) is bold."""
    for span in soup.find_all("span", style=True):      # a name search, then the style: twice as fast
        if _BOLD_STYLE.search(span["style"]):
            span.name = "b"


def _subtitles(tags: list[Tag]) -> None:
    """A post's subtitle under its title (Substack's h3.subtitle) leads its text: no heading. So
    does the heading a site builder draws a subtitle box with (Strikingly's hero: 「div.s-subtitle」
    holding nothing but an <h4> in an <h4>): read as a heading, it headed nothing and was lost.
    A block's subtitle is one: headings of one parent sharing a subtitle class are its sections' (Arbuz's
    five h3.product-details__subtitle under 「О товаре」, holdout148) and stay headings; the cards of a list,
    each with its own subtitle, are not one parent's."""
    subtitled = [tag for tag in tags if tag.get("class") and _SUBTITLE_HINT.search(" ".join(tag["class"]))
                 and any(_SUBTITLE_CLASS.search(c) for c in [*tag["class"], " ".join(tag["class"])])]
    # (parent, class names) -> how many headings of that parent have them
    shared = Counter((id(tag.parent), " ".join(tag["class"])) for tag in subtitled
                     if tag.name in ("h2", "h3", "h4", "h5", "h6"))
    for tag in subtitled:
        classes = tag["class"]
        if tag.name in ("h2", "h3", "h4", "h5", "h6"):
            if shared[id(tag.parent), " ".join(classes)] == 1 and not _after_text(tag):
                tag.name = "p"
        elif tag.name in ("div", "section") and any(_SUBTITLE_CLASS.search(c) for c in classes):
            headings = tag.find_all(["h2", "h3", "h4", "h5", "h6"])
            if headings and clean(raw_text(tag)) == clean(raw_text(headings[0])):
                for heading in headings:
                    heading.name = "div"        # (a box of the text: a <p> inside it stays one)


_TEXT_BLOCKS = ("p", "ul", "ol", "dl", "table", "blockquote", "pre")


def _after_text(heading: Tag) -> bool:
    """A heading that comes after text of its box (a list, a paragraph) heads what follows it, whatever
    its class: Couchsurfing's profile titles 「家規（請務必讀完）」 an 「h3.cs-box__subtitle」 after the 「我的住處」
    box's list of facts, over the house rules' bold titles (holdout175). Read as a subtitle leading the
    text, it was the last line of the facts and the rules lost their parent. A post's subtitle stands
    right under its title."""
    before = heading.find_previous_sibling(True)
    return before is not None and before.name in _TEXT_BLOCKS


def _heading_extras(tags: list[Tag]) -> None:
    """A heading that only files the note goes; a badge or a glyph in a heading is no word of it."""
    for heading in (t for t in tags if t.name in HEADINGS and t.parent is not None):
        if FILING.match(heading.get_text(" ", strip=True)):
            heading.decompose()     # HackMD's 「###### tags: `電信`」 files the note; it heads nothing
            continue
        for badge in heading.find_all(class_=True):     # Sohu's 「<span class="article-tag"><i>原创</i>」
            if not _BADGE_PARTS.isdisjoint(_class_words(badge)) or _is_heading_glyph(badge):
                badge.extract()     # (not decompose: the passes after this one hold its tags)


_CONTACT = frozenset({"contact", "contacts", "newsletter", "newsletters"})
CONTACT_NOTE_MAX = 40       # the words a contact form's section says besides its title: an invitation to write


def _contact_forms(soup: BeautifulSoup) -> None:
    """A site's contact or newsletter section — a part its class names contact or newsletter, holding
    a form to fill in and, besides its title, a line asking readers to write or sign up (Strikingly's
    「s-contact-section」: 「Contact」, 「有更新的路況或收訊資訊，歡迎留言告訴我們！」, a name / e-mail / message
    form; Shopify's newsletter section: 「订阅我们的邮件」, 「新品到货、电池促销和节日折扣第一时间通知你。」, an
    e-mail field) — is the site's, not the page's: the form went as a control and left its title and
    invitation a passage answering nothing. Only the outermost such part saying no more than
    `CONTACT_NOTE_MAX` characters beside its form and headings, and no number: one saying more (a
    hotline, an address, hours) keeps it."""
    for form in soup.find_all("form"):
        if form.parent is None or not _has_fields(form):
            continue
        section = None
        for part in form.parents:
            if part.name in NEVER_CHROME:
                break
            if _CONTACT.isdisjoint(_class_words(part)):
                continue
            note = _note(part)
            if len(note) > CONTACT_NOTE_MAX or any(c.isdigit() for c in note):
                break
            section = part
        if section is not None:
            section.decompose()


def _contact_prompts(soup: BeautifulSoup) -> None:
    """A help centre's contact prompt under the article — a part its class names contact holding no form, only a
    short line and the link or button that opens the chat or the request form (LiveChat's help centre:
    div.article__contact 「Still need help? <a class="open-chat">Chat with us</a>」) — is the site's, under every
    article alike: it was glued as the last line of the article's last Q&A. As a contact form's section
    (`_contact_forms`): only the outermost such part saying no more than `CONTACT_NOTE_MAX` characters and no
    number (a hotline, hours and an address keep theirs), nor an e-mail address. A classified ad's seller card is
    such a prompt too (Krisha.kz's div.offer__contacts: 「Хозяин недвижимости · Галина」, 「Показать телефон」, the
    phone masked 「+7 701 ••• •• ••」, 「Написать」; holdout122): it was glued to the end of the ad's last section. Its
    buttons' labels are controls and its masked phone no number a reader can call, so neither counts."""
    for part in soup.find_all(class_=True):
        if part.parent is None or part.name in NEVER_CHROME or _CONTACT.isdisjoint(_class_words(part)) \
                or part.find(["a", "button"]) is None or part.find("form") is not None:
            continue
        note = _MASKED_PHONE.sub("", _note(part, skip=("button",)))
        if note and len(note) <= CONTACT_NOTE_MAX and not any(c.isdigit() for c in note) and "@" not in note:
            part.decompose()


def _has_fields(form: Tag) -> bool:
    return form.find(_FIELDS) is not None or any(str(field.get("type", "")).lower() != "hidden"
                                                 for field in form.find_all("input"))


# a phone number the site hides until 「Показать телефон」 is pressed: 「+7 701 ••• •• ••」, 「8 777 *** ** **」
_MASKED_PHONE = re.compile(r"\+?[\d\s()-]*\d[\s()-]*[•*xX×](?:[\s()-]*[•*xX×])+")


def _note(part: Tag, skip: tuple[str, ...] = ()) -> str:
    """What a part says outside its forms and headings (and the `skip` tags)."""
    return "".join(clean(str(string)) for string in part.find_all(string=True)
                   if not isinstance(string, Comment)
                   and string.find_parent(["form", "script", "style", *HEADINGS, *skip]) is None)


def _text_forms(soup: BeautifulSoup) -> None:
    """A <form> that only wraps the page's text (`_wraps_text`) is a part, not a control."""
    for form in soup.find_all("form"):
        if _wraps_text(form):
            form.name = "div"       # its classes may still make it chrome, as any part's do


def _drop_chrome(soup: BeautifulSoup) -> None:
    """Remove every part the skip rules name chrome (`is_chrome`)."""
    dropped = chrome_dropper(soup)
    for tag in soup.find_all(True):
        if tag.parent is not None and dropped(tag):
            tag.decompose()


def chrome_dropper(soup: BeautifulSoup) -> Callable[[Tag], bool]:
    """Tell the parts of the page the chrome pass drops: chrome by the skip rules (`is_chrome`), unless a
    part only named like chrome holds the article. Also asked before that pass, by the comment reader
    (`indexer.comments`), whose comment list in a part the pass keeps is the page's (Deskpro's
    「div.dp-layout--with-sidebar」 around the article and its comments)."""
    total: int | None = None
    texts: list[Tag] | None = None

    def dropped(tag: Tag) -> bool:
        nonlocal total, texts
        if not is_chrome(tag):
            return False
        if tag.name not in SKIP_TAGS or tag.name == "form":
            # a class that only looks like chrome (HubSpot's hs_cos_wrapper_meta_field around
            # the whole article), or the one <form> an ASP.NET WebForms page puts around all of
            # itself: a part holding most of the page's text is the article
            total = len(soup.get_text(strip=True)) if total is None else total
            if len(tag.get_text(strip=True)) > MOST_OF_PAGE * total:
                return False
            texts = _post_texts(soup) if texts is None else texts
            if any(text is tag or any(parent is tag for parent in text.parents) for text in texts):
                return False
        return True
    return dropped


# the element a site writes a post's own text in, by its class: 「wall_post_text」 (VK), 「post-content」,
# 「entry-content」, 「article-body」 — a word for the post and one for its text, not a comment's or a preview's
_POST_WORDS = frozenset({"post", "article", "entry"})
_TEXT_WORDS = frozenset({"text", "body", "content"})
_NOT_THE_POST = frozenset({"comment", "comments", "reply", "replies", "excerpt", "summary", "preview",
                           "related", "recommend", "card", "item", "list"})


def _post_texts(soup: BeautifulSoup) -> list[Tag]:
    """The element of the post's own text, which a part named like chrome holding it does not take
    away: VK wraps a wall post's text in 「div.post_info」, the name NetEase gives the line of time and
    source under its title, and the post went with it. It is the one element of the page its class
    names the post's text (`itemprop="articleBody"`, 「wall_post_text」, 「post-content」, 「entry-content」:
    a word for the post, its last a word for a text) — a class many carry names comments' texts
    (PIXNET's 「post-text」 in each of its 留言), and none in a part named for comments or replies."""
    found: dict[str, list[Tag]] = {}
    for tag in soup.find_all(True):
        for name in _post_text_names(tag):
            found.setdefault(name, []).append(tag)
    return [tags[0] for tags in found.values() if len(tags) == 1 and not any(
        not _NOT_THE_POST.isdisjoint(word for token in [*parent.get("class", []), str(parent.get("id", ""))]
                                     for word in token_words(token))
        for parent in [tags[0], *tags[0].parents] if isinstance(parent, Tag))]


def _post_text_names(tag: Tag) -> list[str]:
    """The tag's class names (or 「itemprop=articleBody」) that name a post's own text."""
    names = ["@articleBody"] if "articleBody" in str(tag.get("itemprop", "")).split() else []
    for token in tag.get("class", []):
        words = token_words(token)
        if len(words) >= 2 and words[-1] in _TEXT_WORDS and not _POST_WORDS.isdisjoint(words[:-1]) \
                and _NOT_THE_POST.isdisjoint(words):
            names.append(token)
    return names


def is_chrome(tag: Tag, shown: bool = False) -> bool:
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
    if tag.get("data-ux") == "Header":
        # GoDaddy Websites + Marketing names each part of its widgets by data-ux; its header widget
        # (logo heading, menu, 「立即询价」 button) has no chrome class, only 「widget-header」, a block's own header
        return True
    if str(tag.get("aria-haspopup", "")).lower() in _OPENS_MENU:
        # a menu's toggle drawn as a link or a box, not a <button> (Liferay's portlet options 「<a aria-haspopup="true"
        # class="dropdown-toggle"><span class="lfr-portal-tooltip">选项</span></a>」 over the web content, which opened
        # its first fragment, holdout109): its label names the menu, no word of the text
        return True
    if tag.name == "div" and "icon" in _class_words(tag) and not _WORD.search(tag.get_text()) \
            and tag.find_parent(("td", "th")) is None:
        # a page's or block's icon drawn as a pictograph (ClickUp's 「div.cu-doc-page__icon」 ☎️ over the title):
        # no word of the text (a check mark in a table's cell says yes, and stays)
        return True
    if tag.name in HEADINGS:
        # a heading names a part of the text whatever words its classes hold (Wiki.js's
        # 「toc-header」 on every heading, ReadMe's 「header-scroll」), and its id is its anchor,
        # a slug of its words (「operator-side」); only a class read to screen readers alone hides it
        return any(token.lower() in SKIP_CLASS_NAMES for token in tag.get("class", []))
    if tag.name == "thead" or (tag.name == "tr" and isinstance(tag.parent, Tag) and tag.parent.name == "thead"):
        # a table's head row is its header whatever its class says: Pandoc (Quarto, R Markdown,
        # Hakyll) writes every one 「<thead><tr class="header">」, the class of a page's header
        return False
    if tag.name == "div" and _pager(tag):
        return True
    if _map_button(tag) or _summary_label(tag):
        return True
    return _chrome_by_class(tag) and not _dish_menu(tag) and not _heading_words(tag) and not _code_token(tag) \
        and not _event_when(tag) and not _title_column(tag)


def _title_column(tag: Tag) -> bool:
    """A column inside the page's <main> that holds the page's only H1 is the page's own card, not a
    side column of the site: Couchsurfing's profile sets the member's name, place, verified badges,
    whether they accept guests and how soon they answer in 「section.cs-profile-sidebar」 beside the
    profile's boxes (holdout175). Dropped by its class word, the page lost its title and those facts,
    its first part being 「概覽」. A theme's sidebar with the site's name stands outside <main>."""
    if "sidebar" not in _class_words(tag) or tag.find_parent("main") is None:
        return False
    titles = tag.find_all("h1")
    return len(titles) == 1 and len(tag.find_parent("main").find_all("h1")) == 1


_WHEN_MAX = 200     # an event's line of when and where: one line, no passage


def _event_when(tag: Tag) -> bool:
    """The line under an event's title holding its schema.org date (`itemprop="startDate"`): Afisha's
    「div.event-page__meta」 「Стендап · 2 часа без антракта · <time itemprop="startDate">12 декабря, сб, 19:30</time>
    · Lumiere Hall…」 beside its h1 (holdout151). Named 「meta」, it went as a by-line, and with it the only line
    saying when the show is. One date, one short line, after the h1 in the same box: a list of other events (a
    side column's 「Похожие события」) holds several dates, or none beside a title."""
    if len(tag.find_all(attrs={"itemprop": "startDate"})) != 1 or len(tag.get_text(strip=True)) > _WHEN_MAX:
        return False
    return any(sibling.name == "h1" for sibling in tag.find_previous_siblings())


_MAP_BUTTON_MAX = 24
_SUMMARY_LABEL = re.compile(r"^(?:summary|摘要|概要|简介|簡介)\s*[:：]?$", re.IGNORECASE)


def _summary_label(tag: Tag) -> bool:
    """The bold label opening a box named 「summary」 (HaloITSM's 「<div class="kb-article-summary"><strong>Summary:
    </strong> 去乌鲁木齐…」 under the title, holdout152): the box's name written out, no word of the lead it
    opened. A bold word within the box's sentence, or a label in a box named otherwise, stays."""
    if tag.name not in ("strong", "b") or not isinstance(tag.parent, Tag) or "summary" not in _class_words(tag.parent):
        return False
    if not _SUMMARY_LABEL.match(tag.get_text(strip=True)):
        return False
    before = tag.previous_sibling
    return not (isinstance(before, NavigableString) and before.strip()) and tag.find_previous_sibling(True) is None


def _map_button(tag: Tag) -> bool:
    """A link standing alone that opens a map of the place (Afisha's 「a.map-link」 「Показать на карте」 under
    the venue's address, holdout151): a button's label, which was the last line of the venue's part. A link
    within a sentence stays."""
    if tag.name != "a" or "map" not in _class_words(tag) or len(tag.get_text(strip=True)) > _MAP_BUTTON_MAX:
        return False
    beside = [tag.previous_sibling, tag.next_sibling]
    return not any(isinstance(node, NavigableString) and node.strip() for node in beside)


def _dish_menu(tag: Tag) -> bool:
    """A box named 「menu」 (by its class or its id) that holds headings and not one link is a restaurant's menu of
    dishes, not a site's: a navigation menu is made of links. Chocofood (React, CSS-module classes) writes its
    dishes in `section#menu.Menu_root__<hash>`, an h2 for each category over its dish cards (name, description,
    price, an 「+」 button): chrome by the class's first part, the restaurant's whole menu went, and with it the h1's
    part (holdout150). Zomato names its `section#menu` by its id alone and lists the dishes in a `table.menu-notes`
    under the section's h2 (holdout176): a box named 「menu」 without a heading of its own, inside such a menu and
    holding no link either, is the menu's too."""
    if "menu" not in _name_words(tag) or tag.find("a", href=True) is not None:
        return False
    if tag.find(list(HEADINGS)) is not None:
        return True
    around = next((box for box in tag.parents if isinstance(box, Tag) and "menu" in _name_words(box)), None)
    return around is not None and _dish_menu(around)


def _name_words(tag: Tag) -> set[str]:
    """The words of a tag's class names and id: Zomato names its menu of dishes by its id alone
    (「section#menu」), Chocofood by both."""
    return _class_words(tag) | {word for token in str(tag.get("id", "")).split() for word in token_words(token)}


def _pager(box: Tag) -> bool:
    """A box of two links, one of class 「prev」 and one of class 「next」, is the article's previous / next
    pager (Featurebase's 「<a class="prev">← 利率表</a><a class="next">如何赎回抵押物 →</a>」 in its
    div.fb-hc-article__nav): only the 「prev」 half went as chrome by its class, the 「next」 one was read
    as the text of the article's last section."""
    links = box.find_all(True, recursive=False)
    if len(links) != 2 or any(link.name != "a" for link in links):
        return False
    return not {"prev", "previous"}.isdisjoint(_class_words(links[0])) and "next" in _class_words(links[1])


def _code_token(tag: Tag) -> bool:
    """An inline element of a code block: a highlighter's token, whose class names its kind (Prism's
    「token comment」, highlight.js's 「hljs-meta」), not a part of the page. Read as chrome, a shell
    block's comments went, and with them the 「#」 closing each USSD code and what it was for (「*111*2」
    alone: holdout48's VuePress page). A code block's gutter and a diagram's source go by their names
    (`SKIP_CLASS_NAMES`), a copy button by its tag, as anywhere."""
    return tag.name not in BLOCK_TAGS and tag.find_parent("pre") is not None \
        and not any(token.lower() in SKIP_CLASS_NAMES for token in tag.get("class", []))


def _chrome_by_class(tag: Tag) -> bool:
    """The tag's class or id words name chrome (the skip rules' tokens, parts and names); on a
    WordPress post, the classes `post_class` gives every post are not read (see `_WP_POST_CLASS`)."""
    classes = [str(c) for c in tag.get("class", [])]
    if any(_WP_TYPE.match(c) for c in classes) and any(_WP_STATUS.match(c) for c in classes):
        classes = [c for c in classes if not _WP_POST_CLASS.match(c)]
    for token in [*classes, *str(tag.get("id", "")).split()]:
        parts = _CLASS_PARTS.split(token.lower())
        words = token_words(token)
        if token.lower() in SKIP_CLASS_TOKENS or token.lower() in SKIP_CLASS_NAMES \
                or parts[0] in SKIP_CLASS_TOKENS or not SKIP_CLASS_PARTS.isdisjoint(words) \
                or ("top" in parts and not _BACK_TO_TOP.isdisjoint(parts)):
            return True
        if "poster" in words and not _PLAYER_WORDS.isdisjoint(words):
            # a video player's poster, the frame shown before it plays (Bilimland's div.video-player__poster
            # 「▶ Бейнесабақ (12:40)」, Video.js's div.vjs-poster): its play glyph and length were the only text of
            # the lesson's first part (holdout162). A 「poster」 alone is a forum post's writer (SMF's div.poster)
            return True
        if "comment" in words and not _COMMENT_INPUT.isdisjoint(words):
            # the box to write a comment in (HK01's div.sc-comment-box 「留言」 / 「登入后即可留言。」, holdout190: a part of
            # its own after the article): its heading and a sign-in prompt, the same under every article
            return True
        if "header" in words and not _PAGE_HEADER.isdisjoint(words) and tag.find(list(HEADINGS)) is None:
            # the site's header (Zhihu's 「ColumnPageHeader」: the column's name, buttons), an article header's by-line
            return True
    return False


def _heading_words(tag: Tag) -> bool:
    """The tag holds all the words of the heading it stands in: it is the heading's text, whatever
    its classes say, as the heading is (mdBook's 「<h2><a class="header" href="#…">資費</a></h2>」
    links each heading to itself, so every heading's text sits in an anchor of class 「header」).
    A glyph beside the words (Sphinx's 「¶」, an icon) holds no word and stays chrome."""
    heading = tag.find_parent(list(HEADINGS))
    if heading is None:
        return False
    words = "".join(tag.get_text().split())
    return _WORD.search(words) is not None and words == "".join(heading.get_text().split())


_CALLOUT_KINDS = frozenset({"note", "tip", "caution", "danger", "warning", "info", "important", "callout",
                            "admonition", "hint", "attention", "success", "error",
                            # XWiki's message boxes (「div.box.infomessage」, its {{info}} … {{error}} macros)
                            "infomessage", "warningmessage", "errormessage", "successmessage"})


def _portable_infoboxes(soup: BeautifulSoup) -> None:
    """A wiki's portable infobox (Fandom's, MediaWiki's PortableInfobox: `aside.portable-infobox` of a title
    `.pi-title`, group headers `.pi-header` and fields `.pi-data` of a label `h3.pi-data-label` and a value
    `.pi-data-value`, pictures `.pi-image`) holds the article's facts at a glance (「押金 2 000 ₸」), not a
    side column: dropped as an <aside>, they were lost. It is read as lines: its title, then each field
    「label：value」 (its pictures go)."""
    for box in soup.find_all("aside", class_="portable-infobox"):
        lines = []
        for item in box.find_all(class_=["pi-title", "pi-header", "pi-data"]):
            if "pi-data" in item.get("class", ()):
                label = item.find(class_="pi-data-label")
                value = item.find(class_="pi-data-value")
                text = clean(value.get_text(" ")).replace("\n", " / ") if value is not None else ""
                name = clean(label.get_text()).rstrip(":：") if label is not None else ""
                line = f"{name}：{text}" if name and text else text
            else:
                line = clean(item.get_text())
            if line:
                lines.append(line)
        box.name = "div"
        box.clear()
        for line in lines:
            paragraph = soup.new_tag("p")
            paragraph.string = line
            box.append(paragraph)


def _table_infoboxes(soup: BeautifulSoup) -> None:
    """A MediaWiki infobox table (Wikipedia's `table.infobox`: a title row `th.infobox-above`, a picture row
    `td.infobox-image` with its caption `div.infobox-caption`, then `th.infobox-label` / `td.infobox-data`
    rows) is read as the facts its rows hold, as a portable infobox is (`_portable_infoboxes`): its picture and
    the picture's caption go with it (they describe a photograph, no fact of the subject), and so does its title
    row when it repeats the page's title (the `h1` opening with it, 「KazSat」 over 「KazSat」): they opened the
    lead part before the rows (holdout178)."""
    h1 = soup.find("h1")
    title = clean(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    for box in soup.find_all("table", class_="infobox"):
        for cell in box.find_all(["td", "th"], class_=["infobox-image", "infobox-above"]):
            row = cell.find_parent("tr")
            if row is None or not inside(row, box) or len(row.find_all(["td", "th"], recursive=False)) != 1:
                continue
            if "infobox-image" in cell.get("class", ()) \
                    or (text := clean(cell.get_text(" "))) and title.startswith(text):
                row.decompose()


def _callout_asides(tags: list[Tag]) -> None:
    """An <aside> that names a callout's kind (Starlight's 「starlight-aside--caution」, or in its
    `data-type` as Writerside's 「<aside class="prompt" data-type="note">」, whose note was lost with the
    side columns, holdout101) is a box in the text, not a side column."""
    for aside in tags:
        if aside.name != "aside" or aside.parent is None:
            continue
        if _CALLOUT_KINDS.isdisjoint(_class_words(aside)) \
                and _CALLOUT_KINDS.isdisjoint(str(aside.get("data-type", "")).lower().split()):
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


# the titles Quarto gives a callout by its kind alone (its English and Chinese captions: 提示, 注释, 警告, 重要,
# 危险, and the labels writers type for them)
_KIND_CAPTIONS = re.compile(r"(?:提示|注意|注释|註釋|警告|重要|危险|危險|小心|备注|備註|说明|說明)[:：]?")


def _quarto_callouts(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A Quarto callout (`div.callout` of a `div.callout-header` holding its icon and
    `.callout-title-container`, and its `.callout-body`) titled by its writer (「先看日期对不对」 over 「所有网站同时
    报证书错误…」) is a part of its own titled so: a `<details>` of the title as its summary over the body, read as
    a collapsible that asks nothing (a sub-heading's part) or, titled by a question, as a question and its
    answer. Read as lines, the title and body ran on after the section's code block and paragraph, one
    passage. A title that only names the kind (Quarto's captions 「警告」, 「Tip」) leads the body's text
    (「警告：…」) or, in English, titles nothing (`_callout_kind_titles`). An Obsidian callout published by
    Quartz is the same box in other markup."""
    for box in tags:
        if _gone(box) or box.parent is None or "callout" not in box.get("class", ()):
            continue
        if box.name == "div":
            header = box.find("div", class_="callout-header", recursive=False)
            title = header.find(class_="callout-title-container") if header is not None else None
            body = box.find(class_="callout-body")
        elif box.name == "blockquote" and box.has_attr("data-callout"):
            # an Obsidian callout as Quartz publishes it (「> [!warning]」: `blockquote.callout` naming its kind
            # in `data-callout`, a `div.callout-title` of its icon and `.callout-title-inner`, and its
            # `div.callout-content`), read the same way: its caption 「警告」 stood alone on a line
            header = box.find("div", class_="callout-title", recursive=False)
            title = header.find(class_="callout-title-inner") if header is not None else None
            body = box.find("div", class_="callout-content", recursive=False)
        else:
            continue
        if title is None or body is None:
            continue
        label = clean(title.get_text()).replace("\n", " ")
        if not label or is_kind_name(label):
            continue
        if _KIND_CAPTIONS.fullmatch(label):
            first = body.find(True, recursive=False)
            if first is not None and first.name == "p":
                header.extract()        # (not decompose: the passes after this one hold its tags)
                first.insert(0, NavigableString(label.rstrip(":：") + "："))
            continue
        summary = soup.new_tag("summary")
        summary.string = label
        header.replace_with(summary)        # (its icon and collapse toggle go with it)
        box.name = "details"
        box.attrs = {"open": ""}


def _readme_callouts(tags: list[Tag]) -> None:
    """ReadMe's callout (「> 🚧 title」 in its Markdown: `blockquote.callout` with the `theme` its emoji names,
    its title an `h3.callout-heading` of the icon `span.callout-icon` and the title's `<p>`) is a note of its
    section, its title leading its text (「先关掉 SIM 卡 PIN 码：监控棒无法输入 PIN 码…」): read as a quote it
    was a passage of its own with its title a line, and after a table a second part named by the heading.
    A title that only names the callout's kind (「Note」) titles nothing (`_callout_kind_titles`)."""
    for box in tags:
        if box.name != "blockquote" or box.parent is None or "callout" not in box.get("class", ()) \
                or not box.has_attr("theme"):
            continue
        heading = box.find("h3", class_="callout-heading", recursive=False)
        if heading is None:
            continue
        for icon in heading.find_all(class_="callout-icon"):
            icon.extract()      # (not decompose: the passes after this one hold its tags)
        title = heading
        if not clean(heading.get_text()):
            title = heading.find_next_sibling()     # lxml closes the `<h3>` before the title's `<p>`
        label = clean(title.get_text()).replace("\n", " ").rstrip(":：") if title is not None else ""
        first = title.find_next_sibling("p") if title is not None else None
        if not label or is_kind_name(label) or first is None or title.name not in ("h3", "p"):
            continue
        heading.extract()
        title.extract()
        first.insert(0, NavigableString(label + "："))
        box.name = "div"


def _callout_kind_titles(tags: list[Tag]) -> None:
    """A callout's icon and a title that only names its kind in English are no words of it.

    The icon (Odoo's banner 「<i class="o_editor_banner_icon">💡</i>」, ⚠️) stood alone on a line above
    the box's text. The title (「Note」, 「Warning」, 「Tip」 over a box in a Chinese page: Sphinx's and
    MkDocs' admonitions, GitHub's alerts, ReadMe's callouts) titles nothing: the box is text of its
    section, as a MkDocs admonition, a Docusaurus or VuePress container and a reStructuredText note
    are read when their kind alone titles them. Read as a label it led the box's text (「Note：价格是…」),
    an English word inside Chinese text, or stood alone on a line. Only the box's first words, in a
    title (class 「…-title」, 「…-heading」) or a line of their own; a title the writer gave the box, a
    site's label in the page's language (Docusaurus's 「提示」) or a bold 「Note:」 typed before the text
    still lead it."""
    for box in tags:
        if _gone(box) or box.parent is None or _CALLOUT_KINDS.isdisjoint(_class_words(box)):
            continue
        first = None
        for text in box.find_all(string=True):
            if _WORD.search(text):
                first = text
                break
            if text.strip() and text.parent is not box and "icon" in _class_words(text.parent) \
                    and "".join(text.parent.get_text().split()) == "".join(text.split()):
                text.parent.extract()       # a pictograph drawn as the box's icon
        if first is None or not is_kind_name(first):
            continue
        title = first.parent        # the element holding the first words and nothing else
        while title.parent is not None and title.parent is not box \
                and is_kind_name(title.parent.get_text()):
            title = title.parent
        if title is not box and (title.name in ("p", "div", *HEADINGS)
                                 or not _HEADING_WORDS.isdisjoint(_class_words(title))):
            title.extract()         # (not decompose: the passes after this one hold its tags)


def _odoo_templates(tags: list[Tag]) -> None:
    """Odoo Knowledge's template block (「o_knowledge_behavior_type_template」: a text to copy under Odoo's
    label 「Clipboard」, over its 「Copy」 and 「Send as Message」 buttons) is the writer's text without
    Odoo's label: read as a line, 「Clipboard」 closed the passage before the block and the template
    went to the next one, apart from it."""
    for box in tags:
        if not _gone(box) and "o_knowledge_behavior_type_template" in box.get("class", ()):
            for label in box.find_all(class_="o_knowledge_template_label"):
                label.extract()     # (not decompose: the passes after this one hold its tags)


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
    if _has_fields(form):
        return False
    text = form.get_text(" ", strip=True)
    return len(text) >= FORM_TEXT_MIN and _SENTENCE_END.search(text) is not None


LINK_SHARE = 0.7            # a part of a page whose text is mostly links is a menu
_CRUMB = r"(?:\s+>\s+|\s*[›»]\s*)"
_BREADCRUMB = re.compile(rf"^[^>›»]{{1,30}}(?:{_CRUMB}[^>›»]{{1,40}}){{2,}}$")     # 首頁 > 常見問題 > 本頁
# a trail of one crumb, the page's group or parent, its separator after it (PmWiki's 「Main /」 over the title)
_LONE_CRUMB = re.compile(r"^[^/>›»]{1,30}?\s*[/>›»]$")
# a copyright or licence line (Matters' 「CC BY-NC-ND 4.0 授權」 under each post)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright|版权所有|版權所有|cc\s+by(?:-(?:nc|nd|sa))*\s+\d\.\d)", re.IGNORECASE)
_NOT_TEXT = re.compile(r"[\s|｜·•>›»/\-]+")
# a lone link back to the list (a part of it here, a last paragraph in `parse.drop_bylines`)
BACK_TO_LIST = re.compile(r"^\W*(?:返回列表|返回目录|返回目錄|返回上一[页頁级級]|返回.{1,8}[，,]?查看更多|back to (?:list|index|all)"
                          r"|(?:возврат|вернуться|назад) (?:к|в) (?:списку|список|разделу|новостям))\W*$", re.IGNORECASE)


_LINE_BLOCKS = frozenset({"div", "p", "li"})      # a line of its own, not a run inside a sentence
_PARTS = frozenset({"td", "div", "section", "ul", "ol", "p", "font", "span", "table", "center", "small", "li"})


# a line pointing elsewhere: 「相关页面：A · B」, 「See also: A」
_RELATED_LABEL = re.compile(r"^\s*(?:相关|相關|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|另见|另見|参见|參見|see also|related)[^：:]{0,6}[：:]",
                            re.IGNORECASE)


def _drop_buttons(soup: BeautifulSoup) -> None:
    """Links drawn as buttons (「看黑名单教程」, 「注册登录」, 「得票 / 最新」) are controls, not the
    text, and so is a short label to report the post (「举报/反馈」: it closed a Baijiahao article's last
    answer). After `_drop_boilerplate`: a toolbar of them is link-dense, and goes whole there. An e-mail
    template draws its button as the table cell around a bare link (`td.btn`, `td.button-cell`): the cell
    classed a button whose words are all its one link's goes (its label, a call to the site, closed the
    last answer above it). A 「bulletproof」 button, as MJML (Brevo, Mailjet) draws one without a class, is the
    layout cell (role="presentation") painted with a `bgcolor` around its one link (「立即預約包廂」)."""
    for cell in soup.find_all(["td", "th"]):
        links = cell.find_all("a") if not cell.decomposed else []
        if len(links) == 1 and (not _BUTTON_PARTS.isdisjoint(_class_words(cell))
                                or cell.get("role") == "presentation" and cell.has_attr("bgcolor")) \
                and clean(cell.get_text()) == clean(links[0].get_text()):
            cell.decompose()
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
    # what holds a link (each element's links are looked for only there: a search per element costs)
    holders = {id(parent): parent for a in tags if a.name == "a" for parent in a.parents}
    if page:
        for table in (t for t in tags if t.name == "table"):
            _drop_side_columns(table)
        candidates = [t for t in tags if t.name in _PARTS]
    else:   # a Markdown page: only what holds links can be a menu
        candidates = [t for t in tags if id(t) in holders and t.name in _PARTS]
    for tag in candidates:
        if _gone(tag) or tag.parent is None or tag.name in NEVER_CHROME:
            continue
        shown = tag.get_text()
        text = _NOT_TEXT.sub("", shown)
        if not text:
            continue
        links = tag.find_all("a") if id(tag) in holders else []
        linked = sum(len(_NOT_TEXT.sub("", a.get_text())) for a in links)
        line = clean(shown).replace("\n", " ")
        related = _RELATED_LABEL.match(line)
        if (len(links) >= 3 and linked >= LINK_SHARE * len(text)) \
                or (len(links) == 1 and linked == len(text) and BACK_TO_LIST.match(line)) \
                or (related and len(line) <= 100 and linked >= LINK_SHARE * len(_NOT_TEXT.sub("", line[related.end():]))) \
                or (len(links) >= 2 and len(line) <= 100 and _BREADCRUMB.match(line)) \
                or (len(links) == 1 and linked == len(text) and tag.name in _LINE_BLOCKS and _LONE_CRUMB.match(line)) \
                or (page and len(line) <= 300 and _COPYRIGHT.match(line)):
            tag.decompose()


MAIN_CELL_SHARE = 0.8


def _drop_side_columns(table: Tag) -> None:
    """A page laid out with a table (it nests tables): in a row whose one cell holds most of the
    text, the cells beside it that hold links are the menu and side boxes."""
    if _gone(table) or table.parent is None or table.find("table") is None:
        return
    for row in table_rows(table):
        cells = row.find_all(["td", "th"], recursive=False)
        sizes = [len(cell.get_text(strip=True)) for cell in cells]
        if len(cells) < 2 or max(sizes) < MAIN_CELL_SHARE * sum(sizes):
            continue
        main = cells[sizes.index(max(sizes))]
        for cell in cells:
            if cell is not main and len(cell.find_all("a")) >= 3:
                cell.decompose()


# … WordPress SEO plugins' FAQ blocks; a Quill editor's toggle block names its parts 「ql-toggle-header」 /
# 「ql-toggle-content」 (Slab's FAQ, holdout66); Super.so writes a Notion toggle in BEM's way,
# 「notion-toggle__summary」 over 「notion-toggle__content」 (its FAQ was one section, holdout97); Teamly's
# toggle block, 「tm-toggle-title」 over 「tm-toggle-body」 (its FAQ too, holdout117); Nicepage prefixes its classes
# 「u-」 and writes 「a.u-accordion-link」 over 「div.u-accordion-pane」 (its questions were dropped as button links
# and the answers ran into one section, holdout120); Ucraft prefixes its 「uc-」: 「uc-accordion-title」 over
# 「uc-accordion-content」 (its FAQ's questions and answers were one section's lines, holdout123); a help
# centre's own BEM block names what its FAQ belongs to and shortens its elements to a letter: amoCRM's
# 「support-faq__q」 over 「support-faq__a」 (its four pairs were one 「常见问题」 section, holdout133); and the item's
# BEM element, an item of the list named first: 「faq-item__question」 over 「faq-item__answer」 (a Glovo store
# page's FAQ: its questions, <button>s, went as buttons and the four answers ran into one section, holdout140)
_ACCORDION = (r"^(?:(?:ql-|notion-|tm-|u-|uc-)?(?:expand|accordion|toggle|collapsible|faq|schema-faq|rank-math)"
              r"|[a-z]+-faq)(?:[-_]?item)?(?:[-_]|__)?")
_TOGGLE = re.compile(_ACCORDION + r"(?:control|header|heading|title|button|question|trigger|summary|link|(?<=[-_])q)$")
_PANEL = re.compile(_ACCORDION + r"(?:content|body|panel|pane|answer|collapse|(?<=[-_])a)$")
# … or, inside an item of such a block (「faq-item」, 「accordion-item」), its parts by bare words beside a generated
# one: Swiggy's 「div.faq-item」 holds 「div._3M4Ce.question」 over 「div._1uU3q.answer」 (its five pairs were one
# 「常见问题」 section's lines, cut between a question and its answer, holdout192). Bare 「question」 / 「answer」
# elsewhere (a Q&A site's whole question post and its answers) are no toggle and panel.
_ITEM = re.compile(_ACCORDION + r"$")
_ITEM_TOGGLE = frozenset({"question"})
_ITEM_PANEL = frozenset({"answer"})
_FIELD_TAGS = ["table", "ul", "ol", "dl"]


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


_READYMAG_LEVEL = re.compile(r"typography-h([1-6])")


def _readymag_headings(soup: BeautifulSoup) -> None:
    """A Readymag page (its text widgets' `div.text-viewer`) writes its headings as paragraphs styled by a
    level class (「<p class="typography-h2">价格</p>」) among 「typography-p」 body paragraphs and no heading tag:
    read as paragraphs, every section was glued under the page title and the steps counted under it. Each
    such paragraph is the heading of its level; the 「Made with Readymag」 badge (`div.made-with-rm`) goes."""
    for text in soup.find_all("div", class_="text-viewer"):
        for tag in text.find_all("p", class_=_READYMAG_LEVEL):
            level = next(m.group(1) for c in tag.get("class", []) if (m := _READYMAG_LEVEL.fullmatch(c)))
            tag.name = f"h{level}"
    if soup.find("div", class_="text-viewer") is not None:
        for badge in soup.find_all("div", class_="made-with-rm"):
            badge.decompose()


def _zoho_writer_headings(soup: BeautifulSoup) -> None:
    """A Zoho Writer document (published or saved, its `div.zw-contentpane`) writes its headings as paragraphs
    with a style class and their level in `data-hd-info` (「<p class="zw-paragraph heading2" data-hd-info="2">」)
    and no heading tag: only the numbered ones (「一、今年的品种与价格」) were taken for headings, by their
    numbers, and an unnumbered one (「付款方式与从话费余额付款的限制」) was a line glued to the section above it.
    Each such paragraph is the heading of its level."""
    for pane in soup.find_all("div", class_="zw-contentpane"):
        for tag in pane.find_all("p", class_="zw-paragraph", attrs={"data-hd-info": re.compile(r"^[1-6]$")}):
            if tag.get_text(strip=True):
                tag.name = f"h{tag['data-hd-info']}"


_FONT_SIZE = re.compile(r"font-size\s*:\s*(?:(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)|(x{0,3}-?large|larger)\b)",
                        re.IGNORECASE)
_LARGE = {"px": 18.0, "pt": 14.0, "em": 1.25, "rem": 1.25, "%": 125.0}    # a body's 14–16px, enlarged
_STYLED_HEADING_MAX = 40


def _styled_headings(soup: BeautifulSoup) -> None:
    """A short line set large and bold by inline style alone (a Mailchimp e-mail's
    「<span style="font-size:18px"><strong>看懂扣费</strong></span>」 between a list and a
    paragraph) is a sub-heading of the heading above it: e-mail editors write no heading tags
    below the first. A CSS size keyword (「large」, 「x-large」, 「larger」) is as large: the size menu of
    old blog editors writes them (Livedoor Blog's 「<span style="font-size: large;"><b>…</b></span>」)."""
    level = 1
    for tag in soup.find_all(True):
        if tag.name in HEADINGS:
            level = HEADINGS[tag.name]
            continue
        size = _FONT_SIZE.search(str(tag.get("style", ""))) if tag.name in ("span", "p", "div") else None
        if size is None or (size.group(1) and float(size.group(1)) < _LARGE[size.group(2).lower()]) \
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
    """The words of a tag's class names (see `token_words`: Mailchimp's 「mcnButton」, Starlight's
    「starlight-aside--caution」)."""
    return {w for c in tag.get("class", []) for w in token_words(c)}


# the last word of a camelCase name that names the text itself
_TEXT_HEADS = frozenset({"text", "content", "body"})


def token_words(token: str) -> list[str]:
    """The words of a class or id, lowercased: its parts between 「-」 and 「_」, and the words of
    each camelCase part (Zoho's 「AttachmentsList__attachmentList」: attachments, list).

    A camelCase name is a kind of its last word, the words before it say which: a list of
    attachments, a wrapper of comments — chrome by those words. A name ending in a word for the
    text itself is that text, whatever qualifies it: Zhihu's 「CopyrightRichText-richText」 holds
    each answer (a rich text under copyright protection), not a copyright line.

    >>> token_words("AttachmentsList__attachmentList")
    ['attachmentslist', 'attachments', 'list', 'attachmentlist', 'attachment', 'list']
    >>> token_words("CopyrightRichText-richText")
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


def class_names(tag: Tag) -> list[str]:
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
    for toggle in [t for t in tags if not _gone(t) and t.get("class") and (
            any(_TOGGLE.match(c) for c in class_names(t)) or _in_item(t, _ITEM_TOGGLE))]:
        panel = toggle.find_next_sibling()
        if toggle.parent is None or panel is None or not (
                any(_PANEL.match(c) for c in class_names(panel)) or _in_item(panel, _ITEM_PANEL)):
            continue
        if toggle.find(_FIELD_TAGS) is not None:
            # a toggle is a caption: a 「header」 holding a table or list is the page's fields over its body
            # (Znuny's public FAQ, 「div.FAQHeader」 with its action links and FAQMeta table over
            # 「div.FAQBody」: read as one question, its steps and Q/A pairs lost their kinds, holdout137)
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
                or is_chrome(panel, shown=str(toggle["aria-expanded"]).lower() == "false"):
            continue
        # a toggle alone in its heading (Squarespace's 「<h4><button>问题？</button></h4>」 over its
        # panel): the heading is the question
        holder = toggle
        while holder.parent is not None and panel not in holder.parent.descendants \
                and (holder.parent.name in HEADINGS or holder.parent.get("role") == "heading") \
                and holder.parent.get_text(strip=True) == holder.get_text(strip=True):
            holder = holder.parent
        _make_details(soup, toggle, panel, holder)


def _in_item(tag: Tag, words: frozenset[str]) -> bool:
    """The tag is a part named by a bare word of `words` (「question」) of an accordion's or FAQ's item."""
    parent = tag.parent
    return (not words.isdisjoint(class_names(tag)) and isinstance(parent, Tag)
            and any(_ITEM.match(c) for c in class_names(parent)))


def _make_details(soup: BeautifulSoup, toggle: Tag, panel: Tag, holder: Tag | None = None) -> None:
    """`holder`: what the details replace, when the toggle stands in it alone (a heading)."""
    summary = soup.new_tag("summary")
    # the toggle's text, not the icon button inside it nor its arrow (Slab's 「<span class="ql-toggle-arrow">▸</span>」)
    inner = "".join(raw_text(child, SKIP_TAGS) for child in toggle.children
                    if not isinstance(child, Tag) or not _is_heading_glyph(child))
    if not clean(inner):
        # … unless the button is all the toggle says: Bootstrap 5's 「<h3 class="accordion-header"><button
        # class="accordion-button">问：…？</button></h3>」 (TYPO3's bootstrap_package, holdout90) lost every question
        inner = "".join(raw_text(child, _SKIP_BUT_BUTTONS) for child in toggle.children
                        if not isinstance(child, Tag) or not _is_heading_glyph(child))
    summary.string = clean(inner).replace("\n", " ")
    for attr in ("hidden", "aria-hidden"):     # a collapsed panel (Tilda's FAQ) is read open
        del panel[attr]
    details = soup.new_tag("details")
    (holder or toggle).replace_with(details)
    details.append(summary)
    details.append(panel.extract())


_SKIP_BUT_BUTTONS = SKIP_TAGS - {"button"}     # (`_make_details`: a toggle whose words are all its button's)


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
    in_cells = sum(len(c.get_text(strip=True)) for row in cells for c in row)
    return cells if in_cells == len(grid.get_text(strip=True)) else None


def _column_letters(count: int) -> list[str]:
    """A spreadsheet's first `count` column names: A … Z, AA, AB …

    >>> _column_letters(3), _column_letters(28)[-2:]
    (['A', 'B', 'C'], ['AA', 'AB'])
    """
    names = []
    for k in range(count):
        name, n = "", k + 1
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(ord("A") + rest) + name
        names.append(name)
    return names


def _sheet_labels(tags: list[Tag]) -> None:
    """A spreadsheet exported as a web page (Quip's spreadsheet in its HTML export, Google Sheets'
    「Web page」 download) keeps the grid's labels: a first row naming the columns A, B, C… under an
    empty corner cell, and a first cell numbering each row 1, 2, 3…. They are the sheet's
    coordinates, not its data: read as a table, 「| A | B | C」 was the header repeated on every piece
    and each row led with its number, while the sheet's own header row (运营商 | 活动名称…) was data
    row 1, so later pieces carried no column names. Both labels go, and the sheet's first row heads
    it. Only a table whose corner is empty, whose first row is exactly A, B, C… and whose every
    other row counts up from 1 in its first cell."""
    for table in [t for t in tags if t.name == "table" and not _gone(t)]:
        rows = [row for row in table_rows(table) if row.get_text(strip=True)]
        cells = [row.find_all(["td", "th"], recursive=False) for row in rows]
        if len(rows) < 3 or any(len(row) < 2 for row in cells):
            continue
        corner, *letters = [clean(cell.get_text()) for cell in cells[0]]
        numbers = [clean(row[0].get_text()) for row in cells[1:]]
        if corner or len(letters) < 2 or letters != _column_letters(len(letters)) \
                or numbers != [str(k) for k in range(1, len(numbers) + 1)]:
            continue
        rows[0].extract()       # (not decompose: the passes after this one hold its tags)
        for row in cells[1:]:
            row[0].extract()


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


_BADGE_NUMBER = re.compile(r"^(\d{1,3})\s*[.、．)）]$")


def _numbered_blocks(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A block editor's publish view that draws each numbered item as a block of its own: a number badge, then the
    item's text in a block (AppFlowy's 「div.numbered-list-block: span.number 1. + div.text-content」, holdout119).
    Read as a page, each number was a line of its own over its item's line, and the procedure plain text. Two or
    more such blocks side by side, numbered 1, 2, 3… (a badge holding nothing but its number and a mark), are one
    numbered list, each item the text after its badge."""
    done: set[int] = set()
    for tag in tags:
        if id(tag) in done or _gone(tag) or tag.parent is None or _badge_number(tag) != 1:
            continue
        run = [tag]
        following = tag.find_next_sibling()
        while following is not None and _badge_number(following) == len(run) + 1:
            run.append(following)
            following = following.find_next_sibling()
        done.update(map(id, run))
        if len(run) < 2:
            continue
        listed = soup.new_tag("ol")
        tag.insert_before(listed)
        for block in run:
            next(c for c in block.children if isinstance(c, Tag)).extract()     # the badge
            block.extract()
            block.name = "li"
            listed.append(block)


def _badge_number(block: Tag) -> int:
    """The number a block's badge draws before its text in a block of its own, else 0."""
    if block.name != "div":
        return 0
    children = [c for c in block.children if isinstance(c, Tag) or c.strip()]
    if len(children) < 2 or not all(isinstance(c, Tag) for c in children) \
            or children[0].name not in ("span", "div", "i", "em", "b", "strong") or children[1].name not in BLOCK_TAGS:
        return 0
    number = _BADGE_NUMBER.match(children[0].get_text(strip=True))
    return int(number.group(1)) if number and children[1].get_text(strip=True) else 0


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
_DISCUZ_OLD_POST = "t_msgfont"      # a post's text in the older (6/7) layout, its id not always 「postmessage_N」


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
    forum's replies are (`_forum_replies`). The older layout (Discuz! 6/7, still Discuss.com.hk's:
    table.t_msg posts, td.postauthor 「<cite>name</cite> 會員 帖子 1,024」, div.postinfo 「2# 發表於 …」,
    the text in .t_msgfont) is read alike: read as a page, each post's card and floor line were
    text, its lists flattened into table cells 「 / 」-joined, and the posts cut at the wrong places."""
    postlist = next((t for t in tags if t.attrs and t.attrs.get("id") == "postlist"), None)   # bs4's find(id=) walks slower
    bodies = (postlist.find_all("td", id=_DISCUZ_POST) or postlist.find_all(class_=_DISCUZ_OLD_POST)
              if postlist is not None else [])
    if not bodies:
        return
    subject = postlist.find(id="thread_subject") or soup.find(id="thread_subject") or postlist.find("h1")   # 6/7: a bare <h1>
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
# … and the components showing a one-line field's value: a name, a number, a date (Experience Cloud's
# 「Last Published Date」 in a uiOutputDateTime), a link; not the summary's text area nor the rich text
_ONE_LINE_FIELDS = frozenset({"uiOutputText", "uiOutputDateTime", "uiOutputDate", "uiOutputNumber", "uiOutputURL",
                              "uiOutputEmail", "uiOutputPhone", "uiOutputCheckbox"})


def _record_layout(tags: list[Tag]) -> None:
    """The labels of a record page are its layout, not the article's headings and text, and so are
    its one-line fields (URL name, article number, the date it was last published): the summary and
    the answer are what is left, under the article's title."""
    for tag in tags:
        if _gone(tag) or not tag.get("class"):
            continue
        classes = tag["class"]
        if not _LAYOUT_LABELS.isdisjoint(classes) \
                or (not _ONE_LINE_FIELDS.isdisjoint(classes) and tag.find_parent(class_="slds-form-element") is not None):
            tag.decompose()


def _field_lists(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A reStructuredText field list (docutils' and Sphinx's `dl.field-list`: 「:适用于: Kcell…」 under
    a page's title) is a record of named values, each read 「适用于：Kcell / Activ…」: as a definition
    list, the name stood alone on a line over its value (holdout42's Sphinx page). A value of
    several blocks (a list) keeps them under its named first line."""
    for dl in tags:
        if dl.name != "dl" or "field-list" not in dl.get("class", ()) or dl.parent is None or _gone(dl):
            continue
        for term in dl.find_all("dt", recursive=False):
            value = term.find_next_sibling()
            name = clean(raw_text(term)).replace("\n", " ").rstrip(" :：")
            if not name or not isinstance(value, Tag) or value.name != "dd":
                continue
            line = soup.new_tag("p")
            line.append(NavigableString(f"{name}："))
            first = value.find(True, recursive=False)
            if first is not None and first.name == "p":
                line.extend(list(first.contents))
                first.extract()
            elif first is None:
                line.extend(list(value.contents))
            term.replace_with(line)
            value.name = "div"
        dl.name = "div"


_NOTE_LISTS = frozenset({"references", "footnotes", "footnotes-list"})
_WORD_PROCESSOR_NOTE = re.compile(r"^(?:sd(?:foot|end)note|ftn|edn)\d+$")     # LibreOffice's, Word's


def _notes(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Footnotes under the text are a part of their own (注释), as Markdown's are, not the end of
    the last answer: Asciidoctor's #footnotes, LibreOffice's and Word's numbered note divs, Pandoc's
    `section#footnotes` under its own heading (Quarto's 「脚注」).  A wiki's numbered references
    (MediaWiki's <ol class="references">) are sources, and numbered footnotes notes: not steps; a references
    list the page's writer put under no heading of its own (MediaWiki's `div.mw-references-wrap` right after the
    last section's text, holdout106's Miraheze page) is that part too, not the end of the last section."""
    first = True
    for tag in tags:
        if _gone(tag):
            continue
        classes = tag.get("class", ())
        if tag.name == "ol" and not _NOTE_LISTS.isdisjoint(classes):
            tag.name = "ul"
        elif "mw-references-wrap" in classes and tag.get_text(strip=True):
            if _text_since_heading(tag):
                tag.insert_before(_notes_heading(soup))
        elif tag.get("id") == "footnotes" or "footnotes" in classes:
            if tag.find(list(HEADINGS)) is None and tag.get_text(strip=True):
                tag.insert(0, _notes_heading(soup))
            for notes in tag.find_all("ol"):
                notes.name = "ul"   # Pandoc's numbered notes (Quarto's 「脚注」): notes, not steps
        elif first and tag.name == "div" and _WORD_PROCESSOR_NOTE.match(str(tag.get("id", ""))):
            first = False           # the notes follow one another: one heading above the first
            tag.insert_before(_notes_heading(soup))


def _notes_heading(soup: BeautifulSoup) -> Tag:
    """A new <h2> 「注释」 (`render.FOOTNOTES_TITLE`) over notes their page put under no heading of their own, as
    Markdown's footnotes are titled."""
    heading = soup.new_tag("h2")
    heading.string = FOOTNOTES_TITLE
    return heading


def _wiki_subpage_title(soup: BeautifulSoup) -> None:
    """A MediaWiki subpage (a Wikibooks chapter, 「Book/Chapter」) is titled by its h1 with its parents' path, the
    parents linked in `span.subpages` under it (「< Book」, 「< Book | Part」): holdout181's chapter was titled
    「哈薩克斯坦行動通訊指南/語音輸入與聽寫」, the book's name over every chapter's first part. The h1 loses the path its
    parents' links spell (a link's text is its page's whole name, or the part after its parent's), keeping the
    page's own name 「語音輸入與聽寫」; an h1 that does not begin with that path is left as it is."""
    heading = soup.find("h1", id="firstHeading") or soup.find("h1", class_="firstHeading")
    crumbs = soup.find("span", class_="subpages")
    if not isinstance(heading, Tag) or not isinstance(crumbs, Tag):
        return
    path = ""
    for link in crumbs.find_all("a"):
        name = one_line(link)
        if name:
            path = (name if path and name.startswith(path) else path + name) + "/"
    title = one_line(heading)
    if path and title.startswith(path) and title[len(path):].strip():
        heading.clear()
        heading.string = title[len(path):].strip()


def _message_boxes(tags: list[Tag]) -> None:
    """A MediaWiki message box (the ambox / tmbox / ombox… templates: a one-row `table` of an icon cell
    `td.mbox-image` and the notice's `td.mbox-text`) is its notice, a paragraph of the page: read as a table, its
    row opened the first part with the icon and a cell bar before the notice's words."""
    for cell in [t for t in tags if t.name == "td" and "mbox-text" in t.get("class", ())]:
        box = cell.find_parent("table")
        if _gone(cell) or box is None or len(box.find_all("tr")) != 1:
            continue
        cell.name = "div"
        cell.attrs = {}
        box.replace_with(cell.extract())


def _text_since_heading(tag: Tag) -> bool:
    """Whether text lies between `tag` and the heading before it (a section's text: `tag` is under no heading of
    its own), wrappers around either aside (Wikipedia's `div.reflist` around the references)."""
    heading = tag.find_previous(list(HEADINGS))
    for node in heading.next_elements if heading is not None else ():
        if node is tag:
            return False
        if isinstance(node, NavigableString) and not isinstance(node, Comment) and node.strip() \
                and not inside(node, heading):
            return True
    return heading is None


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
        _resumed_list(tag)


RESUME_GAP = 3      # paragraphs a numbered list may be interrupted by and go on counting after


def _resumed_list(ol: Tag) -> None:
    """A numbered list interrupted by a paragraph or two and resumed where it stopped (Google
    Docs, Word, Markdown: 「4. …」, a 「留意：…」 paragraph, then <ol start="5">) is one
    procedure: the later list's start says it goes on counting. The paragraphs between are
    a note on the step above them, and go in it. Only an explicit start that continues the count:
    a list starting again at 1, or at any other number, is a list of its own."""
    while True:
        items = ol.find_all("li", recursive=False)
        between, node = [], ol.find_next_sibling()
        while node is not None and node.name == "p" and len(between) < RESUME_GAP \
                and node.find(BLOCK_TAGS) is None:
            between.append(node)
            node = node.find_next_sibling()
        if not items or not between or node is None or node.name != "ol" or _gone(node) \
                or not node.has_attr("start") or _start(node) != _start(ol) + len(items):
            return
        for paragraph in between:
            items[-1].append(paragraph.extract())
        for item in node.find_all("li", recursive=False):
            ol.append(item.extract())
        node.decompose()


# ---- Yuque (语雀) --------------------------------------------------------------------------
# A Yuque document as the browser saves it draws its text ("lake") with custom elements that no
# HTML reader knows: <ne-p>, <ne-h2>, list items <ne-oli>/<ne-uli> whose number or bullet is a
# span.ne-list-symbol, callouts <ne-alert>, tables wrapped in <ne-table-hole>, cards <ne-card>.
_LAKE_HEADINGS = {f"ne-h{n}": f"h{n}" for n in range(1, 7)}
_LAKE_BLOCKS = {"ne-p": "p", "ne-quote": "blockquote", "ne-alert-hole": "div", "ne-alert-wrap": "div",
                "ne-alert": "div", "ne-hole": "div", "ne-table-hole": "div", "ne-table-box": "div",
                "ne-table-inner-wrap": "div", "ne-table-wrap": "div", "ne-table": "div", "ne-td-content": "div",
                "ne-code": "code"}
_LAKE_ITEMS = {"ne-oli": "ol", "ne-uli": "ul", "ne-tli": "ul"}      # numbered, bulleted, task items
_LAKE_TAGS = frozenset({*_LAKE_HEADINGS, *_LAKE_BLOCKS, *_LAKE_ITEMS, "ne-text", "ne-card", "ne-ol", "ne-ul"})


def _yuque_lake(soup: BeautifulSoup) -> None:
    """A Yuque document (its lake elements, which no other page writes) read as Yuque shows it.

    Read as unknown inline tags, the whole document was one run of text: <ne-h3> headings were
    glued to the sentence before them, paragraphs and callouts ran into each other, a list's
    number in its ne-list-symbol was glued to its text (「1用到额度的 80%…」), bullets kept their
    「●」, and no numbered list was a procedure. Headings are headings, <ne-p> paragraphs, callouts
    boxes of the text (Yuque shows no label on them), items the lists they are drawn as, and the
    lake body is the article: the reader's title heads it, and what Yuque sets around it (the
    like box, read count, 上一篇 / 下一篇, comments) is furniture."""
    # most pages have no lake element: a plain walk finds that out faster than a search by name
    if not any(type(node) is Tag and node.name in _LAKE_TAGS for node in soup.descendants):
        return
    lake = [tag for tag in soup.find_all(_LAKE_TAGS)]
    for tag in soup.find_all(["ne-heading-ext", "ne-card"]) + soup.find_all(attrs={"ne-filler": True}):
        if tag.name == "ne-card":
            _lake_card(soup, tag)
        else:
            tag.decompose()         # a heading's anchor and fold toggle; the <br> filling an empty block
    for tag in lake:
        if _gone(tag) or tag.parent is None:
            continue
        if tag.name in _LAKE_HEADINGS:
            tag.name = _LAKE_HEADINGS[tag.name]
        elif tag.name in _LAKE_BLOCKS:
            tag.name = _LAKE_BLOCKS[tag.name]
        elif tag.name == "ne-text":         # newer lake: the run's style as attributes
            tag.name = "code" if tag.get("ne-code") == "true" else "b" if tag.get("ne-bold") == "true" \
                else "em" if tag.get("ne-italic") == "true" else "span"
        elif tag.name in ("ne-ol", "ne-ul"):
            tag.unwrap()            # a wrapper of items: the items make the lists (`_lake_lists`)
    _lake_lists(soup, [tag for tag in lake if tag.name in _LAKE_ITEMS and not _gone(tag)])
    body = soup.find(class_="ne-viewer-body")
    if body is not None and soup.find("article") is None:
        body.name = "article"
        title = body.find_previous("h1")
        if title is not None and title.parent is not None \
                and any(box is not None and box in body.parents for box in (title.parent, title.parent.parent)):
            body.insert(0, title.extract())


def _lake_card(soup: BeautifulSoup, card: Tag) -> None:
    """A lake card: a rule, a code block (CodeMirror's lines), a picture (nothing to read), or
    other content shown as it is."""
    name = str(card.get("data-card-name", ""))
    if name == "hr":
        card.replace_with(soup.new_tag("hr"))
    elif name == "codeblock":
        lines = card.find_all(class_="cm-line")
        pre = soup.new_tag("pre")
        pre.string = "\n".join(line.get_text() for line in lines) if lines else card.get_text()
        card.replace_with(pre)
    elif name in ("image", "imageGallery", "board", "diagram"):
        card.decompose()
    else:
        card.name = "div"


def _lake_level(item: Tag) -> int:
    symbol = item.find(class_="ne-list-symbol")
    for holder in (item, symbol):
        level = str(holder.get("ne-level", "")) if holder is not None else ""
        if level.isdigit():
            return int(level)
    return 0


def _lake_lists(soup: BeautifulSoup, items: list[Tag]) -> None:
    """Yuque writes each list item as a block of its own, its depth in 「ne-level」 and its number
    drawn in its ne-list-symbol: consecutive items are one list (an item one level deeper goes in
    a list under the item before it), its first number its start (a list resumed after a
    paragraph goes on counting), and the drawn symbols go."""
    placed: set[int] = set()
    for first in items:
        if id(first) in placed:
            continue
        run, node = [first], first.next_sibling
        while node is not None:
            if isinstance(node, Tag) and node.name in _LAKE_ITEMS:
                run.append(node)
            elif isinstance(node, Tag) or node.strip():
                break
            node = node.next_sibling
        placed.update(id(item) for item in run)
        stack: list[tuple[int, Tag, Tag]] = []      # (level, list, its last item) of the open lists
        for item in run:
            level, kind = _lake_level(item), _LAKE_ITEMS[item.name]
            symbol = item.find(class_="ne-list-symbol")
            number = symbol.get_text(strip=True) if symbol is not None else ""
            li = soup.new_tag("li")
            content = item.find(f"{item.name}-c")
            for child in list((content or item).children):
                li.append(child.extract())
            for marker in li.find_all(f"{item.name}-i"):
                marker.decompose()
            while stack and (stack[-1][0] > level or (stack[-1][0] == level and stack[-1][1].name != kind)):
                stack.pop()
            if stack and stack[-1][0] == level:
                stack[-1][1].append(li)
                stack[-1] = (level, stack[-1][1], li)
            else:
                new = soup.new_tag(kind)
                if kind == "ol" and number.isdigit() and number != "1":
                    new["start"] = number
                if stack:
                    stack[-1][2].append(new)
                else:
                    item.insert_before(new)
                new.append(li)
                stack.append((level, new, li))
            item.decompose()


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


_EN_TODO = re.compile(r"--en-todo\s*:\s*true", re.IGNORECASE)
_EN_CHECKED = re.compile(r"--en-checked\s*:\s*(true|false)", re.IGNORECASE)
_CHECKED = {"true": "[x] ", "checked": "[x] ", "false": "[ ] ", "unchecked": "[ ] "}
_QL_CHECKLIST = {"ql-checklist-checked": "checked", "ql-checklist-unchecked": "unchecked"}


def _quill_checklists(tags: list[Tag]) -> None:
    """The Quill editor writes a checklist as lists whose state is an attribute — Quill 1 (Shimo) a
    `<ul data-checked="true|false">` per run of items, Quill 2 an item's `data-list="checked|unchecked"`
    — or its item's class (ClickUp's docs: `li.ql-checklist-checked` / `ql-checklist-unchecked`) —, and so does
    Evernote's HTML export (`<ul style="--en-todo:true">` of `<li style="--en-checked:true|false">`),
    and so does Tiptap's task list (Docmost's and other Tiptap editors' `<ul data-type="taskList">` of
    `<li data-type="taskItem" data-checked="true|false">`, each an empty `<label>` of its checkbox before
    the `<div>` of its line, holdout111), drawing the tick from it: each item leads with 「[x] 」 or 「[ ] 」,
    as a checklist typed in text does (read as plain lines, what was done and what was not was lost)."""
    for tag in tags:
        if _gone(tag) or tag.name != "li":
            continue
        state = str(tag.get("data-list", "")).lower()
        if state not in ("checked", "unchecked"):
            state = next((_QL_CHECKLIST[c] for c in tag.get("class", ()) if c in _QL_CHECKLIST), state)
        if state not in ("checked", "unchecked") and tag.get("data-type") == "taskItem":
            state = str(tag.get("data-checked", "")).lower()
        elif state not in ("checked", "unchecked") and tag.parent is not None and tag.parent.name == "ul":
            state = str(tag.parent.get("data-checked", "")).lower()
            if _EN_TODO.search(str(tag.parent.get("style", ""))):
                found = _EN_CHECKED.search(str(tag.get("style", "")))
                state = found.group(1).lower() if found else "false"
        if state in _CHECKED:
            first = tag
            # (Tiptap's empty <label> of the checkbox before the line is no lead)
            while (lead := next((c for c in first.contents if c.get_text().strip()), None)) is not None \
                    and isinstance(lead, Tag) and lead.name in ("div", "p"):
                first = lead        # Evernote's item holds its line in a <div>: the tick leads that line
            first.insert(0, _CHECKED[state])


def _shimo_comments(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Shimo (石墨文档) keeps a document's comments in a panel beside its Quill editor (`div.ql-shimo`),
    each thread anchored to a block of the text (`data-anchor`: a heading's id, a table's
    `data-table-id`). Dropped with the panel, the facts they add were lost (「Freedom 的月费 3 月起从 250
    涨到 290 了」): each comment that says more than thanks is a line 「评论：…」 under what it is anchored
    to — after a table or a block, at the end of a heading's part. Names, times and the input go."""
    if not any(tag.name == "div" and "ql-shimo" in tag.get("class", ()) for tag in tags):
        return
    for thread in [tag for tag in tags if not _gone(tag) and "comment-thread" in tag.get("class", ())
                   and tag.get("data-anchor")]:
        anchor = str(thread["data-anchor"])
        target = soup.find(attrs={"data-table-id": anchor}) or soup.find(id=anchor)
        if not isinstance(target, Tag) or target.find_parent(class_="ql-editor") is None:
            continue
        notes = []
        for content in thread.find_all(class_="comment-content"):
            text = " ".join(content.get_text(" ").split())
            if text and not says_nothing([text]):
                note = soup.new_tag("p")
                note.string = f"评论：{text}"
                notes.append(note)
        if not notes:
            continue
        after = target
        if target.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = int(target.name[1])
            for sibling in target.find_next_siblings(True):
                if sibling.name in ("h1", "h2", "h3", "h4", "h5", "h6") and int(sibling.name[1]) <= level:
                    break
                after = sibling
        for note in reversed(notes):
            after.insert_after(note)


def _only_toggle(item: Tag) -> bool:
    """A list item that is one <details> and nothing else (but empty dividers: Squarespace's)."""
    children = [c for c in item.find_all(True, recursive=False) if c.name == "details" or c.get_text(strip=True)]
    return len(children) == 1 and children[0].name == "details" \
        and item.get_text("", strip=True) == children[0].get_text("", strip=True)


def _start(ol: Tag) -> int:
    """The number an ordered list starts at (its start attribute; 1 when absent or not a number)."""
    start = str(ol.get("start", "")).strip()
    return int(start) if start.isdigit() else 1


_LISTING = frozenset({"listingblock", "literalblock"})     # Asciidoctor's code and literal blocks
_LEADS_INTO = re.compile(r"[。！？!?：:；;]$")


def _asciidoc_blocks(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Asciidoctor lays a note out as a table: an icon cell (its kind in a title) beside the text.
    It is a callout, text of its section, not a table row 「| 黑名单是按号码拦截…」: led by its
    caption when the writer named it (「:note-caption: 注意」), not by Asciidoctor's own 「Note」. A code
    block's title leads into its code. The title in #header titles the page, footnotes are a part of
    their own (注释), a question-and-answer list is questions and answers."""
    for icon in [t for t in tags if t.name == "td" and not _gone(t) and "icon" in t.get("class", ())]:
        table, content = icon.find_parent("table"), icon.find_next_sibling("td")
        if _gone(icon) or table is None or content is None or table.find_parent(class_="admonitionblock") is None:
            continue
        kind = next((str(t.get("title")) for t in icon.find_all(True) if t.get("title")), "") or clean(icon.get_text())
        callout = soup.new_tag("div")
        if kind and not is_kind_name(kind):     # Asciidoctor's own 「Note」 titles nothing (`_callout_kind_titles`)
            label = soup.new_tag("p")
            label.string = f"{kind}："
            callout.append(label)
        for child in list(content.children):
            callout.append(child.extract())
        table.replace_with(callout)
    # a code block's title (「.Kcell 的确认短信」 over a listing) names what the code is: it leads into it as a
    # lead-in line does (「Kcell 的确认短信：」), so that the lines under it read as the message it names
    for title in [t for t in tags if t.name == "div" and not _gone(t) and "title" in t.get("class", ())]:
        block = title.parent
        if block is not None and not _LISTING.isdisjoint(block.get("class", ())) and block.find("pre") is not None:
            text = clean(title.get_text()).replace("\n", " ")
            if text and not _LEADS_INTO.search(text):
                title.string = f"{text}："
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


# the spaces Word sets between a list item's marker and its text: 「<span style='font:7.0pt "Times New Roman"'>」
_WORD_MARKER_SPACER = re.compile(r'^font:7\.0pt"?timesnewroman"?;?$')
WORD_MARKER_MAX = 4         # 「l」, 「·」, 「1.」, 「12.」, 「(a)」


def _word_list_markers(tags: list[Tag]) -> None:
    """Word writes a list item's marker as text in a span styled mso-list:Ignore: a number
    (「1.」) says which step it is and stays, a bullet (Wingdings' 「l」, Symbol's 「·」) goes.
    Saved as 「Web Page, Filtered」, the style is gone; the marker is then the span holding
    Word's spacer (its 7pt Times New Roman spaces) at the start of a paragraph (the 「l」 led
    every bullet line of holdout45's document)."""
    markers = [t for t in tags if t.name == "span" and not _gone(t)
               and "mso-list:ignore" in str(t.get("style", "")).lower().replace(" ", "")]
    markers += [t.parent for t in tags if t.name == "span" and not _gone(t) and isinstance(t.parent, Tag)
                and t.parent.name == "span" and t.parent not in markers
                and _WORD_MARKER_SPACER.match(str(t.get("style", "")).lower().replace(" ", "").replace("'", '"'))
                and not t.get_text().replace("\xa0", " ").strip() and _leads_paragraph(t.parent)]
    for marker in markers:
        if _gone(marker) or marker.parent is None:
            continue
        number = marker.get_text().replace("\xa0", " ").strip()
        if _LIST_NUMBER.match(number):
            marker.replace_with(number + " ")
        elif len(number) <= WORD_MARKER_MAX:
            marker.decompose()


def _leads_paragraph(span: Tag) -> bool:
    """The span opens its paragraph: no text before it there."""
    paragraph = span.find_parent("p")
    if paragraph is None:
        return False
    before = []
    for node in paragraph.descendants:
        if node is span:
            return not "".join(before).replace("\xa0", " ").strip()
        if isinstance(node, NavigableString):
            before.append(str(node))
    return False


_CENTRED = "f_center"      # NetEase's (163.com) centred paragraph: a picture, and its caption under it
CAPTION_MAX = 120


def _centred_captions(tags: list[Tag]) -> None:
    """NetEase sets a picture in a centred paragraph and its caption in the next one
    (「<p class="f_center"><img></p><p class="f_center">一部老款安卓手机…提示（资料图）</p>」): that one is
    the picture's caption (a passage of its own, as a `<figcaption>` is), not a line of the text."""
    for picture in tags:
        if picture.name != "p" or _CENTRED not in picture.get("class", ()) or _gone(picture) \
                or picture.find("img") is None or picture.get_text(strip=True):
            continue
        caption = picture.find_next_sibling(True)
        if caption is not None and caption.name == "p" and _CENTRED in caption.get("class", ()) \
                and caption.find("img") is None and 0 < len(caption.get_text(strip=True)) <= CAPTION_MAX:
            caption.name = "figcaption"


_PICTURE_WORDS = frozenset({"image", "img", "pic", "picture", "photo"})


def _class_captions(tags: list[Tag]) -> None:
    """A picture's caption a site marks by class alone (Baijiahao's 「span.bjh-image-caption」 in a
    paragraph of its own, Toutiao's 「p.pgc-img-caption」, Jianshu's and Douban's 「div.image-caption」) is
    the picture's caption, as a `<figcaption>` is: a passage of its own (`fragment`'s caption rule),
    not a line of the text around it — glued to it, Baijiahao's 「倒计时结束后，「给我打电话」才能点」 closed
    a list of causes it has nothing to do with. Only a short line whose class names a caption of a
    picture (a table's caption, a header's 「caption」 are others), holding no block."""
    for tag in tags:
        if _gone(tag) or "caption" not in " ".join(tag.get("class", ())).lower():
            continue        # (most tags: nothing more is looked at)
        if tag.parent is None or tag.name == "figcaption" or tag.find_parent("figcaption") is not None:
            continue
        words = _class_words(tag)
        if "caption" not in words or _PICTURE_WORDS.isdisjoint(words) or tag.find(BLOCK_TAGS) is not None:
            continue
        text = clean(tag.get_text())
        if not 0 < len(text) <= CAPTION_MAX or "\n" in text:
            continue
        holder = tag        # the paragraph that holds nothing but the caption (Baijiahao's 「<p><span>」)
        while holder.parent is not None and holder.parent.name in ("p", "span", "div") \
                and clean(holder.parent.get_text()) == text:
            holder = holder.parent
        holder.name = "figcaption"


# (a glyph may carry the variation selector asking for its text or emoji form: Pandoc's back-link 「↩︎」)
_NOTE_MARKER = re.compile(r"^[\[(（]?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,4}|\*)[\])）]?$|^[↩↑^¶§#🔗][\ufe0e\ufe0f]?$",
                          re.IGNORECASE)
_TOC_LABELS = frozenset({"目录", "目錄", "本文目录", "本文目錄", "本文内容", "本文內容", "本页内容", "本頁內容",
                         "contents", "table of contents", "on this page", "in this article"})


def _drop_page_anchors(tags: list[Tag]) -> None:
    """Links within the page are no text: a table of contents (lines that are nothing but such
    links, and its 「目录」 label), note markers (「[1]」「[a]」「↩」), a heading's own anchor
    (Sphinx's 「¶」) and Google Docs' comment threads under the document. A collapsible holding
    nothing but such a list (Just the Docs' open 「Table of contents」 <details>, whatever its
    summary says) goes whole: its summary stayed, a line of text closing the introduction."""
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
    emptied: list[Tag] = []
    for line in lines.values():
        if _gone(line) or line.parent is None:
            continue
        links = line.find_all("a", href=True)
        if all(str(a["href"]).startswith("#") for a in links) \
                and "".join("".join(a.get_text().split()) for a in links) == "".join(line.get_text().split()):
            label = line.find_previous_sibling(["p", "h2", "h3", "h4", "div"])
            if label is not None and clean(label.get_text()).lower().strip(" ：:") in _TOC_LABELS:
                label.decompose()
            if line.parent.name in ("ol", "ul"):
                emptied.append(line.parent)
            line.decompose()
    for holder in (t.find_parent("details") for t in emptied if not _gone(t)):
        if holder is not None and not _gone(holder) and not "".join(
                s for s in holder.find_all(string=True) if s.find_parent("summary") is None).strip():
            holder.decompose()      # a table of contents folded under its summary


# a link to the page's source in its repository's web editor (GitHub's and Gitee's 「…/edit/main/docs/a.mdx」, GitLab's
# 「…/-/edit/…」, Bitbucket's 「?mode=edit」), and the words such a link says: 「Edit page」「Edit this page on GitHub」「编辑此页」
_EDIT_ADDRESS = re.compile(r"^https?://[^?#]+/(?:-/)?edit/|[?&]mode=edit\b", re.IGNORECASE)
_EDIT_LABEL = re.compile(r"^(?:edit(?: this)?(?: page)?(?: on \w+)?|improve this page|suggest an edit"
                         r"|(?:在 ?\w+ ?上)?(?:编辑|編輯)(?:此页|此頁|本页|本頁|页面|頁面|文档|文檔)?"
                         r"|редактировать(?: страницу)?)$", re.IGNORECASE)
EDIT_LABEL_MAX = 40


def _drop_edit_links(tags: list[Tag]) -> None:
    """A documentation site's 「Edit page」 link to the page's source in its repository is no text of the page. Most
    generators name its box (Doks' 「edit-page」, Retype's, Docusaurus's), but Docz draws it with hashed emotion classes
    (「css-1cp4aqe」) above the page's <h1>, where it opened the first fragment (holdout105). A link is one when both its
    address is a repository's web editor and its words only say to edit the page."""
    for link in tags:
        if link.name != "a" or _gone(link) or link.parent is None:
            continue
        said = " ".join(link.get_text(" ").split())
        if len(said) <= EDIT_LABEL_MAX and _EDIT_LABEL.match(said) \
                and _EDIT_ADDRESS.search(str(link.get("href", ""))):
            link.decompose()


# what a by-line's parts are named after: when, who, how often read (「article__date」「article__author」「article__views」)
_BYLINE_PARTS = frozenset({"date", "time", "datetime", "published", "pubdate", "author", "views", "view", "hits",
                           # 少数派's a.nickname, span.timer, span.read 「阅读 3.2k」; 36氪's span.label, the channel 「出海」
                           "nickname", "timer", "read", "label"})
_BYLINE_WHEN = frozenset({"date", "time", "datetime", "published", "pubdate", "timer"})


def _classed_bylines(tags: list[Tag]) -> None:
    """A by-line laid out as spans each named for what it holds (Zakon.kz's div.article__info: 「24 ноября 2026, 09:15」
    in span.article__date, 「Автор: …」 in span.article__author, 「👁 4 812」 in span.article__views) is no text. Its
    box's own name says nothing (「info」 names an info box too), the author's span went by its name and the date
    and view count stayed, the first line of the article's first fragment (holdout131). 少数派's div.article-info
    (a.nickname 「… 作者」, span.timer, span.read 「阅读 3.2k」) and 36氪's div.article-title-icon (a.author,
    span.time, span.label 「出海」) were such lines, glued (「2026-11-22 09:30 · 出海」, holdout185). A box is one when it
    holds two parts or more, inline, every one named for a by-line's part, one of them for when, and no other
    text."""
    for box in tags:
        if box.name not in ("div", "p") or _gone(box):
            continue
        parts = box.find_all(True, recursive=False)
        if len(parts) < 2 or any(part.name not in ("span", "a", "time") for part in parts) \
                or _loose_text(box):
            continue
        named = [_class_words(part) for part in parts]
        if all(words & _BYLINE_PARTS for words in named) and any(words & _BYLINE_WHEN for words in named):
            box.decompose()


def _loose_text(box: Tag) -> bool:
    """Whether `box` holds text of its own between its elements, more than the separators (「·」, 「|」, 「/」) a
    row of labelled parts is drawn with: a sentence, not a by-line's or a card's row of parts."""
    return any(isinstance(node, NavigableString) and node.strip(" \t\n·•|/,") for node in box.children)


# a news item's or a campaign update's card (Kickstarter's article.update, Indiegogo's div.updateItem, GoFundMe's
# div.update, Planeta.ru's div.news-item), by its class words
_UPDATE_CARDS = frozenset({"update", "news"})
# a date alone: 「Nov 18, 2026」, 「November 20, 2026」, 「19 ноября 2026」, 「2026-11-19」, 「2026年11月19日」
_DATE_ALONE = re.compile(rf"^(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:[A-Z][a-z]{{2,8}}|{RUSSIAN_MONTH}) \d{{4}}"
                         r"(?: г\.)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)$", re.IGNORECASE)


def _dated_updates(tags: list[Tag]) -> None:
    """The date line of a project's news item or update (a crowdfunding campaign's 「Updates」: Kickstarter's
    p.date 「Nov 18, 2026」 under the update's h3, Planeta.ru's div.news-item_date 「19 ноября 2026」 over it) is no
    text: it was the first line of each update's passage, and Planeta's, set before the item's heading, was the
    whole text of the 「Новости проекта」 part, away from its item (holdout168). An element is one when it is
    named for when (`_BYLINE_WHEN`), says a date and nothing else, and sits in a card named for an update or
    news item that holds more (its heading, its text): an event's date line (「event-date」) stays."""
    for tag in tags:
        if _gone(tag) or tag.name not in ("p", "span", "div", "time") or not _class_words(tag) & _BYLINE_WHEN:
            continue
        card = tag.parent
        if not isinstance(card, Tag) or not _class_words(card) & _UPDATE_CARDS \
                or not _DATE_ALONE.match(" ".join(tag.get_text(" ").split())):
            continue
        if any(other is not tag and (other.name in HEADINGS or other.name == "p") for other in card.find_all(True, recursive=False)):
            tag.decompose()


# what a channel's or profile's audience count is named after (「article-channel-info__subscribers-2a」)
_AUDIENCE_PARTS = frozenset({"subscribers", "followers"})
CHANNEL_CARD_MAX = 80       # the characters of a channel card's name and count together


def _channel_cards(tags: list[Tag]) -> None:
    """A channel's card over an article (Dzen's div.article-channel-info__block: the channel's name link, its
    「12,4 тыс. подписчиков」 in a span named for subscribers, the Подписаться button) is no text: set inside the
    article, above its title, it opened the first fragment as 「Записки из Шахтинска12,4 тыс. подписчиков」
    (holdout160). A box is one when its parts are a few inline ones or buttons, one named for the audience
    count, no other text and short."""
    for box in tags:
        if box.name not in ("div", "p") or _gone(box):
            continue
        parts = box.find_all(True, recursive=False)
        if not 2 <= len(parts) <= 4 or any(part.name not in ("span", "a", "div", "button") for part in parts) \
                or _loose_text(box):
            continue
        if any(not _AUDIENCE_PARTS.isdisjoint(_class_words(part)) for part in parts) \
                and box.find(list(HEADINGS)) is None and len(box.get_text(strip=True)) <= CHANNEL_CARD_MAX:
            box.decompose()


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


_LINE_NUMBER = re.compile(r"\d{1,5}")


def _drop_gutters(tags: list[Tag]) -> None:
    """A code block's line numbers in a cell beside the code (a highlighter's table: Hexo's
    figure.highlight, Rouge, Pygments) go whatever the cell's class: lines that only count 1, 2,
    3… (or from any number on) beside a cell holding a <pre>. The class rules (「gutter」, 「linenos」)
    know the common highlighters; a theme of its own names the column anything, and its numbers
    were read as a line of text (or the code table as a data table of 「1 / 2 / 3 | …」)."""
    for cell in [t for t in tags if t.name == "td" and t.find("pre") is not None]:
        if _gone(cell):
            continue
        numbers = code_text(cell.pre).split()
        if len(numbers) < 2 or not all(_LINE_NUMBER.fullmatch(n) for n in numbers) \
                or [int(n) - int(numbers[0]) for n in numbers] != list(range(len(numbers))) \
                or "".join(cell.get_text().split()) != "".join(numbers):
            continue
        if any(other.find("pre") is not None for other in cell.find_next_siblings("td")):
            cell.extract()


_STEP_MARK = re.compile(r"^\s*(?:第\s*[\d一二三四五六七八九十]+\s*步|步骤\s*[\d一二三四五六七八九十]+|step\s*\d+)\s*[:：.、．]?\s*",
                        re.IGNORECASE)


def _label_tab_panels(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Tabs (「Kcell | Beeline | Tele2」 over one panel each, the others hidden): each panel is
    content, a part under the heading above titled by it and its tab's label (「设置自动充值（Beeline）」),
    so the procedure in it says whose it is; the row of labels goes."""
    for tablist in [t for t in tags if t.get("role") == "tablist"]:
        tabs = tablist.find_all(attrs={"role": "tab"})
        panels = tablist.find_all_next(attrs={"role": "tabpanel"}, limit=len(tabs)) or _unmarked_panels(tablist, tabs)
        if len(panels) == 1 < len(tabs):
            # one panel holding a block for each tab (ReadMe's code tabs: one `.CodeTabs-inner` of a `<pre>`
            # each, the one shown chosen by script): each block is its tab's
            blocks = panels[0].find_all(True, recursive=False)
            if len(blocks) == len(tabs) and len({block.name for block in blocks}) == 1:
                panels = blocks
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
                if panel.name == "pre":
                    panel.insert_before(lead)       # a heading inside a code block would be its text
                else:
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
            if is_chrome(parent):
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


def _find_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: <main>, role=main or <article> when the page has one.

    Without them, the nearest container of the H1 that holds most of the page's text:
    hand-made pages put notice bars, side columns and copyright lines beside it, under
    class names no list foresees.
    """
    body = soup.body or soup
    for candidate in (soup.find("main"), soup.find(attrs={"role": "main"}), _articles(soup)):
        if isinstance(candidate, Tag) and not _main_misplaced(candidate, body):
            _title_box_before(candidate, body)
            return _sole_article(candidate) or candidate
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


def _title_box_before(main: Tag, body: Tag) -> None:
    """A <main> without a title, the page's one <h1> in a box just before it: the box is the page's header card,
    and opens the main part. Zomato sets a restaurant's name, cuisines, address and opening hours in
    `section.sc-res-header` before its `<main>` of sections (holdout176): outside the root, all of it went and the
    first part was 「About this place」. Only the box that stands beside the <main> (their parent the same), follows
    no other text there and holds more than the title: a site's header is chrome by its tag or class, gone by now,
    and a box holding the title alone (Drupal's page-title block) already titles the page."""
    if main.name != "main" or main.find("h1") is not None or len(body.find_all("h1")) != 1:
        return
    title = body.find("h1")
    box = next((box for box in [title, *title.parents] if box.parent is main.parent), None)
    if box is None or box is title or box not in main.find_previous_siblings():
        return
    if "".join(box.get_text().split()) == "".join(title.get_text().split()):
        return      # the title alone (Drupal's Olivero sets its page-title block before <main>): the page's title
    if any(sibling.get_text(strip=True) for sibling in box.find_previous_siblings()):
        return
    main.insert(0, box.extract())


MISPLACED_MAIN_SHARE = 0.2   # a role=main holding less of the text, the title outside it, is mislabelled


def _main_misplaced(candidate: Tag, body: Tag) -> bool:
    """A role=main set on a part that is plainly not the article: the page's <h1> lies outside
    it and it holds a small share of the text. GoDaddy Websites + Marketing puts
    「role="main"」 on its header widget (「div data-ux="Header" data-aid="HEADER_WIDGET"」: logo,
    menu and one button), while the title and every section follow in widgets beside it; taken
    as the root, it would leave the page only its logo and button."""
    if candidate.name in ("main", "article") or candidate.find("h1") is not None:
        return False
    title = body.find("h1")
    if title is None:
        return False
    total = len(body.get_text(strip=True))
    return len(candidate.get_text(strip=True)) < MISPLACED_MAIN_SHARE * total


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
        leads = _leads_between(title, article)
        article.insert(0, title.extract())
        for k, lead in enumerate(leads, start=1):
            article.insert(k, lead.extract())
    return article


def _leads_between(title: Tag, article: Tag) -> list[Tag]:
    """The paragraphs set between a title and the <article> it heads that say something — the
    article's description or summary (an Intercom help centre's 「<p>」 under its h1, in boxes
    named by utility classes only): the text's lead, not furniture. A by-line, counts or a
    label are no sentence, and stay out."""
    leads = []
    for node in title.find_all_next(["p", "article"]):
        if node is article:
            return leads
        text = clean(node.get_text()).replace("\n", " ")
        if node.find_parent("article") is None and _SENTENCE_END.search(text) and len(text) >= FORM_TEXT_MIN:
            leads.append(node)
    return leads


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


def _listed_under_section(title: Tag, first: Tag) -> bool:
    """Whether the page's <article>s are items listed under one of its sections — a ride page's
    reviews (BlaBlaCar's 「article.kirk-review」 under 「<h2>Айдос 的评价（87）</h2>」, after the itinerary
    and the driver's notes) — rather than a question and its answers: a heading other than the
    title stands between the title and the first of them. A Q&A site's question follows its title
    directly; reviews read as its answers became parts of their own, 「title（回复）」, torn from the
    heading above them."""
    heading = first.find_previous(list(HEADINGS))
    return heading is not None and heading is not title and title in heading.find_all_previous("h1")


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
    if title is not None and not _listed_under_section(title, first):
        # each answer answers the question, not the heading of the answer before it (as a
        # forum's replies: `_forum_replies`)
        name = clean(title.get_text()).replace("\n", " ")
        for answer in others:
            answer.insert(0, soup.new_tag("h2", string=name + REPLY_SUFFIX))
    return common
