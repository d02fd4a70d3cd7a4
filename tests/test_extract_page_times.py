"""Modern pages' times: an update stamp's day, a past clock after a later day, a proposal's month, a live entry
opened by its source (the gaps ``tests/test_extract_modern_pages.py`` listed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.documents import read_document
from timeline.extract import extract
from timeline.tagger import tag


def _values(text: str, dct: dt.datetime) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_finite_proposed_with_its_object_is_the_act_and_past() -> None:
    dct = dt.datetime(2026, 1, 20, 9, 0)
    assert _values("The council first proposed the merger in October, citing its debts.", dct)["October"] == "2025-10"
    assert _values("The mayor proposed a new levy in November.", dct)["November"] == "2025-11"
    # the adjective looks ahead, as before
    assert _values("The proposed merger in October would save money.", dct)["October"] == "2026-10"


def test_a_clock_told_in_a_past_clause_is_no_time_of_a_later_day_named_before_it() -> None:
    dct = dt.datetime(2026, 4, 2, 18, 0)
    got = _values("The board put off its vote until June 9, after a meeting that dragged past midnight.", dct)
    assert got["midnight"] == "2026-04-02T00:00"
    # a day named with its clock in a clause ahead keeps it
    assert _values("The board will meet on June 9 at 10 a.m.", dct)["10 a.m."] == "2026-06-09T10:00"


def _page(tmp_path: Path, stamps: str, body: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(f"Harbour council votes to sell ferry\nBy Jo Pell\n{stamps}\n{body}\n", encoding="utf-8")
    return [(e.when.value(), s.quote) for e in extract(read_document(page)) for s in e.sources]


def test_a_past_weekday_after_publication_is_the_update_s_when_the_page_was_updated_by_then(tmp_path: Path) -> None:
    body = ("The Portville council voted on Thursday night to sell the island ferry to a private operator. "
            "The harbour master said on Friday morning that the ferry would keep running until the sale.")
    updated = _page(tmp_path, "Published 11:40 PM EST, Thu January 22, 2026\nUpdated 8:15 AM EST, Fri January 23, 2026",
                    body)
    assert any(when.startswith("2026-01-23") and "said on Friday morning" in quote for when, quote in updated)
    # without the update, the Friday before the publication
    plain = _page(tmp_path, "Published 11:40 PM EST, Thu January 22, 2026", body)
    assert any(when.startswith("2026-01-16") and "said on Friday morning" in quote for when, quote in plain)


def test_an_update_days_later_leaves_a_weekday_nearer_before_the_publication(tmp_path: Path) -> None:
    # published on a Monday, updated on the Saturday: "Friday" three days before is nearer than the one after
    got = _page(tmp_path, "Published 9:00 AM EST, Mon January 19, 2026\nUpdated 10:00 AM EST, Sat January 24, 2026",
                "The Portville council said on Friday that it had sold the island ferry to a private operator.")
    assert any(when.startswith("2026-01-16") and "said on Friday" in quote for when, quote in got)


def test_a_live_entry_opened_by_its_source_is_news_of_its_time(tmp_path: Path) -> None:
    page = tmp_path / "live.txt"
    page.write_text("Live: county votes\nBy Jo Pell\nUpdated March 10, 2026 at 5:30 p.m. CDT\n"
                    "5:30 p.m.\nQueues at the town hall\nVoters at the Elm Bay town hall waited for an hour, the "
                    "clerk Ann Moss said.\n3:10 p.m.\nRoads reopened\nThe Portville mayor Tom Reed said the flooded "
                    "roads to two polling places had reopened.\n1:45 p.m.\nEarly votes\nThe county's election office "
                    "said 52,000 people had voted early or by post, a record for a spring vote.\n", encoding="utf-8")
    got = {(e.when.value(), s.quote[:30]) for e in extract(read_document(page)) for s in e.sources}
    assert ("2026-03-10T13:45", "The county's election office s") in got


def _front_matter_page(tmp_path: Path, published: str, body: str) -> list[tuple[str, str]]:
    page = tmp_path / "wire.md"
    page.write_text(f"---\ntitle: Ferry sale\npublished: {published}\n---\n\n{body}\n", encoding="utf-8")
    return [(e.when.value(), s.quote) for e in extract(read_document(page)) for s in e.sources]


def test_a_page_whose_only_past_weekday_is_the_day_after_its_date_was_written_on_that_day(tmp_path: Path) -> None:
    # dated Thursday 2026-01-22; its text was filed on the Friday: "Friday" twice as past, Saturday ahead
    body = ("The Portville council voted Friday to sell the island ferry to a private operator. "
            "The harbour master said Friday that the ferry would keep running until the sale closes on Saturday. "
            "The council had debated the sale for two years.")
    got = _front_matter_page(tmp_path, "2026-01-22", body)
    assert any(when == "2026-01-23" and "voted Friday" in quote for when, quote in got)
    assert not any(when.startswith("2026-01-16") for when, _ in got)


def test_a_past_weekday_of_the_day_after_named_once_or_beside_other_past_days_stays_a_week_before(
        tmp_path: Path) -> None:
    once = _front_matter_page(tmp_path, "2026-01-22", "The Portville council voted Friday to sell the island ferry.")
    assert any(when == "2026-01-16" and "voted Friday" in quote for when, quote in once)
    # a Tuesday told as past as well: the page reaches back through the week, and "Friday" is the one before
    body = ("The Portville council voted Friday to sell the island ferry to a private operator. "
            "The harbour master said Friday that the buyer would be named soon. "
            "The buyer, Gull Lines, signed the contract on Tuesday.")
    mixed = _front_matter_page(tmp_path, "2026-01-22", body)
    assert any(when == "2026-01-16" and "voted Friday" in quote for when, quote in mixed)


def test_a_page_told_from_the_day_after_its_date_is_of_that_day(tmp_path: Path) -> None:
    # dated Thursday 2026-01-22, told on the Friday: its lead and "later today" are Friday's,
    # and "a day earlier" is the Thursday
    body = ("The Portville council has agreed to sell the island ferry to a private operator after a two-year fight "
            "over its losses.\n"
            "The council's leader, Ann Marsh, said in a radio interview Friday morning that the sale would close "
            "within a month.\n"
            "The harbour master said the ferry would keep its crew of nine until then.\n"
            "The council planned to publish the contract later today.\n"
            "Marsh visited the island Friday to meet the crew.\n"
            "A day earlier, the buyer's chief executive toured the ferry's dry dock in Eastport.")
    got = _front_matter_page(tmp_path, "2026-01-22", body)
    assert any(when.startswith("2026-01-23") and quote.startswith("The Portville council has agreed")
               for when, quote in got)
    assert any(when == "2026-01-23" and quote.startswith("The council planned to publish") for when, quote in got)
    assert any(when == "2026-01-22" and quote.startswith("A day earlier") for when, quote in got)
    assert not any(when.startswith("2026-01-16") for when, _ in got)
    # its events' sources still name the page's own date
    page = tmp_path / "wire.md"
    assert {s.published for e in extract(read_document(page)) for s in e.sources} == {"2026-01-22"}
