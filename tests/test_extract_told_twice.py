"""One plan or one figure told twice in one article is one event (issue 16, duplicates): one actor's scheduled act
of one day told again with its details; one figure of one day given again in other words. And the lines that must
stay apart: two actors' plans of one day, a plan done again, a story's figure in a sentence about something else.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import dated, events_of

from timeline.extract.told_twice import figures, title_figures

_FILLER = ("The river burst its banks after heavy rain.\n"
           "Shops in the old town stayed shut for a month.\n"
           "Insurers paid out 30 million crowns.\n"
           "The council's repair budget is small.\n")


def test_one_actors_plan_of_one_day_told_again_with_its_details_is_one_event() -> None:
    text = ("Mayor Anna Lind will open the new bridge at Holm on Friday.\n" + _FILLER +
            "Lind will be at Holm for the whole day on Friday, cutting a ribbon on the bridge before lunch.\n")
    assert dated(events_of(text)) == [("2031-05-16", 2)]


def test_a_plan_retold_by_the_same_actor_in_other_words_is_one_event() -> None:
    text = ("The water company Nordvatten AB will start draining the flooded quarry at Holm on Friday.\n" + _FILLER +
            "Nordvatten plans to lower three pumps into the Holm quarry on Friday, a spokesman said.\n")
    assert dated(events_of(text)) == [("2031-05-16", 2)]


def test_a_scheduled_act_retold_by_a_spokesman_is_one_event_at_its_hour() -> None:
    text = ("Mayor Anna Lind will open the new bridge at Holm on Friday.\n" + _FILLER +
            "A spokesman for the council said Lind would cut a ribbon on the Holm bridge on Friday morning.\n")
    assert dated(events_of(text)) == [("2031-05-16TMO", 2)]


def test_two_actors_plans_of_one_day_stay_apart() -> None:
    text = ("Mayor Anna Lind will open the new bridge at Holm on Friday.\n" + _FILLER +
            "Minister Karl Berg will open a school at Holm on Friday.\n")
    assert dated(events_of(text)) == [("2031-05-16", 1), ("2031-05-16", 1)]


def test_another_plan_of_the_actors_day_told_with_also_stays_apart() -> None:
    text = ("Mayor Anna Lind will tell ministers in Holm on Friday that the new bridge is safe.\n" + _FILLER +
            "Also on Friday, Lind will give her first interview about the bridge in Holm to a national radio "
            "station.\n")
    assert len(events_of(text)) == 2


def test_a_plan_done_again_stays_apart_from_the_first() -> None:
    text = ("The Holm water board will try to drain the flooded quarry on Friday with three pumps.\n" + _FILLER +
            "The Holm water board will make another attempt to drain the quarry on Friday evening with a "
            "fourth pump.\n")
    assert len(events_of(text)) == 2


def test_one_figure_of_one_day_given_again_is_one_event() -> None:
    text = ("Auditors will tell the council on Friday that only 12% of the flood budget is left to meet any further "
            "repairs.\n" + _FILLER +
            "Councillors will hear on Friday that 12 per cent of the flood money remains unspent.\n")
    assert dated(events_of(text)) == [("2031-05-16", 2)]


def test_the_leads_figure_told_again_with_its_day_is_one_event_at_that_day() -> None:
    text = ("Storms have flooded 4,500 homes in Holm, the water board has found.\n" + _FILLER +
            "Inspectors counted 4,500 damaged homes across the valley after the storms, the board told councillors "
            "on Monday.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_a_storys_figure_in_a_sentence_about_something_else_stays_apart() -> None:
    text = ("Holm's council agreed on Monday to set up a 20 million crown fund for flooded shops.\n" + _FILLER +
            "Shopkeepers marched through the old town on Monday, saying 20 million crowns would not go far.\n")
    assert len(events_of(text)) == 2


def test_figures_are_read_whatever_their_spelling() -> None:
    assert figures("rose 12 per cent to $3.5 billion") == {"12%", "$3.5bn"}
    assert figures("some 4,500 homes in 2031, and 12 more") == {"4,500"}


def test_a_tallys_running_count_right_after_the_lead_is_the_leads_event() -> None:
    text = ("The World Health Organization says 40 countries have now reported 9,000 cases of the new fever.\n"
            "In the past week the number of people infected has risen sharply, with Peru recording the most cases.\n"
            + _FILLER)
    assert dated(events_of(text)) == [("2031-05-14", 2)]


def test_another_happening_of_the_past_week_after_a_tally_keeps_its_date() -> None:
    text = ("The World Health Organization says 40 countries have now reported 9,000 cases of the new fever.\n"
            "In the past week the ministry sent two medical teams to the border, officials said.\n" + _FILLER)
    assert len(events_of(text)) == 2


def test_one_figure_both_headlines_keep_is_one_event_however_worded() -> None:
    text = ("The builder has so far been paid about $3.35 million for the Holm bridge, the council said on Monday.\n"
            + _FILLER + "The council told reporters on Monday the bill is now up to about $3.35 million.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_one_duration_granted_twice_in_other_spellings_is_one_event() -> None:
    text = ("Inspectors on Monday gave the Holm dam another 24 hours of pressure tests.\n" + _FILLER +
            "The water board on Monday approved another 24-hour extension of the dam's test.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_one_count_in_thousands_spelt_two_ways_is_one_event() -> None:
    text = ("Divers counted 130k-270k dead fish near the weir on Monday.\n" + _FILLER +
            "On Monday, a survey boat found 130,000 to 270,000 trout floating near the weir.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_one_figure_in_two_actors_headlines_stays_apart() -> None:
    text = (_FILLER + "Shares in Alba Mining fell 3.5% on Monday.\n" + _FILLER + "Brix Steel stock fell 3.5% on Monday.\n")
    assert dated(events_of(text)) == [("2031-05-12", 1), ("2031-05-12", 1)]


def test_headline_figures_leave_out_dates_ages_and_years() -> None:
    assert title_figures("Oil reached 130k barrels by May 17, a 14-year high, up 24% since 2009") == {"130000", "24%"}
    assert title_figures("Another 24-hour test and $3.35 million") == {"24h", "$3.35m"}
