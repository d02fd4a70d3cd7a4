"""A supposed outcome whose condition follows it, and a condition that lasts until its date (:mod:`.suppositions`,
:mod:`.unasserted`, issue 16: precision).

Every text here is written for these tests. "Fishermen could lose their licences in June if the ban is extended" was
an event of June, as if the licences were lost then: the modal and the "if" after the date make it a hypothetical,
which the gold leaves out ("hypotheticals are deliberately not events"). "Costs could double if the drought lasts
until September" was an event of September: "until" after a verb of lasting is how long the supposed drought goes
on, no deadline. A plan on the condition that it goes well, a concession ("even if"), an indirect question ("know
if"), a saying's own date and a reported plan's "would" keep their dates, as does a deadline inside a condition.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

from timeline.extract.suppositions import in_postposed_outcome

FRIDAY = dt.date(2026, 3, 20)


def _dates(text: str) -> list[str]:
    return [e.when.value() for e in events_of(text + "\n", FRIDAY)]


def test_an_outcome_before_its_condition_dates_nothing() -> None:
    assert _dates("Fishermen could lose their licences in June if the ban is extended.") == []
    assert _dates("The airline would cut 300 jobs next month if the strike went ahead.") == []
    assert _dates("The ferry company's lease would expire by May 16 if certain repairs weren't done.") == []
    assert _dates('"But the offer may not be open to them a year from now if prices recover."') == []


def test_a_condition_that_lasts_until_its_date_dates_nothing() -> None:
    assert _dates("Prices may double if the drought lasts until September.") == []
    assert _dates("The mayor said on Wednesday that repairs could cost $3 million if the flooding continues until "
                  "August.") == ["2026-03-18"]


def test_a_deadline_inside_a_condition_keeps_its_date() -> None:
    assert _dates("The union will strike unless the company pays the bonus by Friday.") != []


def test_plans_concessions_and_questions_keep_their_dates() -> None:
    assert _dates("The council will vote on Tuesday if enough members attend.") == ["2026-03-24"]
    assert _dates("The mayor said the bridge would reopen on Monday if inspectors approved the repairs.") != []
    assert _dates("The company said it would begin dredging by Thursday even if the channel clears itself.") != []
    assert _dates("The minister said on Thursday she would raise the alert if the virus kept spreading.") \
        == ["2026-03-19"]


def test_the_postposed_outcome_reads_the_clause_around_the_date() -> None:
    text = "Growers could lose the harvest in June if the frost returns."
    assert in_postposed_outcome(text, 0, text.index("in June"), len(text))
    text = "Growers lost the harvest in June, and prices could rise if the frost returns."
    assert not in_postposed_outcome(text, 0, text.index("in June"), len(text))
    text = "It could be Monday before engineers know if the seal holds."
    assert not in_postposed_outcome(text, 0, text.index("Monday"), len(text))
    text = "The ferry could sail in May if the weather holds."
    assert not in_postposed_outcome(text, 0, text.index("in May"), len(text))
