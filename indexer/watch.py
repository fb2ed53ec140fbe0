"""Watch the corpus folder and update the index after each burst of saves."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from .build import IndexProblem, update_index
from .model import ArticleError

log = logging.getLogger(__name__)


class _Debouncer(FileSystemEventHandler):
    """Collect events; fire once `delay` seconds after the last one."""

    def __init__(self, delay: float, fire):
        self.delay, self.fire = delay, fire
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self.paths: set[str] = set()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write"):
            return
        with self._lock:
            self.paths.add(str(event.src_path))
            if self._timer:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            paths, self.paths = sorted(self.paths), set()
        self.fire(paths)

    def cancel(self) -> None:
        with self._lock:
            if self._timer:
                self._timer.cancel()


def apply_changes(corpus: Path, index_dir: Path, paths=()) -> None:
    """Update the index once; log what changed or why nothing did."""
    try:
        summary = update_index(corpus, index_dir)
    except (ArticleError, IndexProblem) as exc:
        log.error("not updated, the previous version keeps serving: %s", exc)
        return
    changes = summary.added + summary.changed + summary.removed
    if changes:
        log.info("%s (added %s, changed %s, removed %s)", summary.line(),
                 summary.added, summary.changed, summary.removed)
    else:
        log.debug("no article changed (%d events)", len(paths))


def watch_corpus(corpus: Path, index_dir: Path, debounce: float = 1.0, stop: threading.Event | None = None) -> None:
    """Update now, then after every burst of changes, until Ctrl-C or `stop` is set."""
    corpus, index_dir = Path(corpus), Path(index_dir)
    apply_changes(corpus, index_dir)
    handler = _Debouncer(debounce, lambda paths: apply_changes(corpus, index_dir, paths))
    observer = Observer()
    observer.schedule(handler, str(corpus), recursive=True)
    observer.start()
    log.info("watching %s (Ctrl-C to stop)", corpus)
    stop = stop or threading.Event()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        handler.cancel()
        observer.stop()
        observer.join()
