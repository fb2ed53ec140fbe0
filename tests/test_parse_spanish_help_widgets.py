"""Help articles in Spanish and English whose by-line gives a reading time beside the date, and whose rating widget
asks in Spanish (Movistar's and Batelco's support pages, holdout309; Claro's, holdout308): what a reader gets from
them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def help_page(date_line: str, ask: str) -> str:
    """A help article: the h1, its date line, an intro, a section, an FAQ of <details> pairs, the rating bar."""
    return ("<html><head><title>t</title></head><body><main><article><h1>Prepago 国际漫游指南</h1>"
            f"<p class='fecha'>{date_line}</p><p>本页说明欧盟内外漫游的区别和查余额的方法。</p>"
            "<h2>余额查询</h2><p>拨打 *133# 查看余额。</p><h2>常见问题</h2>"
            "<details><summary>在中国能收到验证码短信吗？</summary><p>可以，接收短信免费。</p></details>"
            "<details><summary>两张卡能互相转余额吗？</summary><p>可以用 Pásalo 功能。</p></details>"
            f"<div class='valoracion'><p>{ask}</p><button>Sí</button><button>No</button>"
            "<p>El 87 % de los usuarios lo ha encontrado útil</p></div>"
            "<div class='compartir'><span>Compartir:</span><a href='https://wa.me/'>WhatsApp</a></div>"
            "</article></main></body></html>")


MOVISTAR = help_page("Actualizado: 18/11/2026 · Lectura: 4 min", "¿Te ha resultado útil esta información?")


def test_a_date_line_with_its_reading_time_is_no_text_of_the_intro() -> None:
    # holdout309: 「Actualizado: 18/11/2026 · Lectura: 4 min」 and 「Last updated 20 November 2026 · Reading time 5 min」
    # were glued over the intro
    for line in ("Actualizado: 18/11/2026 · Lectura: 4 min", "Last updated 20 November 2026 · Reading time 5 min",
                 "Actualizado: 18 de noviembre de 2026"):
        frags = texts(cut(help_page(line, "¿Te fue útil esta información?")))
        assert frags[0] == ("section", "Prepago 国际漫游指南", "本页说明欧盟内外漫游的区别和查余额的方法。")


def test_a_spanish_rating_bar_with_its_count_and_share_links_is_gone() -> None:
    # holdout309: 「¿Te ha resultado útil esta información? El 87 % … Compartir:」 was a part titled by the FAQ heading
    frags = texts(cut(MOVISTAR))
    assert [kind for kind, _, _ in frags] == ["section", "section", "qa", "qa"]
    assert ("qa", "两张卡能互相转余额吗？", "可以用 Pásalo 功能。") in frags
    text = all_text(cut(MOVISTAR))
    assert "útil" not in text and "Compartir" not in text and "Lectura" not in text


def test_a_date_in_spanish_words_inside_a_sentence_stays() -> None:
    page = help_page("Actualizado: 18 de noviembre de 2026, sube el precio del bono.", "¿Te fue útil esta información?")
    assert "sube el precio" in all_text(cut(page))
