"""A file Google Drive previews (drive.google.com/file/d/…/view), as the browser saves it: a PDF's text.

Drive's viewer is styled by hashed class names (`ndfHFb-c4YZDc-…`): none names a part. Over the file it draws
a toolbar (`role="toolbar"`: the file's name 「仁心中醫診所_病人須知_2026.pdf」 and the buttons 「列印」「下載」
「新增至雲端硬碟」「更多動作」「登入」), then the document (`role="document"`: a block per page,
`data-page-number`, each line of the PDF a `<p>`, the lines set in a larger type of one class, the others
none), the pager (`role="navigation"`, 「第 1 頁，共 1 頁」, zoom buttons) and, under it, the notice that Drive
could not scan the file for viruses (「Google 雲端硬碟無法對此檔案進行病毒掃描。瞭解詳情」, linking Drive's help).

Read as it stood (holdout202), the page was titled by its <title> cut at its first 「_」 (Baidu's separator:
「病人須知_2026.pdf」, the file's name without its first word), the toolbar's name and buttons opened the first
fragment over the document's own title line, and the virus notice was glued to the last section.
`google_drive_viewer` drops the toolbar, the pager and the notice (the viewer's furniture, on every file) and
makes the document's heading lines (its `<p>` of a class the body lines lack) headings: the first, when it
opens the document, its title (`h1`), the others its sections (`h2`).

Detected by the viewer's marks together: the document's pages (`data-page-number`) under `role="document"`,
a `role="toolbar"` and a <title> ending 「- Google 雲端硬碟」 (or Drive's name in another language).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

MARKS = frozenset({"@data-page-number", "@role"})
_TITLE = re.compile(r"\s[-–]\s*(?:Google\s*(?:雲端硬碟|云端硬盘|Drive|Диск|ドライブ)|Google\s*드라이브)\s*$", re.IGNORECASE)
_HELP = re.compile(r"^https?://support\.google\.com/drive\b", re.IGNORECASE)


@site_reader(MARKS)
def google_drive_viewer(soup: BeautifulSoup) -> None:
    """Read a Google Drive preview as its document (see the module's docstring); any other page is unchanged."""
    title = soup.find("title")
    if title is None or not _TITLE.search(title.get_text()):
        return
    document = soup.find(attrs={"role": "document"})
    if not isinstance(document, Tag) or document.find(attrs={"data-page-number": True}) is None:
        return
    for bar in soup.find_all(attrs={"role": ["toolbar", "navigation"]}):
        if isinstance(bar, Tag) and bar.parent is not None and document not in bar.parents and bar not in document.parents:
            bar.decompose()
    # the virus-scan notice: a line after the document linking Drive's help, no text of the file
    for link in soup.find_all("a", href=_HELP):
        if link.parent is None or document in link.parents:
            continue
        box = link.parent
        while isinstance(box.parent, Tag) and box.parent.name != "body" and document not in box.parent.descendants:
            box = box.parent
        box.decompose()
    lines = [p for p in document.find_all("p")]
    styled = [p for p in lines if p.get("class")]
    if not styled or len(styled) == len(lines):
        return      # no body lines set apart from the heading lines: nothing tells them apart
    first_line = lines[0]
    for p in styled:
        p.name = "h1" if p is first_line else "h2"
        del p["class"]
