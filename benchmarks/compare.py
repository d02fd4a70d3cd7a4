#!/usr/bin/env python3
"""Two checkouts of timeline, side by side: alternating full builds of the same content.

    git worktree add /tmp/before <commit>
    .venv/bin/python benchmarks/compare.py CONTENT 20 /tmp/before .

This VM's speed follows its host's load, by up to 1.7 times within minutes,
so two numbers measured at different times say little about a change. Here
each round builds CONTENT once with each checkout (``python build.py`` in a
fresh process, its package first on ``sys.path``, output on tmpfs when
/dev/shm exists), in alternating order, so a slow spell hits both alike.
Prints each checkout's fastest, first-quartile and median wall time.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build_once(tree: Path, content: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    subprocess.run([sys.executable, str(tree / "build.py"), "--content", str(content), "--output", str(out)],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    content, rounds = Path(sys.argv[1]).resolve(), int(sys.argv[2])
    trees = [Path(t).resolve() for t in sys.argv[3:]]
    for tree in trees:  # measured as installed: bytecode compiled once, as pip would
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "timeline")], check=True)
    times: dict[Path, list[float]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as tmp:
        for i in range(rounds):
            for tree in trees if i % 2 == 0 else trees[::-1]:
                times[tree].append(build_once(tree, content, Path(tmp) / "site"))
    for tree, runs in times.items():
        runs.sort()
        print(f"{tree!s:40} min {runs[0]:.2f} s, first quartile {runs[len(runs) // 4]:.2f} s, "
              f"median {statistics.median(runs):.2f} s over {len(runs)} builds")


if __name__ == "__main__":
    main()
