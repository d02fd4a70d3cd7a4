"""`timeline extract` on several articles of one story: one event per happening, across runs.

Four short outlets (written for this test) report one contract signing: two at
day precision ("June 9"), two at month precision ("in June").
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main

ARTICLES = {
    "courier": ("Port deal draws criticism", "Valley Courier", "2031-07-02",
                "In June, the Port Authority signed a $40 million dredging contract with Coastline Marine, "
                "officials said.\n\nThe mayor resigned on July 1."),
    "gazette": ("Harbor board approves dredging contract", "The Harbor Gazette", "2031-06-20",
                "The Port Authority signed a $40 million dredging contract with Coastline Marine on June 9."),
    "ledger": ("Dredging begins next spring", "Bay Ledger", "2031-06-12",
               "The Port Authority signed the dredging contract with Coastline Marine on Monday, June 9, "
               "ending a year of talks."),
    "tribune": ("What the dredging deal means", "Evening Tribune", "2031-08-01",
                "The Port Authority signed a dredging contract with Coastline Marine in June after months "
                "of delay."),
}
CONTRACT_DAY = "2031-06-09"


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, (title, publisher, published, text) in ARTICLES.items():
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: {title}\npublisher: {publisher}\npublished: {published}\n---\n{text}\n",
                        encoding="utf-8")
        paths[name] = path
    return paths


def extract(runner: CliRunner, content: Path, *paths: Path, options: tuple[str, ...] = ()):
    result = runner.invoke(main, ["extract", "--content", str(content), *options, *map(str, paths)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result


def events_in(content: Path) -> dict[str, list[dict]]:
    """Every events file's events, by file name."""
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) or []
            for p in sorted((content / "events").glob("*.yaml"))}


def contract_events(content: Path) -> list[tuple[str, dict]]:
    return [(name, e) for name, events in events_in(content).items() for e in events
            if "dredging" in str(e.get("body", "")) or "dredging" in e["title"]]


def publishers(event: dict) -> list[str]:
    return [s["publisher"] for s in event["sources"]]


def snapshot(content: Path) -> dict[str, str]:
    return {str(p.relative_to(content)): p.read_text(encoding="utf-8")
            for p in sorted(content.rglob("*")) if p.is_file()}


def test_three_outlets_make_one_event_at_the_most_precise_date(runner, articles, tmp_path) -> None:
    content = tmp_path / "content"
    extract(runner, content, articles["courier"], articles["gazette"], articles["ledger"])
    ((name, event),) = contract_events(content)
    # The first day-precise report (the Gazette's) gives date, title and file; the vaguer one stays a source.
    assert name == "gazette.yaml"
    assert str(event["date"]) == CONTRACT_DAY
    assert publishers(event) == ["The Harbor Gazette", "Valley Courier", "Bay Ledger"]
    quotes = [s["quote"] for s in event["sources"]]
    assert quotes[1].startswith("In June, the Port Authority signed")  # each outlet's own verbatim quote
    assert all(q in ARTICLES[k][3] for q, k in zip(quotes, ["gazette", "courier", "ledger"], strict=True))
    # The courier's other event (the mayor) is its own, in its own file.
    assert [str(e["date"]) for e in events_in(content)["courier.yaml"]] == ["2031-07-01"]
    assert "ledger.yaml" not in events_in(content)


def test_a_fourth_article_adds_its_source_and_a_second_run_changes_nothing(runner, articles, tmp_path) -> None:
    content = tmp_path / "content"
    three = [articles["courier"], articles["gazette"], articles["ledger"]]
    extract(runner, content, *three)
    result = extract(runner, content, *three, articles["tribune"])
    assert "merged across articles: 1 source added to existing events" in result.stdout
    ((name, event),) = contract_events(content)
    assert name == "gazette.yaml" and str(event["date"]) == CONTRACT_DAY
    assert publishers(event) == ["The Harbor Gazette", "Valley Courier", "Bay Ledger", "Evening Tribune"]
    assert "tribune.yaml" not in events_in(content)
    before = snapshot(content)
    again = extract(runner, content, *three, articles["tribune"])
    assert snapshot(content) == before  # events and state files byte for byte
    assert "added to existing events" not in again.stdout
    # A run with only some of the articles keeps the others' sources.
    extract(runner, content, articles["tribune"])
    assert snapshot(content) == before


def test_a_more_precise_later_report_wins_the_date_in_place(runner, articles, tmp_path) -> None:
    content = tmp_path / "content"
    extract(runner, content, articles["tribune"])
    ((_, first),) = contract_events(content)
    assert str(first["date"]) == "2031-06"
    extract(runner, content, articles["gazette"])
    ((name, event),) = contract_events(content)
    assert name == "tribune.yaml" and event["id"] == first["id"]  # the permalink stays
    assert str(event["date"]) == CONTRACT_DAY
    assert publishers(event) == ["Evening Tribune", "The Harbor Gazette"]


