"""The ``timeline tag`` command, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main


def run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(main, args, input=stdin)


def test_tag_stdin_prints_json_array() -> None:
    result = run(["tag", "-", "--dct", "2026-02-27"], "Anthropic signed the contract in July.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"start": 33, "end": 37, "text": "July", "type": "DATE", "value": "2025-07", "mod": None}]


def test_tag_file_with_time_and_zone(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("The deadline is 5:01 p.m. ET.", encoding="utf-8")
    result = run(["tag", str(source), "--dct", "2026-02-27T09:00", "--timezone", "America/New_York"])
    assert result.exit_code == 0, result.output
    (timex,) = json.loads(result.output)
    assert timex["value"] == "2026-02-27T17:01-05:00" and timex["type"] == "TIME"


def test_empty_text_gives_empty_array() -> None:
    result = run(["tag", "--dct", "2026-02-27"], "")
    assert result.exit_code == 0
    assert json.loads(result.output) == []


def test_bad_dct_is_a_one_line_error() -> None:
    for bad in ("2026-02-30", "yesterday", "2026-2-3", "2026-02-27T25:00"):
        result = run(["tag", "--dct", bad], "today")
        assert result.exit_code == 1
        assert result.output.count("\n") == 1 and "reference time" in result.output
        assert "Traceback" not in result.output


def test_missing_dct_and_unknown_timezone() -> None:
    assert run(["tag"], "today").exit_code == 1
    result = run(["tag", "--dct", "2026-02-27", "--timezone", "Mars/Olympus"], "today")
    assert result.exit_code == 1 and "unknown time zone" in result.output


def test_missing_file_is_reported(tmp_path: Path) -> None:
    result = run(["tag", str(tmp_path / "nope.txt"), "--dct", "2026-02-27"])
    assert result.exit_code == 1 and "nope.txt" in result.output


def test_jsonl_batch() -> None:
    lines = [
        {"id": "a", "dct": "2026-02-27", "text": "It rained yesterday."},
        {"id": 2, "dct": "1998-01-08T10:00", "text": "Nothing here."},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n\n"
    result = run(["tag", "--jsonl"], stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0]["id"] == "a" and out[0]["timexes"][0]["value"] == "2026-02-26"
    assert out[1] == {"id": 2, "timexes": []}


def test_jsonl_malformed_line_names_the_line() -> None:
    good = json.dumps({"id": 1, "dct": "2026-02-27", "text": "today"})
    cases = {
        "{not json": "malformed JSON",
        json.dumps({"id": 2, "text": "x"}): "missing dct",
        json.dumps({"id": 2, "dct": "Feb 27", "text": "x"}): "reference time",
        json.dumps([1, 2]): "JSON object",
        json.dumps({"id": 2, "dct": "2026-02-27", "text": 5}): "text must be a string",
    }
    for bad, needle in cases.items():
        result = run(["tag", "--jsonl"], good + "\n" + bad + "\n")
        assert result.exit_code == 1
        assert "<stdin>:2" in result.output and needle in result.output
        # the good line before the bad one was still written
        assert result.output.splitlines()[0].startswith('{"id": 1')
