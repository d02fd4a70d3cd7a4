"""Builds racing on one output folder, some of them killed: the folder stays one whole site.

Each round starts three ``timeline build`` processes of A or B on the same
output at once and SIGKILLs one of them at a random moment. The lock makes
the survivors run one after another; the live folder must end as exactly
site A or site B.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from hardening_support import make_content, simple_events, tree_hashes

from timeline.pipeline import build

ROUNDS = 6


def test_racing_builds_with_kills_leave_one_whole_site(tmp_path: Path) -> None:
    contents = {
        "A": make_content(tmp_path / "A", simple_events(120, "Alpha"), site={"title": "Site A", "timezone": "UTC"}),
        "B": make_content(tmp_path / "B", simple_events(120, "Beta"), site={"title": "Site B", "timezone": "UTC"}),
    }
    refs = {}
    for name, content in contents.items():
        build(content, tmp_path / f"ref-{name}")
        refs[name] = tree_hashes(tmp_path / f"ref-{name}")
    out = tmp_path / "live" / "site"
    build(contents["A"], out)
    rng = random.Random(7)
    for r in range(ROUNDS):
        names = [rng.choice("AB") for _ in range(3)]
        procs = [subprocess.Popen([sys.executable, "-m", "timeline", "build", "-q", "--content",
                                   str(contents[n]), "--output", str(out)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
                 for n in names]
        victim = rng.randrange(3)
        time.sleep(rng.uniform(0.1, 1.5))
        if procs[victim].poll() is None:
            os.killpg(procs[victim].pid, signal.SIGKILL)
        for i, p in enumerate(procs):
            _, err = p.communicate(timeout=120)
            if i != victim:
                assert p.returncode == 0, err.decode()
        final = tree_hashes(out)
        assert final in (refs["A"], refs["B"]), f"round {r}: the live folder is a mix"
    build(contents["B"], out)
    assert tree_hashes(out) == refs["B"]
    # Nothing left behind but the site and the one it replaced, kept for the next build (output.previous_folder).
    assert sorted(p.name for p in out.parent.iterdir()) == [".site.previous", "site"]
