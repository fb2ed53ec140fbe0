"""A HyperKitty (Mailman 3's archiver) thread page, as the browser saves it.

HyperKitty's thread view (its assets under /static/hyperkitty/) sets the navbar (Sign In, Sign Up, 「Search this list」,
「Manage this list」), a left column (「List overview」, a 「Download」 menu whose one item is 「thread」), the
`div.thread-header` (the newer / older links round the subject's `h3`), then `section#thread-content`: the opening
mail `div.email.email-first` — a `div.email-header` (gravatar, `div.email-author` 「Daniyar S.」, `div.email-date`
「Wednesday, 18 November 2026 4:12 p.m.」, the permalink), its `div.email-body` (the mail as typed: paragraphs of
`<br>` lines, a blank line between them, 「> 」 lines quoting the mail answered, a 「--」 signature) and a
`div.email-info` of votes and 「Reply」 —, the line 「3 replies」 with its sort buttons, and `div.replies` of the
other mails, each the same `div.email`; beside it `section#thread-overview-info` (「First post: …」, 「3 participants」,
「4 comments」, 「Days inactive: 4」, Tags, 「Participants (3)」 and their names); the footer 「Powered by HyperKitty」.

Read as it stood (holdout262): the first fragment was the download menu's 「thread」 titled by the <title>; the
opening mail kept 「Reply」, 「replies」 and the sidebar's dates and counts glued after its signature, 「Participants
(3)」 was a fragment of names; the first reply became a 「qa」 fragment titled by the whole reply — its five numbered
lines flattened, the quoted line glued to the next sentence — whose text was the asker's closing mail, and the second
reply was lost. No mail kept its writer or date. `hyperkitty_thread` reads the thread as a forum's
(`threads.thread_article`): the subject its title, the opening mail its text, each other mail a part headed by its writer
(the poster's 「（楼主）」) over the mail's date; a mail's blank lines end its paragraphs (so numbered lines are the
steps of their paragraph, a quote a line of its own) and its signature goes; the columns, buttons, counts and
participants go with the page's frame.

Detected by the page's marks (`#thread-content`, `email-body`) on a page loading HyperKitty's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import is_br, one_line, site_reader, text_tag
from indexer.sites.threads import authored, post_text, thread_article

MARKS = frozenset({"#thread-content", "email-body"})
# HyperKitty's static files (its favicon, its compressed CSS is the site's /static/CACHE/): the path every install
# serves them under, on the list's host or saved relative to it
_ASSETS = re.compile(r"^(?:https?://[^/\s]+)?/static/hyperkitty/")
# a mail's date column: 「Wednesday, 18 November 2026」, the weekday a reader needs no more than the clock time
_WEEKDAY = re.compile(r"^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*", re.IGNORECASE)
_SIGNATURE = re.compile(r"^--\s*$")     # the signature's delimiter line 「-- 」


@site_reader(MARKS, assets=_ASSETS)
def hyperkitty_thread(soup: BeautifulSoup) -> None:
    """Put a HyperKitty thread page's mails in its place as a thread (see the module's docstring). A page of any
    other kind is unchanged."""
    content = soup.find(id="thread-content")
    header = soup.find(class_="thread-header")
    subject = one_line(header.find("h3")) if isinstance(header, Tag) else ""
    mails = [mail for mail in content.find_all("div", class_="email")
             if isinstance(mail.find(class_="email-body"), Tag)] if isinstance(content, Tag) else []
    if not subject or not mails:
        return
    posts = []
    for mail in mails:
        body = mail.find(class_="email-body")
        _drop_signature(body)
        _blank_line_paragraphs(soup, body)
        date = _WEEKDAY.sub("", one_line(mail.select_one(".email-date .date")))
        if date and mail is not mails[0]:
            body.insert(0, text_tag(soup, "p", date))
        posts.append((post_text(soup, body), one_line(mail.select_one(".email-author .name"))))
    thread_article(soup, subject, authored(posts))


def _drop_signature(body: Tag) -> None:
    """A mail's signature gone: from the paragraph whose first line is the delimiter 「--」 to the mail's end."""
    for paragraph in body.find_all("p", recursive=False):
        first = next((str(node) for node in paragraph.children if isinstance(node, NavigableString) and str(node).strip()),
                     "")
        if _SIGNATURE.match(first.strip()):
            for after in [paragraph, *paragraph.find_next_siblings()]:
                after.decompose()
            return


def _blank_line_paragraphs(soup: BeautifulSoup, body: Tag) -> None:
    """Each run of a mail's paragraph between blank lines (two `<br>`s) a paragraph of its own: HyperKitty sets a
    plain-text mail's paragraphs as `<br>` lines of one `<p>`, where the numbered lines of a procedure ran on with
    the lines round them and a quoted 「> 」 line with the answer under it."""
    for paragraph in body.find_all("p", recursive=False):
        runs: list[list] = [[]]
        nodes = list(paragraph.children)
        k = 0
        while k < len(nodes):
            node = nodes[k]
            if is_br(node) and k + 1 < len(nodes) and is_br(nodes[k + 1]):
                while k < len(nodes) and (is_br(nodes[k]) or isinstance(nodes[k], NavigableString)
                                          and not str(nodes[k]).strip()):
                    k += 1
                runs.append([])
                continue
            runs[-1].append(node)
            k += 1
        runs = [run for run in runs if any(not is_br(node) and (not isinstance(node, NavigableString) or node.strip())
                                           for node in run)]
        if len(runs) < 2:
            continue
        for run in runs:
            while run and is_br(run[-1]):
                run.pop()
            part = soup.new_tag("p")
            paragraph.insert_before(part)
            part.extend([node.extract() for node in run])
        paragraph.decompose()
