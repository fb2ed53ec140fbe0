"""A Google Keep note exported by Google Takeout (one XHTML page a note), read as Keep shows it.

Pure: no I/O. Takeout writes each note as a page of its own: one `div.note` (its colour a second
class, 「note yellow」), in it a `div.heading` (the pinned / archived icons in `div.meta-icons`, then
the note's last edit time 「2025年10月6日 下午7:42:18」), the note's title in `div.title`, its text in
`div.content` — the lines the writer typed joined by `<br/>`, a blank line (`<br/><br/>`) between
paragraphs, no other markup —, its labels as chips (`div.chips > span.chip.label > span.label-name`)
and the people it is shared with (`div.sharees`, 「协作者：」 and each `span.sharee` an address).

Read as a page, the text was one paragraph cut by size: a line that is only a 【bracketed title】
(「【收不到验证码】」, how a receptionist's cheat sheet titles its parts) was a line of the part
before it, every fragment was titled by the note's title, the parts were glued in twos and threes
and a part's numbered lines were steps of the note's title; the labels were one glued word
(「前台话术」) and the sharees' addresses text of the last part. `keep_note` sets each line apart as
a paragraph of its own (`blogs.lines_apart`, as Weibo's and Xuite's `<br>` text is), so 【…】 lines
head their parts (`parse.promote_bold_headings`) and 「1.」 lines are the steps of theirs; the
heading (icons, time), the labels and the sharees are no text of the note.

Only a Takeout note is read so: the page's one `div.note` holding Keep's `div.heading` and
`div.content` as its own children.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.sites.blogs import lines_apart

MARKS = ("note", "heading", "content")


@site_reader(MARKS, gather_marks=True)
def keep_note(soup: BeautifulSoup) -> None:
    """Read a Google Takeout Keep note: its text a paragraph a line, without its heading, labels or
    sharees. A page of any other kind is unchanged. `marks` are the page's."""
    notes = soup.find_all("div", class_="note")
    if len(notes) != 1:
        return
    note = notes[0]
    content = note.find("div", class_="content", recursive=False)
    if not isinstance(content, Tag) or note.find("div", class_="heading", recursive=False) is None:
        return
    for part in note.find_all("div", class_=("heading", "chips", "sharees"), recursive=False):
        part.decompose()
    title = note.find("div", class_="title", recursive=False)
    if isinstance(title, Tag) and title.get_text(strip=True):
        title.name = "h1"
    lines_apart(soup, content)
