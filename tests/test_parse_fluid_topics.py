"""A Fluid Topics documentation portal's reader page, saved by the browser: what a reader gets from it, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

FLUID_TOPICS = "https://docs.example-print.com/static/ft-reader/reader.js?v=5.2.31"


def reader_page(assets: str = FLUID_TOPICS) -> str:
    """A topic in Fluid Topics' reader: the toolbar with the publication's title, version and buttons, then the
    <main> holding the DITA topic."""
    return ("<html><head><title>错误代码 - ML-410 用户手册 - Portal</title></head><body><div class='ft-reader'>"
            "<div class='ft-reader__toolbar'><div class='ft-reader__title'>ML-410 系列工业标签打印机 用户手册</div>"
            "<div class='ft-reader__meta'><span>Version: 3.2</span> <span>Last updated: 2026-09-15</span></div>"
            "<div class='ft-reader__actions'><button>Bookmark</button><button>Print</button></div></div>"
            "<main class='ft-reader-content'><div class='ft-topic'><article class='topic'><h1>6.3 错误代码与日常维护</h1>"
            "<p class='shortdesc'>出错时面板显示错误代码，并点亮红色 ERROR 指示灯。</p><h2>常见错误代码</h2>"
            "<p>E01：标签纸用完，装入新标签后按 FEED 键。</p></article></div></main></div>"
            f"<script src='{assets}'></script></body></html>")


def test_a_topic_is_titled_with_its_publication() -> None:
    # holdout279: the publication's title went with the toolbar, outside the <main>
    frags = cut(reader_page())
    assert frags[0].article_title == "6.3 错误代码与日常维护 - ML-410 系列工业标签打印机 用户手册"
    assert texts(frags)[1] == ("section", "常见错误代码", "E01：标签纸用完，装入新标签后按 FEED 键。")
    assert frags[1].path[0] == "6.3 错误代码与日常维护 - ML-410 系列工业标签打印机 用户手册"
    text = all_text(frags)
    assert "Version" not in text and "Bookmark" not in text and "2026-09-15" not in text


def test_a_look_alike_without_fluid_topics_assets_is_left_alone() -> None:
    frags = cut(reader_page("https://cdn.example.com/app.js"))
    assert frags[0].article_title == "6.3 错误代码与日常维护"
