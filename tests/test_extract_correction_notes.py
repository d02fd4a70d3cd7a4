"""An editor's correction notice, and the lines restating the corrected fact, make no event (issue 16: precision).

Every sentence here is written for these tests, laid out the way saved news pages are; the names are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document

STORY = "The harbour board approved the new ferry terminal on Monday after a two-year review of the plans."
LATER = "Construction of the terminal will start in June, the board's chairwoman Ines Moreau said."


def furniture(text: str) -> str:
    """The page's furniture, span by span (a notice run into a credit is one span with it)."""
    return "\n".join(text[f.start:f.end] for f in find_furniture(text))


def quotes(text: str) -> set[str]:
    events = extract(Document(path="p.txt", text=text, published=dt.date(2031, 3, 5)))
    return {s.quote for e in events for s in e.sources}


def test_a_notice_naming_another_of_the_papers_pages_is_furniture() -> None:
    for note in ("A Page One article misstated the date of the harbour master's remark that the quay would close.",
                 "The article also incorrectly described Jo Roe as the lead inspector of a 2029 review of the quay.",
                 "Sunday's editorial misidentified the chairwoman of the harbour board.",
                 "This summary of the inquiries into the ferry crash omitted one bill."):
        text = f"{note}\n{STORY}\n{LATER}\n"
        assert note in furniture(text), note
        assert quotes(text) == {STORY, LATER}, note


def test_the_lines_restating_the_corrected_fact_go_with_the_notice() -> None:
    note = "A Page One article misstated the date of the harbour master's remark that the quay would close."
    for fact in ("She made the remark March 1, not March 2.", "It is the Harbour Safety Act of 2019.",
                 "The text below has been modified to reflect these changes."):
        text = f"{note}\n{fact}\n{STORY}\n{LATER}\n"
        assert fact in furniture(text), fact
        assert quotes(text) == {STORY, LATER}, fact


def test_a_notice_run_into_a_credit_goes_to_the_lines_end_with_the_fact_after_it() -> None:
    notice = ("The following correction was printed in the Courier's Corrections column, Tuesday 4 March 2031 We "
              "reported below that the ferry firm had 40 boats.")
    fact = "According to the firm's annual report, it has 14 boats, of which six sailed in 2030."
    text = f"Photograph: Jo Roe/Harbour Pictures {notice}\n{fact}\n{STORY}\n{LATER}\n"
    assert notice in furniture(text)
    assert fact in furniture(text)
    assert quotes(text) == {STORY, LATER}


def test_the_notice_ends_where_the_story_goes_on() -> None:
    note = "An earlier version of this article misstated when the harbour board met."
    text = f"{STORY}\n{note}\nThe board met on March 2, not March 3.\n{LATER}\n"
    assert LATER not in furniture(text)
    assert "March 3." in furniture(text)
    assert LATER in quotes(text)


def test_another_bodys_report_in_error_is_news() -> None:
    line = "A government report incorrectly said on Monday that the quay had been closed for repairs."
    assert line in quotes(f"{STORY}\n{line}\n")
