"""A stance is no event, and a dated thing measured against is no event either (issue 16, precision).

Every text here is written for these tests. "It seems inevitable that the slick will reach the islands by Friday":
the main clause tells how things look, and nothing it reports has happened. "Just like in 2019, the pumps failed":
2019 is the time likened, not when the pumps failed. A speaker's saying, a hope with its plan, and a happening told in
a clause of its own keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.stances import in_stance
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))]


def _dates(text: str) -> set[str]:
    return {date for date, _ in _events(text)}


def _stance_at(sentence: str, word: str) -> bool:
    return in_stance(sentence, 0, sentence.index(word), len(sentence))


def test_how_things_look_dates_nothing() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("It seems inevitable that some of the slick will reach the islands by Friday.", "2031-05-16"),
            ("It looks as if the harbour regatta is still going ahead this year.", "2031"),
            ("It is unclear whether the talks will resume next week.", "2031-W21"),
            ("It remains too early to say how long the repairs will take this summer.", "2031-SU"),
    ):
        assert date not in _dates(opening + text), text


def test_fears_and_worries_date_nothing() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("There are fears that the strike could last until August.", "2031-08"),
            ("Around the harbour this week, there were worries that the fund would not do enough.", "2031-W20"),
            ("Fears are growing that the harvest will fail this year.", "2031"),
    ):
        assert date not in _dates(opening + text), text


def test_a_present_mind_dates_nothing() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("Health officials are worried it might return in a more virulent form in the winter.", "2031-WI"),
            ("The singer is worried bad weather could spoil the concert on May 20.", "2031-05-20"),
            ("Analysts are wondering whether the merger talks of 2027 might resume.", "2027"),
    ):
        assert date not in _dates(opening + text), text


def test_sayings_plans_and_told_happenings_keep_their_dates() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    assert "2031-05-16" in _dates(opening + "The mayor said she was worried the dam could fail on Friday.")
    assert "2031-05-20" in _dates(opening + "The company is hoping to reopen the route on May 20.")
    assert "2031-05-20" in _dates(opening + "The company is hoping the new ferry will enter service on May 20.")
    assert "2031-05-13" in _dates(opening + "It is unclear how long the repairs will take after the crane "
                                            "collapsed on Tuesday.")
    assert any(d.startswith("2031-05-13") for d in _dates(
        opening + "It remains unclear how long it will take to mend the pump, which halted the trials, which began on "
                  "Tuesday afternoon."))


def test_stance_needs_its_own_main_clause() -> None:
    assert _stance_at("It seems likely the bridge will reopen next week.", "next")
    assert not _stance_at("It is unclear what damaged the bridge last week.", "last")
    assert not _stance_at("With the collapse of the bridge last week, fears are growing that trade will suffer.",
                          "last")
    assert not _stance_at("There are fears of a flood in the valley this week.", "this")


def test_what_something_is_measured_against_dates_nothing() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("But trading might not be as easy today as it was in 2025.", "2025"),
            ("\"We are not as exposed as we were in 2017's flood, which was far worse,\" he said.", "2017"),
            ("\"Just like in 2019, there were no plans for an evacuation,\" she said.", "2019"),
            ("The firm said it ran fewer adverts between April and July than during a similar period last year.",
             "2030"),
            ("The mine had flooded more than 16 times as much as the 257,000 tonnes of water lost at Dunmore in 2019.",
             "2019"),
            ("At that rate it would take a month for the leak to reach levels of the Dunmore spill in 2019.", "2019"),
            ("The coverage could rise to the levels seen during the trial of the singer Dan Hollis in 2015.", "2015"),
            ("\"It is not going to be as severe as the Dunmore fever outbreak of 2018,\" he said.", "2018"),
            ("Her analysis suggests the strain is about as dangerous as the virus behind a 2011 outbreak.", "2011"),
            ("The good done by the scheme pales in comparison with the damage wreaked by the crash of 2027.", "2027"),
            ("Dr Jones said it should not be put in the same category as the Nordvik spill of 2019.", "2019"),
            ("Some 6 million litres have leaked, more than half of what the Nordvik tanker spilled in 2019.", "2019"),
    ):
        assert date not in _dates(opening + text), text


def test_the_clause_own_dates_stay_beside_an_equative() -> None:
    assert "2029" in _dates("The firm hired as many as 500 workers in 2029.")
    assert "2029" in _dates("The mayor was as popular as the harbour master in 2029 when he took office.")
    assert "2029" in _dates("The fund will work in the same way as the one set up in 2029 for the flood victims.")


def test_a_happening_told_beside_the_date_keeps_it() -> None:
    assert "2019" in _dates("The ferry company cancelled two sailings on Monday. It is too soon to tell whether the "
                            "strike will stir the anger aimed at the port in 2019, when one of its cranes fell on a "
                            "school bus.")
    assert "2011" in _dates("The ferry company cancelled two sailings on Monday. Her analysis suggests the strain is "
                            "about as dangerous as the virus behind a 2011 epidemic that killed 2,000 people.")


def test_a_hedged_certainty_after_a_condition_is_a_supposition() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    assert _dates(opening + "If many oyster beds are tainted, the harvest is virtually certain to fall over the next "
                            "year, scientists say.") == _dates(opening)
    assert "2031-06" in _dates(opening + "If all goes to plan, the new ferry is likely to enter service next month.")


def test_a_live_entry_that_only_asks_is_no_event() -> None:
    page = ("The ferry company has cancelled all sailings to the islands after a strike by its crews.\n"
            "4pm: So what is actually going on at the harbour?\n"
            "1947: One more big question: will the minister call in the army?\n"
            "1950: The minister says she will meet union leaders tomorrow.\n"
            "2003: The minister opens by praising the crews - perhaps an attempt to calm the strikers?\n")
    titles = " | ".join(title for _, title in _events(page))
    assert "going on" not in titles and "army" not in titles, titles
    assert "meet union leaders" in titles and "praising the crews" in titles, titles


def test_a_question_left_open_at_a_time_dates_nothing() -> None:
    assert _stance_at("It was unclear Tuesday night whether the ferries would sail again on Friday.", "Friday")
    assert _stance_at("It is not yet clear today if the harbour will reopen next week.", "next week")
    assert _stance_at("It was unclear last night whether the crew had gone ashore in the storm.", "storm")
    assert not _stance_at("It was unclear on Tuesday, and remains so, how many boats the storm sank.", "storm")


def test_a_worry_or_rumour_told_in_the_perfect_dates_nothing() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("There have been concerns that the island could lose its only ferry this summer.", "2031-SU"),
            ("There has been speculation that the company will sell the route in June.", "2031-06"),
            ("Islanders have long feared that the route would close this year.", "2031"),
            ("The council has long worried that the pier would close this summer.", "2031-SU"),
    ):
        assert date not in _dates(opening + text), text


def test_an_own_mind_in_the_present_dates_nothing() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("We know that storms can close the harbour for weeks in the winter.", "2031-WI"),
            ("I believe the council will back the new pier in June.", "2031-06"),
            ("Today we live with a timetable that changes every week.", "2031-05-14"),
    ):
        assert date not in _dates(opening + text), text


def test_a_plan_a_past_mind_and_a_saying_keep_their_dates() -> None:
    opening = "The ferry company cancelled two sailings on Monday. "
    for text, date in (
            ("We expect to begin the new sailings next week.", "2031-W21"),
            ("We were concerned about the sale of the route in 2029.", "2029"),
            ("I know about the reports of the sale today.", "2031-05-14"),
            ("\"We know the pier will reopen in June,\" the harbour master said.", "2031-06"),
            ("\"I think that by June we will have the pier open again.\"", "2031-06"),
            ("It was unclear whether the ferry would sail after the crew abandoned it on Tuesday.", "2031-05-13"),
    ):
        assert date in _dates(opening + text), text


def test_a_happening_after_a_quoted_mind_keeps_its_date() -> None:
    text = ("The band cancelled its tour on Monday. \"We respect their decision\" The singer retired in June 2029 "
            "after a long illness.")
    assert "2029-06" in _dates(text)
