"""Read an e-mail Outlook saved as a web page (「另存为」 .htm, Word's HTML) as the `.txt` e-mail reader reads one.

Pure: no I/O. Outlook has Word write the page: the Office namespaces, `div.WordSection1`, and the mail as
`p.MsoNormal` paragraphs without margins, so each paragraph shows as a line and an empty one
(`<o:p>&nbsp;</o:p>`) as the blank line between paragraphs. On top stands the mail's header block
(发件人 / 发送时间 / 收件人 / 主题, From / Sent / To / Subject: one paragraph, its lines broken with
`<br>`, or a paragraph a line), and under a reply the mail it answers, opened by its own header block
(in a div ruled at its top, or under 「-----Original Message-----」). Read as a web page, the `<title>`'s
「RE: …」 titled the reply, its header block was its first passage, and the signature, the disclaimer
and the customer's message, header and all, ran on under the reply's last part heading.

`outlook_mail` reads the page's lines as `render_text.mail_thread` reads a thread saved as text: the
header blocks go, each mail loses its salutation, sign-off, signature and disclaimer
(`render_text.mail_lines`), the top mail's subject without 「RE:」 and its ticket number titles the
page (an H1), and each older mail is a part of its own, opened by a heading where the heading above
would otherwise name it (its own subject when it differs, else the title), else by a rule. The
reply's text keeps its markup: bold part titles, Word's lists, tables.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Tag

from indexer.html_text import HEADINGS, clean, page_marks, raw_text
from indexer.render_text import (PART_MARK, RULE_LINE, cut_mail_footer, header_block, is_header_line, mail_lines,
                                 mail_subject)

_WORD_MARKS = frozenset({"WordSection1", "@xmlns:o", "@xmlns:w"})      # Word's page: its section, its namespaces
_UNITS = frozenset({"p", "table", "ul", "ol", "dl", "pre", "blockquote", "hr", *HEADINGS})    # a line or a block of them
_UNIT_LIST = sorted(_UNITS)
_STRONG = ("b", "strong")
HEADER_UNITS_MAX = 12       # a header block a paragraph a line: separator, From, Sent, To, Cc, Bcc, Subject…


@dataclass
class _Mail:
    subject: str
    units: list[int] = field(default_factory=list)      # its blocks (indices into the page's units), headers not


def word_page(marks: frozenset[str]) -> bool:
    """A page Word wrote: `p.MsoNormal` and Word's section or namespaces."""
    return "MsoNormal" in marks and bool(marks & _WORD_MARKS)


def outlook_mail(soup: BeautifulSoup, marks: frozenset[str] | None = None, subject: str | None = None) -> None:
    """Read the page as a mail in place when it is one Word wrote (`word_page`) opening with a mail's
    header block; any other page is left as it is. A mail's own subject given (`subject`: the Subject:
    of a raw message whose HTML body Word wrote, `indexer.render_eml`) stands for the header block
    such a body lacks: its headers are the message's, not the page's."""
    marks = page_marks(soup) if marks is None else marks
    if not word_page(marks):
        return
    body = soup.find("div", class_="WordSection1") or soup.body
    if not isinstance(body, Tag):
        return
    units = _units(body)
    start = next((i for i, unit in enumerate(units) if _lines(unit)), len(units))
    top = (_header_at(units, [_lines(unit) for unit in units[:start + HEADER_UNITS_MAX]], start) if subject is None
           else (start, subject))
    if top is None:
        return
    for comment in body.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()           # Word's 「<![if !supportLists]>」 around a list marker: no text
    lines = [_lines(unit) for unit in units]
    mails, gone = [_Mail(top[1])], list(range(start, top[0]))
    i = top[0]
    while i < len(units):
        opened = _header_at(units, lines, i)
        if opened is not None:
            gone += range(i, opened[0])
            mails.append(_Mail(opened[1]))
            i = opened[0]
            continue
        mails[-1].units.append(i)
        i += 1
    _read(soup, units, lines, mails, gone)


