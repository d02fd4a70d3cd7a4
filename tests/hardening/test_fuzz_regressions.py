"""Replay what the atheris runs found, through the same checks the harnesses use.

``benchmarks/fuzz_tagger.py`` and ``benchmarks/fuzz_frontmatter.py`` save any
crashing or too-slow input under ``benchmarks/fuzz-findings/`` (``tagger-*``,
``frontmatter-*``); every saved file is replayed here. ``REGRESSIONS`` holds
inputs worth keeping from the runs even when they did not crash: inputs the
fuzzer's dictionary converged on, and shapes that exercise error paths.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fuzz_checks import check_front_matter, check_tagger, tagger_input
from timing import assert_not_much_slower, cpu_seconds, reference_seconds

FINDINGS = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz-findings"
SAVED = sorted(FINDINGS.glob("*-*")) if FINDINGS.is_dir() else []

TAGGER_REGRESSIONS = [
    "\x00" * 8 + "in July",
    "'s 's 's 's Friday's Friday's",
    "2\x00\x00\x00 al il the fall of ",
    "$u" * 500 + " 5:01 p.m. ET",
    "Q4 " * 2000,
    "the 99999999999999999999s, 10000 years ago, year 0, the 0th century",
    "Feb. 29, 2025 and Feb. 30, 2026 and Sept. 31",
    "\u2028on Friday\u2029 next week\u0085",
]
FRONT_MATTER_REGRESSIONS = [
    b"---\n\x00\n---\n",
    b"---\ntitle: \x1b[31m\n---\n",
    b"\xef\xbb\xbf---\r\ntitle: a\r---\r\n",
    b"---\n" + b"[" * 2000 + b"\n---\n",
    b"---\n&a [*a]\n---\n",
    b"---\ntitle: a\n---",
    b"---   \t\n---",
    b"\xff\xfe-\x00-\x00-\x00",
]


def test_saved_findings_pass() -> None:
    """Every saved finding (none is also fine: then the runs found nothing to save)."""
    for path in SAVED:
        data = path.read_bytes()
        # The reference: the same check on harmless bytes of the same length, measured now.
        harmless = (b"\0\0\0\0\0---\ntitle: A day\n---\nOn Friday, Feb. 27, 2026, the company said. " * (
            1 + len(data) // 60))[:max(len(data), 64)]
        if path.name.startswith("tagger-"):
            seconds = cpu_seconds(lambda data=data: check_tagger(*tagger_input(data)))
            reference = reference_seconds(lambda harmless=harmless: check_tagger(*tagger_input(harmless)))
        elif path.name.startswith("frontmatter-"):
            seconds = cpu_seconds(lambda data=data: check_front_matter(data))
            reference = reference_seconds(lambda harmless=harmless: check_front_matter(harmless[5:]))
        else:
            continue
        assert_not_much_slower(seconds, reference, 50, f"{path.name} is still slow")


@pytest.mark.parametrize("text", TAGGER_REGRESSIONS)
@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(2026, 2, 27), dt.date(9999, 12, 31)])
def test_tagger_regressions(text: str, dct: dt.date) -> None:
    check_tagger(text, dct, "America/New_York")


@pytest.mark.parametrize("data", FRONT_MATTER_REGRESSIONS)
def test_front_matter_regressions(data: bytes) -> None:
    check_front_matter(data)
