"""酷安 feed posts, dumi docs pages and Кыргызтелеком (kt.kg) service pages, saved by the browser, and the generic
rules holdout292 brought (a post's topic-label links, a table cell's own 「 | 」): what a reader gets from them,
fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

COOLAPK = "https://static.coolapk.com/static/web/v8/js/feed.js"
DUMI = "https://pay.example.dev/umi.8c4e2f1a.js"
KT_KG = "https://kt.kg/assets/js/app.min.js?v=2.14.3"


def saved(assets: str, body: str) -> str:
    """A page as the browser saves it: `body` in <main>, then a script from `assets`."""
    return f"<html><head><title>t</title></head><body><main>{body}</main><script src='{assets}'></script></body></html>"


def coolapk_page(assets: str = COOLAPK) -> str:
    """A 酷安 feed post: the writer's block, the text closed by its topic labels, the counters and three replies (a
    question the 楼主 answered under it, a tip, a question nobody answered)."""
    reply = ("<div class='feed-reply-item'><div class='reply-body'><a class='reply-username'>{}</a>"
             "<div class='reply-message'>{}</div><div class='reply-info'>11-18 22:05 · 来自 iPhone 15 · "
             "<span class='reply-like'>赞 87</span></div>{}</div></div>")
    answer = ("<div class='reply-sub-list'><div class='reply-sub-item'><a class='reply-username'>测评喵</a> "
              "<span class='tag-author'>楼主</span>：不能，这类卡都是独立套餐。</div></div>")
    return saved(assets, "<div class='feed-user-info'><a class='feed-user-name'>测评喵</a><span class='user-level'>Lv.9"
                 "</span></div><div class='feed-article'><h1 class='feed-article-title'>大流量卡踩坑</h1>"
                 "<div class='feed-article-message'><p>半年前办了一张卡。</p><p><strong>一、激活</strong></p>"
                 "<p>在 App 里激活。</p><p><strong>二、注销</strong></p><p>打 10000 转人工。</p><div class='feed-topic-list'><a class='feed-topic' href='/t/1'>#流量卡#</a> "
                 "<a class='feed-topic' href='/t/2'>#避坑指南#</a></div></div></div>"
                 "<div class='feed-action-bar'><span class='action-like'>1286</span></div><div class='feed-reply-list'>"
                 "<div class='feed-reply-header'>全部回复 <span>214</span></div>"
                 + reply.format("橘子汽水", "能不能办成副卡？", answer)
                 + reply.format("阿杰", "补充一个：一个身份证最多办 5 张卡。", "")
                 + "</div>")


def test_coolapk_replies_are_the_posts_last_part_the_answered_question_a_qa() -> None:
    # holdout292: the 全部回复 list was lost entirely, the 楼主's answers with it
    frags = texts(cut(coolapk_page()))
    assert ("qa", "能不能办成副卡？", "不能，这类卡都是独立套餐。") in frags
    assert ("section", "评论", "补充一个：一个身份证最多办 5 张卡。") in frags
    text = all_text(cut(coolapk_page()))
    assert "赞 87" not in text and "全部回复" not in text and "楼主" not in text and "1286" not in text


def test_coolapk_topic_labels_are_not_glued_to_the_last_section() -> None:
    # holdout292: 「#流量卡# #避坑指南#」 closed the text of the last section 「注销」
    assert ("section", "注销", "打 10000 转人工。") in texts(cut(coolapk_page()))
    assert "#流量卡#" not in all_text(cut(coolapk_page()))


def test_a_line_of_topic_links_goes_on_any_page_a_typed_hashtag_stays() -> None:
    # holdout291's 米游社 「#充值问题 #新手攻略」: links to topic pages, no words of the post (`clean._topic_links`)
    page = saved("/a.js", "<h1>充值没到账</h1><p>先自查。</p><div class='topics'><a href='/t/547'>#充值问题</a> "
                 "<a href='/t/1021'>#新手攻略</a></div><p>话题 #充值问题 是官方的。</p><p><a href='/i/3'>#3</a></p>")
    text = all_text(cut(page))
    assert "#新手攻略" not in text
    assert "话题 #充值问题 是官方的。" in text and "#3" in text


def test_coolapk_classes_on_another_sites_page_leave_the_replies_to_the_generic_reader() -> None:
    # no coolapk asset: its reader does not run
    look_alike = coolapk_page(assets="/js/site.js")
    assert "能不能办成副卡？" not in [title for _, title, _ in texts(cut(look_alike))]


def dumi_page(assets: str = DUMI) -> str:
    """A dumi 2 page: a demo previewer (the rendered button, its description, the action buttons), an API table
    whose type cell holds a union 「'alipay' | 'wechat'」."""
    return saved(assets, "<div class='markdown'><h1>PayButton</h1><p>支付按鈕元件。</p><h2>程式碼演示</h2>"
                 "<div class='dumi-default-previewer'><div class='dumi-default-previewer-demo'><div class='mp-pay-button'>"
                 "<span>NT$ 19.90</span> 立即支付</div></div><div class='dumi-default-previewer-meta'>"
                 "<div class='dumi-default-previewer-desc'><h4 id='demo-basic'><a href='#demo-basic'>基本用法</a></h4>"
                 "<div class='markdown'><p>金額以「分」為單位傳入。</p></div></div><div class='dumi-default-previewer-actions'>"
                 "<button type='button'>複製程式碼</button></div></div></div><h2>API</h2><table><thead><tr><th>屬性</th>"
                 "<th>說明</th><th>類型</th></tr></thead><tbody><tr><td>amount</td><td>金額</td><td>number</td></tr>"
                 "<tr><td>provider</td><td>平台</td><td><code>'alipay' | 'wechat'</code></td></tr></tbody></table></div>")


def test_a_dumi_demo_is_its_description_not_the_rendered_component() -> None:
    # holdout292: the h4 「基本用法」 and its text were lost, the demo's button 「NT$ 19.90 立即支付」 kept as text
    frags = texts(cut(dumi_page()))
    assert ("section", "基本用法", "金額以「分」為單位傳入。") in frags
    assert "立即支付" not in all_text(cut(dumi_page()))


def test_a_table_cells_own_bar_is_not_the_rows_separator() -> None:
    # holdout292 (dumi) and holdout290 (华为云): the cell's 「 | 」 made the row one cell longer than its header
    table = next(text for _, title, text in texts(cut(dumi_page())) if title == "API")
    assert "provider | 平台 | 'alipay' \\| 'wechat'" in table.split("\n")


def kt_kg_page(assets: str = KT_KG) -> str:
    """A kt.kg service page: two tariff cards, the second badged 「Хит」, and the note under them."""
    card = ("<div class='tariff-card'>{}<div class='tariff-card__name'>{}</div><div class='tariff-card__channels'>{}"
            "</div><div class='tariff-card__price'>{}</div><a class='btn btn-primary' href='#order'>Подключить</a></div>")
    return saved(assets, "<h1>IPTV 互动电视</h1><p>通过光纤宽带传输。</p><section class='service-tariffs'><h2>资费套餐</h2>"
                 "<div class='tariff-cards'>" + card.format("", "«Базовый»", "95 个频道", "350 сом / мес.")
                 + card.format("<span class='tariff-card__badge'>Хит</span>", "«Оптимальный»", "160 个频道",
                               "550 сом / мес.")
                 + "</div><p>机顶盒 4 200 сом。</p></section>")


def test_each_kt_kg_tariff_card_is_one_line_without_its_badge() -> None:
    # holdout292: the cards were bare lines (name / channels / price), the badge 「Хит」 a line between them
    assert ("section", "资费套餐", "«Базовый»：95 个频道 · 350 сом / мес.\n«Оптимальный»：160 个频道 · 550 сом / мес.\n"
            "机顶盒 4 200 сом。") in texts(cut(kt_kg_page()))


def test_kt_kg_classes_on_another_sites_page_are_read_as_they_were() -> None:
    look_alike = kt_kg_page(assets="/js/site.js")
    assert "«Базовый»：95 个频道 · 350 сом / мес." not in all_text(cut(look_alike))
