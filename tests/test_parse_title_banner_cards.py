"""Generic rules holdout276 asked for (with holdout274's and holdout279's banners): a page's h1 in a banner before
its <main>, a subtitle or scope line under the title, a box of cards under a heading, an <ol> under a heading that
sets rules up. What a reader gets, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_banner_holding_the_h1_alone_titles_the_main() -> None:
    # holdout279's Metfone page: the h1 in section.page-banner (its breadcrumb gone) before <main>; the page was
    # titled 「Metfone」, the part of its <title> its text repeated
    html = page("流量套餐與實名登記 | Metfone",
                "<section class='page-banner'><ul class='breadcrumb'><li><a href='/'>首頁</a></li></ul>"
                "<h1>流量套餐與實名登記</h1></section><main><p>在柬埔寨使用 Metfone 預付卡上網前，號碼必須先完成實名登記。</p>"
                "<h2>熱門流量套餐</h2><p>Data 1$ 含 3 GB，有效期 3 天。</p></main>")
    frags = cut(html)
    assert frags[0].article_title == "流量套餐與實名登記"
    assert texts(frags)[0] == ("section", "流量套餐與實名登記", "在柬埔寨使用 Metfone 預付卡上網前，號碼必須先完成實名登記。")


def test_a_banners_subtitle_leads_the_article() -> None:
    # holdout274's Mytel page: section.page-banner's h1 and p.page-subtitle before <main>, the text in its one
    # <article>; the subtitle, no sentence, went
    html = page("中国员工办卡指南 | Mytel",
                "<section class='page-banner'><div class='container'><h1 class='page-title'>中国员工办卡指南</h1>"
                "<p class='page-subtitle'>Guide for Chinese employees working in Myanmar</p></div></section>"
                "<main><article><div class='article-meta'>Last updated: 12 Nov 2026 · Support Team</div>"
                "<h2>办卡需要什么</h2>" + "<p>携带护照原件和有效签证页。每本护照最多登记 2 张卡。</p>" * 4
                + "</article><aside><h3>联系我们</h3><p>拨打 969。</p></aside></main>")
    frags = texts(cut(html))
    assert frags[0] == ("section", "中国员工办卡指南", "Guide for Chinese employees working in Myanmar")
    assert frags[1][1] == "办卡需要什么"


def test_a_scope_field_opening_a_meta_line_stays_without_the_date() -> None:
    # holdout276's Dreame page: p.support-page__meta 「適用機型：… · 更新於 2026/10/08」 under the h1 went whole
    html = page("H12 Pro 洗地機 | Dreame",
                "<main><div class='support-page page-width'><div class='support-page__header'><h1>H12 Pro 洗地機</h1>"
                "<p class='support-page__meta'>適用機型：Dreame H12 Pro（型號 HHR25A）、H12 Core · 更新於 2026/10/08</p>"
                "</div><div class='rte'><h2>自清潔功能說明</h2><p>按下手把上的自清潔鍵，全程約 3 分鐘。</p>"
                + "<p>每次拖地結束後，將主機放回底座充電，建議每天使用後都執行一次自清潔，可減少滾刷異味。</p>" * 4
                + "</div></div></main>")
    frags = texts(cut(html))
    assert frags[0] == ("section", "H12 Pro 洗地機", "適用機型：Dreame H12 Pro（型號 HHR25A）、H12 Core")
    assert "2026/10/08" not in all_text(cut(html))


def test_text_after_a_box_of_cards_is_its_headings_again() -> None:
    # holdout276's Beeline page: two tariff cards (an h3 each) in div.tariff-cards under 「套餐与价格」, then a
    # paragraph of that section: it was glued into the last card's fragment
    html = page("国际通话包 | Beeline",
                "<main><article><h1>国际通话包</h1><h2>套餐与价格</h2><div class='tariff-cards'>"
                "<div class='tariff-card'><h3>Xalqaro 100</h3><p>100 分钟，价格 25 000 сум。</p></div>"
                "<div class='tariff-card'><h3>Xalqaro 300</h3><p>300 分钟，价格 59 000 сум。</p></div></div>"
                "<p>未开通通话包时，拨往中国按 2 900 сум/分钟计费。</p><h2>常用代码</h2><p>拨 *102# 查询余额。</p>"
                "</article></main>")
    assert texts(cut(html)) == [
        ("section", "Xalqaro 100", "100 分钟，价格 25 000 сум。"),
        ("section", "Xalqaro 300", "300 分钟，价格 59 000 сум。"),
        ("section", "套餐与价格", "未开通通话包时，拨往中国按 2 900 сум/分钟计费。"),
        ("section", "常用代码", "拨 *102# 查询余额。"),
    ]


def test_a_box_whose_heading_heads_the_text_after_it_is_no_card() -> None:
    # a site builder's heading in a box of its own heads the text after the box, as before
    html = page("t", "<main><h1>T</h1><h2>A</h2><p>a 的说明。</p><div class='heading-wrap'><h3>B</h3></div>"
                "<p>B 的说明。</p></main>")
    assert texts(cut(html))[-1] == ("section", "B", "B 的说明。")


def test_an_ol_under_a_heading_setting_rules_up_is_a_procedure() -> None:
    # holdout276's 百度智能云 page: 「配置生命周期规则」 named rules (conditions), and its five actions stayed lines
    html = page("t", "<main><h1>BOS 计费</h1><h2>配置生命周期规则</h2><p>生命周期规则可以让文件自动转换存储类型。</p>"
                "<ol><li>登录 BOS 控制台，单击目标 Bucket 名称。</li><li>单击“添加规则”。</li><li>单击“确定”保存。</li></ol>"
                "<h2>使用规则</h2><ol><li>每个 Bucket 最多 100 条。</li><li>规则每天 0 点后执行。</li></ol></main>")
    frags = cut(html)
    steps = [f for f in frags if f.type == "step"]
    assert [(f.procedure.title, f.procedure.index) for f in steps] == [("配置生命周期规则", 1), ("配置生命周期规则", 2),
                                                                      ("配置生命周期规则", 3)]
    assert texts(frags)[-1] == ("section", "使用规则", "每个 Bucket 最多 100 条。\n规则每天 0 点后执行。")


def test_a_hotline_named_as_a_line_under_the_feedback_bar_stays() -> None:
    # holdout276's Dreame page: 「這篇文章有幫助嗎？」 👍/👎, then 「仍需要協助？」 over 「客服專線 0800-255-233…」: the
    # feedback bar went with everything after it, the hotline too
    html = page("t", "<main><h1>H12 Pro</h1><h2>保固</h2><p>主機保固 2 年。</p><div class='helpful'><p>這篇文章有幫助嗎？</p>"
                "<button>有幫助</button></div><div class='support-contact'><h3>仍需要協助？</h3>"
                "<p>客服專線 0800-255-233（週一至週五 09:00–18:00）</p></div></main>")
    text = all_text(cut(html))
    assert "客服專線 0800-255-233（週一至週五 09:00–18:00）" in text and "有幫助" not in text
