"""A merged event keeps its best-told title (:mod:`timeline.extract.title_choice`).

Every text here is written for these tests. Each test names the class it guards: a title ending on a word that
waits for another, a vague demonstrative object, a frame with nothing said, a cut inside a phrase or a quotation,
two sentences run together, a title whose date is a clause's it left out, a mention dated apart from the event,
and the tie that goes to the first telling (the lead).
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.merge import Mention
from timeline.extract.title_choice import best_title, title_flaw
from timeline.model import Document, When


def _words(text: str) -> list[str]:
    return text.split()


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


# ------------------------------------------------------------------ through the extractor
def test_a_title_ending_on_a_waiting_word_gives_way_to_the_clean_one() -> None:
    text = ("The valves would normally have a line attached to the rig at the surface, but since the Selma rig "
            "exploded last month they aren't.\n"
            "Harbour workers say the repairs will take weeks.\n"
            "Salvage crews arrived after the Selma rig exploded and sank on April 22.\n")
    events = events_of(text, dt.date(2031, 5, 14))
    blast = next(e for e in events if e.when.value() == "2031-04-22")
    assert len(blast.sources) == 2
    assert blast.title == "The Selma rig explodes and sinks"


def test_a_statement_told_twice_keeps_the_one_that_says_what() -> None:
    text = ("On Monday, Norland Power said it spent $40 million in the first ten days of the flood response.\n"
            "Norland Power officials said Monday that they expect to exceed that.\n")
    [event] = events_of(text, dt.date(2031, 5, 13))
    assert len(event.sources) == 2
    assert event.title.startswith("Norland Power says it spent $40 million")


# ------------------------------------------------------------------ the flaws, one by one
def test_flaws_of_a_title_told_by_halves() -> None:
    assert title_flaw("The Selma rig explodes they aren't", []) == "cut"
    assert title_flaw("Norland Power says it is pumping 4,000 litres of water and 12 million",
                      _words("cubic metres of air")) == "cut"
    assert title_flaw("Lawyers say estimates of the size of the Kelby mine flood",
                      _words("water are too high")) == "cut"
    assert title_flaw("Mendez says the office never tried to hide the most accurate",
                      _words("and timely maps” of the river")) == "cut"
    assert title_flaw("Tour firms Sunway and Bluecrest say", _words("they had decided to fly customers home")) == "frame"
    assert title_flaw("Norland says if the court issues an order making the waiver binding,",
                      _words("it would not object")) == "open"
    assert title_flaw("(4 June) marks one year since the mine flooded", []) == "bracket"
    assert title_flaw("The flood is expected to reach Millbrook Gov", _words("Ana Ruiz said.")) == "cut"
    assert title_flaw("The fear that the mine could stay flooded for months was setting",
                      _words("in for the miners' families.")) == "cut"
    assert title_flaw("Grain prices rise around the region There was no rain this spring", []) == "run-on"
    assert title_flaw("The mill closes in May", []) is None


def test_clean_titles_have_no_flaw() -> None:
    assert title_flaw("The Selma rig explodes and sinks", ["after", "a", "storm."]) is None
    assert title_flaw("Norland orders 60 pumps according to union leader Sam Pike", ["(Local", "12)."]) is None
    assert title_flaw("Storm Ada reaches the coast", _words("later than forecast.")) is None
    assert title_flaw("Mayor Fisk flies out to the capital", _words("two days after the flood,")) is None
    assert title_flaw("Mayor Fisk says Norland will pay for the repairs", []) is None
    assert title_flaw("Norland chief Ada Lin is questioned by the council", []) is None


# ------------------------------------------------------------------ the ranking
def _mention(text: str, quote: str, date: str, value: str, title: str, *, actor: str | None = None,
             lead: bool = False) -> Mention:
    start = text.index(quote)
    at = text.index(date, start) if date else 0
    m = Mention(when=When.parse(value), start=start, end=start + len(quote), sentence=text[:start].count("\n"),
                actor=actor, title=title, tags=[], confidence=0.8, is_statement=False, lead=lead)
    m.date = (at, at + len(date)) if date else (0, 0)
    return m


def test_the_title_whose_date_is_its_own_wins_over_one_dated_by_a_clause_it_left_out() -> None:
    text = ("Keeping the valve intact is important because it shows what caused the blast on April 20.\n"
            "The Selma rig exploded on April 20, killing two men.\n")
    left_out = _mention(text, text.split("\n")[0], "April 20", "2031-04-20", "Keeping the valve intact is important")
    own = _mention(text, text.split("\n")[1], "April 20", "2031-04-20", "The Selma rig explodes, killing two men")
    assert best_title([left_out, own], left_out, text) is own


def test_a_date_in_a_fronted_clause_the_title_left_out_is_not_its_own() -> None:
    text = ("With the seal having failed over the weekend and a new shaft months away, Norland was ramping up its "
            "pumping.\n"
            "Norland failed to seal the mine on Saturday with its cement plug.\n")
    fronted = _mention(text, text.split("\n")[0], "over the weekend", "2031-05-10",
                       "Norland is ramping up its pumping")
    own = _mention(text, text.split("\n")[1], "on Saturday", "2031-05-10",
                   "Norland fails to seal the mine with its cement plug")
    assert best_title([fronted, own], own, text) is own


def test_a_mention_dated_apart_from_the_event_does_not_title_it() -> None:
    text = ("Forecasters expect storm Ada to reach the coast on Thursday between Porto Vell, Tarven, and Alcira.\n"
            "The hurricane season runs from June 1 to November 30.\n")
    landfall = _mention(text, text.split("\n")[0], "on Thursday", "2031-07-03",
                        "Forecasters expect storm Ada to reach the coast between Porto Vell, Tarven")
    season = _mention(text, text.split("\n")[1], "June 1", "2031-06-01",
                      "The hurricane season runs from June 1 to November 30")
    assert best_title([landfall, season], landfall, text) is landfall


def test_of_one_sentence_the_whole_is_told_before_a_part() -> None:
    text = "The new rules, set out in a statement on Wednesday, are harsher than most mill owners had expected.\n"
    part = _mention(text, "The new rules, set out in a statement on Wednesday", "on Wednesday", "2031-05-14",
                    "The new rules are set out in a statement")
    whole = _mention(text, text.strip(), "on Wednesday", "2031-05-14",
                     "The new rules are harsher than most mill owners had expected")
    assert best_title([part, whole], part, text) is whole


def test_a_title_keeping_the_zone_of_the_time_it_took_out_gives_way() -> None:
    text = "The flow of water was shut off at 1425 local time (1925 GMT) on Thursday.\n"
    at_time = _mention(text, text.strip(), "at 1425", "2031-05-15T14:25",
                       "The flow of water is shut off local time (1925 GMT) on Thursday")
    on_day = _mention(text, text.strip(), "on Thursday", "2031-05-15", "The flow of water is shut off at 1425 local time")
    assert best_title([at_time, on_day], at_time, text) is on_day


def test_between_clean_titles_of_one_date_the_lead_comes_first() -> None:
    text = ("Norland Power has announced it has started pumping cement into the Kelby mine.\n"
            "Norland was given the go-ahead today by state mining officials.\n")
    lead = _mention(text, text.split("\n")[0], "", "2031-05-14",
                    "Norland Power has announced it has started pumping cement into the Kelby mine",
                    actor="Norland Power", lead=True)
    body = _mention(text, text.split("\n")[1], "today", "2031-05-14",
                    "Norland is given the go-ahead by state mining officials", actor="Norland Power")
    assert best_title([body, lead], body, text) is lead


def test_the_title_introducing_what_another_picks_up_by_the_definite_article_is_kept() -> None:
    # "The school will close" names no school: the lead that introduced it does.
    text = ("A primary school in Marlow is to close for a week after a pupil caught measles.\n"
            "The school will close from the end of Friday.\n"
            "Parents were told by letter.\n")
    events = events_of(text, dt.date(2031, 5, 16))
    assert [(e.title, len(e.sources)) for e in events if any("close" in s.quote for s in e.sources)] == [
        ("A primary school in Marlow is to close for a week after a pupil caught measles", 2)]

