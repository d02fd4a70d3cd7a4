"""A date inside a dash's aside is the aside's, not the clause's before the dash (:mod:`timeline.extract.dash_clauses`)."""

from __future__ import annotations

from pathlib import Path

from timeline.documents import read_document
from timeline.extract import extract


def _events(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: \"Harbour council\"\npublished: 2026-03-13\n---\n\n{body}\n", encoding="utf-8")
    return [(e.when.value(), e.title) for e in extract(read_document(page))]


def test_an_aside_that_is_a_clause_of_its_own_is_its_date_s_statement(tmp_path: Path) -> None:
    got = _events(tmp_path, "The council has tried to fend off claims that it acted too slowly to save the ferry -- "
                            "the mayor held a news conference Thursday afternoon where she spoke about the sale.")
    assert [title for when, title in got if when.startswith("2026-03-12")] == [
        "The mayor holds a news conference where she spoke about the sale"]


def test_a_year_in_an_aside_that_only_explains_dates_nothing_of_the_clause(tmp_path: Path) -> None:
    got = _events(tmp_path, "Flooding could wash away the sea wall -- much like storms washed away the old pier in 2019.")
    assert not [title for when, title in got if when == "2019"]
    got = _events(tmp_path, "These infections have played a role in many deaths - the former a reported 1,652 and the "
                            "latter 8,324 in 2019 alone.")
    assert not [title for when, title in got if when == "2019"]


def test_a_participle_going_on_with_the_clause_and_an_attribution_keep_their_day(tmp_path: Path) -> None:
    got = _events(tmp_path, "The pier's owners had a hard year - dropping their fares by 6% on Wednesday after the storm.")
    assert [when for when, title in got if title.startswith("The pier's owners")] == ["2026-03-11"]
    got = _events(tmp_path, "Ferry refunds are taxable -- just as wages would have been, the tax office said Tuesday.")
    assert [when for when, title in got if title.startswith("Ferry refunds")] == ["2026-03-10"]


def test_an_aside_telling_when_the_thing_named_is_due_keeps_its_date(tmp_path: Path) -> None:
    got = _events(tmp_path, "The only lasting fix is to rebuild the pier - a job the council expects to finish in August.")
    assert [when for when, title in got if title.startswith("The only lasting fix")] == ["2026-08"]


def test_a_span_s_start_before_the_dash_leaves_the_aside_its_own_day(tmp_path: Path) -> None:
    page = tmp_path / "trip.md"
    page.write_text("---\ntitle: \"Harbour council\"\npublished: 2026-05-27\n---\n\nBut critics point out that the trip "
                    "is their second since the ferry sank April 20 -- the mayor's family traveled to Ashford, N.C., that "
                    "weekend.\n", encoding="utf-8")
    got = [(e.when.value(), e.title) for e in extract(read_document(page))]
    assert [title for when, title in got if when == "2026-04-25"] == ["The mayor's family traveled to Ashford, N.C."]
