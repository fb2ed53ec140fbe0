"""DNS and Citilink product pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

DNS = "https://a.dns-shop.ru/static/bundles/product-card.css"
CITILINK = "https://cdn.citilink.ru/static/css/app.min.css"


def saved(assets: str, body: str) -> str:
    """A shop's page as the browser saves it: `body` under a head loading the shop's stylesheet `assets`."""
    return f"<html><head><link rel='stylesheet' href='{assets}'></head><body>{body}</body></html>"


def dns_page(assets: str = DNS, groups: int = 1) -> str:
    """A DNS product page: its spec groups, two review cards, an answered question signed by the shop's expert."""
    group = ("<div class='product-characteristics__group'><div class='product-characteristics__group-title'>{}</div>"
             "<ul><li><span class='product-characteristics__spec-title'>Поддержка eSIM</span> "
             "<span class='product-characteristics__spec-value'>нет</span></li></ul></div>")
    review = ("<div class='ow-opinion'><div class='ow-opinion__user'>{} · <span class='star-rating'>5</span> · "
              "{} · Срок использования: несколько месяцев</div><div class='ow-opinion__texts'><p><b>Достоинства:</b> "
              "{}</p></div><div class='ow-opinion__actions'>Полезный отзыв? <button>Да 31</button> "
              "<a href='#'>Комментировать</a></div></div>")
    return saved(assets, "<div class='product-card'>"
                 "<h1>Смартфон ZTE</h1><div class='product-characteristics'><h2>Характеристики ZTE</h2>"
                 + "".join(group.format(name) for name in ("Связь", "Память")[:groups])
                 + "</div><div class='product-reviews'><h2>Отзывы о смартфоне</h2>"
                 + review.format("Нурлан К.", "21 октября 2025", "电池很耐用。")
                 + review.format("Светлана", "2 ноября 2025", "两张卡 4G 都正常。")
                 + "</div><div class='product-questions'><h2>Вопросы о товаре</h2><div class='product-question'>"
                 "<div class='product-question__text'>问：有没有运营商锁？</div><div class='product-question__answer'>"
                 "答：没有运营商锁。 <span class='product-question__author'>— Эксперт DNS</span></div></div></div>"
                 "</div>")


def test_each_dns_review_is_a_part_headed_by_its_writer_over_its_date_and_usage() -> None:
    # holdout197: the first review's part ended with the second's by-line, the stars left 「· ·」 and the actions
    # 「Полезный отзыв? Комментировать」 were text
    frags = [t for t in texts(cut(dns_page())) if t[1] in ("Нурлан К.", "Светлана")]
    assert frags == [
        ("section", "Нурлан К.", "21 октября 2025 · Срок использования: несколько месяцев\nДостоинства: 电池很耐用。"),
        ("section", "Светлана", "2 ноября 2025 · Срок использования: несколько месяцев\nДостоинства: 两张卡 4G 都正常。"),
    ]


def test_dns_specs_are_a_table_of_names_beside_values_under_each_groups_title() -> None:
    # holdout197: 「Связь」 was a bare line and each spec its name and value joined by a space (「Поддержка eSIM нет」)
    assert ("section", "Характеристики ZTE", "Поддержка eSIM | нет") in texts(cut(dns_page()))
    assert ("section", "Память", "Поддержка eSIM | нет") in texts(cut(dns_page(groups=2)))


def test_a_dns_answer_keeps_its_signature() -> None:
    # holdout197: 「— Эксперт DNS」 went as a by-line
    assert ("qa", "有没有运营商锁？", "没有运营商锁。 — Эксперт DNS") in texts(cut(dns_page()))


def test_dns_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "Поддержка eSIM |" not in all_text(cut(dns_page(assets="/css/site.css")))


def citilink_page(assets: str = CITILINK) -> str:
    """A Citilink product page: two review cards, a question answered by a buyer."""
    review = ("<div class='ReviewCard'><div class='ReviewCard__author'>{} · <span class='ReviewCard__rating'>5</span> "
              "· {} · Опыт использования: несколько месяцев</div><div class='ReviewCard__pros'><b>Достоинства:</b> "
              "{}</div><div class='ReviewCard__actions'>Полезен? <button>Да 41</button></div></div>")
    return saved(assets, "<main class='ProductPage'>"
                 "<h1>Mesh Wi-Fi система Deco X20</h1><section class='ProductReviews' id='reviews'>"
                 "<h2>Отзывы покупателей</h2>"
                 + review.format("Тимур А.", "08.09.2025", "信号满格。")
                 + review.format("Айгерим", "27.10.2025", "外观好看。")
                 + "</section><section class='ProductQuestions' id='questions'><h2>Вопросы и ответы</h2>"
                 "<div class='QuestionCard'><div class='QuestionCard__question'>问：能不能再加第三台？</div>"
                 "<div class='QuestionCard__answer'>答：可以，最多 10 台。<span class='QuestionCard__author'>— Покупатель "
                 "Ильдар</span></div></div></section></main>")


def test_each_citilink_review_is_a_part_headed_by_its_writer_and_answers_keep_their_signature() -> None:
    # holdout197: both reviews were one passage without their by-lines, each ending with 「Полезен?」, and the
    # signature telling the shop's answers from buyers' went
    assert texts(cut(citilink_page())) == [
        ("section", "Тимур А.", "08.09.2025 · Опыт использования: несколько месяцев\nДостоинства: 信号满格。"),
        ("section", "Айгерим", "27.10.2025 · Опыт использования: несколько месяцев\nДостоинства: 外观好看。"),
        ("qa", "能不能再加第三台？", "可以，最多 10 台。 — Покупатель Ильдар"),
    ]


def test_citilink_classes_on_a_page_not_loading_its_assets_are_read_as_they_were() -> None:
    assert "Покупатель Ильдар" not in all_text(cut(citilink_page(assets="/css/site.css")))
