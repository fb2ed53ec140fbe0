"""A Pipermail (Mailman 2's archiver) message page, as the browser saves it.

Pipermail writes each archived mail as a page of its own (`004128.html`) with no stylesheet or script: its <head>
links the list's index (`<LINK REL="Index" HREF="index.html">`), the previous and next messages
(`<LINK REL="Previous" HREF="004127.html">`) and a reply address (`<LINK REL="made" HREF="mailto:…?Subject=Re…
&In-Reply-To=…">`); its body sets the subject's `<H1>`, the writer's `<B>` name over the mail address (「wlq at
pi-gw.home.lan」) and the date's `<I>`, a `<UL>` of navigation (「Previous message (by thread): …」, 「Next message
(by thread): …」, 「Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]」), then the mail as typed in one
`<PRE>` between the comments `<!--beginarticle-->` and `<!--endarticle-->` (「> 」 lines quoting the mail answered,
blank lines between paragraphs, a 「-- 」 signature), the navigation again and the footer 「More information about the
… mailing list」.

Read as it stood (holdout271): the first fragment, titled by the subject, held only the by-line, the date and the
navigation; the bottom navigation and the footer were fragments of their own; the <PRE> was cut only at blank lines,
so the quoted question, the answer and its six numbered setup lines were one passage (no steps), and the 问：/答：
pairs were glued with the tips and the signature. `pipermail_message` reads the mail as a thread's
(`threads.thread_article`, as `hyperkitty_thread`): the subject its title; a reply's quoted mail (the 「> 」 lines
under 「在 …，陈默 写道：」) its text, as what was asked, and the reply a part headed by its writer over its date (a mail
quoting nothing: its text under one line 「writer · date」); each paragraph between blank lines a paragraph of `<br>`
lines (so numbered lines are the steps of their paragraph, an indented line the wrapped end of the item over it, a
「问：」 line and its 「答：」 a Q&A), the signature gone; the navigation, the address and the footer go with the page's
frame.

Detected by the page's links (`@rel`) on a page whose <head> links a reply address of Pipermail's form (「mailto:…
?Subject=…&In-Reply-To=…」, the <link> Pipermail sets on every message page); the mail is the <PRE> after its
`<!--beginarticle-->` comment, and a page without one is left as it is.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag

from indexer.html_text import one_line, site_reader, text_tag
from indexer.sites.threads import authored, post_text, thread_article

MARKS = frozenset({"@rel"})
# Pipermail's 「made」 link: the list's reply address with the subject and the message-id it answers
_ASSETS = re.compile(r"^mailto:[^?\s]+\?Subject=[^&\s]*&In-Reply-To=", re.IGNORECASE)
_SIGNATURE = re.compile(r"^--\s*$")     # the signature's delimiter line 「-- 」
# the line over a quoted mail: 「在 2026-11-18 09:34，陈默 写道：」, 「On …, Chen Mo wrote:」
_ATTRIBUTION = re.compile(r"^(?:在|On)\s.*?[，,]\s*(.+?)\s*(?:写道|寫道|wrote)\s*[：:]$")
# a line opening an item: a number 「1.」, a bullet 「- 」「* 」, an answer 「答：」
_ITEM = re.compile(r"^(?:\d{1,2}[.、)]\s*|[-*•]\s+|[问答問][：:])")


@site_reader(MARKS, assets=_ASSETS, tags=("link",))
def pipermail_message(soup: BeautifulSoup) -> None:
    """Put a Pipermail message page's mail in its place as a one-mail thread (see the module's docstring). A page of
    any other kind is unchanged."""
    begins = soup.find(string=lambda node: isinstance(node, Comment) and node.strip() == "beginarticle")
    body = begins.find_next("pre") if begins is not None else None
    subject = one_line(soup.find("h1"))
    if not isinstance(body, Tag) or not subject or soup.body is None:
        return
    writer, date = one_line(soup.body.find("b")), one_line(soup.body.find("i"))
    paragraphs = _paragraphs(body.get_text())
    quoted, asker = _quoted(paragraphs)
    reply = _mail(soup, paragraphs[len(quoted):], date)
    if quoted:      # a reply: the mail it quotes first (what was asked), the reply a part by its writer over its date
        asked = _mail(soup, [[line.lstrip(">").strip() for line in paragraph if line.lstrip(">").strip()]
                             for paragraph in quoted], "")
        thread_article(soup, subject, authored([(post_text(soup, asked), asker), (post_text(soup, reply), writer)]))
    else:           # one mail, no thread: its numbered lines are its steps even when a 「问：」 of it asks
        article = soup.new_tag("article")
        article.append(soup.new_tag("h1", string=subject))
        article.append(post_text(soup, _mail(soup, paragraphs, " · ".join(field for field in (writer, date) if field))))
        soup.body.clear()
        soup.body.append(article)


def _mail(soup: BeautifulSoup, paragraphs: list[list[str]], over: str) -> Tag:
    """A mail's paragraphs as `<p>`s of `<br>` lines, under the line `over` (its by-line or date) if any."""
    mail = soup.new_tag("div")
    if over:
        mail.append(text_tag(soup, "p", over))
    for paragraph in paragraphs:
        holder = soup.new_tag("p")
        for k, line in enumerate(paragraph):
            if k:
                holder.append(soup.new_tag("br"))
            holder.append(line)
        mail.append(holder)
    return mail


def _quoted(paragraphs: list[list[str]]) -> tuple[list[list[str]], str]:
    """The paragraphs opening a reply that quote the mail it answers (their lines 「> 」 ones, the first perhaps
    after the attribution 「在 …，陈默 写道：」, dropped), and the quoted mail's writer the attribution names."""
    asker, quoted = "", []
    for k, paragraph in enumerate(paragraphs):
        lines = paragraph
        if k == 0 and (said := _ATTRIBUTION.match(paragraph[0])):
            asker, lines = said.group(1), paragraph[1:]
        if not lines or not all(line.startswith(">") for line in lines):
            break
        quoted.append(lines)
    return quoted, asker if quoted else ""


def _paragraphs(text: str) -> list[list[str]]:
    """The mail's paragraphs (runs of lines between blank lines), each its lines stripped, up to its signature; a
    line indented deeper than the numbered, bulleted or 「答：」 line over it is that line's wrapped end, joined to it
    (「4. 把 SIM 卡存储改成…和」「   MemoryStorage = ME，…」 one step)."""
    paragraphs: list[list[str]] = [[]]
    item_indent = None          # the indent of the item line the lines under it may continue
    for line in text.split("\n"):
        if _SIGNATURE.match(line):
            break
        indent = len(line) - len(line.lstrip())
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            item_indent = None
        elif item_indent is not None and indent > item_indent and not _ITEM.match(line.strip()) and paragraphs[-1]:
            joint = " " if re.match(r"[\x21-\x7e]", line.strip()) or re.search(r"[\x21-\x7e]$", paragraphs[-1][-1]) else ""
            paragraphs[-1][-1] += joint + line.strip()
        else:
            paragraphs[-1].append(line.strip())
            item_indent = indent if _ITEM.match(line.strip()) else None
    return [paragraph for paragraph in paragraphs if paragraph]
