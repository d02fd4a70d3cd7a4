"""A saying dated only by a past its speaker looks back to, or by its speaker's own past, is dated by the saying
(:mod:`.saying_pasts`).

Every text here is written for these tests. '"... Four years ago it would have been different," the chief said'
was placed four years before the page, and '"...," says Ada Hale, who founded the trust 12 years ago' at the
founding: a saying told at a time when nothing was said. A year the speaker names, a saying with a date of its own
and a past told in reported speech keep their dates.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

FRIDAY = dt.date(2026, 3, 20)


def test_a_past_looked_back_to_inside_the_quotation_is_not_the_sayings() -> None:
    text = ('"The new locks have made the harbour much safer. Four years ago a storm like this would have sunk '
            'half the fleet," harbour master Ada Lind said.\n')
    assert dated(events_of(text, FRIDAY), "Ada Lind") == ["2026-03-20"]
    text = '"The quay was still a car park only 12 months ago," says Ben Orr, who runs the ferry company.\n'
    assert dated(events_of(text, FRIDAY), "Ben Orr") == ["2026-03-20"]


def test_the_speakers_own_past_beside_the_name_is_not_the_sayings() -> None:
    text = ('"We are all growing this garden together," says Ada Hale, who co-founded the trust with her sister 12 '
            'years ago.\n')
    assert dated(events_of(text, FRIDAY), "growing") == ["2026-03-20"]  # (the founding is its own)
    text = ('"Our takings are down by half from what they were at this point last year," says Ben Orr, of Orr Fish, '
            'named after his father in 1961.\n')
    assert dated(events_of(text, FRIDAY), "Ben Orr") == ["2026-03-20"]


def test_a_named_year_a_dated_saying_and_reported_speech_keep_their_dates() -> None:
    text = '"The harbour flooded in 1998 and the town rebuilt the quay," harbour master Ada Lind said.\n'
    assert dated(events_of(text, FRIDAY), "Lind") == ["1998"]
    text = '"The harbour was a ruin four years ago," harbour master Ada Lind said on Wednesday.\n'
    assert dated(events_of(text, FRIDAY), "Lind") == ["2026-03-18"]  # (one saying, of its own day)
    text = "Harbour master Ada Lind said the town rebuilt the quay four years ago.\n"
    assert dated(events_of(text, FRIDAY), "quay") == ["2022"]


def test_a_figures_period_is_not_the_sayings() -> None:
    # (the year a reported figure counts over is not when it was told: the saying is of the page's day)
    text = "Orr Fish said its catch of cod was almost 14,000 tonnes last year, the lowest since the war.\n"
    assert dated(events_of(text, FRIDAY), "Orr Fish") == ["2026-03-20"]
    # (a title written from the figure itself tells the year's happening, and keeps the year)
    text = "Mayor Ada Lind noted that in 2024, the town's ferries carried 2.1 million passengers.\n"
    assert [(e.when.value(), e.title) for e in events_of(text, FRIDAY)] == [("2024", "The town's ferries carry 2.1 million passengers")]


def test_a_figure_told_with_the_sayings_own_date_is_one_saying() -> None:
    text = "Last month Orr Fish admitted to dumping 3,000 tonnes of waste in 2024.\n"
    assert dated(events_of(text, FRIDAY), "Orr Fish") == ["2026-02"]


def test_a_saying_dated_at_its_verb_keeps_its_date() -> None:
    text = "Orr Fish said in 2024 that its catch had fallen by 40 percent.\n"
    assert dated(events_of(text, FRIDAY), "Orr Fish") == ["2024"]


def test_a_happenings_past_after_a_figure_keeps_its_date() -> None:
    # (the year is the flood's, a happening of its own: no figure's period)
    text = "The council said Friday it would rebuild the 300 homes destroyed in the flood two years ago.\n"
    assert sorted(dated(events_of(text, FRIDAY), "council")) == ["2024", "2026-03-20"]


def test_a_figures_cut_off_is_not_the_sayings() -> None:
    # (the day a count stood is not when it was told; a cut-off opening the sentence may be the saying's own day)
    text = "A panel of engineers estimated that as of March 2, there were at least 9,000 cracked tiles on the bridge.\n"
    assert dated(events_of(text, FRIDAY), "panel") == ["2026-03-20"]
    text = "Auditors said there was about $2.5 million in the flood fund as of the end of February.\n"
    assert dated(events_of(text, FRIDAY), "Auditors") == ["2026-03-20"]
    text = "As of Monday, the ferry company said it had refunded 4,000 tickets.\n"
    assert dated(events_of(text, FRIDAY), "ferry") == ["2026-03-16"]


def test_a_quote_re_dated_to_the_story_day_leaves_the_story_its_title() -> None:
    # (the aside quoted from the day's interview joins the day's telling; it does not take the headline over)
    text = ("Mayor Ada Lind defended her handling of the flood, using some of her toughest words yet.\n"
            '"I was down at the river a month ago before most of these critics were even paying attention," Lind said '
            "in an interview.\n")
    events = events_of(text, FRIDAY)
    assert [(e.when.value(), e.title) for e in events] == [
        ("2026-03-20", "Ada Lind defends her handling of the flood, using some of her toughest words yet")]


def test_an_adjective_or_a_reported_figure_is_no_saying() -> None:
    text = "Only the release of an estimated two million tonnes of waste by the old mill in 1991 was greater.\n"
    assert dated(events_of(text, FRIDAY), "mill") == ["1991"]
    text = "Orr Fish, which reported $408 million in losses at its northern plants last year, is closing three of them.\n"
    assert "2025" in dated(events_of(text, FRIDAY), "losses")


def test_a_point_a_reported_state_is_compared_with_is_not_the_sayings() -> None:
    # (the speaker compares now with a month ago: nothing was said, or happened, a month ago)
    text = "Ben Orr, who runs the ferry company, said its crews had improved their timekeeping from a month ago.\n"
    assert dated(events_of(text, FRIDAY), "Ben Orr") == ["2026-03-20"]
    text = "The water board said the new pumps were moving much less water than three days ago.\n"
    assert dated(events_of(text, FRIDAY), "water board") == ["2026-03-20"]
    # (a past the reported clause tells as a happening keeps its date, as before)
    text = "Harbour master Ada Lind said the town moved the ferry from the old quay a month ago.\n"
    assert dated(events_of(text, FRIDAY), "ferry") == ["2026-02"]
