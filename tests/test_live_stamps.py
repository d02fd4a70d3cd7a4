"""A live page's entry stamps run into the entries' text are clock times of the page's day, never years; a
chronology's years stay years (:mod:`timeline.live_stamps`). The pages here are our own, written in news style."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.sentences import split_sentences
from timeline.live_stamps import live_stamps
from timeline.model import Document
from timeline.tagger import tag

DAY = dt.date(2010, 6, 15)

#: A UK site's live coverage of an evening speech, newest entry first, each stamp run into its entry.
LIVE = (
    "2200: That ends our live coverage of the governor's address for tonight.\n"
    "2059: Harbour master Tom Reyes tweets: The new barrier held through the high tide.\n"
    "2043: Governor Ana Silva says she will not let the port authority close the fishing grounds.\n"
    "Read Tom Reyes's tweets 2031: Mayor Leo Grant says the city will repair the sea wall.\n"
    "1905: Welcome to our live coverage of the governor's address on the harbour floods.\n"
)

#: A fact box of past floods, oldest first: the same shape, but years.
CHRONOLOGY = (
    "Major floods on the coast\n"
    "1918: The old sea wall collapsed and the lower town was flooded.\n"
    "1957: A storm surge drowned the harbour and closed the port for a month.\n"
    "1968: The river burst its banks after a week of rain.\n"
)


def _values(text: str, day: dt.date = DAY) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, day)}


def test_four_digit_stamps_of_a_live_page_are_clock_times_of_its_day():
    values = _values(LIVE)
    assert values["2059"] == "2010-06-15T20:59"
    assert values["2043"] == "2010-06-15T20:43"
    assert values["2031"] == "2010-06-15T20:31"  # run into a link's words before it
    assert values["1905"] == "2010-06-15T19:05"


def test_a_chronologys_years_stay_years():
    values = _values(CHRONOLOGY)
    assert (values["1918"], values["1957"], values["1968"]) == ("1918", "1957", "1968")
    assert live_stamps(CHRONOLOGY) == ()


def test_a_review_of_years_newest_first_stays_years():
    review = ("2010: The port reopened after the floods.\n2009: The council approved a new sea wall.\n"
              "2008: Storms closed the harbour for a week.\n")
    values = _values(review)
    assert (values["2010"], values["2009"], values["2008"]) == ("2010", "2009", "2008")


def test_stamps_without_a_colon_with_a_zone_or_a_separator():
    bare = ("2059 Officials in the port say the barrier held.\n2043 The governor arrives at the harbour.\n"
            "1905 Crowds gather on the sea front.\n")
    assert _values(bare) == {"2059": "2010-06-15T20:59", "2043": "2010-06-15T20:43", "1905": "2010-06-15T19:05"}
    zoned = ("1905 BST: The port reopens.\n1850 BST: Divers inspect the barrier.\n1820 BST: The tide turns.\n")
    assert _values(zoned)["1905 BST"] == "2010-06-15T19:05+01:00"
    separated = ("19:05 Officials in the port say the barrier held.\n18:50 The governor arrives.\n"
                 "18:20 Crowds gather on the sea front.\n")
    assert _values(separated) == {"19:05": "2010-06-15T19:05", "18:50": "2010-06-15T18:50", "18:20": "2010-06-15T18:20"}


def test_a_page_that_runs_past_midnight_dates_its_older_entries_the_day_before():
    night = ("0010: The count is over and the mayor has won.\n2355: Counting goes on in the last ward.\n"
             "2340: The polls close across the city.\n")
    assert _values(night) == {"0010": "2010-06-15T00:10", "2355": "2010-06-14T23:55", "2340": "2010-06-14T23:40"}


def test_stamps_out_of_any_clock_order_are_no_live_page():
    assert live_stamps("1905: The port opens.\n2043: The wall falls.\n1950: The town grows.\n") == ()


def test_a_stamp_run_into_a_link_starts_its_own_sentence():
    texts = [s.text for s in split_sentences(LIVE)]
    assert "Read Tom Reyes's tweets" in texts
    assert any(t.startswith("2031: Mayor Leo Grant says") for t in texts)


def test_the_entries_of_a_live_page_are_events_of_their_stamps_not_of_years():
    events = extract(Document(path="live.txt", text=LIVE, published=DAY))
    dated = {e.when.value(): e.title for e in events}
    assert not any(v[:4] in ("1905", "2031", "2043", "2059") for v in dated)
    assert any((v.startswith("2010-06-15T20:31") and title.startswith("Leo Grant says")) or
               (v.startswith("2010-06-15T20:31") and title.startswith("Mayor Leo Grant")) for v, title in dated.items())
    assert not any(title.startswith(("Read", "2200", "2031", "2043", "2059")) for title in dated.values())
