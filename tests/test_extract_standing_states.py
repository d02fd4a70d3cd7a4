"""What is no event on a news page (issue 16, precision): a state going on, the writer's reading of what a happening
may mean, a live entry that only describes how things are, and readers' comments under their thread's header.

Every text here is written for these tests. "The pontoons are still being welded in Hull": a look at a state that
began before and goes on after, which nothing did on the day. "The ferry berth was closed on Monday" (a state that
began that day), "the new locks are still on course for completion in August" (a plan), "the school will remain
shut" (a decision) and a happening told in a clause of its own keep their dates.

What has not happened, what remains so and what a thing is are no happenings either: "The board is yet to decide on
a payment due on 27 July" (the date is the payment's), "The harbour wall remains unsafe this week", "TILBURY CRANE,
MARCH 2030 The crane is the tallest of its kind" (a heading's date); nor is a count over a span of years, nor a lead
that only supposes ("If ..., they could visit Hull"). What stays: a happening the clause names ("the docker arrested
on Monday"), a plan ("remains on track for completion in August"), a schedule ("The hearing is on Tuesday",
"Wednesday is the deadline") and a date after the copula, which a comparison's happening may own.
"""

from __future__ import annotations

import datetime as dt

from story_support import titled_dates as _events

from timeline.extract import extract
from timeline.extract.comment_threads import comment_threads
from timeline.extract.live_chatter import live_chatter
from timeline.extract.span_counts import counted_over_years
from timeline.extract.stances import in_stance
from timeline.extract.standing_states import in_standing_state
from timeline.extract.suppositions import supposes
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday
OPENING = "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said. "


def _dates(text: str) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))}


def _state_at(sentence: str, word: str) -> bool:
    return in_standing_state(sentence, 0, sentence.index(word), len(sentence))


def test_a_state_going_on_dates_nothing() -> None:
    for text, date in (
            ("By Monday the pontoons were still being welded in Hull.", "2031-05-12"),
            ("One crane driver was still in hospital on Friday.", "2031-05-09"),
            ("The harbour wall is still unsafe this week.", "2031-W20"),
            ("As of last week, about 1,200 dockers and 40 tugs were still idle in the estuary.", "2031-W19"),
            ("Crews started pumping the dock dry on Thursday, and by Friday engineers were waiting for the concrete "
             "to set.", "2031-05-09"),
    ):
        assert date not in _dates(OPENING + text), text


def test_a_happening_beside_the_state_keeps_its_date() -> None:
    # ("started pumping on Thursday": the coordinated clause before the state tells a happening of its own)
    assert not _state_at("Crews started pumping the dock dry on Thursday, and by Friday engineers were waiting for "
                         "the concrete to set.", "Thursday")
    for sentence, word in (
            ("The two firms were still friendly and the port hired the engineer in May 2030.", "May"),
            ("The share price is still below its level before the strike began in April.", "April"),
            ("The lock is still not sealed, with the company announcing last week that it needs two more weeks.",
             "last week"),
            ("The council's position is still that nothing is decided until 27 July, when the budget is set.",
             "27 July"),
    ):
        assert not _state_at(sentence, word), sentence


def test_a_happening_that_goes_on_is_a_state_and_a_move_or_a_plan_is_not() -> None:
    # "continues to", "keeps ...ing" in the present: what goes on as the writer looks, which began before
    for text, date in (
            ("Silt continues to pour into the inner dock this week from the breached wall.", "2031-W20"),
            ("This week the pumps keep running around the clock at the flooded berth.", "2031-W20"),
            ("Today water is continuing to seep through the lock gates.", "2031-05-14"),
    ):
        assert date not in _dates(OPENING + text), text
    # a price's or a count's move, a past course, a plan and a saying are a day's news
    for sentence, word in (
            ("Port shares continue to fall this week.", "this week"),
            ("The bill for the repairs continues to mount this week.", "this week"),
            ("The pumps continued to run on Monday.", "Monday"),
            ("The port will continue to pay the crews until Friday.", "Friday"),
            ("Water continues to seep through the gates, the harbour master said on Sunday.", "Sunday"),
            ("The two unions continue to state that they aim to settle by Friday.", "Friday"),
            # (the state set before the main clause is its backdrop: the main clause is judged by itself)
            ("While water continues to seep through the gates, the port is reopening the berth on Friday.", "Friday"),
    ):
        assert not _state_at(sentence, word), sentence
    assert "2031-05-12" in _dates(OPENING + "The pumps continued to run on Monday at the flooded berth.")


