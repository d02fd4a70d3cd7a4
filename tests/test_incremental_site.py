"""A rebuild after any edit is the site a clean build writes, byte for byte, and does only the edit's work.

Seeded random edit sequences (titles, bodies, dates that move an event to
another year or listing page, tags, the sources an event cites, source
documents, events added and deleted, review status) are applied one at a time
to a timeline small enough to build in milliseconds but cut like a big one
(split by year, listings and search data in several pages, every export). After
each edit the site rebuilt over the previous one, with the cache, is compared
file by file with a clean build into an empty folder without any cache.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
import yaml

from timeline.memory import BuildMemory
from timeline.pipeline import build
from timeline.site import exports, pieces, search, views
from timeline.store.cache import CACHE_DIR

WORDS = ["court", "vote", "deal", "talks", "ruling", "budget", "strike", "merger", "report", "launch", "Ünïcode"]
OUTLETS = [("Wire", "https://example.com/wire"), ("Daily, \"Paper\"", "https://example.org/daily"),
           ("Radio; <b>news</b>", None)]


@pytest.fixture(autouse=True)
def small_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Own cache secret, a fixed build time, and page limits low enough that a few
    dozen events are split by year, paged, and searched from several parts."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.delenv("TIMELINE_CACHE", raising=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr(views, "PAGE_EVENTS", 6)
    monkeypatch.setattr(views, "SPLIT_LIMIT", 6)
    monkeypatch.setattr(views, "FULL_INDEX_LIMIT", 10)
    monkeypatch.setattr(search, "PART_EVENTS", 7)


def _event(rnd: random.Random, n: int) -> dict:
    event: dict = {"id": f"e-{n:04d}", "date": _date(rnd),
                   "title": " ".join(rnd.choice(WORDS) for _ in range(4)).capitalize() + f" {n}",
                   "body": " ".join(rnd.choice(WORDS) for _ in range(12)) + ("" if n % 3 else " **bold** & <i>x</i>."),
                   "tags": sorted(rnd.sample(WORDS, rnd.randint(0, 3)))}
    if n % 2 == 0:
        event["sources"] = [_source(rnd)]
    if n % 5 == 0:
        event["status"] = "extracted"
    return event


def _date(rnd: random.Random) -> str:
    year = rnd.randint(2019, 2024)
    kind = rnd.random()
    if kind < 0.15:
        return str(year)
    if kind < 0.35:
        return f"{year}-{rnd.randint(1, 12):02d}"
    if kind < 0.5:
        return f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:30-05:00"
    return f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def _source(rnd: random.Random) -> dict:
    title, url = rnd.choice(OUTLETS)
    source = {"title": title, "publisher": "Example", "quote": " ".join(rnd.choice(WORDS) for _ in range(5))}
    if url:
        source["url"] = f"{url}/{rnd.randint(1, 9)}"
    return source


def _write(content: Path, files: dict[str, list[dict]], documents: dict[str, str]) -> None:
    events = content / "events"
    for p in events.iterdir():
        if p.name not in files:
            p.unlink()
    for name, items in files.items():
        (events / name).write_text(yaml.safe_dump(items, sort_keys=False, allow_unicode=True), encoding="utf-8")
    sources = content / "sources"
    for p in sources.iterdir():
        if p.name not in documents:
            p.unlink()
    for name, text in documents.items():
        (sources / name).write_text(text, encoding="utf-8")


def _document(rnd: random.Random, n: int) -> str:
    title, url = rnd.choice(OUTLETS)
    url_line = f"url: {url}/{rnd.randint(1, 9)}\n" if url else ""
    return (f"---\ntitle: '{title.replace(chr(39), chr(39) * 2)} {n}'\n{url_line}publisher: Example\n"
            f"published: {rnd.randint(2019, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}\n---\n\nSome text {n}.\n")


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder (None), by path: what ``diff -r`` compares."""
    found: dict[str, bytes | None] = {}
    for folder, dirs, names in os.walk(root):
        for name in dirs:
            found[(Path(folder) / name).relative_to(root).as_posix() + "/"] = None
        for name in names:
            path = Path(folder) / name
            assert not path.is_symlink()
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def _clean_build(content: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setenv("TIMELINE_CACHE", "off")
        build(content, out)


def _edit(rnd: random.Random, files: dict[str, list[dict]], documents: dict[str, str], counter: list[int]) -> str:
    everything = [e for items in files.values() for e in items]
    kind = rnd.choice(["title", "title", "body", "date", "year", "tags", "source", "drop-source", "add", "delete",
                       "status", "document", "new-file"])
    target = rnd.choice(everything) if everything else None
    counter[0] += 1
    if kind == "add" or target is None:
        rnd.choice(list(files.values())).insert(0, _event(rnd, counter[0]))
    elif kind == "title":
        target["title"] = f"Edited {counter[0]}: " + target["title"]
    elif kind == "body":
        target["body"] = f"A *new* body {counter[0]}, with a [link](https://example.org/{counter[0]})."
    elif kind == "date":
        target["date"] = _date(rnd)
    elif kind == "year":  # to the far end of the timeline: another year, listing page and search part
        target["date"] = rnd.choice(["2017-01-02", "2026-12-30", "2018"])
    elif kind == "tags":
        target["tags"] = sorted({rnd.choice(WORDS), f"new tag {counter[0] % 3}"})
    elif kind == "source":
        target.setdefault("sources", []).append(_source(rnd))
    elif kind == "drop-source":
        target.pop("sources", None)
    elif kind == "delete" and len(everything) > 1:
        for items in files.values():
            if target in items:
                items.remove(target)
    elif kind == "status":
        target["status"] = "reviewed" if target.get("status") == "extracted" else "extracted"
    elif kind == "document":
        documents[f"doc-{counter[0] % 4}.md"] = _document(rnd, counter[0])
    elif kind == "new-file":
        files[f"new-{counter[0]}.yaml"] = [_event(rnd, counter[0] * 10 + k) for k in range(2)]
    return kind


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("base_url", ["", "https://example.org/tl/"])
def test_random_edits_rebuild_to_the_clean_build(tmp_path: Path, seed: int, base_url: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(seed)
    # Odd seeds as in ``timeline serve``: what a build makes is kept in memory for the next.
    memory = BuildMemory() if seed % 2 else None
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "sources").mkdir()
    (content / "site.yaml").write_text(f"title: Edits\ntimezone: America/New_York\nbase_url: '{base_url}'\n",
                                       encoding="utf-8")
    counter = [1000]
    files = {f"part-{i}.yaml": [_event(rnd, i * 100 + k) for k in range(rnd.randint(5, 9))] for i in range(3)}
    documents = {"doc-0.md": _document(rnd, 0)}
    _write(content, files, documents)
    out = tmp_path / "site"
    build(content, out, memory=memory)
    for step in range(10):
        kind = _edit(rnd, files, documents, counter)
        _write(content, files, documents)
        build(content, out, memory=memory)
        if memory is not None and step % 3:  # as serve does once the browser is told (not always yet)
            memory.settle()
        clean = tmp_path / f"clean-{step}"
        _clean_build(content, clean, monkeypatch)
        rebuilt, expected = _tree(out), _tree(clean)
        assert sorted(rebuilt) == sorted(expected), f"step {step} ({kind})"
        for path, data in expected.items():
            assert rebuilt[path] == data, f"step {step} ({kind}): {path} differs"
    if memory is not None:
        memory.settle()
    assert any(p.name == pieces.FOLDER for p in (tmp_path / CACHE_DIR).iterdir())


def _timeline(content: Path, n: int) -> None:
    rnd = random.Random(5)
    (content / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Pieces\nbase_url: https://example.org/\n", encoding="utf-8")
    items = [_event(rnd, k) for k in range(n)]
    (content / "events" / "all.yaml").write_text(yaml.safe_dump(items, sort_keys=False), encoding="utf-8")


def _retitle(content: Path, event_id: str, suffix: str) -> None:
    path = content / "events" / "all.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in items:
        if item["id"] == event_id:
            item["title"] += suffix
    path.write_text(yaml.safe_dump(items, sort_keys=False), encoding="utf-8")


def _count_pieces(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many events' pieces each export makes (the rest are copied from the live file)."""
    made = {"json": 0, "timelinejs": 0}

    def counted(name: str, real):
        def wrapper(*args, **kwargs):
            made[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(exports, "_event_json", counted("json", exports._event_json))
    monkeypatch.setattr(exports, "_timelinejs_event", counted("timelinejs", exports._timelinejs_event))
    return made


def test_an_edit_makes_only_the_edited_events_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 40)
    build(content, out)
    made = _count_pieces(monkeypatch)
    _retitle(content, "e-0017", " (edited)")
    build(content, out)
    assert made == {"json": 1, "timelinejs": 1}
    clean = tmp_path / "clean"
    _clean_build(content, clean, monkeypatch)
    assert _tree(out) == _tree(clean)


def test_two_sites_of_one_content_folder_each_keep_their_pieces(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A preview and a published build of the same content (two output folders) rebuilt in
    turn: each reuses its own export pieces, not the other's index (then all would be made)."""
    content, preview, published = tmp_path / "content", tmp_path / "preview", tmp_path / "published"
    _timeline(content, 40)
    build(content, preview)
    build(content, published)
    for n, out in enumerate([preview, published, preview, published]):
        _retitle(content, f"e-00{10 + n}", " (edited)")
        with monkeypatch.context() as m:
            made = _count_pieces(m)
            build(content, out)
        edits = 1 if n == 0 else 2  # since this site's last build
        assert made == {"json": edits, "timelinejs": edits}, out.name
    clean = tmp_path / "clean"
    _clean_build(content, clean, monkeypatch)
    assert _tree(published) == _tree(clean)


def test_an_index_that_does_not_describe_the_live_file_is_not_used(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 12)
    build(content, out)
    folder = tmp_path / CACHE_DIR / pieces.FOLDER
    # A forged index (signed with another secret), a live file grown by a hand edit,
    # a deleted index: each time every piece is made again, and the site is still right.
    for spoil in ("forge", "grow", "delete"):
        for entry in folder.iterdir():
            if spoil == "forge":
                raw = entry.read_bytes()
                entry.write_bytes(bytes(32) + raw[32:])
            elif spoil == "delete":
                entry.unlink()
        if spoil == "grow":
            with open(out / "events.json", "ab") as fh:
                fh.write(b" ")
        _retitle(content, "e-0003", f" ({spoil})")
        with monkeypatch.context() as m:
            made = _count_pieces(m)
            build(content, out)
        # (only events.json grew: timelinejs.json still takes the unchanged events' pieces)
        assert made == {"json": 12, "timelinejs": 1 if spoil == "grow" else 12}, spoil
        clean = tmp_path / f"clean-{spoil}"
        _clean_build(content, clean, monkeypatch)
        assert _tree(out) == _tree(clean), spoil


def test_serve_rebuilds_a_big_cached_timeline_in_its_own_process(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the events cache holds every file, an edit parses one file: ``timeline serve``
    rebuilds in its own process then, without a new interpreter's start-up."""
    import threading

    from timeline import cli, pipeline
    from timeline.site.serve import rebuild_in_new_process
    from timeline.store import loader

    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 12)
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 1)  # a big timeline
    fresh: list[Path] = []
    monkeypatch.setattr(pipeline, "build_in_fresh_process", lambda content_dir, *a, **k: fresh.append(content_dir))
    assert rebuild_in_new_process(content)  # nothing cached yet
    rebuild = cli.rebuilder(content, out, drafts=False, templates_dir=None)
    build(content, out)  # the first build
    assert not rebuild_in_new_process(content)
    _retitle(content, "e-0004", " (edited)")
    worker = threading.Thread(target=rebuild)
    worker.start()
    worker.join(60)
    assert fresh == []
    assert "(edited)" in (out / "events" / "e-0004.html").read_text(encoding="utf-8")
    (content / "events" / "more.yaml").write_text("- id: m\n  date: 2024\n  title: More\n", encoding="utf-8")
    assert rebuild_in_new_process(content)  # a file the cache has never seen


def test_entries_kept_in_memory_are_used_under_their_key_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.store import loader

    parse = loader._parse_file
    memory = BuildMemory()
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 12)
    (content / "events" / "more.yaml").write_text("- id: m\n  date: 2024\n  title: More\n", encoding="utf-8")
    build(content, out, memory=memory)
    for entry in (tmp_path / CACHE_DIR).glob("*.events"):
        entry.unlink()  # from now on only memory holds all.yaml's parsed events
    (content / "events" / "more.yaml").write_text("- id: m\n  date: 2024\n  title: Less\n", encoding="utf-8")
    with monkeypatch.context() as m:
        # all.yaml is not parsed (only memory has its events), more.yaml is
        m.setattr(loader, "_parse_file", lambda path, *a: ([], []) if path.name == "all.yaml" else parse(path, *a))
        build(content, out, memory=memory)
    assert "Less" in (out / "events" / "m.html").read_text(encoding="utf-8")
    assert (out / "events" / "e-0011.html").is_file()
    clean = tmp_path / "clean"
    _clean_build(content, clean, monkeypatch)
    assert _tree(out) == _tree(clean)


@pytest.mark.parametrize("remembering", [False, True])
def test_the_replaced_site_is_brought_up_to_date_whatever_was_done_to_it(tmp_path: Path, remembering: bool,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The site a build replaced is kept beside the output and becomes the next build's
    staging folder; files changed in size, extra files and folders, and links in it are
    all undone or make the build start from a fresh folder. ``remembering``: as in
    ``timeline serve``, whose builds keep what they left (then a file changed in place,
    here one the edit rewrites anyway, is not looked at; anything added, removed or
    linked is seen by its folder's time)."""
    from timeline.site import output

    memory = BuildMemory() if remembering else None
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 30)
    build(content, out, memory=memory)
    _retitle(content, "e-0001", " (1)")
    build(content, out, memory=memory)
    assert memory is None or memory.output is not None  # the next build starts from what this one left
    previous = output.previous_folder(out)
    assert (previous / "index.html").is_file()
    spoils = {
        "grown": lambda: (previous / "index.html").write_bytes((previous / "index.html").read_bytes() + b"x"),
        "extra": lambda: ((previous / "junk").mkdir(), (previous / "junk" / "x.html").write_text("x")),
        "link": lambda: ((previous / "events" / "e-0005.html").unlink(),
                         (previous / "events" / "e-0005.html").symlink_to(tmp_path / "elsewhere.html")),
        "no manifest": lambda: (previous / output.MANIFEST).unlink(),
        "missing": lambda: (previous / "feed.xml").unlink(),
    }
    (tmp_path / "elsewhere.html").write_text("not ours", encoding="utf-8")
    for n, (name, spoil) in enumerate(spoils.items()):
        spoil()
        _retitle(content, "e-0002", f" ({n})")
        build(content, out, memory=memory)
        clean = tmp_path / f"clean-{n}"
        _clean_build(content, clean, monkeypatch)
        assert _tree(out) == _tree(clean), name
        assert (tmp_path / "elsewhere.html").read_text(encoding="utf-8") == "not ours"


def test_an_edit_rewrites_only_the_pages_it_changes(tmp_path: Path) -> None:
    from timeline.site import output

    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 30)
    build(content, out)
    _retitle(content, "e-0001", " (1)")
    build(content, out)  # the first site is now beside the output, one edit behind
    inodes = {p: p.stat().st_ino for p in output.previous_folder(out).rglob("*.html")}
    _retitle(content, "e-0002", " (2)")
    result = build(content, out)
    assert result.rendered < 30
    rewritten = [p for p in out.rglob("*.html")
                 if inodes.get(output.previous_folder(out) / p.relative_to(out)) != p.stat().st_ino]
    assert out / "events" / "e-0002.html" in rewritten and out / "events" / "e-0001.html" in rewritten
    # Written now, or linked from the live site (changed by the edit before): the rest stayed in place.
    assert len(rewritten) <= 2 * result.rendered
    assert len(list(out.rglob("*.html"))) - len(rewritten) >= 25


def test_a_live_file_changed_by_hand_is_written_again_not_linked(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 30)
    build(content, out)
    _retitle(content, "e-0001", " (1)")
    build(content, out)
    _retitle(content, "e-0010", " (10)")
    build(content, out)  # e-0010's page is now newer in the live site than beside it
    page = out / "events" / "e-0010.html"
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<script>hand edit</script></body>"))
    _retitle(content, "e-0020", " (20)")
    build(content, out)
    assert b"hand edit" not in page.read_bytes()
    clean = tmp_path / "clean"
    _clean_build(content, clean, monkeypatch)
    assert _tree(out) == _tree(clean)


def test_an_edit_is_written_by_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second writer process pays for its fork only when many pages are rendered."""
    from timeline.parallel import can_fork
    from timeline.site import writer

    monkeypatch.setattr(writer, "PARALLEL_THRESHOLD", 30)
    forks: list[int] = []
    real = writer.fork_map
    monkeypatch.setattr(writer, "fork_map", lambda *a, **k: forks.append(1) or real(*a, **k))
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 40)
    build(content, out)
    assert forks == ([1] if can_fork() else [])
    for n in range(2):  # the second time, the replaced site is brought up to date
        forks.clear()
        _retitle(content, "e-0005", f" ({n})")
        build(content, out)
    assert forks == []
    clean = tmp_path / "clean"
    _clean_build(content, clean, monkeypatch)
    assert _tree(out) == _tree(clean)


def test_a_build_killed_while_it_updates_the_replaced_site_leaves_nothing_trusted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page rewritten at the same size by a build that never finished is not taken for the old one."""
    import shutil

    from timeline.site import writer

    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 20)
    _retitle(content, "e-0003", " (x)")
    build(content, out)
    _retitle(content, "e-0001", " (1)")
    build(content, out)  # the site of the first build is kept beside the output
    path = content / "events" / "all.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(" (x)", " (y)"), encoding="utf-8")
    real = writer._write_file

    def killed(target: str, data: object) -> int:
        size = real(target, data)  # type: ignore[arg-type]
        if target.endswith("e-0003.html"):
            raise KeyboardInterrupt  # the build stops here, the page written at its old size
        return size

    with monkeypatch.context() as m:
        m.setattr(writer, "_write_file", killed)
        m.setattr(shutil, "rmtree", lambda *a, **k: None)  # as if killed: nothing cleaned up
        with pytest.raises(KeyboardInterrupt):
            build(content, out)
    path.write_text(path.read_text(encoding="utf-8").replace(" (y)", " (x)"), encoding="utf-8")
    _retitle(content, "e-0015", " (15)")  # (else nothing changed since the live site, and nothing is built)
    build(content, out)  # e-0003's page is as the kept site's manifest had it: " (x)"
    assert b" (x)" in (out / "events" / "e-0003.html").read_bytes()
    clean = tmp_path / "clean"
    _clean_build(content, clean, monkeypatch)
    assert _tree(out) == _tree(clean)


def test_serve_writes_its_caches_on_disk_once_the_site_is_live(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A build with memory keeps its cache entries and piece indexes in memory and defers
    writing them (what only other processes' builds need) until serve settles."""
    from timeline.store import loader

    memory = BuildMemory()
    content, out = tmp_path / "content", tmp_path / "site"
    _timeline(content, 12)
    build(content, out, memory=memory)
    assert memory.deferred
    assert not list((tmp_path / CACHE_DIR).glob("*.events"))
    memory.settle()
    assert not memory.deferred and list((tmp_path / CACHE_DIR).glob("*.events"))
    with monkeypatch.context() as m:  # a build in another process now parses nothing
        m.setattr(loader, "_parse_file", lambda *a: pytest.fail("parsed again"))
        build(content, tmp_path / "published")
    assert _tree(tmp_path / "published") == _tree(out)


def _built_before(tmp_path: Path, seed: int, events: int) -> tuple[Path, dict[str, list[dict]], Path]:
    """A content folder of one events file, and its site built without a memory, as `timeline
    build` leaves it before serve starts: (content, its files, the site)."""
    rnd = random.Random(seed)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "sources").mkdir()
    files = {"part-0.yaml": [_event(rnd, k) for k in range(events)]}
    _write(content, files, {})
    out = tmp_path / "site"
    build(content, out)
    return content, files, out


def test_serve_fills_its_memory_even_when_nothing_changed_since_the_last_build(tmp_path: Path) -> None:
    # `timeline serve` on a folder built before: its first build finds nothing to do, but must
    # still fill its memory, or the first edit would read and prepare every event anew.
    content, _files, out = _built_before(tmp_path, seed=5, events=6)
    before = _tree(out)
    memory = BuildMemory()
    build(content, out, memory=memory)
    assert not memory.is_empty and memory.files and memory.output is not None
    assert _tree(out) == before  # the same site, rebuilt from what was there
    again = BuildMemory()
    again.views = memory.views  # a memory already filled: nothing changed, nothing done
    assert build(content, out, memory=again).rendered == 0 and again.output is None


@pytest.mark.parametrize("planted", ["nothing", "file", "empty folder", "resized page"])
def test_serve_on_a_site_built_before_walks_it_once(tmp_path: Path, planted: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Serve's first build on a site another process built walks it to check it; when it held
    exactly its manifest's files, the first edit brings it up to date without walking it again.
    Anything else in it (a stray file or folder, a page of another size) and it is walked,
    and every build still equals a clean one."""
    from timeline.site import output

    content, files, out = _built_before(tmp_path, seed=11, events=8)
    if planted == "file":
        (out / "stray.txt").write_text("not the tool's", encoding="utf-8")
    elif planted == "empty folder":
        (out / "stray").mkdir()
    elif planted == "resized page":
        page = next((out / "events").iterdir())
        page.write_bytes(page.read_bytes() + b"\n")
    memory = BuildMemory()
    build(content, out, memory=memory)
    memory.settle()
    walked: list[Path] = []
    real = output.file_sizes

    def counted(root: Path, folders: set[str] | None = None) -> dict[str, int]:
        walked.append(root)
        return real(root, folders)

    monkeypatch.setattr(output, "file_sizes", counted)
    for step in range(3):
        files["part-0.yaml"][step]["title"] += f" (edit {step})"
        _write(content, files, {})
        build(content, out, memory=memory)
        memory.settle()
        clean = tmp_path / f"clean-{step}"
        _clean_build(content, clean, monkeypatch)
        assert _tree(out) == _tree(clean), f"{planted}, edit {step}"
    if planted == "nothing":
        assert walked == []
    else:  # the site serve replaced first held more than its manifest: walked by the first edit
        assert walked and walked[0].name == output.previous_folder(out).name
