"""Extraction time on pathological articles stays bounded (linear-ish), not just the tagger's.

An article of 2,000 "Friday's" (18 KB) is one long sentence with 2,000 date
mentions; every mention used to get a title written from the whole sentence
with a character-by-character clause scan, so time grew with the cube of the
length (250 -> 1.8 s, 500 -> 5.3 s, 2,000 -> 117 s; a 2 MB article: hours).
Each case runs in a child process, and so does a reference: an ordinary news
article of the same size, extracted in the same test. The bound is a ratio of
their CPU times (tests/timing.py): a slow or busy machine slows both, while
cubic growth is hundreds of times the reference. A hard timeout stops a hang.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from timing import assert_not_much_slower

CASES = {
    "1,500 \"Friday's\" (13 KB)": "Friday's " * 1500,
    "5,000 weekday names (41 KB)": "Monday Tuesday Wednesday Thursday Friday " * 1000,
}
ORDINARY = ("On Friday, the company said it had signed a contract with the agency in July. Officials met "
            "on March 3 to discuss the deal, and a vote is expected next week. ")
#: How many times the reference's CPU time a pathological case may take.
FACTOR = 25
HANG = 600  # seconds: only a hang gets here


def extract_cpu_seconds(src: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        r = subprocess.run([sys.executable, "-m", "timeline", "extract", str(src), "--stdout"],
                           capture_output=True, text=True, timeout=HANG)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{src.name}: extraction still running after {HANG} s")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), r


def article(path: Path, body: str) -> Path:
    path.write_text("---\ntitle: x\npublished: 2026-02-27\n---\n" + body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_pathological_article_extracts_in_bounded_time(tmp_path: Path, case: str) -> None:
    text = CASES[case]
    ordinary = (ORDINARY * (1 + len(text) // len(ORDINARY)))[:len(text)]
    reference, _ = extract_cpu_seconds(article(tmp_path / "ordinary.md", ordinary))
    seconds, r = extract_cpu_seconds(article(tmp_path / "a.md", text))
    print(f"\n{case}: {seconds:.1f} s CPU; an ordinary article of the same size: {reference:.1f} s")
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr[-1500:]
    assert_not_much_slower(seconds, reference, FACTOR, case)
