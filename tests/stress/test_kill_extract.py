"""SIGKILL ``timeline extract`` while it rewrites an events file a person has edited.

The file must always be either the old text (with the person's edit) or the
new merged text, byte for byte, and always load; the state sidecar likewise.
After a kill that lands between the two writes (new events file, old state),
the next clean run must still keep the person's edit.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from timeline.store import load_events

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "anthropic-pentagon-deadline.md"
ADDED = ("\n\nOn March 3, 2026, Anthropic said it would appeal the designation. "
         "The Pentagon announced a review of the contract on Monday.\n")
KILLS = 12
EDIT = "A person rewrote this title"


def extract(project: Path, source: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "timeline", "extract", str(source), "--content", "content"],
                            cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def files(project: Path) -> tuple[bytes, bytes]:
    events = project / "content" / "events"
    yaml_file = next(events.glob("*.yaml"))
    state = next((events / ".timeline-state").glob("*.json"))
    return yaml_file.read_bytes(), state.read_bytes()


def test_killed_extraction_never_corrupts_the_events_file(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "content" / "events").mkdir(parents=True)
    source = project / "article.md"
    source.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert extract(project, source).wait(timeout=120) == 0

    # A person edits the first title.
    events_dir = project / "content" / "events"
    yaml_file = next(events_dir.glob("*.yaml"))
    text = yaml_file.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.startswith("  title: "))
    yaml_file.write_text(text.replace(first_title, f"  title: {EDIT}", 1), encoding="utf-8")
    old = files(project)

    # The article gains statements: the next run has something to merge.
    source.write_text(FIXTURE.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    snapshot = tmp_path / "snapshot"
    shutil.copytree(events_dir, snapshot)
    started = time.monotonic()
    p = extract(project, source)
    assert p.wait(timeout=120) == 0, p.stderr.read() if p.stderr else ""
    window = time.monotonic() - started
    new = files(project)
    assert new[0] != old[0] and EDIT.encode() in new[0]

    rng = random.Random(5)
    outcomes: dict[str, int] = {}
    for i in range(KILLS):
        shutil.rmtree(events_dir)
        shutil.copytree(snapshot, events_dir)
        p = extract(project, source)
        time.sleep(rng.uniform(0.05, window))
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        p.wait(timeout=60)
        if p.stderr:
            p.stderr.close()
        now = files(project)
        assert now[0] in (old[0], new[0]), f"kill {i}: events file is neither the old nor the new text"
        assert now[1] in (old[1], new[1]), f"kill {i}: state file is neither the old nor the new text"
        assert any(e.title == EDIT for e in load_events(project / "content"))
        key = f"{'new' if now[0] == new[0] else 'old'} file, {'new' if now[1] == new[1] else 'old'} state"
        outcomes[key] = outcomes.get(key, 0) + 1
        if now[0] == new[0] and now[1] == old[1]:
            # Killed between the two writes: a clean re-run keeps the edit and loses nothing.
            assert extract(project, source).wait(timeout=120) == 0
            assert any(e.title == EDIT for e in load_events(project / "content"))
    print(f"\nextract SIGKILL x{KILLS}: {outcomes} (run takes {window:.2f}s)")
