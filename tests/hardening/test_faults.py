"""Faults while writing the site: full disk, read-only disk, short writes, two builds at once.

The promise under test: a failed build says so in one line (no traceback)
and leaves the previous site exactly as it was, byte for byte, with no
temporary folders left behind. Real faults are used where the machine
allows it (a 256 KB tmpfs and a read-only mount need root); the same faults
are also injected by patching ``os`` so the tests run everywhere.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hardening_support import make_content, simple_events, tree_hashes

import timeline.site.output
from timeline.errors import TimelineError
from timeline.pipeline import build


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr  # one line, after any progress output
    for w in words:
        assert w in result.stderr, result.stderr


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f"{out.name}.tmp-"))


@pytest.fixture
def two_contents(tmp_path: Path) -> tuple[Path, Path]:
    small = make_content(tmp_path / "small", simple_events(5, "Small"))
    big = make_content(tmp_path / "big", simple_events(400, "Big"))
    return small, big


def _mount(target: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return r.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    if not _mount(disk, "size=256k"):
        pytest.skip("mounting a tmpfs needs root; test_enospc_injected covers the same fault")
    try:
        yield disk
    finally:
        _umount(disk)


# ------------------------------------------------------------------ full disk
def test_full_disk_keeps_the_old_site_and_says_so(tiny_disk: Path, two_contents: tuple[Path, Path]) -> None:
    small, big = two_contents
    out = tiny_disk / "site"
    build(small, out)
    before = tree_hashes(out)
    result = cli("build", "--content", str(big), "--output", str(out), cwd=tiny_disk.parent)
    assert_one_line_error(result, "space")
    assert tree_hashes(out) == before
    assert leftovers(out) == []


class Faulty:
    """``os.write`` that fails with ``code`` (or writes short) after ``after`` calls."""

    def __init__(self, code: int | None, after: int, short: bool = False) -> None:
        self.real = os.write
        self.code, self.after, self.short, self.calls = code, after, short, 0

    def __call__(self, fd: int, data: bytes | memoryview) -> int:
        self.calls += 1
        if self.calls > self.after:
            if self.short and len(data) > 64:
                return self.real(fd, bytes(data[: len(data) // 2]))
            if self.code is not None:
                raise OSError(self.code, os.strerror(self.code))
        return self.real(fd, data)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EIO])
def test_enospc_injected(tmp_path: Path, two_contents: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
                         code: int) -> None:
    small, big = two_contents
    out = tmp_path / "site"
    build(small, out)
    before = tree_hashes(out)
    monkeypatch.setattr(os, "write", Faulty(code, after=20))
    with pytest.raises(TimelineError) as info:
        build(big, out)
    monkeypatch.undo()
    assert os.strerror(code) in str(info.value)
    assert tree_hashes(out) == before
    assert leftovers(out) == []


def test_injected_fault_never_leaves_a_mix(tmp_path: Path, two_contents: tuple[Path, Path],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the error type, the live folder is untouched (the error wording is the test above)."""
    small, big = two_contents
    out = tmp_path / "site"
    build(small, out)
    before = tree_hashes(out)
    for after in (0, 1, 50, 300):
        monkeypatch.setattr(os, "write", Faulty(errno.ENOSPC, after=after))
        with pytest.raises((TimelineError, OSError)):
            build(big, out)
        monkeypatch.undo()
        assert tree_hashes(out) == before
        assert leftovers(out) == []


def test_short_writes_never_truncate_a_page(tmp_path: Path, two_contents: tuple[Path, Path],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _, big = two_contents
    reference = tmp_path / "reference"
    build(big, reference)
    out = tmp_path / "site"
    monkeypatch.setattr(os, "write", Faulty(None, after=0, short=True))
    try:
        build(big, out)
    except (TimelineError, OSError):
        return  # refusing is fine; a truncated site is not
    finally:
        monkeypatch.undo()
    assert tree_hashes(out) == tree_hashes(reference)


# ------------------------------------------------------------------ read-only
def test_read_only_output_parent_is_a_clear_error(tmp_path: Path, two_contents: tuple[Path, Path]) -> None:
    small, _ = two_contents
    ro = tmp_path / "ro"
    if not _mount(ro, "ro,size=64k"):
        pytest.skip("a read-only mount needs root; test_read_only_injected covers the same fault")
    try:
        result = cli("build", "--content", str(small), "--output", str(ro / "site"), cwd=tmp_path)
        assert_one_line_error(result, "ead-only")
        assert os.listdir(ro) == []
    finally:
        _umount(ro)


def test_read_only_injected(tmp_path: Path, two_contents: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    small, big = two_contents
    out = tmp_path / "site"
    build(small, out)
    before = tree_hashes(out)

    def refuse(*_a: object, **_k: object) -> str:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(out.parent))

    monkeypatch.setattr(timeline.site.output.tempfile, "mkdtemp", refuse)
    with pytest.raises(TimelineError, match="ead-only"):
        build(big, out)
    monkeypatch.undo()
    assert tree_hashes(out) == before


# ------------------------------------------------------------- concurrent builds
def test_two_builds_at_once_leave_one_whole_site(tmp_path: Path, two_contents: tuple[Path, Path]) -> None:
    small, big = two_contents
    refs = {}
    for name, content in (("small", small), ("big", big)):
        build(content, tmp_path / f"ref-{name}")
        refs[name] = tree_hashes(tmp_path / f"ref-{name}")
    out = tmp_path / "site"
    build(small, out)
    procs = [subprocess.Popen([sys.executable, "-m", "timeline", "build", "-q", "--content", str(c),
                               "--output", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for c in (big, small, big)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    final = tree_hashes(out)
    assert final in (refs["small"], refs["big"])
    assert leftovers(out) == []

