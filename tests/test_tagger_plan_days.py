"""Issue 16/17: weekdays of plans told in the past, and the story's own day on a page published the
day after it. Every sentence is written for this file (no article text).

The first rows of each class failed before the change; the rows after "..." guard what must stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

MON = dt.date(2025, 3, 10)  # Monday
THU = dt.date(2025, 3, 13)  # Thursday
FRI = dt.date(2025, 3, 14)  # Friday
SAT = dt.date(2025, 3, 15)  # Saturday

PLANS: list[tuple[dt.date, str, str, str]] = [
    # a scheduling participle after "was"/"were": the planned day, ahead when a few days off, also when called off
    (MON, "Two council hearings were set for Tuesday, the clerk's office confirmed.", "Tuesday", "2025-03-11"),
    (MON, "A vote in the assembly was scheduled for Thursday.", "Thursday", "2025-03-13"),
    (MON, "The ruling from the appeals court was expected on Wednesday.", "Wednesday", "2025-03-12"),
    (THU, "The toll rise was due on Monday, but has now been dropped.", "Monday", "2025-03-17"),
    # "planned to" + infinitive, "planned a rally for"
    (THU, "The zoo said it planned to reopen its reptile house on Friday after repairs.", "Friday", "2025-03-14"),
    (THU, "Mayor Okafor, keen to calm the row, planned to tour the harbour again on Saturday.", "Saturday", "2025-03-15"),
    (SAT, "Fishermen planned a protest march for Sunday outside the port authority.", "Sunday", "2025-03-16"),
    # a summons told in the past, for talks on a day: the talks' day, after the summons
    (MON, "The envoy was summoned to the foreign ministry for talks on Wednesday.", "Wednesday", "2025-03-12"),
    (MON, "Bank chiefs were called in for an emergency meeting on Thursday.", "Thursday", "2025-03-13"),
    # a plan told in the past ("was expected to", "was due to") however far its infinitive runs before the day
    # (or a figure such as "$4.5m" stands between)
    (MON, "Storm Ida was expected to bring heavy rain to the coast, the hill farms and parts of the north through "
          "Tuesday.", "Tuesday", "2025-03-11"),
    (THU, "The council was due to make a $4.5m grant to the museum on Monday, which has now been withdrawn.",
     "Monday", "2025-03-17"),
    # "plan" as the verb of a plural subject ("divers plan to ..."): a plan now, ahead, however far the day
    (MON, "Divers plan to lower the new steel collar over the broken pipe on Wednesday.", "Wednesday", "2025-03-12"),
    (MON, "They plan to reopen the bridge on Thursday.", "Thursday", "2025-03-13"),
    # ... a plan five or more days off is past ("was scheduled for Saturday" on Monday: the Saturday just
    # gone), a perfect (a plan overtaken) keeps its clause's tense, a saying between the plan and the day
    # dates the saying, and a plain past stays past
    (MON, "The final was scheduled for Saturday.", "Saturday", "2025-03-08"),
    (MON, "The permit had been due to lapse on Friday.", "Friday", "2025-03-07"),
    (THU, "Dockers planned to strike, the union said on Tuesday.", "Tuesday", "2025-03-11"),
    (THU, "The ferry sailed on Tuesday.", "Tuesday", "2025-03-11"),
    (MON, "The mayor opened the bridge on Friday.", "Friday", "2025-03-07"),
    (MON, "The council unveiled a rescue plan on Friday.", "Friday", "2025-03-07"),
    (MON, "The stimulus plan on Friday was cut back.", "Friday", "2025-03-07"),
    (MON, "The firm filed its plan on Friday.", "Friday", "2025-03-07"),
    (THU, "The envoy was summoned to the foreign ministry on Wednesday.", "Wednesday", "2025-03-12"),
    (FRI, "The envoy was summoned for talks on Thursday, the ministry said.", "Thursday", "2025-03-13"),
]


@pytest.mark.parametrize(("dct", "sentence", "span", "value"), PLANS)
def test_a_plan_names_its_coming_day(dct: dt.date, sentence: str, span: str, value: str) -> None:
    got = [(t.text, t.value) for t in tag(sentence, dct) if t.text == span]
    assert got == [(span, value)]


STORY_DAY: list[tuple[dt.date, str, str, str]] = [
    # a page of Friday about Thursday's news: a present or future "Thursday" later on is that day
    (FRI, "Engineers told reporters on Thursday that a valve had shifted. The firm hopes to get the new valve fitted "
          "late on Thursday night and working overnight.", "late on Thursday night", "2025-03-13TNI"),
    (FRI, "Rescuers said on Thursday that six miners were trapped. The shaft is expected to be cleared on Thursday "
          "as crews dig.", "Thursday", "2025-03-13"),
    (FRI, "A ministry official said on Thursday the river was rising. The flood is expected to reach the old town on "
          "Thursday as the rain goes on.", "Thursday", "2025-03-13"),
    # ... a day already read as the story's stays so; with no earlier mention of that day, or "next week" after it, the coming one stays
    (SAT, "The storm reached the coast on Friday, forecasters said. The losses would total $2m as of Friday.",
     "Friday", "2025-03-14"),
    (FRI, "The pipeline company hopes to restart the pumps Thursday night.", "Thursday night", "2025-03-20TNI"),
    (FRI, "The board met on Thursday. Its chair will testify on Thursday next week.", "Thursday", "2025-03-20"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), STORY_DAY)
def test_a_weekday_on_the_story_day_of_a_page_published_the_day_after(dct: dt.date, text: str, span: str,
                                                                       value: str) -> None:
    got = [(t.text, t.value) for t in tag(text, dct) if t.text == span]
    assert got[-1] == (span, value)
