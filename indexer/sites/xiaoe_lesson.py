"""A 小鹅通 (Xiaoe-tech) knowledge-store lesson page (图文), as the browser saves it from the shop's H5 site.

Pure: no I/O. A shop on 小鹅通 (xiaoeknow.com) draws a 图文 lesson as its site's frame around the lesson:
the app-download bar (`div.download-app-bar`: 「打开小鹅通 App」 in a `p.title`, 「听音频、离线下载，学习
体验更佳」, 打开, ×), the shop's header (its logo and name, search, 我的), the column's breadcrumb, then
`div.text-detail`: its header (`h1.text-detail__title`; the author, time and 「8641次学习」 in
`div.text-detail__info`; the column's card 「已更新 16 课 · 2190 人已订阅」 with 已订阅), the lesson's rich text
(`div.text-detail__content`), the 点赞 / 分享 / 生成海报 bar, the invite card (「邀请好友一起学，每成功邀请
1 人得 ¥19.80」) and the previous / 目录 / next lesson links; under it the 精选留言 area, 「猜你喜欢」, the
bottom bar (首页, 目录, 「开通会员 ¥299/年」, 「订阅专栏 ¥99」) and the footer.

Read as it stood (holdout66), the download bar's `p.title` was read as a heading and titled the article
(「打开小鹅通 App」), the bar and the shop's name were the first passage, the lesson's title headed a part
that opened with the date and the column's card, and the last answer ran on into the page's tail:
「点赞 312」, 「生成海报」, the invite card, 「目录下一课：第 10 课…」, 「首页目录」 and the buy bar.

`xiaoe_lesson` puts the lesson's title and rich text in the body's place, so the frame goes whole; the
rich text is read as any page's. Detected strictly: the `text-detail__title` and `text-detail__content`
classes on a page whose assets come from 小鹅通's hosts (xiaoeknow.com, xiaoe-tech.com). The page's
comments are not this pass's: a comments reader reads them before the cleaning stage.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import loads_assets, site_reader

MARKS = ("text-detail__title", "text-detail__content")
_ASSETS = re.compile(r"^(?:https?:)?//[\w.-]*\b(?:xiaoeknow|xiaoe-tech)\.com/", re.IGNORECASE)


@site_reader(MARKS, gather_marks=True)
def xiaoe_lesson(soup: BeautifulSoup) -> None:
    """Put a 小鹅通 lesson's title and text in the body's place (see the module's docstring). A page of
    any other kind is unchanged. `marks` are the page's (html_text.page_marks)."""
    if soup.body is None or not _made_by_xiaoe(soup):
        return
    title = soup.find("h1", class_="text-detail__title")
    content = soup.find("div", class_="text-detail__content")
    if not isinstance(title, Tag) or not isinstance(content, Tag):
        return
    page = soup.new_tag("main")
    page.append(title.extract())
    page.append(content.extract())
    soup.body.clear()
    soup.body.append(page)


def _made_by_xiaoe(soup: BeautifulSoup) -> bool:
    """The page's stylesheets, scripts or icon come from 小鹅通's hosts."""
    return loads_assets(soup, _ASSETS)
