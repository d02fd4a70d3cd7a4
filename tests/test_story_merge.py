"""Cross-article merging of events and their salience (timeline.story.merging)."""

from __future__ import annotations

import datetime as dt

from timeline.model import Event, SourceRef, When
from timeline.salience import salience
from timeline.story.merging import merge_events, same_happening


def event(date: str, title: str, publisher: str, quote: str, tags: tuple[str, ...] = (), published: str = "2030-06-12",
          eid: str | None = None) -> Event:
    return Event(id=eid or f"{date}-{publisher}".lower().replace(" ", "-"), when=When.parse(date), title=title,
                 tags=tags, sources=(SourceRef(title=f"{publisher} story", publisher=publisher, published=published,
                                               quote=quote),))


SIGNED_DAY = event("2030-06-09", "Acme signs $2 billion deal with Initech", "Ledger",
                   "Acme signed a $2 billion deal with Initech on June 9.", ("Acme", "Initech"), "2030-06-10")
SIGNED_MONTH = event("2030-06", "Acme signed deal with Initech", "Courier",
                     "In June, Acme signed a deal with Initech worth $2 billion.", ("Acme",), "2030-07-02")
SIGNED_WIRE = event("2030-06-09", "Acme signs Initech deal", "Wire",
                    "Acme signed its deal with Initech on Monday.", ("Initech", "Acme"), "2030-06-09")


def test_one_event_per_happening_with_every_source_and_quote() -> None:
    merged = merge_events([SIGNED_MONTH, SIGNED_DAY, SIGNED_WIRE])
    assert len(merged) == 1
    only = merged[0]
    # The more precise date wins; the vaguer report stays as a source with its own quote.
    assert only.when.value() == "2030-06-09"
    assert only.id == SIGNED_DAY.id and only.title == SIGNED_DAY.title
    assert [s.publisher for s in only.sources] == ["Ledger", "Courier", "Wire"]
    assert [s.quote for s in only.sources] == [SIGNED_DAY.sources[0].quote, SIGNED_MONTH.sources[0].quote,
                                               SIGNED_WIRE.sources[0].quote]
    assert set(only.tags) == {"Acme", "Initech"}


def test_different_days_actions_or_actors_stay_apart() -> None:
    next_day = event("2030-06-10", "Acme signs $2 billion deal with Initech", "Wire", "...", ("Acme",))
    other_action = event("2030-06-09", "Initech sues Acme over patents", "Wire", "...", ("Acme", "Initech"))
    other_actor = event("2030-06-09", "Globex signs $2 billion deal", "Wire", "...", ("Globex",))
    july = event("2030-07", "Acme signs deal with Initech", "Wire", "...", ("Acme",))
    for other in (next_day, other_action, other_actor, july):
        assert not same_happening(SIGNED_DAY, other)
    assert len(merge_events([SIGNED_DAY, next_day, other_action, other_actor, july])) == 5


def test_merging_is_pure_and_keeps_order_of_first_reports() -> None:
    vote = event("2030-05-02", "Council approves budget", "Ledger", "The council approved the budget.")
    events = [vote, SIGNED_DAY, SIGNED_WIRE]
    first = merge_events(events)
    assert merge_events(events) == first
    assert [e.id for e in first] == [vote.id, SIGNED_DAY.id]
    assert events == [vote, SIGNED_DAY, SIGNED_WIRE]  # inputs untouched
    assert merge_events([]) == []


def test_the_same_source_given_twice_is_kept_once() -> None:
    merged = merge_events([SIGNED_DAY, SIGNED_DAY])
    assert len(merged) == 1 and len(merged[0].sources) == 1


def test_salience_counts_independent_sources_and_first_report() -> None:
    merged = merge_events([SIGNED_MONTH, SIGNED_DAY, SIGNED_WIRE])[0]
    assert salience(merged).sources == 3
    assert salience(merged).first_reported == dt.date(2030, 6, 9)
    twice_by_one = event("2030-06-09", "A", "Ledger", "one", published="2030-06-11")
    twice_by_one = twice_by_one.__class__(**{**{f: getattr(twice_by_one, f) for f in (
        "id", "when", "title")}, "sources": (*twice_by_one.sources, SourceRef(publisher="Ledger", quote="two",
                                                                             published="bad"))})
    assert salience(twice_by_one).sources == 1
    assert salience(twice_by_one).first_reported == dt.date(2030, 6, 11)


