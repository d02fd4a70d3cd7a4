"""A title that puts a verb of saying in the headline present undoes the sentence's backshift in the reported
clause ("says it is proceeding", "says he will resign"); a simple past, a passive, a quote and a clause dated in
its own past keep their words. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from timeline.extract.titles import write_title


def _dated(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


@pytest.mark.parametrize(("sentence", "title"), [
    ("Northway Rail said on Monday it was speeding up repairs to the bridge.",
     "Northway Rail says it is speeding up repairs to the bridge"),
    ("The harbour authority said on Monday the dredging was going to plan.",
     "The harbour authority says the dredging is going to plan"),
    ("Fire crews said on Monday they were still searching the warehouse.",
     "Fire crews say they are still searching the warehouse"),
])
def test_a_backshifted_progressive_takes_the_present(sentence: str, title: str) -> None:
    assert _dated(sentence, "on Monday") == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Mayor Ellen Varga said on Monday she would stand down at the end of the year.",
     "Ellen Varga says she will stand down at the end of the year"),  # (the title drops the role)
    ("Kestrel Foods told investors on Monday it would not cut its dividend.",
     "Kestrel Foods tells investors it will not cut its dividend"),
])
def test_would_becomes_will(sentence: str, title: str) -> None:
    assert _dated(sentence, "on Monday") == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("The water board said on Monday there was no sign of contamination.",
     "The water board says there is no sign of contamination"),
    ("Inspector Dale Moss said on Monday the landlord was to blame for the blaze.",
     "Inspector Dale Moss says the landlord is to blame for the blaze"),
    ("The ministry said on Monday the reservoir was half full.",
     "The ministry says the reservoir is half full"),
])
def test_a_backshifted_copula_takes_the_present(sentence: str, title: str) -> None:
    assert _dated(sentence, "on Monday") == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Marine biologists said on Monday they had found a new colony of seals.",
     "Marine biologists say they have found a new colony of seals"),
    ("Kestrel Foods said on Monday its costs had risen to $40m.",
     "Kestrel Foods says its costs have risen to $40m"),
    ("The agency said on Monday the firm had already paid $2m in fines.",
     "The agency says the firm has already paid $2m in fines"),
    ("The clinic said on Monday there had been four new cases.",
     "The clinic says there have been four new cases"),
])
def test_a_backshifted_perfect_takes_the_present_perfect(sentence: str, title: str) -> None:
    assert _dated(sentence, "on Monday") == title


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Kestrel Foods said on Monday it found a fault in the oven.", "it found a fault"),  # a simple past
    ("The council said on Monday the lease was extended.", "the lease was extended"),  # a passive
    ("The council said on Monday the lease had to be renewed.", "had to be renewed"),  # no perfect
    ("The coroner said on Monday the ferry had sunk on April 12.", "had sunk on April 12"),  # its own past date
    ("Dr Ames said on Monday the collapse was avoidable.", "the collapse was avoidable"),  # a happening's past
    ("Dr Ames said on Monday the firm had been unprepared.", "had been unprepared"),  # a past state
    ("Dr Ames said on Monday she would have acted sooner.", "would have acted"),
    ("The mayor said on Monday the pumps were working but had a long way to go.", "were working but had"),
    ("A 1998 survey said on Monday the dam was unsafe.", "was unsafe"),  # an old saying
    ("A critic said on Monday that Lena Hart was a fraud.", "was a fraud"),  # what a named one was
    ("Nurses testified on Monday the surgeon had tried to hide that he had skipped the checks.", "had tried"),
    ("The minister warned on Monday it would be wrong to reopen the mine.", "would be wrong"),
    ('Ms Cole said on Monday: "I was stunned."', "I was stunned"),
    ('The editor said on Monday Sunday\'s coverage was "news-driven" by the briefings.', "coverage was"),
    ("The editor said on Monday last week's vote was a mistake.", "vote was a mistake"),
])
def test_what_is_no_backshift_keeps_its_tense(sentence: str, kept: str) -> None:
    assert kept in _dated(sentence, "on Monday")


def test_a_date_of_the_reported_happening_keeps_the_past() -> None:
    title = _dated("The coroner said the ferry had sunk on April 12.", "on April 12")
    assert "had sunk" in title


@pytest.mark.parametrize(("sentence", "date", "kept"), [
    ("Surveyors estimated that as of March 3, there were 400 seals on the sandbank.", "as of March 3", "there were"),
    ("Tenants said a leak in 2019 had damaged the flats.", "in 2019", "had damaged"),
])
def test_a_report_dated_in_its_own_past_keeps_the_past(sentence: str, date: str, kept: str) -> None:
    assert kept in _dated(sentence, date)


def test_a_saying_set_against_what_came_since_keeps_its_past() -> None:
    title = _dated('Senator Pell said at a hearing on Monday that the risks of dredging were "minimal," and since the '
                   "flood has urged caution in expanding it.", "on Monday")
    assert 'were "minimal"' in title


def test_a_quoted_participle_after_was_is_a_passive() -> None:
    title = _dated('The council said on Monday that the pump was "fully repaired and tested."', "on Monday")
    assert "was" in title


@pytest.mark.parametrize(("sentence", "title"), [
    ("The port director said on Monday the terminal would be able to double its freight by next spring.",
     "The port director says the terminal will be able to double its freight by next spring"),
    ("The transit board said on Monday the new line would be ready to carry passengers in May.",
     "The transit board says the new line will be ready to carry passengers in May"),
])
def test_a_backshifted_ability_or_readiness_is_a_forecast(sentence: str, title: str) -> None:
    """ "would be able to" after a saying is the speaker's "will be able to", a forecast, not a condition (which
    an if-clause or a judgement such as "would be wrong to" tells)."""
    assert _dated(sentence, "on Monday") == title
