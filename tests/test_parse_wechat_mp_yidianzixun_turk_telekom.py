"""WeChat Official Account articles, 一点资讯 articles and a help page's date-only dating line in another language
(Türk Telekom's, Nepal Telecom's), saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

WECHAT = "https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"
YIDIAN = "https://static.yidianzixun.com/modules/build/pc/article/index.js"


def wechat_page(assets: str = WECHAT) -> str:
    """A WeChat article: title, by-line, text, the 阅读 bar, and the 留言 area with a reader's question and the
    account's answer."""
    return ("<html><head><title>门禁升级</title></head><body id='activity-detail'><div id='js_article' "
            "class='rich_media'><div id='img-content' class='rich_media_wrp'><h1 class='rich_media_title'>门禁升级指南"
            "</h1><div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta'>物业服务中心</span>"
            "</div><div class='rich_media_content' id='js_content'><p>12 月 1 日起旧门禁卡停用。</p><h2>访客怎么进"
            "</h2><p>访客码当天 24:00 前有效，最多开门 5 次。</p><p>值班电话 0755-2688 3120。</p><section><img src='qr.jpg'>"
            "</section><p><span style='font-size: 12px'>长按识别二维码，进入智慧社区小程序</span></p></div><div class='rich_media_tool_area'><div "
            "class='rich_media_tool__wrp'><span class='media_tool_meta meta_primary'>阅读 1528</span><a "
            "class='sns_opr_btn sns_praise_btn'>赞 46</a></div></div></div><div id='js_cmt_area' class='rich_media_area_extra'><div "
            "class='discuss_container'><p class='discuss_title'>留言</p><div class='discuss_item'><strong "
            "class='nickname'>8栋王阿姨</strong><div class='discuss_message'>人脸录入老人自己弄不了，能上门帮忙吗？</div>"
            "<div class='discuss_extra_info'>11月22日</div></div><div class='reply_result'><strong class='nickname'>作者"
            "</strong><div class='discuss_message'>可以的，11月28日上午物业在各栋大堂设点代录。</div></div></div></div>"
            f"</div><script src='{assets}'></script></body></html>")


def test_a_wechat_articles_question_the_account_answered_is_a_qa_at_its_end() -> None:
    # holdout283: the 留言 area went as chrome, and with it the office's answer (a fact the article does not give)
    frags = texts(cut(wechat_page()))
    assert frags[-1] == ("qa", "人脸录入老人自己弄不了，能上门帮忙吗？", "可以的，11月28日上午物业在各栋大堂设点代录。")
    assert "8栋王阿姨" not in all_text(cut(wechat_page()))
    assert "11月22日" not in all_text(cut(wechat_page()))


def test_a_wechat_articles_qr_call_under_its_picture_is_gone() -> None:
    # holdout283: 「长按识别二维码，进入智慧社区小程序」 was glued to the office-hours line before the QR code
    frags = texts(cut(wechat_page()))
    assert ("section", "访客怎么进", "访客码当天 24:00 前有效，最多开门 5 次。\n值班电话 0755-2688 3120。") in frags


def test_a_look_alike_of_a_wechat_article_is_not_read_so() -> None:
    assert not any(kind == "qa" for kind, _, _ in texts(cut(wechat_page("https://cdn.example.com/app.js"))))


def test_a_content_platforms_statement_is_gone() -> None:
    # holdout283: 一点资讯's p.statement was glued to the article's closing tip
    page = ("<html><head><title>候补购票</title></head><body><div class='left-wrapper'><h2>候补购票全过程</h2>"
            "<div id='imedia-article' class='content-bd'><p>候补订单最多 9 名乘车人。</p><p>最后提醒一句：开车前 3 天兑现率"
            "最高。</p><p class='statement'>本文为作者原创，未经授权禁止转载。</p></div></div>"
            f"<script src='{YIDIAN}'></script></body></html>")
    text = all_text(cut(page))
    assert "禁止转载" not in text
    assert "开车前 3 天兑现率最高" in text


def test_a_labelled_date_only_line_under_the_title_is_no_text() -> None:
    # holdout283: Türk Telekom's 「Son güncelleme: 12.11.2026」 was the whole text of the h1's fragment; holdout281's
    # Nepal Telecom 「Published: 2026-09-15」 opened the first part's text
    for line in ("Son güncelleme: 12.11.2026", "Published: 2026-09-15"):
        page = (f"<html><head><title>t</title></head><body><main><article><h1>外国游客在土耳其使用手机</h1>"
                f"<p class='last-update'>{line}</p><h2>为什么要登记 IMEI</h2><p>未登记的手机最多可使用 120 天。</p>"
                "</article></main></body></html>")
        frags = texts(cut(page))
        assert line not in all_text(cut(page))
        assert ("section", "为什么要登记 IMEI", "未登记的手机最多可使用 120 天。") in frags
