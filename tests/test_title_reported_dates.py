"""A title whose date stood in the reported clause is that clause: the timeline's entry at the date is the reported
happening, not the saying (which may have come days later).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.title_backshift import dated_report
from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("A Lisbon port spokesman said the 40-foot crane was detached from the pier on Friday afternoon.",
     "on Friday afternoon", "The 40-foot crane is detached from the pier"),
    ("Dr Fennimore notes that a preliminary report by the state assembly raised six points in June.", "in June",
     "A preliminary report by the state assembly raises six points"),
    ("The agency said the girl from Tollbridge district was admitted to hospital on Saturday.", "on Saturday",
     "The girl from Tollbridge district is admitted to hospital"),
    ("He said the crane could arrive and be usable by Thursday or Friday.", "by Thursday or Friday",
     "The crane could arrive and be usable"),
])
def test_a_date_inside_the_reported_clause_makes_the_clause_the_title(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


def test_a_date_of_the_saying_keeps_the_saying() -> None:
    assert _title("The ferry company said on Tuesday that it was cancelling all crossings.", "on Tuesday") \
        == "The ferry company says it is cancelling all crossings"


def test_a_listener_after_told_is_no_subject_of_the_reported_clause() -> None:
    sentence = "The health minister, Nora Pell, told the assembly this morning that clinic cases were rising."
    start = sentence.index("this morning")
    assert not dated_report(sentence, [(start, start + len("this morning"))])
    assert _title(sentence, "this morning") == "Nora Pell tells the assembly that clinic cases are rising"


def test_the_saying_time_before_that_goes_with_the_frame() -> None:
    sentence = "Weather forecasters in Ohio reported late on Wednesday that a storm would reach the northern shore on Thursday."
    assert _title(sentence, "on Thursday") == "A storm will reach the northern shore"


def test_a_pronoun_that_may_stand_for_the_speaker_keeps_the_frame() -> None:
    title = _title("The port authority said the ferry line was answering its request from Friday.", "from Friday")
    # (the date is the answering's: the happening goes first, and its speaker stays after it, issue 16)
    assert title == "The ferry line is answering its request, the port authority says", title


def test_a_plural_head_before_a_participle_and_along_takes_a_plural_verb() -> None:
    title = _title("Officials said the pebbles found along the eastern shore on Monday did not look very worn.", "on Monday")
    assert title == "The pebbles found along the eastern shore do not look very worn", title
