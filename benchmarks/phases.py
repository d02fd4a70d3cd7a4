#!/usr/bin/env python3
"""Where a build's time goes: wall time of each stage of one ``timeline build``.

    .venv/bin/python benchmarks/build.py --sizes 10000 --keep --no-hugo --no-browser
    .venv/bin/python benchmarks/phases.py benchmarks/out/n10000/content /dev/shm/phases-site

(or any content folder). The output folder should not exist yet (or hold a
previous build of the same content, to time a rebuild). The stages are the
pipeline's own functions, wrapped with timers in this process: the loader's
and the writer's second processes count in the stage that starts them.
Numbers quoted in the README's performance section come from this script
with the output on tmpfs, which leaves the disk out (see benchmarks/build.py).
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

T0 = time.perf_counter()

from timeline import pipeline, store  # noqa: E402  (imports are timed too)
from timeline.site import keys, output, render, writer  # noqa: E402

IMPORTED = time.perf_counter()
SPENT: dict[str, float] = {}


def timed(module: Any, name: str) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            SPENT[name] = SPENT.get(name, 0.0) + time.perf_counter() - t

    setattr(module, name, wrapper)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for module, names in ((pipeline, ("inputs_digest",)), (writer, ("write_pages",)), (store, ("load_timeline",)),
                          (keys, ("input_key",)), (render, ("pages",)),
                          (output, ("read_manifest", "write_manifest", "swap_into_place"))):
        for name in names:
            timed(module, name)
    # (pipeline imports these inside its functions, so it calls the wrappers.)
    start = time.perf_counter()
    result = pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))
    end = time.perf_counter()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{result.events} events, {result.files} files ({result.rendered} rendered, {result.reused} reused)")
    print(f"  {'imports':<16} {IMPORTED - T0:6.2f} s")
    for name, seconds in SPENT.items():
        print(f"  {name:<16} {seconds:6.2f} s")
    print(f"  {'build in all':<16} {end - start:6.2f} s; CPU {me.ru_utime + kids.ru_utime:.2f} s user "
          f"+ {me.ru_stime + kids.ru_stime:.2f} s system (both processes)")


if __name__ == "__main__":
    main()
