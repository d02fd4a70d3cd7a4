"""Tagger round of session 31 (issue 17): weekdays read on the dev14 split, in the wrong dates blind
judges found, and in HeidelTime disagreements. Sentences written for this table; no article text."""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SUN = dt.date(2025, 8, 10)   # Sunday
MON = dt.date(2025, 8, 11)   # Monday
THU = dt.date(2025, 8, 14)   # Thursday
FRI = dt.date(2025, 8, 15)   # Friday

TABLE: list[Row] = [
    # ---- a weekday owning a planned happening that "for" takes: what is made for it comes first
    (MON, "In written testimony for Tuesday's committee hearing, the director blames the builder.",
     [("Tuesday", "DATE", "2025-08-12")]),
    (MON, "In remarks prepared for Tuesday's hearing, the director blames the builder.",
     [("Tuesday", "DATE", "2025-08-12")]),
    (FRI, "Doors open at noon for Saturday's show at the arena.",
     [("noon", "TIME", "2025-08-15T12:00"), ("Saturday", "DATE", "2025-08-16")]),
    (THU, "The mayor thanked the voters for Tuesday's vote.", [("Tuesday", "DATE", "2025-08-12")]),
    (MON, "The director testified at Tuesday's hearing.", [("Tuesday", "DATE", "2025-08-05")]),
    # a past form right after a preposition is an adjective, no past verb ("in written testimony")
    (MON, "In testimony for Tuesday's hearing, the director blames the builder.", [("Tuesday", "DATE", "2025-08-12")]),
    (FRI, "Preparations are under way for Saturday's concert in the park.", [("Saturday", "DATE", "2025-08-16")]),
    # ---- a verb of hoping or planning told in the past: its infinitive's day lies just ahead
    (SUN, "The firm said it hoped to lower the new cap by Monday or Tuesday.",
     [("Monday", "DATE", "2025-08-11"), ("Tuesday", "DATE", "2025-08-12")]),
    (SUN, "The crew wanted to finish the repair on Wednesday.", [("Wednesday", "DATE", "2025-08-13")]),
    (FRI, "The crew aimed to finish the repair by Sunday.", [("Sunday", "DATE", "2025-08-17")]),
    (FRI, "The crew hoped to finish the repair on Monday.", [("Monday", "DATE", "2025-08-18")]),
    (SUN, "The crew tried to finish the repair on Tuesday.", [("Tuesday", "DATE", "2025-08-05")]),
    # ---- "a second day" of a run: the latest day the story tells, as "the sixth day of the hearing"
    (THU, "Shares of the insurer fell for a second day, fearful of the claims.",
     [("a second day", "DATE", "2025-08-14")]),
    (THU, "Critics spoke yesterday as the crew spent a third straight day on the valve.",
     [("yesterday", "DATE", "2025-08-13"), ("a third straight day", "DATE", "2025-08-13")]),
    (THU, "The boats used a second consecutive day of calm seas to lay booms.",
     [("a second consecutive day", "DATE", "2025-08-14")]),
    (THU, "The panel will need a second day of hearings.", []),
    (THU, "Prices rose for a third straight day yesterday.", [("yesterday", "DATE", "2025-08-13")]),
    # ---- a numbered step "later" told in the present is now, at the step's unit (the gold's "Yet four
    # months later, the landscape has changed" is the report's month, not PRESENT_REF)
    (THU, "The well blew out in April. Yet four months later, the coast has changed.",
     [("April", "DATE", "2025-04"), ("four months later", "DATE", "2025-08")]),
    (THU, "The plant shut in 2019. Six years later, the town is still waiting.",
     [("2019", "DATE", "2019"), ("Six years later", "DATE", "2025")]),
    (THU, "The well blew out in April. Four months later, it was sealed.",
     [("April", "DATE", "2025-04"), ("Four months later", "DATE", "2025-08")]),
    # ---- a present shifted back inside a future seen from the past ("would ... before it was ...")
    (FRI, "Forecasters said the storm would grow before it was over the rig about midday Saturday.",
     [("about midday Saturday", "TIME", "2025-08-16TMI")]),
    (FRI, "The storm had weakened before it was over the rig on Tuesday.", [("Tuesday", "DATE", "2025-08-12")]),
    # ---- a weekday pair whose first day is the report's own: the second is the next day
    (THU, "An official said an estimate could come Thursday or Friday.",
     [("Thursday", "DATE", "2025-08-14"), ("Friday", "DATE", "2025-08-15")]),
    (THU, "A spokesman said the ship arrived Thursday and Friday.",
     [("Thursday", "DATE", "2025-08-14"), ("Friday", "DATE", "2025-08-15")]),
    # ---- an aside set off by dashes before a day is not the day's clause
    (FRI, "The admiral said the well could be capped -- but not sealed -- by Sunday or Monday, when the "
          "valve was shut.",
     [("Sunday", "DATE", "2025-08-17"), ("Monday", "DATE", "2025-08-18")]),
    (FRI, "An analyst cut the stock to market perform -- no better than the average -- April 29, after the crash.",
     [("April 29", "DATE", "2025-04-29")]),
]


test_round11 = round_test(TABLE)


# ---- extraction: a step "later" told in the present is now, a state, not a dated happening; told in
# the past it dates what happened
def _events(text: str, published: dt.date) -> list[tuple[str, str]]:
    from timeline.extract import extract
    from timeline.model import Document
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text, published=published))]


def test_a_present_step_later_is_no_event() -> None:
    text = ("The quarry flooded in April, the council said.\n"
            "Four months later, the valley still has no road and the farmers have moved away.\n")
    assert [w for w, _ in _events(text, THU)] == ["2025-04"]


def test_a_past_step_later_dates_its_happening() -> None:
    text = ("The quarry flooded in April, the council said.\n"
            "Four months later, engineers drained the pit and reopened the road.\n")
    assert "2025-08" in [w for w, _ in _events(text, THU)]
