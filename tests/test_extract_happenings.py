"""Which statements become events and with which date, when a noun names a happening (issue 16).

Every text here is written for these tests: a date that belongs to a happening named by a noun
("since the March 3 ferry fire", "since her death on Thursday") does not date the sentence's main
clause; a happening named again ("Tonight's announcement") is the event told before; the thing a
comparison measures against keeps its date to itself; and an undated lead told again with its day
in the body is one event.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import LEAD_CONFIDENCE, extract
from timeline.extract.happenings import happening_of, stem
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str, published: dt.date = FRIDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def test_a_dated_happening_beside_the_clauses_own_date_is_its_own_event() -> None:
    text = ("The transport minister will visit Portville on Friday for the third time since the deadly March 3 "
            "ferry fire at the harbour, officials said.\n")
    events = events_of(text)
    assert sorted(e.when.value() for e in events) == ["2026-03-03", "2026-03-20"]
    fire = next(e for e in events if e.when.value() == "2026-03-03")
    assert "fire" in fire.title and "minister" not in fire.title


def test_a_happening_in_a_since_phrase_does_not_date_the_main_clause() -> None:
    text = ("Sales of the mayor's memoir soared after a surge of interest since her death on Thursday.\n"
            "Ines Moreau died of a heart attack at her home on Thursday, her family said.\n")
    events = events_of(text)
    thursday = [e for e in events if e.when.value() == "2026-03-19"]
    assert len(thursday) == 1 and len(thursday[0].sources) == 2  # the death, told twice
    assert not any("memoir" in e.title and e.when.value() == "2026-03-19" for e in events)


def test_a_happening_named_again_by_its_date_is_the_same_event() -> None:
    text = ("The health ministry announced two new cases of measles in Portville tonight.\n"
            "Both patients are children at the same school and are being treated at home.\n"
            "The school will stay open, the ministry said in a statement.\n"
            "Tonight's announcement brought the number of cases in the region to 13.\n")
    events = events_of(text)
    tonight = [e for e in events if e.when.value().startswith("2026-03-20")]
    assert len(tonight) == 1 and len(tonight[0].sources) == 2


def test_a_possessive_date_with_another_noun_stays_apart() -> None:
    text = ("The harbour board approved the new terminal on Tuesday after a long debate.\n"
            "Tuesday's storm closed the ferry port for six hours.\n")
    assert len(events_of(text)) == 2


def test_the_thing_a_comparison_measures_against_keeps_its_date() -> None:
    text = ("One resident told the Courier the flood was worse than Dora, the storm which flooded the harbour "
            "in 1998.\n")
    assert not any(e.when.value() == "1998" for e in events_of(text))
    # A relative clause outside a comparison still dates its own happening.
    text = "The Courier interviewed Ines Moreau, who founded the ferry company in 1998.\n"
    assert "1998" in [e.when.value() for e in events_of(text)]


def test_an_undated_lead_told_again_with_its_day_is_one_event() -> None:
    text = ("Portville's mayor Ines Moreau has warned that the ferry strike threatens the town's summer trade.\n"
            "The pilots' union walked out over pay and crews have joined them.\n"
            "Ms Moreau told a news conference on Saturday: \"This strike threatens our summer trade and our "
            "jobs.\"\n")
    events = events_of(text, dt.date(2026, 3, 22))
    assert len(events) == 1 and len(events[0].sources) == 2
    assert events[0].when.value() == "2026-03-21"  # the day the body states beats the publication day


def test_happening_nouns_and_their_stems() -> None:
    text = "Officials met since the 2019 explosion at the plant."
    found = happening_of(text, 0, text.index("2019"), text.index("2019") + 4, True)
    assert found is not None and text[found.start:found.end] == "the 2019 explosion at the plant" and found.own
    assert stem("death") == stem("died") and stem("explosion") == stem("exploded") and stem("sank") == stem("sinking")
    # A date before a noun that names no happening is not one ("his Friday deadline").
    text = "He missed his Friday deadline."
    assert happening_of(text, 0, text.index("Friday"), text.index("Friday") + 6, True) is None


def test_a_lead_in_the_present_progressive_is_the_lead_event() -> None:
    text = ("PORTVILLE -- The ferry strike is fueling opposition to Northwind Lines' harbour contract, with "
            "councillors calling for the deal to be cancelled.\n"
            "The contract was signed in 2024.\n")
    events = events_of(text)
    assert sorted(e.when.value() for e in events) == ["2024", "2026-03-20"]


def test_a_dated_happening_in_the_leads_sentence_keeps_its_own_date() -> None:
    text = "Letters claimed responsibility for the harbour bombing, a 2019 attack on the ferry office.\n"
    events = events_of(text)
    assert "2019" in [e.when.value() for e in events]
    attack = next(e for e in events if e.when.value() == "2019")
    assert attack.title == "The ferry office is attacked" and attack.confidence > 0.5  # its noun's verb (title_nominal)


def test_one_actors_act_of_one_day_told_again_with_its_noun_is_one_event() -> None:
    text = ("Mayor Ines Moreau informed the island councils of the closure in phone calls Thursday night.\n"
            "The ferries will stay in port until the pilots return.\n"
            "The pilots' union wants a pay rise of a tenth.\n"
            "Ines Moreau called the councils' leaders to explain her decision on Thursday.\n"
            "Ines Moreau also opened the new fish market on Thursday.\n")
    thursday = [e for e in events_of(text) if e.when.value().startswith("2026-03-19")]
    assert len(thursday) == 2  # the calls (told twice) and the market
    calls = next(e for e in thursday if len(e.sources) == 2)
    assert "phone calls" in calls.sources[0].quote and "called" in calls.sources[1].quote


def test_a_second_date_closing_a_happenings_noun_phrase_is_that_happenings() -> None:
    text = ("The harbour inquiry said Tuesday that the board should hire more pilots, to prevent a repeat of the "
            "deadly ferry fire in Portville harbour last year.\n"
            "Its chairman said last year's accident was foreseeable.\n")
    events = events_of(text, dt.date(2026, 3, 4))
    assert sorted(e.when.value() for e in events) == ["2025", "2026-03-03"]
    fire = next(e for e in events if e.when.value() == "2025")
    assert len(fire.sources) == 2 and "inquiry" not in fire.title  # the fire, told as the fire and the accident


def test_one_moment_in_two_zones_is_one_event() -> None:
    text = "At 5:45 p.m. EDT (2145 GMT), Northwind Lines shares traded at $30.66.\n"
    assert len(events_of(text, dt.date(2026, 3, 4))) == 1


def test_a_relative_clause_after_much_of_which_dates_its_own_statement() -> None:
    text = ("The strike is threatening the islands' trade on Monday, much of which was recovering from the "
            "storms in 2024.\n")
    events = events_of(text, dt.date(2026, 3, 4))
    recovering = next(e for e in events if e.when.value() == "2024")
    assert "threatening" not in recovering.title


def test_a_holiday_in_a_general_truth_recurs() -> None:
    text = ("The weeks between Thanksgiving and Christmas are traditionally the ferry's busiest season.\n"
            "The ferry sailed on Christmas Day 2025 for the first time.\n")
    assert [e.when.value() for e in events_of(text, dt.date(2026, 3, 4))] == ["2025-12-25"]


def test_a_happening_in_a_prepositions_noun_phrase_does_not_date_the_main_clause() -> None:
    published = dt.date(2026, 3, 4)
    text = ("Ines Moreau was giving evidence to the panel that is investigating the cause of the disaster on "
            "20 February, which killed two pilots.\n")
    events = events_of(text, published)
    disaster = next(e for e in events if e.when.value() == "2026-02-20")
    assert "evidence" not in disaster.title
    # The main clause is the lead: dated by the publication day, with the lead's confidence.
    assert all(e.confidence == LEAD_CONFIDENCE for e in events if e is not disaster)
    text = "Trade is worst for the islands still recovering from Hurricane Dora in 2024.\n"
    dora = next(e for e in events_of(text, published) if e.when.value() == "2024")
    assert "Dora" in dora.sources[0].quote and "worst" not in dora.sources[0].quote
    # A date that modifies the noun after it is not the happening's: "the effect of the strike on March results".
    text = "The board measured the effect of the strike on fourth-quarter results.\n"
    assert "strike" not in [e.sources[0].quote.split()[-1] for e in events_of(text, published)]


def test_an_objects_reduced_relative_dates_its_own_happening() -> None:
    published = dt.date(2026, 3, 4)
    text = "Moreau said the inspectors had found a report written in 2021 by Northwind Lines.\n"
    events = events_of(text, published)
    report = next(e for e in events if e.when.value() == "2021")
    assert report.sources[0].quote == "a report written in 2021 by Northwind Lines"
    # Where the sentence's own statement was made keeps its date; so does the end of a reporting period.
    text = "Moreau acknowledged in an interview published Thursday that the board was not prepared.\n"
    assert "acknowledged" in events_of(text, published)[0].sources[0].quote
    text = "For the six months ended Aug. 12, Northwind Lines posted net income of $6 million.\n"
    assert "posted" in events_of(text, published)[0].sources[0].quote


def test_a_question_inverted_after_a_comma_is_not_an_event() -> None:
    assert events_of("But as you look around the harbour, should we be worried tonight?\n") == []


def test_an_appositive_participle_dates_its_own_statement() -> None:
    text = ("Harbour Watch, founded in 1971 by the naturalist Ines Moreau, recently launched an online boycott "
            "pledge against Northwind Lines.\n")
    events = events_of(text)
    founded = next(e for e in events if e.when.value() == "1971")
    assert "boycott" not in founded.title
    assert not any("boycott" in e.title and e.when.value() == "1971" for e in events)


def test_a_possessive_date_inside_a_noun_phrase_is_its_happenings() -> None:
    text = "The cause of last week's blast at the harbour, which left two workers hurt, remains unclear.\n"
    events = events_of(text)
    blast = next(e for e in events if e.when.value() == "2026-W11")
    assert blast.sources[0].quote.startswith("last week's blast")


def test_a_gerund_clause_opening_the_sentence_dates_itself() -> None:
    text = ("After failing earlier in the month to end the strike with a pay offer, the board began talks with the "
            "union on Wednesday afternoon.\n")
    events = events_of(text)
    talks = next(e for e in events if e.when.value().startswith("2026-03-18"))
    assert "talks" in talks.title and "failing" not in talks.title.lower()
    # At the sentence's end the date is the main clause's too: one event.
    text = "The mayor died after suffering a heart attack at her home on Thursday.\n"
    assert [e.when.value() for e in events_of(text)] == ["2026-03-19"]


def test_a_speakers_today_is_the_day_the_attribution_states() -> None:
    text = "\"The strike is going on through the day today, nothing has changed,\" Moreau said Thursday morning.\n"
    assert [e.when.value() for e in events_of(text)] == ["2026-03-19TMO"]


def test_two_dates_joined_by_and_are_two_unless_between() -> None:
    published = dt.date(2026, 3, 4)
    text = "With the two strikes in 1987 and 1994 the port closed for weeks, the mayor said.\n"
    assert sorted(e.when.value() for e in events_of(text, published))[:2] == ["1987", "1994"]
    text = "Pilots were paid less between 2019 and 2024, the report found.\n"
    ranged = [e for e in events_of(text, published) if e.when.value() == "2019"]
    assert ranged and ranged[0].end is not None and ranged[0].end.value() == "2024"


def test_a_supposition_is_not_a_happening() -> None:
    text = "If the strike had happened six years ago, the islands would really be in a fix, the mayor said.\n"
    assert not any(e.when.value() == "2020" for e in events_of(text, dt.date(2026, 3, 4)))


def test_a_caption_like_first_line_is_no_lead_but_a_long_first_sentence_is() -> None:
    published = dt.date(2026, 3, 4)
    caption = "Northwind Lines' harbour office, where the company has been selling tickets since the strike began.\n"
    assert events_of(caption, published) == []
    first = ("Samples of the new fuel are making their way from Portville to a government laboratory north of the "
             "capital.\n")
    doc = Document(path="t.txt", text=first, published=published, title=first.strip())
    assert [e.when.value() for e in extract(doc)] == ["2026-03-04"]  # a first sentence some tools call a title


def test_a_restrictive_relative_clause_dates_its_own_happening() -> None:
    published = dt.date(2026, 3, 20)
    text = ("Jon Quill travels out into the harbour, getting close to the site where the old ferry Harbour Queen "
            "sank on 22 February.\n")
    events = events_of(text, published)
    sank = next(e for e in events if e.when.value() == "2026-02-22")
    assert "Quill" not in sank.title and ("sank" in sank.title or "sinks" in sank.title)
    # An indirect question is not a relative clause: the date stays the reported clause's.
    text = "The board would not say where the ferry went on Monday.\n"
    assert "2026-03-16" in [e.when.value() for e in events_of(text, published)]


def test_an_open_condition_with_a_date_sets_a_deadline() -> None:
    text = "The board said if the pilots return to work by March 30, it will pay their lost wages.\n"
    assert "2026-03-30" in [e.when.value() for e in events_of(text, dt.date(2026, 3, 20))]


def test_adjacent_days_or_times_joined_by_and_stay_one_span() -> None:
    published = dt.date(2026, 3, 20)
    text = "The minister plans to visit Portville, Harbour Town and Westbay on Monday and Tuesday.\n"
    events = events_of(text, published)
    assert len(events) == 1 and events[0].end is not None
    text = "The concerts will be held at 3 p.m. and 7:30 p.m. on the new day, the promoter said.\n"
    assert len([e for e in events_of(text, published) if "T" in e.when.value()]) == 1


def test_a_happening_that_is_its_clauses_subject_keeps_the_clause() -> None:
    text = "The crew kept working after a lightning strike Tuesday started a fire on the pier.\n"
    strike = next(e for e in events_of(text) if e.when.value() == "2026-03-17")
    assert strike.sources[0].quote == "a lightning strike Tuesday started a fire on the pier"


def test_a_negation_inside_what_someone_knows_is_not_the_main_clauses() -> None:
    # (the day's saying: a bare "Today, islanders know ..." is a standing state of nowadays, no event)
    text = "Today, islanders said they know the board can not end the strike, and they do not blame the mayor.\n"
    assert "2026-03-20" in [e.when.value() for e in events_of(text)]


def test_a_question_is_no_lead() -> None:
    text = "What do you call a strike that empties Portville harbour and strands the islands for a month?\n"
    assert events_of(text) == []


def test_a_year_labelling_a_chronologys_entry_is_no_nouns_date() -> None:
    text = ("1991: Oil was released during the war to impede the invasion 1987: a tanker spilled its cargo off the "
            "Portville coast.\n")
    events = events_of(text, dt.date(2026, 3, 4))
    assert not any(e.sources[0].quote.endswith("invasion 1987") for e in events)


def test_a_relative_after_a_preposition_is_left_to_the_main_clause() -> None:
    text = "Jurors filled in a form, after which they will be questioned in court on 23 March.\n"
    quotes = [e.sources[0].quote for e in events_of(text, dt.date(2026, 3, 4))]
    assert not any(q.startswith("which") for q in quotes)


def test_a_year_that_sorts_a_thing_does_not_date_the_sentence() -> None:
    # "the 2019 tax returns", "the 2021 model", "a 1998 law": the year tells which thing, not when anything
    # happened; a year before a happening, a period or a statement still dates it.
    text = ("Northwind Lines said on Monday that it would refund every ticket sold for March.\n"
            "Islanders claimed the lost fares as a loss on their 2024 tax returns, an accountant said.\n"
            "The company recalled the 2021 model of its ferry engines after a fire.\n"
            "A 1998 harbour law requires two pilots on every crossing.\n"
            "Fares rose sharply during the 2022 fuel crisis, the company said.\n"
            "The union's 2019 report on ferry safety warned of fatigue.\n")
    dates = {e.when.value() for e in events_of(text)}
    assert not dates & {"2024", "2021", "1998"}
    assert {"2022", "2019", "2026-03-16"} <= dates


def test_a_lead_of_two_main_clauses_with_news_of_their_own_is_two_events() -> None:
    text = ("Ferry strike hits islands\n\n"
            "Northwind Lines has been dropped from the islands' transport contract, and has been forced to delay "
            "the launch of its new ferry because of the pilots' strike.\n"
            "The strike began on Monday, the union said.\n")
    lead = [e for e in events_of(text) if e.when.value() == "2026-03-20"]
    assert len(lead) == 2
    assert "delay" in lead[1].title and lead[1].title.startswith("Northwind Lines")
    assert all("strike began" not in e.sources[0].quote for e in lead)


def test_a_hedged_or_ongoing_second_clause_is_not_an_event_of_its_own() -> None:
    for second in ("and is expected to appeal against the decision", "and is sending its boats to other routes"):
        text = ("Ferry strike hits islands\n\n"
                f"Northwind Lines has lost the islands' transport contract to a rival, {second}.\n"
                "The strike began on Monday, the union said.\n")
        assert len([e for e in events_of(text) if e.when.value() == "2026-03-20"]) == 1


def test_a_span_counted_on_from_an_untold_time_does_not_date_the_sentence() -> None:
    text = ("Ferry strike hits islands\n\n"
            "The pilots walked out on Monday, the union said.\n"
            "The harbour board met the union, and about two hours later the talks broke down.\n"
            "The old ferry Marta sank off the islands, and even 40 years later divers find her cargo.\n"
            "The old pier was sold in 1990, and two years later it was pulled down.\n")
    dates = {e.when.value() for e in events_of(text)}
    assert not any(d.startswith(("2026-03-20T", "2066")) for d in dates)  # from the publication: no meaning
    assert "1992" in dates  # counted from the sentence's own date


def test_that_day_is_never_the_publication_day() -> None:
    # A reporter writes "today" for the publication day; "that day" read as it points at a day told before.
    text = ("Ferry strike hits islands\n\n"
            "Northwind Lines said its ferries would keep running during the pilots' strike.\n"
            "Nobody would say who decided to keep the ferries running that day, the union said.\n")
    quotes = [s.quote for e in events_of(text) if e.when.value().startswith("2026-03-20") for s in e.sources]
    assert not any("that day" in q for q in quotes)


def test_the_next_sentence_telling_the_same_act_to_the_hour_is_the_same_event() -> None:
    text = ("Ferry strike hits islands\n\n"
            "The pilots walked out on Monday, the union said.\n"
            "Northwind Lines stopped all crossings on Wednesday and moored its boats in Portville.\n"
            "Its director said the crossings were stopped in the morning because no pilot came to work.\n")
    wednesday = [e for e in events_of(text) if e.when.value().startswith("2026-03-18")]
    assert len(wednesday) == 1 and len(wednesday[0].sources) == 2


def test_an_explosion_blast_or_blowing_up_of_one_day_is_one_event() -> None:
    from timeline.extract.happenings import stems

    assert stem("blast") == stem("explosion") == stem("exploded")
    assert "explosion" in stems("the tanker blew up off the cape") and "explosion" in stems("it was blown up")
    # Words that only begin like "explosion" are other things.
    assert not {"explosion"} & stems("officials explained the exploration plan and explored options")
    june = dt.date(2026, 6, 3)
    text = ("Northwind shares fell on Tuesday as the clean-up went on.\n"
            "Investigators are still studying the April explosion on the Northwind rig.\n"
            "The rig blew up on April 20, killing three workers and starting the leak.\n")
    april = [e for e in events_of(text, june) if e.when.value().startswith("2026-04")]
    assert len(april) == 1 and april[0].when.value() == "2026-04-20" and len(april[0].sources) == 2
    text = ("Northwind shares fell on Tuesday as the clean-up went on.\n"
            "Since the 20 April rig blast, Northwind has tried several ideas to plug the leak.\n"
            "The rig exploded on the night of April 20, killing three workers.\n")
    april = [e for e in events_of(text, june) if e.when.value().startswith("2026-04")]
    assert len(april) == 1 and len(april[0].sources) == 2


def test_news_of_one_day_that_mentions_an_explosion_stays_apart() -> None:
    text = ("Investigators said on Friday they would study every cause of last week's explosion at the plant.\n"
            "The governor flew to the coast on Friday, a week after the explosion, to meet the families.\n")
    assert len([e for e in events_of(text) if e.when.value() == "2026-03-20"]) == 2


def test_a_lead_that_happened_long_ago_is_not_the_days_news() -> None:
    text = ("Northwind Lines dropped its old name almost a decade ago for a shorter one.\n"
            "Those two words are now synonymous with the ferry strike.\n")
    assert not [e for e in events_of(text) if e.when.value() == "2026-03-20"]
    # A lead that says so today is the saying's.
    text = ("Harbour historians said that Northwind Lines dropped its old name decades ago for a shorter one.\n"
            "The firm is now synonymous with the ferry strike.\n")
    assert [e for e in events_of(text) if e.when.value() == "2026-03-20"]


def test_what_a_dated_happening_did_makes_its_headline() -> None:
    # "the March 3 flood that buried the road": a bare "The flood" says nothing; the relative clause is its act.
    text = ("Traffic has doubled on the coast road since the March 3 flood that buried the valley road.\n\n"
            "Engineers blamed the wind for a February 2 fire near Tarn, which closed the rail line for a week.\n")
    titles = {e.when.value(): e.title for e in events_of(text)}
    assert titles["2026-03-03"] == "The flood buries the valley road"
    assert titles["2026-02-02"].endswith("closes the rail line for a week")


def test_a_happenings_act_cut_to_fit_keeps_the_noun_phrase() -> None:
    text = ("Exports have fallen since the March 3 fire aboard the cargo ship Northern Star at Portville harbour, which "
            "destroyed the largest grain terminal on the whole eastern seaboard of the country.\n")
    march3 = [e.title for e in events_of(text) if e.when.value() == "2026-03-03"]
    assert march3 and not march3[0].endswith("destroys")


def test_a_happening_as_the_subject_after_since_keeps_its_act() -> None:
    # "since a March 3 blast wrecked the pier": after a conjunction the phrase is its clause's subject.
    text = "Ferry crossings have halved since a March 3 blast wrecked the Portville pier.\n"
    titles = {e.when.value(): e.title for e in events_of(text)}
    assert titles["2026-03-03"] == "Blast wrecks the Portville pier"
    # Without a conjunction the verb after the phrase is the sentence's own: "the March 3 blast" names it only.
    text = "Inspectors who studied the March 3 blast reported their findings to the council on Friday.\n"
    assert "reports" not in {e.when.value(): e.title for e in events_of(text)}.get("2026-03-03", "")


def test_two_names_of_one_happening_take_a_plural_verb() -> None:
    text = "Ferry crossings have halved since the March 3 explosion and fire that wrecked the Portville pier.\n"
    titles = {e.when.value(): e.title for e in events_of(text)}
    assert titles["2026-03-03"] == "The explosion and fire wreck the Portville pier"
    # ("An oil and gas platform" is one platform: its verb stays singular; tests/test_titles_holds.py)


def test_a_place_told_after_the_happenings_date_is_the_happenings() -> None:
    text = "Crossings have halved since an explosion on March 3 aboard the ferry Northern Star, the company said.\n"
    titles = {e.when.value(): e.title for e in events_of(text)}
    assert "Northern Star" in titles["2026-03-03"]


def test_a_bare_happening_borrows_the_articles_fuller_telling() -> None:
    # The dated mention is bare ("the March 3 fire"); the article tells what burned elsewhere, undated.
    text = ("Portville ferry crossings have halved, the harbour board said on Friday.\n\n"
            "Traders say the port has been quiet since the March 3 fire.\n\n"
            "The fire aboard the Northern Star ferry burned for two days before crews put it out.\n")
    fire = next(e for e in events_of(text) if e.when.value() == "2026-03-03")
    assert fire.title == "Fire breaks out aboard the Northern Star ferry"  # (a headline: the fire's verb, issue 16)
    assert any("Northern Star" in (s.quote or "") for s in fire.sources)  # the telling is quoted with it


def test_a_bare_happening_does_not_borrow_another_happening() -> None:
    # "another fire": a different one; a telling dated otherwise is another happening too.
    text = ("Traders say the port has been quiet since the March 3 fire.\n\n"
            "Another fire aboard the Northern Star ferry was put out within minutes.\n")
    fire = next(e for e in events_of(text) if e.when.value() == "2026-03-03")
    assert "Northern Star" not in fire.title
    text = ("Traders say the port has been quiet since the March 3 fire.\n\n"
            "A fire aboard the Northern Star ferry on February 2 closed the harbour for a day.\n")
    fire = next(e for e in events_of(text) if e.when.value() == "2026-03-03")
    assert "Northern Star" not in fire.title


def test_a_bare_happening_of_years_ago_borrows_no_undated_telling() -> None:
    # "a 2009 fire" is told once, with its year; the undated fire the article tells is its own story's.
    text = ("The harbour board said on Friday that crossings have halved.\n\n"
            "Traders recall a 2009 fire that the port survived, and say this is worse.\n\n"
            "The fire aboard the Northern Star ferry burned for two days before crews put it out.\n")
    fire = next((e for e in events_of(text) if e.when.value() == "2009"), None)
    assert fire is None or "Northern Star" not in fire.title


def test_an_inverted_clause_after_since_is_no_act_of_the_happening() -> None:
    text = "Not since the 1998 storm was the harbour so quiet, traders said on Friday.\n"
    assert not any(e.title.startswith("The storm is") for e in events_of(text))


def test_an_announcement_that_names_its_content_is_titled_by_it() -> None:
    text = "Traders cheered Tuesday's announcement that the harbour board will reopen the port, officials said.\n"
    titles = {e.when.value(): e.title for e in events_of(text)}
    assert titles["2026-03-17"] == "The harbour board will reopen the port"
    # A content clause whose subject is a pronoun cannot name who: the noun phrase stays.
    text = "Traders cheered Tuesday's announcement that she will reopen the port, officials said.\n"
    assert all(not e.title.startswith("She") for e in events_of(text))


def test_a_happening_named_with_of_and_a_name_keeps_its_date() -> None:
    # The year after "the outbreak of Portville fever" is the outbreak's; the main clause is a description of now.
    events = events_of("Portville is reacting calmly to the new alert, following the outbreak of Portville fever in "
                       "2019, which closed the harbour for a month.\n")
    assert [(e.when.value(), e.title) for e in events if e.when.value() == "2019"] == [
        ("2019", "The outbreak of Portville fever closes the harbour for a month")]  # what it did, told after its date


def test_a_wells_blowout_and_the_rigs_explosion_of_one_day_are_one_event() -> None:
    from timeline.extract.happenings import EXPLOSION, stems

    assert EXPLOSION in stems("since the blowout of the Northwind well")
    assert EXPLOSION not in stems("the well's blowout preventer failed")
    june = dt.date(2026, 6, 3)
    text = ("Northwind shares fell on Tuesday as the clean-up went on.\n"
            "Engineers have argued over what caused the April 20 blowout at the Northwind well.\n"
            "The rig exploded on April 20, killing three workers.\n")
    april = [e for e in events_of(text, june) if e.when.value().startswith("2026-04")]
    assert len(april) == 1 and len(april[0].sources) == 2
