"""The best of a few timed runs, for the linear-time tests (ratios of n and 2n, never absolute limits)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_seconds(call: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of *repeat* runs of *call*, in CPU seconds of this process.

    CPU time, not wall time: time spent waiting for a core that other work holds is
    not counted, so a busy machine (CI neighbours, a benchmark) does not skew the ratio.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best
