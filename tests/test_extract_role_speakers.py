"""One saying told in the lead by its speaker's role ("A paramedic said ...") and far down the page by the speaker's
name with that role ("paramedic Ian Holt said ...") is one event (issue 16, duplicates); what another speaker of
the role, or the same one, says besides stays its own.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

WEDNESDAY = dt.date(2031, 5, 14)
#: Sentences enough between the lead and the body's saying that shared topic words alone join nothing.
_BETWEEN = ("The hearing in Vorn is expected to last two weeks.\n\nDr Roe denies wrongdoing.\n\n"
            "The patient, a retired teacher, died in March.\n\nHis family were in court.\n\n"
            "The hospital has changed its rules.\n\nThe ward was closed for cleaning.\n\nInspectors visited twice.\n\n"
            "The board meets monthly.\n\nStaff numbers have fallen.\n\nThe union has asked for talks.\n\n")


def _paramedic_events(lead: str, body: str) -> list:
    text = "Paramedic tells hearing of sedative\n\n" + lead + "\n\n" + _BETWEEN + body + "\n"
    return [e for e in events_of(text, WEDNESDAY) if any("aramedic" in s.quote for s in e.sources)]


def test_a_saying_told_by_role_then_by_name_with_the_role_is_one_event() -> None:
    events = _paramedic_events("A paramedic said Dr Ada Roe did not mention she had given the patient a sedative.",
                               "On Wednesday, paramedic Ian Holt said Dr Roe did not mention she had administered the drug.")
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-14", 2)]


def test_another_saying_of_the_role_stays_apart() -> None:
    events = _paramedic_events("A paramedic said the patient was still breathing when the crew arrived at the ward.",
                               "On Wednesday, paramedic Ian Holt said Dr Roe did not mention she had administered the drug.")
    assert [len(e.sources) for e in events] == [1, 1]
