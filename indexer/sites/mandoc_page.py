"""A manual page as `mandoc -T html` writes it (the man pages of OpenBSD, FreeBSD, NetBSD, Alpine, Void…).

Pure: no I/O. mandoc writes the page between a head table (`table.head`: 「ROAMGUARD(8)」, the volume 「System
Manager's Manual」, 「ROAMGUARD(8)」) and a foot table (`table.foot`: the date, the package and its version), the
text in `div.manual-text`: each section (`.Sh`) a `section.Sh` under an `h1.Sh` holding its permalink (「NAME」,
「SYNOPSIS」, 「DESCRIPTION」…; a subsection `.Ss` an `h2.Ss`); NAME's paragraph the page's name and what it is
(`code.Nm` 「roamguard」 — `span.Nd`); SYNOPSIS a `table.Nm` of the name beside its options; a tagged list
(`.Bl -tag`: options, configuration keys, files) a `dl.Bl-tag`, each term a `dt` (its permalink around the flag)
over its `dd`; cross-references (`.Xr`) links `a.Xr` 「mmcli(8)」. Read as it stood (holdout241):

- the page had no title of its own: its first heading 「NAME」 titled it, and every passage was titled by a bare
  section name (「OPTIONS」, 「FILES」) with nothing saying which program they were about;
- SYNOPSIS was a table row 「roamguard | [-dn] [-c config] …」;
- each tagged list was term and description lines of one passage: 「-d」 over 「不进入后台…」, 「home_mnc」 over
  「只认可…」, no option tied to what it does;
- SEE ALSO, a line of cross-reference links and commas, went as a menu of links.

`mandoc_page` titles the page by its NAME line (「roamguard — 边境地区 4G 上网模块防漫游守护进程…」, what `whatis` and
`apropos` show of it), that section gone into the title, the other sections parts under it (`h1.Sh` → `h2`,
`h2.Ss` → `h3`); SYNOPSIS reads as the command line it is; each tagged list's entry is a collapsible titled by its
term (`html_text.term_entries`, as Texinfo's @table is), so each option, key or file is a passage of its own, a
flag led by the command it is an option of (「roamguard -i interval」, as it is typed);
the cross-references are their words. The head and foot tables go by the general rules (the date and version
say nothing a reader asks about).

Detected by mandoc's head table (`td.head-ltitle`) with its `div.manual-text`.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, raw_text, site_reader, term_entries, text_tag

_LEVELS = {"Sh": "h2", "Ss": "h3"}      # mandoc's section and subsection headings → the part's heading under the title


@site_reader({"head-ltitle", "manual-text"}, gather_marks=True)
def mandoc_page(soup: BeautifulSoup) -> None:
    """Title a mandoc man page by its NAME line, its sections parts, SYNOPSIS a line and each tagged list's entry
    a titled passage (see the module's docstring). A page of any other kind is unchanged."""
    text = soup.find("div", class_="manual-text")
    if not isinstance(text, Tag):
        return
    for link in text.find_all("a", class_=("permalink", "Xr")):
        link.unwrap()       # a heading's or a term's permalink; a cross-reference read as its words
    for heading in text.find_all(["h1", "h2"], class_=list(_LEVELS)):
        heading.name = next(_LEVELS[c] for c in heading.get("class", ()) if c in _LEVELS)
    for synopsis in text.find_all("table", class_="Nm"):
        line = " ".join(clean(raw_text(cell)).replace("\n", " ") for cell in synopsis.find_all("td"))
        synopsis.replace_with(text_tag(soup, "p", line))
    name = text.find("code", class_="Nm")
    command = clean(raw_text(name)) if isinstance(name, Tag) else ""
    for tagged in text.find_all("dl", class_="Bl-tag"):
        if command:
            _flags_of(tagged, command)
        term_entries(soup, tagged)
    _name_title(soup, text)


def _flags_of(tagged: Tag, command: str) -> None:
    """Lead each term that is a flag (`code.Fl` first: 「-i interval」) with the command it is an option of
    (「roamguard -i interval」), as the reader types it: a bare 「-i interval」 titled the option's passage with no
    word of the program, which only the page's title named."""
    for term in tagged.find_all("dt", recursive=False):
        first = term.find(True)
        if isinstance(first, Tag) and "Fl" in first.get("class", ()) and not term.get_text().lstrip().startswith(command):
            term.insert(0, command + " ")


def _name_title(soup: BeautifulSoup, text: Tag) -> None:
    """The NAME section's line 「name — description」 the page's h1, in place of the section."""
    name = text.find(lambda tag: tag.name == "section" and tag.find("span", class_="Nd") is not None)
    if not isinstance(name, Tag):
        return
    line = name.find("span", class_="Nd").find_parent("p")
    words = clean(raw_text(line)).replace("\n", " ") if isinstance(line, Tag) else ""
    if words:
        name.replace_with(text_tag(soup, "h1", words))
