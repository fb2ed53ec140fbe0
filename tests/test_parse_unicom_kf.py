"""A China Unicom customer-service (kf.10010.com) answer page, saved by the browser: what a reader gets from it,
fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def answer(site: str = "https://res.10010.com/kf/static/css/kf-base.css") -> str:
    """An answer page: the site's head, the answer (title, meta, asker's description, sub-title heads, steps as
    numbered paragraphs), its eval buttons, the right column with its h4s, the floating links and the footer."""
    return (f"<html><head><link rel='stylesheet' href='{site}'></head><body>"
            "<div class='unicom-head'><div class='head-top'><div class='wrap'><span class='welcome'>您好，歡迎來到中國聯通！"
            "</span><a class='login' href='#'>請登錄</a><a href='#'>免費註冊</a></div></div></div>"
            "<div class='wrap answer-page'><div class='answer-left'><div class='answer-box'>"
            "<h2 class='answer-title'>國際漫遊按金說明</h2><div class='answer-meta'>更新時間：2025-10-27</div>"
            "<div class='answer-content'><p><b>問題描述：</b>按金要交多少？</p><p><b>解答：</b></p>"
            "<p>聯通按星級決定按金。</p>"
            "<p class='sub-title'>一、星級與按金</p><p>三星免按金。</p>"
            "<p class='sub-title'>二、開通步驟</p><p>1. 打開中國聯通APP。</p><p>2. 點「預存按金」。</p>"
            "<p>也可發短信開通。</p></div>"
            "<div class='answer-eval'><span>此答案是否解決了您的問題？</span><a class='eval-btn good'>已解決（356）</a></div>"
            "</div></div><div class='answer-right'><div class='right-box'><h4>自助服務</h4><ul><li><a href='#'>話費查詢</a>"
            "</li></ul></div><div class='right-box app-qr'><h4>掃碼下載中國聯通APP</h4></div></div></div>"
            "<div class='float-kf'><a href='#'>在線客服</a><a href='#'>意見反饋</a></div>"
            "<div class='unicom-foot'><div class='wrap'><p>中國聯合網絡通信集團有限公司 版權所有 客服熱線：10010</p></div></div>"
            "</body></html>")


def test_a_unicom_answers_sub_titles_head_its_parts_without_the_sites_chrome() -> None:
    # holdout207: the p.sub-title heads were lines glued to the part before, every part titled by the h2, the steps
    # the title's; the welcome line, the eval question and the floating links under the app's h4 were fragments
    assert texts(cut(answer())) == [
        ("section", "國際漫遊按金說明", "問題描述：按金要交多少？\n聯通按星級決定按金。"),
        ("section", "星級與按金", "三星免按金。"),
        ("step", "打開中國聯通APP", "打開中國聯通APP。"),
        ("step", "點「預存按金」", "點「預存按金」。"),
        ("section", "開通步驟", "也可發短信開通。"),
    ]


def test_unicoms_classes_on_a_page_not_loading_its_files_are_read_as_they_were() -> None:
    # (the eval question 「此答案是否解決了您的問題？」 goes by the generic feedback rule since holdout274: the welcome
    # line the reader drops shows it did not run)
    assert "您好，歡迎來到中國聯通！" in all_text(cut(answer(site="/static/base.css")))
