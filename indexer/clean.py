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

The site passes live in `indexer/sites/`, one module per format or family (the product, listing, review and booking
pages of shops, classifieds and review and booking sites in `sites/shop_pages.py`; wikis' and docs generators' pages
in `sites/wiki_pages.py`; task, ticket, note and course apps' in `sites/work_apps.py`; form builders' public forms in
`sites/forms.py`); this module calls them in its order, each pass testing its own marks, and keeps the generic
passes (with GitHub's and GitLab's task-list ticks and Webflow's fields over the title, `_fields_over_title` on a
Webflow page).

The order of the passes matters; `clean_tree` runs them in one list so that it shows:

1. deep nesting is unwrapped first, so no pass (nor the walk) recurses past Python's limit;
2. the rewrites run before chrome is dropped, because they rescue what the chrome rules would
   take: an article's H1 inside its `<header>`, an `<aside>` that is a callout, an Asciidoctor
   note's kind in its `td.icon`, a Wiki.js page header, a hidden accordion panel, a `<form>`
   that only wraps text, a tab set's heading read without its anchor glyph (`_shown_text`);
   they share one list of the tree's tags, so a tag one of them removes while a later one still
   holds it is extracted, not decomposed, and each skips tags already gone (`html_text.gone`);
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

from indexer.analysis import writes_traditional
from indexer.html_text import (BLOCK_TAGS, CLASS_PARTS, HEADINGS, REPLY_WORDS, RUSSIAN_MONTH, SCOPE_FIELD, SCOPE_FIELD_MAX,
                               TOPIC_LABEL, class_names, clean, code_text, gives_number, gone, inside, is_kind_name,
                               joined_line, one_line, pandoc_notes_after_citing, raw_text, table_rows, unhashed)
from indexer.render import FOOTNOTES_TITLE
from indexer.render_chat import says_nothing
from indexer.sites.adalo_app import adalo_screen
from indexer.sites.affine_page import affine_blocks
from indexer.sites.aihuishou_inquiry import aihuishou_inquiry
from indexer.sites.airtable_view import airtable_grid
from indexer.sites.alibaba1688_offer import alibaba1688_offer
from indexer.sites.amazon_item import amazon_item
from indexer.sites.anytype_export import anytype_blocks
from indexer.sites.apple_support import apple_support
from indexer.sites.argos_product import argos_product
from indexer.sites.baidu_pan_share import baidu_pan_share
from indexer.sites.banggood_product import banggood_product
from indexer.sites.banki_responses import banki_responses
from indexer.sites.bestbuy_item import bestbuy_item
from indexer.sites.bhphoto_item import bhphoto_item
from indexer.sites.biccamera_item import biccamera_item
from indexer.sites.bigcommerce_product import bigcommerce_product
from indexer.sites.blackboard_learn import blackboard_announcements
from indexer.sites.blinkit_product import blinkit_product
from indexer.sites.bol_product import bol_product
from indexer.sites.books_com_tw_product import books_com_tw_product
from indexer.sites.boss_job import boss_job
from indexer.sites.bubble import bubble_page
from indexer.sites.bunjang_product import bunjang_product
from indexer.sites.capterra_product import capterra_product
from indexer.sites.cdiscount_product import cdiscount_product
from indexer.sites.ceneo_product import ceneo_product
from indexer.sites.citilink import citilink_product
from indexer.sites.coda_doc import coda_blocks
from indexer.sites.confluence_cloud import confluence_cloud
from indexer.sites.coolapk_feed import coolapk_feed
from indexer.sites.coolblue_product import coolblue_product
from indexer.sites.costco_item import costco_item
from indexer.sites.craft_site import craft_blocks
from indexer.sites.creema_item import creema_item
from indexer.sites.croma_product import croma_product
from indexer.sites.cryptpad_pad import cryptpad_pad
from indexer.sites.daangn_article import daangn_article
from indexer.sites.dangdang_product import dangdang_product
from indexer.sites.darty_product import darty_product
from indexer.sites.dayu_article import dayu_article
from indexer.sites.dewu_product import dewu_product
from indexer.sites.dhgate_product import dhgate_product
from indexer.sites.dingtalk_doc import dingtalk_blocks
from indexer.sites.dns_shop import dns_product
from indexer.sites.doxygen_page import doxygen_page
from indexer.sites.dumi_page import dumi_page
from indexer.sites.dyson_support import dyson_support
from indexer.sites.editor135_article import editor135_article
from indexer.sites.emag_product import emag_product
from indexer.sites.email_campaign import email_campaign
from indexer.sites.epub_doc import epub_chapter
from indexer.sites.eqxiu_scene import eqxiu_scene
from indexer.sites.etherpad_pad import etherpad_pad
from indexer.sites.etmall_product import etmall_product
from indexer.sites.feishu_doc import feishu_blocks
from indexer.sites.fnac_product import fnac_product
from indexer.sites.forms import google_form, jotform_form, surveymonkey_form, tally_form, yandex_form
from indexer.sites.fumadocs import fumadocs_page
from indexer.sites.g2_product import g2_product
from indexer.sites.geizhals_product import geizhals_product
from indexer.sites.gitbook_page import gitbook_page
from indexer.sites.globalsources_product import globalsources_product
from indexer.sites.glpi_kb import glpi_kb_item
from indexer.sites.gome_item import gome_item
from indexer.sites.google_drive_viewer import google_drive_viewer
from indexer.sites.helpndoc_topic import helpndoc_topic
from indexer.sites.heureka_product import heureka_product
from indexer.sites.hktvmall_product import hktvmall_product
from indexer.sites.ixigua_video import xigua_video
from indexer.sites.jd_item import jd_item
from indexer.sites.jiomart_product import jiomart_product
from indexer.sites.jitbit_kb import jitbit_kb
from indexer.sites.jupyter_nb import notebook_cells
from indexer.sites.kahoot_details import kahoot_details
from indexer.sites.kaola_goods import kaola_goods
from indexer.sites.konga_product import konga_product
from indexer.sites.kt_kg_service import kt_kg_service
from indexer.sites.loop_page import loop_page
from indexer.sites.madcap_flare import flare_topic
from indexer.sites.made_in_china_product import made_in_china_product
from indexer.sites.magti_support import magti_support
from indexer.sites.mandoc_page import mandoc_page
from indexer.sites.mediamarkt_product import mediamarkt_product
from indexer.sites.memrise_course import memrise_course
from indexer.sites.microcenter_item import microcenter_item
from indexer.sites.mintlify import mintlify_page
from indexer.sites.miro_board import miro_board
from indexer.sites.mirror_entry import mirror_entry
from indexer.sites.miyoushe_post import miyoushe_post
from indexer.sites.moinmoin_page import moinmoin_page
from indexer.sites.momo_goods import momo_goods
from indexer.sites.mydrivers_news import mydrivers_news
from indexer.sites.naver_smartstore import naver_smartstore
from indexer.sites.newegg_item import newegg_item
from indexer.sites.nineyi_salepage import nineyi_salepage
from indexer.sites.notion_site import notion_blocks
from indexer.sites.nykaa_product import nykaa_product
from indexer.sites.opencart_product import opencart_product
from indexer.sites.otto_product import otto_product
from indexer.sites.payload_post import payload_post
from indexer.sites.paypay_fleamarket_item import paypay_fleamarket_item
from indexer.sites.pdf2htmlex import pdf2htmlex
from indexer.sites.pinduoduo_goods import pinduoduo_goods
from indexer.sites.postman_documenter import postman_documenter
from indexer.sites.productboard_card import productboard_card
from indexer.sites.qualtrics_survey import qualtrics_survey
from indexer.sites.quizlet_set import quizlet_set
from indexer.sites.rabbitpre_h5 import rabbitpre_h5
from indexer.sites.rakuma_item import rakuma_item
from indexer.sites.retype_page import retype_page
from indexer.sites.robohelp import robohelp_topic
from indexer.sites.scribe_guide import scribe_guide
from indexer.sites.shein_product import shein_product
from indexer.sites.shop_pages import shop_pages, shop_pages_early, shop_pages_late
from indexer.sites.shopify_dawn import shopify_dawn
from indexer.sites.shopline_product import shopline_product
from indexer.sites.sitejabber_business import sitejabber_business
from indexer.sites.siyuan_export import siyuan_blocks
from indexer.sites.skroutz_sku import skroutz_sku
from indexer.sites.slite_doc import slite_blocks
from indexer.sites.suning_item import suning_item
from indexer.sites.swagger_ui import swagger_ui
from indexer.sites.sway_story import sway_story
from indexer.sites.sysaid_portal import sysaid_portal
from indexer.sites.tango_guide import tango_guide
from indexer.sites.taobao_item import taobao_item
from indexer.sites.taptap_moment import taptap_moment
from indexer.sites.target_item import target_item
from indexer.sites.telus_support import telus_support
from indexer.sites.tencent_doc import tencent_blocks
from indexer.sites.texinfo_page import texinfo_page
from indexer.sites.tmall_item import tmall_item
from indexer.sites.topdesk_item import topdesk_item
from indexer.sites.twiki_topic import twiki_topic
from indexer.sites.typeform_form import typeform_form
from indexer.sites.ufone_support import ufone_support
from indexer.sites.unicom_kf import unicom_kf_answer
from indexer.sites.walmart_item import walmart_item
from indexer.sites.wechat_mp import wechat_mp
from indexer.sites.wecom_doc import wecom_blocks
from indexer.sites.weidian_item import weidian_item
from indexer.sites.wiki_pages import (bookdown_blocks, canvas_callouts, dendron_note_links, docbook_page,
                                      gitea_button_row, gitlab_wiki_title, gollum_page, guru_verification, joomla_info,
                                      telegraph_fields, typo3_frame_headers, wiki_subpage_title)
from indexer.sites.wikidot_page import wikidot_page
from indexer.sites.wikihow_article import wikihow_article
from indexer.sites.wiznote_note import wiznote_note
from indexer.sites.wolai_page import wolai_blocks
from indexer.sites.word_online import word_online
from indexer.sites.work_apps import (asana_task, basecamp_extras, capacities_object, clickup_tasks, osticket_faq,
                                     skillshare_class, tana_node)
