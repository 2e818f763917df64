"""Shared helpers for the benchmark scripts: one core, timing, the machine, tables."""

from __future__ import annotations

import gc
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["ROOT", "best_of", "machine", "one_core", "table"]

ROOT = Path(__file__).resolve().parent.parent


def one_core() -> str:
    """Pin this process (and so every peer measured in it) to one CPU; return which."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The shortest of *repeat* timed calls of *fn*, in seconds (the caller warms up first)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return platform.processor() or "?"
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    model = fields.get("Model name", "?").strip()
    hyper = fields.get("Hypervisor vendor", "").strip()
    return f"{model}{f' ({hyper} VM)' if hyper else ''}"


def machine() -> str:
    """One line naming the machine and the Python."""
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{_cpu_model()}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
            f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})")


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
