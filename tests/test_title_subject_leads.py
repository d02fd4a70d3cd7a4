"""The actor is the clause's subject: leads without a comma, adjective and participle phrases go (issue 16).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.title_subjects import drop_lead
from timeline.extract.titles import write_title


@pytest.mark.parametrize(("sentence", "rest"), [
    # A span of time with "later" ends there: the comma after the main clause is no lead's.
    ("Four days later the dam gave way, flooding the valley below it.", "the dam gave way, flooding"),
    ("Two weeks after the storm in the harbour, divers found the hull.", "divers found the hull."),
    # A short lead without its comma ends at the pronoun that opens the subject.
    ("In 1998 it bought the old shipyard on the river for a small sum.", "it bought the old shipyard"),
    ("By 2030 they will run every ferry on the lake with batteries.", "they will run every ferry"),
    # An adjective or participle phrase before the subject, with an adverb or a bracket in it.
    ("Apparently conscious of its poor standing, Verdal this month hired a new spokesman.", "Verdal this month hired"),
    ("Backed by two pension funds (which some will remember from the 1990s), the trust is buying the mill.",
     "the trust is buying the mill."),
    ("Unable to reach the island, rescuers waited on the pier all night.", "rescuers waited on the pier"),
])
def test_lead_goes_and_the_subject_opens(sentence: str, rest: str) -> None:
    assert drop_lead(sentence).startswith(rest)


@pytest.mark.parametrize("sentence", [
    "Reportedly the council hired Smith, a former aide, to run the depot.",  # no phrase: an adverb before the subject
    "Concerned that the river would rise, officials closed the bridge.",  # a clause with a verb: kept, not guessed
    "Keen observers, however, saw the change coming.",  # an adjective before its noun is the subject
])
def test_what_is_no_phrase_lead_stays(sentence: str) -> None:
    assert drop_lead(sentence) == sentence


def test_a_participle_clause_after_the_main_clause_does_not_become_the_title() -> None:
    sentence = "Four days later, on May 3, the dam gave way, flooding the valley below it."
    start = sentence.index("on May 3")
    title = write_title(sentence, [(start, start + len("on May 3"))])
    assert title.startswith("The dam gives way"), title


def test_a_pronoun_after_a_bare_lead_is_resolved() -> None:
    sentence = "In 1998 it bought the old shipyard on the river for a small sum."
    assert write_title(sentence, [(3, 7)], "Corvane").startswith("Corvane buys the old shipyard")


def test_a_dated_happening_named_by_a_noun_phrase_reads_as_a_timeline_headline() -> None:
    sentence = "the March 3 collapse of the Harwick road bridge"
    start = sentence.index("March 3")
    assert write_title(sentence, [(start, start + len("March 3"))], noun_phrase=True) == \
        "Collapse of the Harwick road bridge"
    # A bare noun says too little without its article; a time named by a noun phrase keeps it.
    assert write_title("the March 3 collapse", [(4, 11)], noun_phrase=True) == "The collapse"
    sentence = "a week after the March 3 collapse of the bridge"
    start = sentence.index("March 3")
    assert write_title(sentence, [(start, start + 7)], noun_phrase=True).startswith("A week after")


def test_the_gate_flags_an_unnamed_company_and_sees_no_verb_in_a_preposition() -> None:
    from timeline.extract.title_gate import title_defect

    assert title_defect("The company says it will close two depots") == "pronoun"
    assert title_defect("The firm's shares fall by 9%") == "pronoun"
    assert title_defect("The company Norvex says it will close two depots") is None
    assert title_defect("The fire aboard the ferry Stella") == "stub"


@pytest.mark.parametrize(("sentence", "start"), [
    # A focus word before the lead clause, and a participle before a name, which is no verb of the lead.
    ("But even after the dam was repaired, Norvex struggled to sell its power.", "Norvex struggles"),
    ("After a long meeting with the engineers, retired harbour master Jan Olsen gave the crews leave to sail.",
     "Retired harbour master Jan Olsen gives the crews leave"),
    # A comma before a participle ends the main clause, not a lead without its comma.
    ("Before the storm the town had been hit by floods, leaving the road closed.", "Before the storm"),
    ("Twelve days after the crash, the airline grounded its fleet.", "The airline grounds its fleet"),
])
def test_the_main_clause_opens_the_title(sentence: str, start: str) -> None:
    assert write_title(sentence, []).startswith(start)


def test_it_that_introduces_news_stands_for_nobody() -> None:
    import datetime as dt

    from timeline.extract import extract
    from timeline.model import Document

    text = ("NVX said on Monday that it had failed to seal the well.\n"
            "The leak has spread towards the coast.\n"
            "It comes as critics are losing patience with NVX over its failed attempts on Tuesday.\n")
    found = [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]
    assert not any(t.startswith("NVX comes as") for t in found), found


def test_a_participle_clause_alone_is_a_fragment() -> None:
    from timeline.extract.title_gate import title_defect

    assert title_defect("Causing the worst flood in the history of the valley") == "fragment"
    assert title_defect("Killing 11 workers") == "fragment"
    assert title_defect("Cleaning the beaches costs $1bn") is None
    assert title_defect("Testing on the dam runs into a snag") is None


def test_a_participle_lead_ending_on_a_place_runs_on_to_its_state() -> None:
    assert write_title("Based in Dayton, Ohio, the Tin Roof Band are a rare act on the circuit.", []).startswith(
        "The Tin Roof Band are")


def _title(sentence: str, date: str | None = None) -> str:
    at = sentence.index(date) if date else 0
    return write_title(sentence, [(at, at + len(date))] if date else [])


def test_a_lead_holding_a_quoted_name_goes_whole() -> None:
    # A show's or a ship's name in quotation marks is part of the lead, not speech.
    assert _title("During Sunday night's \u201cHarbour Lights\u201d finale, the actors thanked the crew.",
                  "Sunday night") == "The actors thank the crew"
    assert _title('After the "Northern Star" inquiry, the board replaced its captain.') \
        == "The board replaces its captain"


def test_a_name_after_a_role_the_table_does_not_list_is_the_subject() -> None:
    # The verb after the dropped date stays: the subject is the name, not the whole appositive.
    sentence = ("The council's lead official on the repairs, harbour master Ann Price, on Saturday directed the crews "
                "to close the north lane.")
    assert _title(sentence, "on Saturday") == "Ann Price directs the crews to close the north lane"
    # A participle phrase is no role: "backed by" someone leaves the bill as the subject.
    assert _title("The bill, backed by Republican Karl Ostrander, passed the Senate.") == "The bill passes the Senate"


def test_a_name_with_its_article_in_apposition_names_the_subject() -> None:
    assert _title("Its second ferry, the Northern Star, sank on Thursday.", "on Thursday") == "The Northern Star sinks"


def test_a_clause_with_a_quoted_word_is_no_lead() -> None:
    # A quotation inside a clause with its own verb, or after a sentence adverb, is no name in a lead.
    assert _title("This year's \u201cdead zone\u201d in the bay is one of the largest ever, about the size of a county.") \
        .startswith("This year's")
    assert "Jane" in _title('However "Jane" died in 1906, when she walked onto the bridge.')


@pytest.mark.parametrize(("sentence", "rest"), [
    ("Early in the day, he estimated that the pumps were working.", "he estimated that the pumps were working."),
    ("Later that night, the crew left the burning hulk.", "the crew left the burning hulk."),
    ("The next day he was found unconscious in his kitchen.", "he was found unconscious in his kitchen."),
    ("That morning the council voted to close the bridge.", "the council voted to close the bridge."),
])
def test_a_time_of_day_told_relative_to_another_goes(sentence: str, rest: str) -> None:
    assert drop_lead(sentence) == rest


@pytest.mark.parametrize("sentence", ["The next day was quiet in the harbour.", "The following week saw more rain."])
def test_a_relative_day_that_is_the_subject_stays(sentence: str) -> None:
    assert drop_lead(sentence) == sentence


def test_a_name_s_possessive_opens_a_subject_whose_appositive_names_the_person() -> None:
    sentence = ("The mayor's man on the repairs, harbour commander Karl Ostrander, told reporters on Monday that the crews "
                "were close.")
    assert _title(sentence.replace("The mayor's", "Ann Price's"), "on Monday").startswith("Karl Ostrander")


def test_regardless_opens_a_lead() -> None:
    assert _title("Regardless of the weather, port director Ann Price said the ferries would sail.") \
        == "Ann Price says the ferries will sail"


def test_a_time_lead_without_its_comma_goes_before_the_subject() -> None:
    # News leads often open with the time and no comma ("This afternoon the council voted", "Late on Monday the
    # firm said"): the subject starts after it. A weekday that is a name's first word stays.
    assert write_title("This afternoon the port authority announced it will spend $4m on dredging.", []) \
        == "The port authority announces it will spend $4m on dredging"
    assert write_title("Late on Monday the ferry company said the crossing was safe.", []) \
        == "The ferry company says the crossing is safe"
    assert write_title("On Tuesday night Okafor confirmed the closure.", []) == "Okafor confirms the closure"
    assert write_title("Sunday Herald reporters found the memo.", []).startswith("Sunday Herald reporters")
    assert write_title("Monday saw the first frost of the year.", []).startswith("Monday sees")


def test_an_appositive_after_a_verb_names_the_object_not_the_subject() -> None:
    # "X told the chairman, Y, that ...": Y heard it; the subject is still X.
    assert write_title("The mayor told the ferry line's owner, Dana Reyes, that the pier would close.", []) \
        == "The mayor tells the ferry line's owner, Dana Reyes, that the pier would close"
    assert write_title("Okafor told the port chairman, Dana Reyes, that the cranes were unsafe.", []).startswith(
        "Okafor tells the port chairman")
    # Before the verb, the role and its name are the subject: the name stays.
    assert write_title("The ferry line's chairman, Dana Reyes, said the pier would close.", []) \
        == "Dana Reyes says the pier will close"


def test_a_pronoun_after_a_dropped_subordinate_clause_becomes_that_clauses_named_subject() -> None:
    # "said that while X had ..., it was": when the pronoun cannot be the speaker, it stands for X; dropping the
    # clause must not lose who.
    assert write_title("Sam Okafor said that while Nordlink had doubled its fleet, it was now selling ferries.", []) \
        == "Sam Okafor says Nordlink is now selling ferries"
    assert write_title("The court said that after Dana Reyes had resigned, she moved to Lisbon.", []) \
        == "The court says Dana Reyes moved to Lisbon"
    # A pronoun that may be the speaker's own stays; so does one the named subject cannot be ("it" for a person).
    assert write_title("Judge Ana Lima said that while Reyes was eligible, she did not think it wise.", []) \
        == "Ana Lima says she did not think it wise"
    assert write_title("Okafor said that after Dana Reyes had resigned, it rained for a week.", []) \
        == "Okafor says it rained for a week"


def test_they_after_a_group_that_named_others_is_not_the_group() -> None:
    from timeline.extract.title_subjects import plural_antecedent
    assert plural_antecedent("Analysts expected a loss for the ferry line.") == "Analysts"
    # a verb of naming brings its object in as the topic: "They" is likelier those named
    assert plural_antecedent("Local papers named the two sailors rescued off the cape as brothers.") is None
    assert plural_antecedent("Officials identified the two hikers as students from Oslo.") is None


def test_they_stands_for_a_plural_group_after_a_lead_an_owner_a_modal_or_a_which_phrase() -> None:
    from timeline.extract.actors import strip_opening
    from timeline.extract.title_subjects import plural_antecedent
    # a modal's verb is bare: any verb after it makes the group the subject
    assert plural_antecedent(strip_opening("Before the ferry can sail, divers must inspect the hull.")) == "Divers"
    # an owner's name before the group says whose
    assert plural_antecedent("Nordlink's Oslo-listed shares slipped in early trading.") == "Nordlink's Oslo-listed shares"
    # a short phrase that says which ones stays with the group
    assert plural_antecedent("Lawyers for the crew filed a motion.") == "Lawyers for the crew"
    # a present verb the group shares with nouns is not read as one
    assert plural_antecedent("The pilots want answers.") is None
    # a relative clause between the group and its verb of saying
    assert plural_antecedent("Dockers who have walked out twice this year say the port is unsafe.") == "Dockers"
    assert plural_antecedent("Dockers who walked out twice went back to work.") is None


def test_they_after_they_goes_on_with_the_same_group() -> None:
    import datetime as dt

    from timeline.extract import extract
    from timeline.model import Document
    text = ("Nordlink's Oslo-listed shares slipped on Tuesday after the ferry line cut its forecast. "
            "They fell 3 percent by the close. They had risen 5 percent on Monday.\n")
    events = extract(Document(path="n.txt", text=text, published=dt.date(2026, 3, 4)))
    titles = [e.title for e in events if "risen" in e.title or "rise" in e.title]
    assert titles and titles[0].startswith("Nordlink's Oslo-listed shares"), [e.title for e in events]


def test_it_doing_something_stands_for_the_body_a_name_only_qualified() -> None:
    import datetime as dt

    from timeline.extract import extract
    from timeline.model import Document
    text = ("A judge lifted the ban on night fishing last week. "
            "The Vance administration appealed, saying the ban was needed. "
            "It is seeking a stay of the ruling from the appeals court on Thursday.\n")
    events = extract(Document(path="v.txt", text=text, published=dt.date(2026, 3, 4)))
    titles = [e.title for e in events if "stay" in e.title]
    assert titles and titles[0].startswith("The Vance administration"), [e.title for e in events]


def test_it_is_with_a_progressive_is_no_placeholder() -> None:
    from timeline.extract.title_referents import EXPLETIVE_IT
    assert not EXPLETIVE_IT.match("It is seeking a stay of the ruling")
    assert not EXPLETIVE_IT.match("It was trying to sell the ferry")
    # the placeholder's own progressives and a plain "It is" stay placeholders
    assert EXPLETIVE_IT.match("It is becoming clear that the line will close")
    assert EXPLETIVE_IT.match("It is raining in Oslo")
    assert EXPLETIVE_IT.match("It is too soon to say")


def test_its_in_the_subjects_of_phrase_is_the_organisation_whose_frame_went() -> None:
    from timeline.extract.title_referents import resolve_pronoun
    assert resolve_pronoun("The cost of its ferry recall has risen to $2m", "Nordlink Group") \
        == "The cost of Nordlink Group’s ferry recall has risen to $2m"
    # a person's "its" is not theirs, and a title that still names the organisation keeps its pronoun
    assert resolve_pronoun("The cost of its ferry recall has risen", "Dana Reyes") == "The cost of its ferry recall has risen"
    assert resolve_pronoun("The cost of its recall rose as Nordlink paid", "Nordlink Group") \
        == "The cost of its recall rose as Nordlink paid"
