"""Writing events and merging re-extracted ones without losing anything a person wrote."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from timeline.errors import TimelineError
from timeline.model import Event, Media, SourceRef, When
from timeline.store import dump_events, load_events, merge_events_file
from timeline.store.events import EVENT_KEYS, STATUSES
from timeline.store.ids import MAX_ID_LENGTH, WINDOWS_RESERVED, id_problem
from timeline.store.merge import state_path
from timeline.store.schemafile import SCHEMA_PATH
from timeline.store.writer import event_to_dict
from timeline.when import QUALIFIERS


def machine(n: int, *, title: str | None = None, body: str | None = None, quote: str | None = None,
            event_id: str | None = None, date: str = "2026-02-27") -> Event:
    """A machine-extracted event as the extractor would hand it to the store."""
    return Event(
        id=event_id or f"event-{n}",
        when=When.parse(date),
        title=title or f"Machine title {n}",
        body=body if body is not None else f"Machine body {n}.",
        tags=("Anthropic",),
        sources=(SourceRef(title="Article", publisher="CNBC", published="2026-02-27",
                           quote=quote or f"Quote number {n}, verbatim."),),
        status="extracted",
        confidence=0.8,
    )


def content_with(tmp_path: Path) -> Path:
    return tmp_path / "content" / "events" / "article.yaml"


def by_id(path: Path) -> dict[str, dict]:
    return {e["id"]: e for e in yaml.safe_load(path.read_text(encoding="utf-8"))}


def without_location(events) -> list[Event]:
    return [replace(e, location=None) for e in events]


# ------------------------------------------------------------------- dumping
def test_dump_format_is_documented_and_round_trips(tmp_path: Path) -> None:
    timed = Event(id="deadline", when=When.parse("2026-02-27T17:01", timezone="America/New_York"),
                  title="Deadline: 5:01 p.m.", end=When.parse("2026-02-27T18:00", timezone="America/New_York"),
                  body="Line one.\nLine two with “quotes”.\n", tags=("A: b", "#tag"),
                  sources=(SourceRef(quote="'Single' and \"double\" quotes: kept"),),
                  media=(Media(url="img/a.png", alt="An image"),), status="reviewed", draft=True)
    events = [machine(1, date="2021"), machine(2, date="2025-07"), timed]
    text = dump_events(events)
    assert text == dump_events(events)  # deterministic
    assert "  date: 2021\n" in text and "  date: 2025-07\n" in text and "  date: 2026-02-27T17:01-05:00\n" in text
    assert "\n\n- id: event-2\n" in text  # one blank line between events
    assert "  body: |\n    Line one.\n    Line two with “quotes”.\n" in text
    keys = [m.group(1) for m in re.finditer(r"^(?:- |  )(\w+):", text.split("- id: deadline")[1], re.M)]
    assert keys == [k for k in EVENT_KEYS if k in keys]  # documented order
    path = tmp_path / "events" / "e.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    loaded = load_events(tmp_path, drafts=True)
    assert [event_to_dict(e) for e in loaded] == [event_to_dict(e) for e in events]
    assert loaded[2].when.value() == "2026-02-27T17:01-05:00" and loaded[2].end.timezone == "America/New_York"
    assert dump_events(loaded) == text  # a fixed point


def test_dump_keeps_quotes_on_one_line(tmp_path: Path) -> None:
    quote = "A very long quote " * 20 + "that ends here."
    text = dump_events([machine(1, quote=quote)])
    assert quote in text


def test_empty_dump_is_an_empty_list() -> None:
    assert dump_events([]) == "[]\n"


# ------------------------------------------------------------------- merging
def test_first_merge_writes_file_and_state(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    report = merge_events_file(path, [machine(1), machine(2)])
    assert (report.added, report.written) == (2, True)
    assert without_location(load_events(tmp_path / "content")) == [machine(1), machine(2)]
    state = json.loads(state_path(path).read_text(encoding="utf-8"))
    assert sorted(state["events"]) == ["event-1", "event-2"]
    assert oct(path.stat().st_mode & 0o777) != "0o600"  # not mkstemp's private mode


def test_rerun_is_byte_identical_and_writes_nothing(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1), machine(2)])
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    report = merge_events_file(path, [machine(1), machine(2)])
    assert (report.unchanged, report.written) == (2, False)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime


def test_hand_edits_are_kept_and_unedited_fields_improve(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1), machine(2)])
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: Machine title 1", "title: Hand-written title  # fixed by the editor")
    text = text.replace("  status: extracted\n  confidence: 0.8\n\n- id: event-2",
                        "  status: reviewed\n  confidence: 0.8\n\n- id: event-2")
    path.write_text("# My notes on this file\n" + text, encoding="utf-8")
    report = merge_events_file(path, [machine(1, body="Better body 1."), machine(2, body="Better body 2.")])
    assert (report.kept_edited, report.updated) == (1, 1)
    events = by_id(path)
    assert events["event-1"]["title"] == "Hand-written title"
    assert events["event-1"]["status"] == "reviewed"
    assert events["event-1"]["body"] == "Better body 1."  # not edited: takes the improvement
    assert events["event-2"]["body"] == "Better body 2."
    final = path.read_text(encoding="utf-8")
    assert final.startswith("# My notes on this file\n") and "# fixed by the editor" in final


def test_deleted_events_stay_deleted_and_added_events_are_untouched(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1), machine(2)])
    text = path.read_text(encoding="utf-8")
    kept = text[: text.index("- id: event-2")]
    human = "- id: my-own-event\n  title: Written by hand\n  date: 2020\n  body: Mine.\n"
    path.write_text(kept + human, encoding="utf-8")
    report = merge_events_file(path, [machine(1), machine(2), machine(3)])
    assert (report.skipped_deleted, report.added, report.unchanged) == (1, 1, 1)
    final = path.read_text(encoding="utf-8")
    assert "event-2" not in by_id(path) and "event-3" in by_id(path)
    assert human in final  # byte for byte, key order included


def test_retitled_event_is_matched_by_its_quote(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1)])
    better = machine(1, title="Anthropic signs contract", event_id="2026-02-27-anthropic-signs-contract")
    report = merge_events_file(path, [better])
    assert (report.added, report.updated) == (0, 1)
    events = by_id(path)
    assert list(events) == ["event-1"]  # the permalink does not move
    assert events["event-1"]["title"] == "Anthropic signs contract"


def test_lost_state_treats_everything_as_hand_written(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1)])
    state_path(path).unlink()
    before = path.read_bytes()
    report = merge_events_file(path, [machine(1, body="New body"), machine(2, event_id="other", quote="Quote number 1, verbatim.")])
    assert (report.kept_edited, report.added, report.unchanged) == (1, 0, 1)  # the second is a duplicate
    assert path.read_bytes() == before


def test_single_event_file_gets_a_list_when_events_are_added(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("# one event\nid: mine\ndate: 2020\ntitle: Mine\n", encoding="utf-8")
    merge_events_file(path, [machine(1)])
    assert list(by_id(path)) == ["mine", "event-1"]
    assert "# one event" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: a\n  title: [broken\n", "article.yaml:3:1: YAML syntax error: did not find expected ',' or ']'"),
        ("- id: a\n  title: x\n  title: y\n", "article.yaml:3:3: cannot merge into this file: found duplicate key"),
        ("just text\n", "article.yaml:1:1: cannot merge into this file: it must hold an event or a list of events"),
        ("- !!python/object:os.system {}\n", "article.yaml:1:3: YAML tag !!python/object:os.system is not allowed"),
    ],
)
def test_unreadable_existing_file_is_an_error_and_nothing_is_written(tmp_path: Path, text: str, message: str) -> None:
    path = content_with(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TimelineError) as info:
        merge_events_file(path, [machine(1)])
    assert str(info.value).replace(f"{path.parent}/", "").startswith(message)
    assert path.read_text(encoding="utf-8") == text
    assert not state_path(path).exists()
    assert os.listdir(path.parent) == ["article.yaml"]


def test_failed_write_leaves_the_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1)])
    before = path.read_bytes()

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(TimelineError, match="No space left on device; it was left unchanged"):
        merge_events_file(path, [machine(1, body="changed"), machine(2)])
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == [".timeline-state", "article.yaml"]  # no temp file left


def test_corrupt_state_is_an_error_naming_it(tmp_path: Path) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1)])
    state_path(path).write_text("{not json", encoding="utf-8")
    with pytest.raises(TimelineError, match=r"article\.yaml\.json: extraction state file is unreadable"):
        merge_events_file(path, [machine(2)])


# -------------------------------------------------------------------- schema
def test_schema_matches_the_validator() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    event = schema["$defs"]["event"]
    assert tuple(event["properties"]) == EVENT_KEYS
    id_pattern = re.compile(event["properties"]["id"]["pattern"])
    reserved = re.compile(event["properties"]["id"]["not"]["pattern"])
    near = [f"{name}{extra}" for name in sorted(WINDOWS_RESERVED) for extra in ("", "x", "-1")]
    for sample in ("event-1", "a", "Upper", "../x", "-lead", "a" * MAX_ID_LENGTH, "a" * (MAX_ID_LENGTH + 1),
                   "has space", "com", "lpt", "console", *near):
        valid = bool(id_pattern.search(sample)) and not reserved.search(sample)
        assert valid == (id_problem(sample) is None), sample
    assert event["properties"]["qualifier"]["enum"] == list(QUALIFIERS)
    assert event["properties"]["status"]["enum"] == list(STATUSES)
    date_pattern = re.compile(event["properties"]["date"]["anyOf"][0]["pattern"])
    for value in ("19", "199", "2021", "2025-Q4", "2025-H1", "2025-SU", "2025-07", "2026-W09", "2026-02-27",
                  "2026-02-27TEV", "2026-02-27T17", "2026-02-27T17:01-05:00", "2026-02-27T17:01:30Z"):
        assert date_pattern.search(When.parse(value).value()), value
    assert not date_pattern.search("Feb 2026")
    url_not = re.compile(schema["$defs"]["source"]["properties"]["url"]["not"]["pattern"])
    assert url_not.search("javascript:alert(1)") and url_not.search("data:x")
    assert not url_not.search("https://example.org") and not url_not.search("img/a.png")


def test_example_events_file_points_editors_at_the_schema() -> None:
    example = Path(__file__).parents[1] / "content" / "events" / "anthropic-pentagon-deadline.yaml"
    line = next(x for x in example.read_text(encoding="utf-8").splitlines() if "$schema=" in x)
    target = (example.parent / line.split("$schema=")[1].strip()).resolve()
    assert target == SCHEMA_PATH


@pytest.mark.parametrize("emptied", ["[]\n", "# all gone\n[]\n", "# nothing left\n", ""])
def test_emptied_file_gets_new_events_and_keeps_its_comments(tmp_path: Path, emptied: str) -> None:
    path = content_with(tmp_path)
    merge_events_file(path, [machine(1)])
    path.write_text(emptied, encoding="utf-8")
    report = merge_events_file(path, [machine(1), machine(2)])
    assert (report.skipped_deleted, report.added) == (1, 1)
    assert list(by_id(path)) == ["event-2"]
    assert path.read_text(encoding="utf-8").startswith(emptied.replace("[]\n", ""))


def test_a_numbered_id_stays_within_the_id_length() -> None:
    from timeline.store.ids import first_free

    long_id = "2026-02-27-" + "word-" * 15 + "end"
    taken = {long_id[:MAX_ID_LENGTH]}
    numbered = first_free(long_id[:MAX_ID_LENGTH], taken.__contains__)
    assert numbered.endswith("-2") and len(numbered) <= MAX_ID_LENGTH and id_problem(numbered) is None
    assert first_free("a", {"a", "a-2"}.__contains__) == "a-3" and first_free("b", set().__contains__) == "b"
