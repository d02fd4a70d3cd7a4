"""Incremental rebuilds: the events cache and page reuse give exactly the site a clean build gives.

Random edit sequences (titles, bodies, dates, tags, events added and removed,
files added, removed and renamed, a file broken then fixed) are applied one by
one; after each, the site rebuilt over the previous one with the cache is
compared byte for byte (``diff -r``) with a clean build, without cache, into
an empty folder.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from timeline.errors import ValidationError
from timeline.memory import BuildMemory
from timeline.pipeline import build
from timeline.store import cache as cache_module
from timeline.store import load_events
from timeline.store.cache import CACHE_DIR

WORDS = ["court", "vote", "deal", "talks", "ruling", "budget", "strike", "merger", "report", "launch"]


@pytest.fixture(autouse=True)
def own_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.delenv("TIMELINE_CACHE", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _event(rnd: random.Random, n: int) -> dict:
    event = {"id": f"e-{n:04d}", "date": f"{rnd.randint(1990, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
             "title": " ".join(rnd.choice(WORDS) for _ in range(4)).capitalize() + f" {n}",
             "body": " ".join(rnd.choice(WORDS) for _ in range(12)) + ("" if n % 3 else " **bold** text."),
             "tags": sorted(rnd.sample(WORDS, 2))}
    if n % 4 == 0:
        event["sources"] = [{"title": "Wire", "url": f"https://example.com/{n}", "publisher": "Example"}]
    return event


def _write(folder: Path, files: dict[str, list[dict]]) -> None:
    for name, events in files.items():
        (folder / name).write_text(yaml.safe_dump(events, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _diff(a: Path, b: Path) -> str:
    done = subprocess.run(["diff", "-r", str(a), str(b)], capture_output=True, text=True)
    return done.stdout + done.stderr


def _clean_build(content: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setenv("TIMELINE_CACHE", "off")
        build(content, out)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edit_sequences_rebuild_byte_identical_to_a_clean_build(tmp_path: Path, seed: int,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(seed)
    content = tmp_path / "content"
    events_dir = content / "events"
    events_dir.mkdir(parents=True)
    (content / "site.yaml").write_text("title: Edits\ntimezone: Europe/Paris\n", encoding="utf-8")
    counter = iter(range(10_000))
    files = {f"part-{i}.yaml": [_event(rnd, next(counter)) for _ in range(rnd.randint(3, 8))] for i in range(4)}
    _write(events_dir, files)
    out = tmp_path / "site"
    build(content, out)
    assert (tmp_path / CACHE_DIR).is_dir()
    for step in range(8):
        name = rnd.choice(sorted(files))
        events = files[name]
        kind = rnd.choice(["title", "body", "date", "tags", "add", "remove", "new-file", "drop-file", "rename"])
        if kind == "title" and events:
            rnd.choice(events)["title"] += " (edited)"
        elif kind == "body" and events:
            rnd.choice(events)["body"] = "A *new* body with a [link](https://example.org/x)."
        elif kind == "date" and events:
            rnd.choice(events)["date"] = f"{rnd.randint(1990, 2025)}-{rnd.randint(1, 12):02d}"
        elif kind == "tags" and events:
            rnd.choice(events)["tags"] = [rnd.choice(WORDS), "new tag"]
        elif kind == "add":
            events.insert(rnd.randint(0, len(events)), _event(rnd, next(counter)))
        elif kind == "remove" and len(events) > 1:
            events.pop(rnd.randrange(len(events)))
        elif kind == "new-file":
            files[f"new-{step}.yaml"] = [_event(rnd, next(counter)) for _ in range(2)]
        elif kind == "drop-file" and len(files) > 1:
            del files[name]
            (events_dir / name).unlink()
        elif kind == "rename":
            files[f"renamed-{step}.yaml"] = files.pop(name)
            (events_dir / name).unlink()
        _write(events_dir, files)
        build(content, out)
        clean = tmp_path / f"clean-{step}"
        _clean_build(content, clean, monkeypatch)
        assert _diff(out, clean) == "", f"step {step} ({kind})"
        shutil.rmtree(clean)
    # The cache keeps one entry per events file, no leftovers of renamed or deleted files.
    entries = [n for n in os.listdir(tmp_path / CACHE_DIR) if n.endswith(".events")]
    assert len(entries) == len(files)


def test_an_edit_parses_only_the_edited_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(5)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    _write(content / "events", {f"f{i}.yaml": [_event(rnd, i * 10 + j) for j in range(3)] for i in range(5)})
    assert len(load_events(content)) == 15
    parsed: list[str] = []
    import timeline.store.loader as loader

    real = loader._parse_file
    monkeypatch.setattr(loader, "_parse_file", lambda path, *a, **k: parsed.append(path.name) or real(path, *a, **k))
    assert len(load_events(content)) == 15
    assert parsed == []
    text = (content / "events" / "f3.yaml").read_text(encoding="utf-8")
    (content / "events" / "f3.yaml").write_text(text.replace("title: ", "title: Edited ", 1), encoding="utf-8")
    events = load_events(content)
    assert parsed == ["f3.yaml"]
    assert sum(e.title.startswith("Edited ") for e in events) == 1


def test_a_broken_file_is_reported_with_its_position_even_when_it_was_cached(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    path = content / "events" / "a.yaml"
    path.write_text("- date: 2020-01-02\n  title: Fine\n", encoding="utf-8")
    assert len(load_events(content)) == 1
    path.write_text("- date: 2020-01-02\n  title: Fine\n  staus: reviewed\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_events(content)
    assert f"{path}:3:3: unknown key 'staus' in event; did you mean 'status'?" in str(caught.value)


def _only_entry(tmp_path: Path) -> Path:
    [entry] = [p for p in (tmp_path / CACHE_DIR).iterdir() if p.suffix == ".events"]
    return entry


def test_an_entry_that_fails_its_mac_is_never_unpickled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: Real\n", encoding="utf-8")
    assert [e.title for e in load_events(content)] == ["Real"]
    entry = _only_entry(tmp_path)
    raw = entry.read_bytes()
    # A pickle that would run code, under the right key but without this user's secret.
    evil = b"cos\nsystem\n(S'touch " + str(tmp_path / "pwned").encode() + b"'\ntR."
    entry.write_bytes(b"\0" * 32 + raw[32:96] + evil)
    loads = []
    monkeypatch.setattr(cache_module.pickle, "loads", lambda data: loads.append(data))
    assert [e.title for e in load_events(content)] == ["Real"]
    assert loads == [] and not (tmp_path / "pwned").exists()


def test_another_users_cache_folder_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache made under another secret (copied from elsewhere) is a miss, whatever its keys."""
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: Mine\n", encoding="utf-8")
    load_events(content)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-user"))
    parsed = []
    import timeline.store.loader as loader

    real = loader._parse_file
    monkeypatch.setattr(loader, "_parse_file", lambda path, *a, **k: parsed.append(path.name) or real(path, *a, **k))
    assert [e.title for e in load_events(content)] == ["Mine"]
    assert parsed == ["a.yaml"]


