"""A speaker named before in the story, saying something for the first time (:mod:`.named_again`).

Every text here is written for these tests: a shipping line named in the story's background and then answering on the
news day; a speaker who spoke already, whose further words go on with the statement told; a speaker told first with an
apposition ("Marta Ilves, head of the pilots' union, said").
"""

from __future__ import annotations

from day_sayings_support import LEAD, dated, events_of

from timeline.extract.named_again import told_already

_BACKGROUND = ("The tanker belongs to Corvex Shipping, a line based in Tallmark.\n"
               "The channel is nine miles long and lined with reed beds.\n")


def test_a_body_named_in_the_background_answers_on_the_news_day() -> None:
    sentence = "Corvex Shipping said its pilot had followed the port's orders.\n"
    assert dated(events_of(LEAD + _BACKGROUND + sentence), "its pilot had followed") == ["2031-05-15"]


def test_a_speaker_who_spoke_already_goes_on_with_the_statement_told() -> None:
    first = "Corvex Shipping said its pilot had followed the port's orders.\n"
    again = "Corvex Shipping said the tanker would be refloated by a salvage crew.\n"
    events = events_of(LEAD + _BACKGROUND + first + "The channel is lined with reed beds.\n" + again)
    assert dated(events, "its pilot had followed") == ["2031-05-15"]
    assert dated(events, "would be refloated") == []


def test_told_already() -> None:
    assert told_already("Ilves", set(), "Marta Ilves, head of the pilots' union, said the buoys had drifted. ")
    assert told_already("Ilves", set(), "The buoys had drifted, said Marta Ilves. ")
    assert told_already("Corvex", {"Corvex"}, "")
    assert told_already("Ilves", set(), "", ["Marta Ilves"])
    assert not told_already("Corvex", set(), "The tanker belongs to Corvex Shipping, a line based in Tallmark. ")
    assert not told_already("Corvex", set(), "Corvex Shipping, a line based in Tallmark, owns the tanker. ")
