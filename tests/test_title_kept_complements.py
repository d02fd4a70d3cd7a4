"""A title keeps what its verb of saying, showing or learning reports (issue 16): the verb never ends the title
before its clause; the speaker's modifiers, a comma aside inside the clause and a time between the verb and its
clause go first; a cut never leaves out a sentence's last noun after its modifier, nor ends on a count or on
"yet" before "more". Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from timeline.extract.title_ends import phrase_boundary
from timeline.extract.title_whole import ends_open, whole_cut
from timeline.extract.titles import write_title


def _dated(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


def test_the_speaker_keeps_its_head_so_what_was_reported_fits() -> None:
    title = _dated("Scientists from the Coastal Institute for Marine Research and Ocean Technology reported this week "
                   "that they had found large clouds of silt drifting beneath the surface of the bay.", "this week")
    assert title.startswith("Scientists report that they have found large clouds of silt")


def test_a_participle_phrase_of_the_speaker_goes_before_the_clause() -> None:
    title = write_title("Engineers questioned by Harbour Weekly feared that one of the older cranes might become a "
                        "serious hazard (three similar cranes are said to have failed at other docks in the region), "
                        "and urged a full inspection.", [])
    assert title == "Engineers fear that one of the older cranes might become a serious hazard"


def test_an_aside_inside_the_reported_clause_is_not_where_it_ends() -> None:
    title = _dated("Acme Bank warned last week that the total cost to the group, including legal fees, could top $9bn.",
                   "last week")
    assert title.startswith("Acme Bank warns the total cost to the group") and title.endswith("could top $9bn")


def test_a_time_between_the_verb_and_its_clause_goes() -> None:
    title = _dated("Harbour pilot Dana Oakes learned the next morning, May 3, that her team's engineers had rejected the "
                   "extra anchors because of doubts about their strength.", "May 3")
    assert title.startswith("Harbour pilot Dana Oakes learns that her team's engineers had rejected")


def test_a_fronted_time_in_a_long_reported_clause_goes_and_the_clause_stays() -> None:
    title = write_title("A new survey shows that 30 years later, the cleared fields along the estuary still have not "
                        "recovered their former yields.", [])
    assert title.startswith("A new survey shows that the cleared fields")
    assert "years later" not in title


@pytest.mark.parametrize(("kept", "rest", "open_"), [
    ("they did not expect the storm to pass near the site of Acme's broken", "well.", True),
    ("the minister promised help to the small", "farmers.", True),
    ("the ministers met the visiting president", "today.", False),
    ("the rescue teams reached the village", "overnight.", False),
])
def test_a_sentence_s_last_noun_is_not_left_out(kept: str, rest: str, open_: bool) -> None:
    assert ends_open(kept.split(), rest.split()) is open_


def test_no_title_ends_on_yet_before_more() -> None:
    text = "Many of those writing in feel that minute-by-minute coverage was an example of yet more media hysteria."
    title = whole_cut(text, text.index("feel"))
    assert title.startswith("Many of those writing in feel that minute-by-minute coverage was")
    assert not title.endswith(("yet", "of"))


def test_a_reporting_verb_keeps_its_object() -> None:
    title = write_title("Measurements of sulphur and nitrogen concentrations at 310 monitoring wells indicated a substantial "
                        "“surge” of nitrogen-consuming microbes sometime between the end of May and the start of July.", [])
    assert "indicate a substantial “surge”" in title
    assert not title.endswith("sometime")


def test_a_quotation_after_the_reporting_verb_is_not_cut_into() -> None:
    title = write_title("In a long essay, Hale and ARC President Joan M. Ferris argued that \"the dreadful pipeline leak "
                        "has reminded voters that we must cut our gas use,\" adding: \"We share the hope.\"", [])
    assert title == "Hale and ARC President Joan M. Ferris argue"


def test_a_cut_with_nothing_whole_does_not_end_on_a_count() -> None:
    sentence = ("Roe leading the effort to clean up the region's biggest chemical spill is preparing for two looming "
                "threats to its work along the coast: storms and budget cuts.")
    words = sentence.split()
    kept = words[:phrase_boundary(words, 16, 13)]
    assert kept[-1] != "two" and kept[-2:] != ["for", "two"]
