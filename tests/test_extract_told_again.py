"""A statement told again further down the article is one event (issue 16): the lead restated with its day,
a passive that tells an act again, and the lines that must stay apart (another verb, another object).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.merge import Mention, merge_mentions
from timeline.extract.predicates import Predicate, predicate, verb_stem
from timeline.model import Document, When

WEDNESDAY = dt.date(2031, 5, 14)


def events_of(text: str, published: dt.date = WEDNESDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def test_the_lead_told_again_with_its_day_is_one_event() -> None:
    text = ("Mayor Anna Lund is facing a tight vote as lenders grow wary of the city's debts.\n"
            "The council has 40 members.\n"
            "Opposition groups have met twice.\n"
            "Ten of them are new.\n"
            "Lund is facing a decisive vote on the harbour budget in the council today as borrowing costs rose.\n")
    events = events_of(text)
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-14", 2)]


def test_a_standfirst_told_again_in_the_body_with_its_day_is_one_event_at_that_day() -> None:
    text = ("Port shuts harbour\n"
            "The Norrhavn port authority has shut the northern harbour to cargo ships as a chemical leak spreads "
            "along the coast.\n"
            "Divers found the leak last month.\n"
            "Several crews were sent to the site.\n"
            "The authority shut the northern harbour to all cargo ships on Tuesday, diverting 40 vessels to Kalmar, "
            "its director Eva Strand said.\n")
    events = extract(Document(path="t.txt", text=text, published=WEDNESDAY, title="Port shuts harbour"))
    assert sorted((e.when.value(), len(e.sources)) for e in events) == [("2031-04", 1), ("2031-05-13", 2)]


def test_an_act_told_again_in_the_passive_is_one_event() -> None:
    text = ("Divers removed a damaged valve today from the pipeline under the bay.\n"
            "The work had been planned for weeks.\n"
            "Crews on two boats watched the site.\n"
            "As the valve was slowly removed at 4:10 p.m., no leak was seen.\n")
    events = events_of(text)
    assert [(e.when.value()[:10], len(e.sources)) for e in events] == [("2031-05-14", 2)]


def test_the_same_act_told_at_another_hour_of_the_day_stays_apart() -> None:
    text = ("By 1 a.m. on Tuesday the pouring of the new floor was completed.\n"
            "The crew went home.\n"
            "\"We have completed the floor,\" the foreman wrote to the owner at 5:40 a.m. on Tuesday.\n")
    assert len(events_of(text)) == 2


def test_another_verb_of_the_same_day_stays_apart() -> None:
    text = ("Mayor Anna Lund is facing a tight vote on the harbour budget as lenders grow wary of the city.\n"
            "The council has 40 members.\n"
            "Opposition groups have met twice.\n"
            "Lund lost a vote on the school budget in the council today by two votes.\n")
    assert len(events_of(text)) == 2


def test_the_same_verb_on_another_object_stays_apart() -> None:
    text = ("Divers removed a damaged valve today from the pipeline under the bay.\n"
            "The work had been planned for weeks.\n"
            "Crews on two boats watched the site.\n"
            "The old survey buoys were also removed on Tuesday by a second crew.\n")
    assert len(events_of(text)) == 2


def test_the_same_act_done_again_stays_apart() -> None:
    text = ("Harbour police detained two sailors today near the customs shed.\n"
            "The ship had docked at dawn.\n"
            "Harbour police detained two more sailors this evening at the gate.\n")
    assert len(events_of(text)) == 2


def test_predicate_reads_the_verb_its_infinitive_and_its_object() -> None:
    assert predicate("The board decided on Monday to close two depots.").verbs == {"decid", "clos"}
    said = predicate("The firm said on Tuesday it would cut 300 jobs at its plant.")
    assert (said.verbs, said.objects) == ({"cut"}, {"job"})  # the saying is not the happening
    passive = predicate("The two depots were closed at noon.")
    assert passive.verbs == {"clos"} and "depot" in passive.objects


def test_verb_stem_joins_a_verbs_forms() -> None:
    assert {verb_stem(w) for w in ("faces", "facing", "faced", "face")} == {"fac"}
    assert verb_stem("began") == verb_stem("begun") == verb_stem("begins")
    assert verb_stem("stopped") == verb_stem("stops")


# ------------------------------------------------- one sentence, one day told twice
def _mention(value: str, sentence: int, *, lead: bool = False, main: bool = True) -> Mention:
    # A lead spans its sentence; a clause's date, part of it.
    return Mention(when=When.parse(value), start=0 if lead else 20, end=90 if lead else 60, sentence=sentence, actor=None, title="A silo catches fire",
                   tags=[], confidence=0.8, is_statement=False, lead=lead, main=main)


def test_a_lead_and_its_own_hour_in_one_sentence_are_one_event() -> None:
    # "A silo caught fire Thursday morning, ...": the lead (the publication day) and the sentence's morning.
    groups = merge_mentions([_mention("2031-05-14", 0, lead=True), _mention("2031-05-14TMO", 0, main=False)])
    assert len(groups) == 1
    # Another day in the lead's sentence is another happening ("..., a week after the 2031-05-07 storm").
    assert len(merge_mentions([_mention("2031-05-14", 0, lead=True), _mention("2031-05-07", 0, main=False)])) == 2
    # A lead split into two reports ("... has caused X and has raised Y") stays two.
    first, second = _mention("2031-05-14", 0, lead=True), _mention("2031-05-14", 0, lead=True)
    first.end, second.start, second.title = 40, 46, "Insurers raise premiums"
    assert len(merge_mentions([first, second])) == 2
    # Two moments of one day in two sentences are two happenings, though they tell one act ("the job was
    # completed by 1 a.m." and "'We have completed the job,' he wrote at 5:44 a.m.").
    done, wrote = _mention("2031-05-14T01:00", 3), _mention("2031-05-14T05:44", 4)
    wrote.start, wrote.end = 100, 160
    done.predicate = wrote.predicate = Predicate(frozenset({"complet"}), frozenset({"job"}))
    told = _mention("2031-05-14", 6)  # the same act told again with its day only: one event
    told.start, told.end, told.predicate = 200, 260, done.predicate
    assert len(merge_mentions([done, told])) == 1
    assert len(merge_mentions([done, wrote])) == 2


def test_a_clause_dated_to_the_main_clauses_day_is_no_second_event() -> None:
    text = ("Another 3 million euros was wiped off the value of Norrhavn Shipping when trading opened in Oslo today, "
            "as investors kept selling.\n")
    assert [e.when.value() for e in events_of(text)] == ["2031-05-14"]


# ------------------------------------------- a vaguer date and a more precise one
def test_a_happening_told_at_its_month_and_then_its_day_is_one_event_at_the_day() -> None:
    text = ("In March the ferry Alda sank off the island of Vorn.\n"
            "Its owners have since gone bankrupt.\n"
            "The Alda sank on 14 March, with 30 passengers aboard, after striking a reef.\n")
    assert [(e.when.value(), len(e.sources)) for e in events_of(text)] == [("2031-03-14", 2)]


def test_two_days_of_one_sentence_stay_two_events_when_a_vaguer_date_holds_both() -> None:
    text = ("Kessel Oil began drilling two water wells in March.\n"
            "Farmers had asked for them for years.\n"
            "Kessel Oil began drilling the first well on 2 March and the second on 16 March.\n")
    events = events_of(text)
    assert sorted((e.when.value(), len(e.sources)) for e in events) == [("2031-03-02", 2), ("2031-03-16", 1)]


def test_a_trip_told_for_a_week_then_at_its_first_day_is_one_event() -> None:
    text = ("Premier Ola Berg will travel to the northern islands next week to see the flood damage.\n"
            "Berg will visit Tromsa and Vardo during a three-day tour beginning on Monday.\n")
    events = events_of(text)
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-19", 2)]


def test_two_journeys_of_two_people_stay_apart() -> None:
    text = ("Premier Ola Berg will travel to the northern islands next week to see the flood damage.\n"
            "Mayor Anna Lund will visit Tromsa on Monday to open a bridge.\n")
    assert len(events_of(text)) == 2


def test_the_lead_told_at_an_hour_of_its_day_with_another_verb_is_one_event() -> None:
    text = ("Forty pupils at a school in Kell have been given anti-biotic tablets after a case of meningitis.\n"
            "The school has 600 pupils.\n"
            "Parents were sent a letter.\n"
            "Antibiotic tablets were handed to the pupils this afternoon to stop any spread.\n")
    events = events_of(text)
    assert [(e.when.value()[:10], len(e.sources)) for e in events] == [("2031-05-14", 2)]


def test_an_act_named_again_by_a_noun_at_its_day_is_one_event() -> None:
    text = ("The flooded tunnel was sealed on 3 May, engineers said.\n"
            "Water had filled it for a year.\n"
            "The new survey reflects readings taken before and after the sealing of the tunnel on 3 May.\n")
    events = events_of(text)
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-03", 2)]


def test_one_act_recalled_twice_in_clauses_is_one_event_but_two_deaths_stay_apart() -> None:
    once = ("Doctors are still testing the singer, who collapsed last Thursday.\n"
            "His band has cancelled its tour.\n"
            "Tickets will be refunded.\n"
            "The label has put out a short statement.\n"
            "Fans have gathered outside the hospital after the singer collapsed last Thursday.\n")
    assert [(e.when.value(), len(e.sources)) for e in events_of(once)] == [("2031-05-08", 2)]
    two = ("Police are looking for the driver of a van that hit a woman who died on Friday in Ostra.\n"
           "Officers are also questioning a farmer about a man who died on Friday near Kell.\n")
    assert [e.when.value() for e in events_of(two)].count("2031-05-09") == 2


def test_a_hyphenated_object_is_read_as_one_word() -> None:
    assert predicate("Pupils have been given anti-viral drugs").objects == predicate(
        "Pupils have been given antiviral drugs").objects >= {verb_stem("antiviral"), verb_stem("drugs")}


def test_one_end_of_a_closure_told_vaguer_then_precise_is_one_event() -> None:
    text = ("Nine thousand pupils in Kell will be off school until the end of next week as the flood recedes.\n"
            "Schools in the old town had already been closed but the council ordered every school closed until 23 May.\n")
    events = events_of(text)
    assert ("2031-05-23", 2) in [(e.when.value(), len(e.sources)) for e in events]
    text = ("Nine thousand pupils in Kell will be off school until the end of next week as the flood recedes.\n"
            "The council also ordered the town's offices closed until 23 May.\n")
    assert all(len(e.sources) == 1 for e in events_of(text))


def test_a_headline_told_at_an_hour_of_its_day_is_one_event() -> None:
    text = ("Mayor Lund has promised a televised address to calm the flooded city\n"
            "Sandbags line the quay.\n"
            "The mayor is to give a televised address to the city tonight, her first since the election, to calm "
            "residents after the flooding.\n"
            "Engineers inspected the sea wall on Monday.\n")
    events = events_of(text)
    addresses = [e for e in events if "address" in e.title]
    assert [(e.when.value(), len(e.sources)) for e in addresses] == [("2031-05-14TNI", 2)]


def test_another_happening_of_the_headlines_day_stays_apart() -> None:
    text = ("Mayor Lund has promised a televised address to calm the flooded city\n"
            "Sandbags line the quay.\n"
            "The harbour pumps failed again tonight, flooding two streets near the fish market.\n")
    events = events_of(text)
    assert len(events) == 2


def test_one_document_published_next_week_and_released_on_tuesday_is_one_event() -> None:
    text = ("The inquiry into the Vorn ferry fire has finished its hearings.\n"
            "The report, to be published next week, could shape three other inquiries into ferry safety.\n"
            "Ferry operators have asked to see a draft.\n"
            "Two crews gave evidence in April.\n"
            "The full report, to be released on Tuesday, is likely to call for a new safety regulator.\n")
    events = events_of(text, dt.date(2031, 5, 16))
    reports = [e for e in events if "report" in e.title]
    assert [(e.when.value(), len(e.sources)) for e in reports] == [("2031-05-20", 2)]


def test_two_documents_released_at_dates_apart_stay_two_events() -> None:
    text = ("The inquiry released part of its report on ferry safety on Monday.\n"
            "The full report, to be released next month, is likely to call for a new safety regulator.\n")
    events = events_of(text, dt.date(2031, 5, 14))
    assert sorted(e.when.value() for e in events) == ["2031-05-12", "2031-06"]


def test_one_admission_quoted_twice_is_one_event() -> None:
    text = ("After four days of pumping sand into the breach, the NPA admitted defeat last night.\n"
            "Residents of the lower town were moved to a school.\n"
            "The army has two hundred soldiers in the town.\n"
            "Last night the NPA admitted the best hope of closing the breach could take a further month, using barges.\n")
    events = events_of(text)
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-13TNI", 2)]


def test_two_speakers_admitting_on_one_night_stay_apart() -> None:
    text = ("The NPA admitted defeat last night.\n"
            "The ferry line admitted last night that two of its ships had sailed without inspections.\n")
    events = events_of(text)
    assert len(events) == 2


def test_the_subject_of_a_title_is_the_words_before_its_verb() -> None:
    from timeline.extract.predicates import title_subject

    assert title_subject("Norrhavn Port admits defeat", frozenset({verb_stem("admits")})) == ("norrhavn", "port")
    assert title_subject("The dam holds", frozenset({verb_stem("admits")})) == ()


def test_two_bodies_reports_released_in_one_week_stay_apart() -> None:
    text = ("The Vorn Ferry Authority will publish its safety report next week, its director said.\n"
            "The Harbour Pilots Union will release its own report on Tuesday, calling for a new regulator.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert len(events) == 2


def test_predicate_tells_a_hope_or_plan_from_a_past_act() -> None:
    assert predicate("Marsh said the company hopes to get the clamp attached late on Saturday night.").planned
    assert predicate("The council said it would close the bridge on Monday.").planned
    assert predicate("The minister is due to meet the mayors on Friday.").planned
    assert predicate("The first attempt to attach the clamp ran into trouble on Saturday.").past
    assert predicate("The bridge was closed on Monday.").past
    # A plan word inside a relative clause governs that clause, not the main verb.
    done = predicate("The firm, which hopes to sell its mills, stopped work at two of them on Monday.")
    assert done.past and not done.planned


def test_to_before_a_noun_phrase_is_a_preposition_not_an_infinitive() -> None:
    played = predicate("The phone recording has been played to the jury in Leeds.")
    assert played.verbs == {"play"}
    assert predicate("Two boxes of files were handed to their lawyers.").verbs == {"hand"}
    assert predicate("The letters were sent to him by a clerk.").verbs == {"send"}
    assert predicate("The council voted to close the depot.").verbs == {"vot", "clos"}


# ------------------------------------------- what befalls one thing once, recalled at two dates
def test_a_rupture_recalled_at_its_month_and_at_its_day_is_one_event_at_the_day() -> None:
    text = ("Vestra Energy said on Monday it had sealed its undersea pipeline that ruptured in March and spilled oil "
            "along the coast.\n"
            "The regional council has asked for a full inquiry.\n"
            "Inspectors found heavy corrosion near the valve where the pipeline ruptured on 14 March.\n")
    assert [(e.when.value(), len(e.sources)) for e in events_of(text)
            if any("where the pipeline ruptured" in s.quote for s in e.sources)] == [("2031-03-14", 2)]



def test_two_vessels_sinking_at_a_month_and_at_a_day_within_it_stay_two_events() -> None:
    text = ("Fishermen in Vorn say a trawler that sank in May was overloaded.\n"
            "The harbour master has asked for a full inquiry.\n"
            "Divers found the ferry that sank on 2 May in shallow water.\n")
    assert [(e.when.value(), len(e.sources)) for e in events_of(text)
            if any("the ferry that sank" in s.quote for s in e.sources)] == [("2031-05-02", 1)]
