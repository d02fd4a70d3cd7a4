"""`timeline.extract.run.extract_to_content`: extraction and merging callable from Python."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline.errors import TimelineError
from timeline.extract.run import ExtractRun, extract_to_content

COUNCIL = ("---\ntitle: Council votes\npublished: 2026-03-04\n---\n"
           "The council voted on Monday to close the depot.\nThe mayor resigned on Tuesday.\n")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_writes_one_events_file_per_source_and_reports_it(tmp_path: Path) -> None:
    source = write(tmp_path / "council.md", COUNCIL)
    run = extract_to_content([source, source], tmp_path / "content")
    assert isinstance(run, ExtractRun) and run.ok
    assert len(run.files) == 1  # the same file named twice is read once
    (written,) = run.written
    assert written.target == tmp_path / "content" / "events" / "council.yaml"
    assert written.target.exists() and len(written.events) == 2
    events = yaml.safe_load(written.target.read_text(encoding="utf-8"))
    assert {str(e["date"]) for e in events} == {"2026-03-02", "2026-03-03"}


def test_hand_edits_survive_a_second_run(tmp_path: Path) -> None:
    source = write(tmp_path / "council.md", COUNCIL)
    first = extract_to_content([source], tmp_path / "content").written[0].target
    edited = first.read_text(encoding="utf-8").replace("title: ", "title: EDITED ", 1)
    first.write_text(edited, encoding="utf-8")
    run = extract_to_content([source], tmp_path / "content")
    assert run.ok
    assert "EDITED" in first.read_text(encoding="utf-8")


def test_a_failed_file_writes_nothing(tmp_path: Path) -> None:
    good = write(tmp_path / "council.md", COUNCIL)
    bad = write(tmp_path / "undated.md", "The council voted on Monday.\n")
    seen: list[int] = []
    run = extract_to_content([good, bad], tmp_path / "content", on_extracted=lambda rs: seen.append(len(rs)))
    assert seen == [2]
    assert not run.ok and [r.path for r in run.failed] == [str(bad)]
    assert run.written == () and not (tmp_path / "content").exists()


def test_unreadable_events_file_is_a_problem_and_nothing_is_written(tmp_path: Path) -> None:
    source = write(tmp_path / "council.md", COUNCIL)
    other = write(tmp_path / "other.md", COUNCIL.replace("council", "board"))
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    write(events / "council.yaml", "- id: [broken\n")
    run = extract_to_content([other, source], tmp_path / "content")
    assert run.problems and "council.yaml" in run.problems[0]
    assert not (events / "other.yaml").exists()


def test_two_sources_for_one_events_file_raise(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = write(tmp_path / "a" / "council.md", COUNCIL)
    two = write(tmp_path / "b" / "council.md", COUNCIL)
    with pytest.raises(TimelineError, match=r"both write events/council\.yaml"):
        extract_to_content([one, two], tmp_path / "content")


def test_progress_is_called_per_stage(tmp_path: Path) -> None:
    from contextlib import contextmanager

    stages: list[tuple[str, int, int]] = []

    @contextmanager
    def progress(label: str, total: int):
        ticks = [0]
        yield lambda: ticks.__setitem__(0, ticks[0] + 1)
        stages.append((label, total, ticks[0]))

    a = write(tmp_path / "a.md", COUNCIL)
    b = write(tmp_path / "b.md", COUNCIL.replace("Council votes", "Depot closes"))
    extract_to_content([a, b], tmp_path / "content", progress=progress, merge_sources=False)
    assert stages == [("Extracting", 2, 2), ("Writing", 2, 2)]


def test_each_events_file_is_read_once_for_its_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (with the round-trip reader, the slow one: merges are worked out first, then written)
    from timeline.store import merge

    source = write(tmp_path / "council.md", COUNCIL)
    other = write(tmp_path / "board.md", COUNCIL.replace("council", "board").replace("depot", "yard"))
    extract_to_content([source, other], tmp_path / "content", merge_sources=False)
    for path in (source, other):  # a later story: both files gain an event
        write(path, path.read_text(encoding="utf-8") + "The budget passed on Wednesday.\n")
    reads: list[str] = []
    real = merge.read_existing
    monkeypatch.setattr(merge, "read_existing", lambda path: (reads.append(Path(path).name), real(path))[1])
    run = extract_to_content([source, other], tmp_path / "content", merge_sources=False)
    assert run.ok and all(w.report.startswith("1 added") for w in run.written)
    assert sorted(reads) == ["board.yaml", "council.yaml"]
