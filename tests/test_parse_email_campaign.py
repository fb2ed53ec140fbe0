"""An e-mail campaign's web version (a mailing tool's 「view in browser」 page, table layout): the letter without
its salutation, closing button and sign-off."""
from __future__ import annotations

from fragments import all_text, cut, texts


def campaign(layout_id: str = "bodyTable", button_class: str = "btn") -> str:
    """A Sendy-style campaign: the web-version line, the logo, the content cell, the social links and footer."""
    return ("<html><head><title>【星光KTV】包间预订改成短信啦</title></head><body>"
            f"<table width='100%' id='{layout_id}'><tr><td align='center'><table width='600' class='container'>"
            "<tr><td class='webversion'>邮件显示不正常？<a href='https://news.example.kz/w/8Xk'>在浏览器中查看</a></td></tr>"
            "<tr><td class='header'><img src='https://news.example.kz/logo.png' alt='星光KTV'/></td></tr>"
            "<tr><td class='content'><h1>包间预订改成短信啦</h1><p>Привет, 朋友！</p>"
            "<p>从 12 月 1 日起，发一条短信就能订包间。</p><h2>常见问题</h2>"
            "<p><strong>问：押金付错包间类型了怎么办？</strong><br/>答：到店时前台会多退少补。</p>"
            f"<table width='100%'><tr><td class='{button_class}' align='center'>"
            "<a href='https://example.kz/booking'>查看空闲包间</a></td></tr></table>"
            "<p>唱得开心！<br/>星光KTV 团队</p></td></tr>"
            "<tr><td class='footer'><p>你收到这封邮件是因为你登记成为会员。</p>"
            "<p><a href='https://news.example.kz/unsubscribe/8Xk/Lw8/0'>Unsubscribe</a></p></td></tr>"
            "</table></td></tr></table></body></html>")


def test_a_campaigns_salutation_button_and_sign_off_are_no_text() -> None:
    # holdout108 (Sendy): 「Привет, 朋友！」 opened the first part, and 「查看空闲包间」「唱得开心！」「星光KTV 团队」 closed
    # the last answer
    assert texts(cut(campaign())) == [
        ("section", "包间预订改成短信啦", "从 12 月 1 日起，发一条短信就能订包间。"),
        ("qa", "押金付错包间类型了怎么办？", "到店时前台会多退少补。")]


def test_a_cell_drawn_as_a_button_goes_on_any_page() -> None:
    # (another template's `td.button-cell`: the class's words name a button)
    assert "查看空闲包间" not in all_text(cut(campaign(layout_id="layout", button_class="button-cell")))


def test_a_table_layout_that_is_no_campaign_keeps_its_greeting() -> None:
    assert "Привет, 朋友！" in all_text(cut(campaign(layout_id="layout")))


def klaviyo(kl_class: str = "kl-text") -> str:
    """A Klaviyo campaign: a `table.kl-row` of the web-view line, the logo, text cells, the CTA button and the
    footer with the sender's address and the unsubscribe links; an unrendered template tag in the greeting."""
    return ("<html><body><table width='100%'><tr><td align='center'><table class='kl-row' width='600'>"
            "<tr><td class='content-padding'>看不到圖片？<a href='https://manage.kmail-lists.com/web-view'>在瀏覽器中開啟</a></td></tr>"
            "<tr><td><img src='https://example.kz/logo.png' alt='VeloTau'/></td></tr>"
            f"<tr><td class='content-padding {kl_class}'><h1>冬季保管開放預約了！</h1>"
            "<p>親愛的 {{ first_name|default:\"車友\" }} 您好：</p><p>今年冬天同樣提供保管。</p></td></tr>"
            f"<tr><td class='content-padding {kl_class}'><h2>保管期間的簡訊</h2><p>傳 STATUS 到 3434。</p></td></tr>"
            "<tr><td class='kl-button'><a href='https://velotau.kz/winter'>立即預約</a></td></tr>"
            "<tr><td class='content-padding'>您收到這封信，是因為您同意接收電子報。<br/>ТОО «VeloTau», пр. Абая 150, Алматы<br/>"
            "<a href='https://manage.kmail-lists.com/unsubscribe'>取消訂閱電子報</a> · "
            "<a href='https://manage.kmail-lists.com/manage'>管理偏好設定</a></td></tr>"
            "</table></td></tr></table></body></html>")


def test_a_klaviyo_campaign_is_its_text_cells_without_greeting_web_view_line_or_footer() -> None:
    # holdout132: 「看不到圖片？在瀏覽器中開啟」 and the unrendered 「親愛的 {{ first_name|default:"車友" }} 您好：」 opened
    # the first part, and the footer was a last part titled again by the h1
    assert texts(cut(klaviyo())) == [
        ("section", "冬季保管開放預約了！", "今年冬天同樣提供保管。"),
        ("section", "保管期間的簡訊", "傳 STATUS 到 3434。")]


