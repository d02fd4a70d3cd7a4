"""The lead event, comparisons that are not events, and one happening told twice (issue 16)."""

from __future__ import annotations

import datetime as dt

from timeline.extract import LEAD_CONFIDENCE, extract
from timeline.model import Document


def events_of(text: str, published: dt.date = dt.date(2026, 3, 4)) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def test_undated_lead_is_an_event_of_the_publication_day_with_low_confidence() -> None:
    events = events_of("The harbour board has approved a new ferry terminal for Portville, ending a long review.\n"
                       "The old terminal closed in 2019.\n")
    lead = events[0]
    assert lead.when.value() == "2026-03-04" and lead.confidence == LEAD_CONFIDENCE
    assert lead.sources[0].quote.startswith("The harbour board has approved")
    assert [e.when.value() for e in events] == ["2026-03-04", "2019"]


def test_dated_lead_is_not_doubled() -> None:
    events = events_of("The harbour board approved a new ferry terminal for Portville on Tuesday after a review.\n")
    assert [e.when.value() for e in events] == ["2026-03-03"]


def test_an_opinion_opening_is_not_a_lead_event() -> None:
    assert events_of("People don't seem to understand the concept of risk any more, or so it seems to me.\n") == []


def test_comparison_points_are_not_events() -> None:
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday after a review.\n"
            "Ferry traffic rose to 4.2 million passengers last year from 3.1 million in 2019.\n"
            "Support for the plan stands at 54 percent, down from 60 percent in January.\n"
            "The new terminal will handle more passengers than the 2.5 million it served in 1988.\n")
    dates = [e.when.value() for e in events_of(text)]
    assert "2019" not in dates and "2026-01" not in dates and "1988" not in dates
    assert "2025" in dates  # the rise itself happened last year


def test_it_and_the_company_are_the_organisation_named_before() -> None:
    events = events_of("Northwind Energy reported a loss for the quarter on Tuesday, its first in a decade.\n"
                       "It lost its largest contract in January.\n"
                       "The company said on Monday it would cut 300 jobs.\n")
    titles = {e.when.value(): e.title for e in events}
    assert titles["2026-01"].startswith("Northwind Energy loses")
    assert titles["2026-03-02"].startswith("Northwind Energy says")


def test_vaguer_mention_of_one_happening_joins_the_precise_one() -> None:
    text = ("A gas explosion aboard the ferry Harbour Star killed three crew members on 20 April, the coastguard said.\n"
            "Ferry traffic resumed on Monday.\n"
            "Investigators blamed the April gas explosion aboard the ferry, which killed three crew members, "
            "on a faulty valve.\n")
    events = events_of(text, dt.date(2026, 5, 6))
    explosion = [e for e in events if e.when.value().startswith("2026-04")]
    assert len(explosion) == 1 and explosion[0].when.value() == "2026-04-20"
    assert len(explosion[0].sources) == 2  # both quotes kept


def test_two_happenings_on_one_day_stay_apart() -> None:
    text = ("Fire crews contained a warehouse blaze in Portville on Monday after six hours.\n"
            "The city council on Monday approved next year's budget by seven votes to two.\n")
    assert len(events_of(text)) == 2


def test_a_record_since_a_date_is_not_an_event() -> None:
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday after a review.\n"
            "It is the largest harbour project since the 1988 rebuilding of the north quay.\n")
    assert [e.when.value() for e in events_of(text)] == ["2026-03-03"]


def test_a_lead_whose_only_date_names_something_is_dated_by_publication() -> None:
    events = events_of("Northwind Energy has delayed the publication of its third-quarter results because of "
                       "the merger.\n", dt.date(2026, 10, 14))
    assert "2026-10-14" in [e.when.value() for e in events]
    # Within the publication day's quarter, the quarter only names the results: one event.
    events = events_of("Northwind Energy has delayed the publication of its fourth-quarter results because of "
                       "the merger.\n", dt.date(2026, 10, 14))
    assert [e.when.value() for e in events] == ["2026-10-14"]


def test_habits_and_multiples_of_a_dated_amount_are_not_events() -> None:
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday after a review.\n"
            "Its accounts, normally published on the last Friday of the month, will now appear on 30 April.\n"
            "The terminal will carry three times the traffic handled in 2019.\n")
    dates = [e.when.value() for e in events_of(text)]
    assert dates == ["2026-03-03", "2026-04-30"], dates


def test_one_actor_one_date_one_verb_told_twice_is_one_event() -> None:
    text = ("The harbour board approved a new ferry terminal for Portville on Tuesday after a review.\n"
            "Captain Lena Moor retired in June 2019 after forty years at sea.\n"
            "The pier was renamed in her honour last year.\n"
            "Moor retired in June 2019 to a cottage on the north quay, where she still lives.\n")
    events = events_of(text)
    june = [e for e in events if e.when.value() == "2019-06"]
    assert len(june) == 1 and len(june[0].sources) == 2


