"""What has not happened, what remains so and what a thing is: no happening on a news page (issue 16, precision).

Every text here is written for these tests. "The board is yet to decide on a payment due on 27 July": the date is
the payment's, and nothing was decided. "The harbour wall remains unsafe this week", "TILBURY CRANE, MARCH 2030 The
crane is the tallest of its kind": how things stand, dated by a look at them or by a heading. A lead that only
supposes ("If ..., they could visit Hull") reports nothing of the day. What stays: a happening the clause names
("the man arrested on Monday"), a plan ("remains on track for completion in August"), a schedule ("The hearing is on
Tuesday") and a happening a comparison names after the copula ("worse than the dispute in 1989, when ...").
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.span_counts import counted_over_years
from timeline.extract.standing_states import in_standing_state
from timeline.extract.suppositions import supposes
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday
OPENING = "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said. "


def _dates(text: str) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))}


def _state_at(sentence: str, word: str) -> bool:
    return in_standing_state(sentence, 0, sentence.index(word), len(sentence))


def test_what_has_not_happened_yet_dates_nothing() -> None:
    for text, date in (
            ("The port's board is yet to decide what to do about a £3m payment due to be made on 27 July.",
             "2031-07-27"),
            ("The harbour master has not yet answered the petition delivered in March.", "2031-03"),
    ):
        assert date not in _dates(OPENING + text), text
    # ("the docker arrested on Monday": the arrest is the date's, whatever the police have not yet done)
    assert not _state_at("Police have not yet named the docker arrested on Monday.", "Monday")


def test_what_remains_so_dates_nothing_but_a_plan_stays() -> None:
    assert "2031-W20" not in _dates(OPENING + "The harbour wall remains unsafe this week.")
    assert _state_at("This week the harbour wall remains unsafe.", "This week")
    for sentence, word in (
            ("The new lock remains on track for completion in August.", "August"),
            ("The remains were flown home to Hull on Monday.", "Monday"),
            ("The school will remain shut until Monday.", "Monday"),
    ):
        assert not _state_at(sentence, word), sentence
    assert "2031-08" in _dates(OPENING + "The new lock remains on track for completion in August.")


def test_what_a_thing_is_dates_nothing() -> None:
    assert "2030-03" not in _dates(OPENING + "TILBURY CRANE, MARCH 2030 The Tilbury crane is the tallest crane of "
                                             "its kind in Europe.")
    assert _state_at("But this year most of the mussels in the estuary are dead.", "this year")
    for sentence, word in (
            ("The hearing is on Tuesday.", "Tuesday"),
            ("The strike is far worse than the dispute of 1989 when the dockers blocked the port.", "1989"),
            ("The mayor is in Tilbury today.", "today"),
            ("There are two fires on the quay on Monday.", "Monday"),
            ("Wednesday is the deadline for dockers seeking back pay.", "Wednesday"),
            ("The harbour master explains that today, the odds of a crane failing are one in a million.", "today"),
            ("In Hull, in 2030, the port owners are also now trying to win back two shipping lines.", "2030"),
            ("TILBURY QUAY, MARCH 4, 2030 This is a risk the port plans for, but its alarm wasn't working.", "MARCH"),
    ):
        assert not _state_at(sentence, word), sentence


def test_a_lead_that_only_supposes_is_no_event() -> None:
    lead = "If the dockers at Tilbury want to see what a long strike does, they could visit the port of Hull.\n"
    events = extract(Document(path="t.txt", text=lead + "Engineers closed the quay to lorries on Monday.\n",
                              published=PUBLISHED))
    assert not any("Hull" in e.title for e in events), [e.title for e in events]
    assert any(e.when.value() == "2031-05-12" for e in events), [e.title for e in events]
    # (a plan on its own success, a saying and a past told as fact stay)
    for sentence in ("If the pumps work, the dock could be dry by Sunday.",
                     "If convicted, the docker faces four years in prison, a judge ruled on Monday.",
                     "If the figures are right, 40 tonnes of fish had rotted by May 12."):
        assert not supposes(sentence), sentence
    assert supposes("If the strike goes ahead, the port will close on Monday.")


def test_a_count_over_a_span_of_years_dates_neither_end() -> None:
    for text, date in (
            ("The same crane had failed eight times between 2019 and 2029, and twice it had caught fire.", "2019"),
            ("Between 2025 and January 2030, there were 12 cases of the disease among dockers.", "2025"),
            ("Spills in the estuary totalled about 17,000 barrels from 2001 to 2029.", "2001"),
    ):
        assert date not in _dates(OPENING + text), text
    # (a tenure's start, and a span within a week, keep their dates)
    assert counted_over_years("Spills totalled 17,000 barrels from 2001 to 2029.", 0, 31, 35, 49)
    for sentence, word in (("The mayor served on the port board from 2025 to 2028.", "2025"),
                           ("Between Monday and Wednesday, crews laid 20 miles of boom.", "Monday")):
        start = sentence.index(word)
        assert not counted_over_years(sentence, 0, start, start + len(word), len(sentence)), sentence
