"""The best of a few timed runs, for the linear-time tests (ratios of n and 2n, never absolute limits)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_seconds(call: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of *repeat* runs of *call*: a busy machine slows single runs, never the best one by much."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best
