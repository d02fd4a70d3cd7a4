"""False events and duplicates by kind, each kind fixed by a rule of the genre (issue 16).

Every text here is written for these tests. Each test names the kind of error it guards
against: page furniture that holds dates, comparison points and earlier readings, habits,
periods that say how long rather than when, one period's results told figure by figure, one
source's statement told twice, a background happening recalled, and sentences cut inside brackets.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.extract.merge import dated_verb, speaker_words
from timeline.extract.sentences import split_sentences
from timeline.model import Document


def events_of(text: str, published: dt.date = dt.date(2026, 3, 4)) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def dates_of(text: str, published: dt.date = dt.date(2026, 3, 4)) -> list[str]:
    return sorted(e.when.value() for e in events_of(text, published))


# ------------------------------------------------------------------ furniture
def test_a_programme_listing_line_is_furniture_not_events() -> None:
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n"
            "Broadcast on Coast FM, 6:30 PM Wed, 4 Mar 2026 Available until 11:00 PM Sat, 4 Apr 2026 "
            "Repeated Coast FM, 9:15 AM Thu, 5 Mar 2026\n")
    kinds = [(f.kind, text[f.start:f.end]) for f in find_furniture(text)]
    assert any(k == "listing" and t.startswith("Broadcast on Coast FM") for k, t in kinds)
    assert dates_of(text) == ["2026-03-03"]


def test_a_dateline_keeps_its_one_moment_and_is_not_a_listing() -> None:
    text = ("PORTVILLE | Wed Mar 4, 2026 9:41 am EST PORTVILLE (Reuters) - The harbour board approved a new "
            "ferry terminal on Tuesday, its chairwoman said.\n")
    kinds = [f.kind for f in find_furniture(text)]
    assert "listing" not in kinds and "dateline" in kinds


def test_a_wire_datelines_dash_on_the_next_line_is_not_a_summary_bullet() -> None:
    text = ("PORTVILLE | Tue Mar 3, 2026 9:52 am EDT PORTVILLE (Reuters Life!)\n"
            "- Four hundred swimmers crossed the harbour in fancy dress to set a record, the organisers said "
            "Tuesday.\n"
            "The previous record was set last year in a lake near the city.\n")
    events = events_of(text, dt.date(2026, 3, 3))
    assert sorted(e.when.value() for e in events) == ["2025", "2026-03-03"]
    swim = next(e for e in events if e.when.value() == "2026-03-03")
    assert swim.sources[0].quote.startswith("Four hundred swimmers")


def test_links_to_other_stories_are_furniture() -> None:
    text = ("The harbour board approved a new ferry terminal on Tuesday after a two-year review.\n"
            "The terminal will open in 2028, the board said.\n"
            "You may also like\n"
            "Pilots threaten strike over pay in March\n"
            "Harbour master retires after 30 years\n"
            "Ferry strike called off - 2 February 2026\n")
    kinds = {text[f.start:f.end]: f.kind for f in find_furniture(text)}
    assert kinds["Pilots threaten strike over pay in March"] == "related"
    assert kinds["Ferry strike called off - 2 February 2026"] == "related"
    assert dates_of(text) == ["2026-03-03", "2028"]


def test_a_headline_with_its_date_is_a_link_even_without_a_header() -> None:
    text = ("The harbour board approved a new ferry terminal on Tuesday after a two-year review.\n"
            "Ferry strike called off - 2 February 2026\n")
    assert dates_of(text) == ["2026-03-03"]


def test_furniture_of_a_modern_saved_page() -> None:
    text = ("Ferry operator Northwind cuts 300 jobs after storm losses\n"
            "Portville, Maine CNN —\n"
            "Ferry operator Northwind Lines said Tuesday it would cut 300 jobs after storms damaged its fleet.\n"
            "Credit...Lena Moor for The Portville Courier\n"
            "Published 3 hours ago\n"
            "The company lost $40 million in the fourth quarter, it said in a filing on Monday.\n"
            "Get a daily digest of the biggest stories delivered to your inbox every morning at 7 a.m.\n")
    furniture = {text[f.start:f.end] for f in find_furniture(text)}
    assert {"Portville, Maine CNN —", "Credit...Lena Moor for The Portville Courier", "Published 3 hours ago",
            "Get a daily digest of the biggest stories delivered to your inbox every morning at 7 a.m."} <= furniture
    events = events_of(text, dt.date(2026, 3, 3))
    assert sorted(e.when.value() for e in events) == ["2025-Q4", "2026-03-02", "2026-03-03"]
    assert not any("Lena Moor" in e.title or "CNN" in e.title or "Maine" in e.title for e in events)


def test_a_photo_credit_opening_the_story_closes_the_caption_above_it() -> None:
    text = ("A ferry passes the old pier as it leaves Portville harbour after last week's storm, Tuesday, "
            "March 3, 2026.\n"
            "AP Photo/Jane Doe The harbour board approved a new ferry terminal on Wednesday after a two-year "
            "review, its chairwoman said.\n")
    kinds = {text[f.start:f.end].strip(): f.kind for f in find_furniture(text)}
    assert kinds["AP Photo/Jane Doe"] == "credit"
    assert any(k == "caption" and t.startswith("A ferry passes") for t, k in kinds.items())
    assert dates_of(text, dt.date(2026, 3, 5)) == ["2026-03-04"]


def test_instructions_to_click_are_furniture() -> None:
    text = ("The harbour board approved a new ferry terminal on Tuesday after a two-year review.\n"
            "Click on the pictures below to see this week's best harbour photographs.\n")
    assert dates_of(text) == ["2026-03-03"]


# ---------------------------------------------------------------- comparisons
def test_a_date_in_a_direct_question_is_not_an_event() -> None:
    text = ("Which harbour towns lost most ferries this week?\n"
            "Why did the board wait until March 2?\n"
            "The board said on Tuesday it would ask whether the pier is safe?\n")
    # The first two ask; the third states what the board said (its question is reported, not asked).
    assert dates_of(text) == ["2026-03-03"]


def test_the_period_a_count_runs_over_is_not_when_it_happened() -> None:
    events = events_of("The harbour board has abruptly cancelled the ferry tender for the second time this year, "
                       "its chairwoman Ines Moreau said.\n")
    assert [e.when.value() for e in events] == ["2026-03-04"]  # the lead, reported today, not "2026"


def test_a_week_ago_dates_a_happening_unless_it_is_compared_with() -> None:
    # With another date in the sentence, a comparison would yield to it; "created a week ago" does not.
    assert dates_of("The fan page for the ferry was created a week ago and as of Tuesday had more than 5,000 "
                    "followers.\n") == ["2026-03-03", "2026-W09"]
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n"
            "Ferry bookings were up 12 percent from a week ago, the operator said on Monday.\n")
    assert "2026-W09" not in dates_of(text)


def test_a_date_measured_against_another_is_not_an_event() -> None:
    text = "The board said on Tuesday the terminal would open on Friday 3 April, a week later than previously planned.\n"
    assert dates_of(text) == ["2026-03-03", "2026-04-03"]


def test_earlier_readings_of_a_poll_are_comparison_points() -> None:
    text = ("Support for the new ferry terminal has fallen, according to a Portville Courier poll released Tuesday.\n"
            "The new poll finds 44 percent back the plan, down from 50 percent (Feb. 10-11).\n"
            "Earlier this month 48 percent backed it and 40 percent opposed it.\n"
            "And a year ago, 61 percent backed it and 30 percent opposed it.\n")
    assert dates_of(text) == ["2026-03-03"]


def test_a_quantity_measured_against_a_dated_one_does_not_take_its_date() -> None:
    text = ("Northwind booked orders for 2 million tickets in April -- 25 percent more than the volume it sold in "
            "the entire year ended in March, a spokesman said.\n")
    assert dates_of(text, dt.date(2026, 5, 20)) == ["2026-04"]


def test_a_four_digit_clock_time_with_its_zone_is_not_a_year() -> None:
    assert dates_of("Divers reached the ferry wreck at 1737GMT on Saturday.\n") == ["2026-02-28"]


def test_a_habit_told_with_used_to_is_not_an_event() -> None:
    text = ("Northwind Energy will publish its third-quarter figures on 2 November, a spokesman said on Tuesday.\n"
            "He noted that Northwind used to publish its third-quarter figures in October.\n")
    assert "2025-10" not in dates_of(text) and "2026-10" not in dates_of(text)


def test_how_long_an_action_lasts_yields_to_when_it_happened() -> None:
    text = ("In June, the regulator forced Northwind Energy to suspend dividend payments for the rest of this year "
            "and to set aside $2bn for claims.\n")
    assert dates_of(text, dt.date(2026, 9, 10)) == ["2026-06"]


def test_a_bare_season_in_a_general_truth_recurs_and_is_not_an_event() -> None:
    text = ("Storms usually reach the harbour in late autumn and winter, when the ferries stay in port.\n"
            "The Portville ferry sank in the winter after a storm.\n"
            "We'll see more storms in the autumn, the harbour master said on Tuesday.\n")
    # The sinking (past tense), the forecast's autumn and the day it was said; nothing from the first line.
    # (The winter just gone in March 2026 began in December 2025: YYYY-WI is the year of its December.)
    assert dates_of(text, dt.date(2026, 3, 4)) == ["2025-WI", "2026-03-03", "2026-FA"]
    generic = [e for e in events_of(text) if any(s.quote.startswith("Storms usually") for s in e.sources)]
    assert generic == []


def test_the_dates_of_what_something_is_unlike_are_comparison_points() -> None:
    text = ("The Portville ferry fire on Thursday was small, unlike the 1987 Harbour Queen and 1994 Star Line fires, "
            "which burned for days.\n")
    assert dates_of(text, dt.date(2026, 3, 6)) == ["2026-03-05"]


def test_what_a_thing_is_compared_with_or_surpasses_is_a_reference_point() -> None:
    # The thing compared with is dated; the sentence's own time is another's.
    published = dt.date(2026, 11, 2)
    assert dates_of("The fire at the Portville depot on Sunday was larger than the 1987 Harbour Queen fire, "
                    "which burned for days.\n", published) == ["2026-11-01"]
    assert dates_of("Northwind said on Monday its repair bill was $7.7 million higher than its previous estimate "
                    "provided with its second-quarter results released this summer.\n", published) == ["2026-11-02"]
    assert dates_of("The fire on Sunday could soon surpass the size of the 1987 Harbour Queen fire as the port's "
                    "worst, officials said.\n", published) == ["2026-11-01"]
    assert dates_of("The port's crowds on Saturday were thin compared with, for instance, the record crowds for "
                    "the regatta earlier in the year.\n", published) == ["2026-10-31"]
    assert dates_of("Ferry revenue rose 4 percent to $20 million on Friday, up from last year.\n", published) == [
        "2026-10-30"]
    # A count is not a comparison, nor is a thing that is not dated by what follows it.
    assert dates_of("More than 20 ferries were cancelled on Monday.\n", published) == ["2026-11-02"]
    assert dates_of("The comet will come closer to Earth than the moon tonight, astronomers said on Monday.\n",
                    published)[-1].startswith("2026-11-02T")  # tonight
    # A figure that exceeded an amount in a year is that year's figure ("expects cash flow to exceed $30 million in
    # 2027" forecasts a yearly figure, whose year dates nothing: :mod:`timeline.extract.scope_periods`).
    assert "2025" in dates_of("Northwind's cash flow exceeded $30 million in 2025, it said.\n", published)


# -------------------------------------------------------------------- merging
def test_one_periods_results_are_one_event_and_the_year_earlier_period_is_not_joined() -> None:
    text = ("Ferry operator Northwind Lines has seen quarterly profits fall because of storm damage to its fleet "
            "and higher fuel costs.\n"
            "Second-quarter net profit fell to $71m from $80m a year earlier.\n"
            "The profit includes $12m from insurance payments for the damaged ships.\n"
            "Leaving these items aside, Northwind Lines earned $59m in the quarter.\n"
            "Shares in Northwind Lines rose on Wednesday.\n")
    events = events_of(text, dt.date(2026, 8, 5))
    results = [e for e in events if any("profit" in s.quote or "earned" in s.quote for s in e.sources)]
    assert len(results) == 1 and len(results[0].sources) == 3
    assert results[0].when.value() == "2026-Q2"  # the date the text states beats the lead's publication day
    shares = [e for e in events if any("Shares in Northwind" in s.quote for s in e.sources)]
    assert len(shares) == 1 and shares[0].when.value() == "2026-08-05" and len(shares[0].sources) == 1


def test_figures_of_different_quarters_stay_apart() -> None:
    text = ("Northwind Lines said third-quarter revenue rose 8 percent.\n"
            "The results included a $4m charge in the 2025 second quarter for a cancelled ship order.\n")
    events = events_of(text, dt.date(2026, 10, 28))
    assert len({e.when.value() for e in events}) == len(events)


def test_one_sources_statement_of_one_day_told_twice_is_one_event() -> None:
    text = ("In a reversal, the transport ministry said Wednesday it will not build a second ferry terminal in "
            "Portville.\n"
            "A senior ministry official told the Portville Courier on Wednesday that the harbour works had grown "
            "too costly.\n"
            "The harbour pilots' union said on Wednesday it would strike next month.\n")
    events = events_of(text, dt.date(2026, 3, 4))
    wednesday = [e for e in events if e.when.value() == "2026-03-04"]
    assert len(wednesday) == 2  # the ministry's statement (twice) and the union's
    ministry = next(e for e in wednesday if "ministry" in e.sources[0].quote)
    assert len(ministry.sources) == 2


def test_a_definite_description_of_the_happening_before_is_the_same_event() -> None:
    text = ("Ferry operator Northwind Lines said on Tuesday it would cut 300 jobs after the January storms.\n"
            "The cuts, announced on Tuesday in a statement to the stock exchange, amount to a fifth of its staff.\n")
    events = events_of(text)
    tuesday = [e for e in events if e.when.value() == "2026-03-03"]
    assert len(tuesday) == 1 and len(tuesday[0].sources) == 2


def test_a_definite_description_of_an_actor_does_not_merge_two_happenings() -> None:
    text = ("The harbour board approved the new ferry terminal on Tuesday after a two-year review.\n"
            "The board also elected Ines Moreau as its chairwoman on Tuesday.\n")
    assert dates_of(text) == ["2026-03-03", "2026-03-03"]


def test_parts_of_one_day_do_not_make_two_happenings_one() -> None:
    text = ("The mayor opened the new pier on Thursday morning with a speech about the harbour.\n"
            "Later in the morning, the mayor met the ferry pilots to discuss their pay.\n")
    assert len(events_of(text, dt.date(2026, 3, 6))) == 2


def test_speaker_words_name_the_source_not_the_speech() -> None:
    assert speaker_words("A senior ministry official told the Courier on Wednesday that ...") == frozenset(
        {"senio", "minis", "offic"})
    assert speaker_words("In a reversal, the transport ministry said Wednesday it will ...") == frozenset(
        {"trans", "minis"})
    assert speaker_words("The terminal opened on Monday.") == frozenset()


def test_a_background_happening_recalled_with_its_verb_and_month_is_one_event() -> None:
    text = ("The ministry's earlier plan -- announced in March, a month before the storm -- would have doubled "
            "the number of ferries.\n"
            "The plan was dropped on Tuesday.\n"
            "Critics asked why harbour pilots were not consulted before the expansion was announced in March.\n")
    events = events_of(text, dt.date(2026, 9, 9))
    march = [e for e in events if e.when.value() == "2026-03"]
    assert len(march) == 1 and len(march[0].sources) == 2


def test_the_verb_a_date_attaches_to() -> None:
    assert dated_verb("before the expansion was announced in ") == "announced"
    assert dated_verb("the plan, which he said on ") == ""  # saying says nothing of the happening
    assert dated_verb("the ferry capsized on ") == "capsized"


# ------------------------------------------------------------------ sentences
def test_no_sentence_ends_inside_brackets_that_close_a_word_later() -> None:
    text = ("Losses of up to $3.5 billion from the Northwind plc (NWL.\n"
            "L) ferry fire were reported by insurers on Thursday.\n"
            "Prices rose (approx. 5) in the week.\n")
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "Losses of up to $3.5 billion from the Northwind plc (NWL.\nL) ferry fire were reported by insurers on "
        "Thursday.",
        "Prices rose (approx. 5) in the week.",
    ]


def test_a_date_told_as_sometime_after_or_before_keeps_that_qualifier() -> None:
    text = "Once the relief well is finished sometime after Labor Day, Northwind will seal the old terminal.\n"
    (event,) = events_of(text, dt.date(2026, 9, 3))
    assert (event.when.value(), event.when.qualifier) == ("2026-09-07", "after")
    (event,) = events_of("The board voted after the meeting on Monday.\n", dt.date(2026, 9, 3))
    assert event.when.qualifier is None


def test_a_running_total_since_a_date_is_not_an_event_of_that_date() -> None:
    # "$5.2m since January", "killed 40 people since 2019", "up 1,604 since Friday": the date is where a count
    # began; nothing counted happened then. A happening named after "since" keeps its own date.
    assert dates_of("The ferry company had paid more than $5.2 million since January for fuel alone, a report "
                    "showed.") == []
    assert dates_of("The fever has killed 40 people in the province since 2019, according to the health ministry.") == []
    assert "2026-02-10" in dates_of("The harbour board has spent $3 million since the February 10 flood that "
                                    "wrecked the pier.")


def test_a_record_since_a_date_reads_past_an_abbreviation() -> None:
    # "its strongest level against the U.S. dollar since November": the dots of "U.S." do not end the phrase.
    assert "2025-11" not in dates_of("The Portville dollar rose to its strongest level against the U.S. dollar "
                                     "since November on Tuesday, traders said.")


def test_a_record_since_a_named_happening_without_an_article_is_a_reference_point() -> None:
    # "the worst flooding since Storm Edda in 2019": the storm is the record's yardstick, no happening of the story.
    assert dates_of("The river caused the worst flooding since Storm Edda in 2019, officials said on Monday.") == [
        "2026-03-02"]
    assert dates_of("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
                    "The flooding in the valley was the worst since Storm Edda in 2019.\n") == ["2026-03-03"]


def test_an_indefinite_day_or_a_quarter_million_dates_nothing() -> None:
    # "one Saturday afternoon" is some Saturday, not the last one; "the quarter million" is a count, not a quarter.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "\"You will see how quiet the pier gets,\" a deckhand said one Saturday afternoon at the old fish market.\n"
            "Ferries carried the quarter million passengers of the islands across the bay, the harbour master said.\n")
    assert dates_of(text) == ["2026-03-03"]
    assert "2026-02-28TAF" in dates_of("A deckhand said on Saturday afternoon that the pier was quiet, the "
                                       "harbour master said.")


def test_a_figure_then_set_against_the_figure_now_is_a_comparison_point() -> None:
    # "Last year, X; now Y": the earlier reading is what the present one is measured against.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "Last year, two million passengers crossed the bay; now only a fraction of them take the ferry.\n"
            "In 1995, there were 40 ferries in the fleet; today, 12 boats are left.\n")
    dates = dates_of(text)
    assert "2026-03-03" in dates and "2025" not in dates and "1995" not in dates, dates
    # Without a figure, or without the present set against it, the year dates a happening.
    assert "2025" in dates_of("Last year, the harbour board approved a new ferry terminal; now it wants a second one.")
    assert "1995" in dates_of("In 1995, the ferry company built 3 piers in the bay, the harbour master said.")


def test_a_question_opened_by_a_conjunction_asserts_nothing() -> None:
    # "But what's going to happen next year, if ...?": the question word follows "But", and is lowercase.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "\"But what is going to happen to the fish next year, if the bay is dredged?\n"
            "But what the board decided on Monday surprised the fishermen of the town.\n")
    dates = dates_of(text)
    assert "2027" not in dates and "2026-03-02" in dates, dates


def test_a_figure_reported_on_a_day_is_one_event_with_its_period() -> None:
    # "reported on Monday that ... fell 6.7 percent in February": the release of February's figure, one event.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "The statistics office reported on Monday that ferry traffic fell 6.7 percent in February, the eighth "
            "straight monthly fall.\n")
    assert dates_of(text) == ["2026-03-02", "2026-03-03"]


def test_a_bare_season_in_a_supposition_dates_nothing() -> None:
    # "if the fever spreads, particularly in the winter months, ...": a season of what may be, no year's.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "The health officer said that if the fever spreads, particularly in the winter months, the ferries "
            "will stop.\n")
    assert dates_of(text) == ["2026-03-03"]
    # A plan told with its season stays: "the first doses could be given in the autumn".
    assert any(d.endswith("-FA") for d in dates_of("The health officer said the first doses of the vaccine could "
                                                    "be given in the autumn."))


def test_a_second_weekday_offered_as_a_choice_follows_the_first() -> None:
    # "by Monday or Tuesday" written on a Tuesday: next Monday or the Tuesday after it, not next Monday and today.
    dates = dates_of("The mayor said the new pier should be open to ferries by Monday or Tuesday.", dt.date(2026, 3, 3))
    assert dates == ["2026-03-09"], dates


def test_the_level_a_change_counts_from_dates_nothing() -> None:
    # "rose to 340, up from 120 on Monday": Monday's figure is the comparison point;
    # "have gained 40 percent since falling below 200 pence in June": the low the gain counts from. An opening
    # after "since" is a happening and keeps its date.
    lead = "The harbour board approved a ferry terminal on Tuesday. "
    assert dates_of(lead + "The number of registered boats rose to 340 - up from 120 on Monday, officials said.\n") == [
        "2026-03-03"]
    # "rose to 340 from 120 on Monday" dates the rise (news style puts the change's day after both levels).
    assert "2026-03-02" in dates_of(lead + "The number of registered boats rose to 340 from 120 on Monday.\n")
    assert dates_of(lead + "Shares in the ferry firm have gained over 40 percent since falling below 200 pence at the "
                           "height of the crisis in June last year.\n") == ["2026-03-03"]
    assert "2025-06" in dates_of(lead + "The ferry firm has hired 40 people since opening its Portville office in "
                                        "June last year.\n")


def test_a_simile_s_picture_dates_nothing_but_a_guess_told_with_looks_like_does() -> None:
    # "would be like us having a foot of snow tomorrow", "looks like a regatta when they come in in the evening": a
    # picture, which happens at no date; "it looks like the strike will last until August" tells what is expected.
    lead = "The harbour board approved a ferry terminal on Tuesday. "
    assert dates_of(lead + "\"Handling this would be like us having a foot of snow falling in Portville tomorrow,\" "
                           "a spokesman said.\n") == ["2026-03-03"]
    assert dates_of(lead + "The mayor said so many boats have enrolled that \"it looks like a regatta when they come "
                           "in in the evening.\"\n") == ["2026-03-03"]
    assert "2026-08" in dates_of(lead + "It now looks like the dock strike will last until August, the union said.\n")
    assert "1861" in dates_of(lead + "From the parish records it looks like the Vorn family moved to Portville in 1861.\n")
    assert "2025-11" in dates_of(lead + "A new film shows what recovery looks like, following three survivors of the "
                                        "November flood in Portville.\n")
    assert "2026-03-02" in dates_of(lead + "The slick looks like a finger reaching out from the bay, an imaging expert "
                                           "said on Monday.\n")


# ------------------------------------------------------------ a record's point that is itself told
def test_a_record_since_a_happening_told_in_its_own_past_clause_keeps_that_happening() -> None:
    text = ("Divers will make a new attempt to seal the pipeline on Thursday.\n"
            "It will be the first attempt to seal it since the March 2 explosion that flooded the valley.\n")
    events = events_of(text)
    assert "2026-03-02" in [e.when.value() for e in events]
    rupture = next(e for e in events if e.when.value() == "2026-03-02")
    assert rupture.title == "The explosion floods the valley"  # the relative clause tells its act


def test_a_record_since_a_date_that_tells_no_happening_stays_a_reference_point() -> None:
    text = ("The harbour board reported record ferry traffic on Tuesday.\n"
            "It was the busiest week for the ferries since the March 2 timetable change.\n"
            "Traffic reached its highest level since 2019.\n")
    assert dates_of(text) == ["2026-03-03"]


def test_a_date_taken_with_its_article_names_its_own_noun_phrase_not_one_before() -> None:
    text = ("The harbour board reported record ferry traffic on Tuesday.\n"
            "Fuel kept leaking into the bay since the 2 March tanker collision that closed the port.\n")
    events = events_of(text)
    collision = next(e for e in events if e.when.value() == "2026-03-02")
    assert "bay" not in collision.title.lower()
    assert all(not s.quote.startswith("the bay") for s in collision.sources)


def test_a_count_in_the_present_perfect_runs_from_its_since_date() -> None:
    text = ("The harbour board reported record ferry traffic on Tuesday.\n"
            "More than 1,200 passengers have been turned away at the quay for want of seats since 14 February.\n")
    assert dates_of(text) == ["2026-03-03"]


def test_a_count_after_the_perfect_verb_runs_from_its_since_date_too() -> None:
    text = ("The harbour board reported record ferry traffic on Tuesday.\n"
            "The inspectors alone have carried out nine checks on the quay since 14 February.\n"
            "Silt has covered dozens of moorings along the river since January.\n")
    assert dates_of(text) == ["2026-03-03"]
    # a count with no perfect, or a perfect with no count, keeps its date
    assert dates_of("The inspectors carried out nine checks on the quay on 14 February.\n") == ["2026-02-14"]


def test_the_span_a_forecast_covers_is_not_when_anything_happened() -> None:
    text = ("The harbour board closed the quay on Tuesday.\n"
            "The coast service predicted gales and high tides through Sunday that could flood the lower town.\n"
            "Forecasts showed gales and rain through Thursday.\n")
    assert dates_of(text) == ["2026-03-03"]
    # a forecast clause with a verb tells a happening to come, which its span dates
    assert dates_of("The coast service predicted on Monday that gales would last through Sunday.\n") == [
        "2026-03-02", "2026-03-08"]


def test_a_date_in_an_aside_that_says_what_the_subject_is_dates_nothing_in_the_sentence() -> None:
    text = ("The ferry line cut its fares on Tuesday.\n"
            "In Portville, the Harbour Hawks, winners of the regional cup in February, held a rally for the crews.\n"
            "The ferry app, not around in 2019, is full of complaints.\n")
    assert dates_of(text) == ["2026-03-03"]


def test_an_aside_with_a_verb_or_a_preposition_still_dates_its_sentence() -> None:
    text = ("The harbour board, in a statement on Monday, said the terminal would open in 2028.\n"
            "The mayor, a veteran of the 1991 strike, resigned on Tuesday.\n")
    assert dates_of(text) == ["2026-03-02", "2026-03-03", "2028"]


def test_a_date_in_a_nouns_that_clause_dates_that_content_not_the_sentence() -> None:
    text = ("The ferry strike remains the council's first worry, a point underscored by the mayor's announcement that "
            "the harbour board will meet the unions next week.\n")
    events = events_of(text)
    assert [e.when.value() for e in events] == ["2026-W11"]
    assert events[0].title.startswith("The harbour board will meet the unions")


def test_a_verb_taking_that_is_no_content_noun() -> None:
    text = "The harbour board hopes that the terminal will open by late June.\n"
    events = events_of(text)
    assert [e.when.value() for e in events] == ["2026-06"]
    assert events[0].title.startswith("The harbour board hopes")


def test_how_long_within_a_period_is_no_date_of_its_own() -> None:
    text = ("The ferry line will run a reduced timetable for several more months this year, its chief said on "
            "Tuesday.\n")
    assert dates_of(text) == ["2026-03-03"]


# ------------------------------------------------------------ a quoted question, a clause left open
def test_a_date_inside_a_quoted_question_dates_nothing() -> None:
    lead = "The harbour board approved a ferry terminal on Tuesday. "
    assert dates_of(lead + "\"How many ferries will be sailing in 2030?\" the chairman asked.\n") == ["2026-03-03"]
    assert "2030" in dates_of(lead + "\"Ferries will be sailing by 2030,\" the chairman said.\n")


def test_a_title_does_not_end_on_the_next_clauses_conjunction_and_auxiliary() -> None:
    from timeline.extract.titles import write_title

    # a quote cut where a second coordinated clause begins ("... and was | scheduled to return")
    quote = "The carrier Northwind has been on patrol since March and was"
    start = quote.index("since March")
    assert write_title(quote, [(start, start + len("since March"))]) == "The carrier Northwind has been on patrol"


# ------------------------------------------------------------------ conditions
def test_a_date_in_an_open_condition_dates_nothing() -> None:
    # A condition's time is when something may happen, whatever its tense: nothing happened then.
    for text in ("Pupils in the class have been advised to call their doctor if they develop a fever within the next "
                 "week and to stay at home.",
                 "The clean-up could take two years, longer if the river keeps rising next year.",
                 "The beaches will suffer for years, even if the leak is plugged later this month.",
                 "If the ferry sails on Friday, the island will get its post."):
        assert dates_of(text + "\n") == [], text


def test_a_deadline_whether_or_elliptical_if_keeps_its_date() -> None:
    # "by March 20" in a condition sets a deadline; "asked if" is "whether"; "costly, if not ruinous" is no clause;
    # the condition ends where another clause opens ("when", "but").
    assert dates_of("Bidders keep their deposit if they send an offer by March 20.\n") == ["2026-03-20"]
    assert dates_of("Officials will decide if the ferry sails on Friday.\n") == ["2026-03-06"]
    assert dates_of("Officials will announce on Friday if the ferry sails.\n") == ["2026-03-06"]
    assert dates_of("The inspector found the hull costly, if not ruinous, to repair when she visited it in "
                    "January.\n") == ["2026-01"]
    assert dates_of("The mayor said that was the best case if all went to plan but the expectation is that "
                    "the bridge will open in August.\n") == ["2026-08"]


def test_a_low_or_high_measured_from_is_a_point_of_comparison() -> None:
    # The date of the low, high or level a figure is measured from is that reference point's, no happening's.
    for text in ("The shares have rebounded 40 percent from their March low, giving the firm a value of $9 billion.",
                 "The shares are up 30 pence from a year low on February 9.",
                 "Ticket sales are still 12 percent below their January peak."):
        assert dates_of(text + "\n") == [], text
    # The clause's own date stays.
    assert dates_of("The shares rose 3 percent on Tuesday, 20 percent above their January low.\n") == ["2026-03-03"]


def test_a_clause_in_the_perfect_conditional_dates_nothing() -> None:
    # "would have" with a participle tells what did not happen.
    for text in ("The water lost since January would have filled 40,000 swimming pools.",
                 "Without the storm, the port would have handled a record 9 million containers in 2025."):
        assert dates_of(text + "\n") == [], text
    # A told clause's conditional leaves the telling dated; an aside between dashes is a clause of its own.
    assert dates_of("In a report released on Monday, the board stood by its choice, saying the other design would "
                    "not have prevented the flood.\n") == ["2026-03-02"]
    assert dates_of("The mayor's first plan -- unveiled in January, weeks before the flood -- would have widened "
                    "the river.\n") == ["2026-01"]


def test_a_habit_told_with_tends_to_dates_nothing() -> None:
    assert dates_of("Flu tends to spread fastest when schools reopen in September.\n") == []
    assert dates_of("The ferry tends to run late, its captain said on Monday.\n") == ["2026-03-02"]


def test_a_relative_clauses_conditional_leaves_the_main_clause_dated() -> None:
    assert dates_of("The council passed a rule that would have closed the harbour last year after the storm.\n") == [
        "2025"]


def test_a_speakers_greeting_or_thanks_to_the_audience_dates_nothing() -> None:
    for text in ("Good evening, and thank you for joining us tonight.",
                 "\"Thank you all for coming out this morning,\" the mayor told the crowd.",
                 "Happy new year to everyone celebrating tonight."):
        assert dates_of(text + "\n") == [], text
    # "Thanks to" gives a cause, and a happening told after the greeting keeps its date.
    assert dates_of("Thanks to the pumps installed on Monday, the flooded tunnel reopened.\n") == ["2026-03-02"]


# ------------------------------------------------------------------ habits, ellipsis, descriptions (events4)
def test_a_habit_over_a_recurring_period_dates_nothing() -> None:
    # The habit's adverb and its period share one clause, many words apart; the period's both ends go.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "Harbour officials say the town typically earns most of its yearly ferry income between May and "
            "September.\n")
    assert dates_of(text) == ["2026-03-03"]


def test_as_usual_is_no_habit_and_the_day_stays() -> None:
    text = "The ferries sailed as usual on Monday despite the storm warnings from the coastguard.\n"
    assert dates_of(text) == ["2026-03-02"]


def test_a_sentence_that_stops_on_its_auxiliary_is_no_event() -> None:
    # "it will." leaves its verb to the sentence before; the sentence before holds no date.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "Nobody knows whether the ferries will ever turn a profit. \"Perhaps next year they will.\"\n")
    assert dates_of(text) == ["2026-03-03"]


def test_a_short_sentence_ending_in_a_comparison_keeps_its_date() -> None:
    text = "The ferry carried more cars in May than it did.\n"
    assert dates_of(text, dt.date(2026, 6, 10)) == ["2026-05"]


def test_a_verbless_line_ending_on_a_month_is_no_ellipsis() -> None:
    # "May" closing a fact-box line is the month, not the modal left without its verb.
    text = "Review of the terminal: Two rounds of public meetings in May.\n"
    assert dates_of(text, dt.date(2026, 6, 10)) == ["2026-05"]


def test_today_in_a_description_means_nowadays_and_dates_nothing() -> None:
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "The harbour is a very different place today.\n")
    assert dates_of(text) == ["2026-03-03"]


def test_today_in_a_clause_after_a_description_is_that_clauses() -> None:
    text = "The harbour is a very different place, and the board opened its new terminal there today.\n"
    assert dates_of(text) == ["2026-03-04"]


def test_a_bracketed_aside_with_its_own_past_clause_does_not_date_the_description() -> None:
    # "(she joined in 2006)" is the aside's own clause; the sentence around it says what Jane Doe is.
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday.\n"
            "Jane Doe is a former ferry captain, a veteran of the coastguard (she joined in 2006) and now a "
            "harbour pilot.\n")
    assert dates_of(text) == ["2026-03-03"]
