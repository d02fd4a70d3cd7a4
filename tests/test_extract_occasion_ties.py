"""Sentences dated by the occasion told before them through a weaker tie than "At the hearing, ...".

Every text here is written for these tests. The kinds: an occasion the sentence names itself, undated
("In a speech at the town hall, ...", "Wolk, speaking to farmers, ..."), taken only from its own speaker's
dated act; "X, meanwhile, ..."; an "And ..." sentence adding a happening to the one just before; "told
another committee" after a dated hearing; "The comments came as ..."; and the sentences that must not take
the day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_support import dated, events_of

from timeline.extract.continued import ANOTHER, NAMED, NEXT, TOLD, occasion_tie, tells_a_plan
from timeline.extract.implied import CONTINUED_CONFIDENCE


def test_an_occasion_named_by_its_speaker_takes_the_day_of_his_dated_act() -> None:
    text = ("Mayor Lena Ortiz toured the flooded district on Wednesday.\n"
            "In a speech at the town hall, Ortiz promised new pumps for the harbour.\n")
    events = events_of(text)
    assert dated(events, "new pumps") == ["2031-05-14"]
    pumps = next(e for e in events if "new pumps" in e.sources[0].quote)
    assert pumps.confidence == CONTINUED_CONFIDENCE  # a day inherited, not stated


def test_the_stated_saying_titles_the_occasion_its_speaker_names_after_it() -> None:
    text = ("Mayor Lena Ortiz said on Wednesday that forty homes in the harbour district had been flooded.\n"
            "At a news conference, Ortiz said the harbour town would recover within a year.\n")
    events = events_of(text)
    assert len(events) == 1 and len(events[0].sources) == 2  # one saying of one occasion
    assert "forty homes" in events[0].title


def test_remarks_after_that_meeting_point_back_at_the_meeting() -> None:
    text = ("The transport minister Karl Eder met rail union leaders on Tuesday.\n"
            "In remarks after that meeting, the union's head said a strike had been avoided.\n")
    assert dated(events_of(text), "strike had been avoided") == ["2031-05-13"]


def test_meanwhile_after_the_subject_ties_like_an_opener() -> None:
    text = ("The port authority fined the shipping line on Monday.\n"
            "The harbour master, meanwhile, ordered a second inspection of the dock.\n")
    assert dated(events_of(text), "second inspection") == ["2031-05-12"]


def test_and_adds_a_happening_to_the_sentence_just_before() -> None:
    text = ("Shares in Corvex fell 4 percent on Thursday.\n"
            "And the cost of insuring its debt rose sharply.\n")
    assert dated(events_of(text, dt.date(2031, 5, 16)), "insuring its debt") == ["2031-05-15"]


def test_a_speaker_speaking_at_an_occasion_of_his_dated_day() -> None:
    text = ("Premier Ida Wolk visited the dried-up reservoir on Tuesday.\n"
            "Wolk, speaking to farmers at the dam, promised a fund for the drought.\n")
    assert dated(events_of(text), "promised a fund") == ["2031-05-13"]


def test_another_committee_of_a_round_of_hearings() -> None:
    text = ("Water board chief Omar Haddad told a Senate panel on Tuesday that the pipes had burst in April.\n"
            "Engineer Ruth Lang told another committee that the repairs had been delayed.\n")
    assert dated(events_of(text), "Ruth Lang told another") == ["2031-05-13"]


def test_comments_that_came_as_a_happening_date_the_happening_after_as() -> None:
    text = ("The chief medical officer Ann Roe warned on Tuesday that the outbreak was not over.\n"
            "Her comments came as the health agency said it had sent vaccines to 40 countries.\n")
    events = events_of(text)
    assert dated(events, "sent vaccines") == ["2031-05-13"]
    agency = next(e for e in events if "sent vaccines" in e.sources[0].quote)
    assert agency.sources[0].quote.startswith("the health agency")  # not "Her comments came as"
    assert agency.title.startswith("The health agency")


@pytest.mark.parametrize("text", [
    # another speaker's interview: the day dates the mayor's tour, not the chief's words
    "Mayor Lena Ortiz toured the flooded district on Wednesday.\n"
    "In an interview with a radio station, the fire chief Tom Reyes said the pumps had failed.\n",
    # the day dates what the engineer reported, not when she spoke
    "Water began seeping through the dam late Sunday, engineer Ana Ruiz said.\n"
    "At a briefing in the capital, Ruiz said the dam could hold for another day.\n",
    # a plan of that day is no occasion already held
    "On Wednesday, Senator Paul Grint is due to meet the mill owners.\n"
    "In a radio interview, Grint called the closures a disgrace.\n",
    # a meeting and an address are two occasions, perhaps on two days
    "Premier Ida Wolk met the farmers' union on Wednesday.\n"
    "In her address to the nation, Wolk promised a fund for the drought.\n",
    # "And ..." after an undated sentence: nothing just told to add to
    "Shares in Corvex fell 4 percent on Thursday.\nAnalysts were gloomy.\n"
    "And the cost of insuring its debt rose sharply.\n",
    # anonymity is no occasion
    "Premier Ida Wolk visited the dried-up reservoir on Tuesday.\n"
    "A ministry official, speaking on condition of anonymity, confirmed the fund was empty.\n",
    # another committee, but the day told before dates no hearing
    "Premier Ida Wolk visited the dried-up reservoir on Tuesday.\n"
    "Engineer Ruth Lang told another committee that the repairs had been delayed.\n",
    # a negated clause: nothing happened
    "Shares in Corvex fell 4 percent on Thursday.\nAnd the board never answered the unions.\n",
    # a past form after "to" is an infinitive: a plan
    "Shares in Corvex fell 4 percent on Thursday.\nAnd the board was about to cut the dividend.\n",
    # the writer's own story in a column, dated by a weekday of his anecdote
    "The printer jammed on Thursday, and I kicked it hard.\nAnd a splinter of its casing hit me in the shin.\n",
    # what the move came as is a state, not a happening of that day
    "Shares in Corvex fell 4 percent on Thursday.\n"
    "The move comes as the company faces an inquiry into a loan, with auditors saying it erred.\n",
    # one tour among many, long before
    "Mayor Lena Ortiz toured the flooded district on Wednesday.\n"
    "During one tour of the coast, Ortiz famously said she wanted her weekends back.\n",
])
def test_sentences_that_a_weak_tie_does_not_date(text: str) -> None:
    last = text.rstrip("\n").split("\n")[-1]
    assert all(last not in s.quote for e in events_of(text) for s in e.sources)


def test_occasion_tie_reads_the_opener_and_the_tense() -> None:
    assert occasion_tie("In an interview with a radio station, Reyes said the pumps had failed.") == NAMED
    assert occasion_tie("Speaking on a morning programme, Reyes blamed the council.") == NAMED
    assert occasion_tie("In remarks after that meeting, Eder said a strike had been avoided.") == TOLD
    assert occasion_tie("The harbour master, meanwhile, ordered an inspection.") == TOLD
    assert occasion_tie("And the committee met the company's chief.") == NEXT
    assert occasion_tie("The harbour master, meanwhile, has ordered an inspection.") == ""
    assert occasion_tie("And in recent days the video showed more gas.") == ""
    assert occasion_tie("In an earlier interview, Reyes said no.") == ""
    assert occasion_tie("Reyes, speaking at a rally, blamed the council.") == NAMED
    assert occasion_tie("Lang told another committee that the repairs had been delayed.") == ANOTHER


def test_a_dated_plan_is_told_apart_from_a_happening_with_a_plan_after_it() -> None:
    assert tells_a_plan("On Wednesday, Senator Paul Grint is due to meet the mill owners.")
    assert not tells_a_plan("On Friday, the governor demanded a clean-up until the beaches are restored.")