from indexer.sites.xianyu_item import xianyu_item
from indexer.sites.xiaoe_lesson import xiaoe_lesson
from indexer.sites.yahoo_shopping_item import yahoo_shopping_item
from indexer.sites.yahuoku_item import yahuoku_item
from indexer.sites.yandex_disk_public import yandex_disk_public
from indexer.sites.yandex_market_card import yandex_market_card
from indexer.sites.yanxuan_item import yanxuan_item
from indexer.sites.ymobile_support import ymobile_support
from indexer.sites.yodobashi_product import yodobashi_product
from indexer.sites.youpin_item import youpin_item
from indexer.sites.youzan_goods import youzan_goods
from indexer.sites.zendesk_community import zendesk_community
from indexer.sites.zepto_product import zepto_product
from indexer.sites.zhuanzhuan_item import zhuanzhuan_item
from indexer.sites.zoho_sites import zoho_sites

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
    # the 「Was this information helpful?」 box with its Yes / No buttons under a FAQ (Telenor Pakistan's
    # div.helpful-box, holdout285: a part of its own titled by the FAQ heading above it)
    "helpful", "unhelpful",
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
    # a news site's reaction widget under the text (Rappler's div.rappler-moodmeter 「How does this make you feel?
    # Happy Sad Angry …」, holdout211: glued to the last answer) and the pager of a paginated story, where Liputan6
    # sets the editors' initials (div.read-page--paging 「(Ags/Isk)」, a last passage of its own): never the text
    "moodmeter", "paging",
    # a news site's appeal for money under every article (Vlast.kz's div.article__donate 「Если вам важна независимая
    # журналистика — поддержите Vlast.kz…」 over its 「Поддержать」 button, holdout212: a part titled by the article):
    # the same words on every page, never what this one tells
    "donate",
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
                              # Oracle Service Cloud's (RightNow, custhelp) answer info under the summary h1
                              # (div#rn_AnswerInfo 「答案编号 5481 | 发布日期 … | 更新日期 …」, holdout215): the
                              # first line of the first part, before the intro; the Answer.Question field
                              # beside it in div#rn_PageTitle is the answer's text and stays
                              "rn_answerinfo",
                              "kg-button-card",                  # Ghost's call-to-action button
                              # Sitecore SXA's promo component (an app download teaser in the side column,
                              # 「下载 … App，购票立减 5%」「立即下载」): read as the text, it was the only text
                              # left under the FAQ heading above it, holdout92
                              "promo",
                              # … and a site's app teaser under the article (Telenor Pakistan's section.app-promo
                              # 「Download My Telenor App」「Check balance, buy bundles…」, holdout285: a part of its own)
                              "app-promo",
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
_LEAD_CLASS = re.compile(r"^(?:.*[-_])?(?:excerpt|summary|lead|lede|standfirst|desc|description|documentdescription"
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
# the last part of a class or id naming a site's menu, whatever the parts before it say which (logo_nav, sub-nav,
# main_navbar); a first part 「nav」 is a token of SKIP_CLASS_TOKENS already
_NAV_ENDS = frozenset({"nav", "navbar"})
# a class word naming the page's other languages (Telstra's p.tcom-support-article__lang 「其他语言：English · Tiếng
# Việt」, a 「language-switcher」, 「lang-list」): chrome when the box is links but for a label (`_language_links`)
_LANGUAGE_WORDS = frozenset({"lang", "langs", "language", "languages", "translations"})
# what a list of links has beside them: separators, and a short label before them (「其他语言：」, 「Also in:」)
_LINK_SEPARATORS = re.compile(r"[\s·|/,，、:：•]+")
# Latin letters and Chinese characters in one link text: a page's name, never a language's (`_language_links`)
_MIXED_SCRIPTS = re.compile(r"[A-Za-z][^\n]*[\u3400-\u9fff]|[\u3400-\u9fff][^\n]*[A-Za-z]")
_TAB_WORDS = frozenset({"tab", "tabs"})
# a line that only files the page (「来源：」「标签：」「Теги:」): a heading of it goes here
# (HackMD's 「###### tags: `電信`」), such lines under the text in `parse.drop_bylines` (`parse.is_filing`)
FILING = re.compile(r"^(?:来源|來源|出处|出處|标签|標籤|tags?|topics?|теги|метки|источник|source|分类|分類|categor(?:y|ies)"
                    r"|категория|рубрика)\s*[:：]", re.IGNORECASE)
# ------------------------------------------------------------------------------------------

# a Webflow item's field that files it (「blog-category-tag」), any page's rubric or badge over its title
# (「article__category」, 「age-badge」: `_fields_over_title`)
_TITLE_FIELD = frozenset({"category", "categories", "tag", "tags", "badge", "rubric"})
_CURRENCY_SIGN = re.compile(r"^[¥￥$€£₸₽₩₹]$")      # a price's sign alone in its span, the number in the next
TITLE_FIELD_MAX = 20    # a field over the title on any page: a word or two (「Еда」, 「18+」), no sentence
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
    # a share page or an export as saved (rendered Markdown holds none of these products' markup): each reader,
    # listed in docs/sites.md, tests its own marks
    if page:
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
        fumadocs_page(soup, marks)
        flare_topic(soup, marks)
        robohelp_topic(soup, marks)
        xiaoe_lesson(soup, marks)
        eqxiu_scene(soup, marks)
        rabbitpre_h5(soup, marks)
        sysaid_portal(soup, marks)
        telus_support(soup, marks)
        magti_support(soup, marks)
        ufone_support(soup, marks)
        jitbit_kb(soup, marks)
        kt_kg_service(soup, marks)
        dyson_support(soup, marks)
        texinfo_page(soup)
        mandoc_page(soup, marks)
        swagger_ui(soup, marks)
        postman_documenter(soup, marks)
        etherpad_pad(soup)
        helpndoc_topic(soup, marks)
        wiznote_note(soup, marks)
        wikihow_article(soup, marks)
        blackboard_announcements(soup, marks)
        bubble_page(soup, marks)
        adalo_screen(soup, marks)
        mirror_entry(soup, marks)
        dayu_article(soup, marks)
        wechat_mp(soup, marks)
        coolapk_feed(soup, marks)
        miyoushe_post(soup, marks)
        _platform_statements(soup)
        payload_post(soup, marks)
        typeform_form(soup, marks)
        airtable_grid(soup, marks)
        productboard_card(soup, marks)
        email_campaign(soup, marks)
        doxygen_page(soup, marks)
        topdesk_item(soup, marks)
        glpi_kb_item(soup, marks)
        unicom_kf_answer(soup, marks)
        google_drive_viewer(soup, marks)
        pdf2htmlex(soup, marks)
        yandex_disk_public(soup, marks)
        apple_support(soup, marks)
        ymobile_support(soup, marks)
        zoho_sites(soup, marks)
        baidu_pan_share(soup, marks)
        xigua_video(soup, marks)
        banki_responses(soup, marks)
        dns_product(soup, marks)
        citilink_product(soup, marks)
        blinkit_product(soup, marks)
        zepto_product(soup, marks)
        mediamarkt_product(soup, marks)
        coolblue_product(soup, marks)
        otto_product(soup, marks)
        argos_product(soup, marks)
        cdiscount_product(soup, marks)
        fnac_product(soup, marks)
        darty_product(soup, marks)
        opencart_product(soup, marks)
        bigcommerce_product(soup, marks)
        bol_product(soup, marks)
        emag_product(soup, marks)
        naver_smartstore(soup, marks)
        nykaa_product(soup, marks)
        croma_product(soup, marks)
        jiomart_product(soup, marks)
        geizhals_product(soup, marks)
        heureka_product(soup, marks)
        yandex_market_card(soup, marks)
        jd_item(soup, marks)
        taobao_item(soup, marks)
        tmall_item(soup, marks)
        suning_item(soup, marks)
        gome_item(soup, marks)
        alibaba1688_offer(soup, marks)
        yanxuan_item(soup, marks)
        kaola_goods(soup, marks)
        youpin_item(soup, marks)
        dangdang_product(soup, marks)
        hktvmall_product(soup, marks)
        pinduoduo_goods(soup, marks)
        youzan_goods(soup, marks)
        xianyu_item(soup, marks)
        nineyi_salepage(soup, marks)
        etmall_product(soup, marks)
        momo_goods(soup, marks)
        mydrivers_news(soup, marks)
        dewu_product(soup, marks)
        shopline_product(soup, marks)
        zhuanzhuan_item(soup, marks)
        yahuoku_item(soup, marks)
        daangn_article(soup, marks)
        rakuma_item(soup, marks)
        paypay_fleamarket_item(soup, marks)
        bunjang_product(soup, marks)
        yahoo_shopping_item(soup, marks)
        yodobashi_product(soup, marks)
        made_in_china_product(soup, marks)
        creema_item(soup, marks)
        amazon_item(soup, marks)
        walmart_item(soup, marks)
        bestbuy_item(soup, marks)
        newegg_item(soup, marks)
        costco_item(soup, marks)
        boss_job(soup, marks)
        target_item(soup, marks)
        bhphoto_item(soup, marks)
        microcenter_item(soup, marks)
        capterra_product(soup, marks)
        sitejabber_business(soup, marks)
        taptap_moment(soup, marks)
        zendesk_community(soup, marks)
        shopify_dawn(soup, marks)
        editor135_article(soup, marks)
        dhgate_product(soup, marks)
        aihuishou_inquiry(soup, marks)
        ceneo_product(soup, marks)
        skroutz_sku(soup, marks)
        konga_product(soup, marks)
        confluence_cloud(soup, marks)
        shein_product(soup, marks)
        globalsources_product(soup, marks)
        biccamera_item(soup, marks)
        books_com_tw_product(soup, marks)
        banggood_product(soup, marks)
        weidian_item(soup, marks)
        g2_product(soup, marks)
        sway_story(soup, marks)
        word_online(soup, marks)
        qualtrics_survey(soup, marks)
        miro_board(soup, marks)
        moinmoin_page(soup, marks)
        wikidot_page(soup, marks)
        retype_page(soup, marks)
        gitbook_page(soup, marks)
        dumi_page(soup, marks)
        scribe_guide(soup, marks)
        tango_guide(soup, marks)
        quizlet_set(soup, marks)
        kahoot_details(soup, marks)
        memrise_course(soup, marks)
        twiki_topic(soup, marks)
        notebook_cells(soup, marks)
        epub_chapter(soup, marks)
    if page:
        wiki_subpage_title(soup, marks)     # (before the chrome rules take the 「< Book」 line naming the page's parents)
        telegraph_fields(soup, marks)       # (before the page's header is read: the header says it is Telegraph's)
    _article_headers(soup)
    # (each a search of the whole page: only a saved page holds GitLab's and GitHub's rendered markup)
    if page:
        gitlab_wiki_title(soup, marks)
    if page and (marks is None or "task-list-item-checkbox" in marks):
        _task_list_ticks(soup)
    if page:
        basecamp_extras(soup, marks)
        osticket_faq(soup, marks)
        clickup_tasks(soup, marks)
        shop_pages_early(soup, marks)
        capacities_object(soup, marks)
        tana_node(soup, marks)
        shop_pages(soup, marks)
        skillshare_class(soup, marks)
        asana_task(soup, marks)
        shop_pages_late(soup, marks)
        tally_form(soup, marks)
        jotform_form(soup, marks)
        google_form(soup, marks)
        yandex_form(soup, marks)
        surveymonkey_form(soup, marks)
    if page and (marks is None or {"@data-wf-site", "w-richtext"} <= marks):
        _webflow_fields(soup)
    if page:
        _fields_over_title(soup, TITLE_FIELD_MAX)
        guru_verification(soup, marks)
        canvas_callouts(soup, marks)
        bookdown_blocks(soup, marks)
        docbook_page(soup, marks)
        joomla_info(soup, marks)
        typo3_frame_headers(soup, marks)
        gitea_button_row(soup, marks)
        gollum_page(soup, marks)
        dendron_note_links(soup, marks)
        if marks is None or "footnote-ref" in marks:     # (a walk of every tag, for the pages citing a note)
            pandoc_notes_after_citing(soup)
    if page and (marks is None or "portable-infobox" in marks):
        _portable_infoboxes(soup)
    if page and (marks is None or "infobox" in marks):
        _table_infoboxes(soup)
    _bold_spans(soup)
    tags = soup.find_all(True)      # one walk for the passes below (each find_all is another)
    _subtitles(tags)
    _title_echoes(tags)
    _callout_asides(tags)
    _quarto_callouts(soup, tags)
    _readme_callouts(tags)
    _callout_kind_titles(tags)
    _odoo_templates(tags)
    _wikijs_page(tags)
    _label_tab_panels(soup, tags)
    _panelless_tab_rows(tags)
    _qa_letter_badges(tags)
    _accordions_to_details(soup, tags)
    _confluence_title(tags)
    _document_title(tags)
    _word_list_markers(tags)
    _centred_captions(tags)
    _class_captions(tags)
    _cover_figures(tags)
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
    _property_fields(soup, tags)
    _labelled_spans(soup, tags)
    _message_boxes(tags)
    _notes(soup, tags)
    _split_lists(tags)
    _announced_lists(tags)
    _quill_indents(tags)
    _quill_checklists(tags)
    _shimo_comments(soup, tags)
    _drop_page_anchors(tags)
    _drop_edit_links(tags)
    _scope_fields(soup, tags)
    _classed_bylines(tags)
    _app_banners(tags)
    _topic_links(tags)
    _vote_counters(soup, tags)
    _dated_updates(tags)
    _channel_cards(tags)
    _drop_outlines(tags)
    _drop_gutters(tags)
    _heading_extras(tags)
    _contact_forms(soup)
    _contact_prompts(soup)
    _contact_asides(soup)
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

# a Chinese content platform's statement closing every article, by its class (not its id: a help article's
# 「section#statement」 is its part on bills): 一点资讯's and UC 大鱼号's p.statement 「本文为作者原创，未经授权禁止转载。」,
# 今日头条's span.article-statement
_STATEMENT_CLASSES = frozenset({"statement", "article-statement"})
_STATEMENT_MAX = 80


def _platform_statements(soup: BeautifulSoup) -> None:
    """Drop a content platform's statement under the article (一点资讯's p.statement 「本文为作者原创，未经授权禁止转载。」,
    holdout283: glued to the closing tip): the same words under every article, never what this one tells. Only a line
    of text, no block in it (Typeform's 「div.screen.statement」 is a screen of the form, its text the form's).

    >>> page = BeautifulSoup("<div><p>最后提醒。</p><p class='statement'>本文为作者原创，未经授权禁止转载。</p>"
    ...                      "<div class='screen statement'><p>报名流程</p></div></div>", "html.parser")
    >>> _platform_statements(page); page.get_text("|")
    '最后提醒。|报名流程'
    """
    for tag in soup.find_all(["p", "span", "div"], class_=lambda name: name in _STATEMENT_CLASSES):
        if tag.decomposed or tag.find(BLOCK_TAGS) is not None:
            continue
        if 0 < len(tag.get_text(" ", strip=True)) <= _STATEMENT_MAX:
            tag.decompose()


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
    _title_meta_box(soup)


def _title_meta_box(soup: BeautifulSoup) -> None:
    """A box its class names chrome holding the page's one h1, right before the <article> of its text (Intercom
    Articles' 「div.article__meta」: the h1, 「div.article__desc」 and the author's avatar and 「Written by …」 line,
    holdout305): the title and its description (`_LEAD_CLASS`) stay where the box was, the rest goes, as a
    <header>'s do (`_article_headers`). Dropped whole, the description was lost, the only place the page says it."""
    titles = soup.find_all("h1")
    if len(titles) != 1 or not isinstance(box := titles[0].parent, Tag) or box.name != "div" or not is_chrome(box):
        return
    article = box.find_next_sibling(True)
    if article is None or article.name != "article":
        return
    leads = [t for t in box.find_all(class_=_LEAD_CLASS) if t.get_text(strip=True) and t.find(BLOCK_TAGS) is None]
    box.replace_with(titles[0], *leads)


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
    `most` characters (any, on a Webflow page), goes. The h1 may stand alone in a box of its own, the field beside
    that box, named by its id (Inquirer's 「div#inq_section_tag」 「Asia & Pacific」 over 「div#landing-headline」,
    holdout211: the first fragment's line, with nothing of the text)."""
    title = soup.find("h1")
    if not isinstance(title, Tag):
        return
    while isinstance(title.parent, Tag) and title.parent.name == "div" \
            and [node for node in title.parent.contents if not (isinstance(node, str) and not node.strip())] == [title]:
        title = title.parent        # the box holding the h1 alone
    for field in [node for node in title.find_previous_siblings() if isinstance(node, Tag)]:
        words = _class_words(field) | set(token_words(field.get("id") or ""))
        if not _TITLE_FIELD.isdisjoint(words) and field.find(list(HEADINGS)) is None \
                and (most is None or len(field.get_text(strip=True)) <= most):
            field.decompose()


def _title_stat_spans(soup: BeautifulSoup) -> None:
    """A listing's figures in a box right beside its h1, one `<span>` each and nothing between them (Zillow's
    `div.ds-chip` 「₸ 650,000/mo」 「3 bd · 2 ba」 「For rent」, Rightmove's price and letting details, idealista's
    `div.info-data` price, rooms and area, holdout158): read inline, they ran together into one word
    (「₸ 650,000/mo3 bd · 2 ba · 142 sqft×10For rent」). They stay (the price is the listing's own), each apart, joined
    by 「 · 」 as the page itself writes its details, a currency sign drawn in a span of its own joined to the price
    it marks (得物's 「¥」 「129」, holdout217). Only a box of spans alone and glued, the h1's neighbour: spans
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
        for before, span in zip(spans, spans[1:]):
            if not _CURRENCY_SIGN.match(before.get_text(strip=True)):
                span.insert_before(" · ")       # (a sign alone in its span is its price's: 「¥129」, not 「¥ · 129」)


def _task_list_ticks(soup: BeautifulSoup) -> None:
    """A task list rendered from Markdown (GitLab's and GitHub's `li.task-list-item` with a disabled
    `input.task-list-item-checkbox`) draws each item's state with its checkbox, which goes as a form
    control: each item leads with 「[x] 」 or 「[ ] 」, as a checklist typed in text does (`_quill_checklists`)."""
    for box in soup.find_all("input", class_="task-list-item-checkbox"):
        item = box.find_parent("li")
        if isinstance(item, Tag) and "task-list-item" in item.get("class", []):
            box.replace_with("[x] " if box.has_attr("checked") else "[ ] ")


def _bold_spans(soup: BeautifulSoup) -> None:
    """A site builder's bold (Wix: 「<span style="font-weight:bold">」) is bold."""
    for span in soup.find_all("span", style=True):      # a name search, then the style: twice as fast
        if _BOLD_STYLE.search(span["style"]):
            span.name = "b"


# a title's echo in English: a word or three of Latin letters and nothing else (「FAQ」, 「Help Center」)
_LATIN_ECHO = re.compile(r"^[A-Za-z]+(?:[ &'-]+[A-Za-z]+){0,2}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _title_echoes(tags: list[Tag]) -> None:
    """A Chinese title's banner repeats it in English under it, a line its class calls the title's sub-line
    (街口支付's FAQ banner: h1 「常見問題」 over p.faq-banner__sub 「FAQ」, holdout302): decoration, not the article's
    lead, which it opened as a part of its own holding only 「FAQ」. Gone when it is all Latin letters, three words
    at most, and the title has no Latin letter of its own; a sub-line saying more (a sentence, a Chinese line)
    stays the lead `_leads_between` keeps."""
    for title in tags:
        if title.name != "h1" or gone(title):
            continue
        said = clean(title.get_text()).strip()
        echo = title.find_next_sibling()
        if not _HAN.search(said) or re.search(r"[A-Za-z]", said) or echo is None or gone(echo) \
                or not _SUBTITLE_HINT.search(" ".join(echo.get("class") or ())):
            continue
        if _LATIN_ECHO.match(clean(echo.get_text()).strip()):
            echo.extract()      # not decomposed: the passes after this one walk `tags` unchecked


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
        if part.parent is None or part.name in NEVER_CHROME or _CONTACT.isdisjoint(_class_words(part)):
            continue
        if part.name in ("a", "button"):
            # the contact link itself named so, in a plain block (Help Scout Docs' div.articleFoot 「Still need help?
            # <a class="contactUs">Contact Us</a>」, holdout287, glued as the last line of the last FAQ answer): the
            # prompt is the block around it, said as shortly — and asking, as a prompt does: a sentence with such a
            # link in it (「如未到账请<a class="contact-link">联系客服</a>。」) is text that links
            link, part = part, part.parent
            if part is None or part.name in NEVER_CHROME:
                continue
            asked = one_line(part).replace(one_line(link), "", 1).strip()
            if asked and not asked.endswith(("?", "？")):
                continue
        elif part.find(["a", "button"]) is None or part.find("form") is not None:
            continue
        note = _MASKED_PHONE.sub("", _note(part, skip=("button",)))
        if note and len(note) <= CONTACT_NOTE_MAX and not any(c.isdigit() for c in note) and "@" not in note:
            part.decompose()


def _contact_asides(soup: BeautifulSoup) -> None:
    """A contact box set as an <aside> inside the page's main part — its class names contact, it holds no form but a
    number to call (Moldcell's aside.help-contact in main.help-page: 「Contactează-ne」 over 「Serviciul Clienți: 300
    (gratuit din rețea), +373 22 200 200 din străinătate」, holdout288) — is the page's, not a side column: gone as
    every <aside> goes, it was lost, the only place the page gives its hotline. It is read where it stands, a part
    titled by its heading (its lone links, 「Chat online」, gone), as a contact prompt giving a number keeps it
    (`_contact_prompts`). So is such a box set as a section or a div the chrome pass drops, its class also naming it
    a call to action (U Mobile's section.um-contact-cta at the end of main: 「Still need help?」 over 「Chat with Ask U
    on WhatsApp or call 1318 (from U Mobile line).」 and its 「Chat Now」 button, holdout298): dropped as chrome by its
    「cta」, it was lost, the only place the page gives its hotline. A service bar in the site's header or footer stays
    chrome. (A box set after the page's one <article> is moved into it: `find_previous`, not a walk of the rest of
    the page for each box.)"""
    for box in soup.find_all(["aside", "section", "div"], class_=True):
        if box.parent is None or _CONTACT.isdisjoint(_class_words(box)) or box.find("form") is not None \
                or box.find_parent(["main", "article"]) is None:
            continue
        aside = box.name == "aside"
        if not aside and (box.find_parent(["header", "footer", "nav", "aside"]) is not None or not is_chrome(box)
                          or any(is_chrome(part) for part in _parents_to_main(box))):
            continue        # (a box the chrome pass keeps is read as it stands; one inside chrome goes with it)
        if gives_number(_note(box, skip=("a", "button"))):
            box.name = "div"
            if not aside:
                del box["class"]        # (its 「cta」 named it chrome; the number it gives is the page's)
                # set after the page's one <article> in <main>, it closes that article, which is the text read
                main = box.find_parent("main")
                articles = main.find_all("article") if main is not None and box.find_parent("article") is None else []
                if len(articles) == 1 and box.find_previous("article") is articles[0]:
                    articles[0].append(box.extract())
            # its links and buttons standing alone (「Chat online」) open a chat or a form: controls, no text
            for control in box.find_all(["a", "button"], recursive=False):
                control.decompose()


def _parents_to_main(tag: Tag) -> list[Tag]:
    """The parts around `tag` inside the page's <main> or <article> (not it)."""
    out = []
    for part in tag.parents:
        if part.name in ("main", "article"):
            break
        out.append(part)
    return out


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
    if tag.name == "ol" and _breadcrumb_list(tag):
        return True
    if _map_button(tag) or _summary_label(tag) or _field_label(tag):
        return True
    return _chrome_by_class(tag) and not _dish_menu(tag) and not _heading_words(tag) and not _code_token(tag) \
        and not _event_when(tag) and not _title_column(tag)


def _breadcrumb_list(listed: Tag) -> bool:
    """A breadcrumb trail as WAI-ARIA's breadcrumb pattern writes it, whatever its box is named (T world's
    「div.location > ol」: 홈 / 고객지원 / 로밍 이용 가이드 / baro 로밍 패스, holdout260, read as a four-step procedure): an
    <ol> whose last item is the page itself (`aria-current="page"`) and every other item a link alone — the site's
    places above the page, no step of its text."""
    items = listed.find_all("li", recursive=False)
    if len(items) < 2 or str(items[-1].get("aria-current", "")).lower() != "page":
        return False
    return all(isinstance(link := item.find("a"), Tag) and link.get_text(strip=True) == item.get_text(strip=True)
               for item in items[:-1])


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


# the fields a reader chooses or types in, whose label names what to choose or type (a checkbox's or a radio
# button's label is the option's own words, as a task list's item or a form's answer)
_CHOSEN_FIELDS = frozenset({"select", "textarea"})
_TYPED_INPUTS = frozenset({"", "text", "search", "email", "tel", "number", "date", "url", "password"})


def _field_label(tag: Tag) -> bool:
    """A `<label>` of a field the reader fills in (the one its `for` names, the one inside it, or else the element
    right after it): 3香港's 「<label>選擇目的地</label><select>…」 in its roaming page's hero (holdout237) was the
    first part's last line once the select, a control, had gone. It names what to pick or type, no word of the
    text, and goes with its field; a checkbox's or radio button's label, an option's own words, stays."""
    if tag.name != "label":
        return False
    named, page = str(tag.get("for") or ""), tag
    while page.parent is not None:
        page = page.parent
    field = (page.find(id=named) if named else None) or tag.find(("select", "textarea", "input")) \
        or tag.find_next_sibling()
    if not isinstance(field, Tag):
        return False
    return field.name in _CHOSEN_FIELDS \
        or field.name == "input" and str(field.get("type") or "").lower() in _TYPED_INPUTS


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


_PAGE_COUNT = re.compile(r"^(?:本文|全文|本篇)?共\s*\d+\s*[页頁]$")


def _pager(box: Tag) -> bool:
    """A box of two links, one of class 「prev」 and one of class 「next」, is the article's previous / next
    pager (Featurebase's 「<a class="prev">← 利率表</a><a class="next">如何赎回抵押物 →</a>」 in its
    div.fb-hc-article__nav): only the 「prev」 half went as chrome by its class, the 「next」 one was read
    as the text of the article's last section. So is a box saying no more than the article's page count
    (PConline's 「<div class="pageViewGuidedd"><span>本文共1页</span></div>」 under a one-page article, holdout305:
    glued after its closing paragraph)."""
    if _PAGE_COUNT.match(clean(box.get_text(" ")).strip()):
        return True
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
        parts = CLASS_PARTS.split(token.lower())
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
        if not _LANGUAGE_WORDS.isdisjoint(words) and _language_links(tag):
            # the links to this page in other languages under its title (Telstra's 「其他语言：English · Tiếng
            # Việt」, holdout253: a line of the title's part): the site's, never what the page tells. A code block's
            # 「language-python」 holds no links
            return True
        if len(parts) > 1 and parts[-1] in _NAV_ENDS and _TAB_WORDS.isdisjoint(parts) \
                and tag.find(list(HEADINGS)) is None:
            # a site's menu named as a kind of navigation (an old CMS's div.logo_nav 「首页 / 客户服务 / 常见问题」
            # beside the bank's logo, div.sub_nav, div.top-nav, ul.main-nav: holdout242, the menu's items were a
            # first part of their own): its last word says what it is, as 「nav」 alone does. A box holding a
            # heading is a part of the page, whatever it is named after (a layout's 「page-with-nav」 wrapper); a tab
            # strip's labels (Newegg's div.tab-nav 「Overview」 「Specs」) name the panes, which `_label_tab_panels` reads
            return True
    return False


def _language_links(tag: Tag) -> bool:
    """The box is links and little else: a label of a few characters (「其他语言：」) and separators between them, each
    link a language's name, written in its own script (「English」, 「Tiếng Việt」, 「简体中文」). A link mixing Latin and
    Chinese (「Python SDK 安装指南」) names a page, not a language: a box of those is the content's own list of guides,
    whatever its class calls it (`div.sdk-languages`).

    >>> page = BeautifulSoup("<p>其他语言：<a>English</a> · <a>Tiếng Việt</a></p><p><a>中文</a>版本已停止更新，请看新版</p>"
    ...                      "<p><a>Python SDK 安装指南</a> <a>Java SDK 安装指南</a></p>", "html.parser")
    >>> [_language_links(p) for p in page.find_all("p")]
    [True, False, False]
    """
    if tag.name not in ("p", "div", "ul", "ol", "nav", "span", "li", "section") or tag.find("a") is None:
        return False
    if any(_MIXED_SCRIPTS.search(link.get_text()) for link in tag.find_all("a")):
        return False
    outside = "".join(piece for piece in tag.find_all(string=True) if piece.find_parent("a") is None)
    return len(_LINK_SEPARATORS.sub("", outside)) <= 8


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
        title = aside.find(class_=lambda c: c is not None and "title" in CLASS_PARTS.split(c.lower()))
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
        if gone(box) or box.parent is None or "callout" not in box.get("class", ()):
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
        if gone(box) or box.parent is None or _CALLOUT_KINDS.isdisjoint(_class_words(box)):
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
        if not gone(box) and "o_knowledge_behavior_type_template" in box.get("class", ()):
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
# an article's links to the one before and after it, alone in their block (电玩巴士's div.article-main-page
# 「上一篇：PS Plus港服会员11月涨价一览」「下一篇：Switch 2系统更新…」, holdout303: glued into one line ending the last
# part): other articles' titles, never this one's text
_PREV_NEXT = re.compile(r"^\W*(?:上一篇|下一篇|上一條|下一條|上一条|下一条|前一篇|后一篇|後一篇)\s*[:：]")
BACK_TO_LIST = re.compile(r"^\W*(?:返回列表|返回目录|返回目錄|返回上一[页頁级級]|返回.{1,8}[，,]?查看更多|back to (?:list|index|all)"
                          r"|(?:возврат|вернуться|назад) (?:к|в) (?:списку|список|разделу|новостям))\W*$", re.IGNORECASE)


_LINE_BLOCKS = frozenset({"div", "p", "li"})      # a line of its own, not a run inside a sentence
_PARTS = frozenset({"td", "div", "section", "ul", "ol", "p", "font", "span", "table", "center", "small", "li"})


# a line pointing elsewhere: 「相关页面：A · B」, 「See also: A」; a news site's inline link to another story
# (Inquirer's 「READ: …」 and 「READ NEXT: …」, The Straits Times' 「Read more: …」, Liputan6's 「Baca Juga」 box,
# holdout211: glued to the paragraph before it, or a last passage of its own)
_RELATED_WORDS = (r"(?:相关|相關|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|另见|另見|参见|參見|see also|related"
                  r"|(?:read(?: also| more| next)?|also read|baca juga|lihat juga)\b)")
_RELATED_LABEL = re.compile(rf"^\s*{_RELATED_WORDS}[^：:]{{0,6}}[：:]", re.IGNORECASE)
# … its label an element of its own over the links (「<p>Baca Juga</p><ul><li><a>…」)
_RELATED_TITLE = re.compile(rf"^\s*{_RELATED_WORDS}\s*[：:]?\s*$", re.IGNORECASE)


def _related_box(tag: Tag, line: str) -> re.Match | None:
    """Where a box of links pointing elsewhere begins with its label (「相关阅读：」, 「Baca Juga」 as the box's first
    element): the match of the label in the box's line, its links after it."""
    first = next((child for child in tag.children if isinstance(child, Tag) or str(child).strip()), None)
    if isinstance(first, Tag) and first.name != "a" and _RELATED_TITLE.match(first.get_text()):
        return re.match(re.escape(clean(first.get_text())), line)
    return _RELATED_LABEL.match(line)
# a lone link inviting the reader to a site's channel (The Straits Times' embed 「Join ST's Telegram channel and get
# the latest breaking news delivered to you.」 in the text, holdout211: glued to the paragraph before it)
_CHANNEL_INVITE = re.compile(r"^(?:join|follow|subscribe to)\b.{0,40}\b(?:telegram|whatsapp|viber|line|channel|newsletter)\b",
                             re.IGNORECASE)


def _drop_buttons(soup: BeautifulSoup) -> None:
    """Links drawn as buttons (「看黑名单教程」, 「注册登录」, 「得票 / 最新」) are controls, not the
    text, and so is a short label to report the post (「举报/反馈」: it closed a Baijiahao article's last
    answer). After `_drop_boilerplate`: a toolbar of them is link-dense, and goes whole there. An e-mail
    template draws its button as the table cell around a bare link (`td.btn`, `td.button-cell`): the cell
    classed a button whose words are all its one link's goes (its label, a call to the site, closed the
    last answer above it). A 「bulletproof」 button, as MJML (Brevo, Mailjet) draws one without a class, is the
    layout cell (role="presentation") painted with a `bgcolor` around its one link (「立即預約包廂」). So is a
    `<div>` classed a button around its one bare link: an H5 page's report link (人人秀's `div.report-btn` 「举报」
    closed its last passage, holdout267)."""
    for cell in soup.find_all(["td", "th", "div"]):
        links = cell.find_all("a") if not cell.decomposed else []
        if len(links) == 1 and (not _BUTTON_PARTS.isdisjoint(_class_words(cell))
                                or cell.name != "div" and cell.get("role") == "presentation"
                                and cell.has_attr("bgcolor")) \
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
        if gone(tag) or tag.parent is None or tag.name in NEVER_CHROME:
            continue
        shown = tag.get_text()
        text = _NOT_TEXT.sub("", shown)
        if not text:
            continue
        links = tag.find_all("a") if id(tag) in holders else []
        linked = sum(len(_NOT_TEXT.sub("", a.get_text())) for a in links)
        line = clean(shown).replace("\n", " ")
        related = _related_box(tag, line)
        if (len(links) >= 3 and linked >= LINK_SHARE * len(text)) \
                or (len(links) == 1 and linked == len(text) and (BACK_TO_LIST.match(line) or _CHANNEL_INVITE.match(line))) \
                or (len(links) in (1, 2) and linked == len(text)
                    and all(_PREV_NEXT.match(clean(a.get_text())) for a in links)) \
                or (related and len(line) <= 100 and linked >= LINK_SHARE * len(_NOT_TEXT.sub("", line[related.end():]))) \
                or (len(links) >= 2 and len(line) <= 100 and _BREADCRUMB.match(line)) \
                or (len(links) == 1 and linked == len(text) and tag.name in _LINE_BLOCKS and _LONE_CRUMB.match(line)) \
                or (page and len(line) <= 300 and _COPYRIGHT.match(line)):
            tag.decompose()


MAIN_CELL_SHARE = 0.8


def _drop_side_columns(table: Tag) -> None:
    """A page laid out with a table (it nests tables): in a row whose one cell holds most of the
    text, the cells beside it that hold links are the menu and side boxes."""
    if gone(table) or table.parent is None or table.find("table") is None:
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
# page's FAQ: its questions, <button>s, went as buttons and the four answers ran into one section, holdout140); a
# toggle named by BEM's short 「head」 over its 「body」: Tele2's help page writes 「button.accordion__head」 over
# 「div.accordion__body」 (its five questions went as buttons and their answers ran into one 「常见问题」 section,
# holdout212); and a FAQ block named after the widget it is, its elements a letter: Narwal's support page writes
# 「div.faq-collapse__q」 over 「div.faq-collapse__a」 (its three pairs were one 「常见问题」 section, the tip after the
# accordion glued to the last answer, holdout277) — only the letters there, as 「faq-section__title」 titles a section;
# Atlassian's renderer (Confluence Cloud) prefixes its expand macro's panel 「ak-renderer-」: 「button.expand-title」
# over 「div.ak-renderer-expand-content」 (its three FAQ questions were lost and their answers ran into one 「FAQ」
# section with the contact line and the labels after it, holdout286); ClickHelp's reader prefixes its expandable
# block 「ch-」: 「div.ch-expandable-header」 over 「div.ch-expandable-content」 (its three FAQ pairs were one 「常见问题」
# section's lines, holdout294); a site's own BEM block named after the accordion it is, its toggle named 「toggle」:
# HP 支援's 「button.hp-accordion__toggle」 over 「div.hp-accordion__panel」 (its four questions were lost with their
# buttons and the answers ran into one 「常見問題」 section, holdout299)
_ACCORDION = (r"^(?:(?:ql-|notion-|tm-|u-|uc-|ak-renderer-|ch-)?"
              r"(?:expandable|expand|accordion|toggle|collapsible|faq|schema-faq|rank-math)"
              r"|[a-z]+-(?:faq|accordion))(?:[-_]?item)?(?:[-_]|__)?")
_LETTERED_FAQ = r"|^faq-[a-z]+(?:-item)?__"
_TOGGLE = re.compile(_ACCORDION + r"(?:control|head|header|heading|title|button|question|trigger|summary|link|(?<=__)toggle|(?<=[-_])q)$"
                     + _LETTERED_FAQ + "q$")
_PANEL = re.compile(_ACCORDION + r"(?:content|body|panel|pane|answer|collapse|(?<=[-_])a)$" + _LETTERED_FAQ + "a$")
# … or, inside an item of such a block (「faq-item」, 「accordion-item」), its parts by bare words beside a generated
# one: Swiggy's 「div.faq-item」 holds 「div._3M4Ce.question」 over 「div._1uU3q.answer」 (its five pairs were one
# 「常见问题」 section's lines, cut between a question and its answer, holdout192). Bare 「question」 / 「answer」
# elsewhere (a Q&A site's whole question post and its answers) are no toggle and panel.
_ITEM = re.compile(_ACCORDION + r"$")
# Bootstrap 3's collapsible panel: 「div.panel-heading」 (its h4.panel-title's link the toggle) over
# 「div.panel-collapse」 — a plain panel's heading over its 「panel-body」 is a card's title, no toggle. Read by
# their headings, 中國移動香港's FAQ (div.panel-group) ran its last answer into the contact box after the
# accordion (holdout261)
_BS3_TOGGLE, _BS3_PANEL = "panel-heading", "panel-collapse"
# … whatever build hash CSS modules add (`html_text.unhashed`): Next.js names a module's class 「Component_local__hash」
# (by.U's help page writes 「button.Accordion_header__oK1sF」 over 「div.Accordion_panel__e5Hxw」: its four questions,
# buttons, were lost and their answers ran into one 「Pertanyaan Umum」 section, holdout293), read as 「accordion_header」
# over 「accordion_panel」
_ITEM_TOGGLE = frozenset({"question"})
_ITEM_PANEL = frozenset({"answer"})
_FIELD_TAGS = ["table", "ul", "ol", "dl"]


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


def _said_sibling(node, step: str = "next_sibling"):
    """The node's next (or `step`) sibling, blank strings passed over."""
    sibling = getattr(node, step)
    while isinstance(sibling, NavigableString) and not sibling.strip():
        sibling = getattr(sibling, step)
    return sibling


def _stands_alone(tag: Tag) -> bool:
    """Nothing but blocks (or line breaks) beside it: an inline element alone on its line."""
    if tag.name != "span":
        return True
    for step in ("previous_sibling", "next_sibling"):
        sibling = _said_sibling(tag, step)
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
    for part in CLASS_PARTS.split(token):
        if not part:
            continue
        words.append(part.lower())
        camel = [w.lower() for w in _CAMEL_WORD.findall(part)]
        if len(camel) > 1:
            words.extend(camel[-1:] if camel[-1] in _TEXT_HEADS else camel)
    return words


def _accordions_to_details(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """Accordions built of <div>s (Confluence's expand macro, Bootstrap, FAQ plugins): a toggle
    followed by its panel is a <details><summary>, so a question pairs with its answer."""
    for toggle in [t for t in tags if not gone(t) and t.get("class") and (
            any(_TOGGLE.match(c) for c in _accordion_names(t)) or _in_item(t, _ITEM_TOGGLE) or _BS3_TOGGLE in t["class"])]:
        panel = toggle.find_next_sibling()
        if toggle.parent is None or panel is None or not (
                any(_PANEL.match(c) for c in _accordion_names(panel)) or _in_item(panel, _ITEM_PANEL)
                or (_BS3_TOGGLE in toggle["class"] and _BS3_PANEL in panel.get("class", ()))):
            continue
        if toggle.find(_FIELD_TAGS) is not None:
            # a toggle is a caption: a 「header」 holding a table or list is the page's fields over its body
            # (Znuny's public FAQ, 「div.FAQHeader」 with its action links and FAQMeta table over
            # 「div.FAQBody」: read as one question, its steps and Q/A pairs lost their kinds, holdout137)
            continue
        if toggle.name == "dt" and panel.name == "dd":
            # a definition list pairs its terms with their definitions already (the dl reader's, `parse`):
            # PayPay's help 「dl.c-faq」 of 「dt.c-faq__q」 over 「dd.c-faq__a」, made <details> inside the dl,
            # lost its four questions, the dl reading only its dt and dd, and its answers ran into one
            # 「よくあるご質問」 section (holdout229)
            continue
        _make_details(soup, toggle, panel)
    # … and the ARIA disclosure pattern, whatever the classes (Google Sites' generated ones): a
    # toggle (role="button" or <button>, aria-expanded) names the panel it opens in aria-controls;
    # … or Bootstrap's collapse plugin, whatever the classes: a toggle marked 「data-toggle="collapse"」
    # (Bootstrap 5's 「data-bs-toggle」) names its panel in 「data-target="#id"」 (or its href), and Bootstrap 4's
    # FAQ card, 「div.card-header > button」 over 「div.collapse > div.card-body」, carries no aria-controls:
    # Grameenphone's, 台灣之星's and Zong's help FAQs lost every question (the buttons) and their answers ran into
    # one 「常见问题」 section (holdout256, holdout253, holdout258)
    ids = None
    for toggle in [t for t in tags if not gone(t) and _disclosure_target(t)]:
        if gone(toggle) or toggle.find_parent("[document]") is None:
            # inside a panel moved (or a part removed) for a toggle before it, or a toggle already made a
            # <details> by its classes (Bootstrap 5's 「accordion-header」, its button left out of the tree)
            continue
        if ids is None:
            ids = {str(t["id"]): t for t in tags if not gone(t) and t.get("id")}
        panel = ids.get(_disclosure_target(toggle))
        shown = str(toggle.get("aria-expanded", "false")).lower() == "false"
        if panel is None or gone(panel) or toggle.parent is None or panel in toggle.parents or toggle in panel.parents \
                or not panel.get_text(strip=True) or panel.get("role") == "tabpanel" \
                or is_chrome(panel, shown=shown):
            continue
        # a toggle alone in its heading (Squarespace's 「<h4><button>问题？</button></h4>」 over its
        # panel): the heading is the question
        holder = toggle
        while holder.parent is not None and panel not in holder.parent.descendants \
                and (holder.parent.name in HEADINGS or holder.parent.get("role") == "heading") \
                and holder.parent.get_text(strip=True) == holder.get_text(strip=True):
            holder = holder.parent
        _make_details(soup, toggle, panel, holder)


def _accordion_names(tag: Tag) -> list[str]:
    """The tag's class names (`class_names`), and a CSS module's without its build hash.

    >>> from bs4 import BeautifulSoup
    >>> _accordion_names(BeautifulSoup('<button class="Accordion_header__oK1sF">', "html.parser").button)[-1]
    'accordion_header'
    """
    return [*class_names(tag), *(bare.lower() for c in tag.get("class", []) if (bare := unhashed(c)) != c)]


_COLLAPSE_TOGGLES = ("data-toggle", "data-bs-toggle")
_COLLAPSE_TARGETS = ("data-target", "data-bs-target", "href")


def _disclosure_target(tag: Tag) -> str | None:
    """The id of the panel a disclosure toggle opens: an ARIA toggle's 「aria-controls」, or the
    「#id」 a Bootstrap collapse toggle targets.

    >>> from bs4 import BeautifulSoup
    >>> page = BeautifulSoup('<button data-toggle="collapse" data-target="#faq1">问？</button>'
    ...                      '<a data-bs-toggle="collapse" href="#a2">问？</a>'
    ...                      '<button data-toggle="modal" data-target="#m">x</button>', "html.parser")
    >>> [_disclosure_target(t) for t in page.find_all(True)]
    ['faq1', 'a2', None]
    """
    button = tag.name == "button" or tag.get("role") == "button"
    if tag.get("aria-controls") and tag.has_attr("aria-expanded") and button:
        return str(tag["aria-controls"]).split()[0]
    if not (button or tag.name == "a") \
            or not any(str(tag.get(attr, "")).lower() == "collapse" for attr in _COLLAPSE_TOGGLES):
        return None
    for attr in _COLLAPSE_TARGETS:
        target = str(tag.get(attr, "")).strip()
        if re.fullmatch(r"#[\w:.-]+", target):
            return target[1:]
    return None


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
    for head in (t for t in tags if not gone(t) and "t431__data-part1" in t.get("class", ())):
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
        if gone(grid) or grid.parent is None:
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
    for table in [t for t in tags if t.name == "table" and not gone(t)]:
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
# … or its step's label drawn as a badge (T world's ol.step-list 「<span class="num">STEP 1</span>在手机上打开…」, holdout260:
# each step titled 「STEP 1在手机上打开…」): the list numbers its steps already
_STEP_BADGE = re.compile(r"^(?:step|шаг)\s*\d{1,3}[.:：]?$|^第\s*\d{1,3}\s*步[:：]?$", re.IGNORECASE)


def _item_number_badges(tags: list[Tag]) -> None:
    """A numbered list that draws each number as a badge of its own (Baidu Jingyan's
    「<div class="list-icon">1</div>」): the list numbers its items already."""
    for item in (t for t in tags if t.name == "li" and not gone(t) and t.parent is not None and t.parent.name == "ol"):
        first = next((c for c in item.children if isinstance(c, Tag) or c.strip()), None)
        if isinstance(first, Tag) and first.name in ("div", "span", "i", "em", "b", "strong") \
                and (_NUMBER_ONLY.match(first.get_text(strip=True)) or _STEP_BADGE.match(first.get_text(strip=True))) \
                and len(item.get_text(strip=True)) > len(first.get_text(strip=True)):
            first.decompose()


# a FAQ's question and answer each led by its letter drawn as a badge (Toshiba's 「<dt><span class="faq-q__icon">Q</span>
# 遙控器…？</dt><dd><span class="faq-a__icon">A</span>請確認…</dd>」, holdout280: titled 「Q遙控器…？」, answered 「A請確認…」)
_QA_BADGE = {"Q": "Q：", "A": "A：", "问": "问：", "答": "答：", "問": "問："}
_QA_BADGE_TAGS = ("span", "i", "em", "b", "strong", "div", "label", "sup")
_INDEX_LETTER = re.compile(r"[B-PR-Z]")       # any other letter drawn as such a badge: an A–Z index's
_QA_BADGE_BLOCKS = ("dt", "dd", "p", "div", "li", "summary", "button", "h2", "h3", "h4", "h5", "h6", "a")


def _qa_letter_badges(tags: list[Tag]) -> None:
    """A question and its answer each led by a badge of one letter, 「Q」 and 「A」 (or 「问」 and 「答」), set apart
    from the words only by the badge's box: read as text the letter was glued to the first word, the question
    titled 「Q遙控器…？」 and its answer opening 「A請確認…」. Each badge becomes the label a writer types
    (「Q：」, 「A：」), which the question and answer readers know. Only where the page draws both, a question's badge
    and an answer's, each alone at the head of its block and its block's words typed right after it (a badge
    followed by its own colon is a label already; one followed by another box, a name, labels no words). Not where
    other letters are drawn so too: an A–Z index (「A」 Apple … 「Q」 QQ … 「R」 …) asks and answers nothing; nor where
    the first badge is an answer's (a list of Q&As opens with a question)."""
    found: dict[str, list[Tag]] = {}
    for tag in tags:
        if tag.name not in _QA_BADGE_TAGS or gone(tag) or tag.find(True) is not None:
            continue
        letter = tag.get_text().strip()
        block = tag.parent
        if (letter not in _QA_BADGE and not _INDEX_LETTER.fullmatch(letter)) or block is None \
                or block.name not in _QA_BADGE_BLOCKS:
            continue
        first = next((c for c in block.children if isinstance(c, Tag) or c.strip()), None)
        after = _said_sibling(tag)
        # (the badge's words typed right after it: a badge over a box of its own, 91APP's 「<span class="qa-label">問
        # </span><span class="qa-name">w***n</span>」, heads the asker's name, not the question; or an answer's badge
        # over the paragraph that is its answer, LINE Pay's 「<div class="faq-a"><span class="ico-a">A</span><p>錯誤
        # 代碼…</p>」, holdout301: the label then opens that paragraph)
        if first is not tag:
            continue
        if isinstance(after, Tag) and after.name == "p" and letter in "A答" and after.get_text().strip():
            words = after.get_text().strip()
        elif not isinstance(after, NavigableString) or isinstance(after, Comment):
            continue
        else:
            words = after.strip()
        if not words or words[0] in ":：.．、)）-–—":
            continue
        if letter not in _QA_BADGE:
            return          # another letter drawn as a badge: an index's letters, no Q&A's
        if not found and letter not in "Q问問":
            return          # an answer's badge before any question's: no list of questions and answers
        found.setdefault("Q" if letter in "Q问問" else "A", []).append(tag)
    if len(found) < 2:
        return
    for badge in found["Q"] + found["A"]:
        label = _QA_BADGE[badge.get_text().strip()]
        after = _said_sibling(badge)
        if isinstance(after, Tag):
            after.insert(0, label)
            badge.decompose()
        else:
            badge.replace_with(label)


_BADGE_NUMBER = re.compile(r"^(\d{1,3})\s*[.、．)）]?$")
# a bullet a block editor draws as a badge of its own before its item's text (FlowUs' 「div.list-marker > span.dot •」,
# Tencent Docs' 「span.melo-list-marker •」 saved without the page's melo-page-content, holdout294 and holdout293)
_BULLET_BADGE = re.compile(r"^[•·●○◦▪■□◆◇▸►‣∙⁃–-]$")
_BADGE_TAGS = ("span", "div", "i", "em", "b", "strong")
# what a badge's class calls it where it draws a bare number or a bullet (Babilon's span.steps__num 「1」, FlowUs'
# div.list-marker, Tencent Docs' span.melo-list-marker): without such a name, a figure over its words is a stat card's
# (「1 年质保」「2 次免费换新」) and a 「·」 before a name a by-line's, their own text, not an item's badge
_MARKER_WORDS = frozenset({"num", "number", "no", "index", "idx", "step", "steps", "marker", "bullet", "dot", "order",
                           "badge", "counter"})


def _numbered_blocks(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A block editor's publish view that draws each list item as a block of its own: a number or bullet badge, then
    the item's text (AppFlowy's 「div.numbered-list-block: span.number 1. + div.text-content」, holdout119; FlowUs'
    「div.block-wrapper > div.numbered-list-block: div.list-marker 1. + div.block-content」 and its bulleted-list
    blocks' 「•」, Babilon's 「div.steps__item: span.steps__num 1 + div.steps__text」, holdout294 and holdout291).
    Read as a page, each number or bullet was a line of its own over its item's line (or glued before it), and the
    procedure plain text. Two or more such blocks side by side — each alone in its wrappers, if any —, numbered 1, 2,
    3… (a badge holding nothing but its number, and at most a mark) or each led by a bullet, are one numbered or
    bulleted list, each item the text after its badge."""
    done: set[int] = set()
    for tag in tags:
        if id(tag) in done or gone(tag) or tag.parent is None:
            continue
        number, bullet = _badge_number(tag), _bullet_badge(tag)
        if number != 1 and not bullet:
            continue
        run, units = [tag], [_block_unit(tag)]
        following = units[0].find_next_sibling()
        while following is not None:
            block = _unit_block(following, bullet, len(run) + 1)
            if block is None:
                break
            run.append(block)
            units.append(following)
            following = following.find_next_sibling()
        done.update(map(id, run))
        if len(run) < 2:
            continue
        listed = soup.new_tag("ul" if bullet else "ol")
        units[0].insert_before(listed)
        for block, unit in zip(run, units):
            next(c for c in block.children if isinstance(c, Tag)).extract()     # the badge
            block.extract()
            if unit is not block:
                unit.decompose()
            block.name = "li"
            listed.append(block)


def _block_unit(block: Tag) -> Tag:
    """The outermost of a badged block's wrappers that hold nothing else (FlowUs' 「div.block-wrapper」), else the
    block: what stands beside the next item's."""
    unit = block
    while unit.parent is not None and unit.parent.name == "div" \
            and [c for c in unit.parent.children if isinstance(c, Tag) or c.strip()] == [unit]:
        unit = unit.parent
    return unit


def _unit_block(unit: Tag, bullet: bool, number: int) -> Tag | None:
    """The badged block a sibling unit is or wraps alone: led by a bullet, or numbered `number`."""
    block: Tag | None = unit
    while isinstance(block, Tag):
        if (_bullet_badge(block) if bullet else _badge_number(block) == number) and _block_unit(block) is unit:
            return block
        children = [c for c in block.children if isinstance(c, Tag) or c.strip()]
        block = children[0] if len(children) == 1 and isinstance(children[0], Tag) else None
    return None


def _badge_number(block: Tag) -> int:
    """The number a block's badge draws before its text in a block of its own, else 0."""
    if block.name != "div":
        return 0
    children = [c for c in block.children if isinstance(c, Tag) or c.strip()]
    if len(children) < 2 or not all(isinstance(c, Tag) for c in children) \
            or children[0].name not in _BADGE_TAGS or children[1].name not in BLOCK_TAGS:
        return 0
    badge = children[0].get_text(strip=True)
    number = _BADGE_NUMBER.match(badge)
    if number is None or not children[1].get_text(strip=True):
        return 0
    return int(number.group(1)) if not badge[-1].isdigit() or _names_marker(children[0]) else 0


def _bullet_badge(block: Tag) -> bool:
    """Whether a block is a bullet's badge of its own before its item's text (in a block or in runs)."""
    if block.name != "div":
        return False
    children = [c for c in block.children if isinstance(c, Tag) or c.strip()]
    return len(children) >= 2 and all(isinstance(c, Tag) for c in children) and children[0].name in _BADGE_TAGS \
        and bool(_BULLET_BADGE.match(children[0].get_text(strip=True))) and _names_marker(children[0]) \
        and any(c.get_text(strip=True) for c in children[1:])


def _names_marker(badge: Tag) -> bool:
    """Whether a badge's class (or its one child's: FlowUs' div.list-marker > span.dot) calls it a marker."""
    return any(not _MARKER_WORDS.isdisjoint(_class_words(tag)) for tag in [badge, *badge.find_all(True)])


def _confluence_title(tags: list[Tag]) -> None:
    """Confluence prefixes a page's title with its space (「客户帮助中心 : PIN码和PUK码」)."""
    for title in (t for t in tags if not gone(t) and t.get("id") == "title-text"):
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
    header = next((t for t in tags if not gone(t) and {"page-col-content", "is-page-header"} <= set(t.get("class", ()))), None)
    column = next((t for t in tags if not gone(t) and "page-col-sd" in t.get("class", ())), None)
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
    MsoTitle) above the document's H1s, which are its parts.

    A CMS that writes no H1 marks its article's title as a lower heading of class 「title」 over the text (a bank's
    TRS editor body opening 「<h3 class="title">境外银行卡在中国银行 ATM 被吞卡如何处理？</h3>」, holdout242): read as
    a heading with no text of its own under it, it titled nothing, and the article took the site's name, the
    <title>'s first part. The page's one such heading, before any other, is its title; a listing's cards each
    hold one (「h3.title」 per related article), and stay headings. A heading whose words the <title> holds is left
    to `parse._pick_title`, which titles the page by the <title>'s part (Xiaohongshu's 「<h2 class="title">给娃办手机卡🧒」
    under 「给娃办手机卡 - 小红书」, its emoji no word of the title)."""
    title = next((t for t in tags if not gone(t) and t.name == "p" and _TITLE_STYLES & set(t.get("class", ()))), None)
    if title is not None and title.find_previous("h1") is None:
        title.name = "h1"
        return
    headings = [t for t in tags if not gone(t) and t.name in HEADINGS]
    titled = [t for t in headings if "title" in t.get("class", ())]
    if len(titled) != 1 or headings[0] is not titled[0] or any(t.name == "h1" for t in headings):
        return
    page = next((t for t in tags if t.name == "title"), None)
    words = "".join(_WORD.findall(titled[0].get_text()))
    if words and (page is None or words not in "".join(_WORD.findall(page.get_text()))):
        titled[0].name = "h1"


REPLY_SUFFIXES = ("（回复）", "（回覆）")       # a part the parser heads as a reply to its thread's subject


def reply_title(subject: str) -> str:
    """The heading over a reply that answers `subject`, in the subject's script: a Traditional thread's
    replies read 「…（回覆）」, not a Simplified suffix on a Traditional title."""
    return subject + REPLY_SUFFIXES[writes_traditional(subject)]


_QUOTED_POST = re.compile(r"(?:写道|寫道|wrote)\s*[:：]")


def _forum_replies(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A forum topic's replies (schema.org `itemprop="comment"`: Discourse's posts after the first)
    answer its title's question, not its first post's last heading: each is a part of its own,
    titled by the topic (「…（回复）」)."""
    replies = [t for t in tags if not gone(t) and t.get("itemprop") == "comment"]
    title = next((t for t in tags if t.name == "h1" and not gone(t)), None)
    if not replies or title is None:
        return
    name = clean(title.get_text()).replace("\n", " ")
    for reply in replies:
        heading = soup.new_tag("h2")
        heading.string = reply_title(name)
        reply.insert(0, heading)