def test_a_state_that_began_a_plan_a_decision_or_a_saying_is_no_standing_state() -> None:
    for sentence, word in (
            ("The ferry berth was closed on Monday.", "Monday"),
            ("The new locks are still on course for completion in August.", "August"),
            ("Crews are still aiming to finish the sea wall by August.", "August"),
            ("The school will remain shut until Monday.", "Monday"),
            ("The death toll has remained at 12 since Monday.", "Monday"),
            ("Interest rates remained unchanged on Thursday.", "Thursday"),
            ("The pontoons are still being welded in Hull, the harbour master said on Sunday.", "Sunday"),
    ):
        assert not _state_at(sentence, word), sentence
    assert "2031-05-11" in _dates(OPENING + "The pontoons are still being welded in Hull, the harbour master said "
                                            "on Sunday.")


def test_the_writers_reading_of_what_a_happening_may_mean_is_no_event() -> None:
    for sentence, word in (
            ("That could mean that the bridge will be reopened on Sunday.", "Sunday"),
            ("The talks may mark a turning point in the dispute by the end of next month.", "next month"),
            ("The walkout might signal a change of heart at the union this summer.", "summer"),
    ):
        assert in_stance(sentence, 0, sentence.index(word), len(sentence)), sentence
    assert "2031-05-18" not in _dates(OPENING + "That could mean that the bridge will be reopened on Sunday.")
    # (the council's own plan is news)
    assert "2031-05-18" in _dates(OPENING + "The council will reopen the bridge on Sunday.")


def test_a_live_entry_that_only_describes_how_things_are_is_chatter() -> None:
    for entry in ("The mayor's tone is firm but calm and even.", "Councillor Reyes is in top form.",
                  "Many of the committee members' chairs are still empty."):
        assert live_chatter(entry), entry
    for entry in ("Councillor Reyes is also pressing the port's chief on the pay offer.",
                  "The port's chief is asked when the inquiry will report.", "The mayor is in Tilbury today.",
                  "A new harbour master is to be appointed.", "The port says the cranes are working again.",
                  "The strike is over."):
        assert not live_chatter(entry), entry


def test_a_live_page_drops_its_description_entries_and_keeps_its_news() -> None:
    live = ("2105: The mayor's tone is firm but calm and even.\n"
            "2058: The mayor says the port will pay every docker's lost wages.\n"
            "2051: The council votes to release emergency money for the port.\n")
    dates = {e.when.value(): e.title for e in extract(Document(path="live.txt", text=live, published=PUBLISHED))}
    assert not any("tone" in title for title in dates.values()), dates
    assert any("votes" in title for title in dates.values()), dates


def test_comments_under_their_threads_header_are_the_readers() -> None:
    story = (OPENING + "The port authority said talks would resume on Friday.\n"
             "Shipping lines diverted three vessels to Felixstowe on Wednesday.\n"
             "The union will ballot its members again next month.\n")
    thread = ("Views expressed in the comments do not represent those of Coast News.\n"
              "The cranes were sabotaged on 4 June 2030 and nobody was ever charged.\n"
              "This discussion is now closed.\n"
              "We welcome comments on our articles for a limited period after their publication.\n")
    text = story + thread
    spans = comment_threads(text, [], [0])
    start = text.index("The cranes")
    assert any(a <= start < b and kind == "comment" for a, b, kind in spans), spans
    assert not any(when == "2030-06-04" for _, when in _events(text)), _events(text)
    assert _events(text) == _events(story)


def test_a_lead_that_only_tells_how_things_stand_is_no_event() -> None:
    for lead in ("The harbour wall at Tilbury is still dangerous and very much at risk of collapse in the next storm.",
                 "Day trippers at the Tilbury riverside park were still crowding the lawns on Tuesday, despite the "
                 "flood warning issued by the Environment Agency."):
        events = extract(Document(path="t.txt", text=lead + "\nEngineers closed the quay to lorries on Monday.\n",
                                  published=PUBLISHED))
        assert not any("dangerous" in e.title or "crowding" in e.title for e in events), [e.title for e in events]
        assert any(e.when.value() == "2031-05-12" for e in events), [e.title for e in events]
    # (a lead that reports a happening stays the news peg)
    happening = ("The harbour wall at Tilbury collapsed into the river, flooding the quay and three warehouses.\n"
                 "Engineers closed the quay to lorries on Monday.\n")
    assert any("collapses" in e.title for e in extract(Document(path="t.txt", text=happening, published=PUBLISHED)))


