"""A GLPI knowledge-base item, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def item(link: str = "/front/knowbaseitem.php") -> str:
    """An item: breadcrumb, header line (category, views, FAQ badge), subject, answer, meta."""
    return (f"<html><body><nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='{link}'>База знаний</a></li>"
            "</ol></nav><div id='kbitem' class='knowbaseitem'><div class='kb-header'><span class='kb-category'>"
            "Категория: Посетители &gt; Кемпинг</span> <span class='kb-views'>Просмотров: 318</span> "
            "<span class='kb-faq badge'>FAQ</span></div><h2 class='kb-subject'>营地预约</h2>"
            "<div class='rich_text_container kb-answer'><p>营地只能在网上预约。</p></div></div></body></html>")


def test_a_glpi_items_header_line_of_category_and_views_is_no_text() -> None:
    # holdout137: 「Категория: … Просмотров: 318 FAQ」 was a fragment of its own, titled by the subject
    assert texts(cut(item())) == [("section", "营地预约", "营地只能在网上预约。")]


def test_glpis_classes_on_a_page_not_linking_into_glpi_are_read_as_they_were() -> None:
    assert "Просмотров: 318" in all_text(cut(item(link="/kb/")))
