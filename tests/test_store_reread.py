"""A process that keeps its last build (``timeline serve``) reads again only the items of an
events file that changed (timeline/store/reread.py): the events, with their locations, and
every error must be exactly those of a load without memory, whatever the edit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import ValidationError
from timeline.memory import BuildMemory
from timeline.model import Timeline
from timeline.site.derive import derived_sort_key, event_deriver
from timeline.store import loader
from timeline.store.loader import load_timeline


@pytest.fixture(autouse=True)
def own_cache_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def load(content: Path, memory: BuildMemory | None) -> Timeline:
    return load_timeline(content, derive=event_deriver, derived_key=derived_sort_key, memory=memory)


def load_clean(content: Path, monkeypatch: pytest.MonkeyPatch) -> Timeline:
    with monkeypatch.context() as m:
        m.setenv("TIMELINE_CACHE", "off")
        return load(content, None)


def item(i: int, title: str = "", extra: str = "") -> str:
    return (f"- id: e-{i:03d}\n  date: '2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}'\n"
            f"  title: {title or f'Event {i}'}\n  tags:\n  - t{i % 3}\n{extra}")


def write(path: Path, items: list[str]) -> None:
    path.write_text("".join(items), encoding="utf-8")


def same_load(content: Path, memory: BuildMemory, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Check a load with ``memory`` against a clean one; the files the first read whole."""
    parsed_whole: list[str] = []
    parse = loader._parse_file
    with monkeypatch.context() as m:
        m.setattr(loader, "_parse_file", lambda path, *a: (parsed_whole.append(path.name), parse(path, *a))[1])
        got = load(content, memory)
    want = load_clean(content, monkeypatch)
    assert got.events == want.events
    assert [e.location for e in got.events] == [e.location for e in want.events]
    assert got.derived == want.derived
    return parsed_whole


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_read_by_item_give_the_whole_files_events(tmp_path: Path, seed: int,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(seed)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    files = {name: [item(i + k * 40) for i in range(rnd.randint(4, 12))] for k, name in enumerate(("a.yaml", "b.yaml"))}
    for name, items in files.items():
        write(content / "events" / name, items)
    memory = BuildMemory()
    load(content, memory)
    load(content, memory)  # every file is now kept by item
    assert set(memory.files) == {content / "events" / n for n in files}
    counter = 1000
    parsed_whole: list[str] = []
    commented: list[str] = []
    for _ in range(12):
        name = rnd.choice(sorted(files))
        items = files[name]
        kind = rnd.choice(["title", "insert", "delete", "swap", "lines", "body", "comment"])
        at = rnd.randrange(len(items))
        if kind in ("lines", "body") and "body:" in items[at]:
            kind = "title"
        counter += 1
        if kind == "title":
            items[at] = items[at].replace("title: ", f"title: Edited {counter} ", 1)
        elif kind == "insert":
            items.insert(at, item(counter))
        elif kind == "delete" and len(items) > 1:
            items.pop(at)
        elif kind == "swap":
            other = rnd.randrange(len(items))
            items[at], items[other] = items[other], items[at]
        elif kind == "lines":  # a body over several lines: every later item moves down
            items[at] += f"  body: |\n    One line {counter}.\n    Another line.\n"
        elif kind == "body":
            items[at] += f"  body: A *plain* body, {counter}.\n"
        elif kind == "comment":  # outside the fast reader's subset: that item is read by libyaml
            items[at] = items[at].replace("\n  tags:", f"  # note {counter}\n  tags:", 1)
        if kind in ("title", "lines", "body", "comment") and "#" in items[at]:
            commented.append(kind)
        write(content / "events" / name, items)
        parsed_whole += same_load(content, memory, monkeypatch)
    # Only an edited item out of the fast reader's subset (one with a comment) has its file read whole.
    assert len(parsed_whole) <= len(commented) < 12


def test_an_alias_to_an_edited_anchor_is_read_with_the_new_value(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    path = content / "events" / "a.yaml"
    path.write_text("- id: a\n  date: 2024\n  title: &t Shared title\n- id: b\n  date: 2025\n  title: *t\n",
                    encoding="utf-8")
    memory = BuildMemory()
    load(content, memory)
    load(content, memory)
    path.write_text("- id: a\n  date: 2024\n  title: &t New title\n- id: b\n  date: 2025\n  title: *t\n",
                    encoding="utf-8")
    assert [e.title for e in load(content, memory).events] == ["New title", "New title"]
    same_load(content, memory, monkeypatch)
    # The anchor gone, the alias's item (unchanged) is an error, as in a whole read.
    path.write_text("- id: a\n  date: 2024\n  title: Plain title\n- id: b\n  date: 2025\n  title: *t\n",
                    encoding="utf-8")
    with pytest.raises(ValidationError) as kept:
        load(content, memory)
    assert "a.yaml:6:" in str(kept.value) and "alias" in str(kept.value)


def test_an_error_in_an_edited_item_is_reported_as_a_whole_read_reports_it(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    path = content / "events" / "a.yaml"
    items = [item(i) for i in range(5)]
    write(path, items)
    memory = BuildMemory()
    load(content, memory)
    load(content, memory)
    items[3] = items[3].replace("date: '", "date: 'not a date ", 1)
    write(path, items)
    with pytest.raises(ValidationError) as kept:
        load(content, memory)
    with pytest.raises(ValidationError) as clean, monkeypatch.context() as m:
        m.setenv("TIMELINE_CACHE", "off")
        load(content, None)
    assert str(kept.value) == str(clean.value)
    assert "a.yaml:17:9: date: invalid date" in str(kept.value)
    items[3] = item(3, "Mended")  # the next good build is read by item again
    write(path, items)
    same_load(content, memory, monkeypatch)


def test_a_file_is_hashed_again_whenever_it_was_written_even_at_the_same_size_and_mtime(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import os

    from timeline.store.cache import file_digest

    path = tmp_path / "a.yaml"
    path.write_bytes(b"- id: a\n")
    known: dict = {}
    assert file_digest(path, known) == (8, hashlib.sha256(b"- id: a\n").digest())
    with monkeypatch.context() as m:  # unchanged: not read again
        m.setattr(Path, "read_bytes", lambda self: pytest.fail("read again"))
        assert file_digest(path, known)[1] == hashlib.sha256(b"- id: a\n").digest()
    before = os.stat(path)
    path.write_bytes(b"- id: b\n")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime: the ctime moved
    assert file_digest(path, known) == (8, hashlib.sha256(b"- id: b\n").digest())


@pytest.mark.parametrize("marker", ["---", "...", "%YAML 1.2", "--- # a second document"])
def test_a_document_marker_written_into_a_kept_file_is_read_as_a_whole_read_reads_it(
        tmp_path: Path, marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    items = [item(i) for i in range(6)]
    write(content / "events" / "a.yaml", items)
    memory = BuildMemory()
    load(content, memory)
    load(content, memory)  # the file is now kept by item
    items[3] += f"{marker}\n"  # a line of its own, inside a kept item's text
    write(content / "events" / "a.yaml", items)
    try:
        want = load_clean(content, monkeypatch)
    except ValidationError as exc:
        with pytest.raises(ValidationError) as got:
            load(content, memory)
        assert str(got.value) == str(exc)
    else:
        got_events = load(content, memory).events
        assert got_events == want.events
        assert [e.location for e in got_events] == [e.location for e in want.events]


_PIECES = ["- ", "\n- ", "\n", "-", " ", "a", "b: c", "\n  x"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.lists(st.sampled_from(_PIECES), max_size=4)),
                max_size=3))
def test_cutting_only_what_an_edit_changed_gives_the_cut_of_the_whole_text(start: list[str],
                                                                          edits: list[tuple[int, int, list[str]]]) -> None:
    """reread.recut reuses the last cut where the text is unchanged: its items, lines and
    digests must be exactly those of cutting the new text whole, whatever the edit
    (insertions, deletions and replacements anywhere, cut marks included)."""
    from timeline.store.reread import _items, recut

    old = "- " + "".join(start)
    new = old
    for at, drop, text in edits:  # replace `drop` characters at `at` by `text`
        at = min(at, len(new))
        new = new[:at] + "".join(text) + new[at + drop:]
    if not new.startswith("- "):
        new = "- " + new
    last = _items(old, markers=False)
    assert last is not None
    assert recut(new, last) == _items(new, markers=False)
