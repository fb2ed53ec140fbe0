"""A SysAid self-service portal's knowledge-base article, as the browser saves it from the portal.

Pure: no I/O. SysAid's end-user portal (EndUserPortal.jsp, its EndUserPortal.css and .js) draws a knowledge-base
article inside the portal's frame: the header (`div.ssp-header`: the company's logo, the portal's name in
`div.ssp-header-title` 「IT 服务台 · 自助服务门户」, the signed-in user's `span.ssp-user-name` 「欢迎，王磊」 beside the
注销 link and the language menu), the portal's menu, the article's category path and the knowledge-base search box,
then the article as a table (`table.ssp-kb-article`): its header cell (`div.ssp-kb-article-title`, and
`div.ssp-kb-article-info` 「文章编号：1184 | 类别：… | 修改日期：… | 浏览次数：742」), its body cell
(`td.ssp-kb-article-body`, the writer's rich text) and its footer cell (attachments, 「这篇文章对您有帮助吗？」,
打印 / 通过电子邮件发送); under it the portal's footer.

Read as it stood (holdout84), the portal's name, a <div> styled as no heading but the page's first title-like
line, titled the article; its first passage opened with the user's greeting glued to the logout link
(「欢迎，王磊注销」), then the article's own title as a line of text and the info line.

`sysaid_portal` puts the article's title (as the page's <h1>) and its body cell in the body's place, so the
portal's frame, the info line and the footer cell go whole; the body is read as any page's. Detected strictly:
the `ssp-kb-article-title` and `ssp-kb-article-body` classes on a page that loads the portal's EndUserPortal
stylesheet or script.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

MARKS = ("ssp-kb-article-title", "ssp-kb-article-body")
_ASSETS = re.compile(r"(?:^|/)EndUserPortal\.(?:css|js)\b")


@site_reader(MARKS, gather_marks=True)
def sysaid_portal(soup: BeautifulSoup) -> None:
    """Put a SysAid portal article's title and body in the body's place (see the module's docstring). A page of
    any other kind is unchanged. `marks` are the page's (html_text.page_marks)."""
    if soup.body is None or not _made_by_sysaid(soup):
        return
    title = soup.find(class_="ssp-kb-article-title")
    body = soup.find(class_="ssp-kb-article-body")
    if not isinstance(title, Tag) or not isinstance(body, Tag):
        return
    page = soup.new_tag("main")
    heading = soup.new_tag("h1")
    heading.extend(list(title.contents))
    page.append(heading)
    text = soup.new_tag("div")
    text.extend(list(body.contents))     # (the cell's content, without the article's table around it)
    page.append(text)
    soup.body.clear()
    soup.body.append(page)


def _made_by_sysaid(soup: BeautifulSoup) -> bool:
    """The page loads the SysAid end-user portal's stylesheet or script."""
    return any(_ASSETS.search(str(tag.get("href") or tag.get("src") or "")) for tag in soup.find_all(["link", "script"]))
