"""A coming election the news is set against is a reference point, not an event (issue 16).

Every text here is written for these tests. "a liability for the governor before November's provincial elections":
the date is the election's, which has not happened, and the clause tells a stake, not a happening. A past election,
and a coming one the sentence sets, calls or holds, keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.election_backdrops import election_backdrop
from timeline.extract.sentences import Sentence
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))]


def test_a_coming_election_dates_no_clause_set_against_it() -> None:
    for text in (
            "The dock strike could become a liability for the governor before November's provincial elections.",
            "The port closures are key issues in November council elections, analysts say.",
            "The mayor wants to avoid any fallout, especially with council elections looming in November.",
            "With regional elections fast approaching in October, a ban on night flights appears likely.",
            "The ferry row gave the opposition a slogan it will repeat on its way to November's elections.",
            "The strike is a headache for the cabinet, which faces tough election fights in November.",
            "Both parties have put the ferry fares into their advertising for the mid-term elections this autumn.",
            # a verb of another clause ("delayed": the bill's) does not set the vote
            "Action on the harbour bill could be delayed for months as the council approaches the November elections.",
    ):
        assert _events(text) == [], text


def test_the_coming_election_named_alone_is_no_event() -> None:
    text = ("Harbour fees rose by 4% on Tuesday. The rise is a gift to the opposition in the run of the debate over "
            "the November 3 elections.")
    assert [when for when, _ in _events(text)] == ["2031-05-13"]


def test_a_past_election_or_one_the_sentence_sets_keeps_its_date() -> None:
    assert _events("Voters elected Ms Duarte as mayor in November 2029.") == [("2029-11", "Voters elect Ms Duarte as mayor")]
    assert [when for when, _ in _events("The council elections will be held on November 4, the board said.")] == [
        "2031-11-04"]
    assert [when for when, _ in _events("The state elections, first set for June, were postponed until "
                                        "September 9 by the court on Tuesday.")] != []
    # An election told as due at a date states its schedule (TimeBank's annotators date it there).
    assert "2031-09" in [when for when, _ in _events(
        "With the general election due this September, the harbour strike could not have come at a worse time.")]


def test_the_date_must_be_the_elections() -> None:
    sentence = "The union will meet in November to discuss the ferry fares before the elections."
    start = sentence.index("November")
    assert not election_backdrop(sentence, Sentence(0, len(sentence), sentence), (start, start + 8),
                                 dt.date(2031, 11, 1), PUBLISHED)
    sentence = "The fares are a campaign issue before November's county elections."
    start = sentence.index("November")
    assert election_backdrop(sentence, Sentence(0, len(sentence), sentence), (start, start + 8),
                             dt.date(2031, 11, 1), PUBLISHED)
    assert not election_backdrop(sentence, Sentence(0, len(sentence), sentence), (start, start + 8),
                                 dt.date(2030, 11, 1), PUBLISHED)  # an election already held