def test_a_lead_fronted_by_a_long_phrase_or_a_dash_still_only_tells_how_things_stand() -> None:
    for lead in ("Six months on from the flood at the Tilbury docks -- but two hundred families at Grays are still "
                 "living in council hostels.",
                 "More than six weeks after the first breach in the harbour wall near the Tilbury ferry berth, the "
                 "council engineers at Grays are still waiting for steel piles."):
        events = extract(Document(path="t.txt", text=lead + "\nEngineers closed the quay to lorries on Monday.\n",
                                  published=PUBLISHED))
        assert not any("living" in e.title or "waiting" in e.title for e in events), [e.title for e in events]
    # (a fronted clause that tells a happening of its own keeps the lead the day's news)
    happening = ("Six months after the flood at the Tilbury docks began, Thurrock Council reopened the ferry berth to "
                 "foot passengers.\nEngineers closed the quay to lorries on Monday.\n")
    assert any("reopen" in e.title for e in extract(Document(path="t.txt", text=happening, published=PUBLISHED)))


def test_what_has_not_happened_yet_dates_nothing() -> None:
    for text, date in (
            ("The port's board is yet to decide what to do about a £3m payment due to be made on 27 July.",
             "2031-07-27"),
            ("The harbour master has not yet answered the petition delivered in March.", "2031-03"),
    ):
        assert date not in _dates(OPENING + text), text
    # ("the docker arrested on Monday": the arrest is the date's, whatever the police have not yet done)
    assert not _state_at("Police have not yet named the docker arrested on Monday.", "Monday")


def test_what_remains_so_dates_nothing_but_a_plan_stays() -> None:
    assert "2031-W20" not in _dates(OPENING + "The harbour wall remains unsafe this week.")
    assert _state_at("This week the harbour wall remains unsafe.", "This week")
    for sentence, word in (
            ("The new lock remains on track for completion in August.", "August"),
            ("The remains were flown home to Hull on Monday.", "Monday"),
            ("The school will remain shut until Monday.", "Monday"),
    ):
        assert not _state_at(sentence, word), sentence
    assert "2031-08" in _dates(OPENING + "The new lock remains on track for completion in August.")


def test_what_a_thing_is_dates_nothing() -> None:
    assert "2030-03" not in _dates(OPENING + "TILBURY CRANE, MARCH 2030 The Tilbury crane is the tallest crane of "
                                             "its kind in Europe.")
    assert _state_at("But this year most of the mussels in the estuary are dead.", "this year")
    for sentence, word in (
            ("The hearing is on Tuesday.", "Tuesday"),
            ("The strike is far worse than the dispute of 1989 when the dockers blocked the port.", "1989"),
            ("The mayor is in Tilbury today.", "today"),
            ("There are two fires on the quay on Monday.", "Monday"),
            ("Wednesday is the deadline for dockers seeking back pay.", "Wednesday"),
            ("The average daily tonnage at the port for March is almost 148,000 tonnes.", "March"),
            ("The port's grant runs out in June, and its reserve is nearly spent.", "June"),
            ("The harbour master explains that today, the odds of a crane failing are one in a million.", "today"),
            ("In Hull, in 2030, the port owners are also now trying to win back two shipping lines.", "2030"),
            ("TILBURY QUAY, MARCH 4, 2030 This is a risk the port plans for, but its alarm wasn't working.", "MARCH"),
    ):
        assert not _state_at(sentence, word), sentence


def test_a_lead_that_only_supposes_is_no_event() -> None:
    lead = "If the dockers at Tilbury want to see what a long strike does, they could visit the port of Hull.\n"
    events = extract(Document(path="t.txt", text=lead + "Engineers closed the quay to lorries on Monday.\n",
                              published=PUBLISHED))
    assert not any("Hull" in e.title for e in events), [e.title for e in events]
    assert any(e.when.value() == "2031-05-12" for e in events), [e.title for e in events]
    # (a plan on its own success, a saying and a past told as fact stay)
    for sentence in ("If the pumps work, the dock could be dry by Sunday.",
                     "If convicted, the docker faces four years in prison, a judge ruled on Monday.",
                     "If the figures are right, 40 tonnes of fish had rotted by May 12."):
        assert not supposes(sentence), sentence
    assert supposes("If the strike goes ahead, the port will close on Monday.")


def test_a_count_over_a_span_of_years_dates_neither_end() -> None:
    for text, date in (
            ("The same crane had failed eight times between 2019 and 2029, and twice it had caught fire.", "2019"),
            ("Between 2025 and January 2030, there were 12 cases of the disease among dockers.", "2025"),
            ("Spills in the estuary totalled about 17,000 barrels from 2001 to 2029.", "2001"),
    ):
        assert date not in _dates(OPENING + text), text
    # (a tenure's start, and a span within a week, keep their dates)
    assert counted_over_years("Spills totalled 17,000 barrels from 2001 to 2029.", 0, 31, 35, 49)
    for sentence, word in (("The mayor served on the port board from 2025 to 2028.", "2025"),
                           ("Between Monday and Wednesday, crews laid 20 miles of boom.", "Monday")):
        start = sentence.index(word)
        assert not counted_over_years(sentence, 0, start, start + len(word), len(sentence)), sentence
