"""Build orchestration: atomic replacement, refusals, determinism, incremental reuse."""

from __future__ import annotations

import hashlib
import json
import os
import random
from pathlib import Path

import pytest
from fresh_interpreter import run_script
from test_site_support import event, write_content

from timeline.errors import TimelineError, ValidationError
from timeline.pipeline import build
from timeline.site import output
from timeline.site.pages import EventPage, Page

EVENTS = [event("a", "2025-07", "First", tags=["X"]), event("b", "2026-02-27", "Second", body="**Bold**")]


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    build(content, tmp_path / "one")
    build(content, tmp_path / "two")
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    assert "events/a.html" in _tree(tmp_path / "one")


def test_no_change_rebuild_reuses_every_file_and_a_change_rerenders_only_what_depends_on_it(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS + [event(f"e{i}", f"2024-0{i + 1}", f"E{i}") for i in range(5)])
    out = tmp_path / "site"
    first = build(content, out)
    assert first.reused == 0
    before = _tree(out)
    again = build(content, out)
    assert again.rendered == 0 and again.reused == again.files
    assert _tree(out) == before
    write_content(tmp_path, EVENTS + [event(f"e{i}", f"2024-0{i + 1}", f"E{i}" + ("!" if i == 2 else ""))
                                      for i in range(5)])
    changed = build(content, out)
    # e2's page, its neighbours (prev/next titles), index, tags, sources, exports, sitemap...
    assert 0 < changed.rendered < changed.files
    assert "E2!" in (out / "events" / "e2.html").read_text()
    assert "E2!" in (out / "events" / "e1.html").read_text()  # "Later: E2!" link


def test_failed_render_leaves_the_previous_site_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = write_content(tmp_path, EVENTS)
    out = tmp_path / "site"
    build(content, out)
    before = _tree(out)
    write_content(tmp_path, [*EVENTS, event("c", "2027", "Third")])
    calls = {"n": 0}
    real = Page.__init__

    def changed_init(self: Page, path: str, key: str | None, render: object, make_key: object = None) -> None:
        # A key no previous page had: every listing page is rendered again.
        real(self, path, f"changed {path}", render)  # type: ignore[arg-type]

    real_render = EventPage.render

    def failing_render(self: EventPage) -> bytes:
        if self.path == "events/c.html":  # the new event's page
            calls["n"] += 1
            raise RuntimeError("disk on fire")
        return real_render(self)

    monkeypatch.setattr(Page, "__init__", changed_init)
    monkeypatch.setattr(EventPage, "render", failing_render)
    with pytest.raises(RuntimeError, match="disk on fire"):
        build(content, out)
    assert calls["n"] == 1
    assert _tree(out) == before
    assert not list(tmp_path.glob("site.tmp-*")), "staging folder left behind"


