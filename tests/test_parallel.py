"""fork_map: two processes give what one gives, and failures surface as in one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from fresh_interpreter import run_script
from test_site_support import event, write_content

FORK_MAP = r"""
from timeline.parallel import fork_map
def square_or_fail(x):
    if x == int(sys.argv[1]):
        raise ValueError(f"bad item {x}")
    return [x * x, "\ud800" if x == 3 else "é"]   # a lone surrogate survives the pipe
try:
    report({"result": fork_map(square_or_fail, list(range(10)))})
except ValueError as exc:
    report({"error": str(exc)})
"""

@pytest.fixture(autouse=True)
def no_events_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests count the loader's forks: every load parses (the cache would spare the fork)."""
    monkeypatch.setenv("TIMELINE_CACHE", "off")



def test_two_processes_give_the_serial_result() -> None:
    done = run_script(FORK_MAP, "-1")
    assert done["forks"] == 1
    assert done["result"] == [[x * x, "\ud800" if x == 3 else "é"] for x in range(10)]


def test_a_failure_in_either_process_is_raised_here_as_in_one_process() -> None:
    # Who takes which item varies from run to run: the first and the last item
    # each fail in one of the two processes, whichever it is.
    assert run_script(FORK_MAP, "0") == {"error": "bad item 0", "forks": 1}
    assert run_script(FORK_MAP, "9") == {"error": "bad item 9", "forks": 1}


def test_the_faster_process_takes_more_items() -> None:
    """Items are shared out as each process becomes free, not cut in halves up front."""
    script = r"""
import time
from timeline.parallel import fork_map
parent = os.getpid()
def where(x):
    if os.getpid() != parent:
        time.sleep(0.3)  # a slow core, or big items
    return [x, os.getpid() == parent]
report({"result": fork_map(where, list(range(10)))})
"""
    done = run_script(script)
    assert [x for x, _ in done["result"]] == list(range(10))
    assert sum(here for _, here in done["result"]) >= 7


def test_with_other_threads_running_it_does_not_fork() -> None:
    script = "import threading, time\nthreading.Thread(target=time.sleep, args=(2,), daemon=True).start()\n" + FORK_MAP
    done = run_script(script, "-1")
    assert done["forks"] == 0 and len(done["result"]) == 10


BODIES = r"""
from pathlib import Path
import timeline.site.render as render
import timeline.site.views as views
import timeline.store.loader as loader
loader.PARALLEL_BYTES = int(sys.argv[3])
views.PARALLEL_BODIES = int(sys.argv[3])
if sys.argv[4] == "build":  # the whole build: loader and bodies in two processes each
    r = __import__("timeline.pipeline").pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))
    report({"files": r.files})
else:  # the renderer as a library: a timeline loaded without event_deriver
    from timeline.pipeline import theme_dirs
    from timeline.store import load_timeline
    loader.PARALLEL_BYTES = 1 << 60
    timeline = load_timeline(Path(sys.argv[1]))
    out = Path(sys.argv[2])
    for page in render.pages(timeline, theme_dirs(Path(sys.argv[1]), None)):
        data = page.render()
        (out / page.path).parent.mkdir(parents=True, exist_ok=True)
        (out / page.path).write_bytes(data if isinstance(data, bytes) else b"".join(data))
    report({})
"""


@pytest.mark.parametrize("how", ["build", "pages"])
def test_markdown_bodies_rendered_by_two_processes_give_the_same_site(tmp_path: Path, how: str) -> None:
    events = [event(f"e{i}", f"2020-0{1 + i % 9}", f"Event {i}", body=f"Some *emphasis* {i}\n\n- a [link](https://x.org/{i})")
              for i in range(12)] + [event("plain", "2021", "Plain", body="Just prose.")]
    content = write_content(tmp_path, events[:6])
    # Two files: the loader shares files, not events, between its processes.
    (content / "events" / "more.yaml").write_text(yaml.safe_dump(events[6:], sort_keys=False), encoding="utf-8")
    one = run_script(BODIES, str(content), str(tmp_path / "one"), "1000000", how)
    two = run_script(BODIES, str(content), str(tmp_path / "two"), "0", how)
    # In a build: the loader's fork, then the bodies' (Markdown is shared out a body at a time).
    assert (one["forks"], two["forks"]) == (0, 2 if how == "build" else 1)
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*") if p.is_file())
    for f in files:
        assert (tmp_path / "one" / f).read_bytes() == (tmp_path / "two" / f).read_bytes(), f
    assert "<em>emphasis</em> 3" in (tmp_path / "two" / "events" / "e3.html").read_text()


def test_more_items_than_a_pipe_holds_records() -> None:
    """The work queue is written whole before anyone reads it: 20k one-item records
    (80 KB) would block forever on a 64 KiB pipe, so items go in batches."""
    script = r"""
from timeline.parallel import fork_map
report({"result": sum(fork_map(lambda x: x * 2, list(range(20000))))})
"""
    done = run_script(script, timeout=60)
    assert done == {"result": 2 * sum(range(20000)), "forks": 1}


