"""Lao Telecom support pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def lao_telecom_page() -> str:
    """A support article in Traditional Chinese: the h1, the date and Lao view counter line, the intro, a section."""
    return ("<html><head><title>遊客 SIM 卡 - Lao Telecom</title></head><body><div class='col-lg-9'>"
            "<h1 class='detail-title'>遊客 SIM 卡說明</h1>"
            "<div class='post-date'><i class='fa fa-calendar'></i> 2026-10-05 · ເບິ່ງ 2 145</div>"
            "<div class='detail-body'><p>購買時需出示護照正本。</p><h2>加購數據包</h2><p>撥 *131# 進入選單加購。</p>"
            "</div></div></body></html>")


def test_a_date_and_lao_view_count_line_under_the_title_is_no_text() -> None:
    # holdout273: 「2026-10-05 · ເບິ່ງ 2 145」 opened the first part's text
    frags = texts(cut(lao_telecom_page()))
    assert frags[0] == ("section", "遊客 SIM 卡說明", "購買時需出示護照正本。")
    assert "ເບິ່ງ" not in all_text(cut(lao_telecom_page()))