def test_a_kl_row_without_klaviyos_text_cells_is_left_alone() -> None:
    assert "管理偏好設定" in all_text(cut(klaviyo(kl_class="text")))


def mailerlite(text_class: str = "mlContentContainer") -> str:
    """A MailerLite campaign: the web-version bar, then a `table.mlContentTable` of the header (logo and issue
    line), the banner, text cells (a merge tag in the greeting), the button, the social icons and the footer."""
    return ("<html><body><div class='mlWebVersionBar'>您正在查看这封邮件的网页版。<a href='https://preview.mailerlite.io/"
            "emails/webview/1'>在浏览器中打开</a></div><table width='100%' class='mlBodyBackground'><tr><td align='center'>"
            "<table class='mlContentTable' width='640'><tr><td class='mlContentHeader'><table width='100%'><tr>"
            "<td><img src='https://storage.mlcdn.com/logo.png' alt='Dent Smile'></td><td align='right'>2026 年 11 月 · "
            "第 23 期</td></tr></table></td></tr>"
            "<tr><td class='mlContentImage'><img src='https://storage.mlcdn.com/banner.jpg' alt=''></td></tr>"
            f"<tr><td class='{text_class}'><h1>牙套换副指南</h1><p>亲爱的 {{$name}}，您好！</p><p>每 10 天换一副。</p></td></tr>"
            f"<tr><td class='{text_class}'><h2>短信提醒</h2><p>发送 STOP ALIGN 到 1919。</p></td></tr>"
            "<tr><td class='mlContentButton'><a href='https://dentsmile.kz/book'>在线预约复诊</a></td></tr>"
            "<tr><td class='mlContentFooter'>Dent Smile · Алматы, Абая 10<br><a href='https://example.com/u'>退订</a>"
            "</td></tr></table></td></tr></table></body></html>")


def test_a_mailerlite_campaign_is_its_text_cells_without_header_greeting_or_footer() -> None:
    # holdout147: the header's issue line 「| 2026 年 11 月 · 第 23 期」 (the logo's cell an empty column) and
    # 「亲爱的 {$name}，您好！」 opened the first part
    assert texts(cut(mailerlite())) == [
        ("section", "牙套换副指南", "每 10 天换一副。"),
        ("section", "短信提醒", "发送 STOP ALIGN 到 1919。")]


def test_an_ml_content_table_without_mailerlites_text_cells_is_left_alone() -> None:
    assert "第 23 期" in all_text(cut(mailerlite(text_class="text")))


def sendpulse(host: str = "s7492.sendpul.se") -> str:
    """A SendPulse campaign: the hidden preheader, then a 600 px table whose rows carry no class — the web-view
    line, the logo, the text blocks (a merge tag in the greeting and the text), the CTA button and the footer."""
    return ("<html><body><span class='sp-preheader' style='display:none'>材料包已发货。</span><table width='100%'>"
            "<tr><td align='center'><table width='600'><tr><td>邮件显示不正常？"
            "<a href='https://sendpulse.com/ru/webversion?id=1'>在浏览器中打开</a></td></tr>"
            f"<tr><td><img src='https://{host}/files/emailservice/userfiles/logo.png' alt='Kesteli'/></td></tr>"
            "<tr><td><h1>材料包已发货</h1><p>Сәлеметсіз бе, {{name}}！</p><p>包裹交给 Kazpost 了。</p></td></tr>"
            "<tr><td><h2>查询包裹</h2><p>你的追踪号：<b>{{track}}</b>。</p></td></tr>"
            "<tr><td align='center'><a href='https://kesteli.kz/lessons'>观看视频教程</a></td></tr>"
            "<tr><td><p>你收到这封邮件是因为你订阅了 Kesteli Box。</p><p><a href='{{unsubscribe}}'>Отписаться</a></p>"
            "</td></tr></table></td></tr></table></body></html>")


def test_a_sendpulse_campaign_is_its_rows_from_the_first_heading_to_the_last() -> None:
    # holdout134: 「邮件显示不正常？在浏览器中打开」 and 「Сәлеметсіз бе, {{name}}！」 opened the first part, and the button
    # and the footer were a last part titled again by the h1
    assert texts(cut(sendpulse())) == [
        ("section", "材料包已发货", "包裹交给 Kazpost 了。"),
        ("section", "查询包裹", "你的追踪号：。")]


def test_sendpulse_like_markup_without_its_images_is_left_alone() -> None:
    assert "Отписаться" in all_text(cut(sendpulse(host="example.com")))


