"""The date of the clause the title tells, not of another happening in the sentence (issue 16, session 26).

Every sentence here is written for these tests. "Prosecutors say his negligence led to the singer's death aged 61 in
June 2024": June 2024 is the death's, and the age between the noun and its date does not make it the saying's
("Prosecutors say ..." at June 2024 told a 2026 saying as a 2024 one). "The Senate was investigating the worst
accident in a decade, a huge explosion at the Harbor Oil refinery in March 2019 that killed nine workers": the
appositive's date, after where the explosion happened, is the explosion's, not the investigating's.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)
LEAD = "Harbor Oil said on Friday it would close its last refinery in the state.\n"


def events_after_lead(sentence: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=FRIDAY))
    return [(e.when.value(), e.title) for e in events if "last refinery" not in e.title]


def test_a_deaths_date_after_the_age_is_the_deaths() -> None:
    assert events_after_lead("Prosecutors say his negligence led to the singer's death aged 61 in June 2024.") == [
        ("2024-06", "The singer dies aged 61")]
    assert ("2024-06", "The singer dies aged 61") in events_after_lead(
        "A judge ordered that the surgeon should stand trial in May over the singer's death aged 61 in June 2024.")


def test_an_appositive_mishaps_date_after_its_place_is_the_mishaps() -> None:
    assert events_after_lead(
        "The Senate was investigating the worst industrial accident in the state in a decade, a huge explosion at "
        "the Harbor Oil refinery in March 2019 that killed nine workers.") == [
        ("2019-03", "A huge explosion at the Harbor Oil refinery kills nine workers")]


def test_a_place_outside_an_appositive_or_a_pronouns_owner_keeps_the_clause() -> None:
    # after a place the date may be the fine's as well as the leak's
    assert events_after_lead("The farmer was fined for a leak of slurry at her farm in March 2025.") == [
        ("2025-03", "The farmer is fined for a leak of slurry at her farm")]
    # whose death "his" tells is the clause's to say, which the death's own title would lose
    assert [d for d, _ in events_after_lead(
        "Prosecutors say the surgeon's negligence in treating the singer led to his death aged 61 in June 2024.")] == [
        "2024-06"]


def test_an_opening_words_comma_opens_no_appositive() -> None:
    assert events_after_lead("Similarly, the partial meltdown of a nuclear plant in 1979 was named after the town.") == [
        ("1979", "The partial meltdown of a nuclear plant is named after the town")]


def test_two_plans_each_with_its_date_title_their_own_verbs() -> None:
    assert events_after_lead("He will hand over as chief executive in October but will remain on the board until "
                             "30 November.") == [("2026-10", "He will hand over as chief executive"),
                                                 ("2026-11-30", "He will remain on the board")]


def test_the_first_of_two_steps_leaves_out_the_second() -> None:
    assert events_after_lead("Harbor Oil's timetable, which called for finishing the relief tunnel by the end of May "
                             "and plugging the well by early August.")[0] == (
        "2026-05", "Harbor Oil's timetable calls for finishing the relief tunnel")
