"""Titles that are headline sentences (issue 16, grammar): no past perfect at the main verb, a reported plan in the
present, a source's spaced quotation marks joined again, and a lead that held the subject's name kept. Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest
from title_support import title_of

from timeline.extract.dangling_modifiers import modifiers_closed
from timeline.extract.spaced_quotes import single_quotes_closed, spaced_quotes_joined
from timeline.extract.title_lead_names import lead_gone
from timeline.extract.title_past_perfect import perfect_gone


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # a total reached by a date: the present perfect
    ("By Friday, 4,200 complaints had been sent to the regulator's office in Leeds.", "Friday",
     "4,200 complaints have been sent to the regulator's office in Leeds"),
    ("As of August, the county had spent about $12 million clearing the beaches.", "August",
     "The county has spent about $12 million clearing the beaches"),
    # a happening at its own date: the headline present, irregular participles too
    ("The ferry company had cancelled every crossing on Tuesday.", "on Tuesday",
     "The ferry company cancels every crossing"),
    ("The council had taken the decision on Tuesday.", "on Tuesday", "The council takes the decision"),
    ("The surgeon had been hired in May to run the new clinic.", "in May", "The surgeon is hired to run the new clinic"),
    # a negation or an adverb needs its perfect
    ("The valves had not been tested since 2004.", "2004", "The valves have not been tested since 2004"),
])
def test_a_past_perfect_takes_the_headline_tenses(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # a plan the perfect says came to nothing, a state a later day ended, two pasts told in order
    ("The crews had hoped to finish the dam on Monday but the rain came.", "on Monday",
     "The crews had hoped to finish the dam but the rain came"),
    ("The band had been due to play ten shows at the hall, starting on 3 June.", "3 June",
     "The band had been due to play ten shows at the hall"),
    ("Until Thursday, the bank had been planning to open three branches this year.", "this year",
     "The bank had been planning to open three branches"),
    ("The storm had sustained winds of 60 mph on Monday.", "on Monday", "The storm had sustained winds of 60 mph"),
    ("Every attempt to stop the leak had failed in June, and July was the earliest date for a fix.", "in June",
     "Every attempt to stop the leak had failed"),
    # a state before the date, a plan with its object, a clause inside the subject
    ("In 1995, that had been the worst flood in the valley's history.", "1995",
     "That had been the worst flood in the valley's history"),
    ("The mayor had planned the trip for March.", "March", "The mayor had planned the trip"),
    # a second verb in the simple past: a present perfect before it would mix the tenses
    ("A nurse had recently returned from Peru and was taken ill at the weekend.", "at the weekend",
     "A nurse had recently returned from Peru and was taken ill"),
])
def test_a_past_perfect_that_says_more_than_before_stays(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


def test_a_past_perfect_inside_a_fronted_clause_is_not_the_main_verb() -> None:
    text = "Ten days after it had closed the port the company said"
    assert perfect_gone(text, text + ".", []) == text
    # a period with both ends keeps the past: the happening lies before its end
    assert perfect_gone("The mill had employed 300 people", "", [], past_period=True) == "The mill had employed 300 people"


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("The theme park said it planned to reopen its gates on Friday after the inspection.", "on Friday",
     "The theme park says it plans to reopen its gates after the inspection"),
    ("The ministry said it hoped to have a vaccine ready by the autumn.", "by the autumn",
     "The ministry says it hopes to have a vaccine ready"),
])
def test_a_reported_plan_with_its_date_takes_the_present(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


@pytest.mark.parametrize(("text", "joined"), [
    ("Singer ` hooked on sleeping pills ' court hears", "Singer “hooked on sleeping pills” court hears"),
    ("the council passed 40 residents ' letters to the board", "the council passed 40 residents' letters to the board"),
    ("after last year ' s record loss", "after last year's record loss"),
    ("no marks here", "no marks here"),
    # a verb before a spaced straight quote is no possessive; inside a straight quotation the pair takes single marks
    ("the town is ' a long way short ' of its target", "the town is ' a long way short ' of its target"),
    ('she said "the rules are in no way a ` rare \' event"', 'she said "the rules are in no way a ‘rare’ event"'),
    # a pair that would take in a closing quotation mark is no pair
    ('"we will talk about ` the old days," \' she said', '"we will talk about ` the old days," \' she said'),
])
def test_spaced_quotation_marks_are_joined(text: str, joined: str) -> None:
    assert spaced_quotes_joined(text) == joined


def test_a_spaced_quotation_is_the_source_s_words_not_a_verb() -> None:
    assert title_of("Inquest: pilot ` exhausted after night flights ' Dr Ann Moss said the crew was tired.") \
        == "Inquest: pilot “exhausted after night flights” Dr Ann Moss says the crew was tired"
    assert title_of("The gallery said its ` night of lights ' festival would open today.", "today") \
        == "The gallery says its “night of lights” festival will open"


@pytest.mark.parametrize(("sentence", "title"), [
    ("Now this is telling: Maria Ortiz, head of the port authority, is quietly blaming the shipping lines.",
     "Maria Ortiz is quietly blaming the shipping lines"),
    ("Opening ceremonies, due to start on 4 March, will now begin on 9 April.", "Opening ceremonies will now begin"),
])
def test_a_lead_that_held_the_subject_s_name_keeps_it(sentence: str, title: str) -> None:
    dates = [d for d in ("on 9 April",) if d in sentence]
    assert title_of(sentence, *dates) == title


def test_a_lead_before_a_whole_subject_still_goes() -> None:
    assert lead_gone("Meanwhile, the mayor, who had been away, was back") == "the mayor, who had been away, was back"
    assert lead_gone("Good news: Anna Lee, head of the council, is leaving") == "Good news: Anna Lee, head of the council, is leaving"


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # a participle whose phrase the title lost: the noun does without it
    # a "to be" infinitive that held only the date
    ("The comments hint at the tone of the inquiry's report to be published in March.", "in March",
     "The comments hint at the tone of the inquiry's report"),
])
def test_a_modifier_that_lost_its_words_goes(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("The day she was elected was a Monday in May 1990.", "May 1990", "The day she was elected was a Monday"),
    ("There are already lessons to be learned, the minister said on Tuesday.", "on Tuesday",
     "There are already lessons to be learned"),
    ("Officials reported on Monday increased cases of flu.", "on Monday", "Officials report increased cases of flu"),
    # "to be" after a verb or an adjective is their complement
    ("The results are due to be revealed on Friday.", "on Friday", "The results are due to be revealed"),
    ("The two new wells are expected to be finished in August.", "in August", "The two new wells are expected to be finished"),
])
def test_a_modifier_with_its_words_stays(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


@pytest.mark.parametrize(("title", "sentence"), [
    # a relative clause's or a pronoun's verb, a contact relative with its own subject, a tense the title changed
    ("The valve that failed is raised", "The valve that failed on the rig is raised."),
    ("Ms Ray concedes that what happened was a blow", "Ms Ray conceded that what happened there was a blow."),
    ("The promise the mayor made is the council will pay", "The promise the mayor made on Friday is the council will pay."),
    ("Mr Holt tells the inquiry it will take two days", "Mr Holt told the inquiry it would take two days."),
    ("She says: “I'm doing the best I can”", "“I'm doing the best I can,” she said."),
    ("The law will allow boats to be seized", "The law will allow boats to be seized within a day."),
    ("Snow forces the match to be postponed", "Snow forced the match to be postponed on Sunday."),
    ("The levy that a court blocked would raise little", "The levy that a court blocked in May would raise little."),
])
def test_a_verb_with_its_own_clause_is_no_dangling_modifier(title: str, sentence: str) -> None:
    assert modifiers_closed(title, sentence) == title


def test_a_modifier_is_closed_only_where_the_sentence_had_more() -> None:
    sentence = "The board says a new boom placed across the inlet last week collected 900 barrels of oil on Monday."
    assert modifiers_closed("The board says a new boom placed collected 900 barrels of oil", sentence) \
        == "The board says a new boom collected 900 barrels of oil"
    assert modifiers_closed("The pump she could drain the tunnel", "The pump she built could drain the tunnel.") \
        == "The pump could drain the tunnel"
    assert modifiers_closed("The cap placed collected oil", "The cap placed collected oil.") == "The cap placed collected oil"


def test_an_opening_single_mark_a_cut_left_alone_goes() -> None:
    assert single_quotes_closed("Ms Lee: “We heard the chant of ‘jobs”") == "Ms Lee: “We heard the chant of jobs”"
    assert single_quotes_closed("Ms Lee: “We heard ‘jobs now’ all day”") == "Ms Lee: “We heard ‘jobs now’ all day”"
