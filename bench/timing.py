"""Timing shared by the benches (run as scripts, so this folder is on the import path)."""

from __future__ import annotations

import time


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)
