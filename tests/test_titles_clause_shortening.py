"""Titles too long for a headline lose asides at clause level before any cut: non-restrictive relatives (also
with a quote inside), participle asides before the verb, party glosses, a reduced relative in an inner subject,
an adjective's phrase after a long subject's head. Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.title_cuts import shorten_inner_subjects
from timeline.extract.titles import write_title


def _dated(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


def test_a_relative_aside_with_a_quote_inside_goes() -> None:
    title = _dated('The mayor, who has told aides to "fix the damn bridge," will visit the valley on Friday for the '
                   "second time since the flood.", "on Friday")
    assert title == "The mayor will visit the valley for the second time since the flood"


def test_a_participle_aside_before_an_irregular_past_goes() -> None:
    title = _dated("Copies of the draft report, obtained by The Valley Times, brought on Monday new doubts about "
                   "the dam.", "on Monday")
    assert title == "Copies of the draft report bring new doubts about the dam"


def test_a_party_gloss_in_brackets_goes() -> None:
    assert _dated("Rep. Jane Doe (D-Ore.) said on Friday that the levy was unfair.", "on Friday") \
        == "Jane Doe says the levy is unfair"


def test_a_reduced_relative_in_an_inner_subject_goes() -> None:
    text = ("A harbour official says tar balls believed to be from the old tanker had started to wash up on the "
            "island three miles from the coast")
    assert shorten_inner_subjects(text) == ("A harbour official says tar balls had started to wash up on the island "
                                             "three miles from the coast")
    # "to have been" is an infinitive's, not the inner clause's verb.
    text = ("A report concluded that a quarter of the barrels of oil estimated to have been spilled in the bay had "
            "evaporated")
    assert "a quarter have" not in shorten_inner_subjects(text)


def test_an_adjective_phrase_after_a_long_subject_goes() -> None:
    title = _dated("The federal agency responsible for regulating coastal oil drilling repeatedly ignored warnings "
                   "from government scientists about the risks in its push to approve new leases on Monday.",
                   "on Monday")
    assert title.startswith("The federal agency ignored warnings from government scientists")


def test_a_title_never_ends_between_a_subject_and_its_auxiliary() -> None:
    from timeline.extract.title_ends import whole_phrase

    assert not whole_phrase(["Investigators", "say", "the", "night", "crew"], "had")
    assert not whole_phrase(["The", "minister", "admitted", "the", "state", "firm"], "was")
    # After a comma, or after a copula, the next auxiliary opens something else.
    assert whole_phrase(["The", "storm", "passed", "the", "island,"], "was")
    title = write_title("Investigators said the night crew on the platform had failed to respond to the alarms that "
                        "rang for nine minutes before the blast ripped through the deck.", [])
    assert title.startswith("Investigators say the night crew") and "had failed to respond" in title


def test_a_quote_split_by_its_attribution_is_one_quote() -> None:
    assert write_title('"When this storm hit," Beach said of the flood, "I had every single day booked through July.',
                       []) == "Beach: “When this storm hit, I had every single day booked through July”"
    assert write_title('"We will rebuild," the mayor said, "and we will do it this year."', []) \
        == "The mayor says: “We will rebuild, and we will do it this year”"


def test_a_report_too_long_for_its_frame_keeps_what_was_said_not_the_frame_alone() -> None:
    title = _dated("The harbour board and the union said on Saturday that about 2.1 million gallons of an oil-water mix had "
                   "been pumped out, about 10% of which was oil.", "on Saturday")
    assert title == "About 2.1 million gallons of an oil-water mix have been pumped out", title


def test_a_short_clause_after_a_time_lead_stands_alone() -> None:
    assert write_title("The night before the vote, he worked until after midnight.", [], "Ostrander") \
        .startswith("Ostrander works")
