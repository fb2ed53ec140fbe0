"""UC 大鱼号 articles as UC's article page shows them, saved by the browser: what a reader gets from them."""
from __future__ import annotations

from fragments import all_text, cut, texts

UC = "https://image.uc.cn/s/uae/g/1y/mparticle/static/js/article.5a9d13.js"


def dayu_page(assets: str = UC) -> str:
    """An article: the by-line, a paragraph, a section with steps and a captioned picture, the statement."""
    return ("<html><head><title>查号码 - 大鱼号</title></head><body><div class='article-wrap'><div class='article'>"
            "<h1 class='article-title'>名下有几张手机卡</h1><div class='article-info'><span class='wm-name'>数码老陈说"
            "</span><span class='time'>2026-11-18 20:41</span><span class='from'>大鱼号</span></div>"
            "<div class='article-content'><p>今天把查询的流程讲清楚。</p><h2>查询步骤</h2><ol><li>打开微信。</li>"
            "<li>提交申请。</li></ol><div class='img-container'><img src='a.jpg'><p class='img-desc'>▲ 结果短信示例"
            "（图片来源：作者截图）</p></div><h2>费用</h2><p>查询免费。</p><p class='statement'>本文为大鱼号作者原创，"
            f"未经授权禁止转载。</p></div></div></div><script src='{assets}'></script></body></html>")


def test_a_dayu_articles_by_line_caption_and_statement_are_gone() -> None:
    # holdout263: the by-line opened the first paragraph, the caption was a passage of its own, the statement was
    # glued to the last paragraph
    frags = texts(cut(dayu_page()))
    assert frags[0] == ("section", "名下有几张手机卡", "今天把查询的流程讲清楚。")
    assert frags[-1] == ("section", "费用", "查询免费。")
    assert [kind for kind, _, _ in frags] == ["section", "step", "step", "section"]
    text = all_text(cut(dayu_page()))
    assert "数码老陈说" not in text and "结果短信示例" not in text and "禁止转载" not in text


def test_dayu_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # (the statement goes on any page since holdout283, a content platform's 「statement」 by the generic rule)
    assert "结果短信示例" in all_text(cut(dayu_page(assets="/js/site.js")))
