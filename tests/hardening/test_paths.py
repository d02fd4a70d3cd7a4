"""Hostile names never write outside the output folder nor overwrite each other.

Ids are the only content that names an event page, tags name tag pages, and
the output folder itself is replaced on every build: each is attacked with
traversal, absolute paths, Windows device names, very long names, Unicode
look-alikes and case collisions. Every test snapshots the whole temporary
tree before and after, so a stray write anywhere is caught, not just one in
an expected place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hardening_support import files_under, make_content, tag_pages, tree_hashes, write_yaml

from timeline.errors import TimelineError, ValidationError
from timeline.pipeline import build

HOSTILE_NAMES = [
    "../../etc/passwd", "../outside", "..", ".", "/etc/passwd", "/tmp/x", "C:\\Windows\\win.ini",
    "\\\\server\\share", "events/../../x", "a/b", "a\\b", "con", "CON", "nul", "NUL.txt", "aux", "prn",
    "com1", "lpt9", "Con.html", "x" * 300, "-leading-hyphen", "trailing.", "Apple", "аpple",  # Cyrillic а
    "ａｐｐｌｅ", "apple\u200b", "e\u0301", "%2e%2e%2fetc", "index", "tags", "static", "\x00null",
    "name with spaces", "ß", "İ", "ﬁle",
]


def snapshot(root: Path) -> set[str]:
    """Every file under ``root`` but the events cache beside the content folder: the one
    thing a build writes outside its output, by design (tests/test_incremental.py)."""
    return {p for p in files_under(root) if p.split("/", 1)[0] != ".timeline-cache"}


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_hostile_explicit_id_is_refused_or_stays_inside(tmp_path: Path, name: str) -> None:
    content = make_content(tmp_path, [{"id": name, "date": "2020-01-01", "title": "t"}])
    out = tmp_path / "out" / "site"
    before = snapshot(tmp_path)
    try:
        build(content, out)
    except ValidationError as exc:
        assert len(exc.errors) == 1
        err = exc.errors[0]
        assert err.path and err.path.endswith("events.yaml") and err.line == 3, str(err)
        assert "id" in err.message
        assert snapshot(tmp_path) == before  # nothing written anywhere
        return
    # Accepted: then the only new files are under the output folder, and the
    # event page sits directly in events/.
    new = snapshot(tmp_path) - before
    assert all(p == "out" or p.startswith("out/") for p in new), sorted(new)[:5]
    assert (out / "events" / f"{name}.html").is_file()


@pytest.mark.parametrize("title", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_derived_ids_from_hostile_titles_stay_inside(tmp_path: Path, title: str) -> None:
    if not title.strip("\x00").strip():
        pytest.skip("empty title is a different error")
    content = make_content(tmp_path, [{"date": "2020-01-01", "title": title}])
    out = tmp_path / "out" / "site"
    before = snapshot(tmp_path)
    build(content, out)
    new = snapshot(tmp_path) - before
    assert all(p == "out" or p.startswith("out/") for p in new), sorted(new)[:5]
    pages = list((out / "events").iterdir())
    assert len(pages) == 1
    stem = pages[0].name.removesuffix(".html")
    assert stem.isascii() and stem == stem.lower() and "/" not in stem and ".." not in stem
    assert stem.split(".")[0] not in {"con", "nul", "aux", "prn", "com1", "lpt9"}


def test_hostile_tags_get_distinct_pages_inside_the_output(tmp_path: Path) -> None:
    """Every distinct tag gets its own page listing exactly its events; none overwrites another."""
    tags = [t for t in HOSTILE_NAMES if t.strip("\x00").strip()] + ["C", "c", "C++", "c#", "C#", "日本", "中文"]
    events = [{"id": f"e{i}", "date": "2020-01-01", "title": f"title {i}", "tags": [t]}
              for i, t in enumerate(tags)]
    content = make_content(tmp_path, events)
    out = tmp_path / "out" / "site"
    before = snapshot(tmp_path)
    build(content, out)
    new = snapshot(tmp_path) - before
    assert all(p == "out" or p.startswith("out/") for p in new)
    pages = tag_pages(out)
    distinct = {t.strip() for t in tags}
    assert len(pages) == len(distinct)
    # Case-insensitive file systems: no two names may differ only by case.
    assert len({p.name.casefold() for p in pages}) == len(pages)
    # Each event is linked from exactly one tag page, so no page replaced another.
    linked = {}
    for p in pages:
        text = p.read_text(encoding="utf-8")
        for i in range(len(tags)):
            if f'events/e{i}.html"' in text:
                linked.setdefault(i, []).append(p.name)
    assert sorted(linked) == list(range(len(tags)))
    assert all(len(v) == 1 for v in linked.values())


def test_ids_differing_only_by_case_or_lookalike_collide_loudly(tmp_path: Path) -> None:
    # Titles derive ids; two titles that fold to the same id are reported, not merged.
    events = [{"date": "2020-01-01", "title": "Apple"}, {"date": "2020-01-01", "title": "APPLE"},
              {"date": "2020-01-01", "title": "Ａｐｐｌｅ"}]
    content = make_content(tmp_path, events)
    with pytest.raises(ValidationError) as info:
        build(content, tmp_path / "site")
    assert sum("duplicate id" in e.message for e in info.value.errors) == 2
    assert not (tmp_path / "site").exists()


def test_very_long_title_and_tag_make_short_file_names(tmp_path: Path) -> None:
    long = "word " * 2000
    content = make_content(tmp_path, [{"date": "2020-01-01", "title": long, "tags": [long, long + "x"]}])
    out = tmp_path / "site"
    build(content, out)
    for p in out.rglob("*"):
        assert len(p.name.encode()) <= 255
    assert len(tag_pages(out)) == 2


# ----------------------------------------------------------------- output folder
@pytest.mark.parametrize("where", ["content", "parent", "root", "home", "templates"])
def test_output_folder_that_would_destroy_something_is_refused(tmp_path: Path, where: str) -> None:
    content = make_content(tmp_path / "project", [{"date": "2020", "title": "t"}])
    templates = tmp_path / "project" / "templates"
    templates.mkdir()
    (templates / "base.html").write_text((Path(__file__).parents[2] / "templates" / "base.html").read_text())
    out = {"content": content, "parent": content.parent, "root": Path("/"), "home": Path.home(),
           "templates": templates}[where]
    before = tree_hashes(tmp_path)
    with pytest.raises(TimelineError, match="refusing"):
        build(content, out)
    assert tree_hashes(tmp_path) == before


def test_output_inside_a_symlink_or_foreign_folder_is_refused(tmp_path: Path) -> None:
    content = make_content(tmp_path, [{"date": "2020", "title": "t"}])
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    with pytest.raises(TimelineError, match="not built by timeline"):
        build(content, precious)
    link = tmp_path / "link"
    link.symlink_to(precious, target_is_directory=True)
    with pytest.raises(TimelineError):
        build(content, link)
    assert (precious / "thesis.txt").read_text() == "years of work"
    assert sorted(os.listdir(precious)) == ["thesis.txt"]


# -------------------------------------------------------------------- symlinks
def outside_secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret"
    secret.mkdir()
    write_yaml(secret / "leak.yaml", [{"date": "2020", "title": "SECRET-TITLE"}])
    (secret / "leak.md").write_text("---\ntitle: SECRET-TITLE\n---\nSECRET-BODY\n")
    write_yaml(secret / "site.yaml", {"title": "SECRET-TITLE"})
    return secret


@pytest.mark.parametrize("kind", ["events file", "events folder", "nested events folder", "source file",
                                  "sources folder", "events root folder", "site.yaml"])
def test_symlink_leaving_content_is_refused_with_a_clear_message(tmp_path: Path, kind: str) -> None:
    secret = outside_secret(tmp_path)
    content = make_content(tmp_path / "project", [{"date": "2020", "title": "ok"}])
    links: dict[str, Any] = {
        "events file": (content / "events" / "leak.yaml", secret / "leak.yaml"),
        "events folder": (content / "events" / "linked", secret),
        "nested events folder": (content / "events" / "a" / "b" / "linked", secret),
        "source file": (content / "sources" / "leak.md", secret / "leak.md"),
        "sources folder": (content / "sources", secret),
        "events root folder": (content / "events", secret),
        "site.yaml": (content / "site.yaml", secret / "site.yaml"),
    }
    link, target = links[kind]
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_dir() and not link.is_symlink():
        import shutil

        shutil.rmtree(link)
    elif link.exists():
        link.unlink()
    link.symlink_to(target)
    out = tmp_path / "site"
    with pytest.raises(TimelineError) as info:
        build(content, out)
    text = str(info.value) if not isinstance(info.value, ValidationError) else \
        "\n".join(str(e) for e in info.value.errors)
    assert "symlink" in text and "outside the content folder" in text, text
    assert str(link) in text, text
    assert not out.exists()


def test_symlink_inside_content_still_works(tmp_path: Path) -> None:
    content = make_content(tmp_path, [{"id": "real", "date": "2020", "title": "inside"}])
    (content / "events" / "alias").symlink_to(content / "events" / "events.yaml")
    out = tmp_path / "site"
    build(content, out)
    assert (out / "events" / "real.html").is_file()


# ------------------------------------------------------------ relative media URLs
def test_relative_media_url_cannot_reach_above_the_site(tmp_path: Path) -> None:
    """A local image path climbing out of the site would load a file from the reader's disk (file://)."""
    content = make_content(tmp_path, [{"id": "a", "date": "2020", "title": "t",
                                       "media": [{"url": "../../../../etc/hostname", "alt": "x"}],
                                       "body": "![x](../../../../etc/hostname)"}])
    out = tmp_path / "site"
    try:
        build(content, out)
    except ValidationError:
        return
    page = (out / "events" / "a.html").read_text(encoding="utf-8")
    import re

    for src in re.findall(r'<img[^>]*src="([^"]*)"', page):
        resolved = (out / "events" / src).resolve()
        assert resolved.is_relative_to(out.resolve()), f"image {src!r} resolves outside the site: {resolved}"


