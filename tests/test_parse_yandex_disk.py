"""A document Yandex Disk shares publicly, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def public_file(site: str = "Яндекс Диск") -> str:
    """A public .docx's page: the action bar (name, size line, buttons), the viewer's toolbar and one page (a bold
    title paragraph, a bold heading, text, Q&A, closing words), the promo banner and an ad unit."""
    return (f"<html><head><title>Инструкция.docx — Яндекс Диск</title><meta property='og:site_name' content='{site}'>"
            "</head><body><div class='public-page'><div class='resources-action-bar'>"
            "<div class='file-name'>Инструкция.docx</div><div class='file-info'><span>38 КБ</span> · "
            "<span>Изменён 18.06.2026</span> · <span>Айгерим С.</span></div><div class='resources-action-bar__buttons'>"
            "<button>Скачать</button></div></div><div class='doc-viewer'><div class='doc-viewer__toolbar'>"
            "<span>Страница 1 из 1</span></div><div class='doc-viewer__page'>"
            "<p class='p1'><b><span>毕业视频下载说明</span></b></p><p class='p3'><span>各位家长好！视频在公开文件夹里。</span></p>"
            "<p class='p2'><b><span>一、常见问题</span></b></p>"
            "<p class='p6'><b>问：</b>能投到电视上看吗？</p><p class='p6'><b>答：</b>可以，用 Яндекс ТВ。</p>"
            "<p class='p6'><b>问：</b>下载一半断了怎么办？</p><p class='p6'><b>答：</b>重新下载。</p>"
            "<p class='p6'><b>问：</b>ZIP 打不开？</p><p class='p6'><b>答：</b>用「Файлы」解压。</p>"
            "<p class='p3'>有问题请在家长群里找家委会。</p></div></div></div>"
            "<div class='public-banner promo-banner'><div class='promo-banner__title'>Храните фото и видео в Яндекс Диске"
            "</div><div class='promo-banner__text'>Безлимит для фото с телефона</div></div>"
            "<div class='direct-block'><span class='direct-block__label'>Реклама</span></div></body></html>")


def test_a_public_document_is_titled_by_its_own_title_without_the_services_furniture() -> None:
    # holdout213: the size line 「38 КБ · Изменён …」 was a first part titled by the file's name, the document's bold
    # title a section of its own, its closing words titled by the file's name, the promo banner with 「Реклама」 a part
    assert texts(cut(public_file())) == [
        ("section", "毕业视频下载说明", "各位家长好！视频在公开文件夹里。"),
        ("qa", "能投到电视上看吗？", "可以，用 Яндекс ТВ。"),
        ("qa", "下载一半断了怎么办？", "重新下载。"),
        ("qa", "ZIP 打不开？", "用「Файлы」解压。"),
        ("section", "毕业视频下载说明", "有问题请在家长群里找家委会。")]


def test_the_viewers_markup_on_a_page_yandex_disk_does_not_name_is_read_as_it_was() -> None:
    assert "Реклама" in all_text(cut(public_file(site="Мой сайт")))
