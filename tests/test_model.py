"""The shared date model: parsing at precision, intervals, display and ordering."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import DateError
from timeline.model import Precision, When, ap_time


@pytest.mark.parametrize(
    ("value", "precision", "start", "end"),
    [
        ("19", Precision.CENTURY, "1900-01-01", "2000-01-01"),
        ("199", Precision.DECADE, "1990-01-01", "2000-01-01"),
        ("2021", Precision.YEAR, "2021-01-01", "2022-01-01"),
        ("2025-H2", Precision.HALF, "2025-07-01", "2026-01-01"),
        ("2025-Q4", Precision.QUARTER, "2025-10-01", "2026-01-01"),
        ("2025-WI", Precision.SEASON, "2025-12-01", "2026-03-01"),
        ("2025-07", Precision.MONTH, "2025-07-01", "2025-08-01"),
        ("2026-W09", Precision.WEEK, "2026-02-23", "2026-03-02"),
        ("2024-02-29", Precision.DAY, "2024-02-29", "2024-03-01"),
        ("2026-02-27TEV", Precision.PART_OF_DAY, "2026-02-27T18:00", "2026-02-27T22:00"),
        ("2026-02-27T17", Precision.HOUR, "2026-02-27T17:00", "2026-02-27T18:00"),
        ("2026-02-27T17:01-05:00", Precision.MINUTE, "2026-02-27T17:01", "2026-02-27T17:02"),
        ("2026-02-27T17:01:30Z", Precision.SECOND, "2026-02-27T17:01:30", "2026-02-27T17:01:31"),
    ],
)
def test_parse_keeps_precision_and_interval(value: str, precision: Precision, start: str, end: str) -> None:
    when = When.parse(value)
    assert when.precision is precision
    assert when.start == dt.datetime.fromisoformat(start)
    assert when.end == dt.datetime.fromisoformat(end)


@pytest.mark.parametrize(
    "value",
    ["2021", "2025-Q4", "2025-H1", "2025-SU", "2025-07", "2026-W09", "2026-02-27", "2026-02-27TNI",
     "2026-02-27T17", "2026-02-27T17:01", "2026-02-27T17:01-05:00", "2026-02-27T17:01:30+05:30", "199", "20"],
)
def test_value_round_trips(value: str) -> None:
    assert When.parse(value).value() == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-02-30", "impossible date '2026-02-30': February 2026 has 28 days"),
        ("2025-13", "impossible date '2025-13': month must be 01 to 12"),
        ("2025-W53", "impossible date '2025-W53': 2025 has ISO weeks 1 to 52"),
        ("2026-02-27T24:00", "impossible time in '2026-02-27T24:00'"),
        ("Feb 27", "invalid date 'Feb 27'"),
        ("2026-02-27T17:01+15:00", "impossible UTC offset '+15:00'"),
    ],
)
def test_bad_values_get_clear_errors(value: str, message: str) -> None:
    with pytest.raises(DateError) as info:
        When.parse(value)
    assert str(info.value).startswith(message)


def test_zone_gives_offset_by_season() -> None:
    winter = When.parse("2026-02-27T17:01", timezone="America/New_York")
    summer = When.parse("2025-07-04T17:01", timezone="America/New_York")
    assert winter.value() == "2026-02-27T17:01-05:00"
    assert summer.value() == "2025-07-04T17:01-04:00"


def test_offset_contradicting_zone_is_rejected() -> None:
    with pytest.raises(DateError, match="does not match time zone"):
        When.parse("2026-02-27T17:01-04:00", timezone="America/New_York")


def test_unknown_zone_is_rejected() -> None:
    with pytest.raises(DateError, match="unknown time zone 'Mars/Base'"):
        When.parse("2026-02-27", timezone="Mars/Base")


@pytest.mark.parametrize(
    ("value", "qualifier", "text"),
    [
        ("2021", None, "2021"),
        ("199", None, "1990s"),
        ("2025-07", None, "July 2025"),
        ("2025-07", "early", "Early July 2025"),
        ("2025-03", "mid", "Mid-March 2025"),
        ("2021", "approximate", "About 2021"),
        ("2025-Q4", None, "Fourth quarter of 2025"),
        ("2025-SP", None, "Spring 2025"),
        ("2026-W09", None, "Week of Feb. 23, 2026"),
        ("2026-02-27", None, "Fri., Feb. 27, 2026"),
        ("2025-09-02", None, "Tue., Sept. 2, 2025"),
        ("2026-02-27T17:01-05:00", None, "Fri., Feb. 27, 2026, 5:01 p.m. ET"),
        ("2026-02-27T12:00-05:00", None, "Fri., Feb. 27, 2026, noon ET"),
        ("2026-02-27T17:00Z", None, "Fri., Feb. 27, 2026, 5 p.m. UTC"),
    ],
)
def test_display_is_newsroom_style(value: str, qualifier: str | None, text: str) -> None:
    assert When.parse(value, qualifier=qualifier).display("America/New_York") == text


def test_display_uses_zone_abbreviation_outside_us() -> None:
    assert When.parse("2026-02-27T09:30", timezone="Europe/Berlin").display() == "Fri., Feb. 27, 2026, 9:30 a.m. CET"


def test_partial_dates_sort_at_head_of_their_span() -> None:
    values = ["2025-07-03T09:00-04:00", "2025-07-03", "2025", "2025-07", "2025-W28", "2025-Q3", "2024-12-31"]
    ordered = sorted(values, key=lambda v: When.parse(v).sort_key("America/New_York"))
    # ISO week 28 of 2025 starts on Monday, July 7.
    assert ordered == ["2024-12-31", "2025", "2025-Q3", "2025-07", "2025-07-03", "2025-07-03T09:00-04:00", "2025-W28"]


def test_times_in_different_zones_sort_by_instant() -> None:
    tokyo = When.parse("2026-02-27T09:00", timezone="Asia/Tokyo")  # 00:00 UTC
    new_york = When.parse("2026-02-26T20:00", timezone="America/New_York")  # 01:00 UTC next day
    assert tokyo.sort_key() < new_york.sort_key()


def test_html_datetime_is_valid_html_subset() -> None:
    assert When.parse("2025-Q4").html_datetime() == "2025"
    assert When.parse("2026-W09").html_datetime() == "2026-W09"
    assert When.parse("2026-02-27T17:01", timezone="America/New_York").html_datetime() == "2026-02-27T17:01-05:00"


@pytest.mark.parametrize(("hour", "minute", "text"), [(0, 0, "midnight"), (12, 0, "noon"), (10, 0, "10 a.m."),
                                                      (17, 1, "5:01 p.m."), (0, 30, "12:30 a.m.")])
def test_ap_time(hour: int, minute: int, text: str) -> None:
    assert ap_time(hour, minute) == text


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31)))
def test_any_real_day_parses_and_contains_itself(day: dt.date) -> None:
    when = When.parse(day.isoformat())
    assert when.start.date() == day
    assert when.end - when.start == dt.timedelta(days=1)
    assert When.parse(when.value()) == when


def test_precision_ranks_run_coarse_to_fine() -> None:
    import timeline.when as when

    assert [p.rank for p in Precision] == list(range(len(Precision)))
    # The module's constants for the date code are the members of the same names.
    assert [getattr(when, f"_{p.name}") for p in Precision] == list(Precision)
    assert Precision.CENTURY.rank < Precision.YEAR.rank < Precision.MONTH.rank < Precision.DAY.rank
    assert Precision.DAY.rank < Precision.HOUR.rank < Precision.MINUTE.rank < Precision.SECOND.rank


def test_precision_hashes_as_the_text_it_equals() -> None:
    # A member equals its text (StrEnum), so it must hash as it too: a dict keyed
    # by members is found by text, and the other way round.
    for p in Precision:
        assert p == p.value and hash(p) == hash(p.value)
    assert {Precision.DAY: 1}["day"] == 1
    assert {"month": 2}[Precision.MONTH] == 2


def test_model_classes_build_as_their_generated_init_would() -> None:
    # Event, When, SourceRef, Media and Location get an __init__ storing fields through
    # their slots (frozen.stored_by_slots): same signature, same values, still frozen.
    import dataclasses
    import inspect

    from timeline.model import Event, Location, Media, SourceRef

    for cls in (Event, When, SourceRef, Media, Location):
        twin = dataclasses.dataclass(frozen=True)(type(cls.__name__, (), {
            "__annotations__": {f.name: f.type for f in dataclasses.fields(cls)},
            **{f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING},
        }))
        assert str(inspect.signature(cls)) == str(inspect.signature(twin)), cls
        assert "_set_" in cls.__init__.__code__.co_names[0], cls  # the slot-storing one is in place
        assert cls.__init__.__qualname__ == f"{cls.__name__}.__init__"

    when = When(Precision.DAY, 2026, 2, 27, timezone="America/New_York")
    assert (when.precision, when.year, when.month, when.day, when.hour, when.timezone, when.qualifier) == (
        Precision.DAY, 2026, 2, 27, None, "America/New_York", None)
    assert when == When.parse("2026-02-27", "America/New_York") and hash(when) == hash(When.parse(
        "2026-02-27", "America/New_York"))
    source = SourceRef("Title", quote="q")
    event = Event("an-id", when, "A title", sources=(source,), location=Location("f.yaml", 3))
    assert event == Event(id="an-id", when=when, title="A title", end=None, body="", tags=(), sources=(source,),
                          media=(), status=None, confidence=None, draft=False, location=Location("f.yaml", 3, None))
    assert (source.url, source.publisher, source.quote) == (None, None, "q")
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.title = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        when.year = 2025  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'title'"):
        Event("an-id", when)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        SourceRef(nope=1)  # type: ignore[call-arg]


def test_classes_the_slot_init_cannot_mirror_keep_the_generated_one() -> None:
    import dataclasses

    from timeline.frozen import stored_by_slots

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            if self.n < 0:
                raise ValueError("negative")

    @dataclasses.dataclass(frozen=True, slots=True)
    class Made:
        items: tuple[int, ...] = dataclasses.field(default_factory=tuple)

    generated = (Checked.__init__, Made.__init__)
    assert (stored_by_slots(Checked).__init__, stored_by_slots(Made).__init__) == generated
    with pytest.raises(ValueError, match="negative"):
        Checked(-1)
    assert Made().items == ()
