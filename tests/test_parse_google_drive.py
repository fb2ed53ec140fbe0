"""A PDF Google Drive previews, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def preview(title: str = "诊所_须知_2026.pdf - Google 雲端硬碟") -> str:
    """A preview: the toolbar (file name, buttons), one page of lines (the heading lines of a class), the
    pager and the virus-scan notice."""
    head = "ndfHFb-c4YZDc-cYSp0e-DARUcf-hSRGPd"
    return (f"<html><head><title>{title}</title></head><body><div class='ndfHFb-c4YZDc-Wrql6b' role='toolbar'>"
            "<span>诊所_须知_2026.pdf</span><div role='button' aria-label='列印'>列印</div>"
            "<div role='button' aria-label='下載'>下載</div><div role='button'>登入</div></div>"
            "<div class='ndfHFb-c4YZDc-cYSp0e-DARUcf' role='document'><div data-page-number='1'>"
            f"<p class='{head}'>仁心诊所病人须知：预约和短讯</p><p>本诊所位于阿拉木图。</p>"
            f"<p class='{head}'>一、紧急情况</p><p>请即拨 103 或 112。</p></div></div>"
            "<div role='navigation'><div>第 1 頁，共 1 頁</div></div>"
            "<div class='ndfHFb-c4YZDc-n1UuX-Bz112c'>Google 雲端硬碟無法對此檔案進行病毒掃描。"
            "<a href='https://support.google.com/drive/answer/2423485'>瞭解詳情</a></div></body></html>")


def test_a_drive_preview_is_titled_by_its_documents_title_line_without_the_toolbar_or_notice() -> None:
    # holdout202: titled 「须知_2026.pdf」 (the <title> cut at 「_」), the toolbar's name and buttons opening the
    # first fragment, the virus-scan notice glued to the last section
    assert texts(cut(preview())) == [("section", "仁心诊所病人须知：预约和短讯", "本诊所位于阿拉木图。"),
                                     ("section", "紧急情况", "请即拨 103 或 112。")]


def test_drives_markup_on_a_page_not_titled_by_drive_is_read_as_it_was() -> None:
    assert "病毒掃描" in all_text(cut(preview(title="诊所须知")))
