"""A UC 大鱼号 (Dayu, mp.dayu.com) article as UC's article page (mparticle.uc.cn) shows it, saved by the browser.

UC's article page (its stylesheets and scripts under image.uc.cn/s/uae/g/1y/mparticle/) sets the 「打开APP」 banner, then
`div#J_article`: the `h1.article-title`, the by-line `div.article-info` (the writer's avatar, `span.wm-name` 「数码老陈说」,
the time 「2026-11-18 20:41」, 「大鱼号」 and 「+ 关注」), the text `div.article-content` — h2 sections, lists, pictures
in `div.img-container` with their caption `p.img-desc` 「▲ 结果短信示例（图片来源：作者截图）」, and the platform's
statement `p.statement` 「本文为大鱼号作者原创，未经授权禁止转载。」 closing it —, the like / share / report bar; then
相关推荐, the comments' stub and the footer.

Read as it stood (holdout263), the by-line 「数码老陈说 2026-11-18 20:41 大鱼号」 was glued to the front of the first
paragraph, the caption of a screenshot (what the picture, not the text, shows, and where it came from) was a passage
of its own under the section it stands in, and the statement was glued to the article's closing paragraph.
`dayu_article` drops the three: the platform's furniture, on every article (the banner, bar, 相关推荐 and comments'
stub went already as a page's chrome).

Detected by the page's marks (`article-info`, `wm-name`) on a page loading UC's mparticle assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.html_text import drop_selected, site_reader

MARKS = frozenset({"article-info", "wm-name"})
_ASSETS = re.compile(r"^https?://image\.uc\.cn/s/uae/g/1y/mparticle/")
# the by-line, each picture's caption, the platform's statement
_FURNITURE = ("div.article-info", "div.article-content div.img-container p.img-desc", "div.article-content p.statement")


@site_reader(MARKS, assets=_ASSETS)
def dayu_article(soup: BeautifulSoup) -> None:
    """Drop a 大鱼号 article's by-line, picture captions and statement (see the module's docstring); a page of any
    other kind is unchanged."""
    drop_selected(soup, _FURNITURE)
