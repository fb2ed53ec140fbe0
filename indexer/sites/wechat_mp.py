"""A WeChat Official Account (微信公众号) article (mp.weixin.qq.com) as the browser saves it, its 留言 read.

The article page (its scripts under res.wx.qq.com) sets the h1 `rich_media_title`, the by-line
`div.rich_media_meta_list`, the text `div#js_content`, the 阅读 / 赞 / 在看 bar, and then, outside the text, the
留言 area `div#js_cmt_area`: its title 「留言」, each reader's `div.discuss_item` (`strong.nickname`, the text
`div.discuss_message` or `div.discuss_message_content`, the date `div.discuss_extra_info`, a like count) and after
it the account's answer `div.reply_result` (its nickname 「作者」). A QR code closes many articles, a picture alone
in its `<section>`, its call under it in small grey type 「长按识别二维码，进入智慧社区小程序」.

Read as it stood (holdout283), the 留言 area went as chrome: a resident's question 「人脸录入老人自己弄不了，能上门帮
忙吗？」 and the property office's answer 「可以的阿姨，11月28日周六上午物业会在各栋大堂设点代录。」, a fact the article
does not give, were lost, where a 一点资讯 or a blog page's comments are the page's last part 「评论」. `wechat_mp`
reads them so (`blogs.comments_html`: a question the account answered a Q&A, the rest remarks, nicknames, dates and
likes gone) at the end of `div#js_content`, and the area goes. The QR code's call was glued to the office-hours line
before it (what to do with a picture the text does not hold): a short paragraph asking to press or scan the code
(「长按识别…」「扫码…」) right after a block of a picture alone goes too.

Detected by the page's marks (`discuss_item`, `rich_media_title`) on a page loading WeChat's res.wx.qq.com assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import append_markup, one_line, site_reader
from indexer.sites.blogs import Comment, comments_html

MARKS = frozenset({"discuss_item", "rich_media_title"})
_ASSETS = re.compile(r"^https?://res\.wx\.qq\.com/")
_AUTHOR_NAMES = frozenset({"作者", "作者回复"})
# the call under a QR code: press it long or scan it (「长按识别二维码…」, 「扫描上方二维码…」, 「扫码关注…」)
_QR_CALL = re.compile(r"^\W*(?:长按|長按|扫描|掃描|扫码|掃碼|扫一扫|掃一掃|识别|識別)")
_QR_CALL_MAX = 40


@site_reader(MARKS, assets=_ASSETS, reads_comments=True)
def wechat_mp(soup: BeautifulSoup) -> None:
    """Read a WeChat article's 留言 into its last part 「评论」 (see the module's docstring); a page of any other kind
    is unchanged."""
    text = soup.find(id="js_content")
    if not isinstance(text, Tag):
        return
    for block in text.find_all(["section", "p", "figure"]):
        if block.decomposed or block.find("img") is None or block.get_text(strip=True):
            continue
        call = block.find_next_sibling()
        words = call.get_text(strip=True) if isinstance(call, Tag) else ""
        if isinstance(call, Tag) and call.name == "p" and len(words) <= _QR_CALL_MAX and _QR_CALL.match(words):
            call.decompose()
    comments = []
    for area in soup.find_all(class_="discuss_container"):
        for item in area.find_all(class_=["discuss_item", "reply_result"]):
            message = item.find(class_=["discuss_message", "discuss_message_content"])
            if not isinstance(message, Tag) or not one_line(message):
                continue
            name = one_line(item.find(class_="nickname"))
            author = "reply_result" in item.get("class", []) or name in _AUTHOR_NAMES
            comments.append(Comment(name, one_line(message), author, nested=author))
        area.decompose()
    markup = comments_html(comments)
    if markup:
        part = soup.new_tag("div")
        append_markup(part, markup)
        text.append(part)