def _mjml_section(*rows: str, column: str = "mj-column-per-100") -> str:
    """An MJML section: one column, a table whose rows are its components."""
    cells = "".join(f"<tr><td align='left' style='font-size:0px;padding:10px 25px;'>{row}</td></tr>" for row in rows)
    return (f"<div style='margin:0px auto;max-width:600px;'><table role='presentation'><tbody><tr><td><div "
            f"class='{column} mj-outlook-group-fix'><table role='presentation' width='100%'><tbody>{cells}</tbody>"
            "</table></div></td></tr></tbody></table></div>")


def mjml_campaign(column: str = "mj-column-per-100") -> str:
    """A Brevo campaign as MJML renders it: mirror line, masthead, the text, a bulletproof button, the footer."""
    button = ("<table role='presentation'><tr><td align='center' bgcolor='#e07a2e' role='presentation'><a "
              "href='https://diceforest.kz/booking' target='_blank'>立即預約包廂</a></td></tr></table>")
    return ("<html><head><title>骰子森林｜包廂預約</title></head><body><div style='display:none;'>十二月包廂開放預約！</div>"
            "<div>" + _mjml_section("<div>看不到圖片嗎？<a href='{{ mirror }}'>在瀏覽器中開啟</a></div>", column=column)
            + _mjml_section("<img alt='Dice Forest' src='logo.png'>", "<div><h1>包廂預約全攻略</h1></div>",
                            "<div>骰子森林桌遊咖啡館 · 2025 年 12 月號電子報</div>", column=column)
            + _mjml_section("<div><p>{{ contact.FIRSTNAME | default : \"親愛的玩家\" }}，你好！</p><p>年底包廂很快訂滿。</p></div>",
                            "<div><h2>線上預約</h2><p>打開 diceforest.kz/booking 選包廂。</p></div>", button, column=column)
            + _mjml_section("<div><p>ТОО «Dice Forest» · г. Алматы</p><p>此郵件寄送至 {{ contact.EMAIL }}。</p>"
                            "<p><a href='{{ unsubscribe }}'>取消訂閱</a></p></div>", column=column)
            + "</div></body></html>")


def test_an_mjml_campaign_is_its_letter_without_mirror_line_masthead_line_salutation_button_or_footer() -> None:
    # holdout129 (Brevo): the mirror line, the masthead's line and the merge-tag salutation were the first part's
    # text, the button's 「立即預約包廂」 closed the steps' part and the footer was a last part under the title
    assert texts(cut(mjml_campaign())) == [
        ("section", "包廂預約全攻略", "年底包廂很快訂滿。"),
        ("section", "線上預約", "打開 diceforest.kz/booking 選包廂。")]


def test_mjml_like_markup_without_its_column_class_is_read_as_it_was() -> None:
    assert "骰子森林桌遊咖啡館 · 2025 年 12 月號電子報" in all_text(cut(mjml_campaign(column="column")))


def unisender(layout_class: str = "us-container") -> str:
    """A UniSender campaign: a `table.us-container` of the web-view line, the logo, the h1 with a salutation opening
    its paragraph, an h2 section, the CTA button, the footer with the unsubscribe merge tags and UniSender's badge."""
    return ("<html><body><table class='us-wrapper' width='100%'><tr><td align='center'>"
            f"<table class='{layout_class}' width='600'>"
            "<tr><td>郵件顯示不正常？<a href='{{WebLetterUrl}}'>在瀏覽器中查看</a></td></tr>"
            "<tr><td><img src='https://img.unisender.com/u/1/logo.png' alt='ToolShare'/></td></tr>"
            "<tr><td><h1>12 月通訊：簡訊取件碼上線</h1><p>{{Name}} 您好：感謝您成為會員！本期整理了新規定。</p></td></tr>"
            "<tr><td><h2 class='us-h2'>自助取件櫃</h2><p>每次預約成功，系統會發一則簡訊。</p></td></tr>"
            "<tr><td align='center'><a class='us-btn' href='https://toolshare.example/catalog'>查看全部工具</a></td></tr>"
            "<tr><td>您收到這封信是因為您註冊了會員。<br/>ОФ «ToolShare», Алматы<br/>"
            "<a href='{{UnsubscribeUrl}}'>取消訂閱</a> · <a href='{{WebLetterUrl}}'>網頁版</a></td></tr>"
            "<tr><td><a href='https://www.unisender.com/'><img src='https://img.unisender.com/powered.png' "
            "alt='Отправлено через UniSender'/></a></td></tr></table></td></tr></table></body></html>")


def test_a_unisender_campaign_is_its_letter_without_web_view_line_salutation_or_footer() -> None:
    # holdout135: 「郵件顯示不正常？在瀏覽器中查看」 and 「{{Name}} 您好：」 opened the first part, and the footer was a
    # last part titled again by the h1
    assert texts(cut(unisender())) == [
        ("section", "12 月通訊：簡訊取件碼上線", "感謝您成為會員！本期整理了新規定。"),
        ("section", "自助取件櫃", "每次預約成功，系統會發一則簡訊。")]


