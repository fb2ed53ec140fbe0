"""A Narwal support page's FAQ accordion, a Paligo HTML5 help topic and a help page's closing 「需要帮助？」 section,
saved by the browser: what a reader gets from them, fragment by fragment (holdout277)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def narwal_page(q: str = "faq-collapse__q", a: str = "faq-collapse__a") -> str:
    """A Narwal 服务支持 page: a section, the FAQ accordion of div.faq-collapse__item (its __q over its __a), the tip
    after it."""
    item = "<div class='faq-collapse__item'><div class='{}'>{}</div><div class='{}'><p>{}</p></div></div>"
    return ("<html><head><title>t</title></head><body><main><div class='support-detail'><h1>拖布清洗</h1>"
            "<h2>基站水箱</h2><p>清水箱容量 4.5 L。</p><h2>常见问题</h2><div class='faq-collapse'>"
            + item.format(q, "拖布有异味怎么办？", a, "把烘干时长调到 4 小时。")
            + item.format(q, "出门一周要倒水吗？", a, "需要，倒空并晾干。")
            + "</div><p class='support-detail__tip'>仍无法解决？请拨打售后热线 400-833-6888。</p></div></main></body></html>")


def test_a_faq_blocks_lettered_elements_are_its_questions_and_answers() -> None:
    # holdout277: the three pairs were one 「常见问题」 section, the tip after the accordion glued to the last answer
    frags = texts(cut(narwal_page()))
    assert ("qa", "拖布有异味怎么办？", "把烘干时长调到 4 小时。") in frags
    assert ("qa", "出门一周要倒水吗？", "需要，倒空并晾干。") in frags
    assert not any("400-833-6888" in text for kind, _, text in frags if kind == "qa")
    assert "400-833-6888" in all_text(cut(narwal_page()))


def test_a_faq_blocks_other_elements_are_no_toggle() -> None:
    # only the letters: a 「faq-section__title」 over its 「faq-section__body」 is a section's title, not a question
    frags = texts(cut(narwal_page(q="faq-section__title", a="faq-section__body")))
    assert not any(kind == "qa" for kind, _, _ in frags)


PALIGO = ("<html lang='zh-TW'><head><meta name='generator' content='Paligo'><title>日結作業 - 使用手冊</title>"
          "<link rel='stylesheet' href='css/paligo-styles.css'></head><body class='site-body'>"
          "<header class='site-header'><nav class='navbar'><a href='index.html'>官網</a></nav></header>"
          "<main class='site-content'><article class='topic'><div class='section' id='UUID-1'>"
          "<div class='titlepage'><div><div><h2 class='title'>日結作業</h2></div></div></div><p>每天做一次日結。</p>"
          "<div class='section' id='UUID-2'><div class='titlepage'><div><div><h3 class='title'>執行日結</h3></div></div>"
          "</div><div class='procedure'><ol class='procedure' type='1'><li class='step'><p>以店長帳號登入。</p></li>"
          "<li class='step'><p>按 確認日結。</p></li></ol></div><div class='note'><h3 class='title'>注意</h3>"
          "<p>電子發票須於 48 小時內上傳。</p></div></div>"
          "<div class='section' id='UUID-3'><div class='titlepage'><div><div><h3 class='title'>常見問題</h3></div></div>"
          "</div><div class='qandaset'><table border='0'><tbody>"
          "<tr class='question'><td><p><strong>Q:</strong></p></td><td><p>過了午夜日結算哪一天？</p></td></tr>"
          "<tr class='answer'><td><p><strong>A:</strong></p></td><td><p>04:00 前算前一天。</p></td></tr>"
          "<tr class='question'><td><p><strong>Q:</strong></p></td><td><p>日結後要退貨怎麼辦？</p></td></tr>"
          "<tr class='answer'><td><p><strong>A:</strong></p></td><td><p>隔天開立折讓單。</p></td></tr>"
          "</tbody></table></div></div></div></article></main></body></html>")


def test_a_paligo_topics_qandaset_is_questions_and_its_note_text_of_its_procedure() -> None:
    # holdout277: the Q:/A: rows were one 「常見問題」 section, 「Q: | …」 lines, and the note a section titled 「注意」 alone
    frags = texts(cut(PALIGO))
    assert ("qa", "過了午夜日結算哪一天？", "04:00 前算前一天。") in frags
    assert ("qa", "日結後要退貨怎麼辦？", "隔天開立折讓單。") in frags
    assert ("section", "執行日結", "注意：電子發票須於 48 小時內上傳。") in frags
    assert [title for kind, title, _ in frags if kind == "step"] == ["以店長帳號登入", "按 確認日結"]
    assert "Q:" not in all_text(cut(PALIGO))


def test_paligos_markup_under_another_generator_is_read_as_it_was() -> None:
    frags = texts(cut(PALIGO.replace("content='Paligo'", "content='Hugo'")))
    assert not any(kind == "qa" for kind, _, _ in frags)


def help_page(heading: str) -> str:
    return ("<html><head><title>t</title></head><body><main><h1>MiFi 指南</h1><h2>热门流量包</h2>"
            "<p>Kuota Harian 2GB 每天 Rp10.000。</p><h2>SIM 卡多久失效？</h2><p>有效期后有 30 天宽限期。</p>"
            f"<h2>{heading}</h2><p>客服热线：Smartfren 号码拨 888（免费），WhatsApp 0888 1 888 888，每天 07:00–22:00。</p>"
            "</main></body></html>")


def test_a_closing_need_help_heading_is_a_section_not_a_question() -> None:
    # holdout277: Smartfren's 「需要帮助？」 over its hotline, WhatsApp and hours was a Q&A answered by them
    for heading in ("需要帮助？", "需要幫助？", "Need help?"):
        frags = texts(cut(help_page(heading)))
        assert [kind for kind, title, _ in frags if title == heading] == ["section"]
        assert ("qa", "SIM 卡多久失效？", "有效期后有 30 天宽限期。") in frags
