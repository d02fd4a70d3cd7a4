"""What is no event on a news page (issue 16, precision): a state going on, the writer's reading of what a happening
may mean, a live entry that only describes how things are, and readers' comments under their thread's header.

Every text here is written for these tests. "The pontoons are still being welded in Hull": a look at a state that
began before and goes on after, which nothing did on the day. "The ferry berth was closed on Monday" (a state that
began that day), "the new locks are still on course for completion in August" (a plan), "the school will remain
shut" (a decision) and a happening told in a clause of its own keep their dates.
"""

from __future__ import annotations

import datetime as dt

from story_support import titled_dates as _events

from timeline.extract import extract
from timeline.extract.comment_threads import comment_threads
from timeline.extract.live_chatter import live_chatter
from timeline.extract.stances import in_stance
from timeline.extract.standing_states import in_standing_state
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
