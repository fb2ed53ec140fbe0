"""A Y!mobile (ymobile.jp) support page (お客さまサポート: a procedure's page), as the browser saves it.

Y!mobile's support page (its stylesheets and scripts under www.ymobile.jp) sets the cookie banner, the header
(`header.l-header`: logo, nav, My Y!mobile) and breadcrumbs, then `main.l-main`: the language switch, the h1
`h1.c-heading-lv1` holding its sub-title in a span drawn on a line of its own (`span.c-heading-lv1__sub`, 「携号转入
Y!mobile」 under 「他社から乗り換え（MNP）」), `section.c-section`s under h2s — a step list (`ol.c-step-list`, each item
its badge 「STEP 1」 over its h3 and text), a fee table, an FAQ (`dl.c-faq`: `dt.c-faq__q` over `dd.c-faq__a`, each
led by its drawn icon letter `span.c-faq__icon` 「Q」 / 「A」) —, the 関連リンク box, the survey 「このページは役に立ちま
したか？」 and the footer.

Read as it stood (holdout264): the h1 ran its sub-title into its title without a space (「他社から乗り換え（MNP）携号转入
Y!mobile」), and each FAQ question and answer began with its icon's letter glued to its first word (「QSoftBank 转到
Y!mobile…」, 「A不会。」). `ymobile_support` sets the sub-title apart from the title by a space. (The icon letters,
which it dropped too, are read since holdout280 as the labels 「Q：」 / 「A：」 on any page drawing such a pair,
`clean._qa_letter_badges`, so each question reads as asked and each answer as written; the survey goes as every page's
「was this helpful」 question does, `parse.cut_at_end_mark`; the steps are titled by their h3s already.)

Detected by the page's marks (`l-header`, `l-main`) on a page loading Y!mobile's own assets (www.ymobile.jp).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"l-header", "l-main"})
_ASSETS = re.compile(r"^https?://www\.ymobile\.jp/")


@site_reader(MARKS, assets=_ASSETS)
def ymobile_support(soup: BeautifulSoup) -> None:
    """Set a Y!mobile support page's h1 sub-title apart from its title (see the module's docstring). A page of any
    other kind is unchanged."""
    for sub in soup.select("h1 span.c-heading-lv1__sub"):
        said = one_line(sub)
        if said:
            sub.replace_with(" " + said)