def test_hand_edits_deletions_and_removed_sources_survive(runner, articles, tmp_path) -> None:
    content = tmp_path / "content"
    three = [articles["courier"], articles["gazette"], articles["ledger"]]
    extract(runner, content, *three)
    gazette = content / "events" / "gazette.yaml"
    text = gazette.read_text(encoding="utf-8")
    # A person retitles the event (with a comment) and removes the Ledger as a source.
    text = text.replace("  title: The Port Authority signs", "  # checked with the port\n  title: EDITED Port signs", 1)
    ledger_start = text.index("    - title: Dredging begins next spring")
    ledger_end = text.index("  status:", ledger_start)
    gazette.write_text(text[:ledger_start] + text[ledger_end:], encoding="utf-8")
    # ... and deletes the Courier's other event.
    courier = content / "events" / "courier.yaml"
    (mayor,) = events_in(content)["courier.yaml"]
    courier.write_text("# nothing here\n", encoding="utf-8")

    extract(runner, content, *three, articles["tribune"])
    ((_, event),) = contract_events(content)
    assert event["title"].startswith("EDITED Port signs")
    assert "# checked with the port" in gazette.read_text(encoding="utf-8")
    # The removed source stays removed; the new article's source is added to the edited list.
    assert publishers(event) == ["The Harbor Gazette", "Valley Courier", "Evening Tribune"]
    assert courier.read_text(encoding="utf-8") == "# nothing here\n"
    assert all(e["id"] != mayor["id"] for events in events_in(content).values() for e in events)
    before = snapshot(content)
    extract(runner, content, *three, articles["tribune"])
    assert snapshot(content) == before


def test_a_deleted_event_is_not_re_added_from_a_new_article(runner, articles, tmp_path) -> None:
    content = tmp_path / "content"
    extract(runner, content, articles["gazette"], articles["ledger"])
    (content / "events" / "gazette.yaml").write_text("[]\n", encoding="utf-8")
    result = extract(runner, content, articles["tribune"])
    assert contract_events(content) == []
    assert "tribune.yaml" not in events_in(content)
    assert "left deleted" in result.stdout


def test_per_source_keeps_one_file_per_article(runner, articles, tmp_path) -> None:
    content = tmp_path / "content"
    extract(runner, content, articles["gazette"], articles["ledger"], options=("--per-source",))
    found = contract_events(content)
    assert [name for name, _ in found] == ["gazette.yaml", "ledger.yaml"]
    assert all(len(e["sources"]) == 1 for _, e in found)


def test_one_sentence_stating_two_events_in_two_articles_is_stable(runner, tmp_path) -> None:
    # The same sidebar sentence in two outlets: two happenings, each article's quote serving both.
    sentence = ("1918: The Spanish flu pandemic killed more than 50m people, with young adults badly affected "
                "1957: Asian flu killed two million people.")
    paths = []
    for name, publisher in [("weekly", "Health Weekly"), ("daily", "Science Daily")]:
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: Past pandemics\npublisher: {publisher}\npublished: 2009-04-27\n---\n"
                        f"{sentence}\n", encoding="utf-8")
        paths.append(path)
    content = tmp_path / "content"
    extract(runner, content, *paths)
    (events,) = events_in(content).values()
    assert [str(e["date"]) for e in events] == ["1918", "1957"]
    assert [publishers(e) for e in events] == [["Health Weekly", "Science Daily"]] * 2
    before = snapshot(content)
    extract(runner, content, *paths)
    assert snapshot(content) == before


def test_same_id_in_two_files_is_numbered_so_the_timeline_builds(runner, tmp_path) -> None:
    # One-word happenings on one day: too little in common to merge, but their derived ids are equal.
    paths = []
    for name in ["north", "south"]:
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: {name}\npublished: 2031-03-04\n---\nIt snowed on March 3.\n",
                        encoding="utf-8")
        paths.append(path)
    content = tmp_path / "content"
    extract(runner, content, *paths)
    ids = [e["id"] for events in events_in(content).values() for e in events]
    assert len(ids) == 2 and len({i.casefold() for i in ids}) == 2, ids
    check = runner.invoke(main, ["check", "--content", str(content)], catch_exceptions=False)
    assert check.exit_code == 0, check.stderr
    before = snapshot(content)
    extract(runner, content, *paths)
    assert snapshot(content) == before