def test_the_cache_is_safe_to_delete_and_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: One\n", encoding="utf-8")
    build(content, tmp_path / "site")
    shutil.rmtree(tmp_path / CACHE_DIR)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: Two\n", encoding="utf-8")
    build(content, tmp_path / "site")
    assert "Two" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    shutil.rmtree(tmp_path / CACHE_DIR)
    monkeypatch.setenv("TIMELINE_CACHE", "off")
    load_events(content)
    assert not (tmp_path / CACHE_DIR).exists()


def test_a_secret_others_can_read_turns_the_cache_off(tmp_path: Path) -> None:
    secret = tmp_path / "user-cache" / "timeline" / "cache-key"
    secret.parent.mkdir(parents=True)
    secret.write_bytes(os.urandom(32))
    secret.chmod(0o644)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: One\n", encoding="utf-8")
    load_events(content)
    assert not (tmp_path / CACHE_DIR).exists()


def test_a_cache_folder_that_is_a_link_is_left_alone(tmp_path: Path) -> None:
    """A project that ships ``.timeline-cache`` as a link (to a folder of someone's files) gets no cache:
    nothing is written there, and nothing there is removed."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.events").write_bytes(b"not ours")
    (tmp_path / CACHE_DIR).symlink_to(elsewhere)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: One\n", encoding="utf-8")
    assert [e.title for e in load_events(content)] == ["One"]
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.events"]


def test_an_entry_that_is_a_device_is_never_read(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "a.yaml").write_text("- date: 2020-01-02\n  title: One\n", encoding="utf-8")
    load_events(content)
    entry = _only_entry(tmp_path)
    entry.unlink()
    entry.symlink_to("/dev/zero")
    assert [e.title for e in load_events(content)] == ["One"]


def test_new_site_settings_derive_again_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A change of time zone changes every derived value, but no event: nothing is parsed, the site is
    what a clean build makes, and ``timeline check`` (which derives nothing) shares the entries."""
    rnd = random.Random(9)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Zones\ntimezone: UTC\n", encoding="utf-8")
    _write(content / "events", {f"f{i}.yaml": [_event(rnd, i * 10 + j) for j in range(3)] for i in range(3)})
    # A time written without a zone is in the site's zone: its instant, and so its derived
    # values, change with the site's settings.
    (content / "events" / "timed.yaml").write_text(
        "- id: late\n  date: 2020-05-01T23:30\n  title: Late in the day\n", encoding="utf-8")
    out = tmp_path / "site"
    build(content, out)
    import timeline.store.loader as loader

    parsed: list[str] = []
    real = loader._parse_file
    monkeypatch.setattr(loader, "_parse_file", lambda path, *a, **k: parsed.append(path.name) or real(path, *a, **k))
    (content / "site.yaml").write_text("title: Zones\ntimezone: Pacific/Auckland\n", encoding="utf-8")
    build(content, out)
    load_events(content)
    assert parsed == []
    _clean_build(content, tmp_path / "clean", monkeypatch)
    assert _diff(out, tmp_path / "clean") == ""
    parsed.clear()  # (the clean build parsed everything, without the cache)
    # The derived values the cache hands over are those of the new settings.
    from timeline.site.derive import derived_sort_key, event_deriver
    from timeline.store import load_timeline

    (content / "site.yaml").write_text("title: Zones\ntimezone: America/Los_Angeles\n", encoding="utf-8")
    load_timeline(content, derive=event_deriver, derived_key=derived_sort_key)  # stores them
    timeline = load_timeline(content, derive=event_deriver, derived_key=derived_sort_key)
    assert parsed == []
    fresh = event_deriver(timeline.site)
    assert timeline.derived == tuple(fresh(e) for e in timeline.events)


