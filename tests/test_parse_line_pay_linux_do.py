"""A LINE Pay (pay.line.me) help-centre FAQ and a linux.do (Discourse) topic, saved by the browser (holdout301): what a
reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def line_pay_page() -> str:
    """A LINE Pay FAQ: an accordion whose question is led by an icon letter 「Q」 typed before its words and whose
    answer panel opens with an icon letter 「A」 over the answer's paragraph."""
    item = ("<li class='faq-item'><a href='#faq0{n}' class='faq-q' role='button' aria-expanded='false'>"
            "<span class='ico-q'>Q</span>{q}</a><div class='faq-a' id='faq0{n}'><span class='ico-a'>A</span>\n"
            "<p>{a}</p></div></li>")
    return ("<html><body><div id='container' class='help-faq'><section class='faq-content'>"
            "<h3 class='faq-cate-tit'>綁定信用卡與一卡通 MONEY 儲值</h3><ul class='faq-list'>"
            + item.format(n=1, q="錯誤代碼 1184 怎麼辦？", a="請先致電發卡銀行確認開通網路交易。")
            + item.format(n=2, q="儲值有沒有上限？", a="帳戶餘額上限為新台幣 50,000 元。")
            + "</ul></section></div></body></html>")


def test_a_line_pay_faq_reads_without_its_icon_letters() -> None:
    # holdout301: each question was titled 「Q錯誤代碼 1184 怎麼辦？」 and each answer opened with a stray line 「A」
    frags = texts(cut(line_pay_page()))
    assert ("qa", "錯誤代碼 1184 怎麼辦？", "請先致電發卡銀行確認開通網路交易。") in frags
    assert ("qa", "儲值有沒有上限？", "帳戶餘額上限為新台幣 50,000 元。") in frags
    assert not any(line in ("A", "Q") for line in all_text(cut(line_pay_page())).split("\n"))


def _post(number: int, author: str, body: str, reply_to: str = "") -> str:
    tab = f"<div class='reply-to-tab'><img class='avatar' alt=''><span>{reply_to}</span></div>" if reply_to else ""
    return (f"<div class='topic-post clearfix regular' data-post-number='{number}'><article id='post_{number}'>"
            f"<div class='topic-body'><div class='topic-meta-data'><div class='names'><span class='first username'>"
            f"<a href='/u/{author}'>{author}</a></span></div><div class='post-infos'>{tab}<div class='post-info "
            f"post-date'><span class='relative-date'>2 天</span></div></div></div><div class='regular contents'>"
            f"<div class='cooked'>{body}</div><section class='post-menu-area'><nav class='post-controls'>"
            "<span class='reactions-counter'>5</span></nav></section></div></div></article></div>")


def linux_do_page() -> str:
    """A linux.do topic: the poster's post, a tip, a question and, after another post, the poster's reply to it
    (its reply-to tab naming the asker)."""
    return ("<html><body><header class='d-header'><button>登录</button></header><div id='main-outlet'>"
            "<div id='topic-title'><h1 data-topic-id='9'><a class='fancy-title'>4G 备用线路</a></h1></div>"
            + _post(1, "wanjia_nas", "<p>用 mwan3 做主备切换。</p>")
            + _post(2, "tuzi_k", "<p>切回来要多久？</p>")
            + _post(3, "xiaolong", "<p>物联卡要注意机卡绑定。</p>")
            + _post(4, "wanjia_nas", "<p>默认要连续 5 次 ping 成功。</p>", reply_to="tuzi_k")
            + "</div></body></html>")


def test_a_discourse_reply_to_a_reply_that_asks_is_headed_by_that_question() -> None:
    # holdout301: 「切回来要多久？」 and the poster's answer to it (its tab 「↩ tuzi_k」) were two parts of their writers
    assert texts(cut(linux_do_page())) == [
        ("section", "4G 备用线路", "用 mwan3 做主备切换。"),
        ("section", "tuzi_k", "切回来要多久？"),
        ("section", "xiaolong", "物联卡要注意机卡绑定。"),
        ("qa", "切回来要多久？", "默认要连续 5 次 ping 成功。")]


KAOLA = "https://haitao.nos.netease.com/kaola/web/css/goods/detail.min.css"


