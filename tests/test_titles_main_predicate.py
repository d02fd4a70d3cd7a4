"""A title keeps its sentence's main predicate: a long subject (its relative or participle clause, its appositive)
gives way to the verb, and removing the date never takes the verb or its phrase with it. Every sentence here is
invented for the test."""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, date: str | None = None) -> str:
    spans = [(sentence.index(date), sentence.index(date) + len(date))] if date else []
    return write_title(sentence, spans)


def test_a_participle_before_a_preposition_describes_the_subject_and_the_verb_comes_later() -> None:
    # "Supply barges stationed off the pier" is no "Supply barges [verb]": the verb is "were told".
    assert _title("Supply barges stationed off the ruined pier at the mouth of the Tolver estuary were told to leave "
                  "Friday ahead of the gale, and divers have grown so sure of the new seal that they will stay away.",
                  "Friday") == "Supply barges are told to leave ahead of the gale"


def test_a_progressive_keeps_its_verb_after_a_day_word_or_an_adverb() -> None:
    assert _title("The county's largest water company was tonight facing a shortage expected to cost more than the "
                  "Harlow Valley reservoir collapse as thousands of homes in the northern valleys began to run dry.") \
        == "The county's largest water company is tonight facing a shortage"
    assert _title("The regional ferry operator was now facing a strike expected to cause more delays than the Tolver "
                  "Sound harbour fire as hundreds of its sailors began to walk out over pay.") \
        == "The regional ferry operator is now facing a strike"


def test_a_relative_clause_after_a_one_word_head_keeps_it_and_loses_its_last_phrase() -> None:
    assert _title("People who could become witnesses in the inquiry into the collapse of the Marlow footbridge are "
                  "being asked unusual questions about their reading habits.") \
        .startswith("People who could become witnesses in the inquiry are being asked unusual questions")


def test_a_span_of_time_in_the_subjects_clause_goes_first() -> None:
    assert _title("A 9,000-foot tunnel that Kerrow Mining has been boring for the past two years will be opened later "
                  "this month to carry ore to the coast, the company's engineer said.", "later this month") \
        .startswith("A 9,000-foot tunnel that Kerrow Mining has been boring will be opened to carry ore")


def test_a_relative_clause_closed_by_a_lone_comma_goes_when_the_verb_needs_room() -> None:
    assert _title("Also Monday, a shipping firm that owns a third of Halvard's sunken ore carrier, accused Halvard of "
                  "\"careless choices and cut corners\" that led to the carrier's loss.", "Monday") \
        == "A shipping firm accused Halvard of \"careless choices and cut corners\""


def test_between_two_places_is_one_phrase_of_the_subject() -> None:
    assert _title("Trawling in a broad belt of coastal waters between Dunmore and the Pellan Islands was banned for "
                  "three weeks on Tuesday to avoid any risk that tainted shellfish would reach the markets.",
                  "on Tuesday").startswith("Trawling in a broad belt of coastal waters is banned for three weeks")


def test_a_role_with_its_rank_before_the_name_gives_way_to_the_name() -> None:
    assert _title("The senior state official handling the flood, Fire Service Cmdr Ana Brightwell, said on Monday that "
                  "the river was now \"back within its banks\".", "on Monday") \
        == "Ana Brightwell says the river was now \"back within its banks\""
    assert _title("The council's chief officer on the outbreak, county health director Omar Castell, on Friday told "
                  "schools to keep the windows of every classroom open until the end of the term.", "on Friday") \
        == "Omar Castell tells schools to keep the windows of every classroom open"


def test_an_age_opens_an_appositive_before_the_verb() -> None:
    assert _title("Mira Okonjo, 41, from Tallow Cross in north Denby, was named today as the first person in the "
                  "county to have caught the new strain since it was found in the port last spring.", "today") \
        .startswith("Mira Okonjo is named as the first person in the county")


def test_an_irregular_participle_that_held_only_the_date_goes_with_it() -> None:
    assert _title("The repair begun Sunday has three stages: draining the dock and replacing the gates.", "Sunday") \
        == "The repair has three stages"
    # A past form that is a participle too stays: it may be the verb of a relative clause without "that".
    assert _title("\"The promise the minister made yesterday is that the port will reopen,\" the aide said.",
                  "yesterday").startswith("The aide says: “The promise the minister made")


def test_a_speech_verb_after_a_relative_clause_and_its_comma_is_no_main_verb() -> None:
    # "argued a scientist" is an inverted attribution: the relative clause's comma does not make it the verb.
    assert "argued" not in _title("Rohan Peel Long plumes of silt that can smother the reef beds spread from the "
                                  "dredging site, argued a diver on Monday -- plumes the port has said do not exist.",
                                  "on Monday").split()[4:7]
