"""HTTP load client, run as its own process so it never shares a GIL with the server.

    python -m bench.load --url http://127.0.0.1:8001 [--url ...] --paths FILE \
        --concurrency 8 --duration 8 --warmup 1

Each thread keeps one keep-alive connection per server and sends requests
round-robin over the servers and the paths until the deadline (bounded: it stops by
itself). Prints one JSON object: requests, errors, throughput, latency percentiles,
and the client's own CPU use (near 1.0 core means the client, not the server, is the
bottleneck).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import threading
import time
from urllib.parse import urlsplit

from bench.stats import percentiles

MAX_REQUESTS = 2_000_000     # hard bound besides the deadline


def _connect(url: str, timeout: float) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)


def run(urls: list[str], paths: list[str], concurrency: int, duration: float, warmup: float,
        timeout: float = 60.0) -> dict:
    """Load the servers for warmup + duration seconds; measure only after the warm-up."""
    start = time.perf_counter()
    measure_from = start + warmup
    deadline = measure_from + duration
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors = [0] * concurrency
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def worker(t: int) -> None:
        conns = [_connect(u, timeout) for u in urls]
        k = t
        sent = 0
        while sent < MAX_REQUESTS // concurrency:
            began = time.perf_counter()
            if began >= deadline:
                break
            i = k % len(conns)
            path = paths[k % len(paths)]
            k += concurrency
            sent += 1
            try:
                conns[i].request("GET", path, headers={"Accept": "application/json"})
                resp = conns[i].getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException):
                conns[i].close()
                conns[i] = _connect(urls[i], timeout)
                status = 0
            took = time.perf_counter() - began
            if began >= measure_from:
                if status == 200:
                    latencies[t].append(took)
                else:
                    errors[t] += 1
                    with lock:
                        statuses[status] = statuses.get(status, 0) + 1
        for conn in conns:
            conn.close()

    cpu0 = os.times()
    threads = [threading.Thread(target=worker, args=(t,), daemon=True) for t in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=warmup + duration + timeout + 5)
    cpu1 = os.times()
    elapsed = min(time.perf_counter(), deadline + timeout) - measure_from
    flat = sorted(x for lane in latencies for x in lane)
    cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    return {
        "servers": len(urls),
        "concurrency": concurrency,
        "duration_s": round(elapsed, 3),
        "requests": len(flat),
        "errors": sum(errors),
        "error_statuses": {str(k): v for k, v in statuses.items()},
        "rps": round(len(flat) / elapsed, 1) if elapsed > 0 else 0.0,
        "latency_ms": {k: round(v * 1000, 2) for k, v in percentiles(flat).items()},
        "client_cpu_cores": round(cpu / (time.perf_counter() - start), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="HTTP load client (bounded by --duration)")
    parser.add_argument("--url", action="append", required=True, help="server base URL; repeat for round-robin")
    parser.add_argument("--paths", required=True, help="file with one request path per line")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--duration", type=float, default=8.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    args = parser.parse_args(argv)
    with open(args.paths, encoding="utf-8") as fh:
        paths = [line.rstrip("\n") for line in fh if line.strip()]
    json.dump(run(args.url, paths, args.concurrency, args.duration, args.warmup), sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
