"""A build killed between any two of its file-system calls leaves the old site or the new one.

Unlike test_kill_build.py, which kills at random moments, this kills
a build at each of its changing calls in turn (:mod:`kill_points`), from several
starting states: no site yet, a live site alone, a live site with the one it
replaced set aside (reused as the next staging folder), and a serve process's
later build (its memory of the folders, files written in place). After every kill:

* the live folder hashes exactly as the old site or the new one;
* every file a manifest vouches for (the live one and the set-aside one: the next
  build keeps or links such files unread) holds the bytes of a page with that key;
* the next build, not killed, writes exactly the new site and leaves nothing beside
  it but the set-aside site.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_support import make_content, simple_events, tree_hashes
from kill_points import build_killed_at, without_exchange

from timeline.memory import BuildMemory
from timeline.pipeline import build
from timeline.site.output import MANIFEST, cleanup_leftovers, previous_folder

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked build")


@pytest.fixture(autouse=True)
def no_events_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_CACHE", "off")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, str]]]:
    """Three small contents, A, B and C (C shares some events with A, some with B, some its own),
    with each one's reference site's file hashes."""
    root = tmp_path_factory.mktemp("kill-points")
    a, b = simple_events(3, "Alpha"), simple_events(3, "Beta")
    c = [a[0], b[1], *simple_events(4, "Gamma")[2:]]
    contents = {
        "A": make_content(root / "A", a, site={"title": "Site A", "timezone": "UTC"}),
        "B": make_content(root / "B", b, site={"title": "Site B", "timezone": "UTC"}),
        "C": make_content(root / "C", c, site={"title": "Site A", "timezone": "UTC"}),
    }
    result = {}
    with pytest.MonkeyPatch.context() as env:  # (for these builds only: later tests of the run want the cache)
        env.setenv("TIMELINE_CACHE", "off")
        for name, content in contents.items():
            build(content, root / f"ref-{name}")
            result[name] = (content, tree_hashes(root / f"ref-{name}"))
    return result


def page_bytes(sites: dict[str, tuple[Path, dict[str, str]]], root: Path) -> dict[tuple[str, str], str]:
    """(path, page key) -> the file's hash, over every reference site."""
    known: dict[tuple[str, str], str] = {}
    for name, (_content, hashes) in sites.items():
        manifest = json.loads((root / f"ref-{name}" / MANIFEST).read_text(encoding="utf-8"))
        for path, key in manifest["files"].items():
            known[(path, key)] = hashes[path]
    return known


def vouched_files_hold_their_pages(folder: Path, known: dict[tuple[str, str], str]) -> list[str]:
    """The files a readable manifest in ``folder`` lists at their recorded size whose bytes are
    not those of a page with the recorded key: what a later build would trust wrongly."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    hashes = tree_hashes(folder)
    wrong = []
    for path, key in manifest["files"].items():
        p = folder / path
        if path in hashes and p.stat().st_size == manifest["sizes"].get(path) \
                and known.get((path, key), hashes[path]) != hashes[path]:
            wrong.append(path)
    return wrong


def kill_everywhere(tmp_path: Path, sites: dict[str, tuple[Path, dict[str, str]]], setup: list[str], target: str,
                    serve: bool = False, exchange: bool = True) -> int:
    """Build ``setup`` in turn, then ``target``, killed at its 1st changing call, then (from the same
    setup again) its 2nd, and so on until it finishes; check the live folder after each kill and
    the recovery by the next build. ``serve``: the builds run in one process with one memory, as
    ``timeline serve`` builds. ``exchange``: False to swap by two renames (see
    :func:`kill_points.without_exchange`): the live folder is missing between them, and the next
    build's first step (:func:`output.cleanup_leftovers`) must bring the old site back. The number
    of kill points."""
    known = page_bytes(sites, _ref_root(sites))
    n = 0
    while True:
        n += 1
        out = tmp_path / f"{n}" / "site"
        old = setup[-1] if setup else None

        if serve:
            finished = build_killed_at(n, *_serve_builds(sites, setup, target, out))
        else:
            for name in setup:
                build(sites[name][0], out)
            finished = build_killed_at(n, lambda out=out: build(sites[target][0], out),
                                       before=None if exchange else without_exchange)
        if not exchange and old is not None and not out.exists():
            cleanup_leftovers(out)
        now = tree_hashes(out) if out.is_dir() else None
        if old is None:
            assert now in (None, sites[target][1]), f"killed at call {n}: a partial first site"
        else:
            assert now in (sites[old][1], sites[target][1]), f"killed at call {n}: neither {old} nor {target}"
        for folder in (out, previous_folder(out)):
            assert vouched_files_hold_their_pages(folder, known) == [], f"killed at call {n}: {folder.name}"
        build(sites[target][0], out)
        assert tree_hashes(out) == sites[target][1], f"killed at call {n}: the next build"
        assert {p.name for p in out.parent.iterdir()} <= {"site", ".site.previous"}, f"killed at call {n}"
        if finished:
            return n


def _serve_builds(sites: dict[str, tuple[Path, dict[str, str]]], setup: list[str], target: str,
                  out: Path) -> tuple[Callable[[], None], Callable[[], None]]:
    """The build to kill and the builds before it, all with one :class:`BuildMemory` (run in one child)."""
    memory = BuildMemory()

    def before() -> None:
        for name in setup:
            build(sites[name][0], out, memory=memory)

    def run() -> None:
        build(sites[target][0], out, memory=memory)

    return run, before


def _ref_root(sites: dict[str, tuple[Path, dict[str, str]]]) -> Path:
    return sites["A"][0].parent.parent


STATES: list[tuple[list[str], str]] = [
    ([], "A"),  # no site yet
    (["A"], "B"),  # a live site alone: a fresh staging folder, unchanged files linked from the live site
    (["B", "A"], "B"),  # the set-aside site is the new one: kept whole
    (["B", "A"], "C"),  # three sites: pages kept, linked, rendered and pruned
    (["C", "B"], "A"),
]


@pytest.mark.parametrize(("setup", "target"), STATES, ids=["-".join([*s, t]) for s, t in STATES])
def test_a_build_killed_at_any_call_leaves_a_whole_site(tmp_path: Path, sites: dict[str, tuple[Path, dict[str, str]]],
                                                        setup: list[str], target: str) -> None:
    assert kill_everywhere(tmp_path, sites, setup, target) > 5


@pytest.mark.parametrize(("setup", "target"), [(["A", "B"], "C"), (["A", "C", "B"], "A")], ids=["A-B-C", "A-C-B-A"])
def test_a_serve_build_killed_at_any_call_leaves_a_whole_site(
        tmp_path: Path, sites: dict[str, tuple[Path, dict[str, str]]], setup: list[str], target: str) -> None:
    assert kill_everywhere(tmp_path, sites, setup, target, serve=True) > 5



@pytest.mark.parametrize(("setup", "target"), [(["A"], "B"), (["B", "A"], "C")], ids=["A-B", "B-A-C"])
def test_a_build_swapping_by_two_renames_killed_at_any_call_leaves_a_whole_site(
        tmp_path: Path, sites: dict[str, tuple[Path, dict[str, str]]], setup: list[str], target: str) -> None:
    assert kill_everywhere(tmp_path, sites, setup, target, exchange=False) > 5