def _read(soup: BeautifulSoup, units: list[Tag], lines: list[list[str]], mails: list[_Mail], gone: list[int]) -> None:
    """Each mail's own text under its heading, as `render_text.mail_thread` lays a thread out."""
    title = mail_subject(mails[0].subject) or next((s for mail in mails if (s := mail_subject(mail.subject))), "")
    heading, parted = title, False
    read: set[str] = set()
    opens: list[tuple[int, str]] = []          # (unit, heading) to insert; "" a rule
    for mail in mails:
        own = _own_units(units, lines, mail.units)
        gone += [k for k in mail.units if k not in own]
        seen = _normalized(" ".join(line for k in own for line in lines[k]))
        if not seen or seen in read:
            gone += own                 # quoted again further down: read once
            continue
        subject = mail_subject(mail.subject)
        name = subject if subject and _normalized(subject) != _normalized(title) else title
        if not read and title:
            opens.append((own[0], title))
        elif read and title and (name != heading or parted):
            opens.append((own[0], name))
            heading, parted = name, False
        elif read:
            opens.append((own[0], ""))
        read.add(seen)
        parted = parted or any(_opens_part(units[k], lines[k]) for k in own)
    for k, name in opens:
        mark = soup.new_tag("h1" if name else "hr")
        mark.string = name
        units[k].insert_before(mark)
    for k in gone:
        units[k].decompose()


def _own_units(units: list[Tag], lines: list[list[str]], mail: list[int]) -> list[int]:
    """A mail's blocks without its salutation, sign-off, signature and disclaimer: the paragraphs whose
    lines `render_text.mail_lines` keeps none of (a table or a list is the mail's text, whatever it says)."""
    flat = [(k, line) for k in mail for line in (lines[k] or [""])]
    text = [line for _, line in flat]
    cut = cut_mail_footer("\n".join(text))
    ends = len(cut.split("\n")) if cut.strip() else 0       # from the 「-- 」 line on: the signature
    keep = mail_lines(text[:ends]) + [False] * (len(text) - ends)
    kept = {k for (k, _), shown in zip(flat, keep) if shown}
    first, last = min(kept, default=0), max(kept, default=0)
    # a blank line stays between the mail's own paragraphs (the parser reads the writer's blank lines)
    return [k for k in mail if k in kept or (units[k].name != "p" and lines[k]) or (not lines[k] and first < k < last)]


def _header_at(units: list[Tag], lines: list[list[str]], i: int) -> tuple[int, str] | None:
    """Where a mail's header block at unit i ends, and its subject: a paragraph of header lines, or a
    paragraph a line (older Outlook), a 「-----Original Message-----」 line or a rule over them."""
    end, block = i, []
    while end < len(lines) and units[end].name in ("p", "hr") and (
            units[end].name == "hr" or lines[end] and all(is_header_line(line) for line in lines[end])):
        block += lines[end]
        end += 1
    subject = header_block(block) if end > i else None
    return (end, subject) if subject is not None else None


def _units(container: Tag) -> list[Tag]:
    """The page's blocks in order: paragraphs, tables, lists, headings, rules; the divs around them
    (Word's section, the ruled div over a quoted mail's header) are walked into."""
    out: list[Tag] = []
    stack = [iter(container.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag) and child.name in _UNITS:
            out.append(child)
        elif isinstance(child, Tag) and child.find(_UNIT_LIST) is not None:
            stack.append(iter(child.children))
    return out


def _lines(unit: Tag) -> list[str]:
    """A block's lines as the mail shows them (an empty paragraph: none, the blank line); a table, a
    list or a code block as one line, which no sign-off rule reads as a name or a closing."""
    if unit.name == "hr":
        return ["---"]
    text = clean(raw_text(unit))
    if unit.name == "p" or not text:
        return text.split("\n") if text else []
    return [" | ".join(text.split("\n"))]


def _opens_part(unit: Tag, lines: list[str]) -> bool:
    """A heading, a 「一、」 line or a paragraph all in bold: the mail has parts, so the next mail needs
    a heading of its own (else the last part's title would name its text)."""
    if unit.name in HEADINGS:
        return True
    if unit.name != "p" or not lines:
        return False
    bold = "".join(clean(raw_text(b)) for b in unit.find_all(_STRONG) if b.find_parent(_STRONG) is None)
    return any(PART_MARK.match(line) or RULE_LINE.match(line) for line in lines) \
        or "".join(bold.split()) == "".join("".join(lines).split())


def _normalized(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).casefold()
