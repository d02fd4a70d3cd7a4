"""Happenings of wars, disasters, courts, markets and strikes named by their nouns (:mod:`.happening_kinds`, issue 16).

Every text here is written for these tests. The happening nouns were first read on an oil spill, a flu outbreak and
a singer's death: "his first trip since the airstrike on March 4" gave the trip the airstrike's date, as a second
copy of the sentence, where "since the bombing on March 3" did not. A date next to a happening's noun of any kind of
news is the happening's.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

from timeline.extract.happenings import stem

TUESDAY = dt.date(2031, 3, 11)


def _dates(text: str, phrase: str) -> list[str]:
    return sorted(dated(events_of(text + "\n", TUESDAY), phrase))


def test_a_war_happenings_date_is_not_the_clauses() -> None:
    text = "The general will visit the border on Friday, his first trip since the airstrike on March 4."
    assert _dates(text, "will visit the border") == ["2031-03-14"]
    assert "2031-03-04" in _dates(text, "airstrike on March 4")


def test_a_disasters_date_is_not_the_clauses() -> None:
    text = "The mayor will tour the valley on Friday, her first visit since the landslide on March 5."
    assert _dates(text, "will tour the valley") == ["2031-03-14"]


def test_a_crackdown_and_a_kidnapping_keep_their_own_dates() -> None:
    assert _dates("The envoy returned to the capital on Monday, his first visit since the crackdown on March 2.",
                  "returned to the capital") == ["2031-03-10"]
    assert _dates("Talks between the two sides resumed on Monday after the kidnapping in February.",
                  "Talks between") == ["2031-03-10"]


def test_a_court_step_and_a_bailout_keep_their_own_dates() -> None:
    assert _dates("The court heard on Monday that the defendant fled the country after the indictment in 2029.",
                  "The court heard") == ["2031-03-10"]
    assert _dates("Shares in the lender rose on Monday after the bailout in January.", "Shares in the lender") \
        == ["2031-03-10"]


def test_a_long_stem_keeps_apart_words_that_share_four_letters() -> None:
    assert stem("execution") == stem("executed") != stem("executive")
    assert stem("indictment") == stem("indicted") != stem("India")
    assert stem("conviction") == stem("convicted") != stem("convention")


def test_a_state_an_economy_is_in_is_no_happening_of_a_day() -> None:
    events = events_of("The economy will be in a clear recovery from recession at the start of 2032, the finance "
                       "minister said on Monday.\n", TUESDAY)
    assert not any(e.title.lower().startswith("recession") for e in events)
