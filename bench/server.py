"""Start, poll and stop the production server (`python -m search_app serve`) for the HTTP figures."""
from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

SEARCH_PROBE = "/api/search?q=" + quote("充值")


def free_port() -> int:
    """Return a loopback port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_flags(cwd: Path | None = None) -> set[str]:
    """Return the optional flags `serve --help` offers (e.g. --threads, --workers)."""
    out = subprocess.run([sys.executable, "-m", "search_app", "serve", "--help"],
                         capture_output=True, text=True, timeout=60, cwd=cwd)
    return {flag for flag in ("--threads", "--workers") if flag in out.stdout}


class Server:
    """One `search_app serve` process (and its workers) on a loopback port."""

    def __init__(self, index: str, port: int | None = None, extra: tuple[str, ...] = (), log_dir: str | None = None,
                 cwd: Path | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the server's log goes to a file: a pipe nobody reads would block it once full
        self.log = Path(log_dir or tempfile.gettempdir()) / f"kb-bench-serve-{self.port}.log"
        self._log_fh = self.log.open("wb")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "search_app", "serve", "--index", str(index),
             "--host", "127.0.0.1", "--port", str(self.port), *extra],
            stdout=subprocess.DEVNULL, stderr=self._log_fh, start_new_session=True, cwd=cwd,
        )

    def errors(self, lines: int = 40) -> list[str]:
        """Return the last traceback lines the server logged (empty when it logged none)."""
        text = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        start = next((i for i, line in enumerate(text) if "Traceback" in line or " ERROR " in line), None)
        return [] if start is None else text[start:][-lines:]

    def get(self, path: str, timeout: float = 5.0) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            return resp.status
        finally:
            conn.close()

    def wait(self, path: str, limit: float = 60.0) -> float:
        """Poll path until it answers 200; return seconds since the process was spawned."""
        deadline = self.started + limit
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                tail = self.log.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise RuntimeError(f"server exited {self.proc.returncode}: {tail}")
            try:
                if self.get(path, timeout=2.0) == 200:
                    return time.perf_counter() - self.started
            except OSError:
                pass
            time.sleep(0.005)
        raise RuntimeError(f"server did not answer {path} with 200 within {limit} s")

    def stop(self) -> None:
        """Stop the server's process group (its workers included): SIGTERM, then SIGKILL."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._log_fh.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
