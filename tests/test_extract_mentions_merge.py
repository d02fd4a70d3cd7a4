"""Mentions of one happening within one article become one event (issue 16, round 5).

Every text here is written for these tests. Each test names the kind it guards: one speaker's
quotes of one day told over several sentences ("he said", "... , Vance told the meeting"), a
happening named again at a vaguer date, and the lines that must stay apart (another occasion of
the same day, a happening the speaker reports, two people speaking on one day).
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.merge import dates_the_saying, named_source
from timeline.model import Document


def events_of(text: str, published: dt.date = dt.date(2031, 5, 10)) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def _at(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


# --------------------------------------------------------- one speaker, one day
def test_a_speakers_later_quotes_of_the_day_join_the_lead() -> None:
    text = ("The county is slowing down payments to farmers hit by the floods, Ruth Vance, who runs the relief "
            "fund, said on Saturday.\n"
            "Vance spoke to about 300 farmers at a meeting in Millbrook.\n"
            "\"After today, nobody waits more than a month.\n"
            "I learned today the depth of anger here,\" Vance told the meeting.\n"
            "The floods destroyed 40 barns in March.\n")
    events = events_of(text)
    assert sorted(e.when.value() for e in events) == ["2031-03", "2031-05-10"]
    day = next(e for e in events if e.when.value() == "2031-05-10")
    assert len(day.sources) == 3


def test_a_pronoun_speakers_added_quote_joins_the_statement() -> None:
    text = ("Mayor Tom Fisk said on Monday that the bridge would close for repairs.\n"
            "Traffic has doubled in ten years.\n"
            "\"We cannot wait any longer,\" he added on Monday.\n")
    events = events_of(text, dt.date(2031, 5, 13))
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-12", 2)]


def test_another_occasion_of_the_same_day_stays_apart() -> None:
    text = ("The final repair of the dam could be delayed by ten days, chief engineer Lena Ortiz said Wednesday.\n"
            "More rain is forecast in the valley.\n"
            "Earlier in the day, Ortiz also said that pumping from the reservoir appeared to be working.\n")
    events = events_of(text, dt.date(2031, 5, 8))
    assert len(events) == 2


def test_a_happening_the_speaker_reports_keeps_its_own_event() -> None:
    text = ("\"Everyone hope the pressure holds,\" engineer Paul Wren said Tuesday.\n"
            "A second pump was also connected to the tank, and by Tuesday morning was moving 900 litres an hour, "
            "Wren said.\n")
    events = events_of(text, dt.date(2031, 5, 7))
    assert len(events) == 2


def test_two_speakers_of_one_day_stay_two_events() -> None:
    text = ("Senator Ann Lowe said on Tuesday that the bill would create jobs.\n"
            "The vote is expected in June.\n"
            "Senator Bill Marsh said on Tuesday that the bill would cost too much.\n")
    events = events_of(text, dt.date(2031, 5, 7))
    assert sorted(e.when.value() for e in events) == ["2031-05-06", "2031-05-06", "2031-06"]


def test_named_source_is_the_name_by_the_saying_verb() -> None:
    text = "Costs are rising, Ruth Vance, who runs the fund, said on Saturday, citing the Farm Office."
    spans = [(*_at(text, "Ruth Vance"), "Ruth Vance"), (*_at(text, "Farm Office"), "Farm Office")]
    assert named_source(text, 0, len(text), spans) == "Ruth Vance"
    quoted = "\"Ask Ruth Vance,\" the clerk said."
    assert named_source(quoted, 0, len(quoted), [(*_at(quoted, "Ruth Vance"), "Ruth Vance")]) == ""
    heard = "The clerk told Ruth Vance about it on Friday."
    assert named_source(heard, 0, len(heard), [(*_at(heard, "Ruth Vance"), "Ruth Vance")]) == ""


def test_dates_the_saying_tells_the_day_of_speech_from_the_day_reported() -> None:
    cases = {
        ("Vance said on Saturday that costs rose.", "Saturday"): True,
        ("Vance told the meeting on Saturday that costs rose.", "Saturday"): True,
        ("Speaking on local radio on Friday, Vance said costs rose.", "Friday"): True,
        ("\"I learned today the depth of anger here,\" Vance said.", "today"): True,
        ("Vance said the repairs would begin on Friday.", "Friday"): False,
        ("The pump was connected on Monday, Vance said.", "Monday"): False,
    }
    for (text, date), expected in cases.items():
        assert dates_the_saying(text, 0, *_at(text, date)) is expected, text


# ------------------------------------------------- one happening, vaguer and precise
def test_a_happening_placed_by_where_it_happened_keeps_its_date_from_the_main_clause() -> None:
    text = "Water has been pouring into the valley since a collapse at the dam last month.\n"
    events = events_of(text)
    assert [e.when.value() for e in events if e.when.value() == "2031-04"] == ["2031-04"]
    month = next(e for e in events if e.when.value() == "2031-04")
    assert month.sources[0].quote == "a collapse at the dam last month"


def test_a_happening_told_at_a_vaguer_date_joins_its_precise_day() -> None:
    text = ("Millbrook's mayor said on Friday that the town would rebuild its river wall.\n"
            "Water has been pouring into the valley since a collapse at the dam last month.\n"
            "Repairs have been slow since 12 April, when a collapse at the dam flooded 40 homes.\n"
            "Engineers blamed cracks that went unnoticed before the collapse at the dam last month.\n")
    events = events_of(text)
    april = [e for e in events if e.when.value().startswith("2031-04")]
    assert [e.when.value() for e in april] == ["2031-04-12"]
    assert len(april[0].sources) == 3


def test_another_happening_of_another_month_stays_apart() -> None:
    text = ("Repairs have been slow since 12 April, when a collapse at the dam flooded 40 homes.\n"
            "A smaller collapse at the same dam in March went unreported.\n")
    assert sorted(e.when.value() for e in events_of(text)) == ["2031-03", "2031-04-12"]


# ------------------------------------------------------ reference levels and projections
def test_a_starting_level_with_its_unit_is_a_reference_point_not_an_event() -> None:
    text = ("Millbrook's bond spreads rose to 310 basis points on Monday, the treasurer said.\n"
            "The spreads have climbed from around 120 basis points last Friday and 60 basis points in March.\n")
    assert dates_of(text) == ["2031-05-05"]


def test_a_rate_or_figure_projected_to_a_year_is_no_event() -> None:
    text = ("The council approved the wind farm on Tuesday.\n"
            "\"It will create 900 jobs annually through 2040,\" the mayor said.\n"
            "Planners said the farm would save 2,000 tonnes of coal a year by 2045.\n")
    assert dates_of(text) == ["2031-05-06"]


def test_a_change_to_a_target_by_a_date_keeps_its_date() -> None:
    text = "The port said it planned to raise capacity from 1,500 containers a day now to 4,000 by the end of June.\n"
    assert "2031-06" in " ".join(dates_of(text))


def dates_of(text: str, published: dt.date = dt.date(2031, 5, 10)) -> list[str]:
    return sorted(e.when.value() for e in events_of(text, published))


# ------------------------------------------------------------- the lead told on
def test_the_sentence_after_an_undated_lead_telling_it_with_its_day_is_the_lead() -> None:
    text = ("Dana Cole is urging fans to boycott Rivergas over the river poisoning.\n"
            "In a statement issued Saturday, the folk singer says she has gathered a coalition of 40 artists, "
            "including two choirs.\n"
            "The river was poisoned in April.\n")
    events = events_of(text)
    assert sorted(e.when.value() for e in events) == ["2031-04", "2031-05-10"]
    assert len(next(e for e in events if e.when.value() == "2031-05-10").sources) == 2


def test_the_next_sentence_about_another_day_or_another_subject_stays_apart() -> None:
    text = ("Folk singer Dana Cole is urging fans to boycott Rivergas over the river poisoning.\n"
            "Rivergas shares fell 4 percent on Saturday.\n")
    assert len(events_of(text)) == 2


def test_a_bodys_role_words_between_name_and_verb_still_name_the_source() -> None:
    text = "Costs are rising, the Millbrook council spokesman said on Friday."
    spans = [(*_at(text, "Millbrook"), "Millbrook")]
    assert named_source(text, 0, len(text), spans) == "Millbrook"
    caption = "Pumps fail again Tom Fisk of Rivergas: “We have not been able to stop the water”"
    assert named_source(caption, 0, len(caption), [(*_at(caption, "Tom Fisk"), "Tom Fisk")]) == "Tom Fisk"


def test_a_politicians_party_and_state_between_name_and_verb_still_name_the_source() -> None:
    text = "The levee will hold until Friday, Sen. Jane Roe (R-Ohio) said on Tuesday."
    assert named_source(text, 0, len(text), [(*_at(text, "Jane Roe"), "Jane Roe")]) == "Jane Roe"
    short = "Repairs are late, Gov. Ivo Brandt (D) told reporters."
    assert named_source(short, 0, len(short), [(*_at(short, "Ivo Brandt"), "Ivo Brandt")]) == "Ivo Brandt"


def test_one_bodys_two_statements_of_a_day_are_one_event() -> None:
    text = ("The town council adopted its flood plan on Monday after a long debate.\n"
            "On Friday, the Millbrook council said it would require owners to seal 300 empty cellars.\n"
            "On Friday, the Millbrook council spokesman said it also wanted owners to raise their boilers.\n")
    events = events_of(text)
    friday = [e for e in events if e.when.value() == "2031-05-09"]
    assert len(friday) == 1 and len(friday[0].sources) == 2


def test_a_captioned_speakers_lead_told_again_with_its_day_is_one_event() -> None:
    text = ("Pumps fail again at Millbrook dam Tom Fisk of Rivergas: \"We have been unable to stop the water\" "
            "The latest attempt to drain the flooded valley below the Millbrook dam has failed, its operator says.\n"
            "\"We have not been able to stop the water,\" he told reporters on Saturday.\n")
    events = events_of(text)
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-10", 2)]


def test_the_lead_and_its_own_day_read_as_a_clauses_are_one_event() -> None:
    text = ("A Portville engineer who helped build the old dam and the harbour wall warned on Saturday of a "
            "possible collapse that the valley towns, Millbrook and Ashford, could not survive.\n"
            "The dam was built in 1961.\n")
    events = events_of(text)
    assert sorted(e.when.value() for e in events) == ["1961", "2031-05-10"]


# ------------------------------------------------------------ standfirst and body
def test_a_standfirst_told_at_a_vaguer_date_joins_the_bodys_precise_one() -> None:
    text = ("Harbour board approves Portville ferry terminal\n"
            "The decision clears the way for construction to begin next spring.\n"
            "The Portville harbour board approved a new ferry terminal on Tuesday, ending a two-year fight.\n"
            "The board voted 5-2 after a four-hour meeting.\n"
            "Construction will begin in April 2032, the board said.\n")
    events = events_of(text, dt.date(2031, 5, 7))
    assert sorted(e.when.value() for e in events) == ["2031-05-06", "2032-04"]
    assert len(next(e for e in events if e.when.value() == "2032-04").sources) == 2


def test_a_vaguer_date_further_down_stays_its_own_event() -> None:
    text = ("The Portville harbour board approved a new ferry terminal on Tuesday, ending a two-year fight.\n"
            "The board voted 5-2 after a four-hour meeting.\n"
            "Residents said they would appeal.\n"
            "Construction of a second quay will begin next year.\n"
            "Construction of the terminal will begin in April 2032, the board said.\n")
    events = events_of(text, dt.date(2031, 5, 7))
    assert sorted(e.when.value() for e in events) == ["2031-05-06", "2032", "2032-04"]


def test_a_comparative_against_a_named_thing_or_an_elliptical_clause_is_a_reference_point() -> None:
    text = ("The council approved the flood plan on Tuesday.\n"
            "The new virus seems less lethal than Dengue in 2019, health officials said on Tuesday.\n"
            "The river will be less busy than it was a year ago.\n"
            "\"I feel better than I have all week,\" one resident said on Tuesday.\n"
            "House prices rose by the most since 2015 this month.\n")
    dates = dates_of(text, dt.date(2031, 5, 7))
    assert not {"2019", "2015", "2030"} & set(dates)
    assert "2031-05-06" in dates and "2031-05" in dates


def test_a_count_or_a_clause_after_than_keeps_its_date() -> None:
    text = ("More than 20 homes were flooded on Monday.\n"
            "Rain fell faster than forecasters expected on Monday night.\n")
    assert "2031-05-05" in dates_of(text, dt.date(2031, 5, 7))


def test_a_rate_planned_by_a_near_date_and_a_change_between_two_dated_levels_keep_their_dates() -> None:
    text = ("The port said it hoped to load as much as 9,000 tonnes of grain daily by the end of June.\n"
            "The value of its bonds fell from about $585.7 million on April 20 to $289.5 million on May 1.\n")
    dates = dates_of(text)
    assert "2031-06" in dates and "2031-05-01" in dates and "2031-04-20" not in dates


def test_a_thing_due_later_this_month_does_not_absorb_a_days_other_happening() -> None:
    text = ("The harbour board said the new quay is now expected to be finished later this month.\n"
            "The board said the crane placed on the quay in March was removed on Thursday.\n")
    events = events_of(text, dt.date(2031, 5, 10))
    assert "2031-05-08" in [e.when.value() for e in events]
    day = next(e for e in events if e.when.value() == "2031-05-08")
    assert len(day.sources) == 1


def test_a_days_two_happenings_near_the_top_stay_apart() -> None:
    text = ("The family of the first flood victim said today they were devastated.\n"
            "Ann Lowe, 38, was named today as the first person to have died in the floods.\n"
            "She died in hospital on Sunday.\n"
            "The hospital said tonight that her neighbour, named Tom, also died today.\n")
    events = events_of(text, dt.date(2031, 5, 12))
    tonight = [e for e in events if e.when.value().startswith("2031-05-12T")]
    assert len(tonight) == 1 and len(tonight[0].sources) == 1


def test_one_quote_dated_twice_within_one_day_is_one_event() -> None:
    # 2031-05-10 is a Saturday.
    text = ("The harbour board opened its new ferry terminal in Portville on Saturday, officials said.\n"
            "A spokesman said on Saturday the ferries carried only 1,360 passengers in the 24 hours to midnight "
            "Friday.\n"
            "The slick is expected to reach the harbour by Saturday night, a day earlier than forecast on Saturday.\n")
    second = [e for e in events_of(text) if any("1,360" in s.quote for s in e.sources)]
    third = [e for e in events_of(text) if any("slick" in s.quote for s in e.sources)]
    assert len(second) == 1 and len(third) == 1
    assert third[0].when.value().startswith("2031-05-10")


def test_a_sentence_the_page_prints_twice_is_one_event() -> None:
    text = ("The harbour board will close the old pier on Friday, its chairwoman said.\n"
            "Readers' views\n"
            "I bought Northwind Lines shares today.\n"
            "Somebody else wrote something quite different here.\n"
            "Another reader asked about the timetable.\n"
            "A third wondered about the fares.\n"
            "I bought Northwind Lines shares today.\n")
    # (a reader's report of an act: "I am buying ... today" would be a musing, no event at all: test_title_gate.py)
    assert len([e for e in events_of(text) if "Northwind" in e.title]) == 1


def test_a_sentence_of_the_day_far_below_the_lead_is_not_the_lead_for_a_few_story_words() -> None:
    # The lead and a sentence far below share "ferry", "strike" and "survive" only by telling one story: two events.
    text = ("A ferry pilot who survived the sinking of the Alda has claimed that the ferry's radio failed during "
            "the strike.\n"
            "He told a radio programme that the company knew of the fault.\n"
            "The programme will be broadcast at 8pm tonight.\n"
            "The Alda sank on 2 May with 30 people aboard.\n"
            "Divers found its radio mast near the harbour wall.\n"
            "The company has not commented.\n"
            "Its chief executive is due to meet the minister.\n"
            "Passengers have sued the company for damages.\n"
            "The harbour board met the unions this week.\n"
            "Northwind Lines told shareholders today it can survive the ferry strike.\n")
    titles = [e.title for e in events_of(text) if e.when.value() == "2031-05-10"]
    assert len(titles) == 2, titles


def test_a_share_move_and_its_reading_at_a_clock_time_are_one_event() -> None:
    # "Shares in X rose on Thursday" ... "X's shares were up 2 percent at 1430 GMT": the day's move and a reading of
    # it. A rival's shares falling at that hour are news of their own.
    text = ("LONDON (Reuters) - Shares in Northwind Ferries rose on Thursday as investors bet a harbour report "
            "clears the company.\nNorthwind's London-listed shares were up 2 percent at 310 pence at 1430 GMT.\n")
    (event,) = events_of(text, dt.date(2031, 5, 8))
    assert event.when.value().startswith("2031-05-08") and len(event.sources) == 2
    text = ("LONDON (Reuters) - Shares in Northwind Ferries rose on Thursday after a harbour report cleared it.\n"
            "Vorn Shipping shares were down 3 percent at 1430 GMT after the report blamed its crew.\n")
    assert len(events_of(text, dt.date(2031, 5, 8))) == 2


def test_a_price_that_hits_a_high_has_risen_and_its_reading_is_the_same_move() -> None:
    # "Shares in X hit a six-month high on Tuesday" ... "X shares were up 4 percent at 1315 GMT": reaching a high is
    # a rise, read again at an hour; reaching a low is a fall, and a rival's fall at that hour stays apart.
    text = ("LONDON (Reuters) - Shares in Northwind Ferries hit a three-month high on Tuesday after a harbour report "
            "cleared the company.\nNorthwind shares were up 4 percent at 318 pence at 1315 GMT.\n")
    (event,) = events_of(text, dt.date(2031, 5, 6))
    assert event.when.value().startswith("2031-05-06") and len(event.sources) == 2
    text = ("LONDON (Reuters) - Shares in Northwind Ferries hit a three-month high on Tuesday after a harbour report "
            "cleared the company.\nVorn Shipping shares touched a record low at 1315 GMT after the report blamed its "
            "crew.\n")
    assert len(events_of(text, dt.date(2031, 5, 6))) == 2


def test_the_leads_share_move_told_again_far_down_is_the_same_move() -> None:
    # "X's stock plummeted Tuesday" (the lead) ... "X's stock nose-dived on Tuesday, losing 12 percent": the page
    # tells the day's move again, the company named in both. A rival's shares slipping that day stay apart.
    lines = ["Northwind Ferries' stock plummeted on Tuesday as regulators opened an inquiry into the harbour fire.",
             "The inquiry will examine the ferry's safety logs.", "Inspectors reached the dock at noon.",
             "Union leaders called for a public hearing.", "The harbour stayed closed to traffic.",
             "Northwind's stock nose-dived on Tuesday, losing 12 percent of its value in heavy trading.",
             "Shares in Vorn Shipping, its rival, slipped on Tuesday after the same report."]
    events = events_of("\n".join(lines) + "\n", dt.date(2031, 5, 6))
    assert [len(e.sources) for e in events if any("nose-dived" in s.quote for s in e.sources)] == [2]
    assert [len(e.sources) for e in events if any("Vorn" in s.quote for s in e.sources)] == [1]


def test_a_meeting_and_a_quote_about_it_on_its_day_are_one_occasion() -> None:
    # "on the eve of the mayor's meeting with X on Wednesday" ... "We look forward to meeting the mayor tomorrow":
    # one meeting of one day, a participant named in both.
    text = ("The harbour report comes on the eve of Mayor Lund's meeting with Northwind Ferries executives at City "
            "Hall on May 7.\n"
            "\"We share the mayor's goal of a safe harbour,\" a Northwind spokeswoman said.\n"
            "\"We look forward to meeting with Mayor Lund tomorrow for a frank discussion.\"\n")
    events = [e for e in events_of(text, dt.date(2031, 5, 6)) if e.when.value() == "2031-05-07"]
    assert len(events) == 1 and len(events[0].sources) == 2, [e.title for e in events]


def test_two_peoples_meetings_of_one_day_stay_two() -> None:
    # Each sentence tells its own meeting with whom: two meetings, though one day and one country are shared.
    text = ("On Tuesday, Mayor Anna Lund of Vorn will hold her first meeting with the harbour commission.\n"
            "Vorn's police chief Tomas Berg will meet with the ferry crews' union in Millbrook on Tuesday.\n")
    events = [e for e in events_of(text, dt.date(2031, 5, 5)) if e.when.value() == "2031-05-06"]
    assert len(events) == 2, [e.title for e in events]


def test_a_plural_demonstrative_gathering_the_lead_at_its_week_is_the_lead() -> None:
    # "These worries were on the minds of ... this week" gathers what the lead told: one event, not a second one
    # at the week. A sentence opening on a time ("These days ...") tells news of its own.
    lead = "Falling fares and dear fuel have hit ferry operators across the North Sea.\n"
    text = lead + ("These worries were plainly on the minds of ferry bosses at the Northwind Lines conference in Vorn "
                   "this week.\n")
    (event,) = events_of(text, dt.date(2031, 5, 8))
    assert len(event.sources) == 2
    text = lead + "These days ferry bosses expect the strike to end this week.\n"
    assert len(events_of(text, dt.date(2031, 5, 8))) == 2


def test_the_speaker_is_read_by_the_shared_attribution_reader() -> None:
    from timeline.extract.attribution import TOLD_AT, speaker_phrase
    from timeline.extract.merge import speaker_words

    assert speaker_phrase("A senior harbour board official told the paper on Friday") == "A senior harbour board official"
    assert speaker_phrase("The ferries will run again, a union leader said") == "a union leader"
    assert speaker_phrase("The ferries will run again on Monday") == ""
    assert speaker_words("Fares rise, a harbour board spokesman said on Friday") == speaker_words(
        "a harbour board spokesman told the paper") == frozenset(["harbo", "board", "spoke"])
    assert TOLD_AT.search("The ferries will run again, harbour master Ola Berg said on ")


# --------------------------------------------------------- one passive act, at a vaguer date and a precise one
def test_a_passive_act_told_by_pronoun_and_by_name_at_a_month_and_its_year_is_one_event() -> None:
    text = ("Lorna Pike, the former mayor of Vorn, has died at her home, her family said on Friday.\n"
            "She was released on medical grounds last August after doctors said she had only weeks to live.\n"
            "The ruling angered the families of her victims.\n"
            "Pike was released by the regional parole board last year on medical grounds, and moved back to Vorn.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    released = [e for e in events if "released" in e.title]
    assert [e.when.value() for e in released] == ["2030-08"]
    assert len(released[0].sources) == 2


def test_two_fines_of_one_year_stay_apart() -> None:
    text = ("Lorna Pike, a farmer in Vorn, has lost her licence, the council said on Friday.\n"
            "She was fined for a leak of slurry at her farm in March 2030.\n"
            "The leak killed fish in the river.\n"
            "Pike was fined by the council last year for a spill of slurry at the farm, and promised to mend the "
            "tanks.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert sorted(e.when.value() for e in events if "fined" in e.title) == ["2030", "2030-03"]


# --------------------------------------------------------- the article's one explosion, at its month and its day
def test_the_articles_one_explosion_told_at_its_month_joins_its_day() -> None:
    text = ("The ferry disaster, which began with an engine-room explosion in mid-March, has cost the Vorn line $40m, "
            "its chief executive said on Friday.\n"
            "Rescue boats reached the Alda two hours after its engine room exploded on March 14.\n"
            "All 30 passengers were saved.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    blasts = [e for e in events if "explo" in e.title]
    assert [e.when.value() for e in blasts] == ["2031-03-14"]
    assert len(blasts[0].sources) == 2


def test_a_month_of_two_explosion_days_names_neither() -> None:
    text = ("The crisis, which began with a pipeline explosion in mid-March, has cost Vorn Gas $40m, its chief "
            "executive said on Friday.\n"
            "Firefighters reached the site an hour after the pipeline exploded on March 14.\n"
            "Days later a gas main exploded near the port on March 16.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert sorted(e.when.value() for e in events if "explo" in e.title) == ["2031-03", "2031-03-14", "2031-03-16"]


# --------------------------------------------------------- the lead's act told again far down the page
_LEAD_ACT = ("Campaigners unfurled a protest banner at the Vorn Gas headquarters as the company said more gas was "
             "escaping from its damaged pipeline than it had first thought.\n"
             "The pipeline has been leaking since a valve failed in March.\n"
             "Engineers have tried three times to seal it.\n"
             "The company said the latest attempt would begin next week.\n"
             "Residents near the line have been told to keep their windows shut.\n"
             "Shares in the company have lost a third of their value.\n"
             "The regulator has opened an inquiry.\n"
             "Its report is due in the autumn.\n")


def test_the_leads_act_told_again_with_its_day_far_down_the_page_is_one_event() -> None:
    text = _LEAD_ACT + ("Earlier, the campaigners climbed onto the roof of its offices on Thursday and unfurled a protest "
                        "flag reading \"Stop the Leak\".\n")
    events = events_of(text, dt.date(2031, 5, 8))
    unfurled = [e for e in events if "unfurl" in e.title]
    assert len(unfurled) == 1 and len(unfurled[0].sources) == 2


def test_the_leads_act_of_a_short_verb_told_again_is_one_event() -> None:
    # "play" is shorter than the five letters "played" is cut to: the stems are compared.
    text = _LEAD_ACT.replace("unfurled a protest banner", "played a protest song") + (
        "Earlier, the campaigners climbed onto the roof of its offices on Thursday and played a protest "
        "tune.\n")
    events = events_of(text, dt.date(2031, 5, 8))
    played = [e for e in events if "play" in e.title]
    assert len(played) == 1 and len(played[0].sources) == 2


def test_an_act_only_seen_being_done_is_no_lead_act_told_again() -> None:
    # "the gate being lowered" is what the video shows, not the act of either clause: the mayor's praise stays apart.
    text = ("Video shows the new flood gate being lowered over the breach as engineers finally sealed the Vorn river "
            "wall, city officials say.\n"
            "The breach opened in March.\n"
            "Residents near the wall had been told to leave.\n"
            "The council has set aside money for repairs.\n"
            "Engineers will inspect the wall again next week.\n"
            "Shops in the old town stayed shut.\n"
            "The regulator has opened an inquiry.\n"
            "On Monday evening, the mayor praised \"real progress\" on the flood wall and live video showed the gate "
            "being lowered into place.\n")
    events = events_of(text, dt.date(2031, 5, 12))
    assert len([e for e in events if e.when.value().startswith("2031-05-12")]) == 2


def test_the_leads_verb_done_by_others_on_its_day_stays_apart() -> None:
    text = _LEAD_ACT + "Fishermen in the harbour unfurled their own banner on Thursday.\n"
    events = events_of(text, dt.date(2031, 5, 8))
    assert len([e for e in events if "unfurl" in e.title]) == 2


# --------------------------------------------------------- one handover of a post, told from either side
_HANDOVER = ("Vorn Gas named its finance chief, Karla Osmond, on Tuesday to succeed chief executive Peter Lund.\n"
             "Osmond is set to replace Lund on Oct. 1, the company said.\n"
             "Lund, who has run the company since 2021, has faced criticism over the pipeline leak.\n"
             "Shares rose 3 percent.\n"
             "Analysts welcomed the choice.\n"
             "Lund will step down in October and Osmond takes over as the company tries to rebuild its name.\n")


def test_one_handover_told_at_its_day_and_its_month_is_one_event() -> None:
    events = events_of(_HANDOVER, dt.date(2031, 9, 10))
    october = [e for e in events if e.when.value().startswith("2031-10")]
    assert [e.when.value() for e in october] == ["2031-10-01"]
    assert len(october[0].sources) == 2


def test_the_naming_of_a_successor_is_not_the_handover() -> None:
    events = events_of(_HANDOVER, dt.date(2031, 9, 10))
    assert [e.when.value() for e in events if "names" in e.title] == ["2031-09-09"]


# --------------------------------------------------------- a hope or plan beside a past act of the same day
def test_a_hope_told_beside_a_failed_attempt_of_its_day_stays_apart() -> None:
    text = ("Crews at the Vorn Gas pipeline worked through the night to seal the leak.\n"
            "The first attempt to attach the clamp to the pipe ran into trouble when the crane shifted, chief engineer "
            "Ada Marsh told reporters in Portville on Saturday.\n"
            "Marsh said the company hopes to get the clamp attached late on Saturday night.\n")
    events = events_of(text, dt.date(2031, 5, 11))
    titles = [e.title for e in events if e.when.value().startswith("2031-05-10")]
    assert any("trouble" in t for t in titles) and any("hopes" in t for t in titles)
    assert not any("trouble" in t and "hopes" in t for t in titles)


def test_an_act_told_on_at_its_hour_is_still_one_event() -> None:
    text = ("Crews at the Vorn Gas pipeline worked through the night to seal the leak.\n"
            "The company stopped work on the damaged pipe on Saturday after a crane shifted, chief engineer Ada "
            "Marsh said.\n"
            "Work on the damaged pipe was stopped at 4 a.m., she said.\n")
    events = events_of(text, dt.date(2031, 5, 11))
    assert len([e for e in events if e.when.value().startswith("2031-05-10")]) == 1
