"""A sentence's one date told in a later part of it dates that part, not the clause before (session 35).

Every text here is written for these tests. A date opening a second predicate of the same subject ("has faced
criticism over its roads and last week was handed a court order") titles that predicate; a date inside a closing
"with" clause ("..., with one broker predicting it could do so in February") is that clause's own statement, its
participle made finite. A date after "through" ends a span ("a plan to keep crews employed through August") and
dates nothing, unless a verb of lasting owns it ("is to last through November"); "it will be two weeks before the
leak is sealed" is a wait from now, no distance before the leak.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.extract import extract
from timeline.extract.run import extract_file
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_a_date_opening_the_second_predicate_titles_that_predicate() -> None:
    assert events_of("The Harwell council has faced criticism over its road repairs and last week was handed a "
                     "court order to close the bridge.") == [
        ("2026-W11", "The Harwell council is handed a court order to close the bridge")]
    assert events_of("A second dredger, the Marta Vell, was also moored beside the wreck, and by Tuesday morning was "
                     "pumping about 300 tonnes of grain a day.") == [
        ("2026-03-17TMO", "The Marta Vell is pumping about 300 tonnes of grain a day")]


def test_a_new_subject_or_a_clause_in_the_first_predicate_is_left_alone() -> None:
    # the date's clause has its own subject ("engineers"): the first predicate's title is not cut
    events = events_of("Crews pumped mud into the shaft, and by Friday engineers were waiting for the cement to set.")
    assert all("Crews" not in title for _, title in events), events
    # a subject holding a clause of its own is not cut to its head: the rule leaves such a sentence as it was
    events = events_of("The Harwell council, which runs the port, has faced criticism and last week was handed a "
                       "court order.")
    assert ("2026-W11", "The Harwell council is handed a court order") not in events, events


def test_a_date_in_a_closing_with_clause_is_that_clauses_own() -> None:
    events = events_of("Analysts believe Harwell Foods will soon resume paying dividends, with Kell Partners "
                       "predicting it could do so in May.")
    assert ("2026-05", "Kell Partners predicts it could do so") in events, events
    assert not any(title.startswith("Analysts") and when == "2026-05" for when, title in events), events
    events = events_of("Work on the first tunnel started on 2 March, with the second starting on 16 March.")
    assert ("2026-03-02", "Work on the first tunnel starts") in events or any(
        when == "2026-03-02" and title.startswith("Work on the first tunnel") for when, title in events), events
    assert ("2026-03-16", "The second starts") in events, events
    events = events_of("The barge has drifted toward the shore, with officials warning it could reach Dunmore Bay "
                       "by Wednesday.")
    assert ("2026-03-25", "Officials warn it could reach Dunmore Bay") in events, events
    assert not any(title.startswith("The barge") and when == "2026-03-25" for when, title in events), events


def test_a_with_clause_whose_date_sits_in_a_deeper_clause_is_left_alone() -> None:
    # the date is the "as" clause's (the move into summer), not the expecting's: no "with" statement is made of it
    events = events_of("Doctors said the heat could slow the outbreak, with more cases expected as the northern towns "
                       "move into summer.")
    assert not any(title.startswith("More cases") for _, title in events), events


def page_events(tmp_path: Path, published: str, *paragraphs: str) -> list[tuple[str, str]]:
    """The events of a page with front matter, one paragraph a line apart."""
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: Harbour news\npublished: {published}\n---\n" + "\n\n".join(paragraphs) + "\n")
    return [(e.when.value(), e.title) for e in extract_file(page).events]


def test_a_with_clause_date_does_not_date_the_main_clause(tmp_path: Path) -> None:
    events = page_events(tmp_path, "2026-03-20",
                         "The tanker Marta Vell exploded on 3 March off Dunmore, and the leak began that night.",
                         "The wreck is still not sealed, with the company announcing last week it will be two weeks "
                         "before the leak is closed off for good.")
    assert ("2026-W11", "The company announces it will be two weeks before the leak is closed off for good") in events
    assert not any(title.startswith("The wreck") for _, title in events), events


def test_a_date_after_through_ends_a_span_and_dates_nothing(tmp_path: Path) -> None:
    events = page_events(tmp_path, "2026-06-24", "The Senate passed the harbour bill on Tuesday.",
                         "The bill contains $4.5 billion to continue funding the harbour works through September 30.",
                         "But she said the council has put together a plan to keep the ferry crews employed at least "
                         "through August.",
                         "The fishing ban near the Dunmore wreck is scheduled to last through November.")
    assert not any(when in ("2026-09-30", "2026-08") for when, _ in events), events
    # a verb of lasting: the span's end is the ban's own
    assert ("2026-11", "The fishing ban near the Dunmore wreck is scheduled to last through November") in events


def test_a_wait_from_now_is_no_distance_before_a_happening(tmp_path: Path) -> None:
    events = page_events(tmp_path, "2026-03-20",
                         "The tanker Marta Vell exploded on 3 March off Dunmore, and the leak began that night.",
                         "The wreck is still not sealed, and it will be two weeks before the leak is closed off for good.")
    assert not any(when == "2026-W08" for when, _ in events), events
