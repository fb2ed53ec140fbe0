"""A Kaiten card opened as a page, saved by the browser: what a reader gets from the card, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import cut, texts


def comment(initials: str, name: str, text: str) -> str:
    """A comment as the card draws one: avatar initials, the writer's name in <b>, the time, its text."""
    return (f"<div class='comment'><div class='comment__header'><span class='avatar'>{initials}</span> <b>{name}</b> "
            f"<span class='comment__time'>4 авг., 19:02</span></div><div class='comment__body'><p>{text}</p></div></div>")


def card(comments: str, title: str = "校服订购 · Kaiten") -> str:
    return (
        f"<html lang='ru'><head><title>{title}</title></head><body class='kaiten-app'><div id='root'><div "
        "class='app-header'><a href='/'>Kaiten</a><nav><a>Пространства</a> <a>Документы</a></nav></div><aside "
        "class='sidebar'><ul><li><a>5«Б» — Закупки</a></li></ul></aside><div class='card-modal' role='dialog'><div "
        "class='card-modal__path'>Школа №159 / 5«Б» — Закупки / В работе</div><div class='card-header'><span "
        "class='card-id'>#1472</span><h1 class='card-title'>校服订购</h1><div class='card-actions'><button>"
        "Подписаться</button></div></div><div class='card-properties'><div class='prop'><span class='prop__label'>"
        "Ответственный</span><span class='prop__value'>Гульнара Сейткали</span></div><div class='prop'><span "
        "class='prop__label'>Срок</span><span class='prop__value'>20 авг. 2025</span></div></div><div "
        "class='card-description ProseMirror'><p>今年统一在 FormaKids 订校服。</p><h2>问答</h2><p>问：可以分两次付款吗？"
        "</p><p>答：可以用 Kaspi 分期付。</p></div><div class='card-checklists'><div class='checklist'><div "
        "class='checklist__title'>Подготовка</div><div class='checklist__progress'>1 / 2</div><ul><li "
        "class='checklist__item checked'><input type='checkbox' checked> 建 Google 表格</li><li class='checklist__item'>"
        "<input type='checkbox'> 收齐尺码</li></ul></div></div><div class='card-files'><div class='card-files__title'>"
        "Файлы</div><a href='/files/1.pdf'>razmernaya-setka.pdf</a> <span>412 КБ</span></div><div "
        f"class='card-comments'><div class='card-comments__title'>Комментарии</div>{comments}<div class='comment-form'>"
        "<textarea></textarea><button>Отправить</button></div></div><div class='card-activity'><div "
        "class='card-activity__title'>История</div><ul><li>Гульнара Сейткали переместила карточку · 1 авг., 10:12</li>"
        "</ul></div></div></div></body></html>")


def test_a_kaiten_card_is_read_without_its_app_path_properties_or_history_its_comments_its_last_part() -> None:
    # holdout129: the path, the card id and the properties (「ОтветственныйГульнара Сейткали」) were the first
    # fragment's text, the checklists, files and history were glued to the last answer, and the comments one part
    # with each 「@Чжан Лин」 cut in half (「Лин 可以…」)
    comments = (comment("ЧЛ", "Чжан Лин", "孩子 8 月 24 日才回来，能不能晚一点取？")
                + comment("ГС", "Гульнара Сейткали", "@Чжан Лин 可以，8 月 31 日前放在 102 教室。")
                + comment("ЕА", "Ерлан Абенов", "账单没收到，我换过号。"))
    assert texts(cut(card(comments))) == [
        ("section", "校服订购", "今年统一在 FormaKids 订校服。"),
        ("qa", "可以分两次付款吗？", "可以用 Kaspi 分期付。"),
        ("section", "Подготовка", "[x] 建 Google 表格\n[ ] 收齐尺码"),
        ("section", "Файлы", "razmernaya-setka.pdf"),
        ("section", COMMENTS_TITLE, "账单没收到，我换过号。"),
        ("qa", "孩子 8 月 24 日才回来，能不能晚一点取？", "可以，8 月 31 日前放在 102 教室。")]


def test_a_card_window_kaiten_does_not_name_is_read_as_it_was() -> None:
    # (the same class names on a page neither a 「kaiten…」 class nor its <title> names: unchanged)
    page = card("", title="卡片").replace("kaiten-app", "app")
    assert texts(cut(page))[0][2].startswith("Школа №159 / 5«Б» — Закупки / В работе\n#1472\n")
