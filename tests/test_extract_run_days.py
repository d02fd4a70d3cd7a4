"""A statement dated only by a day counted in a run ("for a second day", "a third straight day") is dated by the
story's day and must not take the headline of the telling that states that day (:mod:`.run_days`); the title
writer takes the run's event ("of hearings") with the day and keeps a list's items apart. Text written for these
tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.titles import write_title

STORY = ("Volunteers laid sandbags along the river wall in Ostmark on Wednesday to hold back the rising water.\n"
         "The mayor of Ostmark, Lena Voss, praised the crews.\n"
         "Several hundred volunteers took advantage of a second consecutive day of dry weather to lay sandbags along the river "
         "wall, and police closed the road beside it.\n")


def test_a_day_counted_in_a_run_does_not_take_the_days_headline() -> None:
    events = events_of(STORY)
    sandbags = [e for e in events if any("laid sandbags" in s.quote for s in e.sources)]
    assert sandbags and sandbags[0].title.startswith("Volunteers lay sandbags")


def test_the_event_a_run_day_counts_goes_with_it() -> None:
    sentence = "In a third day of talks, the two unions agreed to a pay freeze."
    start = sentence.index("a third day")
    assert write_title(sentence, [(start, start + len("a third day"))]) == "The two unions agree to a pay freeze"


def test_a_relative_aside_does_not_run_across_a_lists_semicolon() -> None:
    sentence = ("The inquiry said on Monday that Acme, which owned the lot; Brix, which owned the crane; and Dorn, "
                "which poured the slab, ignored warnings.")
    start = sentence.index("on Monday")
    title = write_title(sentence, [(start, start + len("on Monday"))])
    assert "Acme which owned the crane" not in title
