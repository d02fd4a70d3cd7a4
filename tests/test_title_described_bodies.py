"""A title's "The commission" as the story described the body when it gave it no name: "an inquiry board she set
up" -> "The flood inquiry commission ..."; never when the story describes two bodies of that noun or names one.

Every sentence here is written for these tests; the bodies, people and places are invented.
"""

from __future__ import annotations

from timeline.extract.definite_names import fuller_name
from timeline.extract.described_bodies import described_body, without_owner


def test_the_commission_takes_the_description_the_story_gave_it() -> None:
    before = ("The governor met the co-chairs of a presidential commission she appointed to study the floods. "
              "Its members toured the valley on Monday. ")
    assert fuller_name("The commission is to publish its final report", before) == \
        "The presidential commission is to publish its final report"


def test_the_latest_description_that_holds_every_other() -> None:
    before = ("Lawmakers welcomed a flood commission that will advise the state. "
              "Members of the presidential flood commission said the levees failed. ")
    assert described_body("commission", before) == "the presidential flood commission"


def test_two_different_descriptions_leave_the_title() -> None:
    before = ("A state commission said the dam was unsafe. "
              "Separately, the presidential commission investigating the floods met in Dover. ")
    assert fuller_name("The commission is due to meet", before) == "The commission is due to meet"


def test_a_named_body_of_the_noun_leaves_it_to_the_named_forms() -> None:
    before = ("A state commission said the dam was unsafe. "
              "The state River Safety Commission was set up by Governor Ann Hale last year. ")
    assert described_body("commission", before) is None
    before = "Officials at the Dover flood commission said the levees failed. A special commission will meet. "
    assert described_body("commission", before) is None


def test_a_capital_opening_a_sentence_is_no_name() -> None:
    before = "Commission blames levee builders\nA presidential commission said the levees failed. "
    assert described_body("commission", before) == "the presidential commission"


def test_words_that_say_when_or_which_are_no_description() -> None:
    before = "The first commission met in 2003. The same commission said the levees failed. "
    assert described_body("commission", before) is None
    assert fuller_name("The commission is due to meet", before) == "The commission is due to meet"


def test_the_panel_is_the_one_commission_the_story_described() -> None:
    before = "Investigators with the presidential commission say the levees failed. "
    assert fuller_name("The panel is due to release its final report", before) == \
        "The presidential commission is due to release its final report"
    before += "A state committee said the dam was unsafe. "
    assert fuller_name("The panel is due to release its final report", before) == \
        "The panel is due to release its final report"


def test_a_long_title_keeps_what_kind_of_body_without_its_owner() -> None:
    before = "The White House flood commission said on Monday the levees had failed. "
    title = "The commission will release its full review of the floods and the levees next spring"
    assert fuller_name(title, before) == \
        "The flood commission will release its full review of the floods and the levees next spring"
    assert without_owner("the White House commission", "commission") is None


def test_a_thing_of_the_same_noun_is_no_body() -> None:
    before = ("Divers filmed a grey panel with two valves on the pipe. "
              "A U.S. government-appointed panel said on Friday the pipe had cracked. ")
    assert fuller_name("The panel reports its findings", before) == "The panel reports its findings"


def test_a_report_brought_in_with_a_takes_its_authors_name() -> None:
    before = ("Dover, March 5. A Harbour Authority report found that the sea wall had cracked in 2019. "
              "Engineers disputed its figures. ")
    assert fuller_name("The report sheds new light on the repairs", before) == \
        "The Harbour Authority report sheds new light on the repairs"


def test_two_reports_of_different_authors_leave_the_title() -> None:
    before = ("A Harbour Authority report found that the sea wall had cracked. "
              "An Atlantic Insurance report said the cracks were old. ")
    assert fuller_name("The report sheds new light on the repairs", before) == \
        "The report sheds new light on the repairs"


def test_a_thing_brought_in_with_a_keeps_its_bare_noun() -> None:
    before = "Larkin Marine operates a Larkin drilling rig off Cork. Another rig burned on Monday. "
    assert fuller_name("The rig sinks", before) == "The rig sinks"
