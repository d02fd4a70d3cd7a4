"""Coverage-guided fuzzing of the front-matter reader (and the YAML loader under it) with atheris.

    .venv/bin/pip install atheris
    .venv/bin/python benchmarks/fuzz_frontmatter.py -max_total_time=60

The harness feeds arbitrary bytes to the same path a source file takes:
UTF-8 decoding with the store's rules, then ``parse_front_matter``. Allowed
outcomes are a result or located :class:`TimelineError` values; any other
exception, a body offset outside the text, or an input slower than
``-timeout`` seconds is a finding, saved under ``benchmarks/fuzz-findings/``
and turned into a regression test in ``tests/hardening/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "hardening"))
with atheris.instrument_imports(include=["timeline"]):
    from fuzz_checks import check_front_matter

FINDINGS = HERE / "fuzz-findings"
SEEDS = [
    "---\ntitle: A\nurl: https://example.com/a\npublisher: CNBC\npublished: 2026-02-27\ntimezone: America/New_York\n---\nBody\n",
    "---\ntitle: &a [x, *a]\n---\n",
    "---\r\ntitle: windows\r\n---\r\nbody",
    "\ufeff---\ntitle: !!python/object/apply:os.system ['true']\n---\n",
    "no front matter at all\n",
    "---\npublished: 2026-02-30\ntitel: x\n---\n",
]


def one_input(data: bytes) -> None:
    check_front_matter(data)


def seed_corpus() -> Path:
    corpus = Path(tempfile.mkdtemp(prefix="fuzz-frontmatter-"))  # grows during the run; not kept in the repo
    for i, s in enumerate(SEEDS):
        (corpus / f"seed-{i}").write_bytes(s.encode("utf-8"))
    return corpus


def main() -> None:
    FINDINGS.mkdir(exist_ok=True)
    args = [sys.argv[0], f"-artifact_prefix={FINDINGS}/frontmatter-", "-timeout=10", "-rss_limit_mb=2048", "-max_len=4096",
            *sys.argv[1:], str(seed_corpus())]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
