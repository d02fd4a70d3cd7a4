"""A live page filed the morning after as the record of the day its heading names is told from that day, not from
its publication (:mod:`timeline.extract.stated_days`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.documents import read_document
from timeline.extract import extract

FRIDAY = dt.date(2026, 3, 13)


def test_the_weekday_a_live_heading_names_is_the_day_before_the_publication() -> None:
    from timeline.extract.stated_days import stated_day

    assert stated_day("Ferry strike: all Thursday's live updates as they happened", "", FRIDAY) == dt.date(2026, 3, 12)
    assert stated_day(None, "Port dispute - Tuesday's events as they happened\nThe union said ...", FRIDAY) == \
        dt.date(2026, 3, 10)


def test_the_publication_s_own_weekday_or_no_record_of_a_day_says_nothing() -> None:
    from timeline.extract.stated_days import stated_day

    assert stated_day("All Friday's live updates as they happened", "", FRIDAY) is None
    assert stated_day("Thursday's strike vote leaves the port shut", "", FRIDAY) is None
    assert stated_day("Live updates as they happened", "", FRIDAY) is None


def _events(tmp_path: Path, title: str) -> dict[str, str]:
    page = tmp_path / "live.md"
    page.write_text(
        f"---\ntitle: \"{title}\"\npublished: 2026-03-13\n---\n\n"
        f"{title}\n"
        "The harbour union walked out of the talks this morning after the operator refused a new offer.\n"
        "Yesterday the port's board had warned that the ferries could stop within a week.\n",
        encoding="utf-8")
    return {s.quote: e.when.value() for e in extract(read_document(page)) for s in e.sources}


def test_a_live_day_s_today_and_yesterday_count_from_the_day_its_heading_names(tmp_path: Path) -> None:
    got = _events(tmp_path, "Ferry strike: all Thursday's live updates as they happened")
    assert [v for q, v in got.items() if "walked out" in q] == ["2026-03-12TMO"]
    assert [v for q, v in got.items() if "had warned" in q] == ["2026-03-11"]
    # the events' source still names the page's own publication
    page = tmp_path / "live.md"
    assert {s.published for e in extract(read_document(page)) for s in e.sources} == {"2026-03-13"}


def test_a_live_page_without_a_named_day_counts_from_its_publication(tmp_path: Path) -> None:
    got = _events(tmp_path, "Ferry strike: live updates as they happened")
    assert [v for q, v in got.items() if "walked out" in q] == ["2026-03-13TMO"]