@pytest.mark.parametrize(("seed", "split"), [(4, False), (5, True), (6, True)])
def test_serve_rebuilds_reusing_kept_views_match_a_clean_build(tmp_path: Path, seed: int, split: bool,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """As ``timeline serve`` rebuilds: one process keeping parsed files and event views
    between builds; edits that keep an event's digest but move it (a neighbour's date),
    change its tags' slugs or the site's zone must still give a clean build's bytes.
    ``split``: small limits, so that the timeline is split by year and listings span
    pages (an event's listing page then depends on the events before it)."""
    from timeline.site import views

    if split:
        monkeypatch.setattr(views, "SPLIT_LIMIT", 6)
        monkeypatch.setattr(views, "PAGE_EVENTS", 2)
    memory = BuildMemory()
    rnd = random.Random(seed)
    content = tmp_path / "content"
    events_dir = content / "events"
    events_dir.mkdir(parents=True)
    site_yaml = content / "site.yaml"
    site_yaml.write_text("title: Edits\ntimezone: Europe/Paris\n", encoding="utf-8")
    counter = iter(range(10_000))
    years = (2000, 2001) if split else (1990, 2025)  # split: a few years of many events, on several pages

    def event() -> dict:
        e = _event(rnd, next(counter))
        e["date"] = f"{rnd.randint(*years)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        return e

    files = {f"part-{i}.yaml": [event() for _ in range(rnd.randint(3, 8))] for i in range(3)}
    _write(events_dir, files)
    out = tmp_path / "site"
    build(content, out, memory=memory)
    reused = 0
    for step in range(10):
        events = files[rnd.choice(sorted(files))]
        kind = rnd.choice(["title", "date", "tags", "slug", "add", "remove", "earliest", "zone"])
        if kind == "earliest":  # every later event moves up a place, some onto the page before
            _, name, first = min((e["date"], n, e) for n, evs in files.items() for e in evs if len(evs) > 1)
            files[name].remove(first)
        elif kind == "title":
            rnd.choice(events)["title"] += " (edited)"
        elif kind == "date":
            rnd.choice(events)["date"] = f"{rnd.randint(*years)}-{rnd.randint(1, 12):02d}-01"
        elif kind == "tags":
            rnd.choice(events)["tags"] = [rnd.choice(WORDS), "new tag"]
        elif kind == "slug":  # a tag whose slug collides with one in use: unique_slugs renames one of them
            rnd.choice(events)["tags"] = [rnd.choice(WORDS).capitalize()]
        elif kind == "add":
            events.insert(rnd.randint(0, len(events)), event())
        elif kind == "remove" and len(events) > 1:
            events.pop(rnd.randrange(len(events)))
        elif kind == "zone":
            site_yaml.write_text(f"title: Edits\ntimezone: {rnd.choice(['UTC', 'Asia/Tokyo', 'Europe/Paris'])}\n",
                                 encoding="utf-8")
        _write(events_dir, files)
        kept = dict(memory.views.by_digest)
        build(content, out, memory=memory)
        reused += sum(v is kept.get(d) for d, v in memory.views.by_digest.items())
        clean = tmp_path / f"clean-{step}"
        _clean_build(content, clean, monkeypatch)  # (keeps nothing: no memory)
        assert _diff(out, clean) == "", f"step {step} ({kind})"
        shutil.rmtree(clean)
    assert reused > 0  # the kept views were used, not only made again
