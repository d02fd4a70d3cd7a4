"""A named commentator's forecast dates no happening (:mod:`.commentator_forecasts`). Every text here is written for
these tests."""

from __future__ import annotations

from extract_support import dated, events_of

from timeline.extract.commentator_forecasts import in_commentators_forecast

LEAD = "Port officials in Veldt closed the northern quay on Thursday after a grain tanker ran aground in the channel.\n"


def test_an_experts_hope_for_a_later_month_is_no_event() -> None:
    text = LEAD + ("Lena Vos, a salvage expert at the Veldt Maritime Institute, said she hoped the owners would refloat "
                   "the tanker in August.\n")
    assert dated(events_of(text), "refloat the tanker in August") == []


def test_an_economists_forecast_for_next_year_is_no_event() -> None:
    text = LEAD + ("Tomas Kell, an economist at Baltic Bank, said grain exports would recover in 2032 once the channel "
                   "was dredged.\n")
    assert dated(events_of(text), "recover in 2032") == []


def test_an_officials_plan_for_a_later_month_stays() -> None:
    text = LEAD + ("Ilse Rand, head of the port authority, said the channel would be dredged in August.\n")
    assert dated(events_of(text), "dredged in August") == ["2031-08"]


def test_what_a_commentator_saw_happen_keeps_its_date() -> None:
    sentence = "Lena Vos, a professor of geology at Veldt University, said her divers on Wednesday found a crack in the hull."
    assert not in_commentators_forecast(sentence, 0, sentence.index("Wednesday"), len(sentence))
    sentence = "Lena Vos, a professor of geology at Veldt University, said on Wednesday that the hull would crack."
    assert not in_commentators_forecast(sentence, 0, sentence.index("Wednesday"), len(sentence))
