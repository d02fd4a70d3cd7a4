"""Which date a happening named beside another clause owns, and what a title keeps of it (issue 16: dates right).

Every text here is written for these tests. The kinds: a distance from a happening ("two days after the accident")
counted only from a day the story gives that happening, by its noun or by a verb that tells it, never by a verb whose
crude stem looks like a disaster's ("collected" and "collapse"); a happening after a preposition whose place is a
name ("after an oil spill at Cold Bay in 2006") owns its year, not the modal clause before it; a title cut before
the name a participle gives ("holds a hearing titled: ...") does not end on that participle.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

from timeline.extract.offsets import told_by_verb


def test_a_verb_tells_a_disaster_only_when_it_is_the_disasters_verb() -> None:
    assert told_by_verb("acci", "explo")  # "the rig exploded": the accident
    assert told_by_verb("coll", "colla")  # "the bridge collapsed"
    assert not told_by_verb("coll", "colle")  # "crews collected oil": no collapse
    assert not told_by_verb("fire", "fired")  # "the board fired its chief": no fire


def test_a_distance_from_an_undated_accident_takes_no_day_of_collecting() -> None:
    text = ("Volunteers walked the beaches of Harlow Sound on Monday. Not much was found that day, but on each of the "
            "following days, they collected sacks of tar balls.\n"
            "The chief executive, Ada Morrow, has run the response from Houston.\n"
            "She flew out to Houston two days after the accident, and has only been home once.\n")
    assert dated(events_of(text), "two days after the accident") == []


def test_a_distance_from_a_dated_explosion_is_counted_from_its_day() -> None:
    text = ("A gas platform off Harlow Sound exploded on May 4, killing three workers.\n"
            "The chief executive, Ada Morrow, flew out to Houston two days after the explosion.\n")
    assert dated(events_of(text), "two days after the explosion") == ["2031-05-06"]


def test_a_spill_at_a_named_place_owns_its_year_after_a_modal_clause() -> None:
    text = "The new rule would also cover Norcastle Energy, after an oil spill at Cold Bay in 2006.\n"
    events = events_of(text)
    spill = [e for e in events if e.when.value() == "2006"]
    assert len(spill) == 1
    assert "Cold Bay" in spill[0].title and "rule" not in spill[0].title


def test_a_title_does_not_end_on_the_participle_that_waits_for_a_name() -> None:
    text = ('The Senate energy committee holds a hearing at 10:00 EDT (1400 GMT) on Tuesday titled: "Who Pays for the Spill: Have '
            'Recent Rulings and Liability Caps Encouraged Reckless Drilling by the Largest Offshore Operators?"\n')
    titles = [e.title for e in events_of(text, published=dt.date(2031, 5, 13))]  # the hearing's own day
    assert titles and not any(t.rstrip(" :").endswith("titled") for t in titles), titles


def test_a_distance_counts_from_the_day_the_story_gives_its_happening_most_often() -> None:
    text = ("On 20 April, a gas platform off Harlow Sound exploded, killing three workers.\n"
            "The regulator's report blames the operator for the 11 April explosion.\n"
            "The inquiry chairman, Olaf Berg, says the operator's safety record before the 20 April explosion was poor.\n"
            "Divers say the seabed has cleared faster than expected, 100 days after the explosion.\n")
    assert dated(events_of(text, published=dt.date(2031, 9, 19)), "100 days after") == ["2031-07-29"]


def test_a_lead_opened_by_a_distance_is_dated_by_it_not_by_the_page() -> None:
    text = ("Four weeks after the Harlow Sound disaster, the ministry saw no need to accept offers of skimmers from "
            "abroad.\n"
            "The Harlow Sound platform exploded on April 20, killing three workers.\n")
    assert dated(events_of(text, published=dt.date(2031, 6, 14)), "Four weeks after") == ["2031-W20"]


def test_a_date_in_the_subject_of_an_after_clause_is_that_clauses_after_a_present_main_clause() -> None:
    text = ("Norcastle Energy now aims to lower a smaller dome over the leak after its effort over the weekend to cover "
            "it with a steel box was stymied by ice crystals.\n")
    events = events_of(text, published=dt.date(2031, 5, 19))
    weekend = [e for e in events if e.when.value().startswith("2031-05-17")]
    assert len(weekend) == 1 and "stymied" in weekend[0].title and "aims" not in weekend[0].title


def test_a_past_main_clause_keeps_the_date_of_its_after_clause() -> None:
    text = "The team returned home after the game on Saturday ended in a draw.\n"
    events = events_of(text, published=dt.date(2031, 5, 19))
    assert [e.title for e in events if e.when.value() == "2031-05-17"] == ["The team returns home after the game ends in a draw"]


def test_an_irregular_participle_set_off_by_commas_keeps_its_date_from_the_main_clause() -> None:
    text = "The first relief well, begun on 2 May, was about 60 metres from the leaking well, Dana Voss said.\n"
    events = events_of(text, published=dt.date(2031, 7, 13))
    may = [e for e in events if e.when.value() == "2031-05-02"]
    assert len(may) == 1 and "begun" in may[0].title and "metres" not in may[0].title


def test_a_distance_from_a_disaster_told_by_its_verb_dates_the_lead() -> None:
    text = ("Two weeks after the Harlow Sound well blew out, the ministry finalized a rule on undersea pressure.\n"
            "The Harlow Sound well blew out on April 20, killing three workers.\n")
    assert dated(events_of(text, published=dt.date(2031, 8, 24)), "Two weeks after") == ["2031-W18"]


def test_a_distance_inside_a_clause_below_the_main_one_does_not_date_the_main_clause() -> None:
    text = ("Three workers died in the May 4 explosion off Harlow Sound.\n"
            "The broadcaster Nordvision aired a film about a diver who said he saw a leak two weeks before the "
            "explosion.\n")
    events = events_of(text, published=dt.date(2031, 6, 21))
    assert not any(e.when.value().startswith("2031-W16") or e.when.value() == "2031-04-20" for e in events)


def test_a_date_inside_a_subjects_phrase_before_the_main_verb_stays_the_clauses() -> None:
    text = ("Many of the poor decisions taken on the Harlow Sound platform before the fatal blow-out on 20 April were "
            "taken to save money.\n")
    events = events_of(text, published=dt.date(2031, 9, 8))
    assert [e.title for e in events if e.when.value() == "2031-04-20"] == [
        "Many of the poor decisions are taken to save money"]


def test_a_frame_that_only_places_the_news_after_a_happening_is_no_event_of_its_own() -> None:
    text = ("The ministry is set to require operators to plug 300 idle wells, officials say.\n"
            "The order comes five months after an explosion at a platform off Harlow Sound killed three workers.\n"
            "The Harlow Sound platform exploded in April, killing three workers.\n")
    assert dated(events_of(text, published=dt.date(2031, 9, 15)), "The order comes") == []


def test_a_distance_inside_a_relative_clause_is_titled_by_that_clause() -> None:
    text = ("Three workers died in the May 4 explosion off Harlow Sound.\n"
            "The operator failed to tell crews about a similar incident on one of its rigs that almost led to a blast "
            "in the North Sea four months before the explosion.\n")
    events = events_of(text, published=dt.date(2031, 9, 8))
    assert [e.title for e in events if e.when.value() == "2031-01"] == [
        "A similar incident almost leads to a blast in the North Sea"]


def test_a_distance_inside_a_reported_that_clause_is_titled_by_that_clause() -> None:
    text = ("Three workers died in the May 4 explosion off Harlow Sound.\n"
            "Mika Lind said she discovered that the gas alarm had been disabled a full year before the explosion.\n")
    events = events_of(text, published=dt.date(2031, 9, 8))
    assert [e.title for e in events if e.when.value() == "2030"] == ["The gas alarm is disabled"]


def test_a_past_told_after_a_happening_cannot_fall_after_the_page() -> None:
    text = ("Crude began leaking off Harlow Sound in the April 20 spill.\n"
            "Fishermen point out that the herring population collapsed four years after the spill.\n")
    assert dated(events_of(text, published=dt.date(2031, 7, 16)), "herring") == []


def test_an_appositive_participle_after_a_partitive_describes_the_part() -> None:
    text = "The first of three new pumps, installed on 2 May, was running at half speed, Dana Voss said.\n"
    events = events_of(text, published=dt.date(2031, 7, 13))
    may = [e for e in events if e.when.value() == "2031-05-02"]
    assert len(may) == 1 and may[0].title.startswith("The first of three new pumps")