_DISCUZ_POST = re.compile(r"^postmessage_\d+$")
# inside a post: the edit stamp (「本帖最后由…编辑」), a quoted post, the anti-copy junk text, an
# attachment's box; Discuz writes inline attachments in its own <ignore_js_op> tag
_DISCUZ_JUNK = ["pstatus", "quote", "jammer", "attach_nopermission", "locked"]
_DISCUZ_OLD_POST = "t_msgfont"      # a post's text in the older (6/7) layout, its id not always 「postmessage_N」
# a post's card: X's table#pid31880001 (or its div#post_31880001), 6/7's table#pid1; its writer is X's 「a.xw1」 in the
# author cell, 6/7's <cite> in td.postauthor
_DISCUZ_CARD = re.compile(r"^(?:pid|post_)\d+$")
_DISCUZ_WRITER = ".pls a.xw1, .authi a.xw1, td.postauthor cite"
_QUESTION_MARKS = re.compile(r"[？?]")
# Discuz! X's post: `table.plhin` (the poster's card `td.pls` with its name 「.authi a」, then `td.plc`: the floor
# 「a#postnumN」 (楼主, 沙发, 板凳, 地板, 5#…) and the time 「em#authorposton N」 「发表于 2026-11-18 22:41」)
_DISCUZ_FLOOR = re.compile(r"^postnum\d+$")
_DISCUZ_TIME = re.compile(r"^authorposton\d+$")
_POSTED_AT = re.compile(r"^\s*(?:发表于|發表於)\s*")
# the thread's poster answering in it (as threads.OP), in the thread's script: a Traditional thread's 「（樓主）」, as its
# first post's floor reads (a Simplified 「楼主」 on ck101's Traditional thread was on no line of the page, holdout304)
_DISCUZ_OP = ("（楼主）", "（樓主）")


