"""Dates that say which thing a noun names, not when the sentence's news happened (:mod:`.thing_dates`).

Every text here is written for these tests. A date before a noun of no happening, in a phrase hung on another word
("a hallmark of the 1918 flu strain"), and a period's possessive on a subject that only is something ("This
year's dead zone is likely to be the biggest") date nothing the sentence tells; a happening's noun, a figure's
period and an occasion the clause is placed at keep their dates.
"""

from __future__ import annotations

from extract_support import dated, events_of

from timeline.extract.thing_dates import names_a_thing, picks_which


def _at(sentence: str, date: str) -> tuple[str, int, int, int, int]:
    start = sentence.index(date)
    return sentence, 0, start, start + len(date), len(sentence)


def test_a_year_in_an_aside_describing_by_a_noun_sorts_the_thing() -> None:
    sentence = "Tom Hale, author of the 2029 book on river trade, told reporters the port was failing."
    assert names_a_thing(*_at(sentence, "2029"))
    sentence = 'The fishing trade "has deep pockets," said Ann Lowe, an adviser to the governor\'s 2028 campaign.'
    assert names_a_thing(*_at(sentence, "2028"))


def test_an_occasion_a_figure_a_happening_or_a_verbs_phrase_keeps_its_date() -> None:
    assert not names_a_thing(*_at("Port officials said in a June 11 letter that the dock would close.", "June 11"))
    assert not names_a_thing(*_at("The bank, one of the few to raise its 2030 profit, said it would hire.", "2030"))
    assert not names_a_thing(*_at("The mill, a survivor of the 1998 flood, has closed.", "1998"))
    assert not names_a_thing(*_at("The union contributed $2m to the governor's 2028 campaign.", "2028"))
    assert not names_a_thing(*_at("Groups, whose contribution to the 2028 race was a leaflet, met.", "2028"))


def test_a_state_of_the_page_time_is_not_dated_by_a_thing_it_mentions() -> None:
    text = ("Health officials in Carvel warn that the new strain seems more lethal to young adults.\n"
            "The fishing trade \"has deep pockets,\" said Ann Lowe, a former adviser to the governor's 2028 "
            "re-election campaign.\n")
    events = events_of(text)
    assert dated(events, "deep pockets") == []
    assert "2028" not in [e.when.value() for e in events]


def test_a_period_possessive_on_a_subject_that_only_is_picks_which() -> None:
    sentence = "This year's dead zone in the bay is likely to be the biggest ever, scientists said."
    assert picks_which(*_at(sentence, "This year"))
    sentence = "Mature oysters might filter out the crude, but this year's crop of young oysters will perish."
    assert picks_which(*_at(sentence, "this year"))


def test_a_happening_or_a_figure_of_the_period_keeps_its_date() -> None:
    assert not picks_which(*_at("Last week's blast was the worst in the plant's history.", "Last week"))
    assert not picks_which(*_at("Last year's profit was $5bn, the bank said.", "Last year"))
    assert not picks_which(*_at("This year's harvest began on Monday in the valley.", "This year"))


def test_the_saying_keeps_its_own_day_beside_which_season_it_tells_of() -> None:
    text = ("Marine scientists at Lowell University said the bay's oxygen levels were falling.\n"
            "This year's dead zone in the bay is likely to be the biggest ever, the scientists said on Monday.\n"
            "This year's dead zone in the gulf is likely to be the largest on record.\n")
    events = events_of(text)
    assert dated(events, "in the bay is likely") == ["2031-05-12"]
    assert dated(events, "largest on record") == []
