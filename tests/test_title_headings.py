"""A section heading in capitals run into a sentence is no part of its headline, and a comment of attribution before
a participle keeps its comma, so the participle's adjunct is not spliced onto the clause (issue 16, "grammar").
Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.title_headings import heading_gone
from timeline.extract.titles import write_title


def test_a_heading_in_capitals_before_a_sentence_goes() -> None:
    assert heading_gone("THE GREAT FLOOD The flood at the mill was the worst") == "The flood at the mill was the worst"
    assert heading_gone("“STORM DRILL” PLANNED FOR MONDAY A review of the dam") == "A review of the dam"
    assert heading_gone("NHS CEO Jane Doe says") == "NHS CEO Jane Doe says"
    assert heading_gone("THE COUNCIL has approved the plan") == "THE COUNCIL has approved the plan"


def test_a_title_does_not_open_with_the_heading() -> None:
    sentence = "DREDGING PLANNED FOR MAY A report on the silting of the harbour will be sent to the mayor on Friday."
    at = sentence.index("on Friday")
    assert write_title(sentence, [(at, at + 9)]) == "A report on the silting of the harbour will be sent to the mayor"


def test_a_participle_after_an_attribution_keeps_its_comma() -> None:
    sentence = ("The new tunnel could reach the far bank by the end of this month, the builders said, keeping it on course to "
                "open by the spring.")
    at = sentence.index("by the end of this month")
    title = write_title(sentence, [(at, at + len("by the end of this month"))])
    assert "bank keeping" not in title
    assert title.startswith("The new tunnel could reach the far bank")
