"""A quote whose first clause runs a few letters past a title's limit with the speaker's whole name keeps that clause
whole with the surname, as a headline names a person again (issue 16); a quote that fits keeps the whole name. Every
sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, *dates: str) -> str:
    return write_title(sentence, [(sentence.index(d), sentence.index(d) + len(d)) for d in dates])


def test_a_quote_keeps_its_whole_first_clause_with_the_speakers_surname() -> None:
    title = _title("\"At this stage, it is impossible to predict the final cost of rebuilding the old harbour wall, "
                   "but it will be large,\" Marian Hollis, the county surveyor, said at a briefing on Friday.", "Friday")
    assert title == "Hollis: “it is impossible to predict the final cost of rebuilding the old harbour wall”"


def test_a_quote_that_fits_keeps_the_speakers_whole_name() -> None:
    title = _title("\"At this stage, it is impossible to predict the cost, but it will be large,\" council chief "
                   "executive Marian Hollis said at a briefing on Friday.", "Friday")
    assert "Marian Hollis" in title
