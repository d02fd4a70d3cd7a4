"""Grammar slips that change what a title says: a participle with its later agent read as the verb, the object of
"spend" dropped as a spare date, a degree adverb left behind by its time clause, a reported clause's subject left
without its verb. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from title_support import title_of

from timeline.extract.agent_participles import late_agent_then_verb, paper_author_speaks
from timeline.extract.title_clause_edges import degree_adverb_gone, subject_left_behind
from timeline.extract.title_words import SPEECH_VERBS, agent_then_verb, main_verb_start


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # a participle, a phrase of place, its agent and a name in apposition: the verb is "said"
    ("A notice posted today on the council's website by the chief executive, Maria Holt, said the library would "
     "reopen next month.", "today", "Maria Holt says the library will reopen next month"),
    # the day word the event's date did not take stays in the sentence: "posted today on the website by"
    ("A notice posted today on the council's website by the chief executive, Maria Holt, said the library would "
     "reopen this week.", "this week", "Maria Holt says the library will reopen"),
    ("A letter sent on Friday to parents by the head teacher said the trip was cancelled.", "on Friday",
     "The head teacher says the trip was cancelled"),
])
def test_paper_author_speaks(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


def test_participle_with_late_agent_is_no_verb() -> None:
    text = "A memo circulated among staff by the finance director, Omar Reyes, warned of job cuts."
    assert text[main_verb_start(text):].startswith("warned")
    assert late_agent_then_verb(text, text.index("circulated") + len("circulated"), agent_then_verb)
    # without a finite verb after the agent the participle stays the verb: "Two ferries held in port by the storm"
    held = "Two ferries held in port by the storm"
    assert not late_agent_then_verb(held, held.index("held") + 4, agent_then_verb)


def test_paper_author_needs_a_verb_of_saying() -> None:
    text = "A statement issued by the board, Anna Lee, prompted questions"
    at = text.index("prompted")
    assert paper_author_speaks(text, at, SPEECH_VERBS) == (text, at)


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("The mayor spent Saturday on a tour of the flooded streets.", "Saturday",
     "The mayor spends Saturday on a tour of the flooded streets"),
    ("The minister spent yesterday in talks with the rail unions.", "yesterday",
     "The minister spends yesterday in talks with the rail unions"),
])
def test_time_spent_is_the_object(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


@pytest.mark.parametrize(("title", "sentence", "kept"), [
    ("The port will stay shut long", "The port will stay shut long after the storm has passed.",
     "The port will stay shut"),
    ("The alarm sounded shortly", "The alarm sounded shortly before the roof gave way.", "The alarm sounded"),
    ("The crews arrived only", "The crews arrived only when the fire had spread.", "The crews arrived"),
    # the same words elsewhere in the sentence are not the title's end: "Two years after the flood ... two years"
    ("The council says rebuilding will take two more years", "Two years after the flood, the council said rebuilding "
     "would take two more years.", "The council says rebuilding will take two more years"),
    ("Divers inspected the wreck before it sank even", "Divers inspected the wreck before it sank even as the storm "
     "grew.", "Divers inspected the wreck before it sank"),
    # a noun after its article: "the well before it is sealed" keeps the well
    ("Engineers will test the relief well", "Engineers will test the relief well before it is sealed.",
     "Engineers will test the relief well"),
    # "as soon as [Friday]": with the date gone the comparison has no other end, and both its words go
    ("The new bridge could open to traffic as soon", "The new bridge could open to traffic as soon as Friday.",
     "The new bridge could open to traffic"),
    ("The bank will keep lending as long", "The bank will keep lending as long as rates stay low.",
     "The bank will keep lending"),
    # no time clause after it: the adverb is the clause's own
    ("The talks did not last long", "The talks did not last long, officials said.", "The talks did not last long"),
])
def test_degree_adverb_goes_with_its_clause(title: str, sentence: str, kept: str) -> None:
    assert degree_adverb_gone(title, sentence) == kept


def test_degree_adverb_in_a_whole_title() -> None:
    sentence = ("The ferry operator said on Tuesday its boats would keep running long after the bridge "
                "reopened to traffic, which it said could happen in spring.")
    assert title_of(sentence, "on Tuesday") == "The ferry operator says its boats will keep running"


@pytest.mark.parametrize(("last", "before", "nxt", "left"), [
    ("there", "said", "is", True),
    ("it", "said", "was", True),
    ("they", "insisted", "would", True),
    ("it", "fixed", "was", False),  # "fixed it" before "was": an object, then another clause
    ("there", "said", "after", False),
])
def test_subject_left_behind(last: str, before: str, nxt: str, left: bool) -> None:
    assert subject_left_behind(last, before, nxt) is left


def test_as_soon_as_a_removed_date() -> None:
    sentence = "Divers from the salvage firm could begin lifting the wreck as soon as Thursday, the harbour master said."
    assert title_of(sentence, "Thursday") == "Divers from the salvage firm could begin lifting the wreck"