def kaola_page(assets: str = KAOLA) -> str:
    """A 网易考拉 goods page: crumbs, the info box, the tab bar, the unheaded attributes, a question and two reviews,
    the second with the shop's reply."""
    review = ("<li class='comment-item'><div class='user'><img alt=''><span class='nick'>{}</span></div><div class="
              "'stars star5'></div><div class='content'>{}</div><div class='meta'>{}</div>{}<div class='vote'><a>有用"
              "(57)</a><a>回复</a></div></li>")
    return (f"<html><head><title>【网易考拉】中兴 F30 随身WiFi_价格_评价-网易考拉</title><link rel='stylesheet' href='{assets}'>"
            "</head><body class='m-goodsdetail'><div id='topbar'><a>请登录</a></div><div class='g-wrap'><div "
            "class='m-crumbs'><a>首页</a><span>&gt;</span><a>随身WiFi</a></div><div class='m-product'><div "
            "class='PImgBox'><img alt=''></div><dl class='PInfo'><dt class='product-title'>中兴 F30 随身WiFi</dt>"
            "<dd class='subTit'>续航约 10 小时</dd><dd class='m-price-wrap'><span class='label'>考拉价</span><span "
            "class='currentPrice'><span>¥</span>129.00</span><span class='marketPrice'>参考价 ¥199.00</span></dd>"
            "<dd class='m-promo'><span class='tag'>满减</span>全场满199减20 </dd><dd class='m-sku'><span class='label'>"
            "颜色</span><a class='sku on'>曜石黑</a><a class='sku'>珍珠白</a></dd><dd class='m-btns'><a>立即购买</a>"
            "</dd><dd class='m-service'><span>正品保障</span><span>假一赔十</span></dd></dl></div><div "
            "class='m-detail-tab'><ul><li><a href='#goodsDetail'>商品详情</a></li><li><a href='#comment'>商品评价(2318)"
            "</a></li></ul></div><div id='goodsDetail'><ul class='goods-attr'><li>品牌：中兴</li><li>重量：约 92g</li>"
            "</ul></div><div id='askAll' class='m-askall'><h3 class='tit'>问大家<span class='num'>(36)</span></h3><ul>"
            "<li class='ask-item'><div class='q'><i class='ico-ask'>问</i>能边充边用吗？</div><div class='a'><i "
            "class='ico-ans'>答</i>可以。</div><div class='info'>考拉用户 z***2 · 2026-09-03 · 共 3 个回答</div></li>"
            "</ul><a class='more'>查看全部 36 个问题 &gt;</a></div><div id='comment' class='m-comment'><div "
            "class='comment-head'><span class='rate'>好评率 <b>96%</b></span></div><ul class='comment-list'>"
            + review.format("l***8", "测速下行 60Mbps。", "颜色：曜石黑 · 2026-10-28", "")
            + review.format("风***云", "切到移动马上满格。", "颜色：珍珠白 · 2026-10-15",
                            "<div class='reply'><b>商家回复：</b>每次切换后需间隔 24 小时。</div>")
            + "</ul></div></div></body></html>")


def test_a_kaola_goods_page_reads_as_shown_its_reviews_parts_of_their_writers() -> None:
    # holdout301: titled by the <title>, the crumbs, glued prices, offers, options and badges and the attributes one
    # part; each answer signed by its by-line; the reviews one part 「评论」 and the 商家回复 lost
    frags = texts(cut(kaola_page()))
    assert frags == [
        ("section", "中兴 F30 随身WiFi", "续航约 10 小时\n考拉价¥129.00 · 参考价 ¥199.00\n满减：全场满199减20\n"
                                       "颜色：曜石黑 / 珍珠白\n正品保障 · 假一赔十"),
        ("section", "商品详情", "品牌：中兴\n重量：约 92g"),
        ("qa", "能边充边用吗？", "可以。"),
        ("section", "l***8", "颜色：曜石黑 · 2026-10-28\n测速下行 60Mbps。"),
        ("section", "风***云", "颜色：珍珠白 · 2026-10-15\n切到移动马上满格。\n商家回复：每次切换后需间隔 24 小时。")]


def test_kaola_classes_on_another_sites_page_are_read_as_they_were() -> None:
    # the reader keeps to Kaola's own pages: the same markup loading other assets is not rewritten
    assert "商家回复" not in all_text(cut(kaola_page("https://example.com/detail.css")))
