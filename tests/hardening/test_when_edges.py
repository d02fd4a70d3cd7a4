"""Regression tests from the property run: dates at the end of the calendar and non-ASCII digits.

``When.parse`` accepted values whose interval ends after year 9999
(``9999-12-31``, ``9999``, century ``99``), and the first use of ``.start``/
``.end`` then raised a bare ``ValueError``/``OverflowError``: ``timeline
check`` and ``build`` crashed with a traceback on ``date: 9999-12-31``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import DateError, ValidationError
from timeline.model import When
from timeline.store import load_timeline

EDGE = ["9999-12-31", "9999", "99", "999", "9999-12", "9999-W52", "9999-Q4", "9999-H2", "9999-WI",
        "9999-12-31T23:59", "9999-12-31T23:59:59+14:00", "9999-12-31TNI", "9999-12-31T23"]


@pytest.mark.parametrize("value", EDGE)
def test_end_of_calendar_is_a_date_error_or_a_usable_interval(value: str) -> None:
    try:
        w = When.parse(value)
    except DateError:
        return
    assert w.start < w.end
    w.sort_key("UTC")
    w.display("UTC")


def test_store_reports_an_end_of_calendar_date_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.yaml").write_text("- date: 2020\n  title: ok\n- date: 9999-12-31\n  title: late\n",
                                                encoding="utf-8")
    try:
        timeline = load_timeline(tmp_path)
    except ValidationError as exc:
        assert [(e.line, e.column) for e in exc.errors] == [(3, 9)]
        return
    assert [e.title for e in timeline.events] == ["ok", "late"]


def test_non_ascii_digits_are_not_silently_read_as_a_year() -> None:
    """``२०२६`` is 2026 in Devanagari; whatever the model decides, it must not crash later."""
    try:
        w = When.parse("२०२६-०२-२७")
    except DateError:
        return
    assert w.value() == "2026-02-27" and w.start.year == 2026


#: Times early on 0001-01-01 east of UTC used to parse, then raise OverflowError in sort_key.
START = ["0001-01-01T00:00", "0001-01-01T00:00+05:00", "0001-01-01T03:00+14:00", "0001-01-01T00",
         "0001-01-01T00:00:00Z", "0001-01-01TMO"]


@pytest.mark.parametrize("value", START)
def test_start_of_calendar_is_a_date_error_or_a_usable_interval(value: str) -> None:
    try:
        w = When.parse(value)
    except DateError:
        return
    assert w.start < w.end
    w.sort_key("Asia/Tokyo")
    w.display("Asia/Tokyo")


def test_store_and_build_survive_a_time_at_the_start_of_the_calendar(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.yaml").write_text(
        "- date: 2020\n  title: ok\n- date: 0001-01-01T00:00+05:00\n  title: early\n", encoding="utf-8")
    try:
        timeline = load_timeline(tmp_path)
    except ValidationError as exc:
        assert [(e.line, e.column) for e in exc.errors] == [(3, 9)]
        return
    assert [e.title for e in timeline.events] == ["early", "ok"]


@pytest.mark.parametrize("where", ["event", "site.yaml", "front matter"])
@pytest.mark.parametrize("name", ["America", "Europe", "Etc"])
def test_time_zone_naming_a_folder_is_a_located_error(tmp_path: Path, where: str, name: str) -> None:
    """Found by benchmarks/fuzz_frontmatter.py: ZoneInfo("America") raised IsADirectoryError, a traceback."""
    (tmp_path / "events").mkdir()
    event_tz = f"\n  timezone: {name}" if where == "event" else ""
    (tmp_path / "events" / "e.yaml").write_text(f"- date: 2020-01-01T10:00{event_tz}\n  title: t\n",
                                                encoding="utf-8")
    if where == "site.yaml":
        (tmp_path / "site.yaml").write_text(f"title: T\ntimezone: {name}\n", encoding="utf-8")
    if where == "front matter":
        (tmp_path / "sources").mkdir()
        (tmp_path / "sources" / "s.md").write_text(f"---\ntitle: S\ntimezone: {name}\n---\nBody\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_timeline(tmp_path)
    assert len(info.value.errors) == 1
    err = info.value.errors[0]
    assert "unknown time zone" in err.message and err.line is not None, str(err)
