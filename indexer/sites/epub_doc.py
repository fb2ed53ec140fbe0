"""An EPUB 3 content document (a book's chapter, its XHTML saved as a page), read as a reading system shows it.

Pure: no I/O. An EPUB 3 chapter marks its structure with `epub:type` (the EPUB namespace
`http://www.idpf.org/2007/ops` declared on its <html>) and DPUB-ARIA roles: `section epub:type="chapter"` opens
with a `<header>` of the chapter's label (「第七章」), its title and an epigraph (`p.chapter-epigraph`); its
sections hold boxes set beside the text (`aside epub:type="sidebar"`: a titled tip, 「小提醒：SIM 卡一定要用公司或
個體戶名義」), and a number in the text (`a epub:type="noteref"`, 「1」) links each footnote (`aside
epub:type="footnote"` in a `section epub:type="footnotes"` at the chapter's end, its back link 「1.」 leading it).

Read as a web page (holdout74), the header, a page's chrome by its tag, went whole (its title came back from
<title>, its epigraph did not), every <aside>, a page's side column by its tag, went too: the sidebar and the three
footnotes (the prices' date, prepaid numbers reclaimed, the ~40 000 ₸ charge for a lost terminal) were lost, and
the footnotes' section was an empty 「注释」.

`epub_chapter` rewrites the chapter into what its reader sees: a header's label leads its title (「第七章
市場攤位的刷卡機與 SIM 卡」) and the rest of the header (the epigraph) is the chapter's first text; a sidebar is a box
in the text, its own heading titling it; a footnote is read after the block citing it, as a reading system shows
it there when its number is followed (as bookdown's are, `wiki_pages.bookdown_blocks`), without its number or back
link; a note no block cites stays in its section, the part 注释. Detected strictly: an `epub:type` on a page
declaring the EPUB namespace. Runs before the cleaning stage's chrome rules (`clean.clean_tree`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import HEADINGS, read_after, site_reader
from indexer.render import FOOTNOTES_TITLE

_OPS = "http://www.idpf.org/2007/ops"
_TYPE = "epub:type"
_BOXES = frozenset({"sidebar", "tip"})          # set beside the text, read in it
_NOTES = frozenset({"footnote", "endnote", "rearnote", "note"})
_NOTE_ROLES = frozenset({"doc-footnote", "doc-endnote"})
_NOTE_SECTIONS = frozenset({"footnotes", "endnotes", "rearnotes"})
_CITING = ("p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption")     # the block a note's number stands in
_NUMBER = re.compile(r"^\W*\d{1,3}\W*$")     # a back link's 「1.」, 「[2]」, 「↩ 3」
_LABEL_MAX = 12         # a chapter's label before its title (「第七章」, 「Chapter 7」), no sentence


@site_reader({"@" + _TYPE}, gather_marks=True)
def epub_chapter(soup: BeautifulSoup) -> None:
    """Read an EPUB 3 content document's header, sidebars and footnotes as its reader sees them (see the module's
    docstring). A page of any other kind is unchanged. `marks` are the page's (html_text.page_marks)."""
    if soup.find(attrs={"xmlns:epub": _OPS}) is None:
        return
    for header in soup.find_all("header"):
        _chapter_header(header)
    _footnotes(soup)
    for aside in soup.find_all("aside"):
        if not _BOXES.isdisjoint(_types(aside)):
            _box(aside)


def _types(tag: Tag) -> set[str]:
    return set(str(tag.get(_TYPE, "")).split())


def _chapter_header(header: Tag) -> None:
    """A chapter's header: the label before its heading leads the heading, the rest is text."""
    heading = header.find(list(HEADINGS))
    if not isinstance(heading, Tag):
        return
    labels = [tag for tag in heading.find_previous_siblings() if isinstance(tag, Tag)]
    label = " ".join(" ".join(tag.get_text(" ").split()) for tag in reversed(labels)).strip()
    if label and len(label) <= _LABEL_MAX:
        for tag in labels:
            tag.decompose()
        heading.insert(0, label + " ")
    header.unwrap()


def _box(aside: Tag) -> None:
    """A sidebar in the text. One closing its section is a part of its own under its heading; one its section's text
    follows leads its text with its title, as a callout's label does (「小提醒：…：若以個體戶…」), so that the text
    after it stays its section's."""
    aside.name = "div"
    for tag in [aside, *aside.find_all(True)]:
        tag.attrs.pop("class", None)    # its stylesheet's 「sidebar」, 「sidebar-title」: chrome words to the cleaning stage
    heading = aside.find(list(HEADINGS))
    if not isinstance(heading, Tag):
        return
    after = aside.find_next(string=lambda text: text.strip() != "" and aside not in text.parents)
    closing = after is None or any(isinstance(parent, Tag) and parent.name in HEADINGS
                                   and parent.name <= heading.name for parent in after.parents)
    first = heading.find_next("p")
    if closing or first is None or aside not in first.parents:
        return
    label = " ".join(heading.get_text(" ").split()).rstrip(":：")
    heading.decompose()
    first.insert(0, label + "：")


def _footnotes(soup: BeautifulSoup) -> None:
    """Each footnote after the block citing it; notes nobody cites stay in their section, 注释."""
    notes = {str(tag["id"]): tag for tag in soup.find_all(id=True)
             if not _NOTES.isdisjoint(_types(tag)) or str(tag.get("role", "")) in _NOTE_ROLES}
    for ref in soup.find_all("a", href=True):
        if ref.decomposed or "noteref" not in _types(ref) and ref.get("role") != "doc-noteref":
            continue
        note = notes.pop(str(ref["href"]).partition("#")[2], None)
        block = ref.find_parent(_CITING)
        ref_id = str(ref.get("id", ""))
        ref.decompose()
        if note is None or block is None or note in block.parents:
            continue
        _drop_back_links(note, ref_id)
        paragraphs = note.find_all("p") or [note]
        for paragraph in paragraphs:
            paragraph.name = "p"
        read_after(block, paragraphs)
        note.decompose()
    for note in notes.values():
        _drop_back_links(note, "")
        if note.name == "aside":
            note.name = "div"       # an <aside> is a side column to the cleaning stage
    for section in soup.find_all(attrs={_TYPE: True}):
        if section.decomposed or _NOTE_SECTIONS.isdisjoint(_types(section)):
            continue
        if not section.get_text(strip=True):
            section.decompose()
        elif section.find(list(HEADINGS)) is None:
            heading = soup.new_tag("h2")
            heading.string = FOOTNOTES_TITLE
            section.insert(0, heading)


def _drop_back_links(note: Tag, ref_id: str) -> None:
    """A note's link back to the number citing it (「1.」 leading the note)."""
    for back in note.find_all("a", href=True):
        target = str(back["href"]).partition("#")[2]
        if target and (target == ref_id or back.get("role") == "doc-backlink" or _NUMBER.match(back.get_text())):
            back.decompose()