def test_results_bigger_than_the_pipe_arrive_whole() -> None:
    """The child streams each result as it has it; a 3 MB result spans many pipe buffers."""
    script = r"""
from timeline.parallel import fork_map
out = fork_map(lambda x: str(x) * 3_000_000, list(range(6)))
report({"sizes": [len(s) for s in out], "same": out == [str(x) * 3_000_000 for x in range(6)]})
"""
    done = run_script(script, timeout=60)
    assert done == {"sizes": [3_000_000] * 6, "same": True, "forks": 1}


def test_a_failure_here_while_the_child_waits_to_send_does_not_hang() -> None:
    """This process fails while the child is blocked writing a result into a full pipe:
    the error must surface (the child sees the pipe close and ends), not a deadlock."""
    script = r"""
import os, time
from timeline.parallel import fork_map
parent = os.getpid()
def work(x):
    if os.getpid() == parent and x > 0:
        time.sleep(0.5)  # the child has sent its results by now, more than the pipe holds
        raise ValueError("failed here")
    return "y" * 4_000_000
try:
    fork_map(work, list(range(8)))
    report({"error": None})
except ValueError as exc:
    report({"error": str(exc)})
"""
    assert run_script(script, timeout=60) == {"error": "failed here", "forks": 1}


def test_children_are_collected_without_waiting_for_their_exit() -> None:
    """fork_map returns once the child's results are in; a child still exiting
    then is collected by a later call, so no zombie outlives the next one."""
    script = r"""
import os, time
from timeline.parallel import _exiting, fork_map
big = [str(i) * 20 for i in range(300_000)]  # a heap that takes a while to tear down
first = fork_map(lambda x: x * 2, list(range(8)))
child = _forks[-1]
time.sleep(0.5)
second = fork_map(lambda x: x + 1, list(range(8)))
try:
    os.waitpid(child, os.WNOHANG)
    collected = False
except ChildProcessError:  # no longer a child of ours: collected
    collected = True
report({"first": first, "second": second, "collected": collected, "pending": [p for p in _exiting if p == child]})
"""
    done = run_script(script, timeout=60)
    assert done["first"] == [x * 2 for x in range(8)] and done["second"] == [x + 1 for x in range(8)]
    assert done["collected"] is True and done["pending"] == [] and done["forks"] == 2


def test_a_build_collects_its_helper_processes_before_it_returns(tmp_path: Path) -> None:
    """So none outlives the build, and their CPU and memory count in its resource usage."""
    events = [event(f"e{i}", f"2020-0{1 + i % 9}", f"Event {i}") for i in range(40)]
    content = write_content(tmp_path, events[:20])
    (content / "events" / "more.yaml").write_text(yaml.safe_dump(events[20:], sort_keys=False), encoding="utf-8")
    script = r"""
import resource
from pathlib import Path
import timeline.pipeline as pipeline
import timeline.store.loader as loader
from timeline.parallel import _exiting
import timeline.site.writer as writer
loader.PARALLEL_BYTES = 0
writer.PARALLEL_THRESHOLD = 0
pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))
gone = []
for pid in _forks:
    try:
        os.waitpid(pid, os.WNOHANG)
        gone.append(False)
    except ChildProcessError:
        gone.append(True)
report({"gone": gone, "pending": list(_exiting)})
"""
    done = run_script(script, str(content), str(tmp_path / "site"))
    assert done["forks"] == 2 and done["gone"] == [True, True] and done["pending"] == []


def test_the_child_never_waits_for_this_process_to_read() -> None:
    """Results go through a shared buffer, not the pipe: while this process is busy
    with one long item, the child goes on through all the others, however big.

    This process's first item (whichever one it takes: on a busy machine the
    child may start first) lasts until the child has started all the others
    (each start leaves a file), so a child blocked on sending a 3 MB result would
    never get there and the wait would run out; a busy machine only slows it."""
    script = r"""
import os, shutil, tempfile, time
from timeline.parallel import fork_map
parent = os.getpid()
started = tempfile.mkdtemp()
waited = []
def work(x):
    if os.getpid() == parent and not waited:
        deadline = time.monotonic() + 40
        while len(os.listdir(started)) < 7 and time.monotonic() < deadline:
            time.sleep(0.05)
        waited.append(len(os.listdir(started)))
    elif os.getpid() != parent:
        open(os.path.join(started, str(x)), "w").close()
    return [os.getpid() == parent, "z" * 3_000_000]
by_parent = [here for here, _ in fork_map(work, list(range(8)))]
shutil.rmtree(started)
report({"items_by_parent": sum(by_parent), "child_started_while_parent_busy": waited})
"""
    assert run_script(script, timeout=90) == {"items_by_parent": 1, "child_started_while_parent_busy": [7],
                                              "forks": 1}


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_pool_map_keeps_input_order_and_uses_workers_only_when_worth_it() -> None:
    from timeline.parallel import pool_map

    items = list(range(100))
    results = list(pool_map(_pid_and_square, items, 2))
    assert [square for _pid, square in results] == [n * n for n in items]
    assert os.getpid() not in {pid for pid, _square in results}  # the work went to worker processes
    few = list(pool_map(_pid_and_square, items[:5], 2, min_tasks=10))
    assert {pid for pid, _square in few} == {os.getpid()}  # too few to be worth a pool
    assert {pid for pid, _square in pool_map(_pid_and_square, items, 1)} == {os.getpid()}