def test_built_site_is_readable_by_a_web_server(tmp_path: Path) -> None:
    """The live folder comes from mkdtemp (mode 0700); a web server running as another user needs 0755."""
    content = make_content(tmp_path, [{"id": "a", "date": "2020", "title": "t"}])
    out = tmp_path / "site"
    old = os.umask(0o022)
    try:
        build(content, out)
    finally:
        os.umask(old)
    modes = {p.relative_to(tmp_path).as_posix(): p.stat().st_mode & 0o777 for p in [out, *out.rglob("*")]}
    assert modes["site"] == 0o755, oct(modes["site"])
    assert all(m & 0o444 == 0o444 for m in modes.values()), {k: oct(v) for k, v in modes.items()}


# ----------------------------------------------------------- extraction targets
SOURCE_NAMES = ["con.md", "NUL.txt", "aux.md", "lpt1.md", "..md", "...txt", "-.md", "日本.md", "A.md", "a.md",
                " .md", "x" * 250 + ".md", "events.md", ".hidden.md"]


def test_extract_writes_only_safe_events_files(tmp_path: Path) -> None:
    """Hostile source file names map to distinct, portable events files under content/events/."""
    import subprocess
    import sys

    project = tmp_path / "project"
    (project / "content" / "events").mkdir(parents=True)
    sources = project / "in"
    sources.mkdir()
    for i, name in enumerate(SOURCE_NAMES):
        (sources / name).write_text(f"---\ntitle: S{i}\npublished: 2026-02-27\n---\n"
                                    f"The agency signed contract number {i} on Feb. 23, 2026.\n", encoding="utf-8")
    before = snapshot(tmp_path)
    results = {}
    for name in SOURCE_NAMES:
        r = subprocess.run([sys.executable, "-m", "timeline", "extract", str(sources / name), "--content", "content"],
                           cwd=project, capture_output=True, text=True, timeout=120)
        results[name] = r
        assert "Traceback" not in r.stderr, r.stderr[-1500:]
    new = snapshot(tmp_path) - before
    schema = {"project/content/.timeline", "project/content/.timeline/event.schema.json"}  # for editors
    assert all(p.startswith("project/content/events") or p in schema for p in new), sorted(new)
    written = sorted((project / "content" / "events").glob("*.yaml"))
    for p in written:
        stem = p.stem
        assert stem.isascii() and stem == stem.lower() and len(p.name.encode()) <= 255, p.name
        assert stem.split(".")[0] not in {"con", "nul", "aux", "prn", "lpt1", "com1"}, p.name
    assert written and all(r.returncode in (0, 1) for r in results.values())
