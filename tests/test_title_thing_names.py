"""A title whose subject is a thing's common noun takes the name the story gave it after the noun, in apposition to
it or with "of" ("The platform sinks" -> "The Sea Lantern platform sinks"), and a company called for what it is ("the
energy giant") takes the company the story is about; when unsure the title stays as it was.

Every sentence here is written for these tests; the ships, firms, storms and people are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.thing_names import named_thing
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def at_end(before: str, sentence: str, title: str) -> str:
    return named_thing(title, before + sentence, len(before))


def test_a_name_in_apposition_in_the_title_s_own_sentence() -> None:
    sentence = "On Monday, a new tanker, the Gull Harbour, began pumping oil from the leaking pipe."
    assert at_end("Crews worked through the night. ", sentence, "A new tanker begins pumping oil from the leaking pipe") \
        == "The Gull Harbour tanker begins pumping oil from the leaking pipe"


def test_the_story_s_sentence_gives_the_name_to_the_title() -> None:
    text = ("Work at the field stopped last month.\n"
            "On Monday, a new tanker, the Gull Harbour, began pumping oil from the leaking pipe.\n")
    found = titles(text)
    assert any(t.startswith("The Gull Harbour tanker begins") for t in found), found


def test_an_aside_in_commas_is_no_name() -> None:
    sentence = "The device, he said, had been overhauled in February."
    assert at_end("Engineers lifted the valve. ", sentence, "The device had been overhauled") \
        == "The device had been overhauled"


def test_a_name_after_the_noun_earlier_in_the_story() -> None:
    before = "The drilling platform Sea Lantern caught fire on Friday, and crews fought the blaze for hours. "
    assert at_end(before, "The platform sank on Sunday.", "The platform sinks") == "The Sea Lantern platform sinks"


def test_a_noun_as_a_name_s_title() -> None:
    before = "Forecasters said on Tuesday that Hurricane Dora was gaining strength over warm water. "
    assert at_end(before, "The hurricane has winds of 90mph.", "The hurricane has winds of 90mph") \
        == "Hurricane Dora has winds of 90mph"


def test_a_person_s_thing_named_with_of_reads_as_a_possessive() -> None:
    before = "Lawyers began choosing jurors for the trial of Dr Alan Pell, the surgeon accused of negligence. "
    assert at_end(before, "The trial is due to start in June.", "The trial is due to start") \
        == "Alan Pell's trial is due to start"


def test_two_names_for_the_noun_leave_the_title() -> None:
    before = "The drilling platform Sea Lantern caught fire. The drilling platform Ocean Star was evacuated. "
    assert at_end(before, "The platform sank on Sunday.", "The platform sinks") == "The platform sinks"


def test_a_modifier_that_picks_one_of_several_leaves_the_title() -> None:
    # ("the new platform" may be another one than the Sea Lantern)
    before = "The drilling platform Sea Lantern caught fire on Friday. "
    assert at_end(before, "The new platform sank.", "The new platform sinks") == "The new platform sinks"


def test_a_company_called_for_what_it_is_takes_the_company_the_story_is_about() -> None:
    before = ("Norlex Energy said on Monday that its pipeline in the bay had been shut. Shares in Norlex Energy fell "
              "4% in London. ")
    assert at_end(before, "The energy giant reported profits of $2 billion.", "The energy giant reports profits") \
        == "Norlex Energy reports profits"
    assert at_end(before, "The energy giant's first attempt failed.", "The energy giant's first attempt fails") \
        == "Norlex Energy's first attempt fails"


def test_a_company_named_last_but_not_most_leaves_the_title() -> None:
    before = ("Norlex Energy said on Monday that its pipeline had been shut. Norlex Energy shares fell. "
              "Its contractor, Varda Petroleum, said the repair would take a week. ")
    assert at_end(before, "The energy giant reported a loss.", "The energy giant reports a loss") \
        == "The energy giant reports a loss"


def test_a_describing_modifier_keeps_the_thing_the_story_named() -> None:
    before = "Fire crews reached the Sea Lantern platform on Friday after an explosion in its engine room. "
    assert at_end(before, "The stricken platform sank on Sunday.", "The stricken platform sinks") \
        == "The Sea Lantern platform sinks"


def test_a_capitalised_noun_in_a_run_on_headline_is_no_name() -> None:
    before = "Pupils at Harrow Lane School A second school in Leeds has closed after a case of flu. "
    assert at_end(before, "The school will remain shut until Monday.", "The school will remain shut") \
        == "The school will remain shut"


def test_a_tropical_storm_keeps_its_whole_title() -> None:
    before = "Oil skimmers returned to port on Thursday as Tropical Storm Enzo crossed the islands. "
    assert at_end(before, "The storm weakened overnight.", "The storm weakens") == "Tropical Storm Enzo weakens"
