"""A news site's guide article (电玩巴士's markup), saved by the browser: its info line and the links to the
articles before and after it (generic rules: `parse._BYLINE`'s 「来源：… date」, `clean._PREV_NEXT`)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def article(page_links: str = "<a href='/a'>上一篇：PS Plus港服会员涨价一览</a><a href='/b'>下一篇：Switch 2系统更新汇总</a>"
            ) -> str:
    """A guide: the title, the info line (author, source, time), the 导读, a section, the editor and the page links."""
    return ("<html><head><title>t</title></head><body><div class='article-main'><h1>Switch会员购买攻略</h1>"
            "<div class='article-main-info'>\n<span class='author'>作者：阿喵Yuki</span>\n<span class='source'>来源：电玩巴士"
            "</span>\n<span class='time'>2026-11-18 14:32</span>\n<span class='comment-num'><a href='#comment'>评论(86)</a>"
            "</span>\n</div><div class='article-main-summary'><b>导读：</b>港服和日服都可以买会员。</div>"
            "<div class='article-main-contentraw'><p>价格差别挺大。</p><h2>小结</h2><p>买日服12个月个人会员最划算。</p>"
            "<div class='article-main-editor'>责任编辑：阿喵Yuki</div></div>"
            f"<div class='article-main-page'>{page_links}</div></div></body></html>")


def test_the_source_and_dateline_goes_and_the_lead_opens_the_first_part() -> None:
    # holdout303: 「来源：电玩巴士 2026-11-18 14:32」 opened the first part over the lead
    assert texts(cut(article()))[0] == ("section", "Switch会员购买攻略", "导读：港服和日服都可以买会员。\n价格差别挺大。")


def test_the_previous_and_next_links_go_and_so_does_the_editor_line() -> None:
    # holdout303: 「上一篇：…下一篇：…」 glued into one line after 「责任编辑：…」 ended the last part
    assert texts(cut(article()))[-1] == ("section", "小结", "买日服12个月个人会员最划算。")
    assert "上一篇" not in all_text(cut(article()))


def test_a_link_block_saying_more_than_the_page_links_stays() -> None:
    # a link that does not open with 「上一篇：」 / 「下一篇：」 is not taken for one
    kept = article(page_links="<a href='/c'>上一篇文章里说的港服礼品卡在这里买</a>")
    assert "上一篇文章里说的港服礼品卡在这里买" in all_text(cut(kept))