def test_a_table_layout_without_unisenders_container_keeps_its_footer() -> None:
    assert "您收到這封信是因為您註冊了會員。" in all_text(cut(unisender(layout_class="container")))


def omnisend(layout_class: str = "omnisend-section") -> str:
    """An Omnisend campaign: a `table.omnisend-section` of the web-view line, the h1 with a salutation paragraph whose
    name is a `[[…]]` merge tag, an h2 section, the footer with the unsubscribe merge tag and Omnisend's badge."""
    return ("<html><body><table class='omnisend-wrapper' width='100%'><tr><td align='center'>"
            f"<table class='{layout_class}' width='600'>"
            "<tr><td class='omnisend-text'>電郵顯示不正常？<a href='https://view.omnisend.com/v2/campaigns/1'>在瀏覽器查看</a>"
            "</td></tr>"
            "<tr><td class='omnisend-text'><h1>中秋月餅預訂正式開始</h1>"
            "<p>[[contact.first_name | default:\"親愛的會員\"]]，你好！</p><p>所有月餅只接受預訂。</p></td></tr>"
            "<tr><td class='omnisend-text'><h2>取餅短訊</h2><p>付款後會收到取餅碼短訊。</p></td></tr>"
            "<tr><td class='omnisend-footer'>你收到這封電郵，是因為你登記成為會員。"
            "<a href='[[unsubscribe_link]]'>取消訂閱</a><br/>"
            "<a href='https://www.omnisend.com/'><img src='https://omnisend.example/p.png' alt='Powered by Omnisend'/>"
            "</a></td></tr></table></td></tr></table></body></html>")


def test_an_omnisend_campaign_is_its_letter_without_web_view_line_salutation_or_footer() -> None:
    # holdout148: 「電郵顯示不正常？在瀏覽器查看」 and the salutation 「[[contact.first_name | default:…]]，你好！」 were the
    # h1 part's text
    assert texts(cut(omnisend())) == [
        ("section", "中秋月餅預訂正式開始", "所有月餅只接受預訂。"),
        ("section", "取餅短訊", "付款後會收到取餅碼短訊。")]


def constant_contact(stylesheet: str = "https://static.ctctcdn.com/lp/css/campaign-archive.css") -> str:
    """A Constant Contact campaign archive page: the archive header with its share links, then a `table.layout` of
    the preheader cell, the image, text cells (a variable tag in the greeting), the button, the social links, the
    footer and the 「Try email marketing for free today!」 badge."""
    return (f"<html><head><title>十二月家长通讯</title><link rel='stylesheet' href='{stylesheet}'></head><body>"
            "<div id='ctct-archive-header' class='archive-header'><a href='https://www.constantcontact.com/'>Constant "
            "Contact</a><a class='archive-share' href='#'>Share this email</a></div><table class='body-table'><tr><td>"
            "<table class='layout' width='600'><tr><td class='editor-text preheader'>请在手机上查看本期的短信提醒变化。</td></tr>"
            "<tr><td class='editor-image'><img src='https://files.constantcontact.com/a1/h.jpg' alt='音乐学校'></td></tr>"
            "<tr><td class='editor-text'><h1>十二月家长通讯</h1><p>[[FirstName OR \"家长\"]]，您好！</p>"
            "<p>本期介绍新的短信提醒号码。</p></td></tr>"
            "<tr><td class='editor-text'><h2>家长常见问题</h2><p><b>问：能改成 WhatsApp 通知吗？</b><br>"
            "答：暂时不行，只通过短信通知。</p></td></tr>"
            "<tr><td class='editor-button'><a class='button' href='https://example.kz/raspisanie'>查看完整课表</a></td></tr>"
            "<tr><td class='footer-text'>Алматы, Абай даңғылы 52<br><a href='#'>Update Profile</a> | "
            "<a href='#'>Unsubscribe</a></td></tr>"
            "<tr><td class='ctct-badge'><a href='https://www.constantcontact.com/'>Try email marketing for free "
            "today!</a></td></tr></table></td></tr></table></body></html>")


def test_a_constant_contact_campaign_is_its_text_cells_without_preheader_greeting_or_badge() -> None:
    # holdout244: the preheader 「请在手机上查看本期…」 opened the first part and the badge 「Try email marketing for
    # free today!」 was glued to the last answer
    assert texts(cut(constant_contact())) == [
        ("section", "十二月家长通讯", "本期介绍新的短信提醒号码。"),
        ("qa", "能改成 WhatsApp 通知吗？", "暂时不行，只通过短信通知。")]


def test_constant_contacts_class_names_on_a_page_without_its_stylesheet_are_read_as_they_were() -> None:
    assert "请在手机上查看本期" in all_text(cut(constant_contact(stylesheet="/css/site.css")))
