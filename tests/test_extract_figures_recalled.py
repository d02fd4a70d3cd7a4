"""One happening told twice with its figure, at its own date and at a date holding it, is one event (issue 16,
duplicates): a past disaster's toll at its day and again at its month; an agreement's sum at its day and again
with its terms. And the lines that must stay apart: a story's sum in a sentence about another act, a plan beside a
deed with one figure, two actors' figures.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import FILLER, dated, events_of

from timeline.extract.figures_recalled import one_figure_recalled  # noqa: F401 (the rule these tests pin)


def test_a_disasters_toll_told_at_its_day_and_again_at_its_month_is_one_event() -> None:
    text = ("The ferry Alda was inspected at Vorn on Wednesday.\n" + FILLER +
            "The ferry Alda caught fire off Vorn on 3 March, killing 14 passengers.\n" + FILLER +
            "The Alda caught fire in March, killing 14 people, and its fuel then leaked into the bay off Vorn.\n")
    events = events_of(text)
    assert ("2031-03-03", 2) in dated(events)
    assert not any(e.when.value() == "2031-03" for e in events)


def test_an_agreements_sum_told_at_its_day_and_again_with_its_terms_is_one_event() -> None:
    text = ("The bus strike in Holm entered its third week.\n" + FILLER +
            "Nordvatten agreed on Monday to set up a $40 million fund for flooded shops in the valley.\n" + FILLER +
            "Under the deal, Nordvatten committed to pay $40 million into the valley fund for flooded shops by the "
            "end of the year.\n")
    events = events_of(text)
    assert ("2031-05-12", 2) in dated(events)
    assert not any(e.when.value() == "2031" for e in events)


def test_a_storys_sum_in_a_sentence_about_another_act_stays_apart() -> None:
    text = ("The bus strike in Holm entered its third week.\n" + FILLER +
            "Shares in Nordvatten closed up 7% on Monday after it agreed to put $40 million in a fund for shops.\n"
            + FILLER +
            "Nordvatten has agreed to pay $10 million into the fund this year until the full $40 million is paid.\n")
    assert len(events_of(text)) == 3


def test_a_plan_beside_a_deed_with_one_figure_stays_apart() -> None:
    text = ("The bus strike in Holm entered its third week.\n" + FILLER +
            "Pumps at the Holm quarry drained 1,000 tonnes of water on Monday.\n" + FILLER +
            "The water board hopes later this week to drain more than the 1,000 tonnes of water pumped so far.\n")
    assert len(events_of(text)) == 3
