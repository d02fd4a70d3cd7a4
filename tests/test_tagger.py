"""Behaviour of the temporal tagger: a table of sentences with expected values.

DCT for the table is Friday 2026-02-27 unless a row says otherwise, the
publication date of the bundled example article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Precision
from timeline.tagger import Timex, tag
from timeline.tagger.rules import RULES, TRIGGERS, master_pattern

DCT = dt.date(2026, 2, 27)


def found(text: str, dct: dt.date | dt.datetime = DCT, timezone: str | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, timezone)]


# (sentence, expected (text, type, value) list); every example of issue 3 is here.
TABLE = [
    # absolute
    ("The deal closed on Feb. 23, 2026.", [("Feb. 23, 2026", "DATE", "2026-02-23")]),
    ("It closed Monday, Feb. 23, 2026, at noon.", [("Monday, Feb. 23, 2026", "DATE", "2026-02-23"),
                                                   ("noon", "TIME", "2026-02-23T12:00")]),
    ("Signed 23 February 2026 in Paris.", [("23 February 2026", "DATE", "2026-02-23")]),
    ("Filed 2/23/2026.", [("2/23/2026", "DATE", "2026-02-23")]),
    ("Filed 2026-02-23.", [("2026-02-23", "DATE", "2026-02-23")]),
    ("Updated 2026-02-27T17:01:30Z.", [("2026-02-27T17:01:30Z", "TIME", "2026-02-27T17:01:30Z")]),
    ("It began in July 2025.", [("July 2025", "DATE", "2025-07")]),
    ("It was founded in 2021.", [("2021", "DATE", "2021")]),
    ("Prices rose through the 1990s.", [("the 1990s", "DATE", "199")]),
    ("It sounded like the '80s, not '90s pop.", [("the '80s", "DATE", "198"), ("'90s", "DATE", "199")]),
    ("Sales fell in fiscal 1998.", [("fiscal 1998", "DATE", "1998")]),
    ("Profit rose in the fourth quarter.", [("the fourth quarter", "DATE", "2025-Q4")]),
    ("Revenue grew in Q3.", [("Q3", "DATE", "2025-Q3")]),
    ("It opened in spring 2025.", [("spring 2025", "DATE", "2025-SP")]),
    ("The vote was held in mid-March.", [("mid-March", "DATE", "2025-03")]),
    ("A decision is expected early next year.", [("early next year", "DATE", "2027")]),
    # relative to the DCT
    ("He resigned yesterday.", [("yesterday", "DATE", "2026-02-26")]),
    ("The board meets today.", [("today", "DATE", "2026-02-27")]),
    ("The board meets tonight.", [("tonight", "TIME", "2026-02-27TNI")]),
    ("He said Tuesday that he would resign.", [("Tuesday", "DATE", "2026-02-24")]),
    ("The meeting was moved on Friday.", [("Friday", "DATE", "2026-02-27")]),
    ("Shares fell last week.", [("last week", "DATE", "2026-W08")]),
    ("Shares fell earlier this week.", [("earlier this week", "DATE", "2026-W09")]),
    ("The rule takes effect next month.", [("next month", "DATE", "2026-03")]),
    ("She arrived two days ago.", [("two days ago", "DATE", "2026-02-25")]),
    ("The trial starts a week from Friday.", [("a week from Friday", "DATE", "2026-03-06")]),
    ("Revenue doubled last year.", [("last year", "DATE", "2025")]),
    ("The plant will open this spring.", [("this spring", "DATE", "2026-SP")]),
    ("The company was sold this week.", [("this week", "DATE", "2026-W09")]),
    # times and zones
    ("The deadline is 5:01 p.m. ET.", [("5:01 p.m. ET", "TIME", "2026-02-27T17:01-05:00")]),
    ("The deadline was 5:01 p.m. ET on July 10, 2025.", [("5:01 p.m. ET on July 10, 2025", "TIME",
                                                           "2025-07-10T17:01-04:00")]),
    ("Trading opens at 10 a.m. Eastern.", [("10 a.m. Eastern", "TIME", "2026-02-27T10:00-05:00")]),
    # the end of Friday, as TimeML writes it (TimeBank: "midnight Friday" 1989-10-27T24)
    ("The offer expires at midnight Friday.", [("midnight Friday", "TIME", "2026-02-27T24:00")]),
    ("Markets closed at 17:00 GMT.", [("17:00 GMT", "TIME", "2026-02-27T17:00Z")]),
    # durations, sets, vague references
    ("The talks lasted three months.", [("three months", "DURATION", "P3M")]),
    ("Prices rose in the past 24 hours.", [("the past 24 hours", "DURATION", "PT24H")]),
    ("The council meets every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2")]),
    ("The figures are published weekly.", [("weekly", "SET", "P1W")]),
    ("The company is now profitable.", [("now", "DATE", "PRESENT_REF")]),
    ("The company recently moved.", [("recently", "DATE", "PAST_REF")]),
    ("It is the biggest test to date of what today’s technology can do.",
     [("today", "DATE", "PRESENT_REF")]),  # "to date" is "so far", untagged as in TimeBank
    ("The company has spent years on it.", [("years", "DURATION", "PXY")]),
    ("Islam will one day be the second largest religion.", [("one day", "DATE", "FUTURE_REF")]),
    ("The strike will last one day.", [("one day", "DURATION", "P1D")]),
    ("It may change in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("The war lasted about two years.", [("about two years", "DURATION", "P2Y")]),
    # tense decides the direction of bare months
    ("Anthropic signed its $200 million DoD contract in July.", [("July", "DATE", "2025-07")]),
    ("The Senate will vote in July.", [("July", "DATE", "2026-07")]),
    ("The company reported losses in January.", [("January", "DATE", "2026-01")]),
    ("The company will report results in January.", [("January", "DATE", "2027-01")]),
    # anaphora
    ("The merger closed on March 3, 2024. The next day, shares fell.",
     [("March 3, 2024", "DATE", "2024-03-03"), ("The next day", "DATE", "2024-03-04")]),
    ("The company was founded in 1998. Three years later it went public.",
     [("1998", "DATE", "1998"), ("Three years later", "DATE", "2001")]),
    # negatives: common words that are not dates
    ("Officials may decide to march on the capital.", []),
    ("It took a second look; we saw the sun fall.", []),
    ("Shares fell 50% to $27 after the fall in prices.", []),
    ("May I ask a question? We did.", []),
    ("April Ryan asked June Carter; Sun Microsystems fell; Jan Smith seeks a second term.", []),
    ("He told USA Today and ABC's \"This Week\" about the people of tomorrow.", []),
    ("\"Now, we see that edge eroded,\" she said of the future of Europe.", []),
    # schedules in the present tense look ahead; "last February" said in March is a year back
    ("The trial starts March 3.", [("March 3", "DATE", "2026-03-03")]),
    ("The two leaders meet Monday.", [("Monday", "DATE", "2026-03-02")]),
    ("The law takes effect in January.", [("January", "DATE", "2027-01")]),
    ("A vote is expected Thursday.", [("Thursday", "DATE", "2026-03-05")]),
    ("The strike, which began Monday, ended.", [("Monday", "DATE", "2026-02-23")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[row[0][:40] for row in TABLE])
def test_table(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


def test_modifiers_become_mods() -> None:
    got = {t.text: t.mod for t in tag("Growth slowed in early 2025, late September and mid-March; "
                                      "the project took nearly two years.", DCT)}
    assert got == {"early 2025": "START", "late September": "END", "mid-March": "MID",
                   "nearly two years": "APPROX"}


def test_may_month_needs_context() -> None:
    assert found("The law took effect in May.") == [("May", "DATE", "2025-05")]
    assert found("Talks may resume; May Smith spoke.") == []


def test_weekday_direction_follows_tense() -> None:
    thursday = dt.date(2026, 2, 26)
    assert found("The firm has until Friday to respond.", thursday) == [("Friday", "DATE", "2026-02-27")]
    assert found("The firm responded Friday.", thursday) == [("Friday", "DATE", "2026-02-20")]


def test_zone_offset_depends_on_the_date() -> None:
    winter = found("at 9 a.m. ET", dt.date(2026, 1, 15))
    summer = found("at 9 a.m. ET", dt.date(2026, 7, 15))
    assert winter[0][2].endswith("-05:00") and summer[0][2].endswith("-04:00")


def test_aware_dct_is_converted_to_the_document_timezone() -> None:
    # 02:00 UTC on the 28th is still the 27th in New York
    dct = dt.datetime(2026, 2, 28, 2, 0, tzinfo=dt.UTC)
    assert found("It happened today.", dct, "America/New_York") == [("today", "DATE", "2026-02-27")]


def test_when_gives_the_interval_at_its_precision() -> None:
    (july,) = tag("They signed in July.", DCT)
    assert july.when is not None and july.when.precision == Precision.MONTH
    assert (july.when.year, july.when.month) == (2025, 7)
    (early,) = tag("Growth slowed in early 2025.", DCT)
    assert early.when is not None and early.when.qualifier == "early"
    (dur,) = tag("It lasted three months.", DCT)
    assert dur.when is None
    (ref,) = tag("It is now cheaper.", DCT)
    assert ref.when is None


def test_offsets_index_the_given_string() -> None:
    text = "Ünïcödé prefix — then on Feb. 23, 2026 it rained.\r\n Yesterday too."
    for t in tag(text, DCT):
        assert text[t.start:t.end] == t.text
    assert [t.text for t in tag(text, DCT)] == ["Feb. 23, 2026", "Yesterday"]


def test_empty_text_gives_no_expressions() -> None:
    assert tag("", DCT) == []


def test_dct_must_be_a_date() -> None:
    with pytest.raises(TypeError):
        tag("today", "2026-02-27")  # type: ignore[arg-type]


def test_timex_is_frozen() -> None:
    t = Timex(0, 5, "today", "DATE", "2026-02-27")
    with pytest.raises(AttributeError):
        t.value = "x"  # type: ignore[misc]


def test_triggers_cover_every_match_of_the_master_pattern() -> None:
    """The token prefilter must not hide matches: compare with a plain scan."""
    import re

    text = ("On Feb. 23, 2026 and 23 February 2026 the board met; last week, this spring, the past 24 hours, "
            "two days ago, a week from Friday, 5:01 p.m. ET, noon, Q3, the 1990s, fiscal 1998, every Tuesday, "
            "weekly, now, recently, in the future, the year-ago quarter, third-quarter, nineteen ninety-six, "
            "the 20th century, mid-afternoon yesterday, for years, recent months, current market, soon. "
            "FY2025, 1Q26, Q1'26, H2 2025, YTD, year-to-date, 9/11, Christmas, New Year's Eve, Election Day, "
            "Presidents' Day, Good Friday, Fourth of July, Martin Luther King Jr. Day, fell overnight.")
    master = master_pattern()
    starts = {m.start() for m in master.finditer(text)}
    words = {m.group().lower() for m in re.finditer(r"[A-Za-z]+", text)
             if m.start() in starts}
    assert words <= TRIGGERS
    assert len(RULES) == len({r.name for r in RULES})


def test_time_takes_the_day_named_just_before() -> None:
    assert found("A hearing is set for March 16 at 10 a.m.") == [
        ("March 16", "DATE", "2026-03-16"), ("10 a.m.", "TIME", "2026-03-16T10:00")]
    # the next sentence of a story told in the past is still on that day (issue 17) ...
    assert found("It met on March 16. At 10 a.m. it voted.")[1] == ("10 a.m.", "TIME", "2025-03-16T10:00")
    # ... but a clause that turns to what is ahead is not
    assert found("It met on March 16. At 10 a.m. it will vote.")[1] == ("10 a.m.", "TIME", "2026-02-27T10:00")


def test_earnings_comparisons_use_the_topic_quarter() -> None:
    text = ("Profit rose in the third quarter to $5 million from $3 million a year earlier. "
            "In the year-ago quarter, sales were flat. Revenue in the quarter rose 9%.")
    assert found(text, dt.date(1989, 10, 26)) == [
        ("the third quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3"),
        ("the year-ago quarter", "DATE", "1988-Q3"), ("the quarter", "DATE", "1989-Q3")]


def test_comparisons_do_not_move_the_anchor() -> None:
    text = "The plant opened on May 4, 2020. A year earlier, it was a field. The next day, it hired 50 people."
    assert found(text)[-1] == ("The next day", "DATE", "2020-05-05")


def test_vague_durations_and_until_then() -> None:
    assert found("They will stay for a while.") == [("a while", "DURATION", "PXX")]
    assert found("Prices rose over the years.") == [("the years", "DURATION", "PXY")]
    assert found("The offer ends on Nov. 30, 2026. Until then, shares trade freely.") == [
        ("Nov. 30, 2026", "DATE", "2026-11-30"), ("then", "DATE", "2026-11-30")]


def test_deadlines_and_record_dates_take_the_nearest_date() -> None:
    dct = dt.date(1989, 10, 27)
    assert found("The dividend is payable Jan. 2 to holders of record Dec. 15.", dct) == [
        ("Jan. 2", "DATE", "1990-01-02"), ("Dec. 15", "DATE", "1989-12-15")]


def test_last_month_name_skips_the_month_just_ended() -> None:
    assert found("Helicopters crashed last February.", dt.date(1998, 3, 1)) == [("last February", "DATE", "1997-02")]
    assert found("The plant closed last June.", dt.date(1989, 10, 27)) == [("last June", "DATE", "1989-06")]


def test_unknown_timezone_is_a_date_error() -> None:
    from timeline.errors import DateError

    with pytest.raises(DateError):
        tag("today", dt.datetime(2026, 2, 27, 12, tzinfo=dt.UTC), "Mars/Olympus")


def test_anaphoric_parts_of_day() -> None:
    assert found("The fire broke out on Feb. 20. The next morning, crews arrived. That night it rained.") == [
        ("Feb. 20", "DATE", "2026-02-20"), ("The next morning", "TIME", "2026-02-21TMO"),
        ("That night", "TIME", "2026-02-21TNI")]
