"""A date in a clause after "but", ", and", "although" or ";" whose subject is a pronoun or left unsaid (issue 16).

Every text here is written for these tests. The date is that clause's, so the title is too, with the one noun
phrase of the first clause its pronoun can stand for (of the same number), or the first clause's subject when it
has none; when no single phrase fits, the title stays what it was.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.contrasted_referents import referred_clause
from timeline.extract.sentences import Sentence
from timeline.model import Document

SUNDAY = dt.date(2026, 6, 14)
#: A lead sentence, so that the sentence under test is not the page's first.
LEAD = "Harbor Oil shares fell on Sunday as the clean-up went on.\n\n"


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=LEAD + text + "\n",
                                                                published=SUNDAY))][1:]


def referred(text: str, date: str) -> str | None:
    found = referred_clause(text, Sentence(0, len(text), text), text.index(date))
    return found.text if found else None


def test_a_plural_pronoun_stands_for_the_one_plural_phrase() -> None:
    assert events_of("Harbor Oil is building three new pumping stations to drain the marsh but they are not "
                     "expected to be finished until October.") == [
        ("2026-10", "The three new pumping stations are not expected to be finished until October")]
    assert events_of("The council is repairing two old bridges over the canal, although these are unlikely to "
                     "reopen until September.") == [("2026-09", "The two old bridges are unlikely to reopen until September")]


def test_a_singular_pronoun_stands_for_the_one_singular_phrase() -> None:
    assert events_of("The second tunnel is already 300 metres long, but it is likely to take until the end of "
                     "August to finish.")[0][1] == "The second tunnel is likely to take until the end of August to finish"


def test_a_possessive_pronoun_takes_the_referent_as_owner() -> None:
    assert referred("Chile is still the region's largest copper producer but its exports, at 5 million tonnes "
                    "in 2025, are 10 percent below the peak.", "2025") == \
        "Chile’s exports, at 5 million tonnes in 2025, are 10 percent below the peak"


def test_names_joined_by_and_are_one_plural_referent() -> None:
    assert referred("Norland and Vestia have been at odds since the border war, but they held talks last week "
                    "about the river.", "last week") == "Norland and Vestia held talks last week about the river"


def test_an_unsaid_subject_is_the_first_clause_subject() -> None:
    assert events_of("Maria Lund ran the city museum for three years but resigned in March 2024.") == [
        ("2024-03", "Maria Lund resigns")]
    assert referred("Harbor Oil has been struggling to seal the pipe, but may not manage it until a second valve "
                    "is fitted, sometime in July.", "July") == \
        "Harbor Oil may not manage it until a second valve is fitted, sometime in July"


def test_an_unsure_referent_keeps_the_whole_sentence() -> None:
    # two singular phrases ("Harbor Oil", "a new pipeline"): "it" may be either
    assert referred("Harbor Oil is laying a new pipeline but it will not be done until May.", "May") is None
    # "those" before a noun is a determiner, not a pronoun
    assert referred("The mayor's remarks were meant to calm the town, but those words came back to haunt him "
                    "this week.", "this week") is None
    # "it will be autumn before ..." stands for nothing
    assert referred("A new vaccine is being tested; it will be autumn before the first doses are ready.",
                    "autumn") is None


def test_a_reduced_or_listed_clause_keeps_the_whole_sentence() -> None:
    # after "although" a verb without a subject may be anyone's
    assert referred("The engineer said the drill was close to the pipe, although still not expected to reach it "
                    "before mid-May.", "mid-May") is None
    # after a list of clauses, whose subject the "but" shares is unsure
    assert referred("The crowd is angry, the talks are stalled, and a ban is declared but overruled on Friday.",
                    "Friday") is None
    # a bare verb before "but": the date is both verbs'
    assert referred("Storm Ada formed but faded far out at sea yesterday.", "yesterday") is None
    # after "and", a bare "-ed" may open a noun phrase
    assert referred("The main measures are a longer tax break for farms, and expanded jobless benefits through "
                    "the end of the year.", "the end of the year") is None


def test_a_date_in_a_quotation_or_a_report_is_not_the_clause() -> None:
    assert referred('Call me stubborn but it still lacks the punch of "a lesson for today".', "today") is None
    assert referred("Warm water fed the bloom in the bay, but did not kill the fish, researchers reported on "
                    "Tuesday.", "Tuesday") is None


def test_a_limit_under_unlikely_or_unable_keeps_its_date_in_the_title() -> None:
    # Without "until ..." the title would say the work never ends; "unlikely"/"unable" negate as "not" does.
    assert events_of("The ferry line said its new terminal was unlikely to open until March.")[0][1].endswith(
        "unlikely to open until March")
    assert events_of("Divers said they were unable to reach the wreck until Thursday.")[0][1].endswith(
        "unable to reach the wreck until Thursday")
