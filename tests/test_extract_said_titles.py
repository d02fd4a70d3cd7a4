"""A saying's title carries what was said when the quotation's first words will not stand (:mod:`.said_titles`).

Every text here is written for these tests. The title writer kept the attribution alone ("Mayor Ada Lind says")
when an aside split the quotation's subject from its verb, when a frame vouched for the claim ("It turns out that
..."), or when the speaker's description left no room for the words; the headline drops those, and keeps the
speaker's own words in order.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

from timeline.extract.said_titles import said_title

FRIDAY = dt.date(2026, 3, 20)


def test_an_aside_between_the_subject_and_its_verb_goes() -> None:
    assert said_title("Mayor Ada Lind said", "The loss of the old mill, coming so soon after the loss of the bridge, is "
                      "a blow and I send my sympathy to every family in the town for this long winter") \
        == "Mayor Ada Lind said: “The loss of the old mill is a blow”"


def test_a_vouching_frame_goes_and_a_hedging_one_stays() -> None:
    assert said_title("The water board said", "With regret, we can confirm that one of the pumps that had been "
                      "running all week, and had been checked on Monday, has failed") \
        == "The water board said: “One of the pumps that had been running all week has failed”"
    assert "think" in said_title("Lind said", "I think the pumps will hold")


def test_the_speakers_description_makes_room_for_the_words() -> None:
    assert said_title("a council official who spoke on the condition that he not be named said",
                      "We have grown tired of the water board and its silence on the state of the flood plans") \
        == "a council official said: “We have grown tired of the water board”"


def test_a_body_saying_is_titled_by_its_words() -> None:
    text = ("The river burst its banks in Marlow on Thursday, flooding 200 homes.\n"
            "Crews worked through the night to pump the water out.\n"
            "The council opened two shelters for families.\n"
            "Mayor Ada Lind said on Thursday: \"The loss of the old mill, coming so soon after the loss of the bridge, "
            "is a blow and I send my sympathy to every family in the town for this long and hard winter.\"\n")
    titles = [e.title for e in events_of(text, FRIDAY) if e.when.value() == "2026-03-19"]
    assert "Ada Lind says: “The loss of the old mill is a blow”" in titles


def test_an_aside_after_a_clause_with_a_subordinate_clause_stays() -> None:
    said = said_title("Lind said", "For the town to be able to fill the hall because it has a fair, even when most of "
                      "them have no tickets, is wonderful")
    assert "even when" in said or "wonderful" not in said


def test_a_conditions_main_clause_with_its_hedge_is_what_was_said() -> None:
    assert said_title("Okafor wrote in a letter", "If the new gate does hold and they close the sluice, it is possible "
                      "that part of the old wall could crack if the water behind it rises to a dangerous level") \
        == "Okafor wrote in a letter: “It is possible that part of the old wall could crack”"


def test_a_fillers_opening_goes_and_so_of_degree_links_no_clause() -> None:
    assert said_title("Okafor said at a meeting on the dam", "I mean, just the costs are so small compared to the "
                      "gains of U.S. jobs and trade, the gains of safety and of peace") \
        == "Okafor: “The costs are so small compared to the gains of U.S. jobs and trade”"
