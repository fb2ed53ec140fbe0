"""Hostile files in the editors' folder: each yields a correct index or a clear problem naming the file.

For every hostile file (tests/fixtures/hostile/files/, plus ones generated here: a 5 MB
article, 5000 nested divs, hundreds of unclosed divs, colliding ids, symlinks, a FIFO…)
added to a copy of the real corpus:

* `python -m indexer check` (click's CliRunner on `indexer.cli.main`) never crashes and, for a
  bad file, prints an `ERROR <path>: …` line and exits 1;
* a build either succeeds (the article is searchable) or raises `ArticleError` naming the
  file, and then CURRENT is unchanged, no `.partial` is left and the old version still answers.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build import build_index, update_index
from indexer.store import VERSIONS, current_version
from indexer.cli import main as indexer_cli
from indexer.model import ArticleError
from search_app import create_app

ROOT = Path(__file__).resolve().parents[1]
FILES = ROOT / "tests" / "fixtures" / "hostile" / "files"
QUESTION = "充值后多久能到账"
# Deep nesting: indexing the text is best, refusing the file with a clear problem is acceptable.
EITHER = {"nested-5000-divs.html", "unclosed-800-divs.html"}

# file -> text a reader searches to find it once indexed (None: the file must be refused)
FIXTURES: dict[str, str | None] = {
    "empty.md": None,
    "blank.md": None,
    "image-renamed.md": None,                 # PNG bytes
    "nul-bytes.md": None,
    "latin1-junk.md": None,                   # high bytes that are no Chinese encoding
    "no-text.html": None,                     # only script, style, nav, footer
    "gbk-no-declaration.md": "话费充值后五分钟内到账",
    "big5-traditional.md": "刮开储值卡背面的密码",
    "utf16-bom.md": "漫游流量包",
    "crlf-bom.md": "国际漫游开通需要提前一天申请",
    "unclosed-tags.html": "积分兑换后立即到账",
    "dup-title-a.md": "营业厅办理注销",
    "dup-title-b.md": "线上注销账户",
    "奇怪 名字 (1) ★.md": "忘记密码链接",
}


def generated(name: str, corpus: Path) -> tuple[str, str | None]:
    """Write a generated hostile file (or link) into corpus; return its path and its probe text."""
    if name == "huge-5mb.md":
        para = "超大文章的段落：漫游套餐的资费说明，重复出现用于测试五兆字节文件的处理速度与内存占用。" * 20
        parts, size, i = ["# 超大文章：漫游资费大全\n\n"], 0, 0
        while size < 5 * 1024 * 1024:
            block = f"## 第{i}部分\n\n{para}\n\n"
            parts.append(block)
            size += len(block.encode())
            i += 1
        parts.append("## 结尾\n\n最后一段：超大文章的独特结尾语句鲸鱼座。\n")
        (corpus / name).write_text("".join(parts), encoding="utf-8")
        return name, "鲸鱼座"
    if name == "too-large.md":
        (corpus / name).write_bytes(("# 太大\n\n" + "太大的文件。" * 600_000).encode())
        return name, None
    if name == "long-line.md":
        (corpus / name).write_text("# 超长一行：宽带提速\n\n" + "宽带提速套餐" * 60_000 + "\n", encoding="utf-8")
        return name, "宽带提速套餐"
    if name == "brackets.txt":
        # markdown-it looks for a closing bracket from every 「[」: quadratic, 100 s before defuse_brackets
        (corpus / name).write_text("括号\n\n括号海象说明在这一段。\n\n" + "[[a][" * 40_000 + "\n", encoding="utf-8")
        return name, "括号海象说明"
    if name == "indented-lines.txt":
        # every line indented up to 200 spaces: the e-mail header patterns backtracked over them (13 s)
        body = "".join(" " * (i % 200) + "- 缩进行\n" for i in range(6_000))
        (corpus / name).write_text("缩进\n\n缩进水獭说明在这一段。\n\n" + body, encoding="utf-8")
        return name, "缩进水獭说明"
    if name == "nested-5000-divs.html":
        (corpus / name).write_text("<html><body><h1>深层嵌套：五千层</h1>" + "<div>" * 5000 + "深层嵌套里的火星文答案"
                                   + "</div>" * 5000 + "</body></html>", encoding="utf-8")
        return name, "深层嵌套里的火星文答案"
    if name == "unclosed-800-divs.html":
        body = "".join(f"<div>第{i}段未闭合：卫星电话开通说明。" for i in range(800))
        (corpus / name).write_text(f"<html><body><h1>未闭合的层层 div</h1>{body}</body></html>", encoding="utf-8")
        return name, "卫星电话开通"
    if name == "nested-markdown.md":
        # a 12-level bullet list (markdown-it's default maxNesting is 20 tokens deep), a 3000-level quote,
        # then the paragraph that must not be lost
        lists = "".join("  " * i + f"- 第{i}层列表\n" for i in range(12))
        quotes = ">" * 3000 + " 引用里的企鹅答案\n"
        (corpus / name).write_text(f"# 深层 Markdown：企鹅\n\n{lists}\n{quotes}\n企鹅段落说明。\n", encoding="utf-8")
        return name, "企鹅段落说明"
    if name == "same-id":
        (corpus / "Same Id.md").write_text("# 同一个 id 之一\n\n同名冲突第一篇。\n", encoding="utf-8")
        (corpus / "same-id.md").write_text("# 同一个 id 之二\n\n同名冲突第二篇。\n", encoding="utf-8")
        return "same-id.md", None         # sorted order: "Same Id.md" takes the id first
    if name == "symlink-outside.md":
        outside = corpus.parent / "outside-secret.md"
        outside.write_text("# 机密\n\n语料库之外的机密文件。\n", encoding="utf-8")
        (corpus / name).symlink_to(outside)
        return name, None
    if name == "symlink-dir-outside":
        outside = corpus.parent / "outside-dir"
        outside.mkdir(exist_ok=True)
        (outside / "leak.md").write_text("# 外部目录\n\n外部目录的机密。\n", encoding="utf-8")
        (corpus / name).symlink_to(outside, target_is_directory=True)
        return name, None
    if name == "symlink-etc-passwd.md":
        (corpus / name).symlink_to("/etc/passwd")
        return name, None
    if name == "fifo.md":
        os.mkfifo(corpus / name)           # reading it would block forever
        return name, None
    if name == "dir-named.md":
        (corpus / name).mkdir()
        (corpus / name / "inside.md").write_text("# 目录里的文章：海豚\n\n海豚目录里的文章。\n", encoding="utf-8")
        return "dir-named.md/inside.md", "海豚目录里的文章"
    raise KeyError(name)


GENERATED = ["huge-5mb.md", "too-large.md", "long-line.md", "brackets.txt", "indented-lines.txt", "nested-5000-divs.html", "unclosed-800-divs.html",
             "nested-markdown.md", "same-id", "symlink-outside.md", "symlink-dir-outside", "symlink-etc-passwd.md",
             "fifo.md", "dir-named.md"]
HOSTILE = sorted(FIXTURES) + GENERATED


@pytest.fixture(scope="module")
def base_index(tmp_path_factory):
    """An index of the real corpus, copied for each test (building it again costs more)."""
    index_dir = tmp_path_factory.mktemp("base-index")
    build_index(ROOT / "corpus", index_dir)
    return index_dir


@pytest.fixture
def setup(tmp_path, base_index):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(base_index, index_dir, symlinks=True)
    return corpus, index_dir


def add_hostile(name: str, corpus: Path) -> tuple[str, str | None]:
    if name in FIXTURES:
        shutil.copy(FILES / name, corpus / name)
        return name, FIXTURES[name]
    return generated(name, corpus)


def answers(index_dir: Path, q: str) -> list[dict]:
    client = create_app({"INDEX_DIR": str(index_dir)}).test_client()
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code == 200
    return response.get_json()["results"]


def assert_old_version_serves(index_dir: Path, before: str) -> None:
    assert current_version(index_dir) == before
    assert [p.name for p in (index_dir / VERSIONS).iterdir() if p.name.endswith(".partial")] == []
    assert answers(index_dir, QUESTION) != []


@pytest.mark.parametrize("name", HOSTILE)
def test_check_reports_or_accepts(setup, name):
    corpus, _ = setup
    rel, probe = add_hostile(name, corpus)
    result = CliRunner().invoke(indexer_cli, ["check", "--corpus", str(corpus)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR ")]
    if probe is None or (name in EITHER and result.exit_code):
        assert result.exit_code == 1
        assert any(line.startswith(f"ERROR {rel}: ") for line in errors), result.output
    # whatever the file, no problem is reported for the articles that were fine
    assert not [line for line in errors if "kazakhstan" in line], result.output


@pytest.mark.parametrize("name", HOSTILE)
def test_build_indexes_or_refuses_naming_the_file(setup, name):
    corpus, index_dir = setup
    before = current_version(index_dir)
    rel, probe = add_hostile(name, corpus)
    if name in EITHER:
        try:
            update_index(corpus, index_dir)
        except ArticleError as exc:
            assert exc.path == rel
            assert_old_version_serves(index_dir, before)
        else:
            assert answers(index_dir, probe) != []
    elif probe is None:
        with pytest.raises(ArticleError) as caught:
            build_index(corpus, index_dir)
        assert caught.value.path == rel
        assert rel in str(caught.value)
        assert_old_version_serves(index_dir, before)
        # the incremental path refuses the same way
        with pytest.raises(ArticleError):
            update_index(corpus, index_dir)
        assert_old_version_serves(index_dir, before)
    else:
        summary = update_index(corpus, index_dir)
        assert current_version(index_dir) == summary.version != before
        found = answers(index_dir, probe)
        assert found != [], probe
        assert answers(index_dir, QUESTION) != []


def test_duplicate_titles_are_two_articles(setup):
    corpus, index_dir = setup
    add_hostile("dup-title-a.md", corpus)
    add_hostile("dup-title-b.md", corpus)
    build_index(corpus, index_dir)
    ids = {r["article"]["id"] for r in answers(index_dir, "注销账户")}
    assert {"dup-title-a", "dup-title-b"} <= ids


def test_encodings_come_out_as_the_right_text(setup):
    corpus, index_dir = setup
    for name in ("gbk-no-declaration.md", "big5-traditional.md", "utf16-bom.md", "crlf-bom.md"):
        add_hostile(name, corpus)
    build_index(corpus, index_dir)
    titles = {r["article"]["id"]: r["article"]["title"] for q in ("话费充值", "储值卡", "漫游流量包", "国际漫游开通")
              for r in answers(index_dir, q)}
    assert titles["gbk-no-declaration"] == "国标编码文章：话费充值说明"
    assert titles["big5-traditional"] == "繁體編碼文章：儲值卡說明"
    assert titles["utf16-bom"] == "UTF-16 文章：漫游流量包"
    assert titles["crlf-bom"] == "带 BOM 的文章：国际漫游开通"


def test_unreadable_file_is_a_clear_problem(setup, monkeypatch):
    """A file that cannot be read (permissions, removed while listed) is an ArticleError, not a crash."""
    corpus, index_dir = setup
    before = current_version(index_dir)
    (corpus / "locked.md").write_text("# 锁住\n\n读不了。\n", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(ArticleError) as caught:
        build_index(corpus, index_dir)
    assert caught.value.path == "locked.md"
    assert_old_version_serves(index_dir, before)


def test_cli_build_of_a_bad_corpus_names_the_file_and_keeps_serving(setup):
    corpus, index_dir = setup
    before = current_version(index_dir)
    add_hostile("image-renamed.md", corpus)
    generated("nested-5000-divs.html", corpus)
    done = subprocess.run([sys.executable, "-m", "indexer", "build", "--corpus", str(corpus), "--index", str(index_dir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "image-renamed.md" in done.stderr
    assert_old_version_serves(index_dir, before)


def test_cli_build_of_deep_nesting_names_the_file(setup):
    corpus, index_dir = setup
    before = current_version(index_dir)
    generated("nested-5000-divs.html", corpus)
    result = CliRunner().invoke(indexer_cli, ["build", "--corpus", str(corpus), "--index", str(index_dir)])
    if result.exit_code == 0:
        assert answers(index_dir, "深层嵌套里的火星文答案") != []
    else:
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
        assert "nested-5000-divs.html" in result.output
        assert_old_version_serves(index_dir, before)
