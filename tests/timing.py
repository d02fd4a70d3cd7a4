"""Time bounds that hold on a slow or busy machine: ratios against a reference run in the same test.

A bound in seconds fails on a loaded CI runner and passes a regression on a
fast one. What the hostile-input tests mean by "quickly" is "not much slower
than a harmless input of the same size, measured now": a blow-up (an alias
expanded, a quadratic loop) is hundreds of times slower, while the machine's
speed divides out. Speed targets themselves live in benchmarks/.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

#: The least time a reference may count for: below it, timer resolution and one
#: scheduler tick would make a ratio meaningless.
FLOOR = 0.005


def cpu_seconds(work: Callable[[], Any]) -> float:
    """Process (CPU) time of one call: steadier than wall time when other processes compete."""
    started = time.process_time()
    work()
    return time.process_time() - started


def reference_seconds(work: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of the harmless reference (the least disturbed one)."""
    return max(FLOOR, min(cpu_seconds(work) for _ in range(repeat)))


def assert_not_much_slower(seconds: float, reference: float, factor: float, what: str) -> None:
    assert seconds <= factor * reference, (
        f"{what}: {seconds:.3f} s, over {factor:g} times the reference's {reference:.3f} s measured in this test")
