"""A pad of Etherpad exported as HTML: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

import pytest

from fragments import cut, texts

HEAD = "<!doctype html><html lang='en'><head><title>pad</title>{generator}<meta charset='utf-8'></head>"
GENERATOR = "<meta name='generator' content='Etherpad'>"
WELCOME = ("Welcome to Etherpad!<br><br>This pad text is synchronized as you type, so that everyone viewing this page "
           "sees the same text. This allows you to collaborate seamlessly on documents!<br><br>")
GET_INVOLVED = "Get involved with Etherpad at https://etherpad.org<br><br>"
GITHUB = "Etherpad on Github: https://github.com/ether/etherpad-lite<br><br>"
PAD = ("<h1>考级报名</h1><br>更新：教练 Ерлан 2026-11-02，本链接只发在家长群里<br><br>"
       "<h2>考级费用</h2><br>白带到蓝带：8 000 ₸<br>红带：12 000 ₸<br></body></html>")


def pad(text: str, generator: str = GENERATOR) -> str:
    return HEAD.format(generator=generator) + "<body>" + text + PAD


@pytest.mark.parametrize("default", [WELCOME + GET_INVOLVED, WELCOME + GITHUB])
def test_the_default_pad_text_goes(default: str) -> None:
    assert texts(cut(pad(default))) == [
        ("section", "考级报名", "更新：教练 Ерлан 2026-11-02，本链接只发在家长群里"),
        ("section", "考级费用", "白带到蓝带：8 000 ₸\n红带：12 000 ₸"),
    ]


def test_a_line_the_writer_typed_among_it_stays() -> None:
    frags = cut(pad(WELCOME + "报名前请先读完<br><br>" + GET_INVOLVED))
    assert texts(frags)[0] == ("section", "考级报名", "报名前请先读完\n更新：教练 Ерлан 2026-11-02，本链接只发在家长群里")


def test_the_same_lines_on_another_page_stay() -> None:
    frags = cut(pad(WELCOME + GET_INVOLVED, generator=""))
    assert "Welcome to Etherpad!" in frags[0].text
