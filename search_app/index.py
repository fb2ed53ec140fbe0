"""The index's lifecycle inside the app: opened once per version, one version per request.

Each request takes the engine of the current version on first use (`get_engine`) and keeps
it to the end, so a version switch never changes a request half-way.  Versions are
immutable: an engine is never closed while a request may hold it; the last reference
going away closes its files.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from flask import Flask, current_app, g

from indexer.store import IndexProblem, served_version

from .engine import Engine

log = logging.getLogger(__name__)

RECHECK_SECONDS = 0.5       # how often CURRENT is looked at under load


class IndexHolder:
    """Holds the engine of the newest version and notices when CURRENT moves."""

    def __init__(self, index_dir: Path, synonyms: Path | None = None):
        self.index_dir = Path(index_dir)
        self.synonyms = Path(synonyms) if synonyms else None
        self._engine: Engine | None = None
        self._checked = 0.0
        self._refused: str | None = None     # a version that could not be opened (logged once)
        self._lock = threading.Lock()

    def engine(self) -> Engine:
        engine, now = self._engine, time.monotonic()
        if engine is not None and now - self._checked < RECHECK_SECONDS:
            return engine
        with self._lock:
            self._checked = now
            version = served_version(self.index_dir)
            if self._engine is None or self._engine.version != version:
                try:
                    self._engine = Engine.open(self.index_dir, self.synonyms)
                except IndexProblem as exc:
                    if self._engine is None:
                        raise
                    # e.g. a newer indexer wrote another schema: keep answering from the
                    # version we hold (healthz shows it) rather than failing every request
                    if self._refused != version:
                        log.error("keeping version %s, cannot switch to %s: %s",
                                  self._engine.version, version, exc)
                        self._refused = version
            return self._engine

    def refresh(self) -> Engine:
        self._checked = 0.0
        return self.engine()


def holder() -> IndexHolder:
    return current_app.extensions["kb_index"]


def get_engine() -> Engine:
    """Return the engine this request uses (the same one for the whole request)."""
    if "kb_engine" not in g:
        g.kb_engine = holder().engine()
    return g.kb_engine


def init_app(app: Flask) -> None:
    app.extensions["kb_index"] = IndexHolder(app.config["INDEX_DIR"], app.config.get("SYNONYMS_FILE"))