def test_an_undated_lead_that_only_describes_is_no_event() -> None:
    # A feature's opening says what something is; a copula with a noun after it tells no happening of the day.
    text = ("The humble ferry, a lifeline to islanders and a nuisance to tourists, is also the backbone of trade "
            "along the Portville coast and among the services most exposed to the new tariffs.\n"
            "The harbour board approved a new ferry terminal on Tuesday.\n")
    assert [e.when.value() for e in events_of(text)] == ["2026-03-03"]


def test_an_undated_lead_in_the_passive_or_with_a_figure_stays() -> None:
    passive = events_of("The Portville ferry terminal is closed to traffic after a fuel leak, the harbour board "
                        "said.\n")
    assert [e.when.value() for e in passive] == ["2026-03-04"]
    figure = events_of("The toll of the Portville ferry fire is now 14 people, with many more missing, officials "
                       "said.\n")
    assert [e.when.value() for e in figure] == ["2026-03-04"]


def test_a_described_lead_that_someone_said_or_that_goes_on_happening_stays() -> None:
    said = events_of("The Portville coastguard is better prepared than ever for the storms ahead, its new "
                     "commander has said.\n")
    assert [e.when.value() for e in said] == ["2026-03-04"]
    going_on = events_of("A storm crossing the Portville strait is weaker than forecasters expected but still "
                         "causing delays for the ferries.\n")
    assert [e.when.value() for e in going_on] == ["2026-03-04"]
    sealed = events_of("The leaking fuel tank under the Portville pier is finally sealed, the harbour board "
                       "confirmed.\n")
    assert [e.when.value() for e in sealed] == ["2026-03-04"]


def test_a_lead_judged_by_analysts_after_a_happening_stays() -> None:
    text = ("Portville Ferries is less likely to lose its licence, according to City analysts, after a Coast Guard "
            "inquiry blamed the storm for the sinking of its flagship.\n")
    assert [e.when.value() for e in events_of(text)] == ["2026-03-04"]


def test_today_in_a_clause_that_became_clear_is_a_happening() -> None:
    text = "It became clear today that the damage to the Portville pier is far worse than the board had said.\n"
    assert [e.when.value() for e in events_of(text)] == ["2026-03-04"]


def test_a_standfirst_that_cannot_lead_leaves_the_lead_to_the_body() -> None:
    # The page's title block saved as its first line (headline, a standfirst naming no one, dateline, caption).
    title = ("Ferry firm denies cutting safety checks The firm says it is only changing the order of inspections, "
             "as it faces 30 claims over the crash Wednesday 4 March 2026 09.15 GMT Two ferries wait at the quay.")
    text = (f"{title}\n"
            "The company has been accused of cutting corners Photograph: Ann Lee/Portville Press Harbourline has "
            "rejected claims that it cut safety checks on its night crossings to Portville.\n"
            "Inspectors will visit the fleet next week.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 3, 4), title=title))
    leads = [e for e in events if e.confidence == LEAD_CONFIDENCE]
    assert [e.title[:40] for e in leads] == ["Harbourline has rejected claims that it "], events
    assert leads[0].when.value() == "2026-03-04"


def test_a_writers_own_voice_after_a_fronted_word_is_no_lead() -> None:
    title = "Taking pictures is my daily work, and it is also what I like best about it."
    text = (f"{title}\n"
            "Sometimes I m only a watcher behind the lens, but at other times I have ended up part of the story.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 3, 4), title=title))
    assert events == []


def test_backstory_in_the_past_perfect_is_no_lead() -> None:
    # A feature's opening tells what had long been so; the day's news comes later, if at all.
    text = ("Mara Voss had been a ferry pilot on the Tarn estuary for nearly thirty years -- long enough that the "
            "regulars called her by her boat's name.\n")
    assert events_of(text) == []


def test_a_past_perfect_told_now_or_in_a_fronted_clause_still_leads() -> None:
    said = events_of("The harbour board said it had approved a new ferry terminal for Portville after a long review.\n")
    fronted = events_of("After the old pier had collapsed, the harbour board closed the Portville ferry terminal for "
                        "repairs.\n")
    run_in = events_of("Sandbags had been stacked along the quay The harbour board has closed the Portville ferry "
                       "terminal for repairs.\n")
    assert [e.confidence for e in said + fronted + run_in] == [LEAD_CONFIDENCE] * 3


def test_a_bracketed_aside_is_no_lead() -> None:
    assert events_of("(A slow answer to the floods of the past became a burden for the former governor of Tarnshire).\n") == []


def test_a_sentence_leaning_on_an_earlier_one_is_no_lead() -> None:
    text = ("The Tarn dam failed.\n"
            "Since then, muddy water has been flowing into the Portville reservoir from the broken spillway.\n")
    assert events_of(text) == []
