"""A 西瓜视频 (Xigua Video, ixigua.com) video page, as the browser saves it.

Xigua draws its header (logo, search, nav, 登录), the player (ByteDance's xgplayer: `div.xgplayer` with its poster and
its controls `div.xgplayer-controls`, 「00:00 / 17:06」), the title (`div.videoTitle > h1`), the stats line
(`div.videoDesc__videoStatics`: spans 「4.8萬次觀看」 「·」 「2026-11-15 發布」 「點讚 1832」 「收藏 604」 「分享」), the
uploader's line (`div.author-info`: name, 「粉絲 12.6萬」, 「+ 關注」), the description (`div.videoDesc__content`: the
uploader's headings, lists and Q&A paragraphs) with its chapter list (`ul.chapter-list`, each `li.chapter-item` a
`span.chapter-time` and a `span.chapter-title`), then the comments, related videos and footer.

Read as it stood (holdout195), the player's time and the stats line (its spans glued: 「4.8萬次觀看·2026-11-15 發布收藏
604」) were the first fragment, titled by the video, no text of it; and each chapter's time ran into its title
(「01:42ЦУМ 維修攤位換螢幕過程」). `xigua_video` drops the player's controls, the stats and the uploader's line, as a
Douyin page's are (`blogs._douyin`: names and counters say nothing a viewer asks), and sets each chapter's time apart
from its title (「01:42 ЦУМ 維修攤位換螢幕過程」). The comments are left to the comment reader (`indexer.comments`).

Detected strictly by Xigua's marks: the stats line's class with the player's on one page.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import site_reader

MARKS = frozenset({"videoDesc__videoStatics", "xgplayer"})
# the page's furniture around the video's title: the player's controls, the stats line, the uploader's line
_FURNITURE = ("xgplayer-controls", "videoDesc__videoStatics", "author-info")


@site_reader(MARKS)
def xigua_video(soup: BeautifulSoup) -> None:
    """Drop a Xigua video page's player controls, stats and uploader lines and set its chapters' times apart
    from their titles (see the module's docstring). A page of any other kind is unchanged."""
    if soup.find(class_="videoDesc__videoStatics") is None or soup.find(class_="xgplayer") is None:
        return
    for name in _FURNITURE:
        for tag in soup.find_all(class_=name):
            if isinstance(tag, Tag) and tag.parent is not None:
                tag.decompose()
    for time in soup.find_all("span", class_="chapter-time"):
        title = time.find_next_sibling("span", class_="chapter-title")
        if isinstance(title, Tag) and time.get_text(strip=True):
            time.append(NavigableString(" "))