def _discuz_by_line(body: Tag, writer: str) -> tuple[str, list[str]] | None:
    """Who wrote a Discuz! X post (`table.plhin` around its text), and its floor and time: read as a page, the
    card and the floor line were dropped with the rest of the post's frame, so the poster's own 「解决了！」 and the
    fixes others gave could not be told apart (机锋's thread, holdout256). The writer is the one `_discuz_writer`
    found (the follow-up questions' headings ask him too). None in another layout, or where the card names no one."""
    frame = body.find_parent("table", class_="plhin")
    if frame is None or not writer:
        return None
    floor, time = frame.find(id=_DISCUZ_FLOOR), frame.find(id=_DISCUZ_TIME)
    # a theme whose floor line carries no ids (威锋's 「<strong><a>沙發</a></strong><em>發表於 …</em>」, holdout308:
    # each reply's by-line was its writer's name alone): the floor line's own <strong> and <em>
    line = frame.select_one("td.plc > div.pi") if floor is None or time is None else None
    if line is not None:
        floors = line.find_all("strong", recursive=False)     # (the last: a reply by the poster may lead with 「樓主」)
        floor = floor or (floors[-1] if floors else None)
        time = time or line.find(lambda tag: tag.name == "em" and tag.find_parent("strong") is None)   # (not 「<em>4</em>#」)
    return writer, [said for said in (one_line(floor), _POSTED_AT.sub("", one_line(time))) if said]


