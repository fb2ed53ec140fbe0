"""Hang guards that hold on a busy machine: a reading timed at one size and at a larger one in the
same run, and the two times compared, never a time against an absolute bound.

A guard against a quadratic blow-up on hostile input used to assert 「under 5 s」: on a loaded CI
machine a linear reading took 4.4 s and one failed, and a flaky suite blocks landing. A ratio does
not care how fast the machine is: a slow or loaded one slows both sides alike. Text four times as
long takes 4× the time when read in linear time, a little more in n log n, 16× in quadratic: a bound
of twice the growth in length (8× for 4× the text) passes the first two and fails the third with room
on both sides. Speed itself is the benchmarks' business (bench/), not the tests'.

The time is the process's CPU time, not the wall clock: waiting for a core on a busy machine is no
blow-up of ours. Garbage collection is off while timing (as `timeit` does), so a collection falling
in one run and not the other does not decide; the smaller reading is timed twice (its first run also
pays the imports and caches any reading pays once) and the larger again only if it looks too slow, so
one stall does not fail a guard that a real quadratic fails every time.

Growth alone misses a blow-up that stays linear: a cost per line or per bracket that a hostile shape
bounds (indents 200 deep, a bracket's search for its close) can make a reading a hundred times
slower at every size. Where a guard's history is such a blow-up, the larger reading is compared with
the same reader's reading of ordinary text of the same length too (`ordinary`).
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FLOOR = 0.010       # seconds: a smaller reading is timer noise, and may not decide the ratio
SLACK = 2.0         # the larger reading may take this many times its share of the time


def cpu_seconds(read: Callable[[str], T], text: str) -> tuple[float, T]:
    """Return the CPU time one reading takes, with garbage collection held off, and what it read."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        began = time.process_time()
        result = read(text)
        return time.process_time() - began, result
    finally:
        if was_enabled:
            gc.enable()


def ordinary_text(length: int) -> str:
    """Text as a help-center article is written, `length` characters of it: short sentences, one a
    line, in paragraphs."""
    paragraph = "这是一行普通的文字，说明怎样办理。\n" * 4 + "\n"
    return (paragraph * (length // len(paragraph) + 1))[:length]


def assert_linear(read: Callable[[str], T], make: Callable[[int], str], n: int, growth: int = 4, *,
                  ordinary: Callable[[int], str] | None = None, times: float = 10) -> T:
    """Assert reading make(growth·n) takes under SLACK times its length's share of reading make(n)
    (and, given `ordinary`, under `times` the time reading ordinary(length) of the same length takes),
    and return what reading the larger gave (for the guard's other assertions).

    The share is counted in characters, so a hostile shape whose text grows faster than its size (a
    staircase of indents: depth d is d²/2 spaces) is measured against its real length.
    """
    small, large = make(n), make(growth * n)
    small_time = min(cpu_seconds(read, small)[0] for _ in range(2))
    large_time, read_large = cpu_seconds(read, large)
    longer = len(large) / len(small)
    bound = SLACK * longer
    large_time = _second_look(read, large, large_time, bound * max(small_time, FLOOR))
    ratio = large_time / max(small_time, FLOOR)
    summary = (f"{len(small)} characters in {small_time:.3f} s, {len(large)} in {large_time:.3f} s: "
               f"{ratio:.1f}× the time for {longer:.1f}× the text (bound {bound:.1f}×)")
    print(summary)
    assert ratio < bound, f"reading grows faster than linear in its length: {summary}"
    if ordinary is not None:
        usual = ordinary(len(large))
        usual_time = min(cpu_seconds(read, usual)[0] for _ in range(2))
        large_time = _second_look(read, large, large_time, times * max(usual_time, FLOOR))
        slower = large_time / max(usual_time, FLOOR)
        summary = (f"{len(large)} hostile characters in {large_time:.3f} s, {len(usual)} ordinary ones in "
                   f"{usual_time:.3f} s: {slower:.1f}× (bound {times:g}×)")
        print(summary)
        assert slower < times, f"hostile text is read far slower than ordinary text: {summary}"
    return read_large


def _second_look(read: Callable[[str], object], text: str, took: float, limit: float) -> float:
    """One stall is no blow-up: a reading that took `limit` or more is timed once more, the faster kept."""
    return min(took, cpu_seconds(read, text)[0]) if took >= limit else took
