"""holdout287's and holdout288's generic rules: a help centre's 「Still need help? Contact Us」 prompt (its link named
contact) and a 「這篇解答對您有幫助嗎？」 bar are chrome (Help Scout Docs, 139郵箱); a contact box set as an <aside>
in the page's main part and giving a number is the page's (Moldcell), its 「Остались вопросы?」 heading no question
(ForteBank); a property row's names are set apart from their values and a by-line row goes whole (Notion); and the
line closing a FAQ known only by its shape is titled by the page, as after a FAQ named 「常见问题」 (O!)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def test_a_still_need_help_prompt_whose_link_is_named_contact_is_chrome() -> None:
    # Help Scout Docs' div.articleFoot: 「Still need help? Contact Us」 was the last line of the last answer
    page = ("<html><body><article><h1>导出账本</h1><p>在设置里导出 CSV。</p><h2>FAQ</h2>"
            "<h3>图片附件会一起导出吗？</h3><p>不会打包图片本身，只导出图片链接。</p>"
            "<div class='articleFoot'><p class='help'>Still need help? "
            "<a href='#' class='contactUs'>Contact Us</a></p></div></article></body></html>")
    frags = cut(page)
    assert "Still need help" not in all_text(frags) and "Contact Us" not in all_text(frags)
    assert ("qa", "图片附件会一起导出吗？", "不会打包图片本身，只导出图片链接。") in texts(frags)


def test_a_contact_link_in_a_paragraph_of_text_stays() -> None:
    page = ("<html><body><article><h1>退款</h1><p>退款一般 3 个工作日到账，如超过 7 天仍未到账，请通过"
            "<a href='#' class='contactUs'>联系我们</a>页面提交订单号，我们会在一个工作日内回复您。</p>"
            "</article></body></html>")
    assert "联系我们页面提交订单号" in all_text(cut(page))


def test_a_contact_link_in_a_short_sentence_without_digits_stays() -> None:
    # a sentence that links the contact page is text, short and numberless as it is: only an asking prompt goes
    page = ("<html><body><article><h1>退款</h1><p>退款一般当天到账。</p><p>通常很快到账，如未到账请"
            "<a href='#' class='contact-link'>联系客服</a>。</p></article></body></html>")
    assert "如未到账请联系客服" in all_text(cut(page))


def test_an_answer_s_helpful_bar_asking_of_the_jieda_is_chrome() -> None:
    # 139郵箱's div.faq-useful 「這篇解答對您有幫助嗎？」 over its links 「有用」「沒用」 was a part titled 「常見問題」
    page = ("<html><body><h1>郵件到達通知</h1><p>到達通知免費。</p><h2>常見問題</h2>"
            "<p>Q：收不到通知怎麼辦？</p><p>A：請確認手機號碼已綁定。</p>"
            "<div class='faq-useful'>這篇解答對您有幫助嗎？ <a href='#' class='btn-useful'>有用</a> "
            "<a href='#' class='btn-useless'>沒用</a></div></body></html>")
    frags = cut(page)
    assert "幫助" not in all_text(frags)
    assert [f.type for f in frags] == ["section", "qa"]


def test_a_contact_aside_in_the_main_part_giving_a_number_is_read() -> None:
    # Moldcell's aside.help-contact in main: the only place the page gives its hotline, lost with every <aside>
    page = ("<html><body><main class='help-page'><h1>Roaming</h1><p>撥打 *222*1# 開通漫遊服務。</p>"
            "<div class='help-rate'><span>Ți-a fost util acest răspuns?</span><button>Da</button><button>Nu</button></div>"
            "<aside class='help-contact'><h3>Contactează-ne</h3><p>Serviciul Clienți: 300 (gratuit din rețea), "
            "+373 22 200 200 din străinătate</p><a href='#'>Chat online</a></aside></main>"
            "<aside class='contact-sidebar'><h3>Contact</h3><p>Sună la 300</p></aside></body></html>")
    frags = cut(page)
    assert ("section", "Contactează-ne",
            "Serviciul Clienți: 300 (gratuit din rețea), +373 22 200 200 din străinătate") in texts(frags)
    assert "Chat online" not in all_text(frags) and "Sună la 300" not in all_text(frags)


def test_a_contact_aside_without_a_number_still_goes() -> None:
    page = ("<html><body><main><h1>Roaming</h1><p>撥打 *222*1# 開通漫遊服務。</p>"
            "<aside class='help-contact'><h3>Contactează-ne</h3><p>Scrie-ne în chat.</p></aside></main></body></html>")
    assert "Scrie-ne" not in all_text(cut(page))


def test_a_contact_aside_giving_only_a_year_or_a_date_still_goes() -> None:
    # 「自 2026 年起」 or 「2026-10-18」 is no number to call: the box is a side column's, as one giving none
    page = ("<html><body><main><h1>Roaming</h1><p>撥打 *222*1# 開通漫遊服務。</p>"
            "<aside class='contact-card'><h3>联系我们</h3><p>客服在线时间自 2026 年起调整为全天（2026-10-18 公告）。</p>"
            "<a href='#'>Chat</a></aside></main></body></html>")
    assert "客服在线时间" not in all_text(cut(page))


def test_a_still_have_questions_heading_over_a_number_is_no_question() -> None:
    # ForteBank's aside.fb-faq__contacts 「Остались вопросы?」 over 「Позвоните 7575…」: a contact box, not a Q&A
    page = ("<html><body><main><h1>Forte Junior</h1><h2>FAQ</h2><h3>Можно ли заблокировать карту?</h3>"
            "<p>Да, в приложении.</p><aside class='fb-faq__contacts'><h3>Остались вопросы?</h3>"
            "<p>Позвоните 7575 или напишите в чат приложения ForteBank</p></aside></main></body></html>")
    assert ("section", "Остались вопросы?", "Позвоните 7575 или напишите в чат приложения ForteBank") in texts(cut(page))


def test_a_property_row_reads_name_and_value_apart_and_a_by_line_row_goes() -> None:
    # Notion's div.notion-collection-row: 「作者CSSA 学术部 Amy」 glued, 「最后更新 2026年9月2日」 lost alone
    page = ("<html><body><div class='notion-page-content'><h1 class='notion-title'>新生手机卡指南</h1>"
            "<div class='notion-collection-row'><div class='notion-property'><span class='notion-property-name'>最后更新"
            "</span><span class='notion-property-value'>2026年9月2日</span></div><div class='notion-property'>"
            "<span class='notion-property-name'>作者</span><span class='notion-property-value'>CSSA 学术部 Amy</span>"
            "</div></div><p>本页适合刚到英国的新生。</p></div></body></html>")
    frags = cut(page)
    assert texts(frags) == [("section", "新生手机卡指南", "本页适合刚到英国的新生。")]


def test_a_lone_property_reads_name_colon_value() -> None:
    page = ("<html><body><h1>套餐说明</h1><p>本页说明预付费套餐。</p><h2>适用范围</h2>"
            "<div class='props'><div class='page-property'><span class='property-name'>适用套餐</span>"
            "<span class='property-value'>Liberă 90 / Liberă 150</span></div></div></body></html>")
    assert "适用套餐：Liberă 90 / Liberă 150" in all_text(cut(page))


def test_the_line_closing_a_faq_known_by_its_shape_is_titled_by_the_page() -> None:
    # O!'s h2 「Часто задаваемые вопросы」 over three <details>, then 「客服：…」: titled by the h2, where a FAQ named
    # 「常见问题」 gives it the page's title
    page = ("<html><body><h1>4G 流量包</h1><p>以下说明适用于预付费用户。</p><h2>Часто задаваемые вопросы</h2>"
            "<details><summary>外国人可以买 SIM 卡吗？</summary><p>可以，携带护照办理。</p></details>"
            "<details><summary>余额为零时还能打电话吗？</summary><p>可拨 *707*9# 申请信用额度。</p></details>"
            "<p>客服：О! 号码拨 0 (免费)，其他网络拨 +996 700 000 700。</p></body></html>")
    assert texts(cut(page))[-1] == ("section", "4G 流量包", "客服：О! 号码拨 0 (免费)，其他网络拨 +996 700 000 700。")


def test_a_line_between_pairs_keeps_its_section_s_title() -> None:
    # a comment that asks nothing between answered questions (闲鱼's 「168 能便宜点吗，150 我直接拍」) stays its part's
    page = ("<html><body><h1>诺基亚 8110</h1><p>九成新。</p><h2>留言</h2>"
            "<details><summary>能用 Tele2 的卡吗？</summary><p>上网正常。</p></details>"
            "<details><summary>能发俄语短信吗？</summary><p>有的。</p></details>"
            "<p>168 能便宜点吗，150 我直接拍</p>"
            "<details><summary>查话费怎么查？</summary><p>输入 *100# 后按通话键。</p></details></body></html>")
    assert ("section", "留言", "168 能便宜点吗，150 我直接拍") in texts(cut(page))
