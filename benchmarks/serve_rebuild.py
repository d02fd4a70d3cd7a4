#!/usr/bin/env python3
"""How long ``timeline serve`` takes to rebuild after one edit, against a full build, in one run.

    .venv/bin/python benchmarks/build.py --sizes 10000 --keep --no-hugo --no-browser --out-root /dev/shm/tlb
    TMPDIR=/dev/shm .venv/bin/python benchmarks/serve_rebuild.py /dev/shm/tlb/n10000/content [--rounds N] [--json]

The preview server runs in a thread, and a process with threads must not fork.
``serve`` rebuilds in its own process (keeping parsed events files in memory,
see ``timeline.memory.BuildMemory``) once the events cache holds every
file, and in a new process otherwise (``cli.rebuilder``). This copies the
content folder, builds it once, then alternates: edit one event's title and
rebuild the way ``serve`` does, from a second thread while another thread waits
(as the server's does; the cache writes serve defers until the browser is told
are not counted); the same edit rebuilt in a new process (into a site of
its own); and a full build
(``python build.py`` into an empty folder, as ``benchmarks/build.py`` times it).
It prints each time, the fastest of each, and the serve rebuild as a share of
the full build (the issue's target: at most 15%). CPU times are printed too:
on a shared machine they move less than wall times. ``TMPDIR`` picks where the
copy goes (``/dev/shm`` takes the disk out).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from timeline import pipeline
from timeline.cli import rebuilder

ROOT = Path(__file__).resolve().parent.parent


def in_a_thread(rebuild: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds (this process and its children) ``rebuild`` takes in a thread of its own."""
    spent: list[tuple[float, float]] = []

    def run() -> None:
        start, cpu = time.perf_counter(), _cpu()
        rebuild()
        spent.append((time.perf_counter() - start, _cpu() - cpu))

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    return spent[0]


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def held_memory() -> dict[str, float]:
    """This process's resident memory now and at its peak, in MB: what serve holds between
    edits (its kept views, pages and file digests) and the most its rebuilds needed."""
    now = next((int(line.split()[1]) / 1024 for line in Path("/proc/self/status").read_text().splitlines()
                if line.startswith("VmRSS:")), float("nan")) if Path("/proc/self/status").exists() else float("nan")
    return {"rss_mb": now, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def full_build(content: Path, out: Path) -> tuple[float, float]:
    """``python build.py`` into an empty folder, timed from outside (start-up included)."""
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--content", str(content), "--output", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start, _cpu() - cpu


def measure(content_dir: Path, rounds: int) -> dict[str, list[tuple[float, float]]]:
    with tempfile.TemporaryDirectory(prefix="serve-rebuild-") as tmp:
        content, out, other = Path(tmp) / "content", Path(tmp) / "site", Path(tmp) / "site-2"
        shutil.copytree(content_dir, content)
        # In other processes, so that this one's memory is serve's alone (see held_memory).
        pipeline.build_in_fresh_process(content, out)
        # Each way rebuilds its own site, as one user's serve would: a build of another
        # process into serve's folder would rightly make serve look at every file again.
        pipeline.build_in_fresh_process(content, other)
        edited = sorted((content / "events").rglob("*.yaml"))[0]
        server = threading.Event()
        threading.Thread(target=server.wait, daemon=True).start()
        serve = rebuilder(content, out, drafts=False, templates_dir=None)
        ways: dict[str, Callable[[], object]] = {
            "serve": serve,
            "new process": lambda: pipeline.build_in_fresh_process(content, other),
        }
        times: dict[str, list[tuple[float, float]]] = {"serve": [], "new process": [], "full build": []}
        serve()  # the serve process's first rebuild: its entries are in memory from now on
        serve.settle()
        for i in range(rounds):
            for name, rebuild in ways.items():
                text = edited.read_text(encoding="utf-8")
                edited.write_text(text.replace("title: ", f"title: Edit {i} {name} ", 1), encoding="utf-8")
                times[name].append(in_a_thread(rebuild))
                if name == "serve":
                    serve.settle()  # as serve does once the browser is told: outside the edit's time
            times["full build"].append(full_build(content, Path(tmp) / f"full-{i}"))
        server.set()
        times["memory"] = held_memory()  # type: ignore[assignment]
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("content", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    args = ap.parse_args()
    times = measure(args.content, args.rounds)
    memory: dict[str, float] = times.pop("memory")  # type: ignore[assignment]
    best = {name: min(values) for name, values in times.items()}
    share = best["serve"][0] / best["full build"][0]
    if args.json:
        print(json.dumps({"times": times, "best": best, "serve_share_of_full": share, "serve_memory": memory}))
        return
    for name, values in times.items():
        print(f"{name:>12}: " + ", ".join(f"{w:.2f} s ({c:.2f} s CPU)" for w, c in values))
    print(f"one edit as serve rebuilds it: {best['serve'][0]:.2f} s, {share:.0%} of the full build "
          f"({best['full build'][0]:.2f} s; fastest runs)")
    print(f"serve's process holds {memory['rss_mb']:.0f} MB after the edits; its peak was {memory['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
