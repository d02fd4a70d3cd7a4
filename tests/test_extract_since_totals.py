"""A "since" date that only measures a running tally or a place held dates nothing.

Every text here is written for these tests. "Since 2019, the port has handled 4,000 ships" and "a barge has been
onsite since April 25" tell how things stand on the article's day, not anything that happened in 2019 or on April
25. A happening told beside the date ("since May 3, when the dam gave way"), an activity with no count or with a
rate ("the river has flooded the valley since Monday"), a post, a denial and a date that "since" does not take keep
their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.since_totals import measured_since
from timeline.model import Document

PUBLISHED = dt.date(2031, 3, 12)  # a Wednesday


def _dates(text: str) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))}


def _at(sentence: str, date: str) -> tuple[int, int]:
    at = sentence.rindex(date)
    return at, at + len(date)


def test_a_tally_or_a_place_held_since_a_date_dates_nothing() -> None:
    for sentence, date in (
            ("Ferry fares have almost doubled since 2024, a survey shows.", "2024"),
            ("The council has spent $2.4 million on the bridge since early 2027.", "2027"),
            ("Visits to the museum have risen 40% since January.", "January"),
            ("Twelve million tickets have been sold since January.", "January"),
            ("The agency has spent $2 million to buy boats, cranes and nets for the port since 2026.", "2026"),
            ("Dozens of wells have been drilled off the cape since 2026.", "2026"),
            ("The share of guards in the workforce has increased four-fold since 1950.", "1950"),
            ("Investors have wiped a quarter off the firm's value since April.", "April"),
            ("A survey barge has been onsite since April 25.", "April 25"),
            ("A resistant strain of the fever has been in circulation since 2028.", "2028"),
            ("The cafe opened in 1990 and has since 1995 been one of the town's best.", "1995"),
    ):
        start, end = _at(sentence, date)
        assert measured_since(sentence, 0, start, end, len(sentence)), sentence


def test_a_happening_beside_it_an_activity_and_other_dates_keep_theirs() -> None:
    for sentence, date in (
            ("No water has crossed the dam since May 3, when crews closed the last sluice.", "May 3"),
            ("Inspections have been stepped up since 2027, when a ferry sank off Dunmore.", "2027"),
            ("Water has poured over the dam since Monday.", "Monday"),
            ("The two ferry firms have worked together since 2025.", "2025"),
            ("Up to 6,000 litres of water a day have poured over the dam since Monday.", "Monday"),
            ("The pipe has not leaked any gas since Thursday.", "Thursday"),
            ("The fund has paid out $3 million since it opened on March 2.", "March 2"),
            ("The river has flooded the valley 300 feet below the town since Monday.", "Monday"),
            ("Gas has leaked from a pipe 5,000 feet under the sea since Monday.", "Monday"),
            ("The lock has been closed since Monday.", "Monday"),
            ("The frigate, which has been on patrol since March, is due home.", "March"),
            ("Since 2025 _ when the army built a wall _ nearly 200 soldiers have died there.", "2025"),
            ("Since Tuesday, the shares have gained nearly 4%.", "Tuesday"),
            ("Since 2019, the port has handled more than 4,000 ships.", "2019"),
            ("Ilse Moor has been the city's harbour master since 2024.", "2024"),
            ("Tom Reyes has been in charge of the depot since 2024.", "2024"),
            ("The ports, which handle 80 percent of exports, have been closed since Sunday.", "Sunday"),
            ("Its ferry port, not needed for freight, has been closed since Sunday night.", "Sunday night"),
            ("Since last week, officials have said the firm should pay workers idled by the six-month ban.",
             "last week"),
            ("The results of two inquiries into the crash have been released since last week.", "last week"),
            ("Since Saturday's figures were collated, Chile has confirmed its first two cases.", "Saturday"),
            ("Crews have been pumping mud into the shaft since Friday.", "Friday"),
            ("The fund paid out $3 million on Tuesday.", "Tuesday"),
    ):
        start, end = _at(sentence, date)
        assert not measured_since(sentence, 0, start, end, len(sentence)), sentence


def test_the_tallies_get_no_date_of_their_own() -> None:
    for text, date in (
            ("Tallis Ferries cut its fares on Tuesday. Investors have wiped about a quarter off the firm's market "
             "value since April.\n", "2030-04"),
            ("Tallis Ferries cut its fares on Tuesday. A survey barge, the largest in the fleet, has been onsite "
             "since March 2.\n", "2031-03-02"),
    ):
        dates = _dates(text)
        assert "2031-03-11" in dates
        assert date not in dates, text


def test_the_happening_told_beside_a_since_date_keeps_it() -> None:
    text = ("Tallis Ferries cut its fares on Tuesday. No water has crossed the dam since May 3, 2030, when crews "
            "closed the last sluice.\n")
    assert "2030-05-03" in _dates(text)


def test_a_tally_whose_figure_follows_the_date_dates_nothing() -> None:
    for sentence, date in (
            ("This brings the official total since April to 1,204.", "April"),
            ("The death toll since May now stands at 40, the ministry said.", "May"),
    ):
        start, end = _at(sentence, date)
        assert measured_since(sentence, 0, start, end, len(sentence)), sentence
    for sentence, date in (
            ("The total has risen since April, when the count began, to 1,204.", "April"),
            ("The port's traffic since April rose to 1,204 ships.", "April"),
            ("The first total since April came to 1,204.", "April"),
    ):
        start, end = _at(sentence, date)
        assert not measured_since(sentence, 0, start, end, len(sentence)), sentence
    text = ("Tallis Ferries cut its fares on Tuesday. Nine more cases were confirmed on Tuesday. This brings the "
            "official total since April to 1,204.\n")
    assert not any(d.endswith("-04") for d in _dates(text)), _dates(text)
