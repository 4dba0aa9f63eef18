"""The one timing rule every benchmark uses: the median of several runs of an action."""

from __future__ import annotations

import statistics
import time


def median_seconds(action, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
