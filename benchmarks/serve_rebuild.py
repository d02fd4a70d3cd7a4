#!/usr/bin/env python3
"""How long ``timeline serve`` takes to rebuild after one edit, in this process or a new one.

    .venv/bin/python benchmarks/build.py --sizes 10000 --keep --no-hugo --no-browser --out-root /dev/shm/tlb
    TMPDIR=/dev/shm .venv/bin/python benchmarks/serve_rebuild.py /dev/shm/tlb/n10000/content [ROUNDS]

The preview server runs in a thread, and a process with threads must not fork,
so a build there runs in one process. For big timelines ``serve`` rebuilds in a
new process instead (``cli.rebuilder``). This copies the content folder, builds
it once, then edits one event's title and rebuilds, alternating the two ways,
from a second thread while another thread waits (as the server's does).
``TMPDIR`` picks where the copy goes (``/dev/shm`` takes the disk out).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from timeline import pipeline
from timeline.cli import rebuilder


def in_a_thread(rebuild: Callable[[], object]) -> float:
    """Seconds ``rebuild`` takes in a thread of its own, as the watcher's."""
    spent: list[float] = []

    def run() -> None:
        start = time.perf_counter()
        rebuild()
        spent.append(time.perf_counter() - start)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    return spent[0]


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    rounds = int(sys.argv[2]) if len(sys.argv) == 3 else 3
    with tempfile.TemporaryDirectory(prefix="serve-rebuild-") as tmp:
        content, out = Path(tmp) / "content", Path(tmp) / "site"
        shutil.copytree(sys.argv[1], content)
        pipeline.build(content, out)
        edited = sorted((content / "events").rglob("*.yaml"))[0]
        server = threading.Event()
        threading.Thread(target=server.wait, daemon=True).start()
        ways = {"in this process": lambda: pipeline.build(content, out),
                "in a new process": rebuilder(content, out, drafts=False, templates_dir=None)}
        times: dict[str, list[float]] = {name: [] for name in ways}
        for i in range(rounds):
            for name, rebuild in ways.items():
                text = edited.read_text(encoding="utf-8")
                edited.write_text(text.replace("title: ", f"title: Edit {i} {name} ", 1), encoding="utf-8")
                times[name].append(in_a_thread(rebuild))
        server.set()
    for name, values in times.items():
        print(f"one edit, rebuilt {name}: " + ", ".join(f"{v:.2f}" for v in values) + " s")


if __name__ == "__main__":
    main()
