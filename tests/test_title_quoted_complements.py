"""A title never stops where a quotation begins that its verb governs (issue 16, "cut"): a verb of saying before the
words said, a verb of naming before the name its object is given. It ends at an earlier phrase boundary instead; a
quotation after a participle phrase of reason or basis opening it ("based on what we know, ...") still gives the
saying's words. Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.quoted_complements import quote_awaited
from timeline.extract.titles import write_title


def _awaited(kept: str, rest: str) -> bool:
    return quote_awaited(kept.split(), rest.split())


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_naming_verb_before_its_quoted_name_is_open() -> None:
    assert _awaited("The mayor praised the crews, calling the new ferry", "“a lifeline for the islands”")
    assert _awaited("The critic dubbed the bridge", "“the folly”")
    assert not _awaited("The mayor praised the crews, calling the new ferry a lifeline", "at dusk")
    assert not _awaited("The mayor called a meeting, and the council", "“agreed”")


def test_a_saying_verb_before_its_quotation_is_open() -> None:
    assert _awaited("The harbour master toured the quay and observed", ", “We need more tugs”")
    assert _awaited("The harbour master replied", "“Not yet”")
    assert not _awaited("The harbour master toured the quay", "and observed")


def test_a_participle_phrase_before_a_quoted_name_goes() -> None:
    title = _title('The mayor defended the ferry operator on Tuesday during a visit to Northport, calling the small island '
                   'company "a lifeline for thousands of commuters" that deserves far more support from the region.',
                   "on Tuesday")
    assert title == "The mayor defends the ferry operator during a visit to Northport"


def test_a_coordinated_saying_verb_before_its_quotation_goes() -> None:
    title = _title('Jane Ortiz noted the broken signals on Friday morning on her transport blog and observed, "If this is '
                   'how the line is run in spring, I would not like to see it in the middle of a hard winter."',
                   "on Friday morning")
    assert title == "Jane Ortiz notes the broken signals on her transport blog"


def test_a_quotation_after_a_phrase_of_basis_gives_the_words() -> None:
    title = _title('"At this stage, based on what the engineers have found, I don\'t want to link the two faults," Reyes '
                   'told reporters on Thursday.', "on Thursday")
    assert title == "Reyes tells reporters: “I don't want to link the two faults”"
