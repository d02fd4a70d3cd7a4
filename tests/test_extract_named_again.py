"""A speaker named before in the story, saying something for the first time (:mod:`.named_again`).

Every text here is written for these tests: a shipping line named in the story's background and then answering on the
news day; a speaker who spoke already, whose further words go on with the statement told; a speaker told first with an
apposition ("Marta Ilves, head of the pilots' union, said"); what an answer must be to be news (a body's, told whole,
about something named in it).
"""

from __future__ import annotations

from day_sayings_support import LEAD, dated, events_of

from timeline.extract.named_again import Answer, news_answer, told_already

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


def test_a_reaction_told_before_is_the_speaker_told_already() -> None:
    assert told_already("Ellery", set(), "Mayor Ann Ellery laughed when she heard the remark. ")


def _answer(speaker: str, title: str, sentence: str) -> Answer:
    return Answer(speaker, title, sentence)


def test_a_body_answering_with_news_told_whole() -> None:
    assert news_answer(_answer("Corvex Shipping", "Corvex Shipping says it will pay for the salvage",
                               "Corvex Shipping said it would pay for the salvage."))
    assert news_answer(_answer("Corvex Shipping", "Corvex Shipping says it will pay for the salvage",
                               "Corvex Shipping said it would pay for the salvage, which may take a month."))


def test_a_person_named_before_is_left_out() -> None:
    said = "Ilves said the buoys had drifted in the storm."
    assert not news_answer(_answer("Marta Ilves", "Marta Ilves says the buoys had drifted in the storm", said))
    assert not news_answer(_answer("Marta and Jon Ilves", "Marta and Jon Ilves say the buoys had drifted", said))


def test_no_quotation_no_saying_told_again_no_title_cut_before_its_words() -> None:
    assert not news_answer(_answer("Corvex Shipping", "Corvex Shipping says: “We will pay”",
                                   "Corvex Shipping said: “We will pay for the salvage.”"))
    assert not news_answer(_answer("Corvex Shipping", "Corvex Shipping says it will pay for the salvage",
                                   "Corvex Shipping said in a recent interview that it would pay for the salvage."))
    assert not news_answer(_answer("Corvex Shipping", "Corvex Shipping tells the Veldt Courier, a weekly",
                                   "Corvex Shipping told the Veldt Courier, a weekly, about its plans for the quay."))


def test_a_person_named_before_is_not_dated_to_the_news_day() -> None:
    text = (LEAD + "Marta Ilves, who lives by the quay, watched the tug pull the tanker free.\n"
            "The channel is nine miles long and lined with reed beds.\n"
            "Ilves said the tanker had been drifting for an hour before it struck.\n")
    assert dated(events_of(text), "drifting for an hour") == []


def test_no_saying_whose_words_point_back_nor_no_comment() -> None:
    assert not news_answer(_answer("Corvex Shipping", "Corvex Shipping says it is not advising the same to all ports",
                                   "Corvex Shipping said it was not advising the same to all ports."))
    assert news_answer(_answer("Corvex Shipping", "Corvex Shipping says earlier it will pay for the salvage",
                               "Corvex Shipping said earlier it would pay for the salvage."))
    assert not news_answer(_answer("The Veldt Harbour Board", "The Veldt Harbour Board says they should not go ahead",
                                   "The Veldt Harbour Board said they should not go ahead."))
    assert not news_answer(_answer("Corvex Shipping", "Corvex Shipping says it has no comment",
                                   "Corvex Shipping said it had no comment."))
