"""Tagger round of session 32 (issue 17): classes read on the dev15 split and the weekday of a
named week. Sentences written for this table; no article text."""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

from timeline.tagger import tag

SUN = dt.date(2025, 8, 17)   # Sunday, the last day of ISO week 2025-W33
MON = dt.date(2025, 8, 18)   # Monday, ISO week 2025-W34
WED = dt.date(2025, 8, 13)   # Wednesday, ISO week 2025-W33
FRI = dt.date(2025, 8, 15)   # Friday

TABLE: list[Row] = [
    # ---- a weekday beside its week is that day of the week named, two TIMEX3s as TimeML keeps them:
    # not the nearest one back (yesterday, in a Wednesday story)
    (WED, "The ferry company said its takings fell on Tuesday last week.",
     [("Tuesday", "DATE", "2025-08-05"), ("last week", "DATE", "2025-W32")]),
    # ... in a Sunday story "last week" is the ISO week before the report's, and so its Tuesday
    (SUN, "As of Tuesday last week, the insurer had paid 40 claims.",
     [("Tuesday", "DATE", "2025-08-05"), ("last week", "DATE", "2025-W32")]),
    (SUN, "The insurer paid 40 claims last week Tuesday.",
     [("last week", "DATE", "2025-W32"), ("Tuesday", "DATE", "2025-08-05")]),
    # ... in a Monday story the Tuesday of last week is also the nearest one
    (MON, "The insurer paid 40 claims on Tuesday last week.",
     [("Tuesday", "DATE", "2025-08-12"), ("last week", "DATE", "2025-W33")]),
    # ... a run of weekdays before the week all fall in it
    (WED, "The pupil attended classes Wednesday to Friday last week.",
     [("Wednesday", "DATE", "2025-08-06"), ("Friday", "DATE", "2025-08-08"), ("last week", "DATE", "2025-W32")]),
    # ... and a weekday after the week's comma
    (SUN, "The board met last week, on Tuesday, to weigh the offer.",
     [("last week", "DATE", "2025-W32"), ("Tuesday", "DATE", "2025-08-05")]),
    # ... a coming week's weekday is that week's, not the nearest coming one
    (WED, "The board will meet on Friday next week.",
     [("Friday", "DATE", "2025-08-22"), ("next week", "DATE", "2025-W34")]),
    # ... while a weekday in another sentence keeps its own reading
    (WED, "The board met last week. On Tuesday, it voted.",
     [("last week", "DATE", "2025-W32"), ("Tuesday", "DATE", "2025-08-12")]),
    # ---- a midnight named with its day is the end of that day, T24:00, as TimeBank writes "midnight Friday"
    (FRI, "The pumps moved 900 barrels in the 24 hours to midnight on Thursday.",
     [("the 24 hours", "DURATION", "PT24H"), ("midnight on Thursday", "TIME", "2025-08-14T24:00")]),
    # ... but the midnight a clock passes "after" opens its day
    (FRI, "The ferry struck the pier shortly after midnight on Thursday.", [("midnight on Thursday", "TIME", "2025-08-14T00:00")]),
    # ... and is the day the story goes on from
    (FRI, "It was shortly after midnight on March 24, 1989 that the tanker ran aground. I heard the news that morning.",
     [("midnight on March 24, 1989", "TIME", "1989-03-24T00:00"), ("that morning", "TIME", "1989-03-24TMO")]),
    # ---- a count with its unit in the singular before a noun leaves the article to the noun, as
    # the hyphenated "the three-month ban" does
    (FRI, "The works stay within the three month timeframe set by the council.",
     [("three month", "DURATION", "P3M")]),
    (FRI, "The 90 day estimate was revised.", [("90 day", "DURATION", "P90D")]),
    # ---- "a little over"/"a little more than"/"a little less than" before an amount of time is its amount; so is "over"
    # before a distance back
    (FRI, "A little over a month ago, the port reopened.", [("A little over a month ago", "DATE", "2025-07")]),
    (FRI, "The port reopened over two decades ago.", [("over two decades ago", "DATE", "200")]),
    (FRI, "Repairs took a little more than a week.", [("a little more than a week", "DURATION", "P1W")]),
    (FRI, "The dam failed a little less than a year ago.", [("a little less than a year ago", "DATE", "2024")]),
    # ---- "Now," before the time since an event opens a clause about now
    (FRI, "Now, nearly four months after the flood, the farms may reopen.",
     [("Now", "DATE", "PRESENT_REF"), ("nearly four months", "DURATION", "P4M")]),
    # ---- a bare "in 2000" before an aside that is no clock stays a year (see the wire-time test below)
    (WED, "The ferry line opened in 2000 (its first route ran to the islands).", [("2000", "DATE", "2000")]),
]

test_round12 = round_test(TABLE)


def test_a_midnight_at_a_days_end_is_the_next_days_first_instant_for_the_date_model() -> None:
    midnight = tag("Bids close at midnight Friday.", FRI)[0]
    assert (midnight.value, midnight.when.start) == ("2025-08-15T24:00", dt.datetime(2025, 8, 16, 0, 0))


def test_earlier_or_later_in_a_period_stays_outside_the_span_but_keeps_its_part() -> None:
    found = [(t.text, t.value, t.mod) for t in tag("Shares fell earlier in the day and will be sold later in August.", FRI)]
    assert found == [("the day", "2025-08-15", "START"), ("August", "2025-08", "END")]


def test_a_relative_clause_opened_by_earlier_in_the_week_keeps_its_subject() -> None:
    from timeline.documents import Document
    from timeline.extract import extract

    text = 'Ferry row grows\n\nThe board fired Hal Brandt, who earlier in the week described the harbour pilots as "lazy".'
    titles = [e.title for e in extract(Document(path="t.txt", text=text, published=FRI))]
    assert titles == ['Hal Brandt describes the harbour pilots as "lazy"']


def test_a_bare_wire_time_with_a_zoned_aside_is_a_clock_not_a_year():
    """ "at 2000 (0000 GMT)": the aside gives the same instant on a zoned clock, so the four figures
    before it are a time of the report's day; which day the aside itself falls on needs the first
    clock's zone, which the text leaves out, so only the first clock is asserted."""
    first = tag("The minister will speak at 2000 (0000 GMT) to set out the plan.", WED)[0]
    assert (first.text, first.type, first.value) == ("2000", "TIME", "2025-08-13T20:00")
