"""`python -m indexer build|update|watch|check|export`: thin commands over the stages."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from .build import IndexProblem, build_index, export_jsonl, update_index
from .check import check_corpus, format_report
from .model import ArticleError

log = logging.getLogger("indexer")

corpus_option = click.option(
    "--corpus", type=click.Path(file_okay=False, path_type=Path), envvar="KB_CORPUS_DIR",
    default="corpus", show_default=True, help="文章目录 / articles folder (env KB_CORPUS_DIR)")
index_option = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), envvar="KB_INDEX_DIR",
    default="var/index", show_default=True, help="索引目录 / index folder (env KB_INDEX_DIR)")


def _progress() -> bool:
    return sys.stderr.isatty()


def _run(action):
    """Run a build step; a bad article or index problem is one clear line and exit 1."""
    try:
        return action()
    except (ArticleError, IndexProblem) as exc:
        click.echo(f"错误 / error: {exc}", err=True)
        click.echo("索引未改变，之前的版本仍在服务 / the index is unchanged: the previous version keeps serving",
                   err=True)
        sys.exit(1)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="详细日志 / debug logging")
def main(verbose: bool) -> None:
    """知识库索引工具 · Build and maintain the search index of the knowledge base."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@main.command()
@corpus_option
@index_option
def build(corpus: Path, index_dir: Path) -> None:
    """全量重建 · Build every article into a new index version and switch to it."""
    summary = _run(lambda: build_index(corpus, index_dir, progress=_progress()))
    click.echo(summary.line())


@main.command()
@corpus_option
@index_option
def update(corpus: Path, index_dir: Path) -> None:
    """增量更新 · Index only added, changed and removed articles."""
    summary = _run(lambda: update_index(corpus, index_dir, progress=_progress()))
    click.echo(summary.line())


@main.command()
@corpus_option
@index_option
@click.option("--debounce", default=1.0, show_default=True, help="合并连续保存的秒数 / seconds to wait for a burst of saves")
def watch(corpus: Path, index_dir: Path, debounce: float) -> None:
    """监视目录 · Update the index whenever articles change (Ctrl-C to stop)."""
    from .watch import watch_corpus

    watch_corpus(corpus, index_dir, debounce=debounce)


@main.command()
@corpus_option
def check(corpus: Path) -> None:
    """检查文章 · Parse every article and report its fragments and problems (exit 1 if any)."""
    report = check_corpus(corpus)
    click.echo(format_report(report))
    sys.exit(0 if report.ok else 1)


@main.command()
@index_option
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="JSONL file (default stdout)")
def export(index_dir: Path, out) -> None:
    """导出 · Write the current version's fragments as JSONL (for OpenSearch/Elasticsearch)."""
    count = _run(lambda: export_jsonl(index_dir, out))
    click.echo(f"exported {count} fragments", err=True)
