"""A speaker's hypothetical keeps its condition in the title or is no event (:mod:`.supposed_sayings`), and a
writer's likening ("the offer seemed like a lifeline") is no happening (:func:`.stances.seeming`). Every text here is
written for these tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.stances import seeming
from timeline.extract.title_quotes import with_quote

_STORY = ("The river burst its banks in Marlow on Thursday, flooding 200 homes.\n"
          "Crews worked through the night to pump the water out.\n")
_LONG_IF = ("\"If we make the decision to open the sluice gates at the weir, there will be a period when water will "
            "go back into the lower town,\" engineer Ruth Lind said on Wednesday.\n")


def test_a_condition_that_does_not_fit_leaves_no_prediction_in_the_title() -> None:
    quote = ("If we make the decision to open the sluice gates at the weir, there will be a period when water will go "
             "back into the lower town")
    assert with_quote("Ruth Lind says", quote) == "Ruth Lind says"
    short = "If the rain returns, the bridge will close"
    assert with_quote("Ruth Lind says", short) == "Ruth Lind says: “If the rain returns, the bridge will close”"


def test_a_plan_on_its_own_success_keeps_its_main_clause() -> None:
    quote = "If all goes as planned, within about 24 hours we could have the pumps working again at the weir"
    assert "could have the pumps working" in with_quote("Ruth Lind says", quote)


def test_a_hypothetical_whose_condition_no_title_holds_is_no_event() -> None:
    events = events_of(_STORY + _LONG_IF)
    assert [e.title for e in events if any("sluice" in s.quote for s in e.sources)] == []
    assert not any("there will be a period" in e.title.lower() for e in events)


def test_a_likening_closing_the_sentence_is_an_impression() -> None:
    assert seeming("For hundreds of farmers whose fields are flooded, the offer of work from the council seemed like "
                   "a lifeline.")
    assert seeming("The plume looks like a finger reaching out from the main slick.")
    assert not seeming("It now looks like the repairs will last until August.")
    assert not seeming("The offer seemed like a lifeline, the mayor said.")
    drilling = "The drilling of the new well this spring looked like an unqualified success."
    assert not seeming(drilling, drilling.index("this spring"))  # (a date in the subject names a happening)
    assert seeming("The offer seemed like a lifeline on Monday.", 30)
    events = events_of("For hundreds of farmers whose fields are flooded, the offer of work from the council seemed "
                       "like a lifeline.\nThe council hired 40 farmers on Tuesday to clear the drains.\n")
    assert not any("lifeline" in e.title for e in events)
    assert any("hired 40 farmers" in s.quote for e in events for s in e.sources)


def test_a_figure_worked_out_with_would_dates_nothing() -> None:
    from timeline.extract.would_figures import in_would_figure

    def idle(sentence: str, date: str) -> bool:
        return in_would_figure(sentence, 0, sentence.index(date), len(sentence))

    assert idle("That would equal $2.1 million as of Tuesday.", "Tuesday")
    assert idle("It would take about 90 days for the lake to reach the level of the 1998 flood.", "90 days")
    assert idle("The town would normally be full of visitors during the long Easter weekend.", "Easter")
    assert not idle("The vote would be held on Friday.", "Friday")
    assert not idle("Crews would start pumping on Monday.", "Monday")
    assert not idle("The mayor said the repairs would be finished by Friday.", "Friday")
    events = events_of(_STORY + "That would equal $2.1 million as of Tuesday.\n")
    assert not any("2.1 million" in s.quote for e in events for s in e.sources)