def test_invalid_content_writes_nothing(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2026-02-30", "Impossible")])
    with pytest.raises(ValidationError):
        build(content, tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_leftover_staging_folders_from_killed_builds_are_removed(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    (tmp_path / "site.tmp-dead").mkdir()
    (tmp_path / "site.tmp-dead" / "half.html").write_text("x")
    build(content, tmp_path / "site")
    assert not (tmp_path / "site.tmp-dead").exists()


@pytest.mark.parametrize("where", ["content", "parent", "root", "home"])
def test_dangerous_output_folders_are_refused(tmp_path: Path, where: str) -> None:
    content = write_content(tmp_path, EVENTS)
    target = {"content": content, "parent": tmp_path, "root": Path("/"), "home": Path.home()}[where]
    with pytest.raises(TimelineError, match="refusing"):
        build(content, target)
    assert (content / "site.yaml").is_file()


def test_a_non_empty_folder_not_built_by_timeline_is_refused(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    precious = tmp_path / "docs"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    with pytest.raises(TimelineError, match="not built by timeline"):
        build(content, precious)
    assert (precious / "thesis.tex").read_text() == "years of work"


def test_swap_exchanges_folders(tmp_path: Path) -> None:
    new, live = tmp_path / "new", tmp_path / "live"
    new.mkdir()
    live.mkdir()
    (new / "v").write_text("2")
    (live / "v").write_text("1")
    output.swap_into_place(new, live)
    assert (live / "v").read_text() == "2" and (new / "v").read_text() == "1"


def test_user_templates_override_the_theme_by_name(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>Custom {{ site.title }}</h1>{% endblock %}')
    build(content, tmp_path / "site")
    assert "<h1>Custom Test timeline</h1>" in (tmp_path / "site" / "404.html").read_text()
    assert "First" in (tmp_path / "site" / "index.html").read_text()  # others still the default


def test_template_errors_name_the_template_and_keep_the_old_site(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    build(content, tmp_path / "site")
    before = _tree(tmp_path / "site")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "tags.html").write_text("{{ no_such_variable }}")
    with pytest.raises(TimelineError, match=r"tags\.html.*no_such_variable"):
        build(content, tmp_path / "site")
    assert _tree(tmp_path / "site") == before


def test_links_are_relative_and_drafts_need_the_flag(tmp_path: Path) -> None:
    content = write_content(tmp_path, [*EVENTS, event("d", "2025-08", "Draft one", draft=True)])
    out = tmp_path / "site"
    build(content, out, base_url="https://example.org/tl/")
    assert not (out / "events" / "d.html").exists()
    page = (out / "events" / "a.html").read_text()
    assert 'href="../static/timeline.css"' in page and 'href="../index.html#a"' in page
    assert '<link rel="canonical" href="https://example.org/tl/events/a.html">' in page
    import re
    for href in re.findall(r'<(?:a|script|link rel="stylesheet") (?:href|src)="([^"]+)"', (out / "index.html").read_text()):
        assert not href.startswith("/") and (not href.startswith("http") or "example.org" not in href)
    build(content, out, drafts=True)
    assert (out / "events" / "d.html").exists()


def test_full_disk_is_a_clear_error_and_keeps_the_old_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import timeline.pipeline as pipeline

    content = write_content(tmp_path, EVENTS)
    out = tmp_path / "site"
    build(content, out)
    before = _tree(out)
    write_content(tmp_path, [*EVENTS, event("c", "2027", "Third")])

    def no_space(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pipeline.os, "write", no_space)
    with pytest.raises(TimelineError, match="cannot write the site: No space left on device"):
        build(content, out)
    monkeypatch.undo()
    assert _tree(out) == before
    assert not list(tmp_path.glob("site.tmp-*"))


def test_two_builds_at_once_leave_one_whole_site(tmp_path: Path) -> None:
    import threading

    a = write_content(tmp_path / "a", [event(f"a{i}", "2025", f"A{i}") for i in range(30)])
    b = write_content(tmp_path / "b", [event(f"b{i}", "2026", f"B{i}") for i in range(30)])
    out = tmp_path / "site"
    errors: list[BaseException] = []

    def run(content: Path) -> None:
        try:
            build(content, out)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(c,)) for c in (a, b, a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    names = {p.name for p in (out / "events").iterdir()}
    assert names in ({f"a{i}.html" for i in range(30)}, {f"b{i}.html" for i in range(30)})
    assert not list(tmp_path.glob("site.tmp-*"))


# ------------------------------------------------ rebuilds with nothing to do
def _nothing_changed(content: Path, out: Path, **options: object) -> bool:
    """Build again; True if the build found nothing to do (the live folder was not swapped)."""
    said: list[str] = []
    before = out.stat().st_ino
    build(content, out, progress=said.append, **options)  # type: ignore[arg-type]
    skipped = "Nothing changed since the last build." in said
    assert skipped == (out.stat().st_ino == before), "skip message and folder swap disagree"
    return skipped


def test_a_rebuild_of_unchanged_inputs_writes_nothing_even_when_files_were_touched(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    out = tmp_path / "site"
    first = build(content, out)
    before = _tree(out)
    for p in content.rglob("*"):
        os.utime(p, ns=(1, 1))  # same bytes, new times (a git checkout, an editor's save-without-change)
    assert _nothing_changed(content, out)
    again = build(content, out)
    assert (again.events, again.files, again.rendered, again.reused) == (first.events, first.files, 0, first.files)
    assert _tree(out) == before
    assert not list(tmp_path.glob("site.tmp-*"))


@pytest.mark.parametrize("change", ["event", "site", "option", "drafts", "theme", "epoch", "new-file"])
def test_any_input_change_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    content = write_content(tmp_path, EVENTS)
    out = tmp_path / "site"
    build(content, out)
    options: dict[str, object] = {}
    if change == "event":
        write_content(tmp_path, [EVENTS[0], event("b", "2026-02-27", "Second, edited")])
    elif change == "site":
        (content / "site.yaml").write_text((content / "site.yaml").read_text().replace("Test timeline", "Renamed"))
    elif change == "option":
        options["base_url"] = "https://example.org/"
    elif change == "drafts":
        options["drafts"] = True
    elif change == "theme":
        (tmp_path / "templates").mkdir()
        (tmp_path / "templates" / "404.html").write_text("{% extends 'base.html' %}")
    elif change == "epoch":
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772236800")
    else:
        (content / "events" / "more.yaml").write_text("title: Third\ndate: 2027\n")
    assert not _nothing_changed(content, out, **options)
    assert _nothing_changed(content, out, **options)  # and then it is up to date again


def test_a_build_reads_the_theme_once_and_its_pages_follow_a_theme_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.site import keys, pages

    real, calls = keys.theme_fingerprint, []

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(keys, "theme_fingerprint", counted)
    monkeypatch.setattr(pages, "theme_fingerprint", counted)
    content = write_content(tmp_path, EVENTS)
    out = tmp_path / "site"
    build(content, out)
    assert len(calls) == 1  # the input digest, the site's key and the page keys share it
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "_entry.html").write_text("<li>{{ e.title }} (own)</li>")
    again = build(content, out)
    assert len(calls) == 2 and again.rendered > 0
    assert "First (own)" in (out / "index.html").read_text()


@pytest.mark.parametrize("damage", ["delete", "add", "resize", "symlink"])
def test_a_damaged_site_is_rebuilt_whole(tmp_path: Path, damage: str) -> None:
    content = write_content(tmp_path, EVENTS)
    out = tmp_path / "site"
    build(content, out)
    before = _tree(out)
    page = out / "events" / "a.html"
    if damage == "delete":
        page.unlink()
    elif damage == "add":
        (out / "stray.html").write_text("left behind")
    elif damage == "resize":
        page.write_text("defaced")
    else:
        page.unlink()
        page.symlink_to(out / "index.html")
    assert not _nothing_changed(content, out)
    assert _tree(out) == before


def test_the_manifest_is_deterministic_and_records_what_was_built(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    build(content, tmp_path / "one")
    build(content, tmp_path / "two")
    one = (tmp_path / "one" / output.MANIFEST).read_bytes()
    assert one == (tmp_path / "two" / output.MANIFEST).read_bytes()
    data = json.loads(one)
    assert data["events"] == 2 and len(data["digest"]) == 64
    assert data["sizes"]["events/a.html"] == (tmp_path / "one" / "events" / "a.html").stat().st_size



@pytest.mark.parametrize("data", [
    {"generator": "timeline", "input": "k", "files": {"b.html": "2", "a é\"/x.html": "1"}, "digest": None,
     "events": 3, "sizes": {"a é\"/x.html": 10, "b.html": 0}},
    {"generator": "timeline", "input": None, "files": {}, "digest": "d", "events": 0, "sizes": {}},
])
def test_the_manifest_text_is_json_with_one_file_a_line_in_the_order_given(data: dict) -> None:
    text = output.manifest_text(data)
    assert json.loads(text) == data
    assert list(json.loads(text)["files"]) == list(data["files"])  # page order kept, not re-sorted
    # Sorted input gives exactly what json writes with indent=0 (the format before this writer).
    ordered = {k: dict(sorted(v.items())) if isinstance(v, dict) else v for k, v in data.items()}
    assert output.manifest_text(ordered) == json.dumps(data, indent=0, sort_keys=True) + "\n"


@pytest.mark.parametrize("seed", range(6))
def test_manifest_lines_kept_from_the_last_manifest_give_the_text_made_from_scratch(seed: int) -> None:
    # (what ``timeline serve``'s builds keep: see output.ManifestLines)
    rnd = random.Random(seed)
    values: list[object] = [0, 1, True, False, "1", "0", "k", None, 1.0, 10**20, "é\"<"]
    paths = [f"p{i}.html" for i in range(12)]
    kept = output.ManifestLines()
    for step in range(40):
        if rnd.random() < 0.2:  # pages added, removed or moved
            rnd.shuffle(paths)
            paths = paths[:rnd.randint(0, 14)] + [f"n{step}-{i}.html" for i in range(rnd.randint(0, 2))]
        files = {p: rnd.choice(values) if rnd.random() < 0.1 else f"key-{rnd.randint(0, 3)}" for p in paths}
        sizes = {p: rnd.choice(values) if rnd.random() < 0.1 else rnd.randint(0, 3) for p in paths}
        data = {"generator": "timeline", "input": "k", "files": files, "digest": None, "events": 1, "sizes": sizes}
        assert output.manifest_text(data, kept) == output.manifest_text(data), f"step {step}"


# ------------------------------------------------------ two-process rendering
TWO_PROCESS_BUILD = r"""
from pathlib import Path
import timeline.pipeline as pipeline
import timeline.site.writer as writer
writer.PARALLEL_THRESHOLD = int(sys.argv[3])
writer.BATCH = 2
if len(sys.argv) > 4:  # make one event page fail, in whichever process renders it
    from timeline.site import render
    real_pages = render.pages
    def pages(*args, **kwargs):
        out = real_pages(*args, **kwargs)
        for page in out:
            if page.path == sys.argv[4]:
                page.key, page.render = "changed", lambda: (_ for _ in ()).throw(RuntimeError("disk on fire"))
        return out
    render.pages = pages
try:
    r = pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))
    report({"files": r.files, "rendered": r.rendered})
except Exception as exc:
    report({"error": str(exc)})
"""


def _build_in_fresh_interpreter(content: Path, out: Path, threshold: int, failing: str = "") -> dict:
    return run_script(TWO_PROCESS_BUILD, str(content), str(out), str(threshold), *([failing] if failing else []))


def test_two_processes_write_the_same_site_as_one(tmp_path: Path) -> None:
    events = [event(f"e{i:03d}", f"20{10 + i % 15}-0{1 + i % 9}", f"Event {i}", tags=[f"T{i % 4}"],
                    body=f"Body **{i}**") for i in range(60)]
    content = write_content(tmp_path, events)
    one = _build_in_fresh_interpreter(content, tmp_path / "one", 10**9)
    two = _build_in_fresh_interpreter(content, tmp_path / "two", 0)
    assert (one["forks"], two["forks"]) == (0, 1)
    assert one["files"] == two["files"] == one["rendered"] == two["rendered"]
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    assert len([p for p in _tree(tmp_path / "two") if p.startswith("events/")]) == 60


SHARED_PAGES_BUILD = r"""
from pathlib import Path
import time
import timeline.pipeline as pipeline
from timeline.site import render, writer
writer.PARALLEL_THRESHOLD = 0
writer.BATCH = 2
log = Path(sys.argv[3])
real_pages = render.pages
def pages(*args, **kwargs):
    out = real_pages(*args, **kwargs)
    for page in out:
        real = page.render
        if page.path.startswith("events/"):  # note which process rendered each event page
            def render_logged(real=real, path=page.path):
                with open(log, "a") as fh:
                    fh.write(f"{os.getpid()} {path}\n")
                return real()
            page.render = render_logged
        elif page.path == sys.argv[4]:  # whichever process takes this page is held up
            def slow(real=real):
                with open(log, "a") as fh:
                    fh.write(f"{os.getpid()} slow\n")
                time.sleep(1.5)
                return real()
            page.render = slow
    return out
render.pages = pages
pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))
report({"parent": os.getpid()})
"""


@pytest.mark.parametrize("slow", ["events.json", "index.html"])
def test_event_pages_are_shared_out_as_each_process_becomes_free(tmp_path: Path, slow: str) -> None:
    # Whichever process is held up by a slow export or listing, the other one must
    # render most of the event pages (a process that claimed every batch up front
    # would leave its peer idle).
    events = [event(f"e{i:03d}", f"2020-0{1 + i % 9}", f"Event {i}") for i in range(80)]
    content = write_content(tmp_path, events)
    log = tmp_path / "who.log"
    result = run_script(SHARED_PAGES_BUILD, str(content), str(tmp_path / "site"), str(log), slow)
    by_pid: dict[str, int] = {}
    slowed = []
    for line in log.read_text().splitlines():
        pid, what = line.split(" ", 1)
        if what == "slow":
            slowed.append(pid)
        else:
            by_pid[pid] = by_pid.get(pid, 0) + 1
    assert result["forks"] == 1 and sum(by_pid.values()) == 80 and len(slowed) == 1
    assert by_pid.get(slowed[0], 0) < 20, by_pid


@pytest.mark.parametrize("failing", ["events/e000.html", "events/e059.html", "events.json", "index.html"])
def test_a_failure_in_either_process_keeps_the_old_site(tmp_path: Path, failing: str) -> None:
    events = [event(f"e{i:03d}", f"2020-0{1 + i % 9}", f"Event {i}") for i in range(60)]
    content = write_content(tmp_path, events)
    out = tmp_path / "site"
    build(content, out)
    before = _tree(out)
    write_content(tmp_path, [*events, event("new", "2021", "New")])
    result = _build_in_fresh_interpreter(content, out, 0, failing)
    assert result["forks"] == 1 and "disk on fire" in result["error"]
    assert _tree(out) == before
    assert not list(tmp_path.glob("site.tmp-*"))


def test_library_versions_match_importlib_metadata() -> None:
    """The dist-info scan that keeps importlib.metadata out of start-up gives its answers."""
    from importlib import metadata

    from timeline.provenance import library_versions

    names = ("jinja2", "markdown", "markupsafe", "nh3", "pyyaml", "click")
    assert library_versions(names) == tuple(metadata.version(n) for n in names)


def test_a_build_does_not_import_importlib_metadata(tmp_path: Path) -> None:
    """importlib.metadata drags email, zipfile and socket into start-up (~0.08 s a build)."""
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: T\n", encoding="utf-8")
    (content / "events" / "a.yaml").write_text("date: 2026-02-27\ntitle: A\n", encoding="utf-8")
    found = run_script(
        "import sys\nfrom pathlib import Path\nfrom timeline import pipeline\n"
        "pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "report({'metadata': 'importlib.metadata' in sys.modules})",
        str(content), str(tmp_path / "site"))
    assert found["metadata"] is False


def test_editing_a_source_document_rebuilds_the_sources_page(tmp_path: Path) -> None:
    """The sources page lists the bundled documents by title: its key covers them."""
    article = "---\ntitle: {}\nurl: https://example.org/a\npublished: 2026-02-27\n---\nText.\n"
    content = write_content(tmp_path, [event("a", "2026", "A", sources=[{"url": "https://example.org/a"}])],
                            sources={"a.md": article.format("First title")})
    out = tmp_path / "site"
    build(content, out)
    assert "First title" in (out / "sources.html").read_text()
    (content / "sources" / "a.md").write_text(article.format("Second title"), encoding="utf-8")
    again = build(content, out)
    assert "Second title" in (out / "sources.html").read_text()
    assert again.rendered == 1  # the sources page, and nothing else depends on the document


#: Builds a small timeline in a fresh interpreter and reports whether jinja2 was imported.
_JINJA_SCRIPT = (
    "import sys\nfrom pathlib import Path\nfrom timeline import pipeline\nfrom timeline.site import views\n"
    "views.SPLIT_LIMIT = int(sys.argv[3])\n"
    "pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    "report({'jinja2': 'jinja2' in sys.modules})"
)


def test_a_default_theme_build_does_not_import_jinja2(tmp_path: Path) -> None:
    """Every packaged template has a Python mirror (timeline/site/fast_theme.py); importing
    jinja2 would cost 60-90 ms of the build's serial start-up for nothing."""
    content = write_content(tmp_path, [*EVENTS, event("c", "2026-03-01", "Third", tags=["Y"])])
    for split in ("100", "1"):  # the index as a list of every event, and as the overview of a split timeline
        site = tmp_path / f"site-{split}"
        assert run_script(_JINJA_SCRIPT, str(content), str(site), split)["jinja2"] is False
        assert ('id="_overview"' in (site / "index.html").read_text()) == (split == "1")
        assert "<h1>Tags</h1>" in (site / "tags.html").read_text()
        assert "<h1>Page not found</h1>" in (site / "404.html").read_text()


def test_a_user_template_brings_jinja2_in_and_is_used(tmp_path: Path) -> None:
    content = write_content(tmp_path, EVENTS)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "tags.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>My {{ tags|length }} tags</h1>{% endblock %}')
    found = run_script(_JINJA_SCRIPT, str(content), str(tmp_path / "site"), "100")
    assert found["jinja2"] is True
    assert "<h1>My 1 tags</h1>" in (tmp_path / "site" / "tags.html").read_text()
    assert "<h1>Tags</h1>" not in (tmp_path / "site" / "tags.html").read_text()


@pytest.mark.parametrize("name", ["event.html", "_entry.html", "tags.html", "404.html"])
def test_a_template_syntax_error_is_one_line_and_keeps_the_old_site(tmp_path: Path, name: str) -> None:
    """A broken user template fails the build through the CLI with its file and line, exit 1,
    whether it is compiled before writing (event.html, _entry.html) or when its page is."""
    from click.testing import CliRunner

    from timeline.cli import main

    content = write_content(tmp_path, EVENTS)
    build(content, tmp_path / "site")
    before = _tree(tmp_path / "site")
    (tmp_path / "templates").mkdir()
    broken = tmp_path / "templates" / name
    broken.write_text("<p>fine</p>\n{% if %}\n")
    result = CliRunner().invoke(main, ["build", "-q", "--content", str(content), "--output", str(tmp_path / "site")])
    assert result.exit_code == 1
    assert result.output == f"error: {broken}:2: template error: Expected an expression, got 'end of statement block'\n"
    assert _tree(tmp_path / "site") == before
