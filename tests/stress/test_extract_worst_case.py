"""Extraction time on pathological articles stays bounded (linear-ish), not just the tagger's.

An article of 2,000 "Friday's" (18 KB) is one long sentence with 2,000 date
mentions; every mention used to get a title written from the whole sentence
with a character-by-character clause scan, so time grew with the cube of the
length (250 -> 1.8 s, 500 -> 5.3 s, 2,000 -> 117 s; a 2 MB article: hours).
Each case runs in a child process with a hard timeout.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

CASES = {
    "1,500 \"Friday's\" (13 KB)": "Friday's " * 1500,
    "5,000 weekday names (41 KB)": "Monday Tuesday Wednesday Thursday Friday " * 1000,
}
BUDGET = 10.0  # a 41 KB article; linear extraction of ordinary news runs at ~100 KB/s here


@pytest.mark.parametrize("case", list(CASES))
def test_pathological_article_extracts_in_bounded_time(tmp_path: Path, case: str) -> None:
    src = tmp_path / "a.md"
    src.write_text("---\ntitle: x\npublished: 2026-02-27\n---\n" + CASES[case] + "\n", encoding="utf-8")
    started = time.monotonic()
    try:
        r = subprocess.run([sys.executable, "-m", "timeline", "extract", str(src), "--stdout"],
                           capture_output=True, text=True, timeout=BUDGET)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case}: extraction still running after {BUDGET:.0f} s")
    print(f"\n{case}: {time.monotonic() - started:.1f} s")
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr[-1500:]
