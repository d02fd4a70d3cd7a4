"""Golden files: the rendered example site, byte for byte.

Refresh after an intended change with one command, then review the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from timeline.pipeline import build
from timeline.site.output import MANIFEST

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "site-example"
GOLDEN = HERE / "golden" / "site-example"


def _files(root: Path) -> dict[str, bytes]:
    """The published files. The build manifest is left out: it holds digests of
    the code that built the site, so it changes with every code change while
    the pages do not (tests/test_pipeline.py checks it is deterministic)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != MANIFEST}


def test_rendered_example_matches_golden_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772236800")  # 2026-02-28
    out = tmp_path / "site"
    build(FIXTURE, out, base_url="https://example.org/timeline/", templates_dir=None)
    got = _files(out)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN, ignore=shutil.ignore_patterns(MANIFEST))
    want = _files(GOLDEN)
    assert sorted(got) == sorted(want), "file list changed (UPDATE_GOLDEN=1 to accept)"
    for name in want:
        assert got[name] == want[name], f"{name} differs from tests/golden (UPDATE_GOLDEN=1 to accept)"
