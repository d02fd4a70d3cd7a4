"""SIGKILL a build at random moments: the live folder is always the old site or the new one.

Two contents A and B differ in every page (site title and event titles), and
reference builds (fresh processes, like the builds killed) give the exact file
hashes of each. A deterministic companion, test_kill_points.py, kills a build at
each of its file-system calls in turn. Then, many times, a
``timeline build`` of A or B over the live folder is killed (its whole
process group, so a forked render worker dies too) after a random delay
spread over the build's own duration, and the live folder must hash exactly
like one of the two references: never a mix, never missing, never partial.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hardening_support import make_content, simple_events, tree_hashes

KILLS = 30


@pytest.fixture(autouse=True)
def no_events_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every build does its full work, so the kills land mid-build as the window measured says."""
    monkeypatch.setenv("TIMELINE_CACHE", "off")


def start_build(content: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "timeline", "build", "-q", "--content", str(content),
                             "--output", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def finish_build(content: Path, out: Path) -> None:
    p = start_build(content, out)
    assert p.wait(timeout=120) == 0, p.stderr.read() if p.stderr else ""
    if p.stderr:
        p.stderr.close()


def test_sigkill_at_random_moments_never_leaves_a_mix(tmp_path: Path) -> None:
    contents = {
        "A": make_content(tmp_path / "A", simple_events(150, "Alpha"), site={"title": "Site A", "timezone": "UTC"}),
        "B": make_content(tmp_path / "B", simple_events(150, "Beta"), site={"title": "Site B", "timezone": "UTC"}),
    }
    refs = {}
    for name, content in contents.items():
        # Every build here is a fresh process, like the builds killed: a build in this one renders with
        # the code it imported when the test run began, the others with the code on disk now (and the
        # manifest's digest takes the code's fingerprint), which differ if the code is edited meanwhile.
        finish_build(content, tmp_path / f"ref-{name}")
        refs[name] = tree_hashes(tmp_path / f"ref-{name}")
    assert refs["A"].keys() == refs["B"].keys()
    differing = [k for k in refs["A"] if refs["A"][k] != refs["B"][k]]
    assert len(differing) > 0.9 * len(refs["A"])  # a mix would be visible

    out = tmp_path / "live" / "site"
    finish_build(contents["A"], out)
    assert tree_hashes(out) == refs["A"]
    # How long one full build takes from a cold process: the kill window.
    started = time.monotonic()
    p = start_build(contents["B"], out)
    assert p.wait(timeout=120) == 0, p.stderr.read() if p.stderr else ""
    window = time.monotonic() - started
    assert tree_hashes(out) == refs["B"]
    current = "B"

    rng = random.Random(20261127)
    outcomes = {"old": 0, "new": 0, "finished": 0}
    # The window was measured once, and a loaded machine's speed changes within seconds: a build
    # of the other content that finished before its kill narrows the window, and kills go on (up
    # to three times as many) until enough have landed mid-build, whatever the machine's load.
    i = 0
    while i < KILLS or (outcomes["old"] + outcomes["new"] < KILLS // 3 and i < 3 * KILLS):
        i += 1
        target = rng.choice(["A", "B"])  # the same content again exercises hard-link reuse
        p = start_build(contents[target], out)
        delay = rng.uniform(0.05, window * 1.1)
        time.sleep(delay)
        finished = p.poll() is not None
        if not finished:
            os.killpg(p.pid, signal.SIGKILL)
        elif target != current:  # (a build of the live content again has nothing to do)
            window = max(0.1, min(window, delay))
        p.wait(timeout=60)
        if p.stderr:
            p.stderr.close()
        assert out.is_dir(), f"kill {i}: the live folder is gone"
        now = tree_hashes(out)
        if now == refs[target]:
            outcomes["finished" if finished else "new"] += 1
            current = target
        else:
            assert now == refs[current], f"kill {i}: the live folder is neither site A nor site B"
            outcomes["old"] += 1
    # A clean build afterwards removes whatever killed builds left behind.
    finish_build(contents["A"], out)
    assert tree_hashes(out) == refs["A"]
    # (beside the site only the one it replaced, kept for the next build: output.previous_folder)
    assert not [p for p in out.parent.iterdir() if p.name not in ("site", ".site.previous")]
    print(f"\nSIGKILL x{i}: {outcomes} (kill window {window:.2f}s)")
    assert outcomes["old"] + outcomes["new"] >= KILLS // 3, outcomes  # the kills did land mid-build
