"""快科技 (news.mydrivers.com) news article pages, saved by the browser: what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

MYDRIVERS = "https://icons.mydrivers.com/2020/news/css/news_detail.css"


def mydrivers_page(assets: str = MYDRIVERS) -> str:
    """A 快科技 article: its h1, by-line with the comment count and font buttons, text, closing lines, votes,
    related links, and a hot comment with its reply."""
    return (f"<html><head><title>t</title><link href='{assets}' rel='stylesheet'></head><body><div class='main_left'>"
            "<div class='news_bt'><h1>5G-A套餐按速率分档</h1></div><div class='news_bt1'><div class='news_bt1_left'>"
            "2026-11-24 15:32:08　出处：<a href='/'>快科技</a>　作者：振亭　<a href='#comment'>人评论</a>(<span "
            "class='pinglun_num'>1286</span>)</div><div class='news_bt1_right'><a class='font_big'>A+</a><a "
            "class='font_small'>A-</a></div></div><div class='news_info'><p>月费59元，含30GB通用流量。</p>"
            "<div class='news_editor'>【本文结束】如需转载请务必注明出处：快科技</div><div class='news_bqian'>责任编辑：振亭"
            "　文章纠错</div></div><div class='xgxw'><h3>相关新闻</h3><ul><li><a href='/1.htm'>中国移动5G用户突破6亿"
            "</a></li></ul></div><a name='comment'></a><div class='pinglun' id='comment_list'><div "
            "class='pinglun_title'><h3>网友评论</h3><span>已有<em>1286</em>条评论</span><a href='/r'>查看全部</a>"
            "</div><div class='hot_pinglun'><h4>热门评论</h4><ul><li class='pl_item'><div class='pl_user'><span "
            "class='pl_name'>快科技网友[广东深圳]</span><span class='pl_time'>2026-11-24 15:48</span></div><div "
            "class='pl_content'>问：副卡能不能单独办5G-A？</div><div class='pl_reply'><span class='pl_name'>"
            "快科技网友[上海]</span> 回复：副卡跟随主卡档位。</div><div class='pl_op'><a>支持(512)</a><a>反对(9)</a>"
            "</div></li></ul></div><div class='pl_form'><textarea></textarea><a class='pl_submit'>发表评论</a></div>"
            "</div></div></body></html>")


def test_a_mydrivers_article_loses_its_buttons_closing_lines_and_related_links() -> None:
    # holdout308: 「人评论(1286)」 and 「A+A-」 under the by-line, 【本文结束】 and 责任编辑 glued to the last
    # paragraph, 「相关新闻」 a fragment of its own
    text = all_text(cut(mydrivers_page()))
    for chrome in ("人评论", "A+", "本文结束", "责任编辑", "文章纠错", "相关新闻", "6亿", "支持(512)", "发表评论"):
        assert chrome not in text
    assert ("section", "5G-A套餐按速率分档", "2026-11-24 15:32:08 出处：快科技 作者：振亭\n月费59元，含30GB通用流量。") \
        in texts(cut(mydrivers_page()))


def test_a_mydrivers_comment_is_a_qa_saying_who_replied_and_who_asked() -> None:
    # holdout308: the answer was a bare 「回复：…」, the replier, the asker and the time gone
    assert ("qa", "副卡能不能单独办5G-A？", "快科技网友[上海]：副卡跟随主卡档位。（提问：快科技网友[广东深圳] 2026-11-24 15:48）") \
        in texts(cut(mydrivers_page()))


def test_mydrivers_classes_on_another_sites_page_are_read_as_they_were() -> None:
    look_alike = mydrivers_page(assets="/css/site.css")
    assert "A+" in all_text(cut(look_alike)) or "本文结束" in all_text(cut(look_alike))
