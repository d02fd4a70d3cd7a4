"""A date whose "when" clause tells the happening that the clause before it only frames (issue 16, session 20).

Every text here is written for these tests. A frame that judges the day ("suffered a blow", "sparked controversy",
"hopes were dashed"), a state that held on it ("was the operator of the well in 1981") or a span the date only bounds
("has not leaked since March 3", "until August") gives the day to its "when" clause, which becomes the title with its
own subject and verb. A main clause that is itself the happening ("The flow ended on March 15, when ..."), a "when"
clause that tells a state, and a pronoun whose referent only the frame names keep the sentence's title. An example
named by its happening's noun phrase and closed by its date ("such as the meltdown at the plant in 1981") is that
happening's event, not the clause's that names the kind.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_a_judging_frame_gives_its_day_to_the_when_clause() -> None:
    assert events_of("The mill suffered another blow on Tuesday when a rating agency cut its outlook to negative.") == [
        ("2026-03-17", "A rating agency cuts its outlook to negative")]
    assert events_of("Hopes of a quick repair were dashed on Saturday, when ice blocked the pipes.") == [
        ("2026-03-14", "Ice blocks the pipes")]
    assert events_of("Local farmers got a glimmer of good news late on Thursday when the agency reopened about "
                     "6,000 square miles of fields.") == [
        ("2026-03-19", "The agency reopens about 6,000 square miles of fields")]


def test_the_frames_subject_stands_for_the_when_clauses_pronoun() -> None:
    assert events_of("Dana Whitlow sparked controversy last week when she told a radio host that the flood was "
                     "minor.") == [("2026-W11", "Whitlow tells a radio host that the flood was minor")]
    assert events_of("The state environment agency expressed frustration on Tuesday when it released the firm's "
                     "reply.") == [("2026-03-17", "The state environment agency releases the firm's reply")]


def test_a_state_or_a_bounded_span_gives_its_day_to_the_when_clause() -> None:
    assert events_of("Harbor Oil was the operator of the Tern platform in 1981, when 2 million gallons of oil "
                     "spilled into the bay.") == [("1981", "2 million gallons of oil spill into the bay")]
    assert events_of("No water has leaked from the dam since March 3, when crews sealed the breach.") == [
        ("2026-03-03", "Crews seal the breach")]
    assert events_of("But Ruiz said the builder did not have the survey before 9 March, when Dorn Builders ordered crews "
                     "to begin pouring concrete.") == [("2026-03-09", "Dorn Builders orders crews to begin pouring concrete")]


def test_a_happening_main_clause_or_a_state_when_clause_keeps_the_sentences_title() -> None:
    assert events_of("The flow ended on March 15, when the crew closed a new valve.") == [
        ("2026-03-15", "The flow ends")]
    assert events_of("Dr Vance is due to appear in court again on 23 August, when Judge Mary Pell is expected to "
                     "set a trial date.") == [("2026-08-23", "Dr Vance is due to appear in court again")]
    assert events_of("From 1961, when more than 60 percent said they trusted the council, the trend line steadily "
                     "drops.") == [("1961", "The trend line steadily drops")]  # the date opens the sentence's own clause
    assert not any(title.startswith("Tarn Parks buys") for _, title in events_of(
        "Much of the debt was amassed from 2001 to 2006, when Tarn Parks bought rides."))  # the span is the debt's
    assert not any("plan" in title.lower() and "seem" in title.lower() for _, title in events_of(
        "Shares were down 2 percent after rising earlier this week, when the plan seemed to be working."))


def test_a_when_clause_whose_title_cannot_stand_keeps_the_sentences_title() -> None:
    # the clause's own title would stop at "is still": a copula without its complement
    assert events_of("Claims that the worst of the flood was over were undermined on Tuesday when a senior government "
                     "hydrologist said three-quarters of the floodwater was still in the lower valley environment and "
                     "a research study detected a 20-mile plume of silt in the river.") == [
        ("2026-03-17", "Claims that the worst of the flood was over were undermined")]  # ("the worst" alone: of what?)


def test_a_pronoun_only_the_frame_names_keeps_the_sentences_title() -> None:
    assert events_of("The ferry captured front pages in the summer of 2005 when a storm left it listing badly.") == [
        ("2005-SU", "The ferry captures front pages when a storm leaves it listing badly")]
    # ("it" may be the jet as well as the team)
    assert not any(title.startswith(("Kites", "The Blue Kites replace")) for _, title in events_of(
        "The Blue Kites have flown the Swift jet since 1985 when it replaced the older Gnat."))


def test_an_example_named_by_its_happening_and_date_is_that_happenings_event() -> None:
    # "such as" / "including" name an example of the kind the clause talks of; the date is the example's, not the
    # present saying's or the state's
    events = events_of("The board met on Friday. Engineer Tom Adley says huge tragedies have changed the business "
                       "before, such as the partial core meltdown in a unit at Ohio's Perry Creek nuclear plant in 1981.")
    assert ("1981", "The partial core meltdown occurs in a unit at Ohio's Perry Creek nuclear plant") in events, events
    events = events_of("The board met on Friday. Halvor Energy also has a record of playing down accidents, including "
                       "the fatal Port Arlen refinery blast in 2004.")
    assert any(when == "2004" and "blast" in title and "record" not in title for when, title in events), events
    # ("much like hurricanes washed away wetlands in 2005": a clause of its own, not a named example)
    assert any(when == "2005" and "marshes" in title for when, title in events_of(
        "The storm could wash away the marshes, much like hurricanes washed away wetlands in 2005."))