def test_a_vague_date_does_not_chain_different_statements() -> None:
    # Each 1918 statement matches the vague one on some words, but not each other.
    vague = event("1918", "Flu pandemic kills millions worldwide", "Ledger", "In 1918 a flu pandemic killed millions.")
    deaths = event("1918-09", "Pandemic kills 600,000 Americans", "Wire", "Between September 1918 and ...")
    origin = event("1918-03", "Flu pandemic kills first victims in Kansas", "Courier", "In March 1918 ...")
    assert same_happening(vague, deaths) and same_happening(vague, origin)
    merged = merge_events([vague, origin, deaths])
    assert [(e.when.value(), len(e.sources)) for e in merged] == [("1918-03", 2), ("1918-09", 1)]


def test_rerunning_adds_sources_and_keeps_hand_edits() -> None:
    from dataclasses import replace

    from timeline.story.merging import add_sources

    edited = replace(SIGNED_DAY, title="Acme and Initech sign $2bn deal (checked)", body="My notes.",
                     status="reviewed")
    vote = event("2030-05-02", "Council approves harbour budget", "Ledger", "The council approved the budget.")
    budget_again = event("2030-05-02", "Council approves harbour budget plan", "Wire", "Councillors approved it.")
    fresh = event("2030-08-01", "Initech opens plant", "Wire", "Initech opened its plant.")
    updated, added = add_sources([edited, vote], [SIGNED_WIRE, budget_again, fresh, SIGNED_DAY])
    assert [e.id for e in updated] == [edited.id, vote.id]
    first = updated[0]
    # Hand edits untouched; the new report is one more source; a source given again is not repeated.
    assert (first.title, first.body, first.status, first.when) == (edited.title, "My notes.", "reviewed", edited.when)
    assert [s.publisher for s in first.sources] == ["Ledger", "Wire"]
    assert [s.publisher for s in updated[1].sources] == ["Ledger", "Wire"]
    assert [e.title for e in added] == ["Initech opens plant"]
    assert add_sources([edited], []) == ([edited], [])


HAND_WRITTEN = """\
# My own notes on the port story.
- id: port-dredging-deal
  date: 2031-06-09
  title: Port Authority signs the dredging contract with Coastline Marine
  body: Written by hand from the council minutes.
  sources:
    - title: Council minutes
      publisher: City Council
      published: 2031-06-10
      quote: The Port Authority signed the dredging contract with Coastline Marine.
"""


def test_extracting_more_articles_adds_sources_to_an_event_written_by_hand(tmp_path) -> None:
    import yaml
    from click.testing import CliRunner

    from timeline.cli import main

    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    notes = events / "notes.yaml"
    notes.write_text(HAND_WRITTEN, encoding="utf-8")
    article = tmp_path / "gazette.md"
    article.write_text("---\ntitle: Harbor board approves dredging contract\npublisher: The Harbor Gazette\n"
                       "published: 2031-06-20\n---\nThe Port Authority signed a $40 million dredging contract "
                       "with Coastline Marine on June 9.\n", encoding="utf-8")

    def extract() -> None:
        result = CliRunner().invoke(main, ["extract", "--content", str(tmp_path / "content"), str(article)],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output

    extract()
    # No duplicate event: the report is one more source of the hand-written one, and the rest is untouched.
    assert sorted(p.name for p in events.glob("*.yaml")) == ["notes.yaml"]
    text = notes.read_text(encoding="utf-8")
    assert text.startswith(HAND_WRITTEN)
    (event,) = yaml.safe_load(text)
    assert [s["publisher"] for s in event["sources"]] == ["City Council", "The Harbor Gazette"]
    extract()
    assert notes.read_text(encoding="utf-8") == text  # a re-run changes nothing
    # A source the person removes stays removed.
    notes.write_text(HAND_WRITTEN, encoding="utf-8")
    extract()
    assert notes.read_text(encoding="utf-8") == HAND_WRITTEN
