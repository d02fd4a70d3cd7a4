"""The title reports the happening its date belongs to (issue 16, session 21).

Every text here is written for these tests. A date that closes a happening's noun phrase after "since" is that
happening's, however many words name it ("since the Harbor Star oil rig disaster on 20 April"), and a relative clause
after the date tells what the happening did; the state that has gone on since then is no event at that date.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

SUNDAY = dt.date(2026, 6, 14)
#: A lead sentence, so that the sentence under test is not the page's first.
LEAD = "Harbor Oil shares fell on Sunday as the clean-up went on.\n\n"


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=LEAD + text + "\n",
                                                                published=SUNDAY))][1:]


def test_a_long_happening_name_after_since_keeps_its_date() -> None:
    assert events_of("Millions of litres of crude have been seeping into the bay since the Harbor Star oil rig "
                     "disaster on 20 April.") == [("2026-04-20", "The Harbor Star oil rig disaster strikes")]


def test_a_happening_on_a_long_named_place_keeps_its_date_and_its_act() -> None:
    assert events_of("Crude has been gushing into the bay since the explosion on the Harbor Star drilling rig on "
                     "20 April, which killed 11 workers.") == [
        ("2026-04-20", "The explosion on the Harbor Star drilling rig kills 11 workers")]
    assert events_of("The calm seas will allow a second burn of the slick since a 28-minute blaze on April 28 that "
                     "removed thousands of litres of fuel, officials said.") == [
        ("2026-04-28", "A 28-minute blaze removes thousands of litres of fuel")]


def test_a_date_after_the_reported_clauses_verb_makes_that_happening_the_title() -> None:
    # the perfect at its own date is the happening's simple past; the speaker's "he" is the speaker
    assert events_of("Reed admitted in an interview that he had decided in 2007 to drop his plan to sell the "
                     "port.") == [("2007", "Reed decides to drop his plan to sell the port")]
    assert events_of("Ruiz said he and the Harbor Oil engineers worked together, late into the night of April 15, "
                     "trying to fix the valve.") == [
        ("2026-04-15TNI", "Ruiz and the Harbor Oil engineers work together trying to fix the valve")]
    assert events_of("A spokesman said the well had been capped on Friday.") == [("2026-06-12", "The well is capped")]


def test_a_pronoun_in_the_reported_happening_keeps_its_speaker_after_it() -> None:
    # whose "its" it is, only the speaker's words tell: the happening first, the speaker after
    assert events_of("Lopez said the depot had passed its last safety inspection in May.") == [
        ("2026-05", "The depot passes its last safety inspection, Lopez says")]


def test_a_date_in_the_reported_subject_or_of_the_saying_keeps_the_saying() -> None:
    assert events_of("The coroner said the ferry had sunk on April 12.") == [
        ("2026-04-12", "The coroner says the ferry had sunk")]  # no simple past to put for "had sunk"
    assert events_of("Port Line said on Tuesday that it was cancelling all crossings.") == [
        ("2026-06-09", "Port Line says it is cancelling all crossings")]


def test_a_date_in_a_contrasted_clause_is_that_clauses() -> None:
    assert events_of("Harbor Oil chief Tom Reyes made no public statement after meeting the governor, but he will "
                     "testify on Thursday before a House panel.") == [
        ("2026-06-18", "Reyes will testify before a House panel")]
    assert events_of("Officials say they are ready to close the beach if needed, but Mayor Ann Cole told reporters on "
                     "Friday that no such order has been made.") == [
        ("2026-06-12", "Ann Cole tells reporters no such order has been made")]


def test_a_contrasted_clause_without_its_own_subject_or_date_keeps_the_sentence() -> None:
    # "they" stands for what only the first clause names: the one plural phrase there (test_contrasted_referents;
    # August is the wells' completion, not the drilling's); a date before the clause's verb, or the edge of a span,
    # is no time of the second clause's happening alone
    assert events_of("Harbor Oil is drilling two relief wells to stop the leak but they are not expected to be "
                     "finished until August.") == [("2026-08", "The two relief wells are not expected to be finished until August")]
    assert events_of("The beach had already been closed but the council ordered every pier shut until May 6.") == [
        ("2026-05-06", "The beach had already been closed but the council ordered every pier shut")]


def test_a_date_another_phrase_or_clause_holds_keeps_the_saying() -> None:
    # a participle after a noun, a "that" clause, a verb of expecting, a negation, the edge of a span: the date is
    # not the reported verb's happening, and the saying stays the title as before
    assert events_of("Norton said Harbor Oil had ignored rules put in place in 2003.") == [
        ("2003", "Norton says Harbor Oil had ignored rules put in place")]
    assert events_of("Retired admiral Tom Allen said he expected to have a final decision Wednesday.") == [
        ("2026-06-17", "Retired admiral Tom Allen says he expects to have a final decision")]
    assert events_of("President Peres said he did not regret meeting the students last week.") == [
        ("2026-W23", "President Peres says he did not regret meeting the students")]
    assert events_of("A spokeswoman for the district attorney said the office had decided to delay action until "
                     "Monday.") == [("2026-06-08", "A spokeswoman for the district attorney says the office had decided "
                                                   "to delay action")]


def test_a_contrast_under_one_trailing_attribution_keeps_the_sentence() -> None:
    assert events_of("The cost to fishing could be $2.5 billion, while the loss to tourism could be $3 billion, "
                     "analyst Neil Hart said in a note on Friday.") == [
        ("2026-06-12", "The cost to fishing could be $2.5 billion")]


def test_a_long_phrase_before_a_happening_noun_names_it_only_without_phrase_words() -> None:
    # "of dying in a car accident this weekend": the weekend is the sentence's, no noun phrase of the accident's
    assert events_of("The agency gave the storm a 30 percent chance of strengthening into a tropical cyclone by "
                     "Friday.") == [("2026-06-19", "The agency gives the storm a 30 percent chance of strengthening "
                                                   "into a tropical cyclone")]
    assert events_of("The lack of disclosure put Harbor Oil under fire yesterday.") == [
        ("2026-06-13", "The lack of disclosure puts Harbor Oil under fire")]


def test_a_happening_phrase_that_goes_on_with_its_own_verb_keeps_that_verb() -> None:
    # "(since) an explosion on the rig on 20 April caused the disaster": the phrase has its verb, no "explodes" added
    assert events_of("A cap has stopped crude gushing for the first time since an explosion on the Harbor rig on 20 "
                     "April caused the disaster.") == [("2026-04-20", "An explosion on the Harbor rig causes the disaster")]