def _quoted_posts(tags: list[Tag]) -> None:
    """A reply quoting another post (「<blockquote><cite>老郑 写道:</cite>…」): the post it quotes
    is on the page already."""
    for quote in (t for t in tags if t.name == "blockquote" and not gone(t)):
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
    text, its lists flattened into table cells 「 / 」-joined, and the posts cut at the wrong places.
    So is a theme laying each post out in divs (花粉俱樂部's div.post-item: div.pls card, div.pi floor line
    「沙發 發表於 …」, the text in div.t_f#postmessage_N, holdout239): read as a page, the replies and their
    cards ran on into the first post's last part, a quoted question and its answer apart from each other.
    A reply asking one question by the thread's poster (「咁 csl 卡入面嘅餘額仲攞唔攞得返？」) heads the next writer's reply,
    which answers it, as a Zhidao follow-up's answer is (`threads.asking_line`): titled 「subject（回复）」, the follow-up
    and its answer were two parts apart (holdout255's Discuss.com.hk thread). The line that asks it then leaves the
    poster's reply, whose other lines stay (a reply of that line alone goes with its heading): it heads the answer,
    and left in place it was glued to the poster's thanks (「感謝版主！更新到 .95 之後…」 over 「順便問一下：雙卡都開
    VoLTE 會比較耗電嗎？」, holdout263's ZenTalk thread) or read twice, once as an answer to the subject.
    Each writer is found once (`_discuz_writer`): the by-line's name, the 「（楼主）」 mark (the first post's writer) and
    the follow-up test are one reading of the card, where two selectors had told one post's writer two ways."""
    postlist = next((t for t in tags if t.attrs and t.attrs.get("id") == "postlist"), None)   # bs4's find(id=) walks slower
    bodies = (postlist.find_all(["td", "div"], id=_DISCUZ_POST) or postlist.find_all(class_=_DISCUZ_OLD_POST)
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
    from indexer.sites.threads import asking_line, br_lines, line_text   # (threads imports the cleaner's helpers through parse)
    writers = [_discuz_writer(body) for body in bodies]
    asked = ""          # what the thread's poster asked in a reply, which the next writer's reply answers
    for k, body in enumerate(bodies):
        by_line = _discuz_by_line(body, writers[k])
        for junk in body.find_all("ignore_js_op") + body.find_all(class_=_DISCUZ_JUNK):
            if not gone(junk):
                junk.decompose()
        if k and name:
            answers = asked and writers[k] != writers[k - 1]
            own = "" if answers else _own_question(body)
            thread.append(soup.new_tag("h2", string=asked if answers else own or reply_title(name)))
        # (one question: a reply to several (「问：…<br>问：…」) answers each in turn, not the first alone)
        asked = asking_line(body) if k and writers[k] and writers[k] == writers[0] \
            and len(_QUESTION_MARKS.findall(body.get_text())) == 1 else ""
        # … and a reader's question the thread's poster answers in the next post, addressed to him by name (HostLoc's
        # 沙发 「问下楼主，停机期间小鸡里的数据还在吗？…」 under 板凳 「回 ByteDog：数据都在…」, holdout298: two parts apart)
        # or quoting it (ck101's 3# 「Yuki_交換生 發表於 …」 in a div.quote, its link to 2#'s pid, holdout304)
        if not asked and k and writers[k] and writers[k] != writers[0] and k + 1 < len(bodies) \
                and writers[k + 1] == writers[0] and (_addresses(bodies[k + 1], writers[k])
                                                      or _quotes(bodies[k + 1], body, writers[k])):
            asked = asking_line(body)
        if asked and k + 1 < len(bodies) and writers[k + 1] != writers[k]:
            asking = next((line for line in br_lines(body) if clean(line_text(line)).strip() == asked), None)
            for node in asking or ():
                after = node.next_sibling
                node.extract()
                if isinstance(after, Tag) and after.name == "br":
                    after.extract()
            if asking and not body.get_text(strip=True):
                if k and name:
                    thread.contents[-1].extract()       # (the heading over the reply that was only the question)
                continue
        post = soup.new_tag("div")
        if by_line:
            author, rest = by_line
            mark = _DISCUZ_OP[writes_traditional(name)] if k and author == writers[0] else ""
            post.append(soup.new_tag("p", string=" · ".join([author + mark, *rest])))
        post.extend([child.extract() for child in list(body.contents)])
        thread.append(post)
    postlist.replace_with(thread)


# a reply's opening 「回 ByteDog：」「回复 @ByteDog」「@ByteDog」: to whom it answers (the words the comment reader's
# replies open with, `html_text.REPLY_WORDS`, or a bare 「回」, each optional: a bare 「ByteDog，」 names him too)
_ADDRESSED = rf"\s*(?:{REPLY_WORDS}|回)?\s*@?\s*{{}}\s*[:：,，]"


def _addresses(body: Tag, name: str) -> bool:
    """Whether a Discuz! post opens by naming the writer it answers (「回 ByteDog：…」), its quote and edit stamp aside."""
    said = "".join(str(text) for text in body.find_all(string=True)
                   if not isinstance(text, Comment) and text.find_parent(class_=_DISCUZ_JUNK) is None
                   and text.find_parent("ignore_js_op") is None)
    return re.match(_ADDRESSED.format(re.escape(name)), clean(said)) is not None


def _own_question(body: Tag) -> str:
    """A reply that opens on the one question it asks, labelled (「問：吃到飽到期那天剛好在國外，…嗎？<br>自己爬文找到答案了：…」),
    and answers it after: the question heads the reply and leaves its text. Left in, the fragmenter took the labelled line
    for a Q&A pair of its own, and the reply's by-line stood alone as a part with no text (ck101's 5#, holdout304)."""
    from indexer.parse import QUESTION_PREFIX      # (parse imports this module)
    from indexer.sites.threads import HEADING_MAX, br_lines, line_text
    lines = br_lines(body)
    said = [clean(line_text(line)).strip() for line in lines]
    if len(lines) < 2 or not QUESTION_PREFIX.match(said[0]) \
            or sum(bool(QUESTION_PREFIX.match(line)) for line in said) != 1:
        return ""
    question = QUESTION_PREFIX.sub("", said[0], count=1).strip()
    if not question.endswith(("？", "?")) or len(question) > HEADING_MAX or not any(said[1:]):
        return ""
    for node in lines[0]:
        after = node.next_sibling
        node.extract()
        if isinstance(after, Tag) and after.name == "br":
            after.extract()
    return question


_FINDPOST = re.compile(r"[?&;]pid=(\d+)")


def _quotes(body: Tag, post: Tag, name: str) -> bool:
    """Whether a Discuz! post quotes `post` (written by `name`): its div.quote links to the post's pid (「…findpost&pid=
    88120533」) or opens 「name 發表於 …」."""
    pid = re.sub(r"\D", "", post.get("id") or "")
    for quote in body.find_all(class_="quote"):
        link = quote.find("a", href=_FINDPOST)
        if pid and link is not None and _FINDPOST.search(link["href"]).group(1) == pid \
                or re.match(rf"\s*{re.escape(name)}\s*(?:发表于|發表於)", clean(quote.get_text())):
            return True
    return False


def _discuz_writer(body: Tag) -> str:
    """Who wrote a Discuz! post (its card's name, `_DISCUZ_WRITER`); "" where the card names no one."""
    card = body.find_parent(attrs={"id": _DISCUZ_CARD})
    name = card.select_one(_DISCUZ_WRITER) if isinstance(card, Tag) else None
    return clean(name.get_text()) if isinstance(name, Tag) else ""


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
        if gone(tag) or not tag.get("class"):
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
        if dl.name != "dl" or "field-list" not in dl.get("class", ()) or dl.parent is None or gone(dl):
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


def _property_fields(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A page's property row — names and values side by side, each in an element its class names a property's
    name or value (Notion's div.notion-collection-row under the title: div.notion-property of
    span.notion-property-name 「作者」 and span.notion-property-value 「CSSA 学术部 Amy」, holdout288) — is a by-line of
    fields, each read 「作者：CSSA 学术部 Amy」 as a field list's is (`_field_lists`), a row's one line 「最后更新：
    2026年9月2日 · 作者：CSSA 学术部 Amy」: the spans touch, and the name was glued to its value (「作者CSSA 学术部
    Amy」 opened the intro's passage) while the date, a line of its own, went as a by-line — the by-line half kept.
    Read as one line it goes whole when it is one (`parse.drop_bylines`), as the properties block of an export
    does; a row saying more stays, a line of fields."""
    rows: dict[int, tuple[Tag, list[Tag]]] = {}
    for name in tags:
        if gone(name) or not name.get("class"):
            continue
        words = _class_words(name)
        if "property" not in words or words.isdisjoint(("name", "label", "key")):
            continue
        value = name.find_next_sibling()
        if not isinstance(value, Tag) or not {"property", "value"} <= _class_words(value):
            continue
        text = clean(raw_text(name)).rstrip()
        if text and not text.endswith((":", "：")):
            name.append(NavigableString("："))
        field = name.parent
        if field is not None and field.parent is not None and field.find_all(class_=True, recursive=False)[-1] is value:
            rows.setdefault(id(field.parent), (field.parent, []))[1].append(field)
    for row, fields in rows.values():
        if len(fields) > 1 and not gone(row) \
                and all(isinstance(child, Tag) and any(child is one for one in fields) or not str(child).strip()
                        for child in row.contents):     # (by identity: bs4's `in` compares tags by their markup)
            joined_line(soup, fields)


# a field's text opening with its label (「适用产品：」「发布时间：」)
_FIELD_LABEL = re.compile(r"^[^\s:：。，,]{1,8}\s*[:：]\s*\S")


def _labelled_spans(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A box of nothing but side-by-side spans of one class, each a labelled field (华为's knowledge article:
    div.knowledge-info of span.knowledge-info__item 「适用产品：手机、平板…」「适用版本：HarmonyOS 4.0 及以上…」
    「发布时间：…」「浏览量：…」, holdout302), is one line of fields set apart by 「 · 」, as `_property_fields` reads a
    property row: the spans touch, the space between them a line break between Chinese words that is dropped,
    and each value ran into the next label (「…智慧屏、笔记本适用版本：HarmonyOS…」), so that the by-line reader
    could not tell the fields apart. So are spans of no class at all (联想知识库's div.knowledge-info 「<span>知识编号：
    <em>dc_205318</em></span><span>分类：电池/电源</span>…」, holdout305: 「…dc_205318分类：电池/电源发布时间：…」)."""
    for box in tags:
        if gone(box) or box.name not in ("div", "p"):
            continue
        spans = box.find_all(True, recursive=False)
        if len(spans) < 2 or any(span.name != "span" or span.get("class") != spans[0].get("class") for span in spans) \
                or any(isinstance(node, NavigableString) and node.strip() for node in box.children) \
                or not all(_FIELD_LABEL.match(clean(span.get_text()).strip()) for span in spans) or is_chrome(box):
            continue        # a by-line box the chrome pass drops keeps its scope fields by `_scope_fields`
        joined_line(soup, spans)


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
        if gone(tag):
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


def _message_boxes(tags: list[Tag]) -> None:
    """A MediaWiki message box (the ambox / tmbox / ombox… templates: a one-row `table` of an icon cell
    `td.mbox-image` and the notice's `td.mbox-text`) is its notice, a paragraph of the page: read as a table, its
    row opened the first part with the icon and a cell bar before the notice's words."""
    for cell in [t for t in tags if t.name == "td" and "mbox-text" in t.get("class", ())]:
        box = cell.find_parent("table")
        if gone(cell) or box is None or len(box.find_all("tr")) != 1:
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
        if gone(tag) or tag.parent is None or tag.name not in ("ol", "ul"):
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
        while following is not None and following.name == "ol" and not gone(following) \
                and _start(following) == _start(tag) + len(tag.find_all("li", recursive=False)):
            for item in following.find_all("li", recursive=False):
                tag.append(item.extract())
            following.decompose()
            following = tag.find_next_sibling()
        _resumed_list(tag)


def _announced_lists(tags: list[Tag]) -> None:
    """A list right after a definition list whose last definition announces it (「…</dt><dd>按以下步骤：</dd></dl><ol>
    …」: 云闪付's FAQ closes the <dl> before the steps of its last answer, holdout242) is that definition's: the answer
    was its lead alone and the steps a procedure of the part's heading, apart from their question. The colon says
    that the list goes on the answer; a list after an answer ending otherwise is the part's own."""
    for dl in tags:
        if gone(dl) or dl.name != "dl" or dl.parent is None:
            continue
        last = dl.find_all(True, recursive=False)[-1:]
        if not last or last[0].name != "dd" or not clean(last[0].get_text()).endswith((":", "：")):
            continue
        following = _said_sibling(dl)
        if isinstance(following, Tag) and following.name in ("ol", "ul") and not gone(following):
            last[0].append(following.extract())


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
        if not items or not between or node is None or node.name != "ol" or gone(node) \
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
        if gone(tag) or tag.parent is None:
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
    _lake_lists(soup, [tag for tag in lake if tag.name in _LAKE_ITEMS and not gone(tag)])
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
        if gone(tag) or tag.parent is None or tag.name not in ("ol", "ul"):
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
        if gone(tag) or tag.name != "li":
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
    for thread in [tag for tag in tags if not gone(tag) and "comment-thread" in tag.get("class", ())
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
    for icon in [t for t in tags if t.name == "td" and not gone(t) and "icon" in t.get("class", ())]:
        table, content = icon.find_parent("table"), icon.find_next_sibling("td")
        if gone(icon) or table is None or content is None or table.find_parent(class_="admonitionblock") is None:
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
    for title in [t for t in tags if t.name == "div" and not gone(t) and "title" in t.get("class", ())]:
        block = title.parent
        if block is not None and not _LISTING.isdisjoint(block.get("class", ())) and block.find("pre") is not None:
            text = clean(title.get_text()).replace("\n", " ")
            if text and not _LEADS_INTO.search(text):
                title.string = f"{text}："
    # the document title sits in a #header beside #content (with the author line and the table of contents)
    header = next((t for t in tags if t.name == "div" and not gone(t) and t.get("id") == "header"), None)
    if header is not None and header.find_next_sibling(id="content") is not None and header.find("h1") is not None:
        header.insert_before(header.find("h1").extract())
    # Asciidoctor's [qanda] list: each item's first paragraph is the question, the rest its answer
    for qanda in [t for t in tags if not gone(t) and "qanda" in t.get("class", ())]:
        for item in qanda.find_all("li"):
            question = item.find("p")
            if question is None or gone(question):
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
    markers = [t for t in tags if t.name == "span" and not gone(t)
               and "mso-list:ignore" in str(t.get("style", "")).lower().replace(" ", "")]
    markers += [t.parent for t in tags if t.name == "span" and not gone(t) and isinstance(t.parent, Tag)
                and t.parent.name == "span" and t.parent not in markers
                and _WORD_MARKER_SPACER.match(str(t.get("style", "")).lower().replace(" ", "").replace("'", '"'))
                and not t.get_text().replace("\xa0", " ").strip() and _leads_paragraph(t.parent)]
    for marker in markers:
        if gone(marker) or marker.parent is None:
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
        if picture.name != "p" or _CENTRED not in picture.get("class", ()) or gone(picture) \
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
        if gone(tag) or "caption" not in " ".join(tag.get("class", ())).lower():
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


# what names a post's cover picture: 「article__cover」, 「cover-img」, 「post-single__featured-image」, 「hero-image」
_COVER_WORDS = frozenset({"cover", "featured", "hero"})


def _cover_figures(tags: list[Tag]) -> None:
    """A news post's cover picture (a `<figure>` named for the cover: Kursiv's figure.article__cover 「阿斯塔納左岸的
    5G 基站。攝影：Kursiv / Тимур Ахметов」, Rappler's figure.post-single__featured-image 「ILLUSTRATION BY …」) is the
    site's dressing of the post, set above its text: its caption says where the photograph was taken and who took
    it, no fact of the text, and was a passage of its own between the lead and the first paragraph (holdout212).
    The picture goes (`SKIP_TAGS`), and its caption with it; a figure inside the text keeps its caption.

    A figure named for nothing is the cover too where it stands between the page's title and its text, outside
    the text's box: CNA's `figure.image` 「阿拉木图郊外的 Shymbulak 滑雪场。(Photo: iStock)」 sits under the article's
    `<h1>`, by-line and share bar, above `div.text-long` (holdout203), and was a passage of its own under the title."""
    titles = [tag for tag in tags if tag.name == "h1" and not gone(tag)]
    for tag in tags:
        if tag.name == "figure" and not gone(tag) and tag.parent is not None \
                and (not _COVER_WORDS.isdisjoint(_class_words(tag)) or len(titles) == 1 and _under_title(tag, titles[0])) \
                and tag.find(["table", "pre", "ol", "ul"]) is None:
            tag.decompose()


def _under_title(figure: Tag, title: Tag) -> bool:
    """A figure set after the page's title among the title's siblings, no paragraph between them, and before the
    box holding the text: a sibling after it holding two or more paragraphs."""
    if figure.parent is not title.parent or figure.find("figcaption") is None:
        return False
    before = [s for s in figure.find_previous_siblings() if isinstance(s, Tag)]
    if title not in before or any(s.name == "p" or s.find("p") is not None for s in before[:before.index(title)]):
        return False
    return any(s.name in ("div", "section") and len(s.find_all("p", recursive=False)) >= 2
               for s in figure.find_next_siblings() if isinstance(s, Tag))


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
    inner = [t for t in tags if not gone(t) and t.name == "a" and str(t.get("href", "")).startswith("#")]
    if not inner:
        return
    lines: dict[int, Tag] = {}
    for link in inner:
        if gone(link) or link.parent is None:
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
        if gone(line) or line.parent is None:
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
    for holder in (t.find_parent("details") for t in emptied if not gone(t)):
        if holder is not None and not gone(holder) and not "".join(
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
        if link.name != "a" or gone(link) or link.parent is None:
            continue
        said = " ".join(link.get_text(" ").split())
        if len(said) <= EDIT_LABEL_MAX and _EDIT_LABEL.match(said) \
                and _EDIT_ADDRESS.search(str(link.get("href", ""))):
            link.decompose()


# what a by-line's parts are named after: when, who, how often read (「article__date」「article__author」「article__views」)
_BYLINE_PARTS = frozenset({"date", "time", "datetime", "published", "pubdate", "author", "views", "view", "hits",
                           # 少数派's a.nickname, span.timer, span.read 「阅读 3.2k」; 36氪's span.label, the channel 「出海」
                           "nickname", "timer", "read", "label",
                           # Vlast.kz's span.article__comments-count 「💬 3」 beside the date and views
                           "comments"})
_BYLINE_WHEN = frozenset({"date", "time", "datetime", "published", "pubdate", "timer"})
# a box of an article's stats under its title, its parts unnamed: Dzen's div.article__stats 「<time>2 марта 2025</time>
# · <span>12 тыс. дочитываний</span> · <span>6 мин.</span>」 (a date among them: a listing's facts, 「4 Beds · 3 Baths」,
# have none)
_STATS_BOX = frozenset({"stats"})


def _classed_bylines(tags: list[Tag]) -> None:
    """A by-line laid out as spans each named for what it holds (Zakon.kz's div.article__info: 「24 ноября 2026, 09:15」
    in span.article__date, 「Автор: …」 in span.article__author, 「👁 4 812」 in span.article__views) is no text. Its
    box's own name says nothing (「info」 names an info box too), the author's span went by its name and the date
    and view count stayed, the first line of the article's first fragment (holdout131). 少数派's div.article-info
    (a.nickname 「… 作者」, span.timer, span.read 「阅读 3.2k」) and 36氪's div.article-title-icon (a.author,
    span.time, span.label 「出海」) were such lines, glued (「2026-11-22 09:30 · 出海」, holdout185), and so were
    Vlast.kz's date and views, its box holding the comment count too (span.article__comments-count 「💬 3」,
    holdout212): a by-line's count of comments is one of its parts. A box is one when it
    holds two parts or more, inline, every one named for a by-line's part, one of them for when, and no other
    text; or when the box is named for an article's stats and one of its parts is a <time>: Dzen's div.article__stats
    (「2 марта 2025 · 12 тыс. дочитываний · 6 мин.」, parts of no class) opened the first fragment (holdout222)."""
    for box in tags:
        if box.name not in ("div", "p") or gone(box):
            continue
        parts = box.find_all(True, recursive=False)
        if len(parts) < 2 or any(part.name not in ("span", "a", "time") for part in parts) \
                or _loose_text(box):
            continue
        named = [_class_words(part) for part in parts]
        if all(words & _BYLINE_PARTS for words in named) and any(words & _BYLINE_WHEN for words in named) \
                or _STATS_BOX & _class_words(box) and any(part.name == "time" for part in parts):
            box.decompose()


BYLINE_BOX_MAX = 200        # the characters of a by-line box: its date, views and fields, no text
# the gap between two fields of a by-line typed as one line of text: ideographic spaces, two spaces at least, or a
# middle dot set between spaces (Zong's p.help-meta 「更新日期：2026-11-10 · 适用：Zong 预付费 / 后付费」)
_WIDE_SPACES = re.compile(r"\s*\u3000+\s*|\s{2,}|\s+·\s+")
# a by-line's dated field after a scope field (「更新於 2026/10/08」, 「Last updated: 2026-09-15」)
_DATED_FIELD = re.compile(r"(?:19|20)\d\d\s*(?:年|[-/.．]\s*\d{1,2})")
# the words every field `html_text.SCOPE_FIELD` matches opens with: 「生效」「实施」 only before 时间 / 日期 (alone they are
# words of running text, and most pages' elements would be read)
_SCOPE_WORD = re.compile(r"适用|適用|规则编|規則編|(?:生效|施行|实施|實施)(?:时|時|日)")


def _scope_fields(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A field saying what the article applies to (`html_text.SCOPE_FIELD`) in a by-line box the chrome pass drops
    is the article's: OPPO's support answer sets 「适用机型：ColorOS 13 及以上全部机型」 in div.answer-meta beside
    「更新时间：…」 and 「浏览量：…」 (holdout239), and the models went with the date, named 「meta」. The field is set
    before its box as a line of its own, the box left to the chrome pass. Only a short box (`BYLINE_BOX_MAX`) the
    skip rules name by its class, itself in no part they drop (a sidebar's, a footer's fields go with it). A box
    of bare text sets its fields apart by wide spaces (腾讯会议's div.help-meta 「更新时间：2025-09-18　适用版本：腾讯会议
    iOS / Android 3.28 及以上」, holdout249), or by a 「 · 」 between spaces (Zong's help page's p.help-meta 「更新日期：
    2026-11-10 · 适用：Zong 预付费 / 后付费」, holdout258, the only line saying the page covers both): its field after
    the date is read the same way. A rule centre's number for its rule and the date the rule takes effect are such
    fields too (快手小店规则中心's div.rule-detail__meta 「规则编号：KS-SH-2026-017」「生效时间：2026-09-01 00:00:00」 beside
    「更新时间」 and 「浏览 38.6w」, holdout289): what a merchant cites and asks about, not when the page was edited.

    Only the elements around a text naming 适用 (or 规则编号, 生效时间…, `_SCOPE_WORD`) are read: each field's text was
    read whole, a walk of its subtree for every element of every page, and pages without the words are nearly all
    of them."""
    holders = {id(parent) for text in soup.find_all(string=_SCOPE_WORD) for parent in text.parents}
    for field in tags:
        if id(field) not in holders or gone(field) or field.name not in ("span", "p", "li", "dd", "div") \
                or field.find(list(BLOCK_TAGS)) is not None:
            continue
        said = clean(field.get_text()).replace("\n", " ")
        box = None
        pieces = [clean(piece) for piece in _WIDE_SPACES.split(field.get_text().strip())]
        dated = next((k for k, piece in enumerate(pieces) if k and _DATED_FIELD.search(piece)), 0)
        if (SCOPE_FIELD.match(said) is None or dated) and field.find(True) is None and is_chrome(field):
            # the field may open the line too, the date after it (Dreame's p.support-page__meta 「適用機型：Dreame H12 Pro
            # （型號 HHR25A）、H12 Core · 更新於 2026/10/08」, holdout276): the field alone is kept, up to the date
            said = " · ".join(pieces[:dated]) if SCOPE_FIELD.match(said) \
                else next((piece for piece in pieces[1:] if SCOPE_FIELD.match(piece)), said)
            box = field
        if len(said) > SCOPE_FIELD_MAX or SCOPE_FIELD.match(said) is None:
            continue
        box = box or next((parent for parent in field.parents if isinstance(parent, Tag) and is_chrome(parent)), None)
        if box is None or box.name in SKIP_TAGS or len(clean(box.get_text())) > BYLINE_BOX_MAX \
                or any(isinstance(parent, Tag) and is_chrome(parent) for parent in box.parents):
            continue
        line = soup.new_tag("p")
        line.string = said
        box.insert_before(line)
        field.decompose()


def _loose_text(box: Tag) -> bool:
    """Whether `box` holds text of its own between its elements, more than the separators (「·」, 「|」, 「/」) a
    row of labelled parts is drawn with: a sentence, not a by-line's or a card's row of parts."""
    return any(isinstance(node, NavigableString) and node.strip(" \t\n·•|/,") for node in box.children)


# an app's download or open-in-app strip, by its class words: one naming the app or its download (「app」, 「download」,
# 「openapp」) beside another naming a strip (`_app_banners`)
_APP_WORDS = frozenset({"app", "download", "openapp"})
_STRIP_WORDS = frozenset({"banner", "guide", "bar", "download"})
APP_BANNER_MAX = 40     # the characters of such a strip: a slogan and its button (「下载哈啰 App，骑行更方便 立即下载」)


def _app_banners(tags: list[Tag]) -> None:
    """A help centre's or a mobile page's strip asking the reader to get the app (哈啰's div.hb-app-guide 「下载哈啰 App，
    骑行更方便 立即下载」, 高德地圖's div.amap-download-banner 「高德地圖 — 在 App 內打開，導航更準確 打開 App ×」, holdout209)
    is the site's, over every page alike: it was a part of its own before the article, titled by the page, and it kept
    the page's title heading (the next one) from being taken for the title. A strip is an element its class words
    name an app's download or opening beside a strip (a banner, a guide, a bar), saying no more than `APP_BANNER_MAX`
    characters: an article about the app, its guide, says more."""
    for tag in tags:
        if gone(tag) or tag.name not in ("div", "section", "aside", "p", "a"):
            continue
        words = _class_words(tag)
        if any(app != strip for app in words & _APP_WORDS for strip in words & _STRIP_WORDS) \
                and len("".join(tag.get_text().split())) <= APP_BANNER_MAX and tag.find(list(HEADINGS)) is None:
            tag.decompose()


def _topic_links(tags: list[Tag]) -> None:
    """A post's topic labels (酷安's div.feed-topic-list 「#流量卡# #避坑指南#」, 米游社's div.mhy-article-page__topics
    「#充值问题 #新手攻略」: links to the site's pages of posts filed under each topic) are its filing, no words of
    it: closing the post, they were glued to its last section's text (holdout291, holdout292). A block is such a line
    when it holds nothing but links, each a topic label (`html_text.TOPIC_LABEL`); a hashtag typed in a sentence, or a
    label that links nowhere, stays."""
    for tag in tags:
        if gone(tag) or tag.name not in ("div", "p", "section", "ul") or tag.find(["img", *HEADINGS]) is not None:
            continue
        links = tag.find_all("a")
        if links and all(TOPIC_LABEL.match(one_line(link)) for link in links) \
                and "".join(one_line(link) for link in links) == "".join(tag.get_text().split()):
            tag.decompose()


# a vote button with its count: 「赞(36)」, 「踩(2)」, 「支持(56)」, 「反對(2)」, 「有用 (12)」 (the count in brackets: a word
# alone, 「支持」, may be text)
_VOTE_WORD = re.compile(r"(?:支持|反對|反对|赞|讚|踩|顶|頂|有用|没用|沒用|喜欢|喜歡|Like|Dislike|Upvote|Downvote)",
                        re.IGNORECASE)
VOTE_COUNTER = re.compile(_VOTE_WORD.pattern + r"\s*[(（]\s*\d[\d,.]*[kKwW万萬]?\s*[)）]", re.IGNORECASE)
# a row of them, and the 「回复」 button beside them
VOTE_ROW = re.compile(rf"^(?:(?:{VOTE_COUNTER.pattern}|回复|回覆|回應|回应|Reply)\s*)*{VOTE_COUNTER.pattern}"
                      rf"(?:\s*(?:{VOTE_COUNTER.pattern}|回复|回覆|回應|回应|Reply))*$", re.IGNORECASE)


def _vote_counters(soup: BeautifulSoup, tags: list[Tag]) -> None:
    """A row of vote buttons with their counts (IT168's div.digg 「赞(36) 踩(2)」 under the article, holdout307;
    cnBeta's comment footer 「支持(56)反對(2)回覆」, holdout306) is the page's voting, no words of it: it was kept as
    a line of the last section. A block is such a row when its whole text is vote counters (`VOTE_COUNTER`: a vote
    word with its count in brackets), with a reply button at most; a vote word in a sentence stays."""
    # (only blocks holding a vote word are read whole: `get_text` on every block of every page was the cost)
    holders = {id(parent) for text in soup.find_all(string=_VOTE_WORD) for parent in text.parents}
    for tag in tags:
        if id(tag) not in holders or gone(tag) or tag.name not in ("div", "p", "span", "ul", "li", "footer") \
                or tag.find(["img", *HEADINGS]) is not None:
            continue
        if VOTE_ROW.match(" ".join(tag.get_text(" ").split())):
            tag.decompose()


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
        if gone(tag) or tag.name not in ("p", "span", "div", "time") or not _class_words(tag) & _BYLINE_WHEN:
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
        if box.name not in ("div", "p") or gone(box):
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
    headings = ["".join(t.get_text().split()) for t in tags if t.name in HEADINGS and not gone(t)]
    for outline in [t for t in tags if t.name in ("ul", "ol") and headings]:
        label = outline.find_previous_sibling(True)
        if gone(outline) or label is None or clean(label.get_text()).lower().strip(" ：:") not in _TOC_LABELS:
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
        if gone(cell):
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


# a tab label's class word: 「tab」, or a name ending in it (「faq-tab」, 「Tabs__tab」)
_TAB_CLASS = re.compile(r"^(?:.*[-_])?tab$", re.IGNORECASE)
TAB_LABEL_MAX = 30     # characters a tab's label says at most: a sentence is text, not a tab


def _panelless_tab_rows(tags: list[Tag]) -> None:
    """A row of three or more tab labels without panels of their own (Meesho's FAQ switcher, div.FaqPage__Tabs of
    span.tab 「Registration」「Account & Phone」「Orders」…, holdout233; the questions of the other tabs are fetched
    by script) is the page's navigation: left, its labels ran together into one line of the part it stood in
    (「RegistrationAccount & PhoneOrdersPaymentsReturns」). Tabs marked role=tab are `_label_tab_panels`', and a tab
    linking to its panel (`#id`) is `html_text.tab_headings`'; both stay."""
    for row in tags:
        if gone(row) or row.name not in ("div", "ul") or row.get("role") == "tablist" \
                or any(isinstance(node, NavigableString) and node.strip() for node in row.children):
            continue
        labels = row.find_all(True, recursive=False)
        if len(labels) >= 3 and all(
                any(_TAB_CLASS.match(word) for word in label.get("class") or ())
                and 0 < len(clean(label.get_text())) <= TAB_LABEL_MAX and label.get("role") != "tab"
                and not str(label.get("href") or "").startswith("#")
                and not any(str(link.get("href") or "").startswith("#") for link in label.find_all("a"))
                for label in labels):
            row.decompose()


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
    no other text there and holds more than the title: a site's header is chrome by its tag or class, gone by now.
    A box holding the title alone (Drupal's page-title block, Metfone's 「section.page-banner」 over its breadcrumb,
    gone by now) gives the <main> its h1 only: left outside, the page was titled by the part of its <title> the
    text repeats, 「Metfone」 of 「流量套餐與 e-KYC 實名登記常見問題 | Metfone」 (holdout279)."""
    if main.name != "main" or main.find("h1") is not None or len(body.find_all("h1")) != 1:
        return
    title = body.find("h1")
    box = next((box for box in [title, *title.parents] if box.parent is main.parent), None)
    if box is None or box not in main.find_previous_siblings() or not title.get_text(strip=True):
        return
    if any(sibling.get_text(strip=True) for sibling in box.find_previous_siblings()):
        return
    alone = box is title or "".join(box.get_text().split()) == "".join(title.get_text().split())
    main.insert(0, (title if alone else box).extract())


MISPLACED_MAIN_SHARE = 0.2   # a role=main holding less of the text, the title outside it, is mislabelled
MAIN_BESIDE_SHARE = 0.5      # … or less than this, the title inside it: the article's text lies beside it


def _main_misplaced(candidate: Tag, body: Tag) -> bool:
    """A role=main set on a part that is plainly not the article: the page's <h1> lies outside
    it and it holds a small share of the text. GoDaddy Websites + Marketing puts
    「role="main"」 on its header widget (「div data-ux="Header" data-aid="HEADER_WIDGET"」: logo,
    menu and one button), while the title and every section follow in widgets beside it; taken
    as the root, it would leave the page only its logo and button. Nor is a role=main holding the title
    but less than half of the page's text, the rest of the article beside it once the chrome is gone:
    an Amazon detail page whose `#dp-container` (role="main") closed after the title, the price and
    「关于此商品」 lost its description, questions and reviews, which follow it in `div#dp`, without a word
    (holdout219, in the markup as first written). The title's container holding most of the text is
    the root then, as on a page without one."""
    if candidate.name in ("main", "article"):
        return False
    if candidate.find("h1") is not None:
        return len(candidate.get_text(strip=True)) < MAIN_BESIDE_SHARE * len(body.get_text(strip=True))
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
    label are no sentence, and stay out. A paragraph its class calls the title's subtitle is one, sentence or not
    (Mytel's 「p.page-subtitle」 「Guide for Chinese employees working in Myanmar · …」 under the banner's h1, holdout274)."""
    leads = []
    for node in title.find_all_next(["p", "div", "article"]):
        if node is article:
            return leads
        if node.name == "div" and (not any(_LEAD_CLASS.match(c) for c in node.get("class") or ())
                                   or node.find(BLOCK_TAGS) is not None):
            continue    # a box of text alone its class calls the description (`_title_meta_box`'s, holdout305)
        text = clean(node.get_text()).replace("\n", " ")
        subtitle = any(_SUBTITLE_CLASS.search(c) or _LEAD_CLASS.match(c) for c in node.get("class") or ())
        if node.find_parent("article") is None and text \
                and (_SENTENCE_END.search(text) and len(text) >= FORM_TEXT_MIN or subtitle):
            leads.append(node)
    return leads


def _title_beside(root: Tag) -> None:
    """A page that sets its title beside the <article> holding the text (Sohu), whose own parts may
    be titled with <h1>s too (Toutiao's 「<h1 class="pgc-h-arrow-right">一、…</h1>」): the title
    heads the article, or the page's <title> (with its keywords) or its first part's heading would
    be taken for it. (A banner's lone h1 before a <main> holding none is `_title_box_before`'s.)"""
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
            answer.insert(0, soup.new_tag("h2", string=reply_title(name)))
    return common
