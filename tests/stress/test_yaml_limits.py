"""Big and hostile YAML: a clear error or a correct result, in bounded time and memory.

Each case runs ``timeline check`` (or ``extract``) in a fresh child process
that reports its own wall time and peak resident memory, so one case's
memory cannot hide in another's. What the bounds catch is blow-ups:
quadratic time, an expansion that reads or builds far more than the file.
Time is bounded as a ratio (tests/timing.py): against checking a tiny folder
plus reading the case's own input once, both measured in the same test, so a
slow or busy machine slows the reference too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from timing import assert_not_much_slower

MB = 1024 * 1024

RUNNER = r"""
import json, os, resource, sys, time
from click.testing import CliRunner
from timeline.cli import main
# A linear pass over the input: read and decode every file the command is given.
started = time.perf_counter()
lines = 0
for arg in sys.argv[1:]:
    for root, _, names in (os.walk(arg) if os.path.isdir(arg) else [("", [], [arg])] if os.path.isfile(arg) else []):
        for name in names:
            with open(os.path.join(root, name), "rb") as fh:
                lines += fh.read().decode("utf-8", "replace").count("\n")
read_seconds = time.perf_counter() - started
started = time.perf_counter()
result = CliRunner().invoke(main, sys.argv[1:])
elapsed = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out = (result.stdout or "") + (result.stderr if hasattr(result, "stderr") else "")
print(json.dumps({"code": result.exit_code, "seconds": elapsed, "rss_mb": rss, "read_seconds": read_seconds,
                  "head": out[:600], "lines": out.count("\n"),
                  "exception": repr(result.exception) if result.exception and result.exit_code not in (0, 1) else None}))
"""


def measure(*args: str, cwd: Path) -> dict[str, Any]:
    r = subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True, text=True, cwd=cwd, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


_BASELINE: list[float] = []


def baseline(tmp_path: Path) -> float:
    """Peak memory of checking a tiny valid folder: the interpreter plus the library (measured once)."""
    if not _BASELINE:
        tiny_seconds(tmp_path)
    return _BASELINE[0]


def tiny_seconds(tmp_path: Path) -> float:
    """Seconds to check a tiny valid folder, measured now (the fastest of two runs)."""
    content = tmp_path / "tiny"
    if not content.is_dir():
        (content / "events").mkdir(parents=True)
        (content / "events" / "e.yaml").write_text("- date: 2020\n  title: t\n", encoding="utf-8")
    runs = [measure("check", "--content", str(content), cwd=tmp_path) for _ in range(2)]
    if not _BASELINE:
        _BASELINE.append(runs[0]["rss_mb"])
    return min(r["seconds"] for r in runs)


def assert_bounded_time(m: dict[str, Any], tmp_path: Path, factor: float = 40) -> None:
    """Not much slower than checking a tiny folder plus reading the input once, both measured now."""
    assert_not_much_slower(m["seconds"], tiny_seconds(tmp_path) + m["read_seconds"], factor, "the check")


def write_big(path: Path, size: int, unit: str, head: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head)
        written = len(head)
        while written < size:
            fh.write(unit)
            written += len(unit)


def event_unit(i: int = 0) -> str:
    return "- date: 2020-01-01\n  title: event\n  body: " + "lorem ipsum " * 20 + "\n"


CASES = {
    "50 MB events file": ("events/big.yaml", 50 * MB, "unit", "20 MB limit"),
    "50 MB site.yaml": ("site.yaml", 50 * MB, "title: x\n" + "# " + "c" * 200 + "\n", "20 MB limit"),
    "50 MB source document": ("sources/big.md", 50 * MB, "lorem ipsum dolor sit amet. " * 10 + "\n", "20 MB limit"),
    "19 MB of open brackets": ("events/deep.yaml", 19 * MB, "[", "nests too deeply"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_big_hostile_files_fail_fast_and_small(tmp_path: Path, case: str) -> None:
    rel, size, unit, message = CASES[case]
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    if not rel.startswith("events/"):
        (content / "events" / "ok.yaml").write_text("- date: 2020\n  title: ok\n", encoding="utf-8")
    if unit == "unit":
        unit = event_unit()
    write_big(content / rel, size, unit)
    base = baseline(tmp_path)
    m = measure("check", "--content", str(content), cwd=tmp_path)
    print(f"\n{case}: exit {m['code']}, {m['seconds']:.2f}s, peak {m['rss_mb']:.0f} MB (baseline {base:.0f} MB), "
          f"{m['lines']} output lines")
    assert m["exception"] is None, m
    assert m["code"] == 1 and message in m["head"], m["head"]
    assert_bounded_time(m, tmp_path)
    assert m["rss_mb"] - base < 40 * (size / MB) + 200  # never a blow-up beyond ~40x the file
    assert "Traceback" not in m["head"]


def test_near_limit_valid_file_loads_correctly_in_bounded_memory(tmp_path: Path) -> None:
    """19 MB of real events (big bodies): every event loads, memory stays a small multiple of the file."""
    content = tmp_path / "content"
    per = 95_000
    n = 19 * MB // (per + 60)
    with open(_mk(content / "events" / "big.yaml"), "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(f"- id: e{i}\n  date: 2020-01-01\n  title: Event {i}\n  body: {'w' * per}\n")
    base = baseline(tmp_path)
    m = measure("check", "--content", str(content), cwd=tmp_path)
    print(f"\n19 MB valid file ({n} events): exit {m['code']}, {m['seconds']:.2f}s, peak {m['rss_mb']:.0f} MB "
          f"(baseline {base:.0f} MB)")
    assert m["code"] == 0 and f"OK: {n} events" in m["head"], m["head"]
    assert_bounded_time(m, tmp_path)
    assert m["rss_mb"] - base < 19 * 12 + 100


def test_a_flood_of_unknown_keys_is_reported_briefly(tmp_path: Path) -> None:
    content = tmp_path / "content"
    body = "date: 2020\ntitle: t\n" + "".join(f"k{i}: v\n" for i in range(80_000))  # ~1 MB
    _mk(content / "events" / "keys.yaml").write_text(body, encoding="utf-8")
    m = measure("check", "--content", str(content), cwd=tmp_path)
    print(f"\n1 MB of unknown keys: exit {m['code']}, {m['seconds']:.2f}s, {m['lines']} output lines")
    assert m["code"] == 1 and "unknown key" in m["head"]
    assert m["lines"] < 1000
    assert_bounded_time(m, tmp_path)


def _mk(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_extract_refuses_a_50_mb_article(tmp_path: Path) -> None:
    src = tmp_path / "big.md"
    write_big(src, 50 * MB, "On Friday, Feb. 27, 2026, the company said it would sign. " * 4 + "\n",
              "---\ntitle: Big\npublished: 2026-02-27\n---\n")
    (tmp_path / "content" / "events").mkdir(parents=True)
    m = measure("extract", str(src), "--content", str(tmp_path / "content"), cwd=tmp_path)
    print(f"\n50 MB article: exit {m['code']}, {m['seconds']:.2f}s, peak {m['rss_mb']:.0f} MB")
    assert m["code"] == 1 and "limit" in m["head"] and "big.md" in m["head"], m["head"]
    assert m["rss_mb"] < 400
    assert_bounded_time(m, tmp_path)
    assert list((tmp_path / "content" / "events").iterdir()) == []
