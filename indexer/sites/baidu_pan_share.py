"""A 百度网盘 (Baidu Netdisk) share page (pan.baidu.com/s/…), as the browser saves it.

Under the site's header (`#layoutHeader`) the share: its name (`div.share-file-title h2.file-name`), the
sharer, date and expiry line, the 保存到网盘 / 下载 / 举报 buttons, the shared files (`div.share-file-list`: a
header row 文件名 / 大小 / 修改日期 and a `dd.file-item` per file, its `span.file-name`, `span.file-size`,
`span.file-time`), the sharer's description (`div.share-desc`: the label `div.desc-title` 「分享描述」 over
`div.desc-content`, the sharer's headings, lists and text), the comments (`div.share-comment`: the count
「评论（3）」 over a `div.comment-item` each, `span.comment-user`, the sharer's `span.comment-badge` 「分享者」,
the date, `p.comment-text`; a reply's item `comment-reply`), then 相关推荐 and the footer.

Read as it stood (holdout202), the label 「分享描述」 opened the first fragment, the file list — what the page
shares — was dropped whole, and the comments were glued into one part 「评论」, the sharer's answer between
the question it answers and an unrelated remark. `baidu_pan_share` drops the label, writes each shared file
as a line of its name, size and date. The comments are read by their shape (`indexer.comments`), the
sharer's badge 「分享者」 marking the sharer's reply (a reader's question answered under it is a Q&A).

Detected by the share page's marks together: the file list, the description box and its label, on a page
linking pan.baidu.com.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

MARKS = frozenset({"share-file-list", "share-desc", "desc-title"})
_PAN = re.compile(r"^https?://pan\.baidu\.com/", re.IGNORECASE)


@site_reader(MARKS)
def baidu_pan_share(soup: BeautifulSoup) -> None:
    """Read a 百度网盘 share page's files and description (see the module's docstring); any other
    page is unchanged."""
    if soup.find("a", href=_PAN) is None:
        return
    for label in soup.select("div.share-desc > div.desc-title"):
        label.decompose()
    for listing in soup.select("div.share-file-list"):
        files = soup.new_tag("ul")
        for item in listing.select(".file-item"):
            line = " ".join(one_line(item.find(class_=name)) for name in ("file-name", "file-size", "file-time"))
            if line.strip():
                li = soup.new_tag("li")
                li.string = " ".join(line.split())
                files.append(li)
        if files.contents:
            listing.replace_with(files)
