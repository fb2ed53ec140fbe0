"""Small statistics and machine-description helpers shared by the benchmark modules."""
from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path


def percentile(sorted_values: list[float], q: float) -> float:
    """Return the q-th percentile (0..100) of already sorted values, nearest-rank."""
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, int(round(q / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[rank]


def percentiles(values: list[float]) -> dict[str, float]:
    """Return p50/p95/p99/max of values (any order)."""
    ordered = sorted(values)
    if not ordered:
        return {}
    return {"p50": percentile(ordered, 50), "p95": percentile(ordered, 95),
            "p99": percentile(ordered, 99), "max": ordered[-1]}


def vm_status(pid: int) -> dict[str, int]:
    """Return VmHWM and VmRSS of a process in kB, from /proc/PID/status."""
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                out[key] = int(value.split()[0])
    return out


def process_tree(pid: int) -> list[int]:
    """Return pid and all its descendants (from /proc/*/task/*/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                continue
    return found


def code_digest(root: Path) -> str:
    """Return a short digest of the engine's sources (indexer/, search_app/) under root."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted([*root.glob("indexer/**/*.py"), *root.glob("indexer/data/*"), *root.glob("search_app/*.py")]):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def machine() -> dict:
    """Describe this machine: CPU model, cores, RAM, Python, date, load, commit."""
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="ascii") as fh:
        mem_kb = int(next(line for line in fh if line.startswith("MemTotal")).split()[1])
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=Path(__file__).parent, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "indexer", "search_app"],
                               capture_output=True, text=True, cwd=Path(__file__).parent, check=True).stdout
        if dirty.strip():           # the engine is being edited: say the figures are of the work tree
            commit += " + uncommitted changes in indexer/ search_app/"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
        "commit": commit,
    }
