"""`python -m search_app serve`: the production WSGI server (waitress)."""
from __future__ import annotations

import logging
from pathlib import Path

import click


@click.group()
def main() -> None:
    """知识库搜索服务 · The search service."""


@main.command()
@click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), envvar="KB_INDEX_DIR",
              default="var/index", show_default=True, help="索引目录 / index folder (env KB_INDEX_DIR)")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int, help="工作线程 / worker threads")
def serve(index_dir: Path, host: str, port: int, threads: int) -> None:
    """启动服务 · Serve the API, the search page and the widget with waitress."""
    from waitress import serve as waitress_serve

    from . import create_app
    from .index import holder

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app({"INDEX_DIR": str(index_dir.resolve())})
    with app.app_context():
        holder().engine()          # open the index before the first request: fail fast, answer fast
    click.echo(f"serving http://{host}:{port} (index {index_dir})", err=True)
    waitress_serve(app, host=host, port=port, threads=threads, ident="kb-search",
                   max_request_header_size=16 * 1024, max_request_body_size=64 * 1024)


if __name__ == "__main__":
    main()
