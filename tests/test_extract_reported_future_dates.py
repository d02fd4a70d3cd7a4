"""A date in what a saying reports is the reported happening's, and the title shows whose it is (issue 16: dates right).

"A spokesman said it would be deployed on the seabed by Thursday": the only date is the deployment's; the event sits
at Thursday, when the spokesman did not speak. A title "X says it will be deployed" at Thursday reads as Thursday's
saying; the title keeps the day beside what it dates ("X says it will be deployed by Thursday").

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

from extract_support import events_of

LEAD = "Harbor Oil built a steel dome for the leaking well in Portville on Tuesday.\n\n"


def _titles(text: str) -> dict[str, str]:
    return {e.when.value(): e.title for e in events_of(LEAD + text) if not e.sources[0].quote.startswith("Harbor Oil built")}


def test_a_saying_of_what_is_to_come_keeps_the_day_it_dates() -> None:
    titles = _titles("Harbor Oil spokesman Bill Ray said it would be deployed on the seabed by Saturday.")
    assert titles == {"2031-05-17": "Bill Ray says it will be deployed on the seabed by Saturday"}


def test_a_reported_clause_that_stands_alone_needs_no_frame() -> None:
    # "it" is the company that spoke: the clause names its own subject and is the event's title, as before
    assert _titles("The company said it would begin drilling a relief well by Friday.") == {
        "2031-05-16": "Harbor Oil will begin drilling a relief well"}


def test_a_deictic_day_stays_out_of_the_title() -> None:
    # "tomorrow" beside the event's date on a timeline, out of the page, reads wrong
    titles = _titles("Bill Ray said the dome would be lowered tomorrow.")
    assert titles and all("tomorrow" not in t for t in titles.values())


def test_a_saying_with_its_own_past_date_is_unchanged() -> None:
    titles = _titles("Harbor Oil said on Wednesday it had sealed the pipe.")
    assert titles == {"2031-05-14": "Harbor Oil says it has sealed the pipe"}
