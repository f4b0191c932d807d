"""Timing a call the same way in every benchmark."""

from __future__ import annotations

import statistics
import time


def median_seconds(fn, runs: int) -> float:
    """The median of ``runs`` timed calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
