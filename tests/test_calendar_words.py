"""The one table of calendar words, and the patterns made from it, agree with each other."""

from __future__ import annotations

import re

from timeline.calendar_words import (
    EUROPEAN_ZONE_PATTERN,
    EUROPEAN_ZONES,
    FIXED_ZONE_PATTERN,
    FIXED_ZONES,
    LOCAL_ZONES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_PATTERN,
    MONTHS,
    WEEKDAYS,
    WIRE_ZONES,
    ZONE_WORDS,
)


def test_every_month_word_has_its_number_and_the_pattern_reads_it() -> None:
    month = re.compile(rf"(?:{MONTH_PATTERN})")
    for number, name in enumerate(MONTH_NAMES, start=1):
        assert MONTHS[name] == MONTHS[name[:3]] == number
        assert month.fullmatch(name.capitalize())
    for abbreviation in MONTH_ABBREVIATIONS:
        assert month.fullmatch(abbreviation.capitalize())
        assert MONTH_NAMES[MONTHS[abbreviation] - 1].startswith(abbreviation)
    assert MONTHS["sept"] == 9 and WEEKDAYS["thurs"] == 3 and WEEKDAYS["sunday"] == 6


def test_the_readers_of_zones_take_them_from_the_table() -> None:
    from timeline import page_stamps
    from timeline.extract import cleanup, names
    from timeline.tagger import lexicon
    from timeline.tagger.rules import fragments

    news = FIXED_ZONES | LOCAL_ZONES | ZONE_WORDS
    assert {name.lower(): spec for name, spec in news.items()} == lexicon.ZONES
    assert {*FIXED_ZONES, *LOCAL_ZONES} <= names._ZONES
    assert cleanup._ZONE == page_stamps.STAMP_ZONE_PATTERN
    stamp_zone = re.compile(page_stamps.STAMP_ZONE_PATTERN)
    for name in FIXED_ZONES | LOCAL_ZONES | WIRE_ZONES:
        assert stamp_zone.match(name)[0] == name  # the first alternative that fits is the whole zone
    tagger_zone = re.compile(fragments.ZONE)
    for name in [*FIXED_ZONES, *(n.lower() for n in FIXED_ZONES), *LOCAL_ZONES, "Eastern Standard Time", "Pacific"]:
        assert tagger_zone.fullmatch(name), name


def test_a_stamp_in_a_summer_time_zone_keeps_its_local_clock_with_that_day_s_offset() -> None:
    from timeline.page_stamps import stamp_moment

    assert stamp_moment("Sun Jun 7, 2009 10:57 am EDT").utcoffset().total_seconds() == -4 * 3600
    assert stamp_moment("Sun Jun 7, 2009 10:57 am HKT").utcoffset().total_seconds() == 8 * 3600
    for zone, summer, winter in (("ET", -4, -5), ("MT", -6, -7), ("UK time", 1, 0)):
        for day, hours in (("Friday, 29 May 2009", summer), ("Friday, 4 December 2009", winter)):
            moment = stamp_moment(f"07:37 {zone}, {day}")
            assert moment is not None and (moment.hour, moment.minute) == (7, 37)
            assert moment.utcoffset().total_seconds() == hours * 3600, (zone, day)


def test_the_zone_patterns_read_every_zone_of_their_table() -> None:
    fixed, european = re.compile(rf"(?:{FIXED_ZONE_PATTERN})\b"), re.compile(rf"(?:{EUROPEAN_ZONE_PATTERN})\b")
    assert set(EUROPEAN_ZONES) < set(FIXED_ZONES)
    for name in FIXED_ZONES:
        assert fixed.match(name)[0] == name
        assert bool(european.match(name)) == (name in EUROPEAN_ZONES), name
    assert not fixed.match("ET") and not european.match("EDT")


def test_a_day_and_month_before_a_zoned_four_figure_clock_is_no_old_year() -> None:
    import datetime as dt

    from timeline.tagger import tag

    # Every zone of the table stops "1400" from being read as the year 1400, CET included.
    for zone in ("GMT", "EDT", "CET", "CEST"):
        found = [(t.text, t.type) for t in tag(f"The vote was held on 17 June 1400 {zone} after a debate.", dt.date(2026, 6, 17))]
        assert found == [(f"17 June 1400 {zone}", "TIME")], (zone, found)
