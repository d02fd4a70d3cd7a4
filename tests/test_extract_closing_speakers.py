"""A title's "They" is the group the sentence before named as its speakers or whose head noun is plural."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.closing_speakers import closing_speakers
from timeline.extract.title_referents import resolve_pronoun
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_they_who_go_on_finding_are_the_group_that_closed_the_sentence_before() -> None:
    titles = _titles("Salt from the new mine has seeped into the river delta, state geologists reported on Thursday. "
                     "They found traces of the brine as far as 12 miles downstream in January.")
    assert any(t.startswith("State geologists find traces of the brine") for t in titles), titles
    assert not any(t.startswith("They") for t in titles), titles


def test_they_who_say_more_are_the_officials_who_said_the_sentence_before() -> None:
    assert closing_speakers("About 300 homes lost power in the storm, officials say.",
                            "They say crews will restore it by Friday.") == "Officials"
    assert closing_speakers("The dam could fail, congressional investigators said Wednesday.",
                            "They also said the inspections were rushed.") == "Congressional investigators"


def test_they_that_lists_what_the_speakers_spoke_of_is_not_the_speakers() -> None:
    assert closing_speakers("Several firms could share the blame with the builder, experts said.",
                            "They include the crane's owner.") is None
    assert closing_speakers("The harbour was closed on Monday.", "They said it would reopen.") is None
    assert closing_speakers("“We will reopen,” the owners said.", "They said it would reopen.") is None


def test_a_group_with_an_of_phrase_is_plural_by_its_head() -> None:
    assert resolve_pronoun("they were turning brown.", "The reed beds of the northern estuary") == \
        "The reed beds of the northern estuary were turning brown."
    assert resolve_pronoun("It sank.", "The wreck of the old ferries") == "The wreck of the old ferries sank."
