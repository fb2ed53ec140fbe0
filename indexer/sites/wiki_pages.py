"""Wiki and documentation pages, as the browser saves them: clean.py's passes for the wikis, docs generators,
knowledge bases and CMS pages whose markup a generic reading gets wrong — MediaWiki subpages, Telegraph, GitLab wikis,
Guru cards, Canvas LMS pages, bookdown, DocBook XSL (and Paligo), Joomla, TYPO3, Gitea, Gollum and Dendron.

Each public pass takes `(soup, marks)` and recognizes its tool by its marks (tested against the page's marks,
`html_text.page_marks`; Dendron's by its generator meta) and rewrites the page into the plain HTML its reader sees:
the page's own title, callouts and custom blocks set apart, footnotes after the text citing them, procedures titled
by their captions, the generator's navigation, info blocks and sidebars gone. A page of any other kind goes
through them unchanged.

`clean_tree` calls them at the places they stood among its own passes (the subpage title and Telegraph's before
`_article_headers`, GitLab's after it, the rest after `_fields_over_title`), each under the same mark test and in
the same order as before they moved here (session 23).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import HEADINGS, class_names, clean, generated_by, gone, is_kind_name, one_line, site_reader
from indexer.render_text import HEADING_MAX


@site_reader({"subpages"})
def wiki_subpage_title(soup: BeautifulSoup) -> None:
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


@site_reader({"tl_article_content"})
def telegraph_fields(soup: BeautifulSoup) -> None:
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


@site_reader({"js-wiki-page-content"})
def gitlab_wiki_title(soup: BeautifulSoup) -> None:
    """A GitLab wiki page's title is its `h1.page-title` (`data-testid="wiki-page-title"`) in the
    wiki-page-header, beside 「Last edited by …」 and 「Page history」: chrome by its classes, it went, and the
    browser's <title> (「page · Wiki · group / project · GitLab」) titled the page. It is put at the head of the
    rendered page (`div.js-wiki-page-content`), where the parser takes it as the title."""
    content = soup.find("div", class_="js-wiki-page-content")
    title = soup.find("h1", attrs={"data-testid": "wiki-page-title"}) if isinstance(content, Tag) else None
    if isinstance(title, Tag) and isinstance(content, Tag) and title.get_text(strip=True):
        content.insert(0, title.extract())


# Guru's verification badge
_GURU_VERIFIED = "ghq-VerificationStatus"


@site_reader({_GURU_VERIFIED})
def guru_verification(soup: BeautifulSoup) -> None:
    """A Guru card's verification badge (`div.ghq-VerificationStatus`: its icon, 「Verified」, 「by 阿依古丽 (Aigul
    S.)」, 「· 11 days ago」, 「· Verify every 3 months」) says who checked the card and when, not what it says: read,
    its spans ran together (「Verifiedby 阿依古丽…· 11 days ago· Verify every 3 months」) as the opening passage's
    first line. It goes."""
    for badge in soup.find_all(class_=_GURU_VERIFIED):
        if not gone(badge):
            badge.decompose()


@site_reader({"ic-Callout", "user_content"})
def canvas_callouts(soup: BeautifulSoup) -> None:
    """A Canvas LMS page's callout (Instructure's `div.ic-Callout` in the page's `div.user_content`) is a box of
    its own: an assignment under the lesson (「<strong>本週作業（4-2）：</strong>以實習公司為例…」) was read as
    more of the part above it, the last answer of its 「同學常問」. A callout its writer labels with a bold lead is
    a part titled by the label (at the level of the heading above it), any other is set apart by a rule."""
    for box in soup.find_all("div", class_="ic-Callout"):
        if gone(box) or box.find_parent(class_="user_content") is None or not box.get_text(strip=True):
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


@site_reader({"book-summary", "page-inner"})
def bookdown_blocks(soup: BeautifulSoup) -> None:
    """A bookdown chapter (its generator meta names bookdown) read as its reader reads it. A custom block
    (`div.rmdtip`, `div.rmdnote`…) is a box of its own, set apart by a rule: the tip after a FAQ's bold
    questions (「经验：出差时笔记本插一张上网卡…」) was read as more of the last answer. A footnote (Pandoc's
    `a.footnote-ref` to its `li#fnN` in the chapter's `div.footnotes`) is read after the block citing it, as a
    reader who follows the number reads it: the three notes, each a fact of its own section (which Ubuntu
    releases Lenovo's unlock package is for), were one 「注释」 part, away from the text they explain."""
    if soup.find("meta", attrs={"name": "generator", "content": _BOOKDOWN}) is None:
        return
    for box in soup.find_all("div", class_=_BOOKDOWN_BLOCK):
        if not gone(box) and box.parent is not None and box.get_text(strip=True):
            box.insert_before(soup.new_tag("hr"))
    # (its footnotes go after the blocks citing them in `clean`'s pass for every page citing a note: `html_text.
    # pandoc_notes_after_citing`, which this reader's loop became)


# (Paligo's HTML5 help topics are DocBook XSL's output under its own name: the same titlepages, procedures,
# admonitions and qandaset tables, holdout277)
_DOCBOOK = re.compile(r"^\s*(?:DocBook XSL|Paligo\b)", re.IGNORECASE)


# the divisions DocBook XSL titles in a `div.titlepage` of their own: a chunk's component and its sections
_DOCBOOK_PARTS = frozenset({"book", "part", "chapter", "appendix", "preface", "article", "reference", "refentry",
                            "glossary", "bibliography", "index", "colophon", "dedication", "section",
                            "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect"})


_DOCBOOK_ADMONITIONS = ("note", "tip", "warning", "caution", "important")


# the label DocBook's gentext sets before a formal title's own words: 「过程 6.1. 」, 「Procedure 3.2. 」
_DOCBOOK_LABEL = re.compile(r"^\S{1,12}\s*[0-9A-Z]+(?:\.[0-9]+)*\.\s+(?=\S)")


@site_reader({"titlepage"})
def docbook_page(soup: BeautifulSoup) -> None:
    """A page the DocBook XSL stylesheets wrote (their generator meta 「DocBook XSL Stylesheets V…」: a
    chunked chapter of a manual; or 「Paligo」, whose HTML5 help topics are their output: holdout277's qandaset was
    one section of 「Q: | …」 rows and its note a section titled 「注意」 alone) read as its reader reads it. The
    chunk's own title (`div.titlepage`'s `h2.title` of its chapter, the heading `<title>` repeats) titles the
    page; its sections' titles are h2 too, and the first procedure's caption had titled it. The navigation header and footer, the table of
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
        if not gone(chrome):
            chrome.decompose()
    for listing in soup.find_all("div", class_=re.compile(r"^list-of-")):
        if not gone(listing):
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


@site_reader({"article-info-term"})
def joomla_info(soup: BeautifulSoup) -> None:
    """Joomla's article info block (`dl.article-info` under the title: its `dt.article-info-term` 「详细信息」 over
    `dd`s of the author, category, dates and hits) is no text: read as a list, 「详细信息 / 作者：… / 分类：… / 发布于：…
    / 点击数：3187」 were glued before the introduction (holdout75). Only Joomla's block, by its term: Zendesk's
    `section.article-info` holds a whole article."""
    for info in soup.find_all("dl", class_="article-info"):
        if info.find("dt", class_="article-info-term", recursive=False) is not None:
            info.decompose()


@site_reader({"frame-header"})
def typo3_frame_headers(soup: BeautifulSoup) -> None:
    """TYPO3's content elements (bootstrap_package: `div.frame.frame-type-…` > frame-container > frame-inner) head
    each with its own `<header class="frame-header">`: the `element-header` heading (h1 on the first, h2 on the
    others) and its `p.element-subheader`. Chrome by its tag, every section's heading went, not even as text, so
    the intro, the table, the steps and the FAQ were all titled by the page (holdout90). The element's header is
    its heading and subheader: unwrapped, they head and open the element's text. Only a header inside a frame."""
    for header in soup.find_all("header", class_="frame-header"):
        if header.find(list(HEADINGS)) is not None and any("frame" in class_names(parent) for parent in header.parents):
            header.unwrap()


@site_reader({"repo-button-row"})
def gitea_button_row(soup: BeautifulSoup) -> None:
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


@site_reader(_GOLLUM_MARKS)
def gollum_page(soup: BeautifulSoup) -> None:
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


def dendron_note_links(soup: BeautifulSoup, marks: frozenset[str] | None = None) -> None:
    """A note Dendron publishes (its generator meta 「Dendron」) ends with the vault's links to other notes, written
    by the template, not the writer: a rule, the bold label 「Children」 over a list of the notes under this one in
    the hierarchy, a rule, 「Backlinks」 over a list of the notes that link to it — bare `<hr><strong>…</strong>`
    and a list of links, no class of their own. Read as a page, each label was a part of its own holding other
    notes' names (holdout104); they go, as a note app's backlinks panel does (`backlinks` in SKIP_CLASS_TOKENS)."""
    if soup.head is None or not generated_by(soup.head, _DENDRON):     # (its mark is its generator meta, not in `marks`)
        return
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
