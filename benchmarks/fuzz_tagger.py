"""Coverage-guided fuzzing of the temporal tagger with atheris (libFuzzer), for a bounded time.

    .venv/bin/pip install atheris
    .venv/bin/python benchmarks/fuzz_tagger.py -max_total_time=60

Every input is split (``fuzz_checks.tagger_input``) into a reference date, a time zone and a text;
the harness checks what the tagger promises (spans in order, ``text[start:end]``
equals the span text, a known type, a value, ``when`` computable) and raises on
any violation or unexpected exception, which libFuzzer reports as a crash and
saves under ``benchmarks/fuzz-findings/``. Inputs slower than ``-timeout``
seconds are reported too (the tagger must stay linear). Findings are turned
into regression tests in ``tests/hardening/test_fuzz_regressions.py``.

Extra libFuzzer flags pass through (``-runs=``, ``-seed=``, ``-print_final_stats=1``).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "hardening"))
with atheris.instrument_imports(include=["timeline"]):
    from fuzz_checks import check_tagger, tagger_input

FINDINGS = HERE / "fuzz-findings"
SEEDS = [
    "Anthropic signed its $200 million DoD contract in July.",
    "The company has until 5:01 p.m. ET on Friday to decide.",
    "Hegseth met Amodei earlier this week; the memo came in January.",
    "On Feb. 23, 2026, two years ago, the 1990s, Q4 2025, every Tuesday, 24 hours",
    "next year, last month, tomorrow morning, the fall of 2019, mid-March",
]


def one_input(data: bytes) -> None:
    # Split without FuzzedDataProvider so tests replay saved findings without atheris.
    check_tagger(*tagger_input(data))


def seed_corpus() -> Path:
    corpus = Path(tempfile.mkdtemp(prefix="fuzz-tagger-"))  # grows during the run; not kept in the repo
    for i, s in enumerate(SEEDS):
        # 4 bytes pick the reference date (here 2026-02-27), 1 the zone, then UTF-8 text.
        ordinal = dt.date(2026, 2, 27).toordinal() - 1
        (corpus / f"seed-{i}").write_bytes(ordinal.to_bytes(4, "little") + b"\x01" + s.encode())
    return corpus


def main() -> None:
    FINDINGS.mkdir(exist_ok=True)
    args = [sys.argv[0], f"-artifact_prefix={FINDINGS}/tagger-", "-timeout=10", "-rss_limit_mb=2048", "-max_len=4096",
            *sys.argv[1:], str(seed_corpus())]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
