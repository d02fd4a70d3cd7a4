"""A title opens on its subject: inversions, clefts, "the reason why" frames, stranded words, connectives without
their comma and upper-case headings do not open it, and nothing that carries meaning is dropped (session 18).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from title_support import title_of as _title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # A copular inversion after a preposition or a fronted adjective: the subject goes first, the words stay (a
    # reported judgement keeps its speaker in front).
    ("Of greater concern is the likely cost of the repairs, the council said on Monday.", "on Monday",
     "The council says the likely cost of the repairs is of greater concern"),
    ("Among the injured was the driver of the second lorry, police said on Friday.", "on Friday",
     "Police say the driver of the second lorry was among the injured"),
    ("Also damaged in the storm on Tuesday were two barns near the river.", "on Tuesday",
     "Two barns near the river are also damaged in the storm"),
    ("Harder to judge is the effect of the strike on exports, the minister said on Friday.", "on Friday",
     "The minister says the effect of the strike on exports is harder to judge"),
])
def test_a_copular_inversion_puts_its_subject_first(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # A cleft on a name or a definite noun phrase: the focus is the subject.
    ("It was Marta Lindqvist who signed the harbour contract in March.", "in March",
     "Marta Lindqvist signs the harbour contract"),
    ("It is the port authority that sets the fees each spring.", "each spring", "The port authority sets the fees"),
    # A cleft on a place: the phrase goes after the clause's verb phrase.
    ("It was into this row that the mayor stepped, visiting the depot twice on Monday.", "on Monday",
     "The mayor steps into this row, visiting the depot twice"),
])
def test_a_cleft_opens_on_its_focus(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("Such repeated flooding was the reason why the county board last night closed the valley road.", "last night",
     "The county board closes the valley road"),
    ("Hence, the reason why the mayor cancelled the parade in June.", "in June", "The mayor cancels the parade"),
])
def test_a_reason_frame_gives_way_to_its_clause(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # A focus word whose date was removed.
    ("In the past three days alone, nine lenders have raised their rates.", "In the past three days",
     "Nine lenders have raised their rates"),
    ("Even now, the ferry company carries most of the island's freight.", "now",
     "The ferry company carries most of the island's freight"),
    # A connective without its comma, and one whose comma the removed date took.
    ("By contrast the smaller bank earned $4 million a week in 2019.", "in 2019",
     "The smaller bank earns $4 million a week"),
    ("By contrast, in the spring, the smaller bank earned $4 million a week.", "in the spring",
     "The smaller bank earns $4 million a week"),
    ("Originally the county put the cost of the bridge at $2 million in May.", "in May",
     "The county puts the cost of the bridge at $2 million"),
    # An upper-case heading run into the first sentence under it, its date removed.
    ("DAM BURST, MAY 4, 2001 A dam above the village gave way after a week of rain.", "MAY 4, 2001",
     "A dam above the village gives way after a week of rain"),
    # A clause of repeated time, and a lead whose comma went with the aside between dashes.
    ("Each day the strike goes on, the union is losing members, its leader said on Monday.", "on Monday",
     "The union is losing members"),
    ("Every week the plant stays shut, farmers lose about $50,000, the mayor said on Monday.", "on Monday",
     "Farmers lose about $50,000"),
    ("SHIP FIRE 12-HOUR BLAZE, MAY 4, 2001 A fire on the freighter burned through the night.", "MAY 4, 2001",
     "A fire on the freighter burns through the night"),
    ("Amidst a scare over bad water -- later traced to a broken main -- the town shut its pool on Sunday.",
     "on Sunday", "The town shuts its pool"),
    ("Less than two weeks after the fire at the depot destroyed six buses, the operator told staff on Friday "
     "that it would rebuild.", "on Friday", "The operator tells staff that it will rebuild"),
])
def test_what_is_not_the_subject_goes_from_the_front(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "start"), [
    # No inversion: the subject is first and a participle follows the verb.
    ("At least 40 people were treated for smoke on Monday.", "on Monday", "At least 40 people"),
    ("At the time it was the largest strike in the county, the union said on Friday.", "on Friday", "It is the largest"),
    # A list after the copula stays where it is (and the fronted phrase is no lead to drop).
    ("At issue on Monday were the height of the tower, the cost of the road, and the noise.", "on Monday", "At issue"),
    # A cleft on an indefinite noun phrase or a frame of time is no cleft.
    ("It is a plan that the council had drafted in 2009.", "in 2009", "It is a plan"),
    ("It was the first time that had happened since 2001.", "since 2001", "It is the first time"),
    # "The reason that X is that Y": the frame is the subject.
    ("The reason that the clinic closed in May is that its lease ran out.", "in May", "The reason that"),
    # A condition before an aside between dashes stays: without it the claim is absolute.
    ("If the levee fails -- as the last one did -- the town will flood within a day, the engineer said on Monday.",
     "on Monday", "If the levee fails"),
    # "As a result of" is a preposition's phrase, not a connective.
    ("As a result of the vote, all members were told on Friday to return their keys.", "on Friday", "All members"),
    # A connective before a lead without a comma stays.
    ("Of course in hindsight these floods foreshadowed the disaster at the dam in 2005.", "in 2005",
     "Of course in hindsight"),
])
def test_what_opens_on_its_subject_or_keeps_its_meaning_stays(sentence: str, date: str, start: str) -> None:
    assert _title(sentence, date).startswith(start)


def test_a_datelines_place_is_no_heading() -> None:
    # "PORT ELLEN, | Scotland | ...": dropping the city as a heading would leave its region to open the title.
    assert not _title("PORT ELLEN, Scotland | Mon May 4, 2009 A ferry ran aground near the pier.",
                      "Mon May 4, 2009").startswith("Scotland")


def test_a_speaker_after_a_dashed_aside_is_no_part_of_the_title() -> None:
    from timeline.extract.titles import write_title

    sentence = "The ferry is expected to reach the island by Friday -- a day ahead of the timetable -- Gov. Ann Lee said."
    start = sentence.index("by Friday")
    title = write_title(sentence, [(start, start + len("by Friday"))])
    assert title == "The ferry is expected to reach the island"
