#!/usr/bin/env python3
"""Two checkouts of timeline, side by side: alternating full builds of the same content.

    git worktree add /tmp/before <commit>
    .venv/bin/python benchmarks/compare.py CONTENT 20 /tmp/before .

This VM's speed follows its host's load, by up to 1.7 times within minutes,
so two numbers measured at different times say little about a change. Here
each round builds CONTENT once with each checkout (``python build.py`` in a
fresh process, its package first on ``sys.path``, output on tmpfs when
/dev/shm exists), in alternating order, so a slow spell hits both alike.
Prints each checkout's fastest, first-quartile and median wall time, and its median
CPU time (user + system, both processes of a build): a change in the work done shows
there even when a slow spell blurs the wall times.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build_once(tree: Path, content: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one build (CPU: the build's processes, reaped by the end)."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, str(tree / "build.py"), "--content", str(content), "--output", str(out)],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    content, rounds = Path(sys.argv[1]).resolve(), int(sys.argv[2])
    trees = [Path(t).resolve() for t in sys.argv[3:]]
    for tree in trees:  # measured as installed: bytecode compiled once, as pip would
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "timeline")], check=True)
    times: dict[Path, list[float]] = {t: [] for t in trees}
    cpu: dict[Path, list[float]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as tmp:
        for i in range(rounds):
            for tree in trees if i % 2 == 0 else trees[::-1]:
                wall, used = build_once(tree, content, Path(tmp) / "site")
                times[tree].append(wall)
                cpu[tree].append(used)
    for tree, runs in times.items():
        runs.sort()
        print(f"{tree!s:40} min {runs[0]:.2f} s, first quartile {runs[len(runs) // 4]:.2f} s, "
              f"median {statistics.median(runs):.2f} s over {len(runs)} builds; "
              f"median CPU {statistics.median(cpu[tree]):.2f} s")


if __name__ == "__main__":
    main()
