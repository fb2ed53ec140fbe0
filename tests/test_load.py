"""indexer.load: discovery, encoding detection, ids, corpus-level problems."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from indexer.load import MAX_BYTES, article_id, decode, discover, discover_relative, load, load_corpus
from indexer.model import ArticleError, Source

GBK_TEXT = "在哈萨克斯坦，远游卡的主要运营商有Kcell、Beeline和Astelit。充值失败怎么办？"
BIG5_TEXT = "在哈薩克斯坦，遠遊卡的主要營運商有Kcell、Beeline和Astelit。充值失敗怎麼辦？"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_discover_skips_hidden_and_underscore_names(tmp_path: Path) -> None:
    for name in ["b.md", "a.html", "sub/c.markdown", "sub/d.txt", "e.htm", "notes.pdf",
                 "_draft.md", ".hidden.md", "_kb/synonyms.txt", ".git/x.md", "sub/_x/y.md"]:
        write(tmp_path / name, "# t")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == [
        "a.html", "b.md", "e.htm", "sub/c.markdown", "sub/d.txt"]
    assert discover_relative(tmp_path) == [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]


def test_discover_lists_a_linked_directory_leaving_the_corpus_but_never_enters_one(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    write(corpus / "a.md", "# a")
    write(corpus / "inner" / "b.md", "# b")
    write(outside / "c.md", "# c")
    (corpus / "away").symlink_to(outside, target_is_directory=True)
    (corpus / "again").symlink_to(corpus / "inner", target_is_directory=True)
    # the linked directory leaving the corpus is listed so that load() can refuse it by name
    assert discover_relative(corpus) == ["a.md", "away", "inner/b.md"]


@pytest.mark.parametrize(("rel", "expected"), [
    ("kazakhstan-travel-sim-top-up.md", "kazakhstan-travel-sim-top-up"),
    ("Sub Dir/Foo_Bar 充值.MD", "sub-dir-foo-bar-充值"),
    ("faq/如何 充值?.html", "faq-如何-充值"),
    ("！！.md", "article"),
])
def test_article_id(rel: str, expected: str) -> None:
    assert article_id(rel) == expected


@pytest.mark.parametrize(("raw", "text", "encoding"), [
    ("中文帮助".encode("utf-8"), "中文帮助", "utf-8"),
    ("\ufeff中文帮助".encode("utf-8"), "中文帮助", "utf-8-sig"),
    (GBK_TEXT.encode("gbk"), GBK_TEXT, "gb18030"),
    (BIG5_TEXT.encode("big5"), BIG5_TEXT, "big5"),
    ("充值".encode("gbk"), "充值", "gb18030"),
    ("中文".encode("big5"), "中文", "big5"),
    ("遠遊卡怎麼充值？".encode("gbk"), "遠遊卡怎麼充值？", "gb18030"),
])
def test_decode_detects_chinese_encodings(raw: bytes, text: str, encoding: str) -> None:
    assert decode(raw, "x.md") == (text, encoding)


@pytest.mark.parametrize(("raw", "problem"), [
    (b"", "空文件 / empty file"),
    (b"  \n\n", "空文件 / empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "不是文本文件 / not a text file (NUL bytes)"),
    (bytes(range(1, 32)) * 4, "不是文本文件 / not a text file (control characters)"),
    (bytes(range(0x80, 0x100)) * 3, "不是文本文件 / not a text file (control characters)"),
])
def test_decode_refuses(raw: bytes, problem: str) -> None:
    with pytest.raises(ArticleError) as info:
        decode(raw, "x.md")
    assert (info.value.path, info.value.problem) == ("x.md", problem)


def test_load_gives_source(tmp_path: Path) -> None:
    raw = GBK_TEXT.encode("gbk")
    path = write(tmp_path / "Guides" / "Top-Up.md", raw)
    assert load(path, tmp_path) == Source(
        path="Guides/Top-Up.md", article_id="guides-top-up", text=GBK_TEXT, format="markdown",
        sha256=hashlib.sha256(raw).hexdigest(), encoding="gb18030")


def test_load_refuses_huge_file(tmp_path: Path) -> None:
    path = write(tmp_path / "big.md", b"a" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError, match="file too large"):
        load(path, tmp_path)


def test_load_corpus_reports_problems_per_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a-b.md", "# 一")
    write(corpus / "a_b.html", "<h1>二</h1>")          # same id as a-b.md, loaded second
    write(corpus / "empty.md", b"")
    write(corpus / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "outside.md", "# 外")
    os.symlink(tmp_path / "outside.md", corpus / "link.md")
    os.symlink(tmp_path, corpus / "linked-dir")
    sources, errors = load_corpus(corpus)
    assert [s.path for s in sources] == ["a-b.md"]
    assert [(e.path, e.problem.split(" / ")[0]) for e in errors] == [
        ("a_b.html", "重复的文章 id"),
        ("empty.md", "空文件"),
        ("image.md", "不是文本文件"),
        ("link.md", "符号链接指向语料库之外"),
        ("linked-dir", "符号链接指向语料库之外"),
    ]


def test_symlink_inside_corpus_is_loaded(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "# 一")
    os.symlink(tmp_path / "a.md", tmp_path / "b.md")
    sources, errors = load_corpus(tmp_path)
    assert ([s.article_id for s in sources], errors) == (["a", "b"], [])


def test_a_page_is_read_in_the_encoding_it_declares() -> None:
    # Word's "save as web page": GBK bytes under charset=gb2312, with Russian labels and arrows
    # that are no common Hanzi in any encoding
    page = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>'
            '<body><p>打开 Kcell 钱包 → «Перевод на карту» → «Подтвердить»，手续费 1%。</p></body></html>')
    assert decode(page.encode("gb18030"), "x.htm") == (page, "gb18030")


def test_russian_words_do_not_make_an_undeclared_chinese_text_undecodable() -> None:
    text = "钱包转账：«Перевод», «Пополнение», «Лимиты» → 每天最多 500 000 ₸。" * 3
    assert decode(text.encode("gb18030"), "x.md") == (text, "gb18030")


def test_a_declared_big5_page_keeps_its_cyrillic() -> None:
    page = "<meta charset=\"big5\"><p>來電顯示（俄文 определитель номера）是基本服務。</p>"
    assert decode(page.encode("cp950"), "x.htm") == (page, "cp950")
